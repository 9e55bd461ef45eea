"""Pasting drafter's HTML into a CMS's rich-text editor, as issue 11's judges will: TinyMCE, Chromium, Ctrl+V.

The classic WordPress editor is TinyMCE. TinyMCE 7 comes as static files in the django-tinymce package (found
without importing Django) and loads from disk, so nothing goes to the network. The editor has the plugins a
CMS turns on and WordPress's settings for addresses and characters, and its own paste filtering runs on a real
paste event. The fragment reaches the clipboard as a press officer puts it there: the review page's Copy HTML
button for ONDABIO's four languages, the same clipboard write for the other releases. The editor must then
hold every word in order, the same headings, lists, links and quotes with their attributions outside them,
the language's no-break spaces and no other, nothing of drafter's own, and every fact ``drafter check`` finds.
"""

from __future__ import annotations

import functools
import importlib.util
import json
import os
import re
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit, urlunsplit

import pytest

from drafter import check, draft, load_facts
from drafter.review_page import review

from .browsing import WRITE_CLIPBOARD, clipboard_context, launched, shot
from .conftest import EXAMPLES, ROOT
from .test_review import fresh

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

pytestmark = pytest.mark.slow

ONDABIO = ROOT / "examples" / "ondabio-gold-2026.yaml"  # copied with the review page's buttons: four languages
SHOTS = {("ondabio-gold-2026", "fr"), ("hidrolena-iso-50001-2025", "pt")}
"""The pastes kept as screenshots in ``artifacts/``, to look at."""
CASES = [(facts, lang) for facts in EXAMPLES for lang in load_facts(facts).languages]
SETTINGS = {
    "selector": "#body",
    "license_key": "gpl",  # TinyMCE under its open-source licence: no key to ask for
    "plugins": "lists link autoresize",
    "menubar": False,
    "toolbar": "blocks | bold italic | bullist numlist blockquote | link unlink | hr",
    "block_formats": "Paragraph=p; Heading 2=h2; Heading 3=h3; Heading 4=h4",
    # WordPress's classic editor (wp-includes/class-wp-editor.php): characters as they are, addresses untouched
    "entity_encoding": "raw",
    "relative_urls": False,
    "remove_script_host": False,
    "convert_urls": False,
    "keep_styles": False,
    "autoresize_bottom_margin": 16,
}
EDITOR = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>New post</title><script src="{script}"></script></head>
<body><textarea id="body"></textarea>
<script>tinymce.init({settings});</script></body></html>
"""
COUNT_PASTES = """() => tinymce.activeEditor.on("SetContent", (event) => {
  if (event.paste) window.pastes += 1;
})"""
NO_BREAK = re.compile("[\u00a0\u202f]")
TYPOGRAPHY = re.compile("(?<=«)[\u00a0\u202f]|[\u00a0\u202f](?=[»:;?!%])|(?<=\\d)[\u00a0\u202f](?=\\d)")
"""Where a language's typography puts a no-break space: inside « », before : ; ? ! %, between a number's digits."""
LEAVES = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "figcaption"})
VOID = frozenset({"hr", "br", "img", "wbr"})


def _tinymce() -> Path:
    """TinyMCE's script among django-tinymce's static files. Skipped without it, except in CI."""
    spec = importlib.util.find_spec("tinymce")
    folders = list(spec.submodule_search_locations or []) if spec else []
    for folder in folders:
        script = Path(folder) / "static" / "tinymce" / "tinymce.min.js"
        if script.is_file():
            return script
    message = "the CMS paste test needs TinyMCE: pip install -e '.[test]' brings it in django-tinymce"
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


@dataclass(frozen=True)
class Block:
    path: tuple[str, ...]
    """The elements it sits in, outermost first, itself last."""
    text: str


class Outline(HTMLParser):
    """A fragment's blocks in order with their text, its links, and the attributes its elements carry."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[str] = []
        self.blocks: list[Block] = []
        self.links: list[tuple[str, str]] = []
        self.attributes: set[str] = set()
        self.loose: list[str] = []
        self._texts: list[list[str]] = []
        self._link: tuple[str, list[str]] | None = None
        self.feed(html)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.attributes |= {name for name, _ in attrs}
        if tag in VOID:
            if tag == "hr":
                self.blocks.append(Block((*self.open, tag), ""))
            elif self._texts:
                self._texts[-1].append(" ")
            return
        self.open.append(tag)
        if tag in LEAVES:
            self._texts.append([])
        if tag == "a":
            self._link = (dict(attrs).get("href") or "", [])

    def handle_endtag(self, tag: str) -> None:
        if tag not in self.open:
            return
        while self.open:
            closed = self.open.pop()
            if closed in LEAVES:
                self.blocks.append(Block((*self.open, closed), _spaced("".join(self._texts.pop()))))
            if closed == "a" and self._link:
                self.links.append((self._link[0], _spaced("".join(self._link[1]))))
                self._link = None
            if closed == tag:
                return

    def handle_data(self, data: str) -> None:
        if self._texts:
            self._texts[-1].append(data)
        elif data.strip(" \t\r\n"):
            self.loose.append(data)
        if self._link:
            self._link[1].append(data)

    def text(self) -> str:
        return "\n".join(b.text for b in self.blocks)

    def shape(self) -> list[tuple[str, ...]]:
        """Each block's place, reading a quote in a ``figure`` with its ``figcaption`` the same as a
        ``blockquote`` followed by a paragraph: the two ways the HTML standard gives to attribute one."""
        return [tuple("p" if t == "figcaption" else t for t in b.path if t != "figure") for b in self.blocks]

    def quotes(self) -> list[tuple[str, str]]:
        """Each quotation's last paragraph, and the block after the quotation: its attribution."""
        out = []
        for i, block in enumerate(self.blocks):
            if "blockquote" in block.path and (
                i + 1 == len(self.blocks) or "blockquote" not in self.blocks[i + 1].path
            ):
                out.append((block.text, self.blocks[i + 1].text if i + 1 < len(self.blocks) else ""))
        return out


