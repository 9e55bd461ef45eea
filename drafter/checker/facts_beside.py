"""The facts file lying beside a folder of drafts, named after it: ``label/`` and ``label.yaml``.

Drafts copied out of the folder drafter wrote lose their manifest (which names
their facts file) but often keep the facts file beside them, named as the
folder. A folder named on the command line that holds neither a facts file nor
a manifest takes that file (:func:`.releases.collect`).
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from .gathered import Record

SUFFIXES = (".yaml", ".yml")


class _Group(Protocol):
    stem: str | None
    facts: Path | None


def facts_beside(folder: Path, record: Record | None = None) -> Path | None:
    """The facts file named after ``folder`` in the folder holding it (``.yaml``, else ``.yml``), if any.

    For the walk's record, the state of the folder holding it (adding, removing or renaming a file there
    changes it) and of the file found, each taken before it is read."""
    from .releases import is_facts_file

    where = Path(os.path.abspath(folder))
    if not where.name:
        return None
    if record is not None:
        from .cache_entries import file_state

        record.folder(where.parent, file_state(str(where.parent)))
    for suffix in SUFFIXES:
        path = where.parent / (where.name + suffix)
        if path.is_file():
            if record is not None:
                record.yaml(path)
            if is_facts_file(path):
                return path
    return None


def attach_beside(facts: Path, groups: Iterable[_Group]) -> None:
    """``facts`` joins the releases of its stem among ``groups`` (one folder's), else those named only by
    language, else the folder's one release in several formats; never a release of its own: it lies
    outside the folder."""
    groups = [group for group in groups if group.facts is None]
    for wanted in (facts.stem, None):
        matches = [group for group in groups if group.stem == wanted]
        if matches:
            break
    else:
        matches = groups if len({group.stem for group in groups}) == 1 else []
    for group in matches:
        group.facts = facts
