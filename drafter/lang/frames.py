"""Fixed words of a frame that must not repeat a word of what they frame: a line of the figures that says
a percentage change ("An 18.4% fall in…", "Redução de 18,4 % em…") and the French participle before an
organisation's sector (« spécialisée dans… »). A fixed word collides with some input ("A 27% fall in falls
among inpatients", « une entreprise spécialisée dans le café de spécialité »); the next one does not ("A 27%
drop in falls…", « une entreprise active dans le café de spécialité »)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence

CHANGE_OPENINGS: Mapping[str, Mapping[str, tuple[str, ...]]] = {
    "en": {"down": ("fall", "drop", "decrease"), "up": ("rise", "increase", "growth")},
    "pt": {"down": ("Redução", "Descida", "Diminuição"), "up": ("Aumento", "Subida", "Crescimento")},
    "es": {"down": ("Reducción", "Descenso", "Disminución"), "up": ("Aumento", "Subida", "Crecimiento")},
    "fr": {"down": ("Baisse", "Diminution", "Recul"), "up": ("Hausse", "Augmentation", "Progression")},
}
"""Per language and way, the openings in the order a press office prefers them. "fall" and "rise" say which
way a figure went, not whether anyone made it go ("reduction" would say that seagrass was cut). English
says the noun after the size (:data:`SIZED`)."""

SIZED = frozenset({"en"})
"""Languages whose line puts a percentage before the noun of its change, as their press writes it: "A 27%
drop in falls among inpatients", "An 18.4% fall in…", "27% growth in…", not the translated "A drop of 27%
in…"; Portuguese, Spanish and French say the noun first ("Redução de 18,4 % em…", « Baisse de 18,4 % de… »).
A change that is no percentage keeps "of": "A fall of 3,200 in…"."""

MASS_NOUNS = frozenset({"growth"})
"""Nouns of a change that take no article: "27% growth in…"."""


def _an(value: str) -> bool:
    """Whether a number said aloud opens on a vowel: eight, eleven, eighteen, eighty ("an 8% rise", "an 18.4%
    fall", "an 11,000 rise"), not "a 58% fall" nor "a 1.5% rise"."""
    whole = re.sub(r"[^\d.]", "", value).partition(".")[0]
    if whole.startswith("8"):
        return True
    return whole[:2] in ("11", "18") and len(whole) in (2, 5, 8, 11)


FRAME_WORDS: Mapping[str, Mapping[str, tuple[str, ...]]] = {
    "fr": {"sector": ("spécialisé", "actif", "secteur")},
}
"""Per language, the words a template's frame may say, in the order it prefers them, by the frame's name:
French says a sector « spécialisé dans… », else « actif dans… », else « du secteur de… »."""


def _folded(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word.casefold()) if not unicodedata.combining(c))


def repeats(word: str, text: str) -> bool:
    """Whether ``text`` holds ``word`` again, or a word of its family: one that shares its first letters,
    all but its last three, and at least four ("falls" for "fall", « spécialité » for « spécialisé »,
    "reduções" for "Redução"), accents aside."""
    stem = _folded(word)
    stem = stem[: max(4, len(stem) - 3)]
    return any(_folded(w).startswith(stem) for w in re.findall(r"\w+", text))


def unrepeated(text: str, *options: str) -> str:
    """The first of ``options`` whose last word ``text`` does not repeat, else the first: a frame's word
    chosen so that it never says a word of what it frames again."""
    for option in options:
        if not repeats(option.split()[-1], text):
            return option
    return options[0]


def frame_word(lang: str, text: str, frame: str) -> str:
    """The first of ``lang``'s words for ``frame`` (:data:`FRAME_WORDS`) that ``text`` does not repeat; blank
    for a frame the language has no words for."""
    options = FRAME_WORDS.get(lang, {}).get(frame, ())
    return unrepeated(text, *options) if options else ""


def change_opening(lang: str, way: str, what: str, size: str = "", approx: bool = False) -> str | None:
    """The opening of a line that says a change ``way`` ("up", "down") in ``what``, in ``lang``: its noun, or
    in a language of :data:`SIZED` the percentage ``size`` and its noun with their article ("A roughly 30%
    rise" where ``approx``); None for a language with no such table (its templates say it themselves)."""
    openings: Sequence[str] = CHANGE_OPENINGS.get(lang, {}).get(way, ())
    if not openings:
        return None
    noun = unrepeated(what, *openings)
    if lang not in SIZED:
        return noun
    if not size:  # no percentage: "A fall of 3,200 in…", "Growth of 3,200 in…"
        return noun.capitalize() if noun in MASS_NOUNS else ("An " if noun[0] in "aeiou" else "A ") + noun
    sized = f"roughly {size} {noun}" if approx else f"{size} {noun}"
    if noun in MASS_NOUNS:
        return sized[:1].upper() + sized[1:]
    return ("An " if not approx and _an(size) else "A ") + sized
