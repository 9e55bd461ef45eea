"""A draft cut into blocks of HTML, with chosen stretches of its text marked.

The review page shows each version as blocks (the paragraphs ``drafter
check`` compares, or an HTML draft's elements) with every fact mention
wrapped in a ``<mark>``. A Markdown block is rendered with the same options as
``drafter draft --format html``, after a private-use character has been put
before and after each stretch; the characters come through the renderer as
text and are turned into tags afterwards, closing and reopening a mark around
any tag it would otherwise straddle, so the result is always well nested. A
stretch that ends up inside a link's address marks the link's text instead.
Plain text and HTML drafts are shown as escaped text.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from urllib.parse import unquote

from markdown_it import MarkdownIt

_OPEN = 0xF0000  # supplementary private use area A: the start of stretch n is chr(_OPEN + n)
_CLOSE = 0x100000  # area B: its end
_MAX = 0xFFFE
_PRIVATE = re.compile("[\U000f0000-\U0010ffff]")
_ENCODED = re.compile(r"%F3%B[0-9A-F](?:%[0-9A-F]{2}){2}|%F4%8[0-9A-F](?:%[0-9A-F]{2}){2}", re.I)
_TAG = re.compile(r"(<[^>]*>)")
_UNSHOWN = re.compile(r"<!--.*?-->|<script\b.*?</script>|<style\b.*?</style>|<[^>]*>", re.S | re.I)
_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);", re.I)
_ALT = re.compile(r'\balt="([^"]*)"')
_HTML_BLOCK = re.compile(
    r"<(/?)(p|h[1-6]|li|ul|ol|blockquote|div|section|article|header|footer|aside|table|tr|td|th|br|hr|pre|dd|dt)\b[^>]*>",
    re.I,
)


class _Parser(MarkdownIt):
    """``drafter draft``'s Markdown renderer, but for sentinels in a link's address.

    The address is normalized without them (a host is not turned into
    punycode around them), and they are put back after it, so that the mark
    they open can follow the link to its text.
    """

    def normalizeLink(self, url: str) -> str:  # markdown-it's name
        sentinels = "".join(_PRIVATE.findall(url))
        return str(super().normalizeLink(_PRIVATE.sub("", url))) + sentinels


@cache
def _parser() -> MarkdownIt:
    return _Parser("commonmark", {"html": False, "typographer": False})


@dataclass(frozen=True)
class Stretch:
    """Text to mark: ``start`` to ``end`` in the draft, and the tag that opens its mark.

    ``again`` opens the mark when it has to be reopened after a tag (it should
    not repeat an id or a tab stop).
    """

    start: int
    end: int
    tag: str
    again: str


@dataclass(frozen=True)
class Block:
    """One block of a draft: where it stands in the text, and how it is shown."""

    start: int
    end: int
    html: str
    text: str  # the block as plain text, for copying


def offsets(text: str) -> list[int]:
    """Where each line starts, so that ``offsets(text)[line - 1] + column - 1`` is a position."""
    return [0] + [m.end() for m in re.finditer("\n", text)]


def position(starts: Sequence[int], size: int, line: int, column: int) -> int:
    """The offset of a 1-based line and column, kept inside the text."""
    line = min(max(line, 1), len(starts))
    return min(starts[line - 1] + max(column, 1) - 1, size)


def blocks(
    text: str, raw: str, kind: str, paragraphs: Sequence[tuple[int, int]], marks: Sequence[Stretch]
) -> list[Block]:
    """``text`` (markup blanked, as checked) cut into blocks, each rendered with ``marks`` in it.

    ``kind`` is the draft's format: "md", "txt" or "html". ``paragraphs`` are
    first and last lines, as :func:`drafter.compare.paragraphs` gives them.
    """
    text = _PRIVATE.sub("\ufffd", text)
    raw = _PRIVATE.sub("\ufffd", raw)
    starts = offsets(text)
    if kind == "html":
        spans = _html_spans(raw, text)
    else:
        spans = [(starts[first - 1], _line_end(text, starts, last)) for first, last in paragraphs]
    ordered = _usable(text, marks)
    out = []
    for start, end in spans:
        inside = [(n, s) for n, s in enumerate(ordered) if start <= s.start and s.end <= end]
        chars: Sequence[str] = _shown_html(text, raw, start, end) if kind == "html" else text[start:end]
        source = _with_sentinels(chars, start, inside)
        if kind == "md":
            rendered = _parser().render(source).strip()
            plain = ""  # Markdown is copied as a whole, by emit.to_text
        elif kind == "txt":
            rendered = "<p>" + html.escape(source, quote=False).strip().replace("\n", "<br>\n") + "</p>"
            plain = text[start:end].strip()
        else:
            tag = _element(raw, start)
            rendered = f"<{tag}>" + _squeeze(html.escape(source, quote=False)) + f"</{tag.split()[0]}>"
            plain = _squeeze(html.unescape(_UNSHOWN.sub("", raw[start:end])))
        out.append(Block(start, end, _resolve(rendered, ordered), plain))
    return out


def _line_end(text: str, starts: Sequence[int], line: int) -> int:
    return starts[line] - 1 if line < len(starts) else len(text)


def _usable(text: str, marks: Sequence[Stretch]) -> list[Stretch]:
    """Marks in order, without overlaps, that stand within the text; at most as many as there are sentinels."""
    out: list[Stretch] = []
    for mark in sorted(marks, key=lambda m: (m.start, -m.end)):
        if mark.start >= mark.end or mark.end > len(text) or (out and mark.start < out[-1].end):
            continue
        out.append(mark)
    return out[:_MAX]


def _with_sentinels(chars: Sequence[str], start: int, inside: Sequence[tuple[int, Stretch]]) -> str:
    """``chars`` (the text from ``start`` on) with each stretch's sentinels around it."""
    parts = []
    at = 0
    for n, mark in inside:
        a, b = mark.start - start, mark.end - start
        parts += ["".join(chars[at:a]), chr(_OPEN + n), "".join(chars[a:b]), chr(_CLOSE + n)]
        at = b
    parts.append("".join(chars[at:]))
    return "".join(parts)


