"""A draft's HTML and plain text from GitHub's cmark, in C, where it gives what markdown-it gives.

markdown-it (:mod:`drafter.emit`) is the reference: its parse, in Python,
took about 2.3 ms a draft, the largest part of drafting an archive. cmark
(``cmarkgfm``, the CommonMark implementation PyPI renders READMEs with) reads
the same standard in about 0.06 ms. The two agree on drafter's drafts byte
for byte once the CMS rules are applied to cmark's HTML, except where they
are known to differ; there :func:`html` and :func:`text` answer None and the
caller parses with markdown-it:

- raw HTML and autolinks (anything with ``<``): markdown-it shows raw HTML as
  text, cmark leaves it out; they show a link's address differently;
- a link whose address holds ``%`` or ``'`` (cmark percent-encodes a
  non-ASCII host, markdown-it writes it in punycode; they differ on a ``%``
  with no two hex digits after it) or is refused (``javascript:``: cmark
  empties it, markdown-it leaves the brackets as text), and link definitions;
- ``*`` or ``_`` beside a symbol outside ASCII (€, ©): CommonMark 0.31,
  which markdown-it follows, counts symbols as punctuation around emphasis,
  cmark's 0.29 does not; emphasis inside emphasis, brackets inside brackets,
  code spans after a run of backticks;
- a space outside ASCII, or a vertical tab, at a paragraph's edge (markdown-it
  strips it), a line ending in a space or a backslash, a line break written
  as an entity, a heading or a rule inside a list item.

:func:`_agrees` looks for these in the Markdown, a few microseconds a draft;
what the two only write differently (``<hr />``, an empty quote or item on
two lines) is written as markdown-it writes it. drafter's own templates write
none of them: every example and golden draft goes through cmark.

The plain text is read from the same HTML, parsed as XML (cmark writes empty
elements as ``<hr />``), with the rules of :func:`drafter.emit.to_text`.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable

    from lxml.etree import _Element

DASHES = ("—", "―")
"""What opens an attribution: an em dash, or a quotation dash."""

KEPT = 64
"""Drafts whose HTML is kept: every language of a release, while its formats are written."""

_QUOTES = re.compile(r"<blockquote>\n|</blockquote>\n")
_ADDRESSES = re.compile(r' (?:href|src)="([^"]*)"')
_PLAIN_ADDRESS = re.compile(r"(?:[A-Za-z0-9\-._~:/?#@!$;=+,*()]|&amp;)+")
"""What both write alike in a link's address: mdurl (markdown-it) and houdini (cmark) keep these as
they are; cmark writes ``'`` as ``&#x27;``, and the two percent-encode differently (see above)."""


@lru_cache(maxsize=KEPT)
def _rendered(markdown: str) -> str | None:
    """cmark's HTML of ``markdown``, as it writes it; None where markdown-it may read it otherwise."""
    if not _agrees(markdown):
        return None
    import cmarkgfm  # imported when a draft is first rendered, not when drafter starts

    written: str = cmarkgfm.markdown_to_html(markdown)
    if all(_PLAIN_ADDRESS.fullmatch(address) for address in _ADDRESSES.findall(written)):
        return written
    return None


def _agrees(markdown: str) -> bool:
    """Whether ``markdown`` holds none of what the two read apart (the module's docstring, and below)."""
    if "<" in markdown or "]:" in markdown or "``" in markdown or any(c in markdown for c in _APART):
        return False  # "]:" a link's definition: markdown-it refuses some that cmark takes; "``" code
    if "&" in markdown and _LINE_END_ENTITY.search(markdown):
        return False
    return _lines_agree(markdown) and _plain_marks(_ESCAPED.sub("", markdown) if "\\" in markdown else markdown)


