"""A fact stays text in every Markdown renderer a CMS might use (issue 10).

Every hostile payload goes into every text fact of every example: in round r, text slot s holds
payload r + s, so over as many rounds as there are payloads each payload visits each slot, beside
different neighbours each time. Every draft then goes through each renderer: CommonMark (py-commonmark,
markdown-it, GitHub's cmark-gfm), markdown-it with its plugins, Python-Markdown with ``extra`` and
more, mistune with all its plugins, Pandoc (its Markdown, GFM and CommonMark-extended readers) and
kramdown (Jekyll's default, plain and GFM). The HTML must hold exactly the elements and attributes
of the same draft with harmless values (a token per slot) and show each payload as its text: inert
and faithful. (A value printed inside quotation marks, a motto or a quote, shows the quotations it
holds with the language's inner marks; typographic engines curl quotes and join dashes.)

An engine that is not installed is skipped with the reason here, and fails in CI (``.ci/run``
installs them all).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import pytest
import yaml

from drafter import draft
from drafter.catalog import Catalog
from drafter.facts import Facts
from drafter.facts.load import validate
from drafter.facts.yamlsource import Document
from drafter.lang import words
from drafter.localize import url_label
from drafter.render import render_markdown
from drafter.typography import nested
from drafter.view import build_view

from .conftest import EXAMPLES

PAYLOADS: tuple[str, ...] = (
    # Raw HTML, comments, CDATA, processing instructions, declarations.
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)//>",
    '<a href="javascript:alert(1)">click</a>',
    "<svg/onload=alert(1)>",
    "</p><p onclick=alert(1)>closed",
    '<span style="color:red" onmouseover="alert(1)">red</span>',
    "<details open ontoggle=alert(1)>",
    "<iframe src=//evil.example></iframe>",
    "<style>*{display:none}</style>",
    "<!-- hidden --> visible",
    "<![CDATA[<b>x</b>]]>",
    "<?php echo 1; ?>",
    "<!DOCTYPE html>",
    '<div markdown="1">*md in html*</div>',
    "<http://evil.example/a>",
    "<javascript:alert(1)>",
    "<mailto:a@evil.example>",
    "<a@evil.example>",
    # Character references that decode to markup, and some that are not references.
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "&#60;img src=x onerror=alert(1)&#62;",
    "&#x3C;b&#x3e;bold&#X3c;/b&#x3E;",
    "&amp;lt; AT&T R&D &copy; &copy &lt &#60 &NotAnEntity;",
    "&#0; &#xD800; &#99999999; &#x110000;",
    # kramdown: extensions, IALs, ALDs, end-of-block, math.
    "{::nomarkdown}<img src=x onerror=alert(1)//>{:/}",
    '{::nomarkdown type="html"}<b>x</b>{:/nomarkdown}',
    '{::options parse_block_html="true" /}',
    "{::comment}hidden{:/comment}",
    '{: onclick="alert(1)" }',
    'Headline {: onclick="alert(1)" }',
    "text {:.danger}",
    "text {#anchor}",
    '{:ref: onclick="alert(1)"}',
    "^",
    "$$x^2$$",
    # Python-Markdown: attr_list, abbreviations, footnotes, definitions, admonitions, toc, md_in_html.
    'text {: .cls onclick="alert(1)" }',
    "*emph*{: onclick=alert(1)}",
    "*[HTML]: Hyper Text Markup Language",
    "[^1]: a footnote",
    "see [^1] and [^note]",
    ": a definition",
    '!!! danger "Admonition"',
    "[TOC]",
    # Pandoc: raw attributes, spans, divs, math, super/subscripts, notes, citations, lists, TeX.
    "`<b>raw</b>`{=html}",
    "`x`{=latex} and `y`{.cls}",
    '[click]{onclick="alert(1)"}',
    "[a]{.smallcaps}",
    '::: {.warning onclick="alert(1)"}',
    ":::",
    "$x^2$ and $$y$$ and $\\alpha$",
    "US$ 60, $5 and 5$",
    "x^2^ H~2~O",
    "^sup^ and ~sub~",
    "~~deleted~~ ~single~",
    "^[an inline note]",
    "@doe says [@smith, p. 1] -@x",
    "(@) an example list",
    "a) fancy list",
    "iv. roman list",
    "A. Smith",
    "#. hash list",
    "| a line block",
    "% a title block",
    "\\begin{equation}x\\end{equation}",
    "\\newcommand{\\x}{y} \\textbf{bold}",
    "ends in a backslash\\",
    "\\",
    ":smile: :+1: :heart:",
    # mistune and markdown-it plugins: mark, insert, spoiler, ruby, MyST, attrs, math, tasks.
    "==marked==",
    "++inserted++",
    "^^inserted^^",
    "||spoiler|| and >!spoiler!<",
    ">! a spoiler block",
    "[漢字(かんじ)]",
    "{role}`content`",
    "{{ substitution }} {% raw %}",
    "+++",
    "(target)=",
    "% a MyST comment",
    "\\(x\\) and \\[y\\]",
    "[x](https://evil.example){onclick=alert(1)}",
    "- [ ] task",
    "[x] done",
    "field: list",
    ":field: list",
    # Links in every syntax.
    "[click](javascript:alert(1))",
    "[click](<javascript:alert(1)>)",
    '[click](https://evil.example "title")',
    "[click][ref]",
    "[ref]: javascript:alert(1)",
    '[x]: https://evil.example "t"',
    "![img](https://evil.example/x.png)",
    "![img](x onerror=alert(1))",
    "https://evil.example/path?a=1&b=2",
    "www.evil.example",
    "evil.example and sub.evil.example/x",
    "mail@evil.example",
    "e-mail@x, @handle and a@b",
    "www.x.co and WWW.1x.example",
    "S.A.U., e.g. i.e. U.S.A. x.y 1.5",
    "javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "//evil.example",
    # Blocks at the start of a line.
    "# Heading",
    "## Heading ##",
    "#hashtag",
    "Title #",
    "- item",
    "* item",
    "+ item",
    "1. item",
    "1) item",
    "2013. A year",
    "> quote",
    "---",
    "===",
    "***",
    "- - -",
    "___",
    "    indented code",
    "```js",
    "~~~",
    "`code`",
    "| a | b |",
    "|---|---|",
    "a | b",
    "<div>",
    # Emphasis and friends.
    "**bold** __bold__ *em* _em_",
    "snake_case_name and 2*3*4",
    "\\*not em\\*",
    # Typography: shown as text (typographic engines curl and join it, as they do for the templates).
    "\"quoted\" 'single' -- --- ...",
    "(c) (tm) +- !!!!!! ,,",
    "x << y",
    "y >> x",
    # Unicode: look-alikes, invisible and control characters, spaces, line breaks.
    "＜script＞alert(1)＜/script＞",
    "‹img› 〈b〉 ⟨i⟩",
    "a\u00a0b\u202fc\u2007d",
    "line\x00one\x1b[31m\x7f\u2028two\u2029three\x85four",
    "\u200b<\u200bscript>",
    "\u202eevil\u202c",
    "tab\t<b>",
    "one\n# two\n<script>three",
    "Dr. A. Smith & Co. e.g. S.A. 10:30",
    "Jinja {{ 7 * 7 }} {% if true %}x{% endif %}",
)

ADDRESSES: tuple[str, ...] = (
    # Web addresses pass the facts' check when their host is a domain: the rest may be anything but spaces.
    'https://evil.example/"onmouseover="alert(1)',
    "https://evil.example/'onmouseover='alert(1)",
    "https://evil.example/)[x](javascript:alert(1)",
    "https://evil.example/<script>alert(1)</script>",
    'https://evil.example/x#"><img/src/onerror=alert(1)>',
    "https://evil.example/{onclick=alert(1)}",
    "https://evil.example/a_b*c*_~d~$e$^f^==g==",
    "https://evil.example/javascript:alert(1)",
    "https://evil.example/@cite/mail@evil.example",
    "https://evil.example/www.other.example/x.pt",
    "https://evil.example/a|b||c",
    "https://evil.example/[x][^1]",
    "https://evil.example/%3Cscript%3E&lt;b&gt;&#60;i&#62;",
    "https://evil.example/`code`\\",
    "https://evil.example/:smile:/{::comment}",
    "http://evil.example:8080/x",
    "www.evil.example/a_(b)",
    "EVIL.example/<!--",
    "https://evil.example/path/",
)
EMAILS: tuple[str, ...] = ("o'brien+x%y@evil.example", "a.b-c_d@sub.evil.example", "x@evil.example")

TOKEN = "zq{}qz"
"""The harmless value of text slot n in the baseline; ``Zq{n}qz`` where a template capitalised it."""
WEB_TOKEN = "https://zqu{}qz.example"
MAIL_TOKEN = "zqm{}qz@example.org"
"""The harmless values of address slot n."""
_ADDRESS_TOKEN = re.compile(r"zqu(\d+)qz\.example|zqm(\d+)qz@example\.org")

NOT_TEXT = frozenset(
    "kind date languages locales country website url email phone level gender article "
    "value of approx percent launched first_awarded count valid_until change year "
    "amount currency budget months start".split()
)
"""Keys of the facts file whose values are not free text."""


# --- the corpus --------------------------------------------------------------------------------


def _slots(data: Any, path: tuple[str | int, ...] = ()) -> Iterator[tuple[str | int, ...]]:
    """Where the text values are: a string, or a mapping of one text per language."""
    if isinstance(data, dict) and data and not all(isinstance(v, str) and len(k) <= 3 for k, v in data.items()):
        for key, value in data.items():
            if key not in NOT_TEXT and not (key == "type" and isinstance(value, str)):  # type: company, a keyword
                yield from _slots(value, (*path, key))
    elif isinstance(data, dict) or isinstance(data, str):
        yield path
    elif isinstance(data, list):
        for i, value in enumerate(data):
            yield from _slots(value, (*path, i))


def _address_slots(data: Any, path: tuple[str | int, ...] = ()) -> Iterator[tuple[str | int, ...]]:
    """Where the web and e-mail addresses are."""
    if isinstance(data, dict):
        for key, value in data.items():
            if key in ("website", "url", "email") and isinstance(value, str):
                yield (*path, key)
            else:
                yield from _address_slots(value, (*path, key))
    elif isinstance(data, list):
        for i, value in enumerate(data):
            yield from _address_slots(value, (*path, i))


def _filled(data: Any, slots: Sequence[tuple[str | int, ...]], values: Sequence[str]) -> Any:
    """A copy of ``data`` with slot i holding values[i] (in every language)."""
    copy = json.loads(json.dumps(data, default=str))
    for path, value in zip(slots, values, strict=True):
        *parents, last = path
        target = copy
        for part in parents:
            target = target[part]
        old = target[last]
        if last == "text" and ("value" in target or "change" in target):  # a figure's line keeps its placeholders
            value += " {value}" + (" {of}" if "of" in target else "")
        target[last] = {lang: value for lang in old} if isinstance(old, dict) else value
    return copy


@cache
def _available() -> tuple[str, ...]:
    return tuple(Catalog.find().languages())


def _facts(data: Any) -> Facts:
    return validate(Document("payloads.yaml", data), available=_available())


@dataclass(frozen=True)
class Draft:
    example: str
    lang: str
    markdown: str
    values: tuple[str, ...]
    """What each text slot holds; empty for the baseline."""
    addresses: tuple[str, ...] = ()
    """What each address slot holds, when not the example's own."""
    unsaid: frozenset[int] = frozenset()
    """The text slots the view leaves out of the lead: a sector or a type the name says already."""
    out_of_headline: frozenset[int] = frozenset()
    """The text slots a headline may leave to the lead: a prize's event, past ``release.headline_max``
    characters, which the payloads' lengths decide; the lead still shows it, and is checked."""


