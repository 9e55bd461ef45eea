"""The review page in a real browser: Debian's Chromium, headless, driven by Playwright.

Playwright is only the driver: it does not download a browser. The tests
are skipped when /usr/bin/chromium (or the playwright package) is missing,
unless the CI variable is set: in CI they must run (``.ci/run`` installs
Chromium). Screenshots and a print PDF land in ``artifacts/``.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit, urlunsplit

import pytest

from drafter import draft
from drafter.checker import check
from drafter.review_page import review

from .browsing import ARTIFACTS, READ_CLIPBOARD, clipboard_context, launched, required, shot
from .test_review import GRANT, fresh

if TYPE_CHECKING:
    from playwright.sync_api import Browser, BrowserContext, Page


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The planted research grant (two differences) and a fresh draft of SECPhO's label (none)."""
    required()
    out = tmp_path_factory.mktemp("pages")
    folder = fresh(out / "secpho")
    written = {}
    for name, paths in (("grant", [GRANT]), ("clean", [folder])):
        written[name] = out / f"{name}.html"
        written[name].write_text(review(paths).html, encoding="utf-8")
    written["secpho"] = folder
    return written


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    yield from launched()


@pytest.fixture
def context(browser: Browser) -> Iterator[BrowserContext]:
    with clipboard_context(browser, viewport={"width": 1280, "height": 900}) as made:
        yield made


def _open(context: BrowserContext, path: Path) -> tuple[Page, list[str]]:
    """The page, and every request it made besides itself and every error it logged."""
    page = context.new_page()
    trouble: list[str] = []
    page.on("request", lambda r: None if r.url == path.as_uri() else trouble.append(f"request {r.url}"))
    page.on(
        "console", lambda m: trouble.append(f"console {m.type}: {m.text}") if m.type in ("error", "warning") else None
    )
    page.on("pageerror", lambda e: trouble.append(f"error {e}"))
    page.goto(path.as_uri())
    return page, trouble


def _as_pasted(html: str) -> str:
    """A fragment as Chromium stores it on the clipboard: in a document, with each link's address made whole."""

    def whole(match: re.Match[str]) -> str:
        url = urlsplit(match.group(1))
        if url.scheme in ("http", "https") and not url.path:
            url = url._replace(path="/")
        return f'href="{urlunsplit(url)}"'

    html = html.removeprefix("<html><head></head><body>").removesuffix("</body></html>")
    return re.sub(r'href="([^"]*)"', whole, html)


def test_columns_highlights_and_findings_are_there(context: BrowserContext, pages: dict[str, Path]) -> None:
    page, trouble = _open(context, pages["grant"])
    columns = page.locator("article.col")
    assert [columns.nth(i).get_attribute("lang") for i in range(3)] == ["en", "es", "pt"]
    boxes = [box for i in range(3) if (box := columns.nth(i).bounding_box())]
    assert len(boxes) == 3
    assert len({round(b["y"]) for b in boxes}) == 1  # side by side
    assert [b["x"] for b in boxes] == sorted(b["x"] for b in boxes)
    assert page.locator("mark.fact[id]").count() > 60
    colours = page.evaluate(
        """() => [...document.querySelectorAll('mark[data-fact="r1-0"]')]
                 .map((m) => getComputedStyle(m).backgroundColor)"""
    )
    assert len(colours) >= 3 and len(set(colours)) == 1  # CIBAS, the same colour in every column
    findings = check([GRANT]).findings
    notes = page.locator(".note.finding")
    assert notes.count() == len(findings) == 2
    for i, finding in enumerate(findings):
        assert finding.message in notes.nth(i).inner_text()
    assert page.locator(".note.finding.error .icon").first.inner_text() == "✖"  # not colour alone
    aligned = page.evaluate(
        """() => [...document.querySelectorAll('article.col')].map(
                 (c) => [...c.querySelectorAll('.blk')].map((b) => Math.round(b.getBoundingClientRect().top)))"""
    )
    assert aligned[0] == aligned[1] == aligned[2]  # one row per paragraph
    page.locator(".summary a[href='#r1-f2']").click()
    assert page.evaluate("location.hash") == "#r1-f2"
    assert page.locator("#r1-f2").is_visible()
    shot(page, "review-grant-1280.png", full_page=True)
    assert trouble == []


