"""How alike two values are: a typo's distance, and a hint for people ("one digit differs", "Oito is 8")."""

from __future__ import annotations

from rapidfuzz.distance import OSA

SAME_DAY = "the same day, with and without the year"
"""The hint for a date whose year one side leaves out: the same day, which the facts check reports as a warning."""


def distance(a: str, b: str, limit: int | None = None) -> int:
    """Edit distance counting a swap of two neighbours as one edit (ESCA and ECSA are one apart):
    the optimal string alignment distance. With ``limit``, a distance over it is ``limit + 1``."""
    if limit is None:
        return int(OSA.distance(a, b))
    return int(OSA.distance(a, b, score_cutoff=limit))


def similar(kind: str, a: str, b: str, texts: tuple[str, str] | None = None) -> str | None:
    """A hint when ``a`` and ``b`` look like the same fact written differently, else None.

    ``texts``: how each is written, so that a number in words is not said to be digits apart."""
    if a == b:
        return None
    if kind == "date":
        if a[-5:] == b[-5:] and a.startswith("--") != b.startswith("--"):
            return SAME_DAY
        return "a different date" if distance(a, b, 2) <= 2 else None
    if kind in ("country", "term"):
        return "a different one"
    if abs(len(a) - len(b)) > 2 or max(len(a), len(b)) > 200:
        return None  # too far apart to be one typo (and no edit distance over long texts)
    gap = distance(a, b, 2)
    if kind in ("number", "percent", "amount", "ordinal", "phone"):
        if texts and kind in ("number", "ordinal") and not all(any(c.isdigit() for c in t) for t in texts):
            return in_words(a, b, texts)
        return digits_apart(a, b) if gap <= 2 else None
    if gap <= (1 if min(len(a), len(b)) <= 4 else 2) and min(len(a), len(b)) >= 3:
        return f"{gap} letter{'s' if gap > 1 else ''} apart"
    return None


def gap(kind: str, a: str, b: str) -> int:
    """The distance of two values :func:`similar` pairs: at most 2, but for dates, countries and
    levels, which are all short."""
    return distance(a, b, None if kind in ("date", "country", "term") else 2)


def digits_apart(a: str, b: str) -> str:
    """How two numbers written in digits differ, as a reader checks it: "one digit differs",
    "two digits swapped", "one digit added or left out"."""
    if len(a) != len(b):
        return "one digit added or left out" if distance(a, b) == 1 else "two digits differ"
    changed = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    first = changed[0]
    if len(changed) == 2 and changed[1] == first + 1 and (a[first], a[first + 1]) == (b[first + 1], b[first]):
        return "two digits swapped"
    return "one digit differs" if len(changed) == 1 else "two digits differ"


def in_words(a: str, b: str, texts: tuple[str, str]) -> str:
    """Two numbers, one or both written in words: which number each word is ("Oito is 8, nueve is 9")."""
    return ", ".join(
        f"{' '.join(text.split())} is {value}"
        for value, text in zip((a, b), texts, strict=True)
        if not any(c.isdigit() for c in text)
    )
