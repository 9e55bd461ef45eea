"""Turn a Markdown draft into the other output formats.

HTML comes from markdown-it-py's CommonMark renderer with raw HTML off, and
two rules on its token stream (:func:`cms_rules`, markdown-it's own way to
change what it makes), so that the fragment pastes into a CMS as it should:

- The headline, the draft's first ``#`` heading, is left out unless asked
  for: a CMS prints the post's title as the page's ``h1`` (the title is the
  JSON's ``title``).
- A block quote whose last paragraph opens with a dash is the quote, then
  who said it: ``figure`` holds the ``blockquote`` and a ``figcaption``, as
  the HTML standard wants an attribution outside the quotation.

So the fragment holds only the elements in :data:`ELEMENTS` and no attribute
but ``href``. Plain text and Word documents (:mod:`drafter.office`) are
rendered from the same token stream, so the formats cannot disagree. The
HTML and the text are made by cmark instead, in C, where it gives the same
bytes (:mod:`drafter.cmark`): markdown-it's parse was most of the time of
drafting an archive. The formats are a registry, :data:`FORMATS`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:  # markdown-it is imported when a format is first rendered, not when drafter starts
    from markdown_it import MarkdownIt
    from markdown_it.rules_core import StateCore
    from markdown_it.token import Token

    from .office import Reference

ELEMENTS = ("h1", "h2", "p", "ul", "li", "figure", "blockquote", "figcaption", "hr", "a", "strong", "em")
"""Every element an HTML draft may hold, in the order the README lists them."""

_DASHES = ("—", "―")
"""What opens an attribution: an em dash, or a quotation dash."""

_WITHOUT_TITLE = "drafter_without_title"
"""The key of markdown-it's ``env`` that has the headline left out."""


def cms_rules(md: MarkdownIt) -> None:
    """A markdown-it plugin: quotes as figures with their attribution, and the headline left out when
    the render's ``env`` asks (``{"drafter_without_title": True}``)."""
    md.core.ruler.push("drafter_quote_figures", _quote_figures)
    md.core.ruler.push("drafter_without_title", _without_title)


OPTIONS = {"html": False, "typographer": False, "xhtmlOut": False}
"""markdown-it's options: no raw HTML, no typographic replacements, and HTML's own ``<hr>`` (as a
browser copies it), not XHTML's ``<hr />``."""


@cache
def _parser() -> MarkdownIt:
    from markdown_it import MarkdownIt

    parser = MarkdownIt("commonmark", OPTIONS).use(cms_rules)
    # A release names its links in every language, and an archive the same sites again and again:
    # normalising a link (parsing the URL, punycode, percent-encoding) took a tenth of the parse.
    parser.normalizeLink = lru_cache(maxsize=LINKS_KEPT)(parser.normalizeLink)  # type: ignore[method-assign]
    return parser


LINKS_KEPT = 4096
"""Links whose normal form is kept: a pure function of the link, so only memory is at stake."""


def tokens(markdown: str) -> list[Token]:
    """The draft's block tokens, quotes made figures: what every format but Markdown is written from.

    Parsed once for every format: the tokens of the last drafts are kept (a new list each call, the
    same tokens in it; read them, do not change them)."""
    return list(_parsed(markdown))


PARSED_KEPT = 64
"""Drafts whose tokens are kept: every language of a release, while its formats are written."""


@lru_cache(maxsize=PARSED_KEPT)
def _parsed(markdown: str) -> tuple[Token, ...]:
    return tuple(_parser().parse(markdown))


def _closing(tokens: Sequence[Token], start: int) -> int:
    """The index of the token that closes the one opened at ``start``."""
    depth = 0
    for i in range(start, len(tokens)):
        depth += tokens[i].nesting
        if depth == 0:
            return i
    return len(tokens) - 1


def _attribution(tokens: list[Token], start: int, end: int) -> int | None:
    """Where the attribution paragraph of the block quote from ``start`` to ``end`` opens: its last
    block, a paragraph opening with a dash, after at least one other block. None if it has none."""
    if end - start < 7 or tokens[end - 1].type != "paragraph_close":
        return None
    opening = end - 3
    inline = tokens[opening + 1]
    if tokens[opening].type != "paragraph_open" or tokens[opening].level != tokens[start].level + 1:
        return None
    return opening if inline.content.lstrip().startswith(_DASHES) else None