@dataclass(frozen=True)
class Corpus:
    baselines: dict[tuple[str, str, bool], Draft]
    """Each example in each language with a token in each text slot, and with or without one in each address slot."""
    drafts: list[Draft]

    def documents(self) -> list[str]:
        return [d.markdown for d in self.baselines.values()] + [d.markdown for d in self.drafts]


def _rounds(exhaustive: bool) -> Corpus:
    """Round r puts payload r + s in text slot s. Exhaustive: every round for every example, so that
    each payload visits each slot; else example e drafts rounds e, e + 2E, e + 4E… (E examples). Each
    round drafts one language, the next round the next, whatever E. Then the same with hostile
    addresses in the address slots."""
    baselines: dict[tuple[str, str, bool], Draft] = {}
    drafts: list[Draft] = []
    n, m = len(PAYLOADS), len(ADDRESSES)
    for e, path in enumerate(EXAMPLES):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        slots, addresses = list(_slots(data)), list(_address_slots(data))
        assert len(slots) <= n, f"{path.name}: {len(slots)} text slots, more than the {n} payloads"
        tokens = tuple(TOKEN.format(i) for i in range(len(slots)))
        tokened = _filled(data, slots, tokens)
        places = tuple(
            MAIL_TOKEN.format(j) if where[-1] == "email" else WEB_TOKEN.format(j) for j, where in enumerate(addresses)
        )
        for token_addresses in (False, True):
            facts = _facts(_filled(tokened, addresses, places) if token_addresses else tokened)
            for lang in facts.languages:
                markdown = render_markdown(facts, lang)
                baselines[path.stem, lang, token_addresses] = Draft(path.stem, lang, markdown, ())
        for k, r in enumerate(range(n) if exhaustive else range(e, n, 2 * len(EXAMPLES))):
            values = tuple(PAYLOADS[(r + i) % n] for i in range(len(slots)))
            facts = _facts(_filled(data, slots, values))
            lang = facts.languages[(r if exhaustive else e + k) % len(facts.languages)]  # each in turn
            drafts.append(
                Draft(
                    path.stem,
                    lang,
                    render_markdown(facts, lang),
                    values,
                    unsaid=_unsaid(facts, lang, slots),
                    out_of_headline=frozenset(i for i, slot in enumerate(slots) if slot[:2] == ("event", "name")),
                )
            )
        for k, r in enumerate(range(m) if exhaustive else range(e, m, len(EXAMPLES))):
            chosen = tuple(
                EMAILS[(r + j) % len(EMAILS)] if where[-1] == "email" else ADDRESSES[(r + j) % m]
                for j, where in enumerate(addresses)
            )
            facts = _facts(_filled(tokened, addresses, chosen))
            lang = facts.languages[(r if exhaustive else e + k) % len(facts.languages)]
            drafts.append(Draft(path.stem, lang, render_markdown(facts, lang), tokens, chosen))
    return Corpus(baselines, drafts)


