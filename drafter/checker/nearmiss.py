"""How alike two values are: a typo's distance, and a hint for people ("1 digit apart")."""

from __future__ import annotations

from rapidfuzz.distance import OSA


def distance(a: str, b: str, limit: int | None = None) -> int:
    """Edit distance counting a swap of two neighbours as one edit (ESCA and ECSA are one apart):
    the optimal string alignment distance. With ``limit``, a distance over it is ``limit + 1``."""
    if limit is None:
        return int(OSA.distance(a, b))
    return int(OSA.distance(a, b, score_cutoff=limit))


def similar(kind: str, a: str, b: str) -> str | None:
    """A hint when ``a`` and ``b`` look like the same fact written differently, else None."""
    if a == b:
        return None
    if kind == "date":
        if a[-5:] == b[-5:] and a.startswith("--") != b.startswith("--"):
            return "the same day, with and without the year"
        return "a different date" if distance(a, b, 2) <= 2 else None
    if kind in ("country", "term"):
        return "a different one"
    if abs(len(a) - len(b)) > 2 or max(len(a), len(b)) > 200:
        return None  # too far apart to be one typo (and no edit distance over long texts)
    gap = distance(a, b, 2)
    if kind in ("number", "percent", "amount", "ordinal", "phone"):
        return f"{gap} digit{'s' if gap > 1 else ''} apart" if gap <= 2 else None
    if gap <= (1 if min(len(a), len(b)) <= 4 else 2) and min(len(a), len(b)) >= 3:
        return f"{gap} letter{'s' if gap > 1 else ''} apart"
    return None


def gap(kind: str, a: str, b: str) -> int:
    """The distance of two values :func:`similar` pairs: at most 2, but for dates, countries and
    levels, which are all short."""
    return distance(a, b, None if kind in ("date", "country", "term") else 2)