def _quote_figures(state: StateCore) -> None:
    """``> quote`` ``>`` ``> — who`` becomes figure > (blockquote > p), figcaption."""
    tokens = state.tokens
    out: list[Token] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if token.type != "blockquote_open":
            out.append(token)
            i += 1
            continue
        end = _closing(tokens, i)
        caption = _attribution(tokens, i, end)
        if caption is None:
            out.extend(tokens[i : end + 1])
            i = end + 1
            continue
        level = token.level
        for inner in tokens[i:caption]:
            inner.level += 1
        figure = _block("figure_open", "figure", 1, level, token.map)
        captioned = _block("figcaption_open", "figcaption", 1, level + 1, tokens[caption].map)
        inline = tokens[caption + 1]
        inline.level = level + 2
        tokens[end].level = level + 1
        out += [figure, *tokens[i:caption], tokens[end], captioned, inline]
        out += [_block("figcaption_close", "figcaption", -1, level + 1), _block("figure_close", "figure", -1, level)]
        i = end + 1
    state.tokens = out


def _block(kind: str, tag: str, nesting: Literal[-1, 1], level: int, lines: list[int] | None = None) -> Token:
    from markdown_it.token import Token

    token = Token(kind, tag, nesting, map=lines, block=True)
    token.level = level
    return token


def _without_title(state: StateCore) -> None:
    """Leave out the first ``h1`` (its opening, text and closing) when the render asks."""
    if not state.env.get(_WITHOUT_TITLE):
        return
    for i, token in enumerate(state.tokens):
        if token.type == "heading_open" and token.tag == "h1":
            del state.tokens[i : _closing(state.tokens, i) + 1]
            return


def to_html(markdown: str, *, with_title: bool = False) -> str:
    """A semantic fragment with no styles, classes or page wrapper; the headline only ``with_title``."""
    from . import cmark  # here, not when drafter starts

    fast = cmark.html(markdown, with_title=with_title)
    if fast is not None:
        return fast
    stream = tokens(markdown)
    if not with_title:  # as :func:`_without_title` does in a parse, on the tokens parsed once
        for i, token in enumerate(stream):
            if token.type == "heading_open" and token.tag == "h1":
                del stream[i : _closing(stream, i) + 1]
                break
    parser = _parser()
    html: str = parser.renderer.render(stream, parser.options, {})
    return html


def to_text(markdown: str) -> str:
    """Paragraphs separated by one blank line, list items one a line, no markup; the headline first."""
    from . import cmark

    fast = cmark.text(markdown)
    if fast is not None:
        return fast
    blocks: list[str] = []
    items: list[str] = []
    in_list = 0
    for token in _parsed(markdown):
        if token.type in ("bullet_list_open", "ordered_list_open"):
            in_list += 1
        elif token.type in ("bullet_list_close", "ordered_list_close"):
            in_list -= 1
            if not in_list:
                blocks.append("\n".join(items))
                items = []
        elif token.type == "inline":
            text = _inline_text(token)
            if in_list:
                items.append(f"• {text}")
            else:
                blocks.append(text)
    return "\n\n".join(blocks) + "\n"


def _url_label(href: str) -> str:
    from .localize import url_label  # with Babel, imported when a draft is first rendered

    return url_label(href)


def _inline_text(token: Token) -> str:
    out: list[str] = []
    href: str | None = None
    start = 0
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            out.append(child.content)
        elif child.type == "softbreak":
            out.append(" ")
        elif child.type == "hardbreak":
            out.append("\n")
        elif child.type == "link_open":
            href = str(child.attrs.get("href", ""))
            start = len(out)
        elif child.type == "link_close" and href is not None:
            shown = "".join(out[start:])
            label = href.removeprefix("mailto:") if href.startswith("mailto:") else _url_label(href)
            if shown.strip() != label:
                out.append(f" ({label})")
            href = None
    return "".join(out)


