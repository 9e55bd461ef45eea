"""Every error drafter raises derives from :class:`DrafterError`.

Errors carry their message and never print: the command line turns them into
text in one place (``cli.py``), so the Python API stays quiet and testable.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path


class DrafterError(Exception):
    """Base class: anything drafter refuses, with a message meant for a person."""

    exit_code = 2

    def lines(self) -> list[str]:
        return [f"Error: {self}"]


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong in an input file, located as ``FILE:LINE:COL``."""

    file: str
    line: int
    column: int
    path: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}:{self.column}"
        return f"{where}: {self.path}: {self.message}" if self.path else f"{where}: {self.message}"


class FactsError(DrafterError):
    """A facts file that cannot be used; holds every problem found, not just the first."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(set(problems))
        super().__init__("\n".join(str(p) for p in self.problems))

    def lines(self) -> list[str]:
        return [str(p) for p in self.problems]

    def __reduce__(self) -> tuple[type[FactsError], tuple[list[Problem]]]:
        return type(self), (self.problems,)  # whole, across processes (drafter check --jobs)


class TemplateError(DrafterError):
    """A template that cannot be found, read or rendered.

    Once the template is known, ``file`` and ``line`` say where, so the person
    who wrote it goes straight to the line: ``templates/en/award.md:12: ...``.
    """

    def __init__(self, reason: str, file: str | None = None, line: int | None = None) -> None:
        self.reason = reason
        self.file = file
        self.line = line
        super().__init__(f"{display_path(file)}:{line or 1}: {reason}" if file else reason)

    def located(self, file: str | None, line: int) -> TemplateError:
        """This error at ``file:line``, unless it already says where it is."""
        return self if self.file or not file else TemplateError(self.reason, file, line)

    def lines(self) -> list[str]:
        return [str(self)] if self.file else [f"Error: {self}"]

    def __reduce__(self) -> tuple[type[TemplateError], tuple[str, str | None, int | None]]:
        return type(self), (self.reason, self.file, self.line)


class OutputError(DrafterError):
    """Drafts that cannot be written without losing someone's work."""


class UsageError(DrafterError):
    """Options that do not fit together."""


_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u200e\u200f\u2028-\u202e\u2066-\u2069\ud800-\udfff]")
"""Control characters, direction overrides and undecodable bytes: shown as escapes, never sent raw to a terminal."""


def printable(text: str) -> str:
    """``text`` with every character a terminal would act on, or hide, written as an escape like ``\\x1b``."""
    return _UNPRINTABLE.sub(lambda m: m.group().encode("unicode_escape", "backslashreplace").decode("ascii"), text)


def excerpt(text: str, limit: int = 40) -> str:
    """A long value cut to its start: a message quotes a value, it does not echo the file."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def display_path(path: Path | str) -> str:
    """Paths in messages are shown as the user typed them, relative where possible, control characters escaped."""
    try:
        # abspath, not resolve: a symbolic link is named as the user named it, not by where it leads.
        shown = str(Path(os.path.abspath(path)).relative_to(os.getcwd()))
    except (ValueError, OSError):  # outside the current folder, or no current folder
        shown = str(path)
    return printable(shown)
