"""Re-check only what changed: a release read as it was last time gives the findings it gave.

Each release's findings are kept in a folder of their own (``.drafter-cache/``
in the folder checked, or ``--cache-dir``) under a key hashing everything its
check reads: each draft's bytes, name and language, the facts file, the
dismissals, the folder's manifest (what drafter recorded of the drafts it
wrote, from which staleness is told), the term base, and, for the whole run,
what :mod:`.fingerprint` hashes: drafter's own code and data, the libraries
installed, the templates and glossaries, the current folder (paths in
messages are shown from it). What an entry holds, and how it is judged
against the files as they stand, is :mod:`.cache_entries`'s. The lists a
check builds before its first release are kept beside the entries too
(:mod:`drafter.tablecache`).

Entries are kept as Git keeps objects: loose, a file each, written as each
release is checked (a run stopped midway keeps what it checked), and packed,
all in one file, read in one go (:data:`PACK`): at the end of a run that
leaves more than :data:`LOOSE` loose entries they are packed, so a re-check
of an archive opens one file, not one a release, and a run that checks one
release writes one.

A file that stands as it stood when the entry was made (its size, times and
inode, and not changed in the two seconds before) is taken for the same bytes,
as Git takes a file in its index; any other is read and hashed again, so a
re-check reads only what may have changed, and a fresh checkout (new times)
reads everything once. Which files lie beside the drafts (dismissals, manifest,
term base) is taken from the walk's listing of their folder, and a folder
with no manifest has none read, so an unchanged release costs a ``stat`` of
each file; and none of the checker is imported until a release has to be
checked. An entry is used only if it is whole and its own: the file holding
it carries a digest of its content, the entry names the format and its key,
and each finding is rebuilt through the table of rules. Anything else (a
truncated, corrupt, hand-edited or foreign entry or pack) is a miss: the
release is checked again and the entry replaced. Files are written to a temp
file and renamed, so a run killed midway or two runs at once leave whole
files only; a release's key is hashed again before its entry is written, so
a draft saved during the check is not kept under the old key. Two runs
packing at once may lose entries (a release checked again), never mix them.
An entry's last use is noted (at most once a day) and entries unused for
:data:`KEEP_DAYS` are pruned.

The cache is as trustworthy as the folder it sits in: anyone who can write
there can write findings, as anyone who can write ``.git`` can write history.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from .. import tablecache
from ..errors import UsageError, display_path
from ..files import UnreadableFile, read_bytes
from ..output import MANIFEST
from . import fingerprint
from .cache_entries import (
    FORMAT,
    Snapshot,
    State,
    body_of,
    digest,
    entry_body,
    file_state,
    judge,
    pack,
    packed,
    read_pack,
    sealed,
    stats,
    unpacked,
    write,
)
from .findings import DISMISSED_FILE
from .found import Found, Gathered, Releases
from .inputs import Release
from .listings import Listings, TermBases
from .parallel import Checked

FOLDER = ".drafter-cache"
TAG_FILE = "CACHEDIR.TAG"
TAG = (
    "Signature: 8a477f597d28d172789f06886806bc55\n"
    "# drafter's cache of drafter check's findings (https://bford.info/cachedir/). Safe to delete.\n"
)
"""The Cache Directory Tagging Standard's tag: backup tools pass the folder over, and drafter knows it for its own."""
ENTRIES = "checks"
"""The loose entries: one file each, written as each release is checked."""
PACK = "checks.pack"
"""Every other entry, in one file read in one go: a re-check opens one file, not one a release."""
LOOSE = 32
"""Loose entries a run may leave; more are packed at its end (so a run that checks one release writes one)."""
MAX_ENTRY_BYTES = 20_000_000
WALK = "walk.pack"
"""What the walk saw of each folder (:mod:`.listings`): a folder left alone is not listed again."""
KEEP_DAYS = 30
"""An entry unused this many days is pruned (a release renamed or removed, an old version of drafter)."""
DAY = 86_400
MAX_INPUT_BYTES = 20_000_000
"""A facts file, dismissals, manifest or term base larger than this is not hashed: its release is not cached."""
RACY = 2.0
"""Seconds a file must have been left unchanged before its entry was made for its state to stand for
its bytes: a file changed within the clock's resolution of being read is read again next time."""


