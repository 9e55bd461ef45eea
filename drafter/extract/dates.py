"""Recognisers of dates; times ("12:30") and Markdown list markers ("1. ") are skipped, not reported."""

from __future__ import annotations

import datetime as dt
import re

from .scan import Scan

_NUMERIC_DATE = re.compile(
    r"(?:(?P<a>\d(?<![\w.,/-]\d)\d?)(?P<s>[./-])(?P<b>\d{1,2})(?P=s)(?P<y>\d{4})"
    r"|(?P<iy>\d(?<![\w.,/-]\d)\d{3})(?P<t>[-/.])(?P<im>\d{1,2})(?P=t)(?P<id>\d{1,2}))"
    r"(?![\w]|[.,/-]\d)"
)
_TIME = re.compile(r"\d(?<![\w.,:]\d)\d?(?::|h(?=\d))\d{2}(?![\w]|:\d)")
_LIST_MARKER = re.compile(r"^[ \t]*\d{1,9}\\?[.)](?=[ \t])", re.M)


def _date_value(year: str | None, month: int, day: int) -> str | None:
    """2013-03-05, or --03-05 without a year; None if there is no such day."""
    try:
        if year:
            return dt.date(int(year), month, day).isoformat()
        dt.date(2000, month, day)  # a leap year: 29 February is a day
    except ValueError:
        return None
    return f"--{month:02d}-{day:02d}"


def dates(st: Scan) -> None:
    r = st.rules
    for m in r.date.finditer(st.fold):
        g = m.groupdict()
        month = r.months[(g["m1"] or g["m2"]).lower().rstrip(".")]
        value = _date_value(g["y1"] or g.get("y2"), month, int(g["d1"] or g["d2"]))
        if value is None:
            continue
        start = m.start()
        weekday = r.weekday_before.search(st.fold, max(0, start - 24), start)
        st.take(weekday.start() if weekday else start, m.end(), "date", value)
    for m in _NUMERIC_DATE.finditer(st.text):
        if m.group("y"):
            first, second = int(m.group("a")), int(m.group("b"))
            day, month = (second, first) if r.month_first else (first, second)
            value = _date_value(m.group("y"), month, day)
        else:
            value = _date_value(m.group("iy"), int(m.group("im")), int(m.group("id")))
        if value:
            st.take(m.start(), m.end(), "date", value)
    for pattern in (_TIME, _LIST_MARKER):
        for m in pattern.finditer(st.text):
            if st.free(*m.span()):
                st.claim(*m.span())