def _spaced(text: str) -> str:
    """Runs of the spaces HTML collapses made one; no-break spaces are text, and kept."""
    return re.sub(r"[ \t\r\n]+", " ", text).strip(" \t\r\n")


def _whole(href: str) -> str:
    """An address as Chromium puts it on the clipboard: a site's address ends with its root's "/"."""
    url = urlsplit(href)
    return urlunsplit(url._replace(path="/")) if url.scheme in ("http", "https") and not url.path else href


@functools.cache
def _drafts(facts: Path) -> dict[str, tuple[str, str]]:
    """Each language's HTML fragment, the CMS default, and its plain text."""
    drafted = draft(facts)
    html, text = drafted.files("html"), drafted.files("txt")
    return {lang: (str(html[f"{lang}.html"]), str(text[f"{lang}.txt"])) for lang in load_facts(facts).languages}


@dataclass(frozen=True)
class Desk:
    """A press officer's browser: the review page of ONDABIO's drafts beside a CMS's editor, one of each."""

    editor: Page
    review: Page
    trouble: list[str]
    pasted: dict[tuple[str, str], str] = field(default_factory=dict)

    def paste(self, facts: Path, lang: str) -> str:
        """What the editor holds once the fragment is pasted into an empty post (pasted once, then remembered)."""
        key = (facts.stem, lang)
        if key not in self.pasted:
            self._copy(facts, lang)
            self.editor.bring_to_front()
            self.editor.evaluate("tinymce.activeEditor.setContent(''); window.pastes = 0")
            self.editor.frame_locator("iframe").locator("body").click()
            self.editor.keyboard.press("Control+V")
            self.editor.wait_for_function("window.pastes > 0")
            self.pasted[key] = self.editor.evaluate("tinymce.activeEditor.getContent()")
            if key in SHOTS:
                shot(self.editor, f"cms-paste-{facts.stem}-{lang}.png", full_page=True)
        return self.pasted[key]

    def _copy(self, facts: Path, lang: str) -> None:
        if facts == ONDABIO:  # the real path: the review page's button
            from playwright.sync_api import expect

            self.review.bring_to_front()
            self.review.evaluate("document.getElementById('status').textContent = ''")
            self.review.locator(f"button[data-copy='r1-{lang}'][data-as='html']").click()
            expect(self.review.locator("#status")).to_contain_text("as HTML")
        else:
            self.editor.evaluate(WRITE_CLIPBOARD, list(_drafts(facts)[lang]))


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    yield from launched()


