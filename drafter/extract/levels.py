"""Level words that are everyday words too, and the places where they are levels all the same.

French writes the levels Or and Argent with the words for "but, now" (or) and "money" (argent). With a
capital inside a sentence they are the levels, as before. In lower case they are the levels only where
French uses them so: after a level's noun ("le niveau or", "la médaille d'or", "le trophée d'argent",
"un trophée en or") or as what a prize-winner carries off ("a remporté l'or"). Where "or" could still be
the conjunction ("le prix, or…") or "argent" money ("le manque d'argent", "un prix en argent", a cash
prize), they are not read: a level the text does not give is a false alarm between versions.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType as frozen

from .scan import fold


def _folded(text: str) -> frozenset[str]:
    """The words of ``text``, folded as the scan's words are (no accents, lower case)."""
    return frozenset(fold(text).lower().split())


@dataclass(frozen=True)
class LevelWords:
    """One language's level words that are also everyday words, and the words around them that make
    them levels."""

    common: frozenset[str]
    """Glossary level words that are also everyday words: read with a capital, not opening a sentence,
    or in lower case in one of the places below."""
    after: frozenset[str] = frozenset()
    """Nouns a level follows, next to them ("niveau or") or through a small word ("médaille d'or")."""
    through: Mapping[tuple[str, str], frozenset[str]] = field(default_factory=lambda: frozen({}))
    """(small word, how it hangs on the level word: "'" or "" for a space) → the level words it may link
    to a noun of :attr:`after`: "d'" both ("médaille d'argent"), "en" gold only ("prix en argent" is cash)."""
    won: frozenset[str] = frozenset()
    """Verbs after which "l'" and a level word is the level carried off ("a remporté l'or")."""


LEVEL_WORDS: Mapping[str, LevelWords] = frozen(
    {
        "fr": LevelWords(
            common=frozenset({"or", "argent"}),
            after=_folded(
                "niveau niveaux médaille médailles trophée trophées prix label labels palme palmes coupe coupes "
                "distinction distinctions catégorie catégories échelon échelons certification certifications"
            ),
            through=frozen({("d", "'"): frozenset({"or", "argent"}), ("en", ""): frozenset({"or"})}),
            won=_folded(
                "remporte remportent remporté remportée remportés remportées remporter remportant "
                "décroche décrochent décroché décrochée décrochés décrochées décrocher décrochant"
            ),
        ),
    }
)
"""Per language; a language whose level words are no everyday words has no entry."""


def common_level_word(lang: str, low: str) -> bool:
    """Is ``low`` (folded, lower case) a level word of ``lang`` that is also an everyday word?"""
    found = LEVEL_WORDS.get(lang)
    return found is not None and low in found.common


def level_in_lower_case(lang: str, lows: Sequence[str], join: Callable[[int], str], k: int) -> bool:
    """Is word k, an everyday word that is also a level (see :func:`common_level_word`), the level where
    it stands? ``lows`` are the text's words folded and in lower case; ``join(j)`` how word j hangs on
    the word before ("" by spaces, "'" by an apostrophe)."""
    found = LEVEL_WORDS.get(lang)
    if found is None or k < 1:
        return False
    if lows[k - 1] in found.after and join(k) == "":  # "le niveau or"
        return True
    if k < 2 or join(k - 1) != "":
        return False
    if lows[k - 2] in found.after and lows[k] in found.through.get((lows[k - 1], join(k)), ()):
        return True  # "la médaille d'or", "un trophée en or"
    return lows[k - 1] == "l" and join(k) == "'" and lows[k - 2] in found.won  # "a remporté l'or"