# --- the engines -------------------------------------------------------------------------------

Render = Callable[[list[str]], list[str]]


class Missing(Exception):
    """An engine that is not installed here."""


def _need(module: str, package: str) -> Any:
    try:
        return __import__(module)
    except ImportError:
        raise Missing(f"{package} is not installed (pip install -e '.[test]')") from None


def _one_by_one(render: Callable[[str], str]) -> Render:
    return lambda docs: [render(d) for d in docs]


def _commonmark() -> Render:
    return _one_by_one(_need("commonmark", "commonmark").commonmark)


def _cmark_gfm(unsafe: bool) -> Render:
    cmarkgfm = _need("cmarkgfm", "cmarkgfm")
    opts = cmarkgfm.Options
    options = opts.CMARK_OPT_FOOTNOTES | (opts.CMARK_OPT_UNSAFE | opts.CMARK_OPT_LIBERAL_HTML_TAG if unsafe else 0)
    return _one_by_one(lambda text: str(cmarkgfm.github_flavored_markdown_to_html(text, options=options)))


def _markdown_it(flavour: str) -> Render:
    from markdown_it import MarkdownIt

    if flavour == "commonmark":
        return _one_by_one(MarkdownIt("commonmark").render)  # raw HTML on, as the preset has it
    _need("mdit_py_plugins", "mdit-py-plugins")
    _need("linkify_it", "linkify-it-py")
    if flavour == "gfm":
        from mdit_py_plugins.gfm import gfm_plugin

        return _one_by_one(MarkdownIt("gfm-like").use(gfm_plugin, dollarmath=True).render)
    from mdit_py_plugins.admon import admon_plugin
    from mdit_py_plugins.amsmath import amsmath_plugin
    from mdit_py_plugins.anchors import anchors_plugin
    from mdit_py_plugins.attrs import attrs_block_plugin, attrs_plugin
    from mdit_py_plugins.colon_fence import colon_fence_plugin
    from mdit_py_plugins.container import container_plugin
    from mdit_py_plugins.deflist import deflist_plugin
    from mdit_py_plugins.dollarmath import dollarmath_plugin
    from mdit_py_plugins.field_list import fieldlist_plugin
    from mdit_py_plugins.footnote import footnote_plugin
    from mdit_py_plugins.front_matter import front_matter_plugin
    from mdit_py_plugins.myst_blocks import myst_block_plugin
    from mdit_py_plugins.myst_role import myst_role_plugin
    from mdit_py_plugins.subscript import sub_plugin
    from mdit_py_plugins.substitution import substitution_plugin
    from mdit_py_plugins.superscript import superscript_plugin
    from mdit_py_plugins.tasklists import tasklists_plugin
    from mdit_py_plugins.texmath import texmath_plugin

    md = MarkdownIt("commonmark", {"linkify": True, "typographer": True})
    md.enable(["linkify", "table", "strikethrough", "replacements", "smartquotes"])
    plain = (admon_plugin, amsmath_plugin, anchors_plugin, attrs_block_plugin, colon_fence_plugin, deflist_plugin)
    plain += (fieldlist_plugin, footnote_plugin, front_matter_plugin, myst_block_plugin, myst_role_plugin)
    plain += (sub_plugin, substitution_plugin, superscript_plugin, tasklists_plugin)
    for plugin in plain:
        md.use(plugin)
    md.use(attrs_plugin, spans=True).use(container_plugin, name="warning")
    if flavour == "plugins":
        md.use(dollarmath_plugin)
    else:  # texmath, with \(...\) and \[...\] as the delimiters
        md.use(texmath_plugin, delimiters="brackets")
    return _one_by_one(md.render)


