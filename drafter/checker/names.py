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

import bisect
import itertools
import re
from collections.abc import Iterator
from functools import cached_property, lru_cache
from typing import NamedTuple

from rapidfuzz.distance import OSA

from ..extract import fold
from ..extract.scan import words_of

_TOKEN = re.compile(r"[^\W\d_]+")
_BETWEEN_TOKENS = re.compile(r"([^\W\d_]+)")
"""Cuts a text into what stands between words and the words: their lengths give every word's place."""


class Token(NamedTuple):
    """A word of a version: where it stands, folded and in lower case, and whether it opens with a capital."""

    start: int
    end: int
    folded: str
    capital: bool


class Text:
    """A version's text, folded and in lower case with its offsets kept, and its words.

    The words are kept as parallel lists (folded word, start, end), made in C by one split of the
    folded text, not as an object a word: a draft has some 600 words and few are ever looked at."""

    def __init__(self, text: str) -> None:
        self.original = text
        folded = fold(text)
        self.folded = folded.lower().replace("’", "'")
        if len(self.folded) != len(text):  # a letter whose lower case is longer: keep offsets
            self.folded = "".join(c if len(c) == 1 else o for c, o in zip(fold(text).lower(), text, strict=True))
        self.words_in_order: list[str]
        self.starts: list[int]
        self.ends: list[int]
        if len(self.folded) == len(text) and "Σ" not in folded:
            # The words the extraction read (lowering a text lowers each letter alone, but for a capital
            # sigma, and keeps letters letters: the same words, in lower case, at the same places).
            found = words_of(folded)
            self.words_in_order, self.starts, self.ends = found.lows, found.starts, found.ends
        else:
            pieces = _BETWEEN_TOKENS.split(self.folded)  # gap, word, gap, word, ..., gap
            edges = list(itertools.accumulate(map(len, pieces)))
            self.words_in_order, self.starts, self.ends = pieces[1::2], edges[0:-1:2], edges[1::2]
        self._places: dict[str, list[int]] = {}

    @cached_property
    def capitals(self) -> list[bool]:
        """Whether each word opens with a capital in the text as written."""
        return list(map(str.isupper, map(self.original.__getitem__, self.starts)))

    @cached_property
    def upto(self) -> list[int]:
        """The letters of the words before each (and of all of them, last): words i to j joined by
        spaces are ``upto[j] - upto[i] + j - i - 1`` long, known before they are joined."""
        return list(itertools.accumulate(map(len, self.words_in_order), initial=0))

    @cached_property
    def vocabulary(self) -> frozenset[str]:
        return frozenset(self.words_in_order)

    def token(self, i: int) -> Token:
        return Token(self.starts[i], self.ends[i], self.words_in_order[i], self.capitals[i])

    def between(self, start: int, end: int) -> range:
        """The indexes of the words that start between ``start`` and ``end``."""
        return range(bisect.bisect_left(self.starts, start), bisect.bisect_left(self.starts, end))

    def places(self, word: str) -> list[int]:
        """Where ``word`` (folded, lower case) stands, as word indexes: found by the list's own searches in
        C when first asked, not a table of every word made in Python, as a version is asked about a few
        words only."""
        found = self._places.get(word)
        if found is None:
            order, at, found = self.words_in_order, -1, []
            for _ in range(order.count(word)):
                at = order.index(word, at + 1)
                found.append(at)
            self._places[word] = found
        return found

    def has_word(self, word: str, start: int = 0, end: int | None = None) -> bool:
        if start == 0 and end is None:
            return word in self.vocabulary
        places = self.places(word)
        stop = len(self.folded) if end is None else end
        return any(start <= self.starts[i] < stop for i in places)

    def has_phrase(self, phrase: str, start: int = 0, end: int | None = None) -> bool:
        """Is ``phrase`` (folded, lower case) there as whole words, whatever the spaces between them?"""
        pattern = _phrase(phrase)
        if pattern is None:
            return False
        return pattern.search(self.folded, start, len(self.folded) if end is None else end) is not None

    def find_words(self, words: str) -> int | None:
        """Where the words of ``words`` (any case, accents, spaces or marks between them) first stand.

        Read from the text's own words, not by a pattern made for ``words``: each release's facts
        bring new names, and compiling a pattern a name cost more than the search. A run of the text's
        words equal to ``words``' is where the pattern of :func:`_words_pattern` would match when
        nothing but marks (no digit, no "_") stands between them and on either side."""
        wanted = _wanted(words)
        if not wanted:
            return None
        folded, starts, ends, order = self.folded, self.starts, self.ends, self.words_in_order
        size = len(wanted)
        for i in self.places(wanted[0]):
            j = i + size
            if tuple(order[i:j]) != wanted:
                continue
            start, end = starts[i], ends[j - 1]
            if start and _WORD_CHAR.match(folded, start - 1):
                continue
            if _WORD_CHAR.match(folded, end):
                continue
            if all(_MARKS.fullmatch(folded, ends[k], starts[k + 1]) for k in range(i, j - 1)):
                return start
        return None

    def capitalised_runs(self, start: int, end: int) -> Iterator[tuple[int, int]]:
        """Runs of capitalised words between ``start`` and ``end``, as word index ranges [i, j)."""
        run: int | None = None
        capitals = self.capitals
        within = self.between(start, end)
        for i in within:
            if capitals[i]:
                run = i if run is None else run
            elif run is not None:
                yield run, i
                run = None
        if run is not None:
            yield run, within.stop


