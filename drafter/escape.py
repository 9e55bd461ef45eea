"""Fact values as Markdown that shows exactly their text, and nothing more.

Facts are data: a value printed into a template must never become markup,
whatever renderer a press office's CMS uses on the draft: CommonMark and
GitHub's cmark-gfm, markdown-it with its plugins, Python-Markdown with
``extra``, mistune with its plugins, kramdown (Jekyll) or Pandoc. Each reads
markup in characters the others leave alone, so a value escapes the union.

A character goes out as itself where no renderer reads it; with a backslash
where every renderer takes that backslash away (Python-Markdown knows only
``\\ ` * _ { } [ ] ( ) > # + - . !``); as a character reference (``&lt;``,
``&#124;``) where a backslash would be shown by one renderer or would not stop
another; and, where only a change of the text itself stops a renderer (GitHub
linking an e-mail address, Pandoc reading a task box), with an invisible word
joiner (U+2060). A reader of the rendered draft sees the fact's text, character
for character; only typographic renderers (Pandoc, kramdown, Python-Markdown's
smarty) curl its quotes and join its dashes, as they do the templates' own.
Only where some renderer would read markup is anything escaped, so the draft's
source stays readable: "S.A.", "e.g.", "10:30", "1.5", "snake_case" go out as
they are.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any


class Md(str):
    """Text that is already Markdown: printed as it is, not escaped again."""

    __slots__ = ()


_BREAKS = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")
"""Unicode's control characters (Cc) and line and paragraph separators (Zl, Zp): each made a space, so a
value stays on its line. One pattern, not a look-up of each character's category."""
_BREAKING_SPACE = re.compile(r"[^\S\u00a0\u2007\u202f]+")
"""Runs of white space a line may break at; no-break spaces (1 774, 29,9 %) stay as CLDR wrote them."""

_CHARS = {c: "\\" + c for c in "`*_{}]#!>"} | {
    "\\": "&#92;",  # kramdown and Pandoc: a line break at the end of a line; Pandoc's \\( math
    "[": "&#91;",  # markdown-it's texmath and Pandoc's single-backslash math read \[ as display math
    "<": "&lt;",  # Python-Markdown shows a backslash before <, and lets the HTML after it through
    "|": "&#124;",  # a pipe anywhere makes a kramdown line a table row, escaped or not
    "~": "&#126;",  # ~~struck~~, ~sub~, ~~~ fences; kramdown and Python-Markdown show \~
    "^": "&#94;",  # ^sup^, ^[note], kramdown's end of block; kramdown and Python-Markdown show \^
    "$": "&#36;",  # $math$ in Pandoc, kramdown, mistune, markdown-it; Python-Markdown shows \$
}
"""Markup anywhere in a line: ``*em*``, ``[link]``, ``<html>``, ``{: attributes}``, ``#`` at a line's end."""

_START = (
    r"[-+](?=\s|\Z)"  # a bullet
    r"|(?:\d{1,9}|[A-Za-z]|[ivxlcdmIVXLCDM]+)[.)](?=\s|\Z)"  # 1. 1) and Pandoc's a) iv. A.
    r"|-+\Z|=+\Z"  # a setext underline, front matter
    r"|\[[ xX]\](?=\s|\Z)"  # a task box
    r"|[(:%]"  # Pandoc's (@) and (a) lists, MyST's (target)=; definitions, fenced divs, field lists; MyST comments
)
"""Block markup at the start of a line: a value may be printed there, or after a list's bullet."""

_REF = r"(?P<ref>&(?=#[0-9]+;|#[xX][0-9a-fA-F]+;|[A-Za-z][A-Za-z0-9]*;))"  # &lt; &#60; would be decoded
_PAIRED = r"(?P<paired>\+\++|==+)"  # ++inserted++, ==marked==, MyST's +++
_EMOJI = r"(?P<emoji>:(?=[\w+-]+:))"  # :smile:
_CHAR = r"(?P<char>[\\`*{}\[\]#!><|~^$]|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9]))"  # not in_a_word
_MARKUP = re.compile(rf"(?P<start>\A(?:{_START}))|{_REF}|{_PAIRED}|{_EMOJI}|{_CHAR}")
_SCHEME = r"(?<![A-Za-z0-9+.-])(?=[A-Za-z0-9+.-]*[A-Za-z])[A-Za-z0-9+.-]*:(?=\S)"
"""A run of scheme characters with a letter, then a colon: taken whole from the run's start, so that a
long word is read once, not once from each of its letters."""
_DOT = r"(?P<dot>(?<=\w)\.(?=[^\W\d_]{2})|(?<=\b[wW]{3})\.)"  # secpho.org, www.x; not S.A., e.g.
_UNLINKED = re.compile(
    rf"(?P<scheme>{_SCHEME})"  # https: javascript: mailto:
    rf"|{_DOT}"
    r"|(?P<at>@)"  # Pandoc links a@b, and reads @key as a citation
    rf"|{_MARKUP.pattern}"
)
"""Outside a link's text, also what would make a bare address a link."""
_AT_WORD = r"(?P<at>(?<![A-Za-z0-9])@)"
_IN_LINK = re.compile(rf"(?P<scheme>{_SCHEME})|{_AT_WORD}|{_MARKUP.pattern}")
"""In the text of a link to the same address (``www.secpho.org``, ``press@secpho.org``), where a
renderer that links it again links the same address: the dots and the at sign can stay. A scheme
(``x.org/javascript:…``) and an at sign starting a word (a Pandoc citation) cannot."""

