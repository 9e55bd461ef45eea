"""The walk's result remembered: an archive whose folders were left alone has the releases it had.

Gathering 10,000 releases costs about a second even when the walk's memory
(:mod:`.listings`) spares every listing: a path, a grouping, a facts file
matched and a name shown for each release. Yet what gathering gives depends
only on what it read: the paths given and the current folder, the languages
known, each folder's listing, whether each YAML file is a facts file, and the
manifests' records. So a run that gathered with nothing in doubt (every
folder listed or recalled, no link met) keeps its releases beside the walk's
memory (:class:`Record`), with the state of every folder and YAML file it
looked at, taken before it looked; the next run with the same question finds
each of them standing as it stood, and not changed within :data:`.listings.RACY`
seconds before that walk, reads each manifest again, and takes the releases
as they were. Editing a draft in place changes the draft, never its folder's
listing: the draft's own state is the cache's business (:mod:`.cache`).
Anything else (a folder changed, a file added, a record torn or foreign) is
a walk as before, which makes a new record.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..files import real
from ..output import sources
from . import listings
from .cache_entries import State, file_state
from .found import Found


def question(cwd: str, paths: list[Path], roots: list[str], known: tuple[str, ...]) -> str:
    """What a walk was asked: the paths as given, where they lead, the current folder (names are shown
    from it), the languages known (drafts are told by them)."""
    text = json.dumps([cwd, [str(p) for p in paths], roots, list(known)], ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8", "surrogateescape")).hexdigest()


@dataclass
class Record:
    """What one walk read, as it read it: each folder's and YAML file's state (taken before it was read)
    and each manifest's facts files; ``whole`` until something met cannot be recorded (a link, a
    folder that could not be listed)."""

    asked: str
    made: int
    folders: list[tuple[str, State]] = field(default_factory=list)
    files: list[tuple[str, State]] = field(default_factory=list)
    manifests: list[tuple[str, dict[str, list[str]]]] = field(default_factory=list)
    whole: bool = True

    def folder(self, path: Path, state: State) -> None:
        self.folders.append((os.path.abspath(path), state))

    def yaml(self, path: Path) -> None:
        """Note ``path``'s state before it is read to tell a facts file."""
        where = os.path.abspath(path)
        self.files.append((where, file_state(where)))

    def manifest(self, folder: Path, recorded: dict[str, Path]) -> None:
        self.manifests.append((str(folder), _facts(recorded)))

    def kept(self, found: list[Found]) -> dict[str, Any] | None:
        """The record as the walk's memory keeps it, with the releases gathered; None when not whole."""
        if not self.whole or any(state is None for _, state in self.folders + self.files):
            return None
        return {
            "asked": self.asked,
            "made": self.made,
            "folders": [[where, list(state or ())] for where, state in self.folders],
            "files": [[where, list(state or ())] for where, state in self.files],
            "manifests": [[folder, facts] for folder, facts in self.manifests],
            "found": [_row(entry) for entry in found],
        }


def _row(entry: Found) -> list[Any]:
    beside = None if entry.beside is None else sorted(entry.beside)
    return [entry.name, entry.folder, entry.stem, entry.suffix, entry.facts, [list(f) for f in entry.files], beside]


def _facts(recorded: dict[str, Path]) -> dict[str, list[str]]:
    return {name: [str(path), str(real(path))] for name, path in sorted(recorded.items())}


def recall(kept: Any, asked: str) -> list[Found] | None:
    """The releases of the record ``kept`` if it answers ``asked`` and everything it read stands as it
    stood; None otherwise (and for anything malformed: the record is never trusted)."""
    try:
        if not isinstance(kept, dict) or kept.get("asked") != asked or type(kept.get("made")) is not int:
            return None
        limit = kept["made"] - int(listings.RACY * 1e9)
        for where, state in kept["folders"] + kept["files"]:
            if not _stands(where, state, limit):
                return None
        for folder, facts in kept["manifests"]:
            if not isinstance(folder, str) or _facts(sources(Path(folder))) != facts:
                return None
        return [_found(row) for row in kept["found"]]
    except (TypeError, ValueError, KeyError, IndexError):
        return None


def _stands(where: Any, state: Any, limit: int) -> bool:
    if not isinstance(where, str) or not isinstance(state, list):
        return False
    now = file_state(where)
    return now is not None and list(now) == state and max(now[1], now[2]) < limit


def _found(row: Any) -> Found:
    name, folder, stem, suffix, facts, files, beside = row
    texts = [name, folder, suffix] + [value for value in (stem, facts) if value is not None]
    drafts = tuple((file, lang, how) for file, lang, how in files)
    strings = [file for file, _, how in drafts] + [how for _, _, how in drafts]
    langs = [lang for _, lang, _ in drafts if lang is not None]
    if not all(isinstance(t, str) for t in texts + strings + langs + (beside or [])) or not (
        beside is None or isinstance(beside, list)
    ):
        raise TypeError("not a release")
    return Found(name, folder, stem, suffix, facts, drafts, None if beside is None else frozenset(beside))