def _squeeze(text: str) -> str:
    """Runs of ASCII white space as one space; no-break spaces stay."""
    return re.sub(r"[ \t\n\r\f\v]+", " ", text).strip(" ")


def _shown_html(text: str, raw: str, start: int, end: int) -> list[str]:
    """What each character of an HTML block shows: nothing for tags and an entity's padding.

    A link's address, which checking reads in place of its tag, stays, with a
    space either side.
    """
    chars = list(text[start:end])
    for match in _UNSHOWN.finditer(raw, start, end):
        kept = False
        for i in range(match.start(), match.end()):
            if text[i] in " \t\n\r\f\v":
                chars[i - start] = ""
            else:
                kept = True
        if kept:
            chars[match.start() - start] = " " + chars[match.start() - start]
            chars[match.end() - 1 - start] += " "
    for match in _ENTITY.finditer(raw, start, end):
        for i in range(match.start() + 1, match.end()):
            if text[i] == " ":
                chars[i - start] = ""
    return chars


def _html_spans(raw: str, text: str) -> list[tuple[int, int]]:
    """An HTML draft's blocks: the stretches between block-level tags that hold some text."""
    cuts = [0]
    for match in _HTML_BLOCK.finditer(raw):
        cuts += [match.start(), match.end()]
    cuts.append(len(raw))
    spans = []
    for start, end in zip(cuts[::2], cuts[1::2], strict=True):
        if text[start:end].strip():
            spans.append((start, end))
    return spans


def _element(raw: str, start: int) -> str:
    """How to show an HTML block: as the heading or list item it follows, else as a paragraph."""
    before = list(_HTML_BLOCK.finditer(raw, 0, start))
    if before and not before[-1].group(1):
        name = before[-1].group(2).lower()
        if name in ("h1", "h2", "h3", "h4", "h5", "h6"):
            return name
        if name == "li":
            return 'p class="li"'
    return "p"


def _resolve(rendered: str, marks: Sequence[Stretch]) -> str:
    """Sentinels into mark tags, well nested: a mark is closed before any tag and reopened after it."""
    out: list[str] = []
    active: int | None = None  # the stretch open in the text
    link: int | None = None  # the stretch whose sentinels were in the open link's address
    shown: int | None = None  # the stretch whose mark tag is open in ``out``
    begun: set[int] = set()

    def close() -> None:
        nonlocal shown
        if shown is not None:
            out.append("</mark>")
            shown = None

    for part in _TAG.split(rendered):
        if part.startswith("<"):
            close()
            codes = [ord(c) for c in _PRIVATE.findall(part) + [unquote(e) for e in _ENCODED.findall(part)]]
            if active is not None and _CLOSE + active in codes:
                active = None  # a stretch that ends inside a tag ends there
            opened = [code - _OPEN for code in codes if code < _CLOSE]
            part = _ENCODED.sub("", _PRIVATE.sub("", part))
            if re.match(r"<a\b", part, re.I) and opened and active is None:
                link = opened[0]
            elif re.match(r"</a\b", part, re.I):
                link = None
            elif re.match(r"<img\b", part, re.I):
                alt = _ALT.search(part)
                part = f'<span class="img">[image: {alt.group(1) if alt else ""}]</span>'  # never fetched
            out.append(part)
            continue
        for char in part:
            code = ord(char)
            if code >= _CLOSE:
                if active == code - _CLOSE:
                    close()
                    active = None
                continue
            if code >= _OPEN:
                close()
                active = code - _OPEN
                continue
            current = active if active is not None else link
            if current is not None and shown != current and not char.isspace():
                close()
                out.append(marks[current].again if current in begun else marks[current].tag)
                begun.add(current)
                shown = current
            out.append(char)
    close()
    return "".join(out)
