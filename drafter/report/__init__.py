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
from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..checker import CheckResult


@dataclass(frozen=True)
class Format:
    name: str
    help: str
    module: str
    """The emitter's module in this package, imported when a report is first written in this format."""
    coloured: bool = False
    """Whether the format uses colour on a terminal."""

    @property
    def render(self) -> Callable[[CheckResult, bool], str]:
        found: Callable[[CheckResult, bool], str] = import_module(f"{__name__}.{self.module}").render
        return found


REGISTRY: dict[str, Format] = {
    f.name: f
    for f in (
        Format("text", "for people", "text", coloured=True),
        Format("json", "for programs (a stable schema)", "json_format"),
        Format("github", "GitHub Actions annotations", "github"),
        Format("sarif", "SARIF 2.1.0 for code scanning (GitHub, GitLab, Azure DevOps)", "sarif"),
        Format("junit", "JUnit XML for CI test reports (GitLab, Jenkins)", "junit"),
    )
}
FORMATS = tuple(REGISTRY)


def as_text(result: CheckResult, *, colour: bool = False) -> str:
    return REGISTRY["text"].render(result, colour)


def render(result: CheckResult, fmt: str, *, terminal: bool = False) -> tuple[str, bool]:
    """The report in ``fmt``, and whether it carries colour (text on a terminal, unless NO_COLOR)."""
    chosen = REGISTRY[fmt]
    colour = chosen.coloured and terminal and not os.environ.get("NO_COLOR")
    return chosen.render(result, colour), colour


def format_help() -> str:
    """For the --format option: each name and what it is for."""
    return "; ".join(f"{f.name} {f.help}" for f in REGISTRY.values()) + "."