PYTHON_MARKDOWN_EXTENSIONS = (
    "extra",
    "abbr",
    "admonition",
    "attr_list",
    "def_list",
    "footnotes",
    "md_in_html",
    "sane_lists",
    "smarty",
    "tables",
    "toc",
)


def _python_markdown(extensions: Sequence[str]) -> Render:
    markdown = _need("markdown", "Markdown")

    def render(docs: list[str]) -> list[str]:
        md = markdown.Markdown(extensions=list(extensions))
        return [str(md.reset().convert(d)) for d in docs]

    return render


MISTUNE_PLUGINS = (
    "strikethrough footnotes table url abbr def_list math ruby task_lists insert superscript subscript mark spoiler"
).split()


def _mistune() -> Render:
    mistune = _need("mistune", "mistune")
    if int(mistune.__version__.split(".")[0]) < 3:
        raise Missing(f"mistune {mistune.__version__} is installed; these tests need mistune 3")
    md = mistune.create_markdown(escape=False, plugins=MISTUNE_PLUGINS)
    return _one_by_one(lambda text: str(md(text)))


BREAK = "zqbreakqz"
"""A paragraph between the documents of a batch, for the renderers run as a program."""


def _split(out: str, count: int, pattern: str) -> list[str]:
    parts = re.split(pattern, out)
    if len(parts) != count:
        raise AssertionError(f"{count} documents ran into {len(parts)}: a payload crossed a document's end")
    return parts


def _pandoc(reader: str) -> Render:
    if not shutil.which("pandoc"):
        raise Missing("pandoc is not installed (apt-get install pandoc)")

    def render(docs: list[str]) -> list[str]:
        text = f"\n\n{BREAK}\n\n".join(docs)
        run = subprocess.run(
            ["pandoc", "--from", reader, "--to", "html", "--wrap", "none"],
            input=text,
            capture_output=True,
            text=True,
            check=True,
        )
        return _split(run.stdout, len(docs), rf"<p>{BREAK}</p>")

    return render


KRAMDOWN = (
    "docs = JSON.parse($stdin.read); "
    "print JSON.generate(docs.map { |d| Kramdown::Document.new(d, input: ARGV[0]).to_html })"
)


def _kramdown(reader: str) -> Render:
    if not shutil.which("ruby"):
        raise Missing("ruby and kramdown are not installed (apt-get install ruby-kramdown ruby-kramdown-parser-gfm)")
    gems = ["-rjson", "-rkramdown"] + (["-rkramdown-parser-gfm"] if reader == "GFM" else [])
    probe = subprocess.run(["ruby", *gems, "-e", ""], capture_output=True, text=True)
    if probe.returncode:
        raise Missing(f"kramdown ({reader}) cannot be loaded: {probe.stderr.strip().splitlines()[-1]}")

    def render(docs: list[str]) -> list[str]:
        run = subprocess.run(
            ["ruby", *gems, "-e", KRAMDOWN, reader], input=json.dumps(docs), capture_output=True, text=True, check=True
        )
        out: list[str] = json.loads(run.stdout)
        return out

    return render


