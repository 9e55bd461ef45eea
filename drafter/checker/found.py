"""What the walk gives: each release as names until it has to be checked, then as paths.

An archive of 10,000 releases is gathered into 10,000 :class:`Found` rows of
names; the cache looks each up by its names alone, and only a release it does
not hold is made into a :class:`~.inputs.Release` of paths (:meth:`Releases.make`).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from ..files import real
from .inputs import Release


class Found(NamedTuple):
    """What is kept of a release until it is checked: names, not paths (``folder`` and ``facts`` are
    the strings of the paths a release is made with)."""

    name: str
    folder: str
    stem: str | None
    suffix: str
    facts: str | None
    files: tuple[tuple[str, str | None, str], ...]
    beside: frozenset[str] | None


@dataclass
class Gathered(Release):
    """A release as the walk found it: with which of :data:`MARKS` its folder's listing held (None: its
    folder was not listed, as when a file is named), so that the cache need not look for them again."""

    beside: frozenset[str] | None = None


class Releases:
    """The releases asked for (under a folder given, or with a file given), made one at a time."""

    def __init__(self, entries: list[Found], paths: list[Path]) -> None:
        self.entries = entries
        self.files = {real(p) for p in paths if p.is_file()}
        self.roots = [real(p) for p in paths if p.is_dir()]

    def __len__(self) -> int:
        """How many releases there are: the walk is done, and no release is made to count them."""
        return len(self.entries) if not self.files else sum(1 for _ in self)

    def __iter__(self) -> Iterator[Release]:
        return map(self.make, self.found())

    def found(self) -> Iterator[Found]:
        """The releases asked for, as names: what the cache's keys need, without making a path."""
        if not self.files:  # every folder found is inside a folder given
            yield from self.entries
            return
        last: tuple[str, bool] = ("", False)
        for entry in self.entries:
            folder = Path(entry.folder)
            if last[0] != entry.folder:
                last = (entry.folder, any(real(folder).is_relative_to(root) for root in self.roots))
            named = [folder / file for file, _, _ in entry.files] + [None if entry.facts is None else Path(entry.facts)]
            if last[1] or any(p is not None and real(p) in self.files for p in named):
                yield entry

    @staticmethod
    def make(entry: Found) -> Gathered:
        """The release ``entry`` names, ready to be checked."""
        folder = Path(entry.folder)
        facts = None if entry.facts is None else Path(entry.facts)
        drafts = [(folder / file, lang, lang_from) for file, lang, lang_from in entry.files]
        return Gathered(entry.name, folder, entry.stem, entry.suffix, facts, drafts, entry.beside)
