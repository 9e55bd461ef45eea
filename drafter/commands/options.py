"""What several commands share: their options, and how they read a language list or a report format."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from ..errors import UsageError
from ..report import FORMATS as REPORT_FORMATS
from ..report import format_help as report_format_help

if TYPE_CHECKING:
    from ..checker import CheckResult

F = TypeVar("F", bound=Callable[..., Any])


def languages(value: str | None) -> list[str] | None:
    if not value:
        return None
    return [part.strip() for part in value.split(",") if part.strip()]


draft_languages = click.option(
    "--lang",
    "langs",
    multiple=True,
    metavar="FILE=LANG",
    help="The language of a draft whose name does not say it (repeatable).",
)


def templates_folder(help: str, *names: str) -> Callable[[F], F]:
    """``--templates``: every command reads a press office's own folder the same way, and says why in its help."""
    return click.option(
        "--templates",
        *names,
        type=click.Path(file_okay=False, readable=False, path_type=Path),
        envvar="DRAFTER_TEMPLATES",
        help=help,
    )


glossary_templates = templates_folder("A folder of your own templates (for its glossaries and languages).")
report_format = click.option(
    "--format",
    "fmt",
    type=click.Choice(REPORT_FORMATS),
    default="text",
    show_default=True,
    help=report_format_help(),
)
"""Options shared by the commands that read drafts (check, review) or report findings."""


def overrides(langs: tuple[str, ...]) -> dict[Path, str]:
    overrides: dict[Path, str] = {}
    for item in langs:
        file, sep, lang = item.rpartition("=")
        if not sep or not file or not lang:
            raise UsageError(f"--lang {item}: write FILE=LANG, like press.md=pt")
        overrides[Path(file)] = lang
    return overrides


def report(result: CheckResult, fmt: str) -> None:
    from ..report import render as render_report

    text, colour = render_report(result, fmt, terminal=sys.stdout.isatty())
    click.echo(text, nl=False, color=colour)
    sys.exit(1 if result.failed else 0)
