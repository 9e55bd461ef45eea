"""The facts file: its typed model, and loading one with every problem located.

The model is built with pydantic, which takes a good part of a second to
import; the names below are imported when first asked for, so that what
reads YAML only (the catalog's glossaries, dismissals) does not pay for it.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .editor_schema import schema
    from .event import Event
    from .figure import Figure
    from .load import load_facts, validate
    from .model import (
        Award,
        CoFunder,
        Contact,
        Facts,
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
    from .people import Researcher
    from .types import LANG_CODE, PLACEHOLDER

_WHERE = {
    "schema": "editor_schema",
    "load_facts": "load",
    "validate": "load",
    "LANG_CODE": "types",
    "PLACEHOLDER": "types",
    "Figure": "figure",
    "Event": "event",
    "Researcher": "people",
    **dict.fromkeys(
        (
            "Award",
            "CoFunder",
            "Contact",
            "Facts",
            "Grant",
            "Link",
            "Organisation",
            "Partner",
            "Partnership",
            "Party",
            "Previous",
            "Quote",
            "Release",
        ),
        "model",
    ),
}
"""Each public name, and the module of this package that holds it."""


def __getattr__(name: str) -> object:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


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
    "Researcher",
    "load_facts",
    "schema",
    "validate",
]