def test_focusing_a_highlight_shows_its_key_and_the_other_languages(
    context: BrowserContext, pages: dict[str, Path]
) -> None:
    page, trouble = _open(context, pages["clean"])
    assert page.locator(".clean").inner_text().startswith("✔ No findings.")
    mark = page.locator("article[lang=es] mark.fact[id]", has_text="5 de marzo de 2013").first
    mark.focus()
    tip = page.locator("#tip")
    assert tip.is_visible()
    assert tip.inner_text() == "award.date (date)\nen: 5 March 2013\npt: 5 de março de 2013"
    same = page.locator("mark.same")
    assert same.count() == 3 and {same.nth(i).inner_text() for i in range(3)} >= {"5 March 2013"}
    shot(page, "review-clean-tooltip.png")
    page.keyboard.press("Escape")
    assert not tip.is_visible()
    assert trouble == []


def test_the_keyboard_reaches_highlights_buttons_and_findings(context: BrowserContext, pages: dict[str, Path]) -> None:
    page, trouble = _open(context, pages["grant"])
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip"
    reached = set()
    for _ in range(8):
        page.keyboard.press("Tab")
        reached.add(page.evaluate("document.activeElement.tagName"))
    assert {"BUTTON", "MARK"} <= reached
    page.keyboard.press("n")
    assert page.evaluate("document.activeElement.id") == "r1-f1"
    page.keyboard.press("n")
    assert page.evaluate("document.activeElement.id") == "r1-f2"
    page.keyboard.press("p")
    assert page.evaluate("document.activeElement.id") == "r1-f1"
    assert trouble == []


def test_the_copy_buttons_put_the_drafts_on_the_clipboard(context: BrowserContext, pages: dict[str, Path]) -> None:
    from playwright.sync_api import expect

    page, trouble = _open(context, pages["clean"])
    drafts = draft(pages["secpho"] / "facts.yaml")
    for lang, name in (("es", "Spanish"), ("en", "English"), ("pt", "Portuguese")):
        html, text = drafts.files("html")[f"{lang}.html"], drafts.files("txt")[f"{lang}.txt"]
        page.locator(f"button[data-copy='r1-{lang}'][data-as='html']").click()
        expect(page.locator("#status")).to_have_text(f"Copied the {name} version as HTML.")
        got = page.evaluate(READ_CLIPBOARD)
        assert got["text/plain"] == text
        assert _as_pasted(got["text/html"]) == _as_pasted(html)
        page.locator(f"button[data-copy='r1-{lang}'][data-as='text']").click()
        expect(page.locator("#status")).to_have_text(f"Copied the {name} version as plain text.")
        assert page.evaluate(READ_CLIPBOARD) == {"text/plain": text}
    assert trouble == []


def test_at_320_pixels_the_columns_stack(browser: Browser, pages: dict[str, Path]) -> None:
    context = browser.new_context(viewport={"width": 320, "height": 800})
    try:
        page, trouble = _open(context, pages["grant"])
        boxes = [box for i in range(3) if (box := page.locator("article.col").nth(i).bounding_box())]
        tops = [b["y"] for b in boxes]
        assert len(tops) == 3 and tops == sorted(tops) and len(set(tops)) == 3
        assert page.evaluate("document.documentElement.scrollWidth") <= 320  # nothing wider than the screen
        assert page.locator("button[data-copy]").first.is_visible()
        shot(page, "review-grant-320.png")
        shot(page, "review-grant-320-full.png", full_page=True)
        assert trouble == []
    finally:
        context.close()


def test_printing_hides_the_buttons_and_keeps_the_findings(context: BrowserContext, pages: dict[str, Path]) -> None:
    page, trouble = _open(context, pages["grant"])
    page.emulate_media(media="print")
    assert not page.locator("button[data-copy]").first.is_visible()
    assert page.locator(".note.finding").first.is_visible()
    assert page.locator("mark.fact").first.is_visible()
    ARTIFACTS.mkdir(exist_ok=True)
    page.pdf(path=str(ARTIFACTS / "review-grant-print.pdf"))
    assert trouble == []


def test_the_page_works_without_its_folder(context: BrowserContext, pages: dict[str, Path], tmp_path: Path) -> None:
    """Self-contained: a copy alone, far from the drafts, shows the same."""
    alone = tmp_path / "copy.html"
    shutil.copy(pages["grant"], alone)
    page, trouble = _open(context, alone)
    assert page.locator("mark.fact").count() > 60
    assert trouble == []


def test_without_chromium_the_browser_tests_skip_but_fail_in_ci(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="no-chromium"):
        required(tmp_path / "no-chromium")
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="no-chromium"):
        required(tmp_path / "no-chromium")
