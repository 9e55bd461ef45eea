"""The facts file: its typed model, and loading one with every problem located."""

from __future__ import annotations

from .editor_schema import schema
from .load import load_facts, validate
from .model import (
    Award,
    CoFunder,
    Contact,
    Event,
    Facts,
    Figure,
    Grant,
    Link,
    Organisation,
    Partner,
    Partnership,
    Party,
    Previous,
    Quote,
    Release,
)
from .types import LANG_CODE, PLACEHOLDER

__all__ = [
    "LANG_CODE",
    "PLACEHOLDER",
    "Award",
    "CoFunder",
    "Contact",
    "Event",
    "Facts",
    "Figure",
    "Grant",
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
