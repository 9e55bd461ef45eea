"""Plain YAML values typed by YAML 1.2's core schema, and dates written YYYY-MM-DD.

YAML 1.1, PyYAML's default, reads 12:30 as 750 (base 60), NO as false and
0x1F as 31; a press officer who types them means text. Here only ``true`` and
``false`` are yes-or-no values, numbers are decimal digits, and a number
remembers how it was written, so a text field takes ``1.10``, not ``1.1``.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import Any

import yaml

from ..errors import excerpt, printable

_CORE = (
    ("tag:yaml.org,2002:null", r"~|null|Null|NULL|", "~nN"),
    ("tag:yaml.org,2002:bool", r"true|True|TRUE|false|False|FALSE", "tTfF"),
    ("tag:yaml.org,2002:int", r"[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+", "-+0123456789"),
    (
        "tag:yaml.org,2002:float",
        r"[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)",
        "-+.0123456789",
    ),
    ("tag:yaml.org,2002:timestamp", r"[0-9]{4}-[0-9]{2}-[0-9]{2}", "0123456789"),
    ("tag:yaml.org,2002:merge", r"<<", "<"),
)


def add_core_resolvers(loader: type[yaml.SafeLoader]) -> None:
    """Give ``loader`` (which starts with none) the core schema's resolvers."""
    for tag, pattern, first in _CORE:
        starts = [*first, ""] if "" in pattern.split("|") else list(first)
        loader.add_implicit_resolver(tag, re.compile(f"^(?:{pattern})$"), starts)


def _impossible_date(text: str) -> str | None:
    """'2013-02-30 is not a real date: February 2013 has 28 days' (None for other faults)."""
    match = re.match(r"^(\d{4})-(\d{1,2})-(\d{1,2})$", text.strip())
    if not match:
        return None
    year, month, day = (int(g) for g in match.groups())
    if not 1 <= month <= 12:
        return f"{text} is not a real date: there is no month {month}"
    days = calendar.monthrange(year, month)[1]
    if not 1 <= day <= days:
        return f"{text} is not a real date: {calendar.month_name[month]} {year} has {days} days"
    return None


class SourcedInt(int):
    """A whole number that remembers how the file wrote it, so a text field takes the text (007, not 7)."""

    source: str


class SourcedFloat(float):
    """A number with a fraction that remembers how the file wrote it (1.10, not 1.1)."""

    source: str


STANDARD = "tag:yaml.org,2002:"
_SURROGATE = re.compile("[\ud800-\udfff]")


def typed(value: str, tag: str, style: str | None) -> Any:
    """The Python value of one scalar, or :class:`Unreadable` saying why it has none."""
    found = _SURROGATE.search(value)
    if found:
        code = f"\\u{ord(found.group()):04x}"
        raise Unreadable(f"holds {code}, half of a character that cannot stand alone; delete it or write the character")
    if not tag.startswith(STANDARD) or tag[len(STANDARD) :] not in _BUILDERS:
        raise Unreadable(f"the tag {shown_tag(tag)} means nothing in a facts file; remove it")
    if tag == STANDARD + "str" or style in ("'", '"', "|", ">"):
        return value
    try:
        return _BUILDERS[tag[len(STANDARD) :]](value)
    except _KeepText:
        return value
    except ValueError:
        if tag == STANDARD + "timestamp":
            why = _impossible_date(value) or f"{excerpt(value)!r} is not a date written YYYY-MM-DD"
            raise Unreadable(why) from None
        raise Unreadable(f"{excerpt(value)!r} does not fit the tag {shown_tag(tag)}; remove the tag") from None


def without_surrogates(text: str) -> str:
    return _SURROGATE.sub("\ufffd", text)


class Unreadable(ValueError):
    """A scalar with no value drafter can use; its message says why."""


def _int(text: str) -> int:
    body = text.lstrip("+-")
    if body[:1] == "0" and body[1:2].isdigit() or text[:1] == "+":
        raise _KeepText  # +34932418560 or 0034…: a phone number, never meant as a number
    if len(body) > 4000:
        number = 10**4000  # past any figure and past Python's digit limit; reported as too large
    elif body.startswith(("0x", "0o")):
        number = int(body, 0)
    else:
        number = int(body)
    out = SourcedInt(-number if text.startswith("-") else number)
    out.source = text
    return out


def _float(text: str) -> float:
    out = SourcedFloat(text.lower().replace(".inf", "inf").replace(".nan", "nan"))
    out.source = text
    return out


def _date(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def _one_of(text: str, values: dict[str, Any]) -> Any:
    if text.lower() not in values:
        raise ValueError(text)
    return values[text.lower()]


class _KeepText(Exception):
    """A value to keep as it was written."""


_BUILDERS: dict[str, Any] = {
    "str": str,
    "null": lambda text: _one_of(text, {"": None, "~": None, "null": None}),
    "bool": lambda text: _one_of(text, {"true": True, "false": False}),
    "int": _int,
    "float": _float,
    "timestamp": _date,
}


def shown_tag(tag: str) -> str:
    return printable(excerpt(tag.replace(STANDARD, "!!")))


def as_text(value: Any) -> str:
    """A plain value as its file wrote it: a number keeps its digits (007, 1.10)."""
    return str(getattr(value, "source", value))


def as_written(value: Any) -> Any:
    """``value`` with every number turned back into the text the file wrote, for files that hold only text."""
    if isinstance(value, dict):
        return {k: as_written(v) for k, v in value.items()}
    if isinstance(value, list):
        return [as_written(v) for v in value]
    if isinstance(value, (SourcedInt, SourcedFloat)):
        return value.source
    return value
