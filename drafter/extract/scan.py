"""What every recogniser shares: the mention found, the scan that tracks which characters are taken, folding.

A stretch of text taken by one recogniser is closed to those after it, so the
most specific run first: a date's day is never read again as a number.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from itertools import accumulate
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .patterns import Rules


@dataclass(frozen=True, order=True)
class Mention:
    """One fact found in a text: where, what kind, its canonical value, its text."""

    line: int  # 1-based
    column: int  # 1-based, in characters
    kind: str  # number ordinal percent amount date year url email phone hashtag name country term
    value: str  # canonical and language-neutral: equal facts compare equal across languages
    text: str  # exactly as found
    alias: str = ""
    """For a name spelt out before its acronym in brackets, the acronym's key ("nm:pct", "b:ESCA")."""


def line_col(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column (in characters) of ``offset`` in ``text``."""
    return text.count("\n", 0, offset) + 1, offset - text.rfind("\n", 0, offset)


_FOLD = {
    code: base
    for code in range(0xC0, 0x250)
    if (base := unicodedata.normalize("NFD", chr(code))[0]) != chr(code) and base.isascii()
} | {0x017F: "s", 0x0131: "i", 0x0130: "I", 0x212A: "K"}
"""Accents off, and the letters a case-insensitive pattern takes for ASCII ones (long s, dotless i,
the Kelvin sign) made ASCII, so that what a pattern matched is found again by a plain lookup."""


_FOLD_CHARS = {chr(code): base for code, base in _FOLD.items()}
_FOLDED = re.compile("[" + "".join(sorted(_FOLD_CHARS)) + "]")
"""The characters :data:`_FOLD` changes: a few in a line of text, where ``str.translate`` looks up every one."""


def fold(text: str) -> str:
    """``text`` without accents, one character for one, so offsets stay the same."""
    if text.isascii():
        return text
    if len(text) < _LONG:
        return _FOLDED.sub(_base, text)
    folded = _FOLDED_LONG.get(text)
    if folded is None:
        folded = _FOLDED_LONG[text] = _FOLDED.sub(_base, text)
        if len(_FOLDED_LONG) > _KEPT_LONG:
            del _FOLDED_LONG[next(iter(_FOLDED_LONG))]
    return folded


_LONG = 1000
_KEPT_LONG = 8
_FOLDED_LONG: dict[str, str] = {}
"""The last long texts folded, and their folds: the checker folds a release's drafts to read their facts,
then again to read their words (:class:`drafter.checker.names.Text`)."""


def _base(found: re.Match[str]) -> str:
    return _FOLD_CHARS[found.group()]


@dataclass(frozen=True)
class Words:
    """A folded text's words, by one split in C: where each starts and ends, as folded, in lower case.

    Shared, never to be changed: the word scan reads a draft's words, and the checker reads the same
    draft's words again to compare versions (:class:`drafter.checker.names.Text`)."""

    starts: list[int]
    ends: list[int]
    folded: list[str]
    lows: list[str]


_WORDS = re.compile(r"([^\W\d_]+)")
"""A word, as :data:`WORD`, kept by ``split`` between the gaps."""
_WORDS_KEPT: dict[str, Words] = {}
_KEPT_WORDS, _KEPT_WORDS_CHARS = 16, 200_000
"""The words of the last texts read, of that many characters at most (a hostile file must not fill the
memory): a text's dates, its word scan and the checker's comparison read them."""


def words_of(folded: str) -> Words:
    """The words of ``folded`` (a text as :func:`fold` gives it); kept for the last texts read."""
    found = _WORDS_KEPT.get(folded)
    if found is None:
        parts = _WORDS.split(folded)  # gap, word, gap, word, ..., gap
        edges = list(accumulate(map(len, parts)))
        words = parts[1::2]
        found = Words(edges[0:-1:2], edges[1::2], words, list(map(str.lower, words)))
        if len(folded) <= _KEPT_WORDS_CHARS:
            _WORDS_KEPT[folded] = found
            if len(_WORDS_KEPT) > _KEPT_WORDS:
                del _WORDS_KEPT[next(iter(_WORDS_KEPT))]
    return found


# --- canonical values --------------------------------------------------------------------

MD_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")


# --- patterns for every language ---------------------------------------------------------
# A pattern that must not start inside a word checks the character before its first one
# *after* matching it ("\d(?<![\w.,]\d)"): the regex engine can then skip ahead to
# candidate characters, several times faster than a leading look-behind.
# Spaces before a word or a digit are taken possessively ("{SP}++"): giving some back could
# never help, and over a long run of spaces each one given back was one more try.

SP = "[ \u00a0\u202f\u2009]"
WORD = re.compile(r"[^\W\d_]+")
SENTENCE_START = re.compile(r"(?:\A|[\n.!?…:]|\s[–—-]\s)[\s#>*_«“\"(\[—–•-]*(?:\d{1,3}[.)]\s+)?\Z")
"""What a word opening a sentence follows: the text's start, an end of sentence, a colon, a line break,
or a dash between spaces (after a dateline, "NEW YORK, 15 July 2013 – Despite ..."), then quotes,
brackets, list marks."""


# --- per-language rules, built once per (language, locale) ------------------------------


def alternation(words: Iterable[str]) -> str:
    """Longest first, so that "marzo" is tried before "mar"; spaces match any space."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(f"{SP}++".join(re.escape(part) for part in w.split()) for w in ordered)


def opening(words: Iterable[str], before: str, *, cased: bool = False) -> str:
    """``(?<!{before})`` then :func:`alternation` of ``words`` (in any case unless ``cased``), written so
    that the regex engine skips in C to the letters the words start with: a pattern opening with a
    look-behind or a case-insensitive word is tried at every character of the text.

    The first letter is read first, then the look-behind checks the character before it, then the rest
    of the words starting with that letter, in the same order. Meant for folded text, where a letter
    read in any case is an ASCII one (:func:`fold` turns the others into theirs)."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    if not ordered or not all(w[0].isascii() and w[0].isalpha() for w in ordered):
        return f"(?<!{before})(?{'' if cased else 'i'}:{alternation(ordered) or '(?!)'})"
    rests: dict[str, list[str]] = {}
    for word in ordered:
        first = word[0] if cased else word[0].lower()
        rests.setdefault(first, []).append(f"{SP}++".join(re.escape(part) for part in word.split())[1:])
    firsts = {first: first if cased else first + first.upper() for first in rests}
    branches = "|".join(
        f"(?<=[{firsts[first]}])(?{'' if cased else 'i'}:{'|'.join(rest)})" for first, rest in rests.items()
    )
    return f"[{''.join(sorted(''.join(firsts.values())))}](?<!{before}.)(?:{branches})"


_ARTICLES = frozenset("the la las los el o a os as le les".split())
"""Articles inside a known name, which writers keep or drop: "Fondo de (las) Naciones Unidas"."""


class Index:
    """First word of each name -> [(pattern matching the whole name, value)], longest first.

    A table of thousands of names writes its patterns only for the first words a text holds,
    when they are first looked up: most are never needed. :meth:`first` compiles one pattern
    of all the names under a word, and a name's own pattern only when that one ends too soon.
    """

    def __init__(self, flags: int = 0, *, suffix: bool = False) -> None:
        self.flags = flags
        self.suffix = suffix
        self.raw: dict[str, list[tuple[str, str]]] = {}
        self.sources: dict[str, list[tuple[str, str]]] = {}
        self.compiled: dict[str, list[tuple[re.Pattern[str], str]]] = {}
        self.joined: dict[str, re.Pattern[str]] = {}

    def add(self, key: str, name: str, value: str) -> None:
        self.raw.setdefault(key, []).append((name, value))

    def __contains__(self, key: object) -> bool:
        return key in self.raw

    def __iter__(self) -> Iterator[str]:
        return iter(self.raw)

    def source(self, key: str) -> list[tuple[str, str]]:
        """(pattern string, value) of the names under ``key``, in order, not compiled."""
        found = self.sources.get(key)
        if found is None:
            found = self.sources[key] = [(self._pattern(name), value) for name, value in self.raw.get(key, ())]
        return found

    def get(self, key: str) -> list[tuple[re.Pattern[str], str]]:
        found = self.compiled.get(key)
        if found is None:
            found = self.compiled[key] = [(re.compile(text, self.flags), value) for text, value in self.source(key)]
        return found

    def first(self, key: str, text: str, pos: int, beyond: int = -1) -> tuple[int, str] | None:
        """(end, value) of the first name under ``key``, in order, that matches at ``pos`` and ends after
        ``beyond``: one match of all the names at once, the names after it tried one by one only when
        the first to match ends too soon."""
        joined = self.joined.get(key)
        if joined is None:
            either = "|".join(f"({pattern})" for pattern, _ in self.source(key))
            joined = self.joined[key] = re.compile(either or "(?!)", self.flags)
        m = joined.match(text, pos)
        if m is None:
            return None
        at = (m.lastindex or 1) - 1
        if m.end() > beyond:
            return m.end(), self.sources[key][at][1]
        for pattern, value in self.get(key)[at + 1 :]:
            later = pattern.match(text, pos)
            if later and later.end() > beyond:
                return later.end(), value
        return None

    def _pattern(self, name: str) -> str:
        # With ``suffix``, an acronym may take a plural or possessive ending: "SMEs", "EIB's".
        ending = "(?:['’]?s)?" if self.suffix and name.isupper() and len(name) >= 2 else ""
        parts = name.split()
        body = "".join(
            f"(?:{re.escape(part)}{SP}++)?"
            if 0 < i < len(parts) - 1 and part.lower() in _ARTICLES
            else re.escape(part) + ("" if i == len(parts) - 1 else f"{SP}++")
            for i, part in enumerate(parts)
        ).replace("'", "['’]")
        return f"(?:{body}){ending}(?!\\w)"


# --- the scan ----------------------------------------------------------------------------


_LED = re.compile(r"[(+\d](?<!\w[(+\d])")
"""Where a pattern :meth:`Scan.led` reads can open: a digit, "(" or "+" after no letter, digit or "_"."""


class Scan:
    """The text, its folded twin, which characters are taken, and what was found."""

    def __init__(self, text: str, rules: Rules, terms: Index) -> None:
        self.text = text
        self.fold = fold(text)
        self.rules = rules
        self.terms = terms
        self.taken = bytearray(len(text))
        self.found: list[tuple[int, int, str, str]] = []
        self._led: dict[bool, list[int]] = {}

    def openings(self, folded: bool = False) -> list[int]:
        """Where :data:`_LED` finds a place in the text (or its fold), found once a text."""
        text = self.fold if folded else self.text
        starts = self._led.get(text is self.text)
        if starts is None:
            starts = self._led[text is self.text] = [m.start() for m in _LED.finditer(text)]
        return starts

    def led(self, pattern: re.Pattern[str], folded: bool = False) -> Iterator[re.Match[str]]:
        """What ``pattern.finditer`` finds in the text (or its fold), for a pattern whose every match opens
        where :data:`_LED` finds one (the patterns of dates, times, numbers and phones, which open with a
        digit, "(" or "+" after no word character): it is tried there alone, in order, each after the last
        match's end, where ``finditer`` tried it at every character of the text. The places are found
        once a text, in one scan in C, and shared by the eight patterns."""
        text = self.fold if folded else self.text
        end = 0
        for start in self.openings(folded):
            if start >= end and (m := pattern.match(text, start)):
                end = m.end()
                yield m

    def free(self, start: int, end: int) -> bool:
        return self.taken.find(1, start, end) < 0

    def take(self, start: int, end: int, kind: str, value: str) -> bool:
        """Report ``kind`` over [start, end) unless part of it is taken already."""
        if start >= end or not self.free(start, end):
            return False
        self.claim(start, end)
        self.found.append((start, end, kind, value))
        return True

    def claim(self, start: int, end: int) -> None:
        """Close [start, end) to the recognisers that follow, reporting nothing."""
        self.taken[start:end] = b"\x01" * (end - start)


def index(names: Mapping[str, str], flags: int = 0, *, suffix: bool = False) -> Index:
    """An :class:`Index` of ``names`` (name -> value), longest names first under each first word."""
    found = Index(flags, suffix=suffix)
    for name, value in sorted(names.items(), key=lambda item: (-len(item[0]), item)):
        first = WORD.match(name)
        if first:
            found.add(first.group().lower() if flags else first.group(), name, value)
    return found
