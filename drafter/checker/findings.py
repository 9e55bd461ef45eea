"""What ``drafter check`` reports: findings, where they stand, and the ones dismissed for good.

A finding's signature hashes what it is about (its rule, release, kind,
values and languages) and never where it stands, so a dismissed finding stays
dismissed when the text around it is edited.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from ..errors import DrafterError, display_path
from ..facts.scalars import as_written
from ..facts.yamlsource import Kind, load_data

Severity = Literal["error", "warning", "info"]
SEVERITIES: tuple[Severity, ...] = ("error", "warning", "info")
DISMISSED_FILE = "drafter-dismissed.yaml"


@dataclass(frozen=True, order=True)
class Location:
    file: str
    line: int
    column: int

    @property
    def paragraph(self) -> int | None:
        """In a Word or OpenDocument draft, the paragraph a person counts to find the place; else None."""
        from ..office import OFFICE_SUFFIXES, paragraph_of_line

        return paragraph_of_line(self.line) if self.file.lower().endswith(OFFICE_SUFFIXES) else None

    def __str__(self) -> str:
        paragraph = self.paragraph
        if paragraph is not None:
            return f"{self.file}, paragraph {paragraph}"
        return f"{self.file}:{self.line}:{self.column}"


@dataclass(frozen=True)
class Finding:
    """One thing a reviewer should look at, with every place it concerns."""

    rule: str
    severity: Severity
    message: str
    release: str
    locations: tuple[Location, ...]
    subject: tuple[str, ...] = field(default=())
    """What the finding is about, independent of position: the basis of its signature."""
    path: str = field(default="", compare=False)
    """The facts file's key path the finding is about (``figures[1].value``), if any."""

    def __post_init__(self) -> None:
        from .rules import RULES

        rule = RULES.get(self.rule)
        if rule is None or self.severity not in rule.severities:
            raise ValueError(f"finding {self.rule!r} ({self.severity}) is not in the table of rules")

    @property
    def signature(self) -> str:
        """What the finding is about, hashed: one release's formats (pt.md, pt.html) share it
        (:mod:`.formats`), so that one dismissal holds for both."""
        from .formats import plain_subject, untagged

        basis = "\x1f".join((self.rule, untagged(self.release)[0], *plain_subject(self.release, self.subject)))
        return hashlib.sha256(basis.encode("utf-8")).hexdigest()[:12]

    @property
    def where(self) -> Location:
        return self.locations[0] if self.locations else Location(self.release, 1, 1)

    def sort_key(self) -> tuple[str, str, int, int, str, str]:
        loc = self.where
        return (self.release, loc.file, loc.line, loc.column, self.rule, self.message)


DISMISSED = Kind(
    "list of dismissed findings",
    list,
    "expected a list of entries like '- {signature: 3f2a9c1e07b4, reason: why it is fine}'",
    None,
    "a list of dismissed findings is a few kilobytes",
)


def load_dismissed(folder: Path) -> dict[str, str]:
    """Signatures dismissed in ``folder``'s dismissal file, with the reason given for each."""
    path = folder / DISMISSED_FILE
    if not path.exists() and not path.is_symlink():
        return {}
    data = as_written(load_data(path, DISMISSED))
    if data is None:
        return {}
    if not isinstance(data, list) or not all(isinstance(d, dict) and "signature" in d for d in data):
        raise DrafterError(
            f"{display_path(path)}: expected a list of entries like "
            "'- {signature: 3f2a9c1e07b4, reason: why it is fine}'"
        )
    return {str(d["signature"]): str(d.get("reason", "")) for d in data}
