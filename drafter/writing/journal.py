"""The journal: every file of a write in place, or none, even when a run dies halfway.

Each file is staged as a temp file beside its target and made durable; the
renames are recorded in ``.drafter.journal`` (with the hashes before and
after, and a hard link to each file replaced); then the renames; then the
journal goes. A run that finds a journal, under the lock, completes the
renames if every one still can be, else undoes those done (:func:`settle`).
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import re
import secrets
import stat
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

from .lock import LOCK, locked

JOURNAL = ".drafter.journal"
_CHUNK = 1 << 16
_TEMP = re.compile(r"\..+\.[0-9a-f]{16}\.drafter-(?:new|old)")
_LEGACY = re.compile(r"\.(.+)\.[a-z0-9_]{8}\.tmp")
"""Temp files of drafter 0.1's ``tempfile.mkstemp``, removed when named after a file drafter writes."""
_NO_LINKS = {errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.ENOSYS, errno.EMLINK}
"""What ``link`` says on a file system without hard links: copy instead."""


class Unfinished(Exception):
    """A commit that failed and could not be undone either: the next run into the folder settles it."""

    def __init__(self, error: OSError) -> None:
        super().__init__(str(error))
        self.error = error


def reason(exc: OSError) -> str:
    """What went wrong, in words for the person at the keyboard rather than an errno."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return "the disk is full"
    if exc.errno == errno.EIO:
        return "the disk could not be read or written (an input/output error)"
    if exc.errno == errno.EROFS:
        return "the disk is read-only"
    return exc.strerror or str(exc)


# --- the journal ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Entry:
    """One rename: ``temp`` becomes ``name``; ``old`` and ``new`` are their hashes (``old`` None: no file),
    ``backup`` a hard link to the file replaced, to put back if the write is undone."""

    name: str
    temp: str
    new: str
    old: str | None = None
    backup: str | None = None


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _hash(path: Path) -> str | None:
    """The hash of ``path``'s content; None if there is no such file, '' if it cannot be read."""
    try:
        return _digest(path.read_bytes())
    except FileNotFoundError:
        return "" if os.path.lexists(path) else None
    except OSError:
        return ""


def _entries(folder: Path) -> list[_Entry] | None:
    """The journal's renames; None without a journal; none at all for one that cannot be read, or that
    names anything but a file of this folder."""
    try:
        data = json.loads((folder / JOURNAL).read_bytes())
        entries = [_Entry(**entry) for entry in data["entries"]]
    except FileNotFoundError:
        return None
    except (ValueError, TypeError, KeyError):
        return []
    names = [name for e in entries for name in (e.name, e.temp, e.new, e.old, e.backup) if name is not None]
    return entries if all(_plain(name) for name in names) else []


def _plain(name: object) -> bool:
    return isinstance(name, str) and name not in ("", ".", "..") and "/" not in name and "\0" not in name


def pending(folder: Path) -> dict[str, str]:
    """The files a write in progress (or one that died) is putting in ``folder``: name to hash."""
    with contextlib.suppress(OSError):
        return {e.name: e.new for e in _entries(folder) or []}
    return {}


def _finish(folder: Path, entries: list[_Entry], *, undo: bool = False) -> None:
    """Complete every rename of ``entries`` if each still can be (and not ``undo``), else undo those done;
    drop the journal.

    A file is only ever replaced while it holds what the journal says it held
    before (completing) or after (undoing): a hand edit made since is kept.
    """
    now = {e.name: _hash(folder / e.name) for e in entries}
    forward = not undo and all(
        now[e.name] == e.new or (now[e.name] == e.old and _hash(folder / e.temp) == e.new) for e in entries
    )
    if forward:
        for e in entries:
            if now[e.name] != e.new:
                os.replace(folder / e.temp, folder / e.name)
    else:
        for e in reversed(entries):
            if now[e.name] != e.new or e.new == e.old:
                continue
            if e.backup is not None and os.path.lexists(folder / e.backup):
                os.replace(folder / e.backup, folder / e.name)
            elif e.old is None:
                os.unlink(folder / e.name)
    _sync(folder)
    os.unlink(folder / JOURNAL)


def settle(folder: Path, legacy: Iterable[str] = ()) -> None:
    """Finish or undo the write a run that died left in ``folder``, and remove the temp files drafter
    keeps only while it writes (and those of drafter 0.1 named after one of ``legacy``). Under the lock."""
    entries = _entries(folder)
    if entries is not None:
        _finish(folder, entries)
    names = set(legacy)
    for name in os.listdir(folder):
        old = _LEGACY.fullmatch(name)
        if _TEMP.fullmatch(name) or (old is not None and old.group(1) in names):
            with contextlib.suppress(FileNotFoundError):
                os.unlink(folder / name)


# --- files --------------------------------------------------------------------------------------------------


