"""Fact values as Markdown that shows exactly their text, and nothing more.

Facts are data: a value printed into a template must never become markup,
whatever renderer a press office's CMS uses on the draft.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any


class Md(str):
    """Text that is already Markdown: printed as it is, not escaped again."""

    __slots__ = ()


_BREAKING_SPACE = re.compile(r"[^\S\u00a0\u2007\u202f]+")
"""Runs of white space a line may break at; no-break spaces (1 774, 29,9 %) stay as CLDR wrote them."""
_SPECIAL = re.compile(r"([\\`*_\[\]<>!#|~&$])")
_BLOCK_START = re.compile(r"^([-+]|\d{1,9}[.)])(?=\s|$)|^(=+|-+)$")


def md_escape(value: Any) -> str:
    """Plain text as Markdown that shows exactly that text, on one line."""
    if isinstance(value, Md):
        return value
    text = "".join(" " if unicodedata.category(c) in ("Cc", "Zl", "Zp") else c for c in str(value))
    text = _BREAKING_SPACE.sub(" ", text).strip(" ")
    text = _SPECIAL.sub(r"\\\1", text)
    if _BLOCK_START.match(text):
        # A list marker, ordered-list number or setext underline at the start of a line.
        digits = re.match(r"\d+", text)
        cut = digits.end() if digits else 0
        text = text[:cut] + "\\" + text[cut:]
    return text