@lru_cache(maxsize=4096)
def _phrase(phrase: str) -> re.Pattern[str] | None:
    """The pattern of a phrase's words as whole words, whatever the spaces between them: a facts file's
    names and terms are looked for in every version of its release, and in every pair of sentences."""
    words = phrase.split()
    if not words:
        return None
    return re.compile(whole_word(r"\s+".join(re.escape(w) for w in words), words[0]) + r"(?!\w)")


_WORD_CHAR = re.compile(r"\w")
_MARKS = re.compile(r"\W+")


@lru_cache(maxsize=4096)
def _wanted(words: str) -> tuple[str, ...]:
    """The folded, lower-case words of ``words``, as :func:`_words_pattern` reads them."""
    return tuple(_TOKEN.findall(fold(words).lower()))


def _words_pattern(words: str) -> re.Pattern[str] | None:
    """The pattern :meth:`Text.find_words` stands for (the tests compare the two)."""
    found = _TOKEN.findall(fold(words).lower())
    if not found:
        return None
    return re.compile(whole_word(r"\W+".join(re.escape(w) for w in found), found[0]) + r"(?!\w)")


def whole_word(pattern: str, first: str) -> str:
    """``(?<!\\w)`` then ``pattern``, whose text opens with the word ``first``, written so that the regex
    engine skips in C to where ``first`` stands: the first character is read, then the one before it
    is checked. A pattern opening with the look-behind is tried at every character of the text, some
    ten times slower over a draft. The matches are the same."""
    head = re.escape(first[:1])
    if not first or first[0] == "\n" or not pattern.startswith(head):
        return r"(?<!\w)" + pattern
    return head + r"(?<!\w.)" + pattern[len(head) :]


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
    upto, shortest, longest = text.upto, len(phrase) - allowed, len(phrase) + allowed
    for run_start, run_end in text.capitalised_runs(start, end):
        for i in range(run_start, run_end):
            for width in (size - 1, size, size + 1):
                j = i + width
                if width < 1 or j > run_end or not shortest <= upto[j] - upto[i] + width - 1 <= longest:
                    continue  # words whose length is more letters off than allowed are that far off at least
                candidate = " ".join(text.words_in_order[i:j])
                gap = OSA.distance(phrase, candidate, score_cutoff=allowed)  # "elpais" and "el pais": 1
                if 0 < gap <= allowed and (best is None or gap < best[0]):
                    best = (gap, i, j)
    if best is None:
        return None
    gap, i, j = best
    return text.original[text.starts[i] : text.ends[j - 1]], gap, text.starts[i]


def near_miss(phrase: str, text: Text, start: int, end: int, acronym: bool = False) -> Near | None:
    """Like :func:`misspelt`, but also where the other text's word has lost its capital ("nger")."""
    found = misspelt(phrase, text, start, end, acronym)
    if found:
        return found
    allowed = limit(phrase, acronym)
    words = phrase.split()
    if not allowed or len(words) < 2:
        return None
    size = len(words)
    within, upto = text.between(start, end), text.upto
    shortest, longest = len(phrase) - allowed, len(phrase) + allowed
    # Only where the run's last word opens with a capital: those places found in C
    lasts = range(within.start + size - 1, min(within.stop + size - 1, len(text.starts)))
    for last in itertools.compress(lasts, text.capitals[lasts.start : lasts.stop]):
        i = last - size + 1
        if not shortest <= upto[last + 1] - upto[i] + size - 1 <= longest:
            continue  # more letters off than allowed by their length alone
        candidate = " ".join(text.words_in_order[i : last + 1])
        gap = OSA.distance(phrase, candidate, score_cutoff=allowed)
        if 0 < gap <= allowed:
            return text.original[text.starts[i] : text.ends[last]], gap, text.starts[i]
    return None
