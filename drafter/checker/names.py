"""Names across languages: is a name there, spelt the same, or is it a word that translation changes?

A person's or a company's name stays as it is in every language; a body's
name is in the table of bodies; a common noun with a capital ("Mayor",
"Champions of the Earth", "Câmara Municipal") is translated. So a name of one
version is looked for in the other's text, word by word, accents and case
aside; a name missing there is reported only when it holds a word that is no
ordinary word of its language (by wordfreq's frequencies: frequent in its own
language and much rarer in the other). A name found one or two letters off
is reported as misspelt.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

from rapidfuzz.distance import OSA

from ..extract import fold

_TOKEN = re.compile(r"[^\W\d_]+")


class Token(NamedTuple):
    """A word of a version: where it stands, folded and in lower case, and whether it opens with a capital."""

    start: int
    end: int
    folded: str
    capital: bool


class Text:
    """A version's text, folded and in lower case with its offsets kept, and its words."""

    def __init__(self, text: str) -> None:
        self.original = text
        self.folded = fold(text).lower().replace("’", "'")
        if len(self.folded) != len(text):  # a letter whose lower case is longer: keep offsets
            self.folded = "".join(c if len(c) == 1 else o for c, o in zip(fold(text).lower(), text, strict=True))
        self.tokens = [
            Token(m.start(), m.end(), m.group(), text[m.start()].isupper()) for m in _TOKEN.finditer(self.folded)
        ]
        self._words: dict[str, list[int]] | None = None

    def words(self) -> dict[str, list[int]]:
        """Each folded word and where it stands (token indexes)."""
        if self._words is None:
            self._words = {}
            for i, token in enumerate(self.tokens):
                self._words.setdefault(token.folded, []).append(i)
        return self._words

    def has_word(self, word: str, start: int = 0, end: int | None = None) -> bool:
        places = self.words().get(word, ())
        stop = len(self.folded) if end is None else end
        return any(start <= self.tokens[i].start < stop for i in places)

    def has_phrase(self, phrase: str, start: int = 0, end: int | None = None) -> bool:
        """Is ``phrase`` (folded, lower case) there as whole words, whatever the spaces between them?"""
        pattern = _phrase(phrase)
        if pattern is None:
            return False
        return pattern.search(self.folded, start, len(self.folded) if end is None else end) is not None

    def find_words(self, words: str) -> int | None:
        """Where the words of ``words`` (any case, accents, spaces or marks between them) first stand."""
        pattern = _words_pattern(words)
        m = pattern.search(self.folded) if pattern else None
        return m.start() if m else None

    def capitalised_runs(self, start: int, end: int) -> Iterator[tuple[int, int]]:
        """Runs of capitalised words between ``start`` and ``end``, as token index ranges [i, j)."""
        run: int | None = None
        for i, token in enumerate(self.tokens):
            if token.start < start or token.start >= end:
                continue
            if token.capital:
                run = i if run is None else run
            elif run is not None:
                yield run, i
                run = None
        if run is not None:
            last = max(i for i, t in enumerate(self.tokens) if start <= t.start < end)
            yield run, last + 1


@lru_cache(maxsize=4096)
def _phrase(phrase: str) -> re.Pattern[str] | None:
    """The pattern of a phrase's words as whole words, whatever the spaces between them: a facts file's
    names and terms are looked for in every version of its release, and in every pair of sentences."""
    words = phrase.split()
    if not words:
        return None
    return re.compile(r"(?<!\w)" + r"\s+".join(re.escape(w) for w in words) + r"(?!\w)")


@lru_cache(maxsize=4096)
def _words_pattern(words: str) -> re.Pattern[str] | None:
    found = _TOKEN.findall(fold(words).lower())
    if not found:
        return None
    return re.compile(r"(?<!\w)" + r"\W+".join(re.escape(w) for w in found) + r"(?!\w)")


def limit(phrase: str, acronym: bool = False) -> int:
    """How many letters off a misspelling of ``phrase`` may be: none under five letters, but one for an
    acronym of three or more (ECSA for ESCA)."""
    size = len(phrase.replace(" ", ""))
    if acronym:
        return 1 if size >= 3 else 0
    return 0 if size < 5 else 1 if size < 9 else 2


Near = tuple[str, int, int]
"""Words found near a name: as written, how many letters off, and where they start."""


def misspelt(phrase: str, text: Text, start: int, end: int, acronym: bool = False) -> Near | None:
    """The capitalised words between ``start`` and ``end`` one or two letters off ``phrase``
    (folded, lower case), as written, how far off and where; None if there are none."""
    allowed = limit(phrase, acronym)
    if not allowed:
        return None
    size = len(phrase.split())
    best: tuple[int, int, int] | None = None
    for run_start, run_end in text.capitalised_runs(start, end):
        for i in range(run_start, run_end):
            for width in (size - 1, size, size + 1):
                j = i + width
                if width < 1 or j > run_end:
                    continue
                words = [t.folded for t in text.tokens[i:j]]
                candidate = " ".join(words)
                gap = OSA.distance(phrase, candidate, score_cutoff=allowed)  # "elpais" and "el pais": 1
                if 0 < gap <= allowed and (best is None or gap < best[0]):
                    best = (gap, i, j)
    if best is None:
        return None
    gap, i, j = best
    return text.original[text.tokens[i].start : text.tokens[j - 1].end], gap, text.tokens[i].start


def near_miss(phrase: str, text: Text, start: int, end: int, acronym: bool = False) -> Near | None:
    """Like :func:`misspelt`, but also where the other text's word has lost its capital ("nger")."""
    found = misspelt(phrase, text, start, end, acronym)
    if found:
        return found
    allowed = limit(phrase, acronym)
    words = phrase.split()
    if not allowed or len(words) < 2:
        return None
    for i, token in enumerate(text.tokens):
        if not start <= token.start < end or i + len(words) > len(text.tokens):
            continue
        window = text.tokens[i : i + len(words)]
        if not window[-1].capital:
            continue
        candidate = " ".join(t.folded for t in window)
        gap = OSA.distance(phrase, candidate, score_cutoff=allowed)
        if 0 < gap <= allowed:
            return text.original[window[0].start : window[-1].end], gap, window[0].start
    return None