_FIRST = r"(?=[.@&+=\\`*{}\[\]#!><|~^$_])"
_WITHOUT_COLON = {
    _UNLINKED: re.compile(rf"(?P<start>\A(?:{_START}))|{_FIRST}(?:{_DOT}|(?P<at>@)|{_REF}|{_PAIRED}|{_CHAR})"),
    _IN_LINK: re.compile(rf"(?P<start>\A(?:{_START}))|{_FIRST}(?:{_AT_WORD}|{_REF}|{_PAIRED}|{_CHAR})"),
}
"""The same patterns for a text without a colon (most sentences), where neither a scheme nor an emoji
can be: each position is first tested for one character the rest can start with, which is what makes
escaping a long text about four times faster. The block markup is only tried at the text's start."""

_WORD_JOINER = "\u2060"
_DOMAIN = re.compile(r"[\w-]+(?:\.[\w-]+)*\.\w")
"""After an at sign, what makes an e-mail address of it for GitHub: a domain with a dot in it."""


def md_escape(value: Any, *, link_text: bool = False) -> str:
    """Plain text as Markdown that shows exactly that text, on one line.

    ``link_text`` for the text of a link to the address it shows, a web or e-mail address's own.
    """
    if isinstance(value, Md):
        return value
    return _escaped_text(str(value), link_text)


@lru_cache(maxsize=4096)
def _escaped_text(value: str, link_text: bool) -> str:
    """A release prints its names and addresses again and again, in every language: each escaped once."""
    text = _BREAKS.sub(" ", value)
    text = _BREAKING_SPACE.sub(" ", text).strip(" ")
    return _escape(text, _IN_LINK if link_text else _UNLINKED)


def md_join(parts: list[Any]) -> Md:
    """Parts of one text, some already Markdown (a macro's output), as one Markdown text.

    The others are escaped where they stand, their spaces kept, as a ``~``
    between a macro's output and a fact must not escape that output again.
    """
    return Md("".join(p if isinstance(p, Md) else _escape(_BREAKS.sub(" ", str(p)), _UNLINKED) for p in parts))


_MAYBE = re.compile(r"[-+.)=\[(:%&@`*{}\]#!><|~^$_\\]")
"""Every character one of the patterns above needs: a text with none of them (most names, many
sentences) is checked by this one character class, not by a dozen alternatives at each position."""


def _escape(text: str, markup: re.Pattern[str]) -> str:
    if _MAYBE.search(text) is None:
        return text
    pattern = markup if ":" in text else _WITHOUT_COLON.get(markup, markup)
    return pattern.sub(lambda match: _escaped(match, markup), text)


def _escaped(match: re.Match[str], markup: re.Pattern[str]) -> str:
    kind, found = match.lastgroup, match.group()
    if kind == "start":
        if found[0] == "[":
            # Pandoc reads a task box from the text itself, whatever its escapes: an invisible
            # word joiner keeps "[x] " from being the box.
            return f"&#91;{_WORD_JOINER}{found[1]}\\]"
        if found[0] in "(:%":
            return f"&#{ord(found)};"
        if found[0] == "=":
            return "&#61;" * len(found)
        if found[0] == "-" and len(found) > 1:
            return "\\" + found
        return found[:-1] + "\\" + found[-1]
    if kind == "ref":
        return "&amp;"
    if kind == "paired":
        return "\\+" * len(found) if found[0] == "+" else "&#61;" * len(found)
    if kind == "at":
        # GitHub's cmark-gfm links an e-mail address (a domain with a dot after the at sign) after
        # decoding references: an invisible word joiner after the at sign leaves it text.
        return f"&#64;{_WORD_JOINER}" if _DOMAIN.match(match.string, match.end()) else "&#64;"
    if kind == "emoji":
        return f"&#{ord(found)};"
    if kind == "dot":
        return "\\."
    if kind == "scheme":
        return _escape(found[:-1], markup) + "&#58;"
    return _CHARS[found]
