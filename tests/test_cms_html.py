"""HTML for a CMS: the fragment starts with the lead, quotes are figures, the end mark has its place,
and every list sits under the heading that names it."""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Mapping
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner
from markdown_it import MarkdownIt

from drafter import check, draft, load_facts
from drafter.catalog import Catalog
from drafter.cli import cli
from drafter.emit import ELEMENTS, title
from drafter.lang import words
from drafter.lang.cities import city_in
from drafter.localize import url_label
from drafter.typography import apostrophes

from .conftest import EXAMPLES, ROOT, SHIPPED

ONDABIO = ROOT / "examples" / "ondabio-gold-2026.yaml"  # every shipped language, a subheadline, two quotes
SECPHO = ROOT / "examples" / "secpho-bronze-2013.yaml"  # no subheadline, no quote


@dataclass
class Node:
    tag: str
    children: list[Node] = field(default_factory=list)
    text: str = ""

    def all_text(self) -> str:
        return self.text + "".join(c.all_text() for c in self.children)

    def walk(self) -> list[Node]:
        return [self, *(n for c in self.children for n in c.walk())]


class _Tree(HTMLParser):
    """An HTML fragment as a tree of elements, their text kept in order."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("")
        self.stack = [self.root]
        self.attrs: set[str] = set()
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.attrs |= {name for name, _ in attrs}
        node = Node(tag)
        self.stack[-1].children.append(node)
        if tag != "hr":
            self.stack.append(node)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.attrs |= {name for name, _ in attrs}
        self.stack[-1].children.append(Node(tag))

    def handle_endtag(self, tag: str) -> None:
        assert self.stack[-1].tag == tag, f"</{tag}> closes <{self.stack[-1].tag}>"
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        if data.strip():
            self.stack[-1].children.append(Node("#text", text=data))


def _tree(html: str) -> Node:
    return _Tree(html).root


def _elements(root: Node) -> list[Node]:
    return [n for n in root.children if n.tag != "#text"]


def _in(value: str | Mapping[str, str] | None, lang: str) -> str | None:
    """A fact's text in one language, as drafts print it (the language's apostrophes): the same in every
    language, or its own."""
    text = value if value is None or isinstance(value, str) else value[lang]
    return None if text is None else apostrophes(text, words(lang))


# --- the headline -----------------------------------------------------------------------------------


@pytest.mark.parametrize("facts", EXAMPLES, ids=lambda p: p.stem)
def test_the_fragment_starts_with_the_lead_and_has_no_h1(facts: Path) -> None:
    drafts = draft(facts)
    loaded = load_facts(facts)
    for lang, html in ((n.split(".")[0], h) for n, h in drafts.files("html").items()):
        assert "<h1" not in html
        first = _elements(_tree(html))[0]
        expected = _in(loaded.release.subheadline, lang)
        assert first.tag == "p" and first.children[0].tag == "strong"
        if expected:
            assert first.all_text() == expected  # the standfirst, as the first paragraph
        else:
            assert first.all_text().startswith(str(city_in(loaded.release.city, lang)))  # the dateline opens the lead


@pytest.mark.parametrize("facts", EXAMPLES, ids=lambda p: p.stem)
def test_with_title_the_fragment_opens_with_the_headline(facts: Path) -> None:
    drafts = draft(facts, with_title=True)
    for name, html in drafts.files("html").items():
        lang = name.split(".")[0]
        first = _elements(_tree(html))[0]
        assert first.tag == "h1" and first.all_text() == title(drafts.markdown[lang])
        assert html.count("<h1>") == 1
    assert draft(facts).files("md") == drafts.files("md")  # Markdown and text always carry the headline
    assert draft(facts).files("txt") == drafts.files("txt")


def test_the_command_line_option(runner: CliRunner) -> None:
    plain = runner.invoke(cli, ["draft", str(SECPHO), "--lang", "en", "--format", "html"])
    titled = runner.invoke(cli, ["draft", str(SECPHO), "--lang", "en", "--format", "html", "--with-title"])
    assert plain.exit_code == titled.exit_code == 0, plain.output + titled.output
    assert plain.stdout.startswith("<p><strong>Barcelona, 6 March 2013</strong> – SECPhO")
    assert titled.stdout == "<h1>SECPhO wins the Bronze Cluster Management Excellence Label</h1>\n" + plain.stdout
    for fmt in ("md", "txt"):
        refused = runner.invoke(cli, ["draft", str(SECPHO), "--lang", "en", "--format", fmt, "--with-title"])
        assert refused.exit_code == 2
        assert refused.stderr == (
            f"Error: --with-title puts the headline in HTML (--format html or json); {fmt} drafts always "
            "start with it\n"
        )


# --- JSON ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("facts", EXAMPLES, ids=lambda p: p.stem)
def test_json_gives_title_and_subtitle_as_fields(facts: Path) -> None:
    loaded = load_facts(facts)
    payload = json.loads(draft(facts).files("json")["release.json"])
    titled = json.loads(draft(facts, with_title=True).files("json")["release.json"])
    for lang, entry in payload["drafts"].items():
        assert list(entry) == ["title", "subtitle", "markdown", "html", "text"]
        assert entry["subtitle"] == _in(loaded.release.subheadline, lang)
        assert entry["title"] and entry["title"] not in entry["html"]
        assert entry["html"] == draft(facts, [lang]).output("html")
        assert titled["drafts"][lang]["html"] == f"<h1>{entry['title']}</h1>\n" + entry["html"]
        assert entry["text"].startswith(entry["title"] + "\n\n")


# --- quotes ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("facts", EXAMPLES, ids=lambda p: p.stem)
def test_each_quote_is_a_figure_with_its_attribution_outside_the_quote(facts: Path) -> None:
    loaded = load_facts(facts)
    drafts = draft(facts)
    for lang in loaded.languages:
        root = _tree(drafts.files("html")[f"{lang}.html"])
        figures = [n for n in root.walk() if n.tag == "figure"]
        assert len(figures) == len(loaded.quotes)
        assert len([n for n in root.walk() if n.tag == "blockquote"]) == len(loaded.quotes)
        for figure, quote in zip(figures, loaded.quotes, strict=True):
            quoted, caption = _elements(figure)
            assert (quoted.tag, caption.tag) == ("blockquote", "figcaption")
            assert [p.tag for p in _elements(quoted)] == ["p"]
            assert "—" not in quoted.all_text()
            assert caption.all_text() == f"— {quote.speaker}, {_in(quote.role, lang)}"
            assert [n.tag for n in _elements(caption)] == ["strong"]  # the speaker's name, in bold
        text = drafts.files("txt")[f"{lang}.txt"].split("\n\n")
        for quote in loaded.quotes:
            at = text.index(f"— {quote.speaker}, {_in(quote.role, lang)}")
            # the quote, then who said it; Spanish puts the last full stop after the closing mark («…».)
            assert text[at - 1][0] in "“«" and text[at - 1].rstrip().removesuffix(".")[-1] in "”»"


# --- the end mark ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", SHIPPED)
def test_the_end_mark_closes_the_release_text_before_the_notes_to_editors(lang: str) -> None:
    glossary = Catalog.find().glossary(lang)
    mark, headings = glossary["end_mark"], glossary["headings"]
    md = draft(ONDABIO, [lang]).output("md")
    blocks = md.rstrip("\n").split("\n\n")
    at = blocks.index(f"**{mark}**")
    assert blocks[at - 1] == "* * *"
    about, contact = [b for b in blocks[at + 1 :] if b.startswith("## ")]
    assert about.startswith("## " + headings["about"][:5]) and contact == "## " + headings["contact"]
    assert not any(b.startswith(("> ", "- ")) for b in blocks[at:])  # quotes and lists are all before it
    html = draft(ONDABIO, [lang]).output("html")
    assert f"<hr>\n<p><strong>{mark}</strong></p>\n" in html
    assert f"<p>{mark}</p>" not in html
    text = draft(ONDABIO, [lang]).output("txt").split("\n\n")
    assert text[text.index(mark) + 1].startswith(headings["about"][:5])


# --- lists under their headings --------------------------------------------------------------------------


def _sections(md: str) -> list[tuple[str | None, str, str]]:
    """(the h2 above it, "item" or "quote", its text) for every list item and block quote."""
    out: list[tuple[str | None, str, str]] = []
    heading: str | None = None
    tokens = MarkdownIt("commonmark").parse(md)
    depth = {"item": 0, "quote": 0}
    for i, token in enumerate(tokens):
        if token.type == "heading_open" and token.tag == "h2":
            heading = tokens[i + 1].content
        elif token.type == "list_item_open":
            depth["item"] += 1
        elif token.type == "list_item_close":
            depth["item"] -= 1
        elif token.type == "blockquote_open":
            depth["quote"] += 1
            out.append((heading, "quote", ""))
        elif token.type == "blockquote_close":
            depth["quote"] -= 1
        elif token.type == "inline" and depth["item"]:
            out.append((heading, "item", token.content))
    return out


@pytest.mark.parametrize("facts", EXAMPLES, ids=lambda p: p.stem)
def test_every_list_sits_under_the_heading_that_names_it(facts: Path) -> None:
    loaded = load_facts(facts)
    drafts = draft(facts)
    for lang in loaded.languages:
        headings = Catalog.find().glossary(lang)["headings"]
        found = _sections(drafts.markdown[lang])
        benefits = {str(_in(b, lang))[:1].upper() + str(_in(b, lang))[1:] for b in loaded.benefits}
        labels = [url_label(link.url) for link in loaded.links]
        kinds = {"figures": 0, "links": 0, "benefits": 0}
        for heading, what, text in found:
            plain = re.sub(r"\\(.)", r"\1", text)
            if what == "quote":
                assert heading is None, f"{lang}: a quote under {heading!r}"  # in the release's opening
                continue
            kind = (
                "benefits" if plain in benefits else "links" if any(label in plain for label in labels) else "figures"
            )
            kinds[kind] += 1
            assert heading == headings[kind], f"{lang}: {plain!r} under {heading!r}"
        assert kinds == {"figures": len(loaded.figures), "links": len(loaded.links), "benefits": len(loaded.benefits)}


# --- what the fragment may hold, and what check still finds ------------------------------------------------


def test_the_fragment_holds_only_the_documented_elements() -> None:
    seen: set[str] = set()
    for facts in EXAMPLES:
        for with_title in (False, True):
            for html in draft(facts, with_title=with_title).files("html").values():
                parsed = _Tree(html)
                seen |= {n.tag for n in parsed.root.walk() if n.tag not in ("", "#text")}
                assert parsed.attrs <= {"href"}
    assert seen <= set(ELEMENTS)
    assert {"figure", "figcaption", "blockquote", "hr", "h1"} <= seen
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    (row,) = [line for line in readme.splitlines() if line.startswith("| `html` |")]
    assert re.findall(r"`(\w+)`", row.split(" with no ")[0])[1:] == list(ELEMENTS)  # "a fragment of `h1`, …"


@pytest.mark.parametrize("fmt", ["html", "txt"])
def test_check_finds_every_fact_in_fresh_html_and_text_drafts(tmp_path: Path, fmt: str) -> None:
    for facts in EXAMPLES:
        folder = tmp_path / facts.stem
        folder.mkdir()
        shutil.copy(facts, folder / "facts.yaml")
        for name, text in draft(folder / "facts.yaml").files(fmt).items():
            (folder / name).write_text(text, encoding="utf-8")
    result = check([tmp_path])
    assert result.findings == ()