def title(markdown: str) -> str:
    """The text of the first level-one heading."""
    tokens = _parsed(markdown)
    for i, token in enumerate(tokens):
        if token.type == "heading_open" and token.tag == "h1":
            return _inline_text(tokens[i + 1])
    return ""


def subtitle(markdown: str) -> str | None:
    """The line under the headline: the paragraph right after it, if all of it is bold."""
    tokens = _parsed(markdown)
    for i, token in enumerate(tokens):
        if token.type == "heading_open" and token.tag == "h1":
            after = _closing(tokens, i) + 1
            if after + 1 >= len(tokens) or tokens[after].type != "paragraph_open":
                return None
            children = [c for c in tokens[after + 1].children or [] if c.type != "text" or c.content]
            whole = (
                len(children) >= 3
                and children[0].type == "strong_open"
                and children[-1].type == "strong_close"
                and _closing(children, 0) == len(children) - 1
            )
            return _inline_text(tokens[after + 1]) if whole else None
    return None


def to_json(drafts: Mapping[str, str], source: str, *, with_title: bool = False) -> str:
    """Every language's title, subtitle, Markdown, HTML and text in one object, for a CMS import."""
    payload = {
        "source": source,
        "languages": list(drafts),
        "drafts": {
            lang: {
                "title": title(md),
                "subtitle": subtitle(md),
                "markdown": md,
                "html": to_html(md, with_title=with_title),
                "text": to_text(md),
            }
            for lang, md in drafts.items()
        },
    }
    import json

    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


@dataclass(frozen=True)
class Request:
    """What a format writes from: each language's Markdown, and what some formats need besides."""

    drafts: Mapping[str, str]
    source: str
    """The facts file's name."""
    with_title: bool = False
    locales: Mapping[str, str] = field(default_factory=dict)
    """The release's locale per language, where not the European default (pt: pt_BR)."""
    day: dt.date | None = None
    """The release's date: a Word document's date."""
    reference: Reference | None = None
    """A press office's reference document, for the styles of a Word document."""


Write = Callable[[Request], dict[str, str] | dict[str, bytes]]
"""The files of a format, file name to text (or bytes, for a binary format)."""


@dataclass(frozen=True)
class Format:
    """One output format of ``drafter draft --format``."""

    summary: str
    write: Write
    titled: bool = False
    """Whether ``with_title`` changes it (Markdown and text always start with the headline)."""
    binary: bool = False
    """Bytes, not text: never written to a terminal."""
    styled: bool = False
    """Whether ``--reference-doc`` gives its styles."""


def _each(ext: str, render: Callable[[str, bool], str]) -> Write:
    """One file per language, ``<lang>.<ext>``."""
    return lambda job: {f"{lang}.{ext}": render(md, job.with_title) for lang, md in job.drafts.items()}


def _docx(job: Request) -> dict[str, bytes]:
    from .office.writer import each_language  # python-docx, imported when a Word document is first written

    return dict(each_language(job.drafts, job.locales, job.day, job.reference))


FORMATS: dict[str, Format] = {
    "md": Format("CommonMark", _each("md", lambda md, _titled: md)),
    "html": Format(
        "a fragment for a CMS",
        _each("html", lambda md, titled: to_html(md, with_title=titled)),
        titled=True,
    ),
    "txt": Format("plain text", _each("txt", lambda md, _titled: to_text(md))),
    "json": Format(
        "all languages for a CMS import",
        lambda job: {"release.json": to_json(job.drafts, job.source, with_title=job.with_title)},
        titled=True,
    ),
    "docx": Format("Word documents", _docx, binary=True, styled=True),
}


def write(
    fmt: str,
    drafts: Mapping[str, str],
    source: str,
    *,
    with_title: bool = False,
    locales: Mapping[str, str] | None = None,
    day: dt.date | None = None,
    reference: Reference | None = None,
) -> dict[str, str] | dict[str, bytes]:
    """File name to content for the format ``fmt``: ``<lang>.<ext>`` each, or one ``release.json``."""
    try:
        chosen = FORMATS[fmt]
    except KeyError:
        raise ValueError(fmt) from None
    return chosen.write(Request(drafts, source, with_title, locales or {}, day, reference))
