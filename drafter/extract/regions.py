"""A region said through its main city and the word for a region: "the Valencia region", « la région de
Valence », "a região de Valência" are the Comunitat Valenciana, which another version names.

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


def regions(text: str, found: list[tuple[int, int, str, str]]) -> dict[int, str]:
    """The alias ``pl:<region>`` of each city said with the word for a region, by where the city starts."""
    by_city = _regions_by_city()
    out: dict[int, str] = {}
    for start, end, kind, value in found:
        region = by_city.get(value) if kind == "place" else None
        if region and (_AFTER.match(text, end) or _BEFORE.search(text[max(0, start - 30) : start])):
            out[start] = f"pl:{region}"
    return out
