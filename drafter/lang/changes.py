"""How each language opens a line of the figures that says a percentage change ("A fall of 18.4% in…",
"Redução de 18,4 % em…"): the first of its nouns for that way that the figure's own words do not hold.
A fixed noun collides with the noun a figure counts ("A fall of 27% in falls among inpatients"); the next
one does not ("A drop of 27% in falls among inpatients")."""

from __future__ import annotations

import re
from collections.abc import Mapping

Opening = tuple[str, str]
"""A line's opening ("A drop") and the stem that says a word of the figure is the same noun ("drop")."""

CHANGE_OPENINGS: Mapping[str, Mapping[str, tuple[Opening, ...]]] = {
    "en": {
        "down": (("A fall", "f[ae]ll"), ("A drop", "drop"), ("A decrease", "decreas")),
        "up": (("A rise", "ris|rose"), ("An increase", "increas"), ("Growth", "grow")),
    },
    "pt": {
        "down": (("Redução", "redu"), ("Descida", "desc"), ("Diminuição", "diminu")),
        "up": (("Aumento", "aument"), ("Subida", "subi"), ("Crescimento", "cresc")),
    },
    "es": {
        "down": (("Reducción", "reduc"), ("Descenso", "descen"), ("Disminución", "disminu")),
        "up": (("Aumento", "aument"), ("Subida", "subi"), ("Crecimiento", "crec")),
    },
    "fr": {
        "down": (("Baisse", "baiss"), ("Diminution", "diminu"), ("Recul", "recul")),
        "up": (("Hausse", "hauss"), ("Augmentation", "augment"), ("Progression", "progress")),
    },
}
"""Per language and way, the nouns in the order a press office prefers them. "fall" and "rise" say which
way a figure went, not whether anyone made it go ("reduction" would say that seagrass was cut)."""


def change_opening(lang: str, way: str, what: str) -> str | None:
    """The opening of a line that says a change ``way`` ("up", "down") in ``what``, in ``lang``: the first
    noun whose stem opens no word of ``what``, else the first; None for a language with no such table (its
    templates say it themselves)."""
    openings = CHANGE_OPENINGS.get(lang, {}).get(way)
    if not openings:
        return None
    words = re.findall(r"\w+", what.casefold())
    for opening, stem in openings:
        if not any(re.match(stem, word) for word in words):
            return opening
    return openings[0][0]
