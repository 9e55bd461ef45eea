"""Areas: a number before a unit of area, read as square kilometres, so that one version's hectares
meet another's km² or acres when the conversion agrees.

A translation may convert an area for its readers (12 000 hectares, 120 km², some 30 000 acres).
Each such number takes an alias ``area:<km²>``; the checker pairs two areas whose square kilometres
agree to within :data:`TOLERANCE` (a conversion is rounded), and reports them when they do not.
"""

from __future__ import annotations

import re

UNITS: dict[str, float] = {
    r"km²|km2|kms²|quil[oó]metros? quadrados?|kil[oó]metros? cuadrados?|square kilomet(?:re|er)s?|sq\.? ?km"
    r"|kilom[eè]tres? carr[eé]s?": 1.0,
    r"ha|hect(?:are|ár|áre|ar)s?|hect[aá]reas?": 0.01,
    r"acres?": 0.0040468564224,
    r"m²|m2|metros? quadrados?|metros? cuadrados?|square met(?:re|er)s?|m[eè]tres? carr[eé]s?": 1e-6,
}
"""Each unit of area, as the four languages write it, and its size in square kilometres."""

TOLERANCE = 0.03
"""How far apart (as a share of the larger) two areas may be and still be one area converted and rounded."""

_UNIT = re.compile(
    r"[ \u00a0\u202f]*(?:de[ \u00a0]+|d['’][ \u00a0]*|of[ \u00a0]+)?(?:"
    + "|".join(f"({u})" for u in UNITS)
    + r")(?![\w²])",
    re.I,
)
_SIZES = tuple(UNITS.values())


def areas(text: str, found: list[tuple[int, int, str, str]]) -> dict[int, str]:
    """The alias ``area:<km²>`` of every number followed by a unit of area, by where the number starts."""
    out: dict[int, str] = {}
    for start, end, kind, value in found:
        if kind != "number":
            continue
        unit = _UNIT.match(text, end)
        if unit is None:
            continue
        size = next(s for s, g in zip(_SIZES, unit.groups(), strict=True) if g is not None)
        try:
            km2 = float(value) * size
        except ValueError:
            continue
        out[start] = f"area:{km2:.6g}"
    return out


def same_area(a: str, b: str) -> bool:
    """Are two aliases of :func:`areas` one area, converted and rounded?"""
    if not (a.startswith("area:") and b.startswith("area:")):
        return False
    x, y = float(a[5:]), float(b[5:])
    return abs(x - y) <= TOLERANCE * max(x, y)