@dataclass(frozen=True)
class Engine:
    make: Callable[[], Render]
    typographic: bool = False
    """Curls quotes and joins dashes and dots, in the facts as in the templates' own text."""
    program: bool = False


ENGINES: dict[str, Engine] = {
    "commonmark.py": Engine(_commonmark),
    "cmark-gfm": Engine(lambda: _cmark_gfm(unsafe=False)),
    "cmark-gfm-unsafe": Engine(lambda: _cmark_gfm(unsafe=True)),
    "markdown-it": Engine(lambda: _markdown_it("commonmark")),
    "markdown-it-gfm": Engine(lambda: _markdown_it("gfm")),
    "markdown-it-plugins": Engine(lambda: _markdown_it("plugins"), typographic=True),
    "markdown-it-texmath": Engine(lambda: _markdown_it("texmath"), typographic=True),
    "python-markdown": Engine(lambda: _python_markdown(()), typographic=False),
    "python-markdown-extra": Engine(lambda: _python_markdown(PYTHON_MARKDOWN_EXTENSIONS), typographic=True),
    "mistune": Engine(_mistune),
    "pandoc-markdown": Engine(lambda: _pandoc("markdown+autolink_bare_uris+emoji"), typographic=True, program=True),
    "pandoc-gfm": Engine(lambda: _pandoc("gfm"), program=True),
    "pandoc-commonmark_x": Engine(lambda: _pandoc("commonmark_x+autolink_bare_uris"), typographic=True, program=True),
    "kramdown": Engine(lambda: _kramdown("kramdown"), typographic=True, program=True),
    "kramdown-gfm": Engine(lambda: _kramdown("GFM"), typographic=True, program=True),
}


# --- reading the HTML --------------------------------------------------------------------------


INLINE = frozenset("a abbr b code del em i ins mark s small span strong sub sup u".split())
"""Elements inside a line of text; the others break it."""


class _Reader(HTMLParser):
    """The elements with their attributes, in order, and the text a reader sees."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.events: list[tuple[str, ...]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        shown = [(k, "" if k == "id" else v or "") for k, v in sorted(attrs)]
        self.events.append(("<", tag, *(f"{k}={v}" for k, v in shown)))
        if tag not in INLINE:
            self.text.append(" ")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        self.events.append(("/", tag))
        if tag not in INLINE:
            self.text.append(" ")

    def handle_data(self, data: str) -> None:
        self.text.append(data)

    def handle_comment(self, data: str) -> None:
        self.events.append(("comment", data))

    def handle_decl(self, decl: str) -> None:
        self.events.append(("decl", decl))

    def handle_pi(self, data: str) -> None:
        self.events.append(("pi", data))

    def unknown_decl(self, data: str) -> None:
        self.events.append(("unknown", data))


def _read(html_text: str, engine: Engine) -> tuple[list[tuple[str, ...]], str]:
    """The elements and the text of ``html_text``, without a link a renderer makes again of the
    address in a link's own text."""
    reader = _Reader()
    reader.feed(html_text)
    reader.close()
    return _without_relinks(reader.events), _squeeze("".join(reader.text), engine)


