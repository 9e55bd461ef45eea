"""A short sector said as a modifier of the type, where a language does so: "a social care NGO", "an olive
oil company", « une ONG d’action sociale », « une entreprise de construction durable », not "an NGO in the
social care sector", « une ONG spécialisée dans l’action sociale ». One rule a language, in a registry; a
language without one keeps its frame ("del sector de", "do setor de"), as its press writes it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from ..said import folded
from .nouns import FIELD_TYPES
from .stopwords import STOPWORDS

_LONGEST = 3
"""The most words a sector may have to go before the type: "a sustainable building materials company" is
already a stack a reader has to undo."""

_ARTICLE_FR = re.compile(r"(?:les|le|la) |l[’']")


def _english(a: str, word: str, sector: str) -> str | None:
    """ "a social care NGO": the sector before a type of one word, its article by the sector's sound. Not a
    sector with a function word ("food and drink" keeps "in the food and drink sector"), nor one of more
    than three words."""
    words = sector.split()
    if not words or len(words) > _LONGEST or " " in word.strip() or not word:
        return None
    if any(folded(w) in STOPWORDS["en"] for w in words) or any(not w.isalpha() for w in words):
        return None
    an = "an" if _vowel_sound(words[0]) else "a"
    return f"{an} {sector} {word}"


def _vowel_sound(word: str) -> bool:
    """Whether a word starts with a vowel sound ("an olive oil", "a university", "an hour"): its letter,
    but for the few English words whose spelling says otherwise."""
    low = word.lower()
    if low.startswith(("uni", "use", "usu", "uti", "eu", "one")):
        return False
    return low[:1] in "aeiou" or low.startswith(("hour", "honest", "heir"))


def _french(a: str, word: str, sector: str) -> str | None:
    """« une ONG d’action sociale », « une entreprise de fruits et légumes », « un cluster de textiles
    techniques »: a sector of a noun and its adjectives, or of two nouns, up to three words, said with
    « de » and no article, after a type of one word. A sector of one noun (« une entreprise spécialisée
    dans l’eau », not « d’eau ») or a noun and its complement (« spécialisée dans le cycle de l’eau »,
    « dans les activités de spécialité ») keeps « spécialisé dans »."""
    found = _ARTICLE_FR.match(sector)
    if found is None or " " in word.strip() or not word or not a:
        return None
    bare = sector[found.end() :]
    words = bare.split()
    if not 2 <= len(words) <= _LONGEST or any(not w.replace("-", "").isalpha() for w in words):
        return None  # « l’huile d’olive »: « une entreprise d’huile d’olive » reads as a slip
    if any(w in ("de", "du", "des") or w.startswith(("d’", "d'")) for w in words):
        return None  # « le cycle de l’eau »: « une entreprise de cycle de l’eau » is not French
    of = "d’" if folded(bare)[:1] in "aeiouyh" else "de "
    return f"{a} {of}{bare}"


MODIFIERS: Mapping[str, Callable[[str, str, str], str | None]] = {"en": _english, "fr": _french}
"""Each language's rule: (the type with its article, its word, the sector) to the type and its sector."""


def with_sector(lang: str, kind: Mapping[str, str] | None, sector: str | None) -> str | None:
    """The type with the sector as its modifier, as ``lang`` writes a short one; None where it keeps its
    frame, or where there is no type or no sector to join."""
    rule = MODIFIERS.get(lang)
    if rule is None or not kind or not sector or not kind.get("a") or kind.get("key") in FIELD_TYPES:
        return None  # a university, a foundation work in a field: "working in", « spécialisée dans »
    return rule(kind["a"], kind.get("word", ""), sector)
