// Copying a draft as HTML (its plain text beside it, for editors that want text) or as plain text.
// Shared by the review page, where it is inlined, and the web editor, which loads it before app.js.
window.drafterClipboard = (() => {
  "use strict";

  // Where the asynchronous clipboard is refused (an old browser, a page from disk in some), a copy event does it.
  function copyByEvent(item, asHtml) {
    const put = (event) => {
      event.clipboardData.setData("text/plain", item.text);
      if (asHtml) event.clipboardData.setData("text/html", item.html);
      event.preventDefault();
    };
    document.addEventListener("copy", put);
    try {
      return document.execCommand("copy");
    } finally {
      document.removeEventListener("copy", put);
    }
  }

  // Whether the copy was made: item holds the draft's html and text.
  async function copy(item, asHtml) {
    try {
      if (asHtml) {
        await navigator.clipboard.write([
          new ClipboardItem({
            "text/html": new Blob([item.html], { type: "text/html" }),
            "text/plain": new Blob([item.text], { type: "text/plain" }),
          }),
        ]);
      } else {
        await navigator.clipboard.writeText(item.text);
      }
      return true;
    } catch (error) {
      return copyByEvent(item, asHtml);
    }
  }

  return { copy };
})();
