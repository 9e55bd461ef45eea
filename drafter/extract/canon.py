"""Canonical values: one language-neutral form for a fact however it is written."""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from .scan import MD_ESCAPE, fold


def canon_number(value: Decimal) -> str:
    """1774, 29.9, 60000000: no grouping, '.' as the decimal point, no trailing zeros."""
    return format(value.normalize(), "f")


_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*://", re.I)
_HOST_END = re.compile(r"[/?]")


@lru_cache(maxsize=4096)
def canon_url(url: str) -> str:
    """Host (lower case, no "www.") and path without a trailing slash; query kept. A release gives its
    addresses in every version and in its facts file: each is made canonical once."""
    bare = _SCHEME.sub("", MD_ESCAPE.sub(r"\1", url) if "\\" in url else url)
    bare = bare.split("#", 1)[0]
    host = _HOST_END.split(bare, maxsplit=1)[0]
    rest = bare[len(host) :]
    return host.lower().removeprefix("www.") + (rest if "?" in rest else rest.rstrip("/"))


def canon_phone(text: str) -> str:
    """+34931234567: digits only, a leading + kept (00 read as +), a trunk "(0)" dropped."""
    digits = re.sub(r"\D", "", text.replace("(0)", ""))
    if text.lstrip("( ").startswith("+"):
        return "+" + digits
    return "+" + digits[2:] if digits.startswith("00") else digits


@lru_cache(maxsize=16384)
def canon_name(text: str) -> str:
    """ "Antonio Guterres", "António  Guterres" and "ANTÓNIO GUTERRES" are one name: folded, in lower case.
    A release names its people and bodies again and again: each is made canonical once."""
    return " ".join(fold(text).casefold().replace("’", "'").split())
