"""What the word scan works out once per word as written, and keeps for the run.

A draft's words repeat from one release to the next: whether the first pass reads a word, whether it
is written as a name is, and which indexes of known names start with it depend on the word alone, so
:class:`drafter.extract.wordscan.WordScan` asks these tables rather than working each out per
occurrence. Whether a word opens a sentence is kept per gap before it, for the same reason.
"""

from __future__ import annotations

from functools import cache, lru_cache

from ..lang import words
from ..lang.numbers import HALVES
from .names import LEXICON_KINDS, Lexicon, lexicon
from .scan import SENTENCE_START, Index, fold

KEPT = 50_000
"""Words kept with what the scan makes of them, at most: a run over a large archive meets new names."""
ROMAN_FIRST = frozenset("IVXLCDM")
"""The letters a Roman numeral (XVI, XVIe) starts with."""

Candidate = tuple[str, Index, str, bool]
"""(kind, index, key, counted only when the word does not open a sentence)."""


@lru_cache(maxsize=4096)
def opens(gap: str, at_start: bool) -> bool:
    """Is a word after ``gap`` (the text between it and the word before, 40 characters at most) the first of a
    sentence? ``at_start``: the gap starts the text, where the pattern's start of text holds."""
    return SENTENCE_START.search(gap if at_start else "x" + gap, 0 if at_start else 1) is not None


@cache
def first_words(lang: str, countries: Index) -> frozenset[str]:
    """Every word, in lower case, that a country, body, place or nationality of ``lang`` starts with."""
    keys = {key.lower() for key in countries}
    for kind in LEXICON_KINDS:
        if kind != "country":
            known = lexicon(kind, lang)
            for found in (known.exact, known.acronym, known.capital, known.lower):
                keys.update(key.lower() for key in found)
    return frozenset(keys)


@cache
def read_by_word(lang: str, terms: Index, keys: frozenset[str]) -> tuple[dict[str, bool], dict[str, bool]]:
    """Per word as written: does the first pass read it, is it written as a name is? Filled as words are met."""
    return {}, {}


@cache
def plans(lang: str, countries: Index) -> dict[str, tuple[Candidate, ...]]:
    """Per word as written, where the scan looks for a known name: filled as words are met, kept for the run."""
    return {}


def plan(
    word: str, lexicons: list[tuple[str, Lexicon]], countries: Index, keys: frozenset[str]
) -> tuple[Candidate, ...]:
    """The indexes, in order of priority, that hold a name starting with ``word``; what they hold under it
    depends on the word alone, so it is worked out once a run, not once a time the word is met."""
    first = fold(word)
    low = first.lower()
    if low not in keys and not (low.endswith("s") and low[:-1] in keys):
        return ()
    capital = word[0].isupper()
    shouted = word.rstrip("s").isupper()
    found: list[Candidate] = [("country", countries, low, False)] if capital and low in countries else []
    for kind, known in lexicons:
        for key in (first, first[:-1]) if first.endswith("s") and shouted else (first,):  # SMEs, UNICEFs
            if key in known.exact:
                found.append((kind, known.exact, key, False))
            if key.lower() in known.acronym and (shouted or (capital and key == first)):
                found.append((kind, known.acronym, key.lower(), not shouted))
        if capital and low in known.capital:
            found.append((kind, known.capital, low, False))
        if low in known.lower:
            found.append((kind, known.lower, low, False))
    return tuple(found)


@cache
def first_pass(lang: str, terms: Index, keys: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """The words in lower case the first pass reads even when written in lower case (number words,
    terms, names known in lower case), and those a recogniser of it can start with: a number or
    ordinal word, a collective number, a term, or the first word of a known name (``keys``)."""
    spoken = words(lang)
    wanted = set(spoken.cardinals) | set(spoken.ordinals) | set(terms) | set(spoken.approximate)
    wanted |= HALVES.get(lang, frozenset())
    for kind in LEXICON_KINDS:
        if kind != "country":
            wanted |= lexicon(kind, lang).first_words()
    starts = frozenset(spoken.cardinals) | frozenset(spoken.ordinals) | set(spoken.approximate) | set(terms) | keys
    starts |= HALVES.get(lang, frozenset())
    return frozenset(wanted), starts


def looked_at(word: str, lang: str, terms: Index, keys: frozenset[str]) -> bool:
    """Is ``word`` one the first pass reads: one a recogniser of it can start with?"""
    wanted, starts = first_pass(lang, terms, keys)
    low = fold(word).lower()
    if word.islower() and low not in wanted:
        return False
    return word[0] in ROMAN_FIRST or low in starts or (low[-1] == "s" and low[:-1] in keys)
