"""A draft cut into blocks of HTML, with chosen stretches of its text marked.

The review page shows each version as blocks (the paragraphs ``drafter
check`` compares, or an HTML draft's elements) with every fact mention
wrapped in a ``<mark>``. A Markdown block is rendered with the same options
and rules as ``drafter draft --format html --with-title`` (the headline is
shown), after a private-use character has been put before and after each
stretch; the characters come through the renderer as
text and are turned into tags afterwards, closing and reopening a mark around
any tag it would otherwise straddle, so the result is always well nested. A
stretch that ends up inside a link's address marks the link's text instead.
Plain text and HTML drafts are shown as escaped text.

Every step reads only its own block's part of the draft (the marks of a
block are found by bisection, markup is scanned as ``drafter check`` blanks
it), so that a page takes time in proportion to the draft.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from urllib.parse import unquote

from markdown_it import MarkdownIt

from ..emit import OPTIONS, cms_rules

_OPEN = 0xF0000  # supplementary private use area A: the start of stretch n is chr(_OPEN + n)
_CLOSE = 0x100000  # area B: its end
_MAX = 0xFFFE  # sentinels are numbered within a block: at most this many marks in one block
_PRIVATE = re.compile("[\U000f0000-\U0010ffff]")
_ENCODED = re.compile(r"%F3%B[0-9A-F](?:%[0-9A-F]{2}){2}|%F4%8[0-9A-F](?:%[0-9A-F]{2}){2}", re.I)
_TAG = re.compile(r"(<[^>]*>)")
_OPENING = re.compile(r"<(?:(?P<comment>!--)|(?P<script>script\b)|(?P<style>style\b))?", re.I)
_CLOSING = {
    "comment": re.compile("-->"),
    "script": re.compile("</script>", re.I),
    "style": re.compile("</style>", re.I),
}
_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);", re.I)
_ALT = re.compile(r'\balt="([^"]*)"')
_HTML_BLOCK = re.compile(  # a block-level tag, up to the ">" that ends it (see _html_spans)
    r"<(/?)(p|h[1-6]|li|ul|ol|blockquote|figure|figcaption|div|section|article|header|footer|aside|table|tr|td|th|br|hr|pre|dd|dt)\b",
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
    return _Parser("commonmark", OPTIONS).use(cms_rules)  # the headline kept: no env leaves it out


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
        spans = [(starts[first - 1], _line_end(text, starts, last), "") for first, last in paragraphs]
    ordered = _usable(text, marks)
    # Marks do not overlap, so their starts and their ends both rise: a block's are a run of them.
    mark_starts = [s.start for s in ordered]
    mark_ends = [s.end for s in ordered]
    out = []
    for start, end, tag in spans:
        inside = ordered[bisect_left(mark_starts, start) : bisect_right(mark_ends, end)][:_MAX]
        unshown = list(_unshown(raw, start, end)) if kind == "html" else []
        chars: Sequence[str] = _shown_html(text, raw, start, end, unshown) if kind == "html" else text[start:end]
        source = _with_sentinels(chars, start, inside)
        if kind == "md":
            rendered = _parser().render(source).strip()
            plain = ""  # Markdown is copied as a whole, by emit.to_text
        elif kind == "txt":
            rendered = "<p>" + html.escape(source, quote=False).strip().replace("\n", "<br>\n") + "</p>"
            plain = text[start:end].strip()
        else:
            rendered = f"<{tag}>" + _squeeze(html.escape(source, quote=False)) + f"</{tag.split()[0]}>"
            plain = _squeeze(html.unescape(_without(raw, start, end, unshown)))
        out.append(Block(start, end, _resolve(rendered, inside), plain))
    return out


def _line_end(text: str, starts: Sequence[int], line: int) -> int:
    return starts[line] - 1 if line < len(starts) else len(text)


def _usable(text: str, marks: Sequence[Stretch]) -> list[Stretch]:
    """Marks in order, without overlaps, that stand within the text."""
    out: list[Stretch] = []
    for mark in sorted(marks, key=lambda m: (m.start, -m.end)):
        if mark.start >= mark.end or mark.end > len(text) or (out and mark.start < out[-1].end):
            continue
        out.append(mark)
    return out


def _with_sentinels(chars: Sequence[str], start: int, inside: Sequence[Stretch]) -> str:
    """``chars`` (the text from ``start`` on) with the sentinels of stretch n (of ``inside``) around it."""
    parts = []
    at = 0
    for n, mark in enumerate(inside):
        a, b = mark.start - start, mark.end - start
        parts += ["".join(chars[at:a]), chr(_OPEN + n), "".join(chars[a:b]), chr(_CLOSE + n)]
        at = b
    parts.append("".join(chars[at:]))
    return "".join(parts)


def _squeeze(text: str) -> str:
    """Runs of ASCII white space as one space; no-break spaces stay."""
    return re.sub(r"[ \t\n\r\f\v]+", " ", text).strip(" ")


def _unshown(raw: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    r"""Where ``<!--.*?-->|<script\b.*?</script>|<style\b.*?</style>|<[^>]*>`` (re.S | re.I) matches in a block.

    As :func:`drafter.checker.inputs.blank_markup` finds tags, but within
    ``start`` and ``end``, and in linear time: an opening is only followed to
    its closing when the block's last closing comes after it, so an opening
    never closed does not read the rest of the block.
    """
    last = {
        kind: max((m.start() for m in closing.finditer(raw, start, end)), default=-1)
        for kind, closing in _CLOSING.items()
    }
    last_angle = raw.rfind(">", start, end)
    pos = start
    while opening := _OPENING.search(raw, pos, end):
        at, kind = opening.start(), opening.lastgroup
        if kind and last[kind] >= opening.end():
            pos = _CLOSING[kind].search(raw, opening.end(), end).end()  # type: ignore[union-attr]
        elif last_angle > at:
            pos = raw.find(">", at + 1, end) + 1
        else:
            return  # no ">" after this "<" in the block: no tag, comment, script or style ends
        yield at, pos


def _without(raw: str, start: int, end: int, unshown: Sequence[tuple[int, int]]) -> str:
    """``raw[start:end]`` without the stretches ``unshown``."""
    parts = []
    at = start
    for a, b in unshown:
        parts.append(raw[at:a])
        at = b
    parts.append(raw[at:end])
    return "".join(parts)


def _shown_html(text: str, raw: str, start: int, end: int, unshown: Sequence[tuple[int, int]]) -> list[str]:
    """What each character of an HTML block shows: nothing for tags and an entity's padding.

    A link's address, which checking reads in place of its tag, stays, with a
    space either side.
    """
    chars = list(text[start:end])
    for first, after in unshown:
        kept = False
        for i in range(first, after):
            if text[i] in " \t\n\r\f\v":
                chars[i - start] = ""
            else:
                kept = True
        if kept:
            chars[first - start] = " " + chars[first - start]
            chars[after - 1 - start] += " "
    for match in _ENTITY.finditer(raw, start, end):
        for i in range(match.start() + 1, match.end()):
            if text[i] == " ":
                chars[i - start] = ""
    return chars


def _html_spans(raw: str, text: str) -> list[tuple[int, int, str]]:
    """An HTML draft's blocks: the stretches between block-level tags that hold some text, and their element.

    A tag runs from its name to the first ">" after it, as ``[^>]*>`` would
    match, but without reading on from a tag that no ">" follows.
    """
    cuts = [0]
    tags = [""]  # the opening or closing block tag's name before each stretch
    last_angle = raw.rfind(">")
    pos = 0
    while (match := _HTML_BLOCK.search(raw, pos)) and last_angle >= match.end():
        pos = raw.find(">", match.end()) + 1
        cuts += [match.start(), pos]
        tags.append(match.group(2).lower() if not match.group(1) else "")
    cuts.append(len(raw))
    spans = []
    for start, end, name in zip(cuts[::2], cuts[1::2], tags, strict=True):
        if text[start:end].strip():
            spans.append((start, end, _element(name)))
    return spans


def _element(name: str) -> str:
    """How to show an HTML block: as the heading or list item it follows, else as a paragraph."""
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
