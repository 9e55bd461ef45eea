"""The releases of the folder served: finding them, reading one, saving it, and writing its drafts.

A facts file is read with the hash of its bytes; the page keeps that hash and
sends it back with a save, which is refused (:class:`Conflict`) when the file
on disk no longer has it: another tab, a text editor or a ``git pull``
changed it meanwhile. The check and the write happen under the folder's lock,
in one transaction of :mod:`drafter.writing`, like every write drafter makes.
Drafts go through :func:`drafter.output.write_drafts`: all or none, and never
over a draft edited by hand unless the person said so.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..errors import DrafterError, OutputError
from ..output import MANIFEST, edited, sources, write_drafts
from ..writing import reason, transaction
from .security import Folder

NEW = ""
"""The hash of a file that does not exist yet: a save with it creates the file, never replaces one."""
MAX_BYTES = 1_000_000
_RELEASE = re.compile(rb"^release\s*:", re.M)
_DRAFT_EXTENSIONS = (".md", ".html", ".txt", ".json")
_DEPTH = 4
_LIMIT = 2000


class Conflict(DrafterError):
    """A save from a page older than the file: it would lose what changed since."""

    def __init__(self, message: str, current: str) -> None:
        super().__init__(message)
        self.current = current


class EditedDrafts(DrafterError):
    """Drafts changed by hand since drafter wrote them: replaced only when the person says so."""

    def __init__(self, paths: Sequence[Path]) -> None:
        self.names = [p.name for p in paths]
        one = len(paths) == 1
        super().__init__(
            f"{', '.join(self.names)} {'was' if one else 'were'} edited by hand, or not written by drafter; "
            f"nothing was written. Replace {'it' if one else 'them'} with fresh drafts, or keep "
            f"{'it' if one else 'them'} and cancel."
        )


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True)
class Stored:
    """A facts file as read: its text (None if it is not text), the hash of its bytes, what stops it being read."""

    path: Path
    text: str | None
    hash: str
    unreadable: str | None = None


def read(path: Path) -> Stored:
    """The file at ``path``; :data:`NEW` as its hash if it does not exist."""
    try:
        with path.open("rb") as fh:
            data = fh.read(MAX_BYTES + 1)
    except FileNotFoundError:
        return Stored(path, None, NEW)
    except OSError as exc:
        return Stored(path, None, NEW, f"cannot be read: {reason(exc)}")
    if len(data) > MAX_BYTES:
        return Stored(path, None, digest(data), "is larger than a facts file can be (1 MB)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return Stored(path, None, digest(data), "is not UTF-8 text; save it as UTF-8 in a text editor")
    if "\x00" in text:
        return Stored(path, None, digest(data), "holds NUL bytes; it is not a text file")
    return Stored(path, text, digest(data))


def current_hash(path: Path) -> str:
    try:
        return digest(path.read_bytes())
    except FileNotFoundError:
        return NEW


def save(path: Path, text: str, expected: str) -> str:
    """Write ``text`` to ``path`` if the file still has the hash ``expected``; the new hash.

    :class:`Conflict` if the file changed (or appeared) since the page was loaded."""
    data = text.encode("utf-8")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with transaction(path.parent) as txn:
            found = current_hash(path)
            if found != expected:
                raise Conflict(_conflict(path, expected, found), found)
            if expected == NEW:
                txn.create(path.name, data)
            else:
                txn.stage(path.name, data)
                txn.commit()
    except FileExistsError:
        raise Conflict(_conflict(path, NEW, current_hash(path)), current_hash(path)) from None
    except OSError as exc:
        raise OutputError(f"cannot save {path.name}: {reason(exc)}; the file on disk is as it was") from None
    return digest(data)


def _conflict(path: Path, expected: str, found: str) -> str:
    if expected == NEW:
        return (
            f"{path.name} was created by someone else while you wrote this one; nothing was saved. "
            "Save under another name, or open theirs."
        )
    if found == NEW:
        return f"{path.name} was deleted or moved since you opened it; nothing was saved."
    return (
        f"{path.name} was changed since you opened it, in another tab or in another program; nothing was saved. "
        "Reload to see the saved version (your changes on this page are then lost: copy them first), "
        "or keep this page open and copy what you need."
    )


@dataclass(frozen=True)
class Release:
    """A facts file of the folder and where its drafts are."""

    facts: Path
    drafts: Path
    files: tuple[str, ...]
    """The drafts found there, by name."""


def releases(folder: Folder) -> list[Release]:
    """Every facts file below the folder (a YAML file with a ``release:`` section), with its drafts."""
    found: list[Path] = []
    recorded: dict[Path, Path] = {}
    for here, names in _walk(folder.root):
        if MANIFEST in names:
            for facts in sources(here).values():
                if folder.inside(facts):
                    recorded.setdefault(facts.resolve(), here)
        for name in names:
            if name.endswith((".yaml", ".yml")) and not name.startswith(".") and _is_facts(here / name, folder):
                found.append(here / name)
    out = []
    for facts in sorted(found, key=lambda p: folder.name(p)):
        drafts = recorded.get(facts.resolve(), drafts_folder(facts))
        out.append(Release(facts, drafts, _drafts_in(drafts, folder)))
    return out


def drafts_for(folder: Folder, facts: Path) -> Path:
    """Where the drafts of ``facts`` are written: where drafter last wrote them, else a folder named after it."""
    for release in releases(folder):
        if release.facts == facts:
            return release.drafts
    return drafts_folder(facts)


def drafts_folder(facts: Path) -> Path:
    return facts.parent / facts.stem


def _walk(root: Path) -> Iterable[tuple[Path, list[str]]]:
    seen = 0
    for here, dirs, names in os.walk(root, followlinks=False):
        depth = len(Path(here).relative_to(root).parts)
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and depth < _DEPTH)
        seen += len(names)
        if seen > _LIMIT:
            return
        yield Path(here), sorted(names)


def _is_facts(path: Path, folder: Folder) -> bool:
    if not folder.inside(path) or not path.is_file():
        return False
    try:
        with path.open("rb") as fh:
            head = fh.read(65536)
    except OSError:
        return False
    return bool(_RELEASE.search(head))


def _drafts_in(drafts: Path, folder: Folder) -> tuple[str, ...]:
    if not drafts.is_dir() or not folder.inside(drafts):
        return ()
    return tuple(
        sorted(p.name for p in drafts.iterdir() if p.suffix in _DRAFT_EXTENSIONS and not p.name.startswith("."))
    )


def write_release(
    facts: Path, drafts: Path, files: dict[str, str | bytes], *, force: bool, folder: Folder
) -> list[Path]:
    """Write ``files`` into ``drafts``, as ``drafter draft --out`` does; :class:`EditedDrafts` when some were
    edited by hand and ``force`` is not given."""
    if not folder.inside(drafts) or (drafts.exists() and not folder.inside(drafts.resolve())):
        raise OutputError(f"{drafts.name} leads outside the folder served; nothing was written")
    if not force and drafts.is_dir():
        changed = [p for p in edited(drafts, list(files)) if p.read_bytes() != _bytes(files[p.name])]
        if changed:
            raise EditedDrafts(changed)
    payload = {name: _bytes(data) for name, data in files.items()}
    return write_drafts(drafts, payload, force=force, source=facts)


def _bytes(data: str | bytes) -> bytes:
    return data if isinstance(data, bytes) else data.encode("utf-8")


__all__ = [
    "NEW",
    "Conflict",
    "EditedDrafts",
    "Release",
    "Stored",
    "digest",
    "drafts_for",
    "read",
    "releases",
    "save",
    "write_release",
]
