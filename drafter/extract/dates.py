"""Recognisers of dates; times ("12:30") and Markdown list markers ("1. ") are skipped, not reported."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from itertools import chain, compress

from .scan import Scan, words_of

EMITS = ("date",)
"""The kinds of mention this module's recognisers report (see :mod:`drafter.extract.kinds`)."""

_DAY_FIRST = re.compile(r"(?P<a>\d(?<![\w.,/-]\d)\d?)(?P<s>[./-])(?P<b>\d{1,2})(?P=s)(?P<y>\d{4})(?![\w]|[.,/-]\d)")
_YEAR_FIRST = re.compile(
    r"(?P<y>\d(?<![\w.,/-]\d)\d{3})(?P<s>[-/.])(?P<m>\d{1,2})(?P=s)(?P<d>\d{1,2})(?![\w]|[.,/-]\d)"
)
"""05/03/2013 (or 03/05/2013 in the United States) and 2013-03-05. Two patterns, not one of two branches,
so that the regex engine skips to digits in C; their matches never overlap (neither starts after a digit
or a separator), so reading one after the other finds what the one pattern did."""
_TIME = re.compile(r"\d(?<![\w.,:]\d)\d?(?::|h(?=\d))\d{2}(?![\w]|:\d)")
_LIST_MARKER = re.compile(r"^[ \t]*\d{1,9}\\?[.)](?=[ \t])", re.M)


_DAY_MONTH = re.compile(r"(?P<a>\d(?<![\w.,/:-]\d)\d?)/(?P<b>\d{2})(?![\w/]|[.,:]\d)")
"""03/11 or 7/06: a day and a month with no year, the month always in two digits (not 1/2, a half)."""


def _date_value(year: str | None, month: int, day: int) -> str | None:
    """2013-03-05, or --03-05 without a year; None if there is no such day."""
    try:
        if year:
            return dt.date(int(year), month, day).isoformat()
        dt.date(2000, month, day)  # a leap year: 29 February is a day
    except ValueError:
        return None
    return f"--{month:02d}-{day:02d}"


def with_year(value: str, year: str) -> str:
    """--05-14 in 2024 is 2024-05-14 (if there is such a day); other values stay as they are."""
    if value.startswith("--") and len(value) == 7:
        return _date_value(year, int(value[2:4]), int(value[5:7])) or value
    return value


def year_of(value: str) -> str | None:
    return value[:4] if value[:4].isdigit() else None


def dates(st: Scan) -> None:
    """Dates, ranges of days ("14 y 15 de mayo", "15 March to 11 April 2022"), months of a year, months."""
    r = st.rules.dates
    found: list[tuple[int, int, str]] = []
    opening = _Openings(st.fold, r.full_words, r.month_words, r.preposition_words, digits=st.openings(folded=True))
    for m in opening.matches(r.full, r.full_words, digits=True):
        g = m.groupdict()
        month = r.months[(g["m1"] or g["m2"]).lower().rstrip(".")]
        value = _date_value(g["y1"] or g.get("y2"), month, int(g["d1"] or g["d2"]))
        if value is None:
            st.claim(*m.span())  # 31 de febrero: no day, and not a month of a year either
            continue
        start = m.start()
        weekday = r.weekday_before.search(st.fold, max(0, start - 24), start)
        found.append((weekday.start() if weekday else start, m.end(), value))
    for start, end, value in _ranges(st, found):
        st.take(start, end, "date", value)
    for m in st.led(_DAY_FIRST):
        first, second = int(m.group("a")), int(m.group("b"))
        day, month = (second, first) if st.rules.month_first else (first, second)
        if value := _date_value(m.group("y"), month, day):
            st.take(m.start(), m.end(), "date", value)
    for m in st.led(_YEAR_FIRST):
        if value := _date_value(m.group("y"), int(m.group("m")), int(m.group("d"))):
            st.take(m.start(), m.end(), "date", value)
    for m in st.led(_DAY_MONTH):
        first, second = int(m.group("a")), int(m.group("b"))
        day, month = (second, first) if st.rules.month_first else (first, second)
        if value := _date_value(None, month, day):
            st.take(m.start(), m.end(), "date", value)
    for m in opening.matches(r.month_year, r.month_words):
        st.take(m.start(), m.end(), "date", f"{m.group('y')}-{r.months[m.group('m').lower()]:02d}")
    for m in opening.matches(r.month_only, r.preposition_words, before=r.month_words):
        st.take(m.start("m"), m.end(), "date", f"--{r.months[m.group('m').lower()]:02d}")
    for m in chain(st.led(_TIME), _LIST_MARKER.finditer(st.text)):
        if st.free(*m.span()):
            st.claim(*m.span())


_DIGITS = re.compile(r"\d+")
_BEFORE_MONTH = 6
"""Most words a month after a preposition stands after the preposition's first: "jusqu'en", "le", "mois",
"d'" and the month are its 2nd to 6th."""


