"""A count of years is also a count of months: "five years", "cinco años", "5 ans" meet 60 months."""

from __future__ import annotations

import re
from types import MappingProxyType

YEAR_WORDS = MappingProxyType(
    {
        "en": r"years?",
        "es": r"años?",
        "pt": r"anos?",
        "fr": r"ans|an|années?",
    }
)
"""The word for a year after a count, in each language: a duration reads as a count of them."""

_AFTER = {
    lang: re.compile(rf"[ \u00a0\u202f]+(?:{words})(?![\w-])", re.IGNORECASE) for lang, words in YEAR_WORDS.items()
}


def in_months(text: str, lang: str, found: list[tuple[int, int, str, str]]) -> dict[int, str]:
    """The key a count of years also meets as months, by where it starts: "five years" ``n:60``. A
    project's length is written in years when it is a whole number of them, in months in the facts."""
    after = _AFTER.get(lang)
    if after is None:
        return {}
    out: dict[int, str] = {}
    for start, end, kind, value in found:
        if kind == "number" and value.isdigit() and 0 < int(value) <= 100 and after.match(text, end):
            out[start] = f"n:{int(value) * 12}"
    return out
