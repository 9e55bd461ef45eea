"""What the browser tests share: Debian's Chromium driven by Playwright, a page's screenshots, the clipboard.

Playwright is only the driver: it downloads no browser. Without /usr/bin/chromium (or the playwright
package) the tests skip, unless the CI variable is set: in CI they must run (``.ci/run`` installs Chromium).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from .conftest import ROOT

if TYPE_CHECKING:
    from playwright.sync_api import Browser, BrowserContext, Page

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ARTIFACTS = ROOT / "artifacts"
READ_CLIPBOARD = """async () => {
  const out = {};
  for (const item of await navigator.clipboard.read({ unsanitized: ["text/html"] }))
    for (const type of item.types) out[type] = await (await item.getType(type)).text();
  return out;
}"""
WRITE_CLIPBOARD = """async ([html, text]) => navigator.clipboard.write([
  new ClipboardItem({
    "text/html": new Blob([html], { type: "text/html" }),
    "text/plain": new Blob([text], { type: "text/plain" }),
  }),
])"""
"""What a copy button does (drafter/assets/clipboard.js): the HTML with its plain text beside it; pass [html, text]."""


def required(chromium: Path = CHROMIUM) -> None:
    """Skip here, fail in CI."""
    missing = []
    if not chromium.is_file():
        missing.append(f"{chromium} (apt-get install chromium)")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        missing.append("the playwright package (pip install -e '.[test]')")
    if missing:
        message = f"browser tests need {' and '.join(missing)}"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)


def launched() -> Iterator[Browser]:
    """Chromium, headless, for a module's tests (a fixture's body)."""
    required()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield browser
        browser.close()


@contextmanager
def clipboard_context(browser: Browser, **options: Any) -> Iterator[BrowserContext]:
    """A fresh context that may read and write the clipboard, as a press officer's browser lets a page do."""
    context = browser.new_context(**options)
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    try:
        yield context
    finally:
        context.close()


def shot(page: Page, name: str, **options: Any) -> None:
    """A screenshot in ``artifacts/``, to look at."""
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / name), **options)
