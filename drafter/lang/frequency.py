"""How common a word is in a language, from wordfreq's word lists: the test of an ordinary word.

A person's or a company's name stays as it is in every language; an ordinary
word ("mayor", "earth", "câmara") is translated. wordfreq gives each word's
frequency in each language (as a Zipf value, log10 of uses per billion
words); its small lists, loaded on first use, are enough, and a word not in
them is rare.
"""

from __future__ import annotations

import gzip
import importlib.util
import math
import os
import re
from functools import cache, lru_cache
from typing import Any

COMMON = 3.0
"""Zipf frequency from which a word is an ordinary word: about once in a million words."""
OWN_LANGUAGE = 0.6
"""How much more frequent in its own language than in another an ordinary word must be."""


@lru_cache(maxsize=1 << 16)  # bounded: an archive holds many words
def zipf(word: str, lang: str, wordlist: str = "small") -> float:
    """The word's Zipf frequency in ``lang``; 0 for a rare word or a language wordfreq lacks. The
    small lists hold words down to 3 (once in a million); the large ones, read when first needed,
    down to about 1. A plain word of the four languages is looked up in wordfreq's list itself
    (:func:`_plain_zipf`): importing wordfreq, its language codes and text repairs, costs a third of
    a second a process, a lookup in its list nothing; anything else is wordfreq's to read."""
    if _PLAIN.fullmatch(word) and lang in _OWN_LISTS:
        found = _plain_zipf(word, lang, wordlist)
        if found is not None:
            return found
    from wordfreq import zipf_frequency

    try:
        value: Any = zipf_frequency(word, lang, wordlist=wordlist)
    except (LookupError, ValueError):
        return 0.0
    return float(value)


_PLAIN = re.compile(r"[a-zà-öø-ÿ]+")
"""A word wordfreq reads as it is, in pt, es, en and fr: lower-case Latin letters, precomposed, that
case folding keeps (not "ß"): one token, no digits, no apostrophe, nothing to normalise."""
_OWN_LISTS = frozenset({"pt", "es", "en", "fr"})
"""Languages whose lists are named by the code drafter uses, so that wordfreq would match no other."""
_UNKNOWN = 10**0.0 / 1e9
"""wordfreq's frequency of a word not in the list, with its default minimum Zipf value of 0."""


def _plain_zipf(word: str, lang: str, wordlist: str) -> float | None:
    """``wordfreq.zipf_frequency(word, lang, wordlist)`` for a :data:`_PLAIN` word, worked out as
    wordfreq does, step by step on the same floats: the list's band of the word (its frequency in
    centibels), the one token's frequency combined, rounded to three significant digits, to Zipf,
    rounded to two decimals. None where the list is not there to read."""
    bands = _bands(lang, wordlist)
    if bands is None:
        return None
    band = bands.get(word)
    if band is None:
        freq = _UNKNOWN
    else:
        one_over = 0.0
        one_over += 1.0 / (10 ** (-band / 100))
        unrounded = max(1.0 / one_over, _UNKNOWN)
        freq = round(unrounded, math.floor(-math.log(unrounded, 10)) + 3)
    return round(math.log(freq, 10) + 9, 2)


@cache
def _bands(lang: str, wordlist: str) -> dict[str, int] | None:
    """Word -> band (minus its frequency in centibels) of wordfreq's ``{wordlist}_{lang}`` list, read
    from its file as wordfreq reads it (gzip, msgpack, a header then a list of words a band; a word in
    two bands keeps the last); None where there is no such file or it is not that format."""
    spec = importlib.util.find_spec("wordfreq")  # finds the package without running it
    if spec is None or not spec.submodule_search_locations:
        return None
    path = os.path.join(list(spec.submodule_search_locations)[0], "data", f"{wordlist}_{lang}.msgpack.gz")
    try:
        import msgpack

        with gzip.open(path, "rb") as file:
            pack = msgpack.load(file, raw=False)
    except (OSError, ValueError, ImportError):
        return None
    if not pack or pack[0] != {"format": "cB", "version": 1}:
        return None
    return {word: band for band, words in enumerate(pack[1:]) for word in words}


def common(word: str, lang: str) -> bool:
    """Is ``word`` (in lower case) a common word of ``lang``?"""
    return zipf(word, lang) >= COMMON


def ordinary(word: str, lang: str, other: str) -> bool:
    """Is ``word`` an ordinary word of ``lang`` ("mayor", "earth", "câmara"), which a translation
    into ``other`` changes, rather than a name that stays ("Dasgupta", "Katheryn", "Stilwell")?"""
    own = zipf(word, lang)
    return own >= COMMON and own - zipf(word, other) >= OWN_LANGUAGE


def ordinary_words(words: list[str], lang: str, other: str) -> bool:
    """Are the words of a name ordinary words, which a translation changes? Each is a common word of
    ``lang`` and most are ordinary: a word the two languages share ("Audience", "Capital") does
    not make "Audience Choice Award" or "Capital Europea de la Innovación" a name that stays, where
    a word of its own ("Santander" of "Banco Santander") does."""
    if not words or not all(common(w, lang) for w in words):
        return False
    shared = 0  # common words as frequent in the other language: fewer than half may be
    for w in words:
        shared += not ordinary(w, lang, other)
        if shared * 2 >= len(words):
            return False
    return True


TRANSLATED = 1.0
"""How much more frequent in its own language a word must be to be taken for one side of a translation."""
_PLURAL = ("s", "es")


def translated(a: str, lang_a: str, b: str, lang_b: str) -> bool:
    """Are two words one or two letters apart a word and its translation ("Fonds" and "Fondo",
    "Gallegas" and "Galegas", "President" and "Presidente") or one word in the singular and the
    plural, rather than one name spelt two ways ("Maria" and "Marta", "Politéchnico")? Either is
    a word of its own language, and much rarer in the other's."""
    if any(a + end == b or b + end == a for end in _PLURAL):
        return True

    def own(word: str, lang: str, other: str) -> bool:
        frequency = zipf(word, lang, "large")
        return frequency >= 1.0 and frequency - zipf(word, other, "large") >= TRANSLATED

    return own(a, lang_a, lang_b) or own(b, lang_b, lang_a)
