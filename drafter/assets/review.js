// drafter review: tooltips for the marked facts, copy buttons, and n/p to go from finding to finding.
(() => {
  "use strict";
  const tip = document.getElementById("tip");
  const status = document.getElementById("status");
  const copies = JSON.parse(document.getElementById("drafter-copy").textContent);
  let current = null;

  // The title is the tooltip when scripts are off; with them, ours replaces it.
  for (const mark of document.querySelectorAll("mark.fact[title]")) {
    mark.dataset.tip = mark.title;
    mark.removeAttribute("title");
  }

  function same(mark, on) {
    const release = mark.closest(".release");
    for (const other of release.querySelectorAll(`mark[data-fact="${mark.dataset.fact}"]`)) {
      other.classList.toggle("same", on);
    }
  }

  function show(mark) {
    if (current === mark) return;
    hide();
    current = mark;
    same(mark, true);
    tip.textContent = mark.dataset.tip;
    tip.hidden = false;
    const box = mark.getBoundingClientRect();
    const width = tip.offsetWidth;
    const room = document.documentElement.clientWidth;
    const left = Math.max(4, Math.min(box.left, room - width - 4));
    tip.style.left = `${window.scrollX + left}px`;
    tip.style.top = `${window.scrollY + box.bottom + 6}px`;
  }

  function hide() {
    if (current) same(current, false);
    current = null;
    tip.hidden = true;
  }

  document.addEventListener("mouseover", (event) => {
    const mark = event.target.closest && event.target.closest("mark.fact");
    if (mark) show(mark);
    else if (current && current !== document.activeElement) hide();
  });
  document.addEventListener("focusin", (event) => {
    const mark = event.target.closest && event.target.closest("mark.fact");
    if (mark) show(mark);
    else hide();
  });
  document.addEventListener("focusout", (event) => {
    if (event.target === current) hide();
  });

  function jump(step) {
    const notes = [...document.querySelectorAll(".note.finding")];
    if (!notes.length) return;
    const at = notes.findIndex((note) => note === document.activeElement || note.contains(document.activeElement));
    let next;
    if (at >= 0) next = (at + step + notes.length) % notes.length;
    else next = step > 0 ? 0 : notes.length - 1;
    notes[next].focus();
    notes[next].scrollIntoView({ block: "center" });
  }

  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape") {
      hide();
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey || event.target.isContentEditable) return;
    if (event.key === "n") jump(1);
    else if (event.key === "p") jump(-1);
  });

  function say(text) {
    status.textContent = text;
    clearTimeout(say.timer);
    say.timer = setTimeout(() => { status.textContent = ""; }, 4000);
  }

  async function copy(button) {
    const item = copies[button.dataset.copy];
    const asHtml = button.dataset.as === "html";
    const what = `the ${button.closest(".col").dataset.name} version as ${asHtml ? "HTML" : "plain text"}`;
    const done = await window.drafterClipboard.copy(item, asHtml);
    say(done ? `Copied ${what}.` : `Could not copy ${what}: the browser refused.`);
  }

  for (const button of document.querySelectorAll("button[data-copy]")) {
    button.addEventListener("click", () => copy(button));
  }
})();