def _ours(folder: Path) -> bool:
    """Whether ``folder`` is drafter's cache (its tag), or holds nothing but what drafter is making it with."""
    if (folder / TAG_FILE).is_file():
        return True
    mine = (TAG_FILE, ".gitignore", ENTRIES, PACK, WALK, "pruned", tablecache.FOLDER)
    return all(name in mine or name.startswith(".tmp-") for name in os.listdir(folder))


def _settled(snapshot: Snapshot) -> bool:
    """Every file existed, and none changed within :data:`RACY` seconds before the snapshot."""
    limit = snapshot.seen - int(RACY * 1e9)
    return all(state is not None and max(state[1], state[2]) < limit for state in snapshot.stats)


class Cache:
    """The entries of one folder, and what this run's keys share."""

    def __init__(self, folder: Path, run: str) -> None:
        self.folder = folder
        self.run = run
        self.cwd = os.getcwd()
        self.entries = str(folder / ENTRIES)
        self.terms = TermBases()
        self._last: dict[str, str] = {}
        self._pack: dict[str, list[Any]] | None = None
        self._pack_state: State = None
        self._loose: set[str] | None = None
        self._fresh: dict[str, dict[str, Any]] = {}
        """Entries read loose or written this run, by name: what the pack is made of next."""
        self._renewed = False
        self._pruning = False
        self.listings: Listings | None = None
        """The walk's memory, kept at the end of the run if it changed."""

    @classmethod
    def open(cls, folder: Path, run: Sequence[object]) -> Cache | None:
        """The cache in ``folder``, made if need be; None when it cannot be written (a read-only archive).

        A folder that holds files and no tag of drafter's is refused: drafter never writes, nor
        ignores with a ``.gitignore``, a folder of someone else's."""
        try:
            if folder.is_dir() and not _ours(folder):
                raise UsageError(
                    f"{display_path(folder)} holds files drafter did not write, so it cannot be drafter's cache; "
                    "name a new or empty folder with --cache-dir, or pass --no-cache"
                )
            folder.mkdir(parents=True, exist_ok=True)
            for name, text in ((TAG_FILE, TAG), (".gitignore", "# drafter's cache: never committed\n*\n")):
                if not (folder / name).is_file():
                    write(folder / name, text.encode("utf-8"))
            (folder / ENTRIES).mkdir(exist_ok=True)
        except OSError:
            return None
        store = cls(folder, digest(json.dumps([FORMAT, *map(str, run)]).encode("utf-8")))
        store.prune()
        tablecache.keep_in(folder / tablecache.FOLDER, fingerprint.tables_key())
        return store

    # --- keys -------------------------------------------------------------------------------

    def snapshot(
        self, release: Release | Found, stale: Callable[[Release], object], *, listed: bool = True
    ) -> Snapshot:
        """What ``release``'s check depends on, as it stands: its shape and, for each file it reads, the
        file's state on disk (taken before any is read). With ``listed``, which files lie beside the
        drafts is taken from the walk's listing of their folder, else looked up now. A release found by
        the walk is seen by its names: no path is made for it unless it has to be checked."""
        if isinstance(release, Found):
            given, names, given_facts = release.folder, release.files, release.facts
            beside = release.beside if listed else None
        else:
            given, given_facts = str(release.folder), None if release.facts is None else str(release.facts)
            names = tuple((path.name, lang, how) for path, lang, how in release.files)
            beside = release.beside if listed and isinstance(release, Gathered) else None
        folder = self._absolute(given)
        inside = folder if folder.endswith(os.sep) else folder + os.sep  # names from a listing: no separator
        files = [inside + name for name, _, _ in names]
        facts = None if given_facts is None else self._absolute(given_facts)
        if facts is not None:
            files.append(facts)
        present: dict[str, bool] = {}
        for name in (DISMISSED_FILE, MANIFEST):
            present[name] = os.path.lexists(inside + name) if beside is None else name in beside
            if present[name]:
                files.append(inside + name)
        terms = self.terms.find(folder, beside)
        if terms is not None:
            files.append(terms)
        shape = [
            self.run,
            release.name,
            release.stem,
            release.suffix,
            [self._given(folder, given), None if facts is None else self._given(facts, given_facts)],
            [list(draft) for draft in names],  # each beside ``folder``, whose absolute path is in ``files``
            terms,
            stale(Releases.make(release) if isinstance(release, Found) else release) if present[MANIFEST] else None,
        ]
        seen = time.time_ns()
        return Snapshot(digest(json.dumps(shape, ensure_ascii=False).encode("utf-8")), files, stats(files), seen)

    def _absolute(self, path: str) -> str:
        """``os.path.abspath(path)``, the current folder asked for once a run (the last release's paths
        kept: its folder is asked for its key, then for its entry's name)."""
        found = self._last.get(path)
        if found is None:
            if len(self._last) > 8:
                self._last.clear()
            found = self._last[path] = os.path.normpath(path if os.path.isabs(path) else os.path.join(self.cwd, path))
        return found

    def _given(self, path: str, given: str | None) -> str | None:
        """A path as given, where messages show it so: outside the current folder (inside it they show the
        path from there, which the absolute path and the current folder, in the run's key, tell)."""
        return None if path.startswith(self.cwd.rstrip(os.sep) + os.sep) else given

    def key(self, snapshot: Snapshot) -> str | None:
        """The hash of the release's shape and of every byte its check reads; None if a file cannot be
        read (such a release is checked every time, and its check says what is wrong)."""
        try:
            hashes = [digest(read_bytes(Path(file), MAX_INPUT_BYTES)) for file in snapshot.files]
        except UnreadableFile:
            return None
        return digest(json.dumps([snapshot.shape, snapshot.files, hashes]).encode("utf-8"))

    # --- entries ----------------------------------------------------------------------------

    def name(self, release: Release | Found) -> str:
        """An entry's name: its release's folder, stem and format, as seen from the current folder (a new
        version of the release replaces the entry of the old)."""
        folder = self._absolute(release.folder if isinstance(release, Found) else str(release.folder))
        where = f"{self.cwd}\0{folder}\0{release.stem!r}\0{release.suffix}"
        return digest(where.encode("utf-8", "surrogateescape"))[:40]

    def _loose_path(self, name: str) -> str:
        return os.path.join(self.entries, f"{name}.json")

    def _listed(self) -> set[str]:
        """The loose entries' names, listed once a run."""
        if self._loose is None:
            try:
                names = os.listdir(self.entries)
            except OSError:
                names = []
            self._loose = {name[:-5] for name in names if name.endswith(".json") and len(name) == 45}
        return self._loose

    def _packed(self) -> dict[str, list[Any]]:
        """The pack's entries, read once a run (none if it is missing, torn or foreign)."""
        if self._pack is None:
            self._pack, self._pack_state = read_pack(os.path.join(self.folder, PACK))
        return self._pack

    def _read_loose(self, name: str) -> tuple[dict[str, Any] | None, float]:
        """A loose entry's content (None if it is not whole and of this format) and when it was last used."""
        try:
            with open(self._loose_path(name), "rb") as file:
                found = os.fstat(file.fileno())
                raw = file.read() if found.st_size <= MAX_ENTRY_BYTES else b""
        except OSError:
            return None, 0.0
        return entry_body(raw), found.st_mtime

    def find(self, release: Release | Found, now: Snapshot) -> tuple[str | None, Checked | None]:
        """The release's key, and its findings as its last check with that key gave them, or None.

        Its loose entry is looked at first (newer than the pack's), then the pack's. Files that stand
        as they stood when the entry was made (same size, times, inode), and were not changed within
        :data:`RACY` seconds before it, are taken for the same bytes, as Git takes them; otherwise every
        file is read and hashed, once."""
        name = self.name(release)
        hashed: list[str | None] = []
        if name in self._listed():
            body, used = self._read_loose(name)
            found = judge(body, now, hashed, self.key, _settled)
            if body is not None and found is not None:
                self._fresh[name] = body
                if time.time() - used > DAY:
                    try:
                        os.utime(self._loose_path(name))
                    except OSError:
                        pass
                return found
        entry = self._packed().get(name)
        found = None if entry is None else judge(unpacked(entry[1]), now, hashed, self.key, _settled)
        if entry is not None and found is not None:
            if time.time() - entry[0] > DAY:
                entry[0] = int(time.time())
                self._renewed = True
            return found
        return (hashed[0] if hashed else self.key(now)), None

    def put(self, release: Release, key: str, snapshot: Snapshot, checked: Checked) -> None:
        """Keep ``release``'s findings: loose at once (a run stopped midway keeps what it checked), in the
        pack at the end of the run when there are enough of them."""
        name = self.name(release)
        body = body_of(key, snapshot, checked)
        self._fresh[name] = body
        try:
            write(Path(self._loose_path(name)), sealed(body))
        except OSError:
            return  # a full disk or a read-only folder: the findings are right, only the next run is slower
        self._listed().add(name)

    def close(self) -> None:
        """Pack the loose entries when there are more than :data:`LOOSE` of them, or write the pack again
        when its entries' stamps of use were renewed or old ones are due to be pruned.

        Another run may have packed meanwhile: its pack is read again and this run's entries laid over
        it. Two runs packing at once lose at most entries (a re-check), never trust a wrong one."""
        kept = None if self.listings is None else self.listings.kept_now()
        if kept is not None:
            try:
                write(self.folder / WALK, sealed(kept))
            except OSError:
                pass
        loose = self._listed()
        now = int(time.time())
        entries = self._packed()
        old = [name for name, (used, _) in entries.items() if now - used > KEEP_DAYS * DAY] if self._pruning else []
        if len(loose) <= LOOSE and not self._renewed and not old:
            return
        path = os.path.join(self.folder, PACK)
        base = entries if file_state(path) == self._pack_state else read_pack(path)[0]
        merged = {name: entry for name, entry in base.items() if now - entry[0] <= KEEP_DAYS * DAY}
        for name in sorted(loose):
            body = self._fresh.get(name)
            used = float(now)
            if body is None:
                body, used = self._read_loose(name)
            if body is not None and now - used <= KEEP_DAYS * DAY:
                merged[name] = packed(int(used), body)
        try:
            write(Path(path), pack(merged))
        except OSError:
            return
        for name in loose:
            try:
                os.unlink(self._loose_path(name))
            except OSError:
                pass
        self._pack, self._pack_state, self._loose = merged, file_state(path), set()

    def prune(self) -> None:
        """Remove entries unused for :data:`KEEP_DAYS`, looking at most once a day: loose ones now, the
        pack's when the run ends (:meth:`close`)."""
        stamp = self.folder / "pruned"
        now = time.time()
        try:
            if now - os.stat(stamp).st_mtime < DAY:
                return
        except OSError:
            pass
        self._pruning = True
        try:
            write(stamp, b"")
            for entry in os.scandir(self.folder / ENTRIES):
                inside = os.scandir(entry.path) if entry.is_dir(follow_symlinks=False) else None
                for each in [entry] if inside is None else list(inside):  # folders: the layout of format 2
                    if not each.is_dir(follow_symlinks=False):
                        if now - each.stat(follow_symlinks=False).st_mtime > KEEP_DAYS * DAY:
                            os.unlink(each.path)
        except OSError:
            pass


def beside(paths: Sequence[Path]) -> Path:
    """The cache of a run that names none: in the first folder given, or the folder of the first file."""
    first = paths[0]
    return (first if first.is_dir() else first.parent) / FOLDER