class _Openings:
    """Where in a folded text a date pattern can open, to try it there alone (:meth:`matches`): a month
    name is a word of the text, which :func:`.scan.words_of` has cut (and keeps for the word scan), and
    a pattern that opens with one is otherwise tried at most of the text's letters."""

    def __init__(self, folded: str, *wanted: frozenset[str] | None, digits: list[int] | None = None) -> None:
        self.folded = folded
        found = words_of(folded)
        self.starts, self.lows = found.starts, found.lows
        self.wanted = tuple(w for w in wanted if w is not None)  # None: the pattern reads the whole text
        self.hits: list[int] | None = None
        self.digits = digits

    def words(self, wanted: frozenset[str]) -> list[int]:
        """The indexes of the words in ``wanted``: for the sets named when made, from one pass over the
        text's words that finds those in any of them (a few dozen of some 600), not a pass for each."""
        if wanted not in self.wanted:
            return list(compress(range(len(self.lows)), map(wanted.__contains__, self.lows)))
        if self.hits is None:
            known = frozenset().union(*self.wanted)
            self.hits = list(compress(range(len(self.lows)), map(known.__contains__, self.lows)))
        lows = self.lows
        return [i for i in self.hits if lows[i] in wanted]

    def matches(
        self,
        pattern: re.Pattern[str],
        words: frozenset[str] | None,
        *,
        digits: bool = False,
        before: frozenset[str] | None = None,
    ) -> Iterator[re.Match[str]]:
        """What ``pattern.finditer`` finds in the text, when a match can open only at a word in ``words``
        (or at a digit, with ``digits``; and, with ``before``, only within :data:`_BEFORE_MONTH` words
        before a word in ``before``): there it is tried alone, in order, each after the last match's end.
        With ``words`` None, the whole text is read."""
        if words is None:
            yield from pattern.finditer(self.folded)
            return
        indexes = self.words(words)
        if before is not None:
            near: set[int] = set()
            for month in self.words(before):
                near.update(range(month - _BEFORE_MONTH, month))
            indexes = [i for i in indexes if i in near]
        starts = [self.starts[i] for i in indexes]
        if digits:  # a digit after a word character opens no date: the scan's places of numbers will do
            at_digits = self.digits if self.digits is not None else [m.start() for m in _DIGITS.finditer(self.folded)]
            starts = sorted({*starts, *at_digits})
        end = 0
        for start in starts:
            if start >= end and (m := pattern.match(self.folded, start)):
                end = m.end()
                yield m


def _ranges(st: Scan, found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Dates joined into ranges: a day written before a date ("14 y 15 de mayo", "6-13 June"),
    and two dates joined by a range word ("15 de abril a 12 de maio de 2024"); the first takes
    the year of the second when it has none. A range's value is ``first/last``."""
    r = st.rules.dates
    out: list[tuple[int, int, str]] = []
    i = 0
    while i < len(found):
        start, end, value = found[i]
        first = value
        before = r.day_before.search(st.fold, max(0, start - 12), start)
        if before and (day := int(before.group("d0"))) < int(value[-2:]):
            month = int(value[-5:-3])
            first = _date_value(year_of(value), month, day) or value
            start = before.start()
        if i + 1 < len(found) and first == value:
            nxt_start, nxt_end, nxt = found[i + 1]
            year = year_of(nxt)
            dated = with_year(value, year) if year and not year_of(value) else value
            # Days compare with their years when both have one: 28 December 2025 to 2 January 2026.
            later = dated < nxt if year_of(dated) and year_of(nxt) else dated[-5:] < nxt[-5:]
            if r.range_gap.fullmatch(st.fold, end, nxt_start) and later:
                out.append((start, nxt_end, f"{dated}/{nxt}"))
                i += 2
                continue
        out.append((start, end, value if first == value else f"{first}/{value}"))
        i += 1
    return out


_PARAGRAPH = re.compile(r"\n[ \t]*\n")
_SENTENCE_END = re.compile(r"[.!?][*_»”\")]*\s+(?=[^\s\da-zà-ÿ])")
_DATELINE = re.compile(r"(?:^|\n)[ \t]*[*_]*[^\W\d_][^,\n]{0,60},[ \t]*(?:[^\W\d_]+,?[ \t]+)?\Z")
"""What stands before a dateline's date on its line: "**Vigo, ", "NEW YORK, ", "Lisboa, segunda-feira, "."""


def years_given(text: str, found: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """A day and month take the year of the nearest full date before them in the same paragraph, or in
    the sentence before (at the end of the paragraph before): "held from 21 to 23 October 2026 …
    presented the prize on 23 October" is 2026-10-23, as an editor writes it without the year twice.
    Never from the release's dateline: a year is given by what the text says, not by when it was sent."""
    dated: list[tuple[int, str]] = []  # (where a full date ends, its year), in the order of the text
    out: list[tuple[int, int, str, str]] = []
    for start, end, kind, value in sorted(found):
        if kind != "date":
            out.append((start, end, kind, value))
            continue
        parts = value.split("/")
        if any(part.startswith("--") and len(part) == 7 for part in parts):
            year = _year_before(text, start, dated)
            if year:
                value = "/".join(with_year(part, year) for part in parts)
        elif (year := year_of(parts[-1])) and not _DATELINE.search(text, max(0, start - 80), start):
            dated.append((end, year))
        out.append((start, end, kind, value))
    return out


def _year_before(text: str, start: int, dated: list[tuple[int, str]]) -> str | None:
    """The year of the nearest full date before ``start`` in its paragraph, or in the sentence before it."""
    if not dated:
        return None
    at, year = dated[-1]
    between = text[at:start]
    if not _PARAGRAPH.search(between):
        return year
    # Another paragraph: only when the date is in its first sentence and the full date in the last
    # sentence of the paragraph just before.
    breaks = list(_PARAGRAPH.finditer(between))
    if len(breaks) > 1 or _SENTENCE_END.search(between, 0, breaks[0].start()):
        return None
    return None if _SENTENCE_END.search(between, breaks[0].end()) else year
