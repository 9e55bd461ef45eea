"""The walk of the folders ``drafter check`` is given: each folder's drafts and facts files, by name.

Only names are kept of the files (an archive holds many); paths are made for folders. A folder that
stands as it stood last time is not listed again (:mod:`.listings`). A file reached twice (two paths
given that overlap, a link to a file already found) is taken once.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from ..files import real
from ..output import MANIFEST
from .findings import DISMISSED_FILE
from .inputs import DRAFT_EXTS, FACTS_EXTS, NOT_DRAFTS

if TYPE_CHECKING:
    from .gathered import Record
    from .listings import Listings

SKIPPED_FOLDERS = frozenset({"__pycache__", "node_modules"})
"""Besides hidden folders, folders never searched for drafts."""

TERMS_FILE = "drafter-terms.yaml"
"""The term base's name, as :mod:`.terms` looks for it (it imports the facts model; a test keeps the two equal)."""
MARKS = frozenset({DISMISSED_FILE, MANIFEST, TERMS_FILE, ".git"})
"""Files beside a release's drafts that its check reads, or that end the search for a term base: their
presence is taken from the walk's listing of the folder, not looked up again for the cache's key."""


def _wanted(name: str) -> bool:
    if name.startswith(".") or name.split(".")[0].upper() in NOT_DRAFTS:
        return False
    return name.lower().endswith(DRAFT_EXTS + FACTS_EXTS)


class Revisit(Exception):
    """A link to a file was met where no file was thought to be reached twice: walk again, keeping every path."""


def walk(
    path: Path, seen: set[str] | None, listings: Listings | None = None, record: Record | None = None
) -> Iterator[tuple[Path, list[str], frozenset[str] | None]]:
    """Each folder of ``path`` with the names of its drafts and facts files, and which of :data:`MARKS`
    its listing holds (None when not listed): recursively for a folder; for a file, the file and its
    siblings. A file whose real path is in ``seen`` is passed over (none is, with ``seen`` None, which
    raises :class:`Revisit` at a link to a file). Paths are made only for folders: an archive holds
    many more files, and only names are kept of them. With ``listings``, a folder that stands as it
    stood last time is not listed again.

    A draft is checked against its whole release, so naming ``award.es.md``
    brings in ``award.en.md`` and ``award.yaml`` beside it (what pre-commit passes).
    """
    if path.is_file():
        siblings = [path] + [s for s in sorted(path.parent.iterdir()) if s.is_file() and _wanted(s.name) and s != path]
        chosen = [file.name for file in siblings if first_seen(real(file), seen)]
        if chosen:
            yield path.parent, chosen, None
        return
    stack = [(path, real(path))]  # with each folder its real path, followed only when files may repeat
    memory = listings if seen is None else None  # where files may repeat, every link is looked at
    while stack:
        folder, resolved = stack.pop()
        remembered, state = (None, None) if memory is None else memory.recall(folder)
        if record is not None:
            record.folder(folder, state)
        if remembered is not None:
            names, marks, subfolders = remembered
            if names:
                yield folder, names, frozenset(marks)
            stack.extend((folder / name, resolved) for name in reversed(subfolders))
            continue
        try:
            with os.scandir(folder) as listing:
                entries = sorted(listing, key=lambda entry: entry.name)
        except OSError:
            if record is not None:
                record.whole = False
            continue  # as os.walk: a folder that cannot be listed is passed over
        below = []
        names = []
        marks = []
        plain = True  # no link, nothing unreadable: the listing can stand for the folder next time
        for entry in entries:
            if entry.name in MARKS:
                marks.append(entry.name)
            try:
                is_folder = entry.is_dir()
                plain = plain and not entry.is_symlink()
            except OSError:
                is_folder = plain = False
            if is_folder:
                if not entry.name.startswith(".") and entry.name not in SKIPPED_FOLDERS and not entry.is_symlink():
                    below.append(entry.name)
            elif _wanted(entry.name):
                if seen is None:
                    if entry.is_symlink():
                        raise Revisit
                    names.append(entry.name)
                elif first_seen(real(folder / entry.name) if entry.is_symlink() else resolved / entry.name, seen):
                    names.append(entry.name)
        if memory is not None and plain:
            memory.keep(folder, state, names, marks, below)
        elif record is not None:
            record.whole = False
        if names:
            yield folder, names, frozenset(marks)
        stack.extend((folder / name, resolved if seen is None else resolved / name) for name in reversed(below))


def first_seen(where: Path, seen: set[str] | None) -> bool:
    if seen is None:
        return True
    key = str(where)
    if key in seen:
        return False
    seen.add(key)
    return True
