"""The days of the week in each language, to read the weekday a date is given with ("jeudi 15 mai",
"Friday 15 May"): two versions that give one date on two weekdays disagree on one of them."""

from __future__ import annotations

import re
from functools import cache

from ..extract.scan import fold

WEEKDAYS: dict[str, tuple[tuple[str, ...], ...]] = {
    "en": (("monday",), ("tuesday",), ("wednesday",), ("thursday",), ("friday",), ("saturday",), ("sunday",)),
    "es": (("lunes",), ("martes",), ("miercoles",), ("jueves",), ("viernes",), ("sabado",), ("domingo",)),
    "pt": (
        ("segunda-feira", "segunda"),
        ("terca-feira", "terca"),
        ("quarta-feira", "quarta"),
        ("quinta-feira", "quinta"),
        ("sexta-feira", "sexta"),
        ("sabado",),
        ("domingo",),
    ),
    "fr": (("lundi",), ("mardi",), ("mercredi",), ("jeudi",), ("vendredi",), ("samedi",), ("dimanche",)),
}
"""Monday first, accents folded; Portuguese days also without "-feira"."""


@cache
def _pattern(lang: str) -> re.Pattern[str] | None:
    days = WEEKDAYS.get(lang)
    if not days:
        return None
    names = sorted((name for day in days for name in day), key=len, reverse=True)
    return re.compile(rf"(?<![\w-])({'|'.join(map(re.escape, names))})(?![\w-])")


def weekday(text: str, lang: str) -> int | None:
    """The weekday (0 for Monday) that the text of a date names, if it names one."""
    pattern = _pattern(lang)
    found = pattern.search(fold(text).lower()) if pattern else None
    if found is None:
        return None
    return next(i for i, day in enumerate(WEEKDAYS[lang]) if found.group(1) in day)
