"""The kinds of mention, in one table: what each is called, and how the checker treats it.

Every recogniser declares the kinds it emits (``EMITS``); a test holds those to
this table, so a kind cannot be emitted that the checker does not know.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Kind:
    name: str
    label: str
    """What a person calls it, in messages."""
    family: str
    """Kinds of one family compare with each other: 2009 the year and 2009 the number."""
    compared: bool
    """Compared between the versions of a release."""
    per_segment: bool
    """A hard fact, compared sentence by aligned sentence (a name may be left implied in one)."""
    orphan: bool
    """Reported when a draft holds one its facts file does not."""


KINDS: dict[str, Kind] = {
    k.name: k
    for k in (
        Kind("number", "number", "number", True, True, True),
        Kind("year", "year", "number", True, True, True),
        Kind("ordinal", "ordinal", "number", True, True, False),
        Kind("amount", "amount", "amount", True, True, True),
        Kind("percent", "percentage", "percent", True, True, True),
        Kind("date", "date", "date", True, True, True),
        Kind("url", "web address", "url", True, True, True),
        Kind("email", "e-mail address", "email", True, True, True),
        Kind("phone", "phone number", "phone", True, True, False),
        Kind("hashtag", "hashtag", "hashtag", True, True, False),
        Kind("name", "name", "name", True, True, False),
        Kind("body", "name", "body", True, True, False),
        Kind("place", "place", "place", True, True, False),
        Kind("country", "country", "country", True, True, False),
        Kind("nationality", "nationality", "country", True, False, False),
        Kind("term", "level", "term", True, True, False),
    )
}


def label(kind: str) -> str:
    found = KINDS.get(kind)
    return found.label if found else kind


def family(kind: str) -> str:
    """Kinds that compare with each other: 2009 the year and 2009 the number, 50th and 50."""
    found = KINDS.get(kind)
    return found.family if found else kind