@pytest.fixture(scope="module")
def desk(browser: Browser, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desk]:
    assert ONDABIO in EXAMPLES  # the release copied with the review page's buttons
    script = _tinymce()
    out = tmp_path_factory.mktemp("cms")
    editor_page = out / "editor.html"
    editor_page.write_text(EDITOR.format(script=script.as_uri(), settings=json.dumps(SETTINGS)), encoding="utf-8")
    review_page = out / "review.html"
    review_page.write_text(review([fresh(out / "ondabio", example=ONDABIO)]).html, encoding="utf-8")
    with clipboard_context(browser, viewport={"width": 1000, "height": 800}) as context:
        trouble: list[str] = []
        context.on("request", lambda r: None if r.url.startswith("file://") else trouble.append(f"request {r.url}"))
        editor, reviewing = context.new_page(), context.new_page()
        for page in (editor, reviewing):
            page.on("pageerror", lambda e: trouble.append(f"error {e}"))
            page.on(
                "console",
                lambda m: trouble.append(f"console {m.type}: {m.text}") if m.type in ("error", "warning") else None,
            )
        reviewing.goto(review_page.as_uri())
        editor.goto(editor_page.as_uri())
        editor.wait_for_function("window.tinymce?.activeEditor?.initialized === true")
        editor.evaluate(COUNT_PASTES)
        yield Desk(editor, reviewing, trouble)


@pytest.mark.parametrize(("facts", "lang"), CASES, ids=[f"{f.stem}-{lang}" for f, lang in CASES])
def test_the_editor_keeps_every_word_heading_list_link_and_quote(desk: Desk, facts: Path, lang: str) -> None:
    mine = Outline(_drafts(facts)[lang][0])
    got = Outline(desk.paste(facts, lang))
    assert desk.trouble == []
    assert [b.text for b in got.blocks] == [b.text for b in mine.blocks]  # every paragraph's words, in order
    assert got.loose == []
    assert got.shape() == mine.shape()  # the same headings, lists, quotes and rule, in the same places
    assert not any(b.path[-1] == "h1" for b in got.blocks)  # the CMS prints the title as the page's h1
    assert got.links == [(_whole(href), text) for href, text in mine.links]
    assert got.attributes <= {"href"}  # no style or class of drafter's, nor of the browser's
    assert [b for b in got.blocks if b.path[-1] != "hr" and not b.text.strip()] == []  # no empty paragraph
    quotes = got.quotes()
    assert quotes == mine.quotes() and len(quotes) == len(load_facts(facts).quotes)
    assert all(said.startswith("— ") for _, said in quotes)  # who said it: kept, and outside the quotation


@pytest.mark.parametrize(("facts", "lang"), CASES, ids=[f"{f.stem}-{lang}" for f, lang in CASES])
def test_no_break_spaces_stand_only_where_the_language_puts_them(desk: Desk, facts: Path, lang: str) -> None:
    text = Outline(desk.paste(facts, lang)).text()
    assert NO_BREAK.findall(text) == NO_BREAK.findall(Outline(_drafts(facts)[lang][0]).text())  # all kept
    assert not re.search("[\u00a0\u202f]{2}", text)  # no chain of &nbsp;
    assert [m.start() for m in NO_BREAK.finditer(text)] == [m.start() for m in TYPOGRAPHY.finditer(text)]


def _pasted_release(desk: Desk, facts: Path, folder: Path) -> Path:
    """A release folder whose drafts are what the editor holds after each language's paste."""
    folder.mkdir()
    shutil.copy(facts, folder / "facts.yaml")
    for lang in load_facts(facts).languages:
        (folder / f"{lang}.html").write_text(desk.paste(facts, lang), encoding="utf-8")
    return folder


@pytest.mark.parametrize("facts", EXAMPLES, ids=lambda p: p.stem)
def test_check_finds_every_fact_in_what_the_editor_holds(desk: Desk, facts: Path, tmp_path: Path) -> None:
    result = check([_pasted_release(desk, facts, tmp_path / facts.stem)])
    assert result.drafts == len(load_facts(facts).languages)
    assert result.findings == ()


def test_check_sees_an_address_changed_in_the_editor(desk: Desk, tmp_path: Path) -> None:
    """The check above can fail: a contact e-mail edited after pasting is found."""
    folder = _pasted_release(desk, ONDABIO, tmp_path / "ondabio")
    french = folder / "fr.html"
    french.write_text(french.read_text(encoding="utf-8").replace("imprensa@ondabio.eu", "presse@ondabio.eu"))
    findings = check([folder]).findings
    assert findings and {Path(place.file).name for f in findings for place in f.locations} >= {"fr.html"}
