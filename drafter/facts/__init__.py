"""The facts file: its typed model, and loading one with every problem located."""

from __future__ import annotations

from .load import load_facts, validate
from .model import (
    Award,
    Contact,
    Event,
    Facts,
    Figure,
    Link,
    Organisation,
    Partner,
    Partnership,
    Party,
    Previous,
    Quote,
    Release,
    schema,
)
from .types import LANG_CODE, PLACEHOLDER

__all__ = [
    "LANG_CODE",
    "PLACEHOLDER",
    "Award",
    "Contact",
    "Event",
    "Facts",
    "Figure",
    "Link",
    "Organisation",
    "Party",
    "Partner",
    "Partnership",
    "Previous",
    "Quote",
    "Release",
    "load_facts",
    "schema",
    "validate",
]
