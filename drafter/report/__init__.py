"""Write ``drafter check``'s findings for a person, a program, or a CI service: one emitter a format.

Each format is one small module with a ``render(result, colour)`` function,
registered here by name; the command line offers exactly these names, and
adding a format touches no other module. The JSON form is a stable interface
(``"version": 1``): fields may be added, none removed or renamed without a
new version.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass

from ..checker import CheckResult
from . import github, json_format, text


@dataclass(frozen=True)
class Format:
    name: str
    help: str
    render: Callable[[CheckResult, bool], str]
    coloured: bool = False
    """Whether the format uses colour on a terminal."""


REGISTRY: dict[str, Format] = {
    f.name: f
    for f in (
        Format("text", "for people", text.render, coloured=True),
        Format("json", "for programs (a stable schema)", json_format.render),
        Format("github", "GitHub Actions annotations", github.render),
    )
}
FORMATS = tuple(REGISTRY)
REPORT_VERSION = json_format.REPORT_VERSION


def as_text(result: CheckResult, *, colour: bool = False) -> str:
    return text.render(result, colour)


def render(result: CheckResult, fmt: str, *, terminal: bool = False) -> tuple[str, bool]:
    """The report in ``fmt``, and whether it carries colour (text on a terminal, unless NO_COLOR)."""
    chosen = REGISTRY[fmt]
    colour = chosen.coloured and terminal and not os.environ.get("NO_COLOR")
    return chosen.render(result, colour), colour


def format_help() -> str:
    """For the --format option: each name and what it is for."""
    return "; ".join(f"{f.name} {f.help}" for f in REGISTRY.values()) + "."