def _write(path: Path, data: bytes, mode: int | None) -> None:
    """Create ``path`` (never an existing file) holding ``data``, on the disk before this returns."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o666)
    try:
        if mode is not None:
            os.fchmod(fd, mode)
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view[:_CHUNK]) :]
        os.fsync(fd)
    finally:
        os.close(fd)


def _sync(folder: Path) -> None:
    """Make the renames and removals in ``folder`` so far survive a power cut."""
    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _keep(target: Path, backup: Path) -> None:
    """Keep what ``target`` holds now as ``backup``: a second name for the same file where possible."""
    try:
        os.link(target, backup, follow_symlinks=False)
    except OSError as exc:
        if exc.errno not in _NO_LINKS:
            raise
        _write(backup, target.read_bytes(), stat.S_IMODE(os.stat(target).st_mode))


class Transaction:
    """Files staged in one folder, to replace their namesakes all at once at :meth:`commit`."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.committed = False
        self._token = secrets.token_hex(8)
        self._staged: dict[str, tuple[Path, str]] = {}
        self._made: list[Path] = []

    def _temp(self, name: str, kind: str) -> Path:
        path = self.folder / f".{name}.{self._token}.drafter-{kind}"
        self._made.append(path)
        return path

    def stage(self, name: str, data: bytes, *, mode: int | None = None) -> None:
        """Write ``data`` beside ``name``, with ``mode`` (else the mode ``name`` has, else the umask's)."""
        if self.committed or name in self._staged or not _plain(name) or name in (LOCK, JOURNAL):
            raise ValueError(f"cannot stage {name!r} here")
        if mode is None:
            with contextlib.suppress(OSError):
                mode = stat.S_IMODE(os.stat(self.folder / name).st_mode)
        temp = self._temp(name, "new")
        _write(temp, data, mode)
        self._staged[name] = (temp, _digest(data))

    def commit(self) -> None:
        """Put every staged file in place at once. On failure the folder is as it was and the OSError is
        raised; :class:`Unfinished` if even that fails (the next run into the folder settles it)."""
        entries: list[_Entry] = []
        placed = False
        try:
            for name, (temp, new) in self._staged.items():
                target = self.folder / name
                old = _hash(target)
                backup = None if old is None else self._temp(name, "old")
                if backup is not None:
                    _keep(target, backup)
                entries.append(_Entry(name, temp.name, new, old, None if backup is None else backup.name))
            journal = self._temp(JOURNAL[1:], "new")
            _write(journal, json.dumps({"drafter-journal": 1, "entries": [asdict(e) for e in entries]}).encode(), None)
            os.replace(journal, self.folder / JOURNAL)
            placed = True
            _sync(self.folder)  # the temp files and the journal first: then the renames
            for e in entries:
                os.replace(self.folder / e.temp, self.folder / e.name)
            _sync(self.folder)  # the renames before the journal goes
        except BaseException as exc:
            undone = True
            try:
                if placed:
                    _finish(self.folder, entries, undo=True)
            except OSError:
                undone = False
            finally:
                self.discard()
            if not undone and isinstance(exc, OSError):
                raise Unfinished(exc) from exc
            raise
        self.committed = True
        with contextlib.suppress(OSError):  # done: a journal left here is settled by the next run
            os.unlink(self.folder / JOURNAL)
        self._made = [self.folder / e.backup for e in entries if e.backup is not None]
        self.discard()

    def create(self, name: str, data: bytes) -> None:
        """Make ``name`` hold ``data``, complete or not at all, never replacing a file: FileExistsError
        if there is one."""
        target = self.folder / name
        if self.committed or not _plain(name) or name in (LOCK, JOURNAL):
            raise ValueError(f"cannot create {name!r} here")
        if os.path.lexists(target):
            raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(target))
        temp = self._temp(name, "new")
        _write(temp, data, None)
        try:
            os.link(temp, target)
        except OSError as exc:
            if exc.errno not in _NO_LINKS:
                raise
            if os.path.lexists(target):
                raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(target)) from None
            os.rename(temp, target)
        try:
            _sync(self.folder)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(target)
            raise
        self.committed = True
        self.discard()

    def discard(self) -> None:
        """Remove the temp files this transaction made (those already renamed are gone)."""
        made, self._made = self._made, []
        for path in made:
            with contextlib.suppress(OSError):
                os.unlink(path)


@contextlib.contextmanager
def transaction(folder: Path, *, wait: float | None = None, legacy: Iterable[str] = ()) -> Iterator[Transaction]:
    """Lock ``folder`` (see :func:`locked`), settle it (see :func:`settle`) and yield a transaction in it;
    whatever was staged and not committed is removed on the way out."""
    with locked(folder, wait=wait):
        settle(folder, legacy)
        txn = Transaction(folder)
        try:
            yield txn
        finally:
            txn.discard()
