"""What makes two mentions in two languages the same fact: keys, date agreement, words of a language.

A mention's key is equal across languages for the same fact: ``n:1774`` for
"1 774", "1.774" and "one thousand seven hundred and seventy-four";
``b:EIB`` for "EIB", "BEI" and "Banco Europeu de Investimento"; ``c:ES`` for
"Spain", "España" and "españoles". Some mentions have a second key they may
also meet: an amount its bare number (one version gives the currency, the
other not).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from ..extract import Mention
from .nearmiss import similar

_KEY_PREFIX = {
    "number": "n",
    "year": "n",
    "ordinal": "n",
    "amount": "a",
    "percent": "p",
    "date": "d",
    "url": "u",
    "email": "e",
    "phone": "t",
    "hashtag": "h",
    "country": "c",
    "nationality": "c",
    "body": "b",
    "place": "pl",
    "term": "g",
    "name": "nm",
}
NAME_KINDS = frozenset({"name", "body", "place", "country", "nationality", "term"})


def key(mention: Mention) -> str:
    return f"{_KEY_PREFIX.get(mention.kind, mention.kind)}:{mention.value}"


def alternatives(mention: Mention) -> tuple[str, ...]:
    """Keys a mention also meets: an amount its bare number, a name spelt out its acronym's."""
    if mention.kind == "amount":
        return (f"n:{mention.value.split(' ', 1)[-1]}",)
    if mention.alias:
        return (mention.alias,)
    return ()


WEAK_ORDINAL = 3
"""An ordinal in words up to this one is wording ("the first agreement", "third countries", "pela
segunda vez"); from "fourth" on it counts something ("el octavo préstamo", "la neuvième édition")."""


def weak(mention: Mention) -> bool:
    """Wording more than a fact, never reported alone: a small number in words ("the two
    banks"), a low ordinal in words ("the first agreement"), a nationality ("Portuguese"), a
    concept written out in lower case ("small and medium-sized enterprises")."""
    if mention.kind == "nationality":
        return True
    if mention.kind == "body" and mention.text.islower():
        return True  # "research and development", "pymes": met when written as an acronym elsewhere
    if mention.kind in ("number", "ordinal") and not any(c.isdigit() for c in mention.text):
        limit = WEAK_ORDINAL if mention.kind == "ordinal" else 10
        return mention.value.isdigit() and int(mention.value) <= limit
    return False


def changed_in_words(x: Mention, y: Mention, alone: bool) -> str | None:
    """Why ``x`` and ``y``, two different numbers in matching sentences, one or both a small number
    in words, are one count changed by hand ("Oito" where the others say nove), or None.

    Small numbers in words are wording as often as facts ("one of the", "uma das"), so only where it
    is safe: each is the only number left on its side of two sentences surely each other's, and
    neither is "one", which is as often an article or a pronoun as a count."""
    if not alone or x.kind != "number" or y.kind != "number" or x.value == y.value:
        return None
    if not (weak(x) or weak(y)) or "1" in (x.value, y.value):
        return None
    return similar("number", x.value, y.value, (x.text, y.text))


def anchors(mention: Mention) -> tuple[str, ...]:
    """The keys alignment pairs sentences by: a date by its day (its year may be left out)."""
    if mention.kind == "date":
        return tuple(f"d:{_day(part)}" for part in mention.value.split("/"))
    if weak(mention):
        return ()
    return (key(mention), *alternatives(mention))


def _day(value: str) -> str:
    return value[-5:] if value.startswith("--") or len(value) == 10 else value


SCALE = re.compile(r"(?i)mil|bill|\bbn\b|\bmn\b|\bm\b|\bk\b|thousand|mille|[0-9]\s?[MmBbKk]\b")


SCALED_BELOW = 10_000
"""A number at least this large is written whole, never a scaled amount with its scale word left out."""


def scaled(a: Mention, b: Mention) -> bool:
    """The same quantity with and without its scale word: 500 and 500 million, 1.3 and 1 300 million
    (the larger written with a scale word: 80 and 80,000 are two numbers; and the smaller a few
    digits, as a scale word left out leaves it: 500.000 and 500 million are two amounts)."""
    if a.kind not in ("number", "amount") or b.kind not in ("number", "amount"):
        return False
    try:
        x, y = Decimal(a.value.split(" ")[-1]), Decimal(b.value.split(" ")[-1])
    except InvalidOperation:
        return False
    (small, _), (big, big_text) = sorted(((x, a.text), (y, b.text)))
    if not 0 < small < SCALED_BELOW or SCALE.search(big_text) is None:
        return False
    return any(small * 10**p == big for p in (3, 6, 9))


@dataclass(frozen=True)
class Day:
    year: int | None
    month: int | None
    day: int | None


def _parse(value: str) -> Day:
    m = re.fullmatch(r"(\d{4}|-)-(\d{2})(?:-(\d{2}))?", value)
    if not m:
        return Day(None, None, None)
    return Day(int(m.group(1)) if m.group(1) != "-" else None, int(m.group(2)), int(m.group(3)) if m.group(3) else None)


def _fits(a: Day, b: Day) -> bool:
    """Does ``a`` say nothing ``b`` contradicts (a part left out is no contradiction)?"""
    return all(x is None or y is None or x == y for x, y in ((a.year, b.year), (a.month, b.month), (a.day, b.day)))


@lru_cache(maxsize=1 << 16)  # bounded: an archive holds many dates
def dates_agree(x: str, y: str) -> bool:
    """Do two date values name the same time, one perhaps less precisely: 2023-12-21 and --12-21,
    2019-06 and 2019-06-26, a range and one of its days?"""
    if x == y:
        return True
    xs, ys = [_parse(v) for v in x.split("/")], [_parse(v) for v in y.split("/")]
    if len(xs) == 2 and len(ys) == 1:
        xs, ys = ys, xs
    if len(xs) == 1 and len(ys) == 2:
        day, (first, last) = xs[0], ys
        if _fits(day, first) or _fits(day, last):
            return True
        if day.month is not None and day.day is not None and first.month == last.month == day.month:
            return (first.day or 0) <= day.day <= (last.day or 31) and (
                day.year is None or first.year in (None, day.year)
            )
        return False
    return len(xs) == len(ys) and all(_fits(a, b) for a, b in zip(xs, ys, strict=True))


def year_left_out(x: str, y: str) -> str | None:
    """The year ``x`` gives and ``y``, the same day, leaves out: "2023" for 2023-12-21 and --12-21."""
    if x[:4].isdigit() and y.startswith("--") and dates_agree(x, y):
        return x[:4]
    return None
