"""``drafter check --only-releases``: of the files a hook names, the releases; the rest passed over.

pre-commit names every file a commit touches that its pattern matches, and a
pattern cannot see inside a file: a CI workflow and ``.pre-commit-config.yaml``
are YAML like a facts file. So the choice is made here, by what a file says.

A YAML file is taken for a facts file when a key at its top level is
``release``, or close to it (``relase``, ``Release``, ``releases``), or is
``organisation`` or ``award``: a facts file with a slip in it is checked, and
refused with its message, never passed over in silence. Passed over, with a
note: other YAML files, README, CHANGES and the like, and files inside hidden
folders (``.github/``).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .checker.inputs import FACTS_EXTS, NOT_DRAFTS
from .errors import display_path
from .files import UnreadableFile, read_start

FACTS_KEYS = ("organisation", "organization", "award")
"""Top-level keys only a facts file has, besides ``release``."""
_TOP_KEY = re.compile(rb"""^(?:"([^"\n]*)"|'([^'\n]*)'|([^\s#:'"{\[\-][^:\n]*?))[ \t]*:(?:[ \t]|$)""", re.M)
_CLOSE = 0.8
"""How like ``release`` a key must be to be taken for a misspelling of it."""


@dataclass(frozen=True)
class Chosen:
    paths: tuple[Path, ...]
    """What to check: drafts and facts files."""
    passed_over: tuple[str, ...]
    """One note for each file left out, saying why."""


def only_releases(paths: Iterable[Path]) -> Chosen:
    """The drafts and facts files among ``paths``, and a note for each file passed over."""
    kept: list[Path] = []
    notes: list[str] = []
    for path in paths:
        why = _passed_over(path)
        if why:
            notes.append(f"passed over {display_path(path)}: {why}")
        else:
            kept.append(path)
    return Chosen(tuple(kept), tuple(notes))


def _passed_over(path: Path) -> str | None:
    """Why ``path`` is not a release's file, or None if it is (or may be: a folder, a draft)."""
    if any(part.startswith(".") and part not in (".", "..") for part in _parts(path)[:-1]):
        return "it is in a hidden folder"
    if not path.is_file():
        return None  # a folder, or a path that does not exist: drafter check says what it is
    if path.name.split(".")[0].upper() in NOT_DRAFTS:
        return "it is not a release's text"
    if path.suffix.lower() in FACTS_EXTS and not looks_like_facts(path):
        return "a YAML file with no release: section, so not a facts file"
    return None


def _parts(path: Path) -> tuple[str, ...]:
    """The parts of ``path`` from the current folder (where pre-commit runs, at the repository's top)."""
    if not path.is_absolute():
        return path.parts
    try:
        return path.relative_to(Path.cwd()).parts
    except ValueError:
        return (path.name,)


def looks_like_facts(path: Path) -> bool:
    """Whether the YAML file at ``path`` is meant as a facts file, misspelt or not (see the module)."""
    try:
        head = read_start(path, 200_000)
    except UnreadableFile:
        return True  # drafter check says why it cannot be read
    if head.lstrip().startswith(b"{"):
        return True  # a mapping written on one line: drafter check reads it
    for match in _TOP_KEY.finditer(head):
        key = next(g for g in match.groups() if g is not None).decode("utf-8", "replace").strip().lower()
        if key in FACTS_KEYS or difflib.SequenceMatcher(None, key, "release").ratio() >= _CLOSE:
            return True
    return False