_APART = ("\r", "\x0b", "\x0c")
"""A line's end other than ``\\n`` (the checks below read lines), and two spaces markdown-it strips
from a paragraph's ends and cmark keeps."""
_LINE_END_ENTITY = re.compile(r"&(?:#0*1[03]|#[xX]0*[aAdD]|NewLine);")
"""A line break written as an entity: a character of the text, which XML would read as a line's end."""
_WIDE_SPACES = frozenset(
    "\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
"""Every space outside ASCII that Python's ``str.strip`` strips (``str.isspace``)."""
_MARKS = " \t#>*+-.)0123456789"
_DIGITS = tuple("0123456789")


_BLOCK_INSIDE = re.compile(r"([ \t>\-+*0-9.)]*?)(?:#|(?:[-*_=][ \t]*){3,}$)")
"""A heading or a rule (``---``, ``* * *``, a heading's ``===``) on a line: inside a list item, the two
may tell a list tight or loose apart, or lay the item out differently. At a line's start, or in a
quote, they agree."""


_QUOTE_MARKS = re.compile(r"> ?")


def _lines_agree(markdown: str) -> bool:
    """Whether no line ends in a space, a tab or a backslash (the two read a hard break's next line, and
    a line of spaces between a list's items, apart; drafter's drafts have none, see
    :func:`drafter.render._normalize`), and no space other than ASCII's starts a line's text (after a
    block's marks, not after a figure's digit) or ends a line: markdown-it strips it from a paragraph
    or a heading (Python's ``str.strip``), cmark keeps it."""
    wide = not markdown.isascii()
    for line in markdown.split("\n"):
        if line[-1:] in (" ", "\t", "\\"):
            return False
        inside = _BLOCK_INSIDE.match(line)
        if inside and _QUOTE_MARKS.sub("", inside.group(1)):  # anything but quotes' marks before it
            return False
        if not wide or not line:
            continue
        text = line.lstrip(_MARKS)
        if line[-1] in _WIDE_SPACES or (
            text and text[0] in _WIDE_SPACES and line[-len(text) - 1 : -len(text)] not in _DIGITS
        ):
            return False
    return True


_ESCAPED = re.compile(r"\\[\x21-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]")
_LINK_TEXT = re.compile(r"\[[^\[\]]*\]\(")
_DESTINATION = re.compile(r"\]\([^()\s]*\)")
_RULE = re.compile(r"[ >]*(?:\*[ \t]*){3,}")
"""A line that is a rule (``* * *``), not emphasis."""


def _plain_marks(bare: str) -> bool:
    """Whether, escaped marks left out, every bracket opens or closes a plain link's text (``[text](``,
    nothing nested) and emphasis is at most one ``**…**`` a line, touching no symbol outside ASCII.

    The two read brackets inside brackets and runs of ``*`` and ``_`` inside one another apart, and
    CommonMark 0.31, which markdown-it follows, counts symbols (€, ©) as punctuation beside emphasis,
    where cmark's 0.29 does not. Found with ``str.find``: a regular expression looking for ``*`` in a
    draft took longer than cmark's whole parse."""
    opened = bare.count("[")
    if opened != bare.count("]") or (opened and len(_LINK_TEXT.findall(bare)) != opened):
        return False
    text = _DESTINATION.sub("](", bare) if opened else bare  # an address may hold "_" or "*"
    if "_" in text:
        return False
    line, runs = -1, 0
    start = text.find("*")
    while start >= 0:
        end = start + 1
        while text[end : end + 1] == "*":
            end += 1
        begins = text.rfind("\n", 0, start) + 1
        if end - start != 2:
            ends = text.find("\n", end)
            if not _RULE.fullmatch(text, begins, len(text) if ends < 0 else ends):
                return False
        else:
            runs = runs + 1 if begins == line else 1
            line = begins
            if runs > 2 or any(_symbol(text[i]) for i in (start - 1, end) if 0 <= i < len(text)):
                return False
        start = text.find("*", end)
    return True


def _symbol(char: str) -> bool:
    return not char.isascii() and unicodedata.category(char).startswith("S")


def html(markdown: str, *, with_title: bool = False) -> str | None:
    """The fragment :func:`drafter.emit.to_html` makes, or None where markdown-it must make it."""
    written = _rendered(markdown)
    if written is None:
        return None
    # HTML's <hr>, as markdown-it writes it; no text holds " />" or "<"
    fragment = _figures(written.replace(" />", ">"))  # before the headline goes, as markdown-it's rules run
    if fragment is None:
        return None
    if not with_title:
        start = fragment.find("<h1>")
        if start >= 0:
            end = fragment.index("</h1>\n", start) + len("</h1>\n")
            fragment = fragment[:start] + fragment[end:]
    for empty, as_markdown_it_writes in _EMPTY:
        fragment = fragment.replace(empty, as_markdown_it_writes)
    return fragment


_EMPTY = (("<blockquote>\n</blockquote>", "<blockquote></blockquote>"), ("<li>\n</li>", "<li></li>"))
"""An empty quote or list item: on one line in markdown-it's HTML."""


def _figures(fragment: str) -> str | None:
    """Each outermost block quote whose last block is a paragraph opening with a dash, after another
    block, becomes figure > (blockquote, figcaption), as :func:`drafter.emit.cms_rules` does.

    cmark leaves raw HTML out, so every ``<`` in its output opens a tag it wrote."""
    out: list[str] = []
    done = depth = start = 0
    for tag in _QUOTES.finditer(fragment):
        if tag.group() == "<blockquote>\n":
            start = tag.start() if depth == 0 else start
            depth += 1
            continue
        depth -= 1
        if depth:
            continue
        inner = fragment[start + len("<blockquote>\n") : tag.start()]
        cut = inner.rfind("<p>")
        caption = inner[cut + len("<p>") : -len("</p>\n")]
        if not inner.endswith("</p>\n") or not caption.startswith(DASHES) or "</p>" in caption:
            continue
        if not inner[:cut].strip():
            return None  # markdown-it may hold blocks there that write nothing: it decides
        if not _WHOLE_BLOCK.search(inner, 0, cut) and _small_blocks(inner[:cut]) < 3:
            continue
        out += [fragment[done:start], "<figure>\n<blockquote>\n", inner[:cut], "</blockquote>\n"]
        out.append(f"<figcaption>{caption}</figcaption>\n</figure>\n")
        done = tag.end()
    out.append(fragment[done:])
    return "".join(out)


_WHOLE_BLOCK = re.compile(r"<(?:p|h[1-6]|ul|ol)[ >]")


def _small_blocks(html: str) -> int:
    """markdown-it's tokens in blocks that hold no paragraph: a figure needs three before its caption
    (one block with text), so a rule or a code block alone leaves the quote as it is."""
    return html.count("<hr>") + html.count("<pre>") + 2 * html.count("<blockquote>")


_HEADS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6"})
_BLOCKS = _HEADS | {"ul", "ol", "li", "blockquote", "pre", "hr"}


def text(markdown: str) -> str | None:
    """The plain text :func:`drafter.emit.to_text` makes, or None where markdown-it must make it."""
    written = _rendered(markdown)
    if written is None:
        return None
    from lxml import etree

    try:
        root = etree.fromstring(f"<div>{written}</div>")
    except etree.XMLSyntaxError:  # a character XML does not allow: markdown-it reads it
        return None
    blocks: list[str] = []
    _blocks(root, blocks, None)
    return "\n\n".join(blocks) + "\n"


def _blocks(elements: Iterable[_Element], blocks: list[str], items: list[str] | None) -> None:
    """Paragraphs and headings in order, into ``blocks``; inside a list, into ``items``, one a line."""
    for child in elements:
        tag = child.tag
        if tag in ("ul", "ol"):
            if items is None:
                listed: list[str] = []
                _blocks(child, blocks, listed)
                blocks.append("\n".join(listed))
            else:
                _blocks(child, blocks, items)
        elif tag == "li":
            assert items is not None
            _item(child, blocks, items)
        elif tag in _HEADS:
            written = _inline(child.text, list(child))
            if items is None:
                blocks.append(written)
            else:
                items.append(f"• {written}")
        elif tag == "blockquote":
            _blocks(child, blocks, items)


def _item(item: _Element, blocks: list[str], items: list[str]) -> None:
    """A list item: a tight one shows its paragraphs without ``<p>``, as runs of text between its
    blocks, each set apart by a line break that is not the text's."""
    text, inline = item.text, []
    for child in item:
        if child.tag not in _BLOCKS:
            inline.append(child)
            continue
        _run(text, inline, items)
        _blocks([child], blocks, items)
        text, inline = child.tail, []
    _run(text, inline, items)


def _run(text: str | None, inline: list[_Element], items: list[str]) -> None:
    if inline or (text or "").strip("\n"):
        items.append(f"• {_inline(text, inline, edges=True)}")


def _inline(text: str | None, children: list[_Element], *, edges: bool = False) -> str:
    """The text of inline content, links followed by their address where it is not shown. In cmark's
    HTML a line break inside the text is a soft break (a space), and one follows each ``<br />``.
    ``edges``: the run of a tight item, whose first and last line breaks set it apart from its blocks."""
    pieces: list[str | None] = [text or ""]  # None: a hard line break
    for child in children:
        if child.tag == "br":
            pieces += [None, (child.tail or "").removeprefix("\n")]
        else:
            pieces += [_span(child), child.tail or ""]
    if edges:  # the first and the last piece are text: a hard break is never a paragraph's last
        pieces[0] = (pieces[0] or "").removeprefix("\n")
        pieces[-1] = (pieces[-1] or "").removesuffix("\n")
    return "".join("\n" if piece is None else piece.replace("\n", " ") for piece in pieces)


def _span(child: _Element) -> str:
    """An inline element's text: a link's followed by its address, an image's left out (as markdown-it's
    text leaves an image and its description out)."""
    if child.tag == "img":
        return ""
    written = _inline(child.text, list(child))
    if child.tag != "a":
        return written
    href = str(child.get("href", ""))
    label = href.removeprefix("mailto:") if href.startswith("mailto:") else _url_label(href)
    return written if written.strip() == label else f"{written} ({label})"


def _url_label(href: str) -> str:
    from .localize import url_label  # with Babel, imported when a draft is first rendered

    return url_label(href)
