"""The event a prize was won at: a fair, a congress, a festival (``event`` in a facts file)."""

from __future__ import annotations

import datetime as dt

from pydantic import Field, model_validator

from .dates import When
from .grammatical import Article, Gender
from .section import Model
from .types import Country, Day, Text, Url, _fail


class Event(Model):
    """Where a prize was won: a fair, a congress, a festival."""

    name: Text
    city: Text
    date: When = Field(description="When it was held (its first day), or its month: YYYY-MM.")
    end: Day | None = Field(default=None, description="Its last day, when it ran over several: YYYY-MM-DD, after date.")
    country: Country | None = None
    url: Url | None = None
    article: Article | None = Field(
        default=None,
        description="false for a name used without an article, true for one used with it. Default: with it, "
        "but a brand (a name with no noun that says it is an event: Expomar) goes without it in English, Spanish "
        "and French (at Expomar, en Expomar, à Expomar) and keeps it in Portuguese (na Expomar).",
    )
    gender: Gender | None = Field(
        default=None,
        description="Grammatical gender of the name in Portuguese, Spanish and French: f (a feira, le salon: m) "
        "or m; a mapping if it differs by language. Default: the gender of the noun the name starts with "
        "(feira, salon, congresso…), else f.",
    )

    @model_validator(mode="after")
    def _runs(self) -> Event:
        """A range of days needs a first day before its last: "from 7 to 11 July"."""
        if self.end is None:
            return self
        if not isinstance(self.date, dt.date):
            raise _fail(
                "event",
                f"the event ends on {self.end.isoformat()} but its date is only a month; "
                "give its first day (YYYY-MM-DD), or remove end",
                at="end",
            )
        if self.end <= self.date:
            raise _fail(
                "event",
                f"the event ends ({self.end.isoformat()}) before or on the day it starts "
                f"({self.date.isoformat()}); end is its last day, after date: correct one of them, "
                "or remove end for a one-day event",
                at="end",
            )
        return self
