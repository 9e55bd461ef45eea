"""Days the drafts state in the past tense, which cannot come after the release that states them.

Every template says the award was given ("presented the prize on 21 November", "a confirmé le
renouvellement le…") and the prize's event was held ("held in Valencia", "qui s'est tenue à…"). A
release dated before that day would state, in the past, what has not happened: refused, with the two
dates, so the press office corrects the one that is wrong.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from .dates import Month
from .types import _fail

if TYPE_CHECKING:
    from .model import Facts


def _first_day(value: dt.date | Month) -> dt.date:
    return value.first_day() if isinstance(value, Month) else value


def check_past(facts: Facts) -> None:
    """Refuse an award's date, or its event's first day, after the release's date."""
    published = facts.release.date
    if published is None:
        return  # no dateline date: nothing to set the past against
    said = [(("award", "date"), facts.award.date, "the award's date", "the award was given")]
    if facts.event is not None:  # its last day may still be to come: a prize is announced while a fair runs
        said.append((("event", "date"), facts.event.date, "the event's date", "the event was held"))
    for at, value, what, done in said:
        if _first_day(value) > published:
            message = (
                f"{what} ({value.isoformat()}) is after the release's date ({published.isoformat()}), but every "
                f"draft says, in the past tense, that {done} then. Correct one of the two dates; if that day "
                f"is still to come, publish the release once it has passed (release.date: {value.isoformat()} "
                "or later)"
            )
            raise _fail("date", message, at=at)
