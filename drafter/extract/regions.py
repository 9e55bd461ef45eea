"""A region said through its main city and the word for a region: "the Valencia region", « la région de
Valence », "a região de Valência" are the Comunitat Valenciana, which another version names. A region
said through the place it is named after, its word for a kind of place in lower case: "no vale do Loire",
"en el valle del Loira" are the Loire Valley (the table's "Vale do Loire", "Valle del Loira"), though
the scan reads only the river's name.

The city keeps its own key and takes the region's as an alias (``pl:<region>``), so that either version
meets the other. Which city is a region's main one, so that its name and "region" say the region, is
data: the ``city`` of a region in ``drafter/data/places.yaml``. "The Bordeaux region" (no region of that
name in the table) stays Bordeaux.
"""

from __future__ import annotations

import re
from functools import cache

from .names import table

_REGION = r"r[eé]gi(?:on|ón|ão|ao)"
"""The word for a region in pt, es, en and fr, with or without its accent."""
_AFTER = re.compile(rf"[ \u00a0]+{_REGION}(?!\w)", re.I)
"""After the city's name: "the Valencia region"."""
_BEFORE = re.compile(rf"(?<!\w){_REGION}[ \u00a0]+(?:de|del|da|do|of|of the|d['’])[ \u00a0]*\Z", re.I)
"""Before it: "la région de Valence", "la región de Valencia", "the region of Valencia"."""


@cache
def _regions_by_city() -> dict[str, str]:
    return {
        str(entry["city"]): str(region)
        for region, entry in table("places")["regions"].items()
        if isinstance(entry, dict) and entry.get("city")
    }


@cache
def _regions_by_word() -> dict[str, tuple[tuple[str, str], ...]]:
    """Each region's names of several words, in lower case, by their first and by their last word:
    "loira" -> ("valle del loira", "loire-valley"), "loire" -> ("loire valley", "loire-valley")."""
    out: dict[str, list[tuple[str, str]]] = {}
    for region, entry in table("places")["regions"].items():
        if not isinstance(entry, dict):
            continue
        for lang in ("pt", "es", "en", "fr"):
            for form in entry.get(lang) or ():
                words = str(form).casefold().split()
                if len(words) > 1:
                    for word in {words[0], words[-1]}:
                        out.setdefault(word, []).append((" ".join(words), str(region)))
    return {word: tuple(names) for word, names in out.items()}


def _named_after(text: str, start: int, end: int) -> str | None:
    """The region whose name stands around the place at ``text[start:end]``, whatever its case."""
    for name, region in _regions_by_word().get(text[start:end].casefold(), ()):
        if text[max(0, end - len(name)) : end].casefold() == name or text[start : start + len(name)].casefold() == name:
            return region
    return None


def regions(text: str, found: list[tuple[int, int, str, str]]) -> dict[int, str]:
    """The alias ``pl:<region>`` of each city said with the word for a region, and of each place said
    with the rest of a region's name, by where the place starts."""
    by_city = _regions_by_city()
    out: dict[int, str] = {}
    for start, end, kind, value in found:
        if kind != "place":
            continue
        region = by_city.get(value)
        if region and (_AFTER.match(text, end) or _BEFORE.search(text[max(0, start - 30) : start])):
            out[start] = f"pl:{region}"
        elif (around := _named_after(text, start, end)) is not None and around != value:
            out[start] = f"pl:{around}"
    return out
