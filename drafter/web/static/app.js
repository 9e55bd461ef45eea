// drafter serve: the few things the page does itself. Every part of the page is drawn by the server;
// this script reads the form as JSON, sends it, and puts the answer where it belongs. No framework, no build.
(() => {
  "use strict";
  const token = document.querySelector('meta[name="drafter-token"]').content;
  const status = document.getElementById("status");
  const dataNode = document.getElementById("page-data");
  const page = dataNode ? JSON.parse(dataNode.textContent) : null;
  const form = document.getElementById("facts");
  const yaml = document.getElementById("yaml");
  const problems = document.getElementById("problems");
  const saved = document.getElementById("saved");
  let dirty = false;
  let copies = {};
  // A new form does not mark what is merely not filled in yet: a box left empty turns red once it has been
  // visited, or once Draft is asked for. Every mistake, and everything missing, is listed above the form.
  const visited = new Set();
  let insist = Boolean(page && !page.isNew);
  let shown = [];
  let releaseJson = "";

  function say(text) {
    status.textContent = text;
    clearTimeout(say.timer);
    say.timer = setTimeout(() => { status.textContent = ""; }, 8000);
  }

  async function post(url, body, signal) {
    const response = await fetch(url, {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-Drafter-Token": token },
      body: JSON.stringify(body),
      signal,
    });
    let json = {};
    try { json = await response.json(); } catch (error) { json = { error: "The answer could not be read." }; }
    return { status: response.status, ok: response.ok, json };
  }

  function setDirty(on) {
    dirty = on;
    if (saved) saved.textContent = on ? "Unsaved changes" : page && page.isNew ? "Not saved yet" : "Saved";
  }
  window.addEventListener("beforeunload", (event) => {
    if (dirty) { event.preventDefault(); event.returnValue = ""; }
  });

  // Reading the form: each widget says what it is (data-w) and its key (data-k).
  function parentWidget(el) { return el.parentElement ? el.parentElement.closest("[data-w]") : null; }
  function widgets(el) { return [...el.querySelectorAll("[data-w]")].filter((c) => parentWidget(c) === el); }
  function texts(el) {
    const out = {};
    for (const input of el.querySelectorAll("[data-lang]")) {
      if (input.closest("[data-w]") === el) out[input.dataset.lang] = input.value;
    }
    return out;
  }
  function read(el, all) {
    switch (el.dataset.w) {
      case "group": {
        const out = {};
        for (const child of widgets(el)) if (all || !child.hidden) out[child.dataset.k] = read(child, all);
        return out;
      }
      case "list": return widgets(el).map((child) => read(child, all));
      case "languages": return [...el.querySelectorAll("select[data-lang-item]")].map((s) => s.value);
      case "per_language": return texts(el);
      case "either": return el.querySelector("[data-toggle]").checked ? texts(el) : el.querySelector("[data-single]").value;
      case "level": {
        const block = widgets(el)[0];
        return el.querySelector("[data-toggle-level]").checked ? read(block, all) : el.querySelector("[data-single]").value;
      }
      case "flag": return el.querySelector("[data-value]").checked;
      default: return el.querySelector("[data-value]").value;
    }
  }

  // Facts that belong to one kind of release show for that kind only.
  function applyKind() {
    const select = form && form.querySelector("[data-kind-select]");
    if (!select) return;
    for (const el of document.querySelectorAll("[data-kinds]")) {
      el.hidden = !el.dataset.kinds.split(" ").includes(select.value);
    }
  }

  function toggleEither(box) {
    const either = box.closest("[data-w=either]");
    const one = either.querySelector(".one");
    const each = either.querySelector(".langs");
    const single = either.querySelector("[data-single]");
    const inputs = [...each.querySelectorAll("[data-lang]")];
    if (box.checked) {
      for (const input of inputs) if (!input.value) input.value = single.value;
    } else if (!single.value && inputs.length) {
      single.value = inputs[0].value;
    }
    one.hidden = box.checked;
    each.hidden = !box.checked;
  }

  // A level is a metal, or the scheme's own name for it: the box says which part of the widget is read.
  function toggleLevel(box) {
    const level = box.closest("[data-w=level]");
    level.querySelector(".one").hidden = box.checked;
    level.querySelector(".block").hidden = !box.checked;
  }

  // Messages, where they belong.
  function target(path) {
    let at = path;
    while (at) {
      const found = form && form.querySelector(`[data-path="${CSS.escape(at)}"]`);
      if (found && !found.closest("[hidden]")) return found;
      const cut = Math.max(at.lastIndexOf("."), at.lastIndexOf("["));
      at = cut > 0 ? at.slice(0, cut) : "";
    }
    return null;
  }
  function nameOf(el) {
    const parts = [];
    for (let at = el; at && at !== form; at = at.parentElement && at.parentElement.closest("[data-path]")) {
      const heading = at.querySelector(
        ":scope > h2, :scope > h3, :scope > legend, :scope > summary, :scope > label, :scope > .line > label",
      );
      if (!heading) continue;
      const words = heading.cloneNode(true);
      for (const tag of words.querySelectorAll(".req, .sr, .kind")) tag.remove();
      const text = words.textContent.trim();
      if (text) parts.unshift(text);
    }
    return parts.join(" › ");
  }
  function errorOf(el) {
    return [...el.querySelectorAll(".err")].find((e) => e.parentElement.closest("[data-path]") === el) || null;
  }
  function quiet(message, el) {
    if (insist || !el || !message.message.startsWith("missing;")) return false;
    const path = el.dataset.path;
    return ![...visited].some((v) => v === path || v.startsWith(`${path}.`) || v.startsWith(`${path}[`));
  }
  function showMessages(messages) {
    shown = messages;
    if (form) {
      for (const err of form.querySelectorAll(".err")) { err.textContent = ""; err.hidden = true; }
      for (const bad of form.querySelectorAll("[aria-invalid]")) bad.removeAttribute("aria-invalid");
    }
    const list = problems.querySelector("ol");
    list.replaceChildren();
    for (const message of messages) {
      const el = target(message.path);
      const item = document.createElement("li");
      // The box's own words first ("Organisation › Website"), as the press officer sees it; the key path after.
      const named = el ? nameOf(el) : "";
      const where = document.createElement(el ? "a" : "code");
      where.textContent = named || message.path || "the file";
      item.append(where, `: ${message.message} `);
      const line = document.createElement("span");
      line.className = "quiet";
      // A box of the form is found by its name; the file's line and column help only in the YAML view.
      line.textContent = named && message.path ? `(${message.path})` : `(line ${message.line}, column ${message.column})`;
      item.append(line);
      if (el && quiet(message, el)) {
        const first = el.querySelector("input, select, textarea");
        if (first) where.href = `#${first.id}`;
      } else if (el) {
        const err = errorOf(el);
        if (err) {
          err.textContent = err.textContent ? `${err.textContent} ${message.message}` : message.message;
          err.hidden = false;
        }
        const inputs = [...el.querySelectorAll("input, select, textarea")].filter((i) => i.closest("[data-path]") === el);
        for (const input of inputs.length ? inputs : el.querySelectorAll("input, select, textarea")) {
          input.setAttribute("aria-invalid", "true");
        }
        const first = inputs[0] || el.querySelector("input, select, textarea");
        if (first) where.href = `#${first.id}`;
        for (const details of ancestors(el, "details")) details.open = true;
      } else if (yaml) {
        const go = document.createElement("button");
        go.type = "button";
        go.className = "small";
        go.textContent = `Go to line ${message.line}`;
        go.addEventListener("click", () => goTo(message.line, message.column));
        item.append(" ", go);
      }
      list.append(item);
    }
    problems.hidden = messages.length === 0;
    const n = messages.length;
    // A form still being filled in lacks facts rather than holding mistakes: it says so, in those words.
    const missing = messages.filter((m) => m.message.startsWith("missing;")).length;
    problems.classList.toggle("to-fill", n > 0 && missing === n);
    problems.querySelector("h2").textContent = missing === n
      ? `${n} fact${n === 1 ? "" : "s"} still to fill in before drafting`
      : `${n} problem${n === 1 ? "" : "s"} to fix before drafting`;
  }
  function ancestors(el, selector) {
    const out = [];
    for (let at = el.parentElement; at; at = at.parentElement) if (at.matches(selector)) out.push(at);
    return out;
  }
  function goTo(line, column) {
    const lines = yaml.value.split("\n");
    let offset = 0;
    for (let i = 0; i < line - 1 && i < lines.length; i += 1) offset += lines[i].length + 1;
    offset += Math.max(column - 1, 0);
    yaml.focus();
    yaml.setSelectionRange(offset, offset);
  }

  // The check as you type: the form is sent half a second after the last key, and only the last answer counts.
  let timer = null;
  let sent = 0;
  let controller = null;
  function changed() {
    setDirty(true);
    clearTimeout(timer);
    timer = setTimeout(check, 500);
  }
  async function check() {
    const mine = ++sent;
    if (controller) controller.abort();
    controller = new AbortController();
    const state = document.getElementById("preview-state");
    state.textContent = "(checking…)";
    let answer;
    try {
      answer = await post("/api/check", { file: page.file, hash: page.hash, data: read(form, false) }, controller.signal);
    } catch (error) {
      if (error.name !== "AbortError") state.textContent = "(drafter serve does not answer: is it still running?)";
      return;
    }
    if (mine !== sent) return;
    if (!answer.ok) { state.textContent = ""; say(answer.json.error || "The check failed."); return; }
    showMessages(answer.json.messages);
    const preview = document.getElementById("preview");
    if (answer.json.html) {
      preview.innerHTML = answer.json.html; // drawn by drafter's review page: every fact escaped there
      preview.classList.remove("stale");
      document.getElementById("deliver").hidden = false;
      copies = answer.json.copies;
      releaseJson = answer.json.json;
      deliver();
      state.textContent = `(${answer.json.summary})`;
    } else {
      preview.classList.add("stale");
      document.getElementById("deliver").hidden = true; // never copy a draft the form no longer gives
      const messages = answer.json.messages;
      const filling = messages.length && messages.every((m) => m.message.startsWith("missing;"));
      state.textContent = !messages.length ? ""
        : filling ? "(it appears once the facts listed above the form are filled in)"
          : "(out of date: fix the problems listed above the form)";
    }
  }

  // Copy and download, per language.
  function button(text, label, action) {
    const b = document.createElement("button");
    b.type = "button";
    b.className = "small";
    b.textContent = text;
    b.setAttribute("aria-label", label);
    b.addEventListener("click", action);
    return b;
  }
  function deliver() {
    const box = document.getElementById("deliver");
    box.replaceChildren();
    const stem = page.stem;
    for (const [lang, item] of Object.entries(copies)) {
      const row = document.createElement("p");
      row.className = "deliver";
      row.lang = "en";
      const name = document.createElement("strong");
      name.textContent = lang;
      row.append(name, " ",
        button("Copy HTML", `Copy the ${lang} draft as HTML for a CMS`, () => copy(item, true, lang)),
        button("Copy text", `Copy the ${lang} draft as plain text`, () => copy(item, false, lang)),
        button(".md", `Download the ${lang} draft as Markdown`, () => download(`${stem}-${lang}.md`, item.md, "text/markdown")),
        button(".html", `Download the ${lang} draft as HTML`, () => download(`${stem}-${lang}.html`, item.html, "text/html")),
        button(".txt", `Download the ${lang} draft as text`, () => download(`${stem}-${lang}.txt`, item.text, "text/plain")));
      box.append(row);
    }
    if (releaseJson) {
      const row = document.createElement("p");
      row.className = "deliver";
      row.append(button("Download JSON for a CMS import", "Download every language as JSON for a CMS import",
        () => download(`${stem}-release.json`, releaseJson, "application/json")));
      box.append(row);
    }
  }
  function download(name, text, type) {
    const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
    const a = document.createElement("a");
    a.href = url;
    a.download = name;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
    say(`Downloaded ${name}.`);
  }
  async function copy(item, asHtml, lang) {
    const what = `the ${lang} draft as ${asHtml ? "HTML" : "plain text"}`;
    const done = await window.drafterClipboard.copy(item, asHtml);
    say(done ? `Copied ${what}.` : `Could not copy ${what}: the browser refused.`);
  }

  // Lists: an item added, moved or removed, and languages changed, redraw the form on the server.
  async function redraw(edit) {
    const answer = await post("/api/form", { file: page.file, hash: page.hash, data: read(form, true), edit });
    if (!answer.ok) { say(answer.json.error || "The form could not be redrawn."); return; }
    form.innerHTML = answer.json.html; // drawn by the server's templates, every value escaped
    applyKind();
    place(edit, answer.json.focus);
    changed();
  }
  function place(edit, focus) {
    if (!edit || !focus) return;
    const at = form.querySelector(`[data-at="${CSS.escape(JSON.stringify(focus))}"]`);
    if (!at) return;
    let next = null;
    if (edit.act === "add") {
      next = at.querySelector("input, select, textarea");
      say("Added.");
    } else if (edit.act === "remove") {
      next = [...at.querySelectorAll("button[data-act=add]")].find((b) => b.closest("[data-w]") === at);
      say("Removed.");
    } else {
      next = at.querySelector(`button[data-act=${edit.act}]:not([disabled])`) || at.querySelector("button[data-act]:not([disabled])");
      say(edit.act === "up" ? "Moved up." : "Moved down.");
    }
    if (next) next.focus();
  }

  // Saving, drafting, and what happens when the file changed meanwhile.
  function opened(url) {
    if (page.isNew) {
      page.isNew = false;
      history.replaceState(null, "", url);
      const note = document.querySelector("h1.file .quiet");
      if (note) note.remove();
    }
  }
  function conflict(json) {
    const dialog = document.getElementById("conflict");
    document.getElementById("conflict-message").textContent = json.error;
    document.getElementById("conflict-mine").value = json.mine || "";
    dialog.showModal();
    say("Not saved: the file changed since this page was loaded.");
  }
  async function save() {
    const body = { file: page.file, hash: page.hash };
    if (page.mode === "text") body.text = yaml.value; else body.data = read(form, false);
    const answer = await post("/api/save", body);
    if (answer.status === 409 && answer.json.conflict) { conflict(answer.json); return; }
    if (!answer.ok) { say(answer.json.error || "Not saved."); return; }
    page.hash = answer.json.hash;
    opened(answer.json.url);
    setDirty(false);
    say(`Saved ${answer.json.saved}.`);
    if (page.mode === "text") {
      showMessages(answer.json.messages);
    } else {
      folderCheck();
    }
  }
  async function draft(force) {
    insist = true;
    const formats = [...document.querySelectorAll("input[name=format]:checked")].map((i) => i.value);
    say("Drafting…");
    const answer = await post("/api/draft", { file: page.file, hash: page.hash, data: read(form, false), formats, force });
    if (answer.json.hash !== undefined && answer.json.hash !== page.hash) {
      page.hash = answer.json.hash;
      opened(answer.json.url || `/edit?file=${encodeURIComponent(page.file)}`);
      setDirty(false);
    }
    if (answer.status === 409 && answer.json.conflict) { conflict(answer.json); return; }
    if (answer.status === 409 && answer.json.edited) {
      document.getElementById("edited-message").textContent = answer.json.error;
      document.getElementById("edited").showModal();
      return;
    }
    if (!answer.ok) {
      if (answer.json.messages) showMessages(answer.json.messages);
      say(answer.json.error || "Nothing was drafted.");
      if (answer.json.messages) problems.focus();
      return;
    }
    setDirty(false);
    say(`Wrote ${answer.json.written.join(", ")} in ${answer.json.folder}/.`);
    folderCheck();
  }
  async function folderCheck() {
    const box = document.getElementById("folder-check");
    if (!box) return;
    const response = await fetch(`/api/folder-check?file=${encodeURIComponent(page.file)}`);
    const json = await response.json();
    if (json.html) {
      box.innerHTML = json.html; // drawn by drafter's review page
    } else {
      const p = document.createElement("p");
      p.className = json.error ? "problem" : "quiet";
      p.textContent = json.error || json.summary || json.error;
      box.replaceChildren(p);
    }
  }

  if (!page) return;
  document.getElementById("save").addEventListener("click", save);
  document.addEventListener("keydown", (event) => {
    if ((event.ctrlKey || event.metaKey) && event.key === "s") { event.preventDefault(); save(); }
  });
  document.getElementById("conflict-reload").addEventListener("click", () => { setDirty(false); location.reload(); });
  document.getElementById("conflict-keep").addEventListener("click", () => document.getElementById("conflict").close());
  document.getElementById("edited-replace").addEventListener("click", () => { document.getElementById("edited").close(); draft(true); });
  document.getElementById("edited-cancel").addEventListener("click", () => {
    document.getElementById("edited").close();
    say("Nothing was drafted; the edited drafts are as they were.");
  });
  if (page.mode === "text") {
    if (page.messages && page.messages.length) showMessages(page.messages);
    if (yaml) {
      yaml.addEventListener("input", () => setDirty(true));
      document.getElementById("check-text").addEventListener("click", async () => {
        const answer = await post("/api/check-text", { file: page.file, hash: page.hash, text: yaml.value });
        if (answer.ok) {
          showMessages(answer.json.messages);
          say(answer.json.messages.length ? `${answer.json.messages.length} problems.` : "No problems.");
        }
      });
    }
    return;
  }
  document.getElementById("draft").addEventListener("click", () => draft(false));
  form.addEventListener("input", changed);
  form.addEventListener("change", (event) => {
    if (event.target.matches("[data-kind-select]")) applyKind();
    if (event.target.matches("[data-toggle]")) toggleEither(event.target);
    if (event.target.matches("[data-toggle-level]")) toggleLevel(event.target);
    if (event.target.matches("[data-lang-item]")) { redraw(null); return; }
    changed();
  });
  form.addEventListener("click", (event) => {
    const b = event.target.closest("button[data-act]");
    if (b) redraw({ act: b.dataset.act, at: JSON.parse(b.dataset.at) });
  });
  form.addEventListener("focusout", (event) => {
    const at = event.target.closest && event.target.closest("[data-path]");
    if (!at || visited.has(at.dataset.path)) return;
    visited.add(at.dataset.path);
    showMessages(shown);
  });
  form.addEventListener("submit", (event) => event.preventDefault());
  applyKind();
  check();
  folderCheck();
  setDirty(false);
})();
