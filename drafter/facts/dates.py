"""Dates known to the month: ``2013-03`` where the day is not known ("March 2013").

A day is a :class:`datetime.date`; a month is a :class:`Month`. Fields that take either
(:data:`When`) are written "on 5 March 2013" or "in March 2013" by the templates; a year
alone (:data:`Since`) is a year or a month. The dateline's date stays a full day.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Annotated, Any

from pydantic import PlainValidator, WithJsonSchema
from pydantic_core import PydanticCustomError

from .hints import shown
from .types import _check_day, _check_year, _fail

_MONTH = re.compile(r"(\d{4})-(\d{1,2})")


@dataclass(frozen=True, order=True)
class Month:
    """A month of a year: 2013-03."""

    year: int
    month: int

    def isoformat(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    def first_day(self) -> dt.date:
        return dt.date(self.year, self.month, 1)

    def __str__(self) -> str:
        return self.isoformat()


def _month(value: Any) -> Month | None:
    """The month ``value`` writes as YYYY-MM, None if it is no such text; a month that cannot be is refused."""
    text = value.strip() if isinstance(value, str) else None
    match = _MONTH.fullmatch(text) if text else None
    if match is None:
        return None
    year, month = int(match.group(1)), int(match.group(2))
    if len(match.group(2)) != 2 or not 1 <= month <= 12 or year < 1000:
        raise _fail("date", f"{text} is not a real month; write YYYY-MM with the month from 01 to 12, like 2013-03")
    return Month(year, month)


def _check_when(value: Any) -> dt.date | Month:
    month = _month(value)
    if month is not None:
        return month
    try:
        return _check_day(value)
    except PydanticCustomError:
        raise _fail(
            "date",
            f"expected a date written YYYY-MM-DD, or YYYY-MM when the day is not known, got {shown(value)}",
        ) from None


def _check_since(value: Any) -> int | Month:
    month = _month(value)
    if month is not None:
        return month
    try:
        return _check_year(value)
    except PydanticCustomError:
        raise _fail("year", f"expected a year like 2009, or a month like 2009-03, got {shown(value)}") from None


_MONTH_SCHEMA = {"type": "string", "pattern": r"^\d{4}-(0[1-9]|1[0-2])$"}

When = Annotated[
    dt.date | Month,
    PlainValidator(_check_when),
    WithJsonSchema(
        {
            "anyOf": [{"type": "string", "format": "date"}, _MONTH_SCHEMA],
            "description": "A day, YYYY-MM-DD, or a month when the day is not known, YYYY-MM.",
        }
    ),
]
Since = Annotated[
    int | Month,
    PlainValidator(_check_since),
    WithJsonSchema(
        {
            "anyOf": [{"type": "integer", "minimum": 1000, "maximum": 2999}, _MONTH_SCHEMA],
            "description": "A year, 2013, or a month, 2013-03.",
        }
    ),
]


def year_of(value: dt.date | Month | int) -> int:
    return value if isinstance(value, int) else value.year