def _paragraphs_joined(events: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """``events`` with every break between two paragraphs taken out: how many sentences a fact holds
    decides whether a short one runs on in the paragraph before (drafter/paragraphs.py), so a payload of
    several sentences may stand apart where the baseline's one token ran on. Every other element, and
    the order, must still be the baseline's."""
    out: list[tuple[str, ...]] = []
    for event in events:
        if event[:2] == ("<", "p") and out and out[-1] == ("/", "p"):
            out.pop()
            continue
        out.append(event)
    return out


def _without_relinks(events: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """Pandoc's GFM reader links an address in a link's text again, to the same place: both links
    are drafter's. (An e-mail address in a text fact is no link at all: cmark-gfm links one after
    reading escapes and references, so drafter writes it with a word joiner after the at sign.)"""
    out: list[tuple[str, ...]] = []
    hrefs: list[str | None] = []  # of the open links; None for one dropped
    for event in events:
        if event[:2] == ("<", "a"):
            href = next((a.removeprefix("href=") for a in event[2:] if a.startswith("href=")), "")
            outer = next((h for h in reversed(hrefs) if h is not None), None)
            again = outer is not None and _same_place(href, outer)
            hrefs.append(None if again else href)
            if again:
                continue
        elif event == ("/", "a") and hrefs and hrefs.pop() is None:
            continue
        out.append(event)
    return out


def _same_place(href: str, outer: str) -> bool:
    a, b = urlsplit(href), urlsplit(outer)
    if a.scheme == "mailto" or b.scheme == "mailto":
        return a.scheme == b.scheme and unquote(a.path).lower() == unquote(b.path).lower()
    return bool(a.netloc) and a.netloc.lower() == b.netloc.lower()


TYPOGRAPHY = str.maketrans(
    dict.fromkeys('‘’‚‛“”„‟"', "'")  # quotes within quotes alternate: "a 'b' c"
    | {"«": "<<", "»": ">>", "–": "--", "—": "---", "…": "...", "©": "(c)", "™": "(tm)", "±": "+-", "®": "(r)"}
)


_MARKS_RUN = re.compile(r"([!?])\1{3,}")


def _squeeze(text: str, engine: Engine) -> str:
    text = text.replace("\u2060", "")  # the word joiner that keeps an e-mail address or "[x] " from being markup
    if engine.typographic:
        text = text.translate(TYPOGRAPHY)
        text = _MARKS_RUN.sub(r"\1\1\1", text).replace(",,", ",")
    return " ".join(text.split())


def _shown(value: str, capitalised: bool, quoted_in: str | None = None) -> str:
    """What a value shows: the loader folds white space; inside quotation marks (in language
    ``quoted_in``) the quotations it holds take the language's inner marks; drafter turns control
    characters and line breaks into spaces."""
    value = " ".join(value.split()) if "\n" not in value.strip() else value.strip()
    if quoted_in:
        value = nested(value, words(quoted_in))
    if capitalised:
        value = value[:1].upper() + value[1:]
    return "".join(" " if unicodedata.category(c) in ("Cc", "Zl", "Zp") else c for c in value)


@cache
def _shown_by(engine: Engine, value: str, capitalised: bool, quoted_in: str | None) -> str:
    """What ``engine`` shows of a value (the same payloads fill every draft: worked out once)."""
    return _squeeze(_shown(value, capitalised, quoted_in), engine)


_PRINTED_TOKEN = re.compile(r"(?P<quoted>[«“‘„‚‹][^\S\n]*)?([zZ])q(\d+)qz")
"""A text slot's token (:data:`TOKEN`) as the baseline draft prints it, after an opening quotation mark or not."""


def _unshown(baseline: Draft, drafted: Draft, text: str, engine: Engine) -> list[str]:
    """The values ``text`` does not show as often as the baseline draft prints their slots' tokens.

    Containment, not equality: the words around a value may follow it (French "du" before a
    consonant, "de l'" before a vowel; Spanish "y" or "e"). An organisation's type or sector that
    its name already says is left out by design, as tokens never are: the view says so
    (:func:`_unsaid`), and the test asks it rather than guess."""
    values = drafted.values
    wanted: dict[str, int] = {}
    headline_end = baseline.markdown.find("\n")
    for m in _PRINTED_TOKEN.finditer(baseline.markdown):
        index = int(m.group(3))
        value = values[index]
        if index in drafted.unsaid or (index in drafted.out_of_headline and m.start() < headline_end):
            continue
        shown = _shown_by(engine, value, m.group(2) == "Z", baseline.lang if m.group("quoted") else None)
        wanted[shown] = wanted.get(shown, 0) + 1
    seen = _unspaced(text)
    return [shown for shown, times in wanted.items() if shown and _times_shown(shown, seen) < times]


def _unsaid(facts: Facts, lang: str, slots: Sequence[tuple[str | int, ...]]) -> frozenset[int]:
    """The organisation's sector and type slots where the view tells the lead not to say them
    (:mod:`drafter.lang.leads`): "ONDABIO (… Marine Biotechnology Cluster)" is not followed by "in
    the marine biotechnology sector". A type is said after the name (``show_type``) or before it
    (``type_first``)."""
    org = build_view(facts, lang, Catalog.find())["org"]
    quiet = {
        ("organisation", "sector"): not org["sector"],
        ("organisation", "type"): not (org["show_type"] or org["type_first"]),
    }
    return frozenset(i for i, slot in enumerate(slots) if quiet.get(slot[:2], False))


_SPACE_AT_MARK = re.compile(r"\s+(?=[;:!?»>])|(?<=[«<])\s+")


def _unspaced(text: str) -> str:
    """A text as :func:`_times_shown` compares it: one apostrophe, no space before a mark."""
    return _SPACE_AT_MARK.sub("", text.replace("’", "'"))


def _times_shown(shown: str, seen: str) -> int:
    """How often ``seen``, a text as :func:`_unspaced` gives it (once a draft, not once a value),
    shows a value; a value that starts with a short lower-case word may have had it contracted into
    the template's preposition, as an article is (pt "dedicada a" and "a b c d" give "dedicada à b c
    d"), so the rest of it counts too. An apostrophe counts in either form:
    the drafts print the language's (:mod:`drafter.typography`), and so does a mark with or without the
    space French prints before it ("Bravo !", "ceci : cela")."""
    shown = _unspaced(shown)
    first, _, rest = shown.partition(" ")
    if rest and first.islower() and len(first) <= 3:
        return max(seen.count(shown), seen.count(rest))
    return seen.count(shown)


# --- the tests ---------------------------------------------------------------------------------


def _missing(name: str, reason: str) -> None:
    """Skip here, fail in CI."""
    message = f"{name}: {reason}"
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


_RENDERED: dict[str, dict[str, str]] = {name: {} for name in ENGINES}
"""What each engine made of each document so far: the sampled rounds are among the exhaustive ones,
so after the exhaustive pass the sampled one renders nothing again."""


def _render(name: str, docs: list[str]) -> None:
    """Renders, once each, the documents ``name`` has not rendered yet."""
    done = _RENDERED[name]
    todo = [d for d in dict.fromkeys(docs) if d not in done]
    if todo:
        done.update(zip(todo, ENGINES[name].make()(todo), strict=True))


@dataclass
class Run:
    """A corpus, with the engines that run as programs already started on it, beside the others."""

    corpus: Corpus
    programs: dict[str, Future[None] | Missing]

    def rendered(self, name: str) -> list[str]:
        docs = self.corpus.documents()
        try:
            found = self.programs.get(name)
            if isinstance(found, Missing):
                raise found
            if found is not None:
                found.result()
            else:
                _render(name, docs)
        except Missing as exc:
            _missing(name, str(exc))
            raise AssertionError from None  # not reached
        return [_RENDERED[name][d] for d in docs]


@contextmanager
def _started(corpus: Corpus) -> Iterator[Run]:
    """The programs started at once, beside the Python engines, in a run of the suite in one process.
    Under pytest-xdist each worker runs some of the engines' tests, and the other workers' share of
    the cores: a program renders there only when its test asks (:func:`_render`, in :meth:`Run.rendered`)."""
    docs = corpus.documents()
    with ThreadPoolExecutor(max_workers=len(ENGINES)) as pool:
        programs: dict[str, Future[None] | Missing] = {}
        for name, engine in ENGINES.items():
            if engine.program and not os.environ.get("PYTEST_XDIST_WORKER"):
                try:
                    engine.make()  # raises Missing at once
                    programs[name] = pool.submit(_render, name, docs)
                except Missing as exc:
                    programs[name] = exc
        yield Run(corpus, programs)


@pytest.fixture(scope="module", autouse=True)
def _forget_renderings() -> Iterator[None]:
    yield
    for done in _RENDERED.values():
        done.clear()


@pytest.fixture(scope="module")
def exhaustive() -> Iterator[Run]:
    with _started(_rounds(exhaustive=True)) as run:
        yield run


@pytest.fixture(scope="module")
def sampled() -> Iterator[Run]:
    with _started(_rounds(exhaustive=False)) as run:
        yield run


def _check(name: str, corpus: Corpus, out: list[str]) -> None:
    engine = ENGINES[name]
    base = {key: _read(out[i], engine) for i, key in enumerate(corpus.baselines)}
    for key, (events, _) in base.items():
        assert not any(e[0] in ("comment", "decl", "pi", "unknown") for e in events), (name, key, events)
    live: list[str] = []
    unfaithful: list[str] = []
    for draft_, html_text in zip(corpus.drafts, out[len(base) :], strict=True):
        events, text = _read(html_text, engine)
        want_events, want_text = base[draft_.example, draft_.lang, bool(draft_.addresses)]
        if draft_.addresses:
            where = f"{draft_.example} ({draft_.lang}) with {draft_.addresses[:3]}…"
            wrong = _bad_links(events, want_events, draft_.addresses)
            missing = _unshown_addresses(want_text, draft_.addresses, text, engine)
        else:
            where = f"{draft_.example} ({draft_.lang}) with {list(dict.fromkeys(draft_.values))[:3]}…"
            wrong = [e for e in events if e not in want_events] or [e for e in want_events if e not in events]
            same = _paragraphs_joined(events) == _paragraphs_joined(want_events)
            wrong = wrong or ([] if same else ["the same elements in another order"])
            missing = _unshown(corpus.baselines[draft_.example, draft_.lang, False], draft_, text, engine)
        if wrong:
            live.append(f"{where}: {wrong[:3]}")
        elif missing:
            unfaithful.append(f"{where}: does not show {missing[:3]} in {text[:300]!r}")
    assert not live, f"{name}: {len(live)} of {len(corpus.drafts)} drafts with markup from facts:\n" + "\n".join(
        live[:8]
    )
    assert not unfaithful, f"{name}: {len(unfaithful)} drafts do not show the facts as written:\n" + "\n".join(
        unfaithful[:8]
    )


def _web(address: str) -> str:
    return address if re.match(r"https?://", address, re.I) else f"https://{address}"


def _bad_links(events: list[tuple[str, ...]], want: list[tuple[str, ...]], addresses: Sequence[str]) -> list[object]:
    """Elements other than the baseline's, and links anywhere but to the addresses given, as given."""

    def masked(found: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
        return [tuple("href=…" if a.startswith("href=") else a for a in e) for e in found]

    if masked(events) != masked(want):
        return [e for e in masked(events) if e not in masked(want)] or ["the same elements in another order"]
    hosts = {urlsplit(_web(a)).netloc.lower() for a in addresses if "@" not in a or "/" in a}
    mails = {a for a in addresses if re.fullmatch(r"[^/@]+@[^/@]+", a)}
    wrong: list[object] = []
    for e in events:
        for attr in e[2:]:
            if not attr.startswith("href="):
                continue
            href = attr.removeprefix("href=")
            parts = urlsplit(href)
            if parts.scheme == "mailto":
                ok = unquote(parts.path) in mails
            else:
                ok = parts.scheme in ("http", "https") and parts.netloc.lower() in hosts
            if not ok:
                wrong.append(href)
    return wrong


def _unshown_addresses(baseline_text: str, addresses: Sequence[str], text: str, engine: Engine) -> list[str]:
    """The addresses ``text`` does not show as often as the baseline shows their slots' tokens."""
    wanted: dict[str, int] = {}
    for m in _ADDRESS_TOKEN.finditer(baseline_text):
        address = addresses[int(m.group(1) or m.group(2))]
        shown = _squeeze(address if m.group(2) else url_label(_web(address)), engine)
        wanted[shown] = wanted.get(shown, 0) + 1
    return [shown for shown, times in wanted.items() if text.count(shown) < times]


@pytest.mark.slow
@pytest.mark.parametrize("name", list(ENGINES))
def test_every_payload_in_every_fact_is_inert_and_shown_as_written(name: str, exhaustive: Run) -> None:
    """Every example in every round: each payload in each text slot of each template."""
    _check(name, exhaustive.corpus, exhaustive.rendered(name))


@pytest.mark.parametrize("name", list(ENGINES))
def test_facts_are_inert_and_shown_as_written(name: str, sampled: Run) -> None:
    """Each example in a tenth of the rounds: every payload in a spread of slots, every language."""
    _check(name, sampled.corpus, sampled.rendered(name))


def test_the_rounds_put_every_payload_in_every_slot(sampled: Run) -> None:
    n = len(PAYLOADS)
    assert n == len(set(PAYLOADS)) >= 60
    for path in EXAMPLES:
        slots = list(_slots(yaml.safe_load(path.read_text(encoding="utf-8"))))
        assert 15 <= len(slots) <= n, path.name
        for i in range(len(slots)):  # exhaustive: round r puts payload r + i in slot i
            assert {PAYLOADS[(r + i) % n] for r in range(n)} == set(PAYLOADS)
    drafts = sampled.corpus.drafts
    assert {v for d in drafts if not d.addresses for v in d.values} == set(PAYLOADS)
    assert {a for d in drafts for a in d.addresses} == set(ADDRESSES) | set(EMAILS)
    assert {d.lang for d in drafts} == {lang for _, lang, _ in sampled.corpus.baselines}


def test_the_facts_file_gives_the_same_drafts(tmp_path: Path) -> None:
    """The corpus skips YAML for speed; through a facts file every payload gives the same draft."""
    path = EXAMPLES[0]
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    slots = list(_slots(data))
    for r in range(0, len(PAYLOADS), len(slots)):
        values = [PAYLOADS[(r + i) % len(PAYLOADS)] for i in range(len(slots))]
        filled = _filled(data, slots, values)
        facts_file = tmp_path / f"round{r}.yaml"
        facts_file.write_text(yaml.safe_dump(filled, allow_unicode=True), encoding="utf-8")
        facts = _facts(filled)
        assert draft(facts_file).markdown == {lang: render_markdown(facts, lang) for lang in facts.languages}


def test_the_check_finds_markup_and_missing_text() -> None:
    """The check itself: a fact that became an element, and one that is not shown, are both reported."""
    baseline = Draft("x", "en", "# zq0qz\n\nSee zq1qz.\n", ())
    live = Draft("x", "en", "# <img src=x onerror=alert(1)>\n\nSee b.\n", ("<img src=x onerror=alert(1)>", "b"))
    lost = Draft("x", "en", "# a\n\nSee c.\n", ("a", "b"))
    for found, message in ((live, "drafts with markup from facts"), (lost, "do not show the facts as written")):
        corpus = Corpus({("x", "en", False): baseline}, [found])
        with pytest.raises(AssertionError, match=message):
            _check("markdown-it", corpus, ENGINES["markdown-it"].make()(corpus.documents()))


# --- quotations inside a quotation -------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "value", "shown"),
    [
        ("en", 'danger "Admonition"', "danger ‘Admonition’"),
        ("en", "O'Brien's \"Roar\", then 'single'", "O’Brien’s ‘Roar’, then 'single'"),
        ("en", "“Excellence” for all", "‘Excellence’ for all"),
        ("en", '<a href="x">click</a> ("y")', "<a href=‘x’>click</a> (‘y’)"),
        ("pt", 'o "Roar" d\'O Mar', "o “Roar” d’O Mar"),
        ("pt", "o «Roar»", "o “Roar”"),
        ("es", 'la "Excelencia", ¿no?', "la “Excelencia”, ¿no?"),
        ("es", "«Excelencia» y « más »", "“Excelencia” y “más”"),
        ("fr", "l'ONU et « Roar »", "l’ONU et “Roar”"),
        ("fr", 'dit : "oui".', "dit\u00a0: “oui”."),
        ("de", 'ein "Zitat"', 'ein "Zitat"'),  # no marks known for the language: as written
    ],
)
def test_a_quotation_inside_a_quotation_takes_the_inner_marks(lang: str, value: str, shown: str) -> None:
    assert nested(value, words(lang)) == shown


def test_the_templates_print_a_motto_and_a_quote_inside_the_language_marks() -> None:
    """The mottos and quotes drafted show their quotations with the language's inner marks."""
    path = next(p for p in EXAMPLES if p.stem == "ondabio-gold-2026")
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["award"]["motto"] = 'Striving for "Excellence"'
    data["quotes"][0]["text"] = {lang: "We said \"yes\" to O'Brien's plan." for lang in data["quotes"][0]["text"]}
    facts = _facts(data)
    for lang in facts.languages:
        (start, end), (inner_start, inner_end) = words(lang).quotes, words(lang).inner_quotes
        space = "\u00a0" if lang == "fr" else ""
        markdown = render_markdown(facts, lang)
        assert f"({start}{space}Striving for {inner_start}Excellence{inner_end}{space}{end})" in markdown, lang
        # Spanish puts the last full stop after the closing mark: «… plan».
        ending = f"plan{end}." if lang == "es" else f"plan.{space}{end}"
        assert f"> {start}{space}We said {inner_start}yes{inner_end} to O’Brien’s {ending}\n" in markdown, lang
