"""Re-check only what changed: a release read as it was last time gives the findings it gave.

Each release's findings are kept in a folder of their own (``.drafter-cache/``
in the folder checked, or ``--cache-dir``), one file a release, under a key
hashing everything its check reads: each draft's bytes, name and language,
the facts file, the dismissals, the folder's manifest (what drafter recorded
of the drafts it wrote, from which staleness is told), the term base, and,
for the whole run, what :mod:`.fingerprint` hashes: drafter's own code and
data, the libraries installed, the templates and glossaries, the current
folder (paths in messages are shown from it). What an entry holds is
:mod:`.cache_entries`'s.

A file that stands as it stood when the entry was made (its size, times and
inode, and not changed in the two seconds before) is taken for the same bytes,
as Git takes a file in its index; any other is read and hashed again, so a
re-check reads only what may have changed, and a fresh checkout (new times)
reads everything once. Which files lie beside the drafts (dismissals, manifest,
term base) is taken from the walk's listing of their folder, and a folder
with no manifest has none read, so an unchanged release costs a ``stat`` of
each file and the read of its entry; and none of the checker is imported
until a release has to be checked. An entry is used only if it is whole and its own: it
names the format, its key and a digest of its content, and each finding is
rebuilt through the table of rules. Anything else (a truncated, corrupt,
hand-edited or foreign entry) is a miss: the release is checked again and the
entry replaced. Entries are written to a temp file and renamed, so a run
killed midway or two runs at once leave whole entries only; a release's key is hashed again before its
entry is written, so a draft saved during the check is not kept under the
old key. An entry is touched when used (at most once a day) and entries
unused for :data:`KEEP_DAYS` are pruned, so the folder holds about one entry
per release checked in that time.

The cache is as trustworthy as the folder it sits in: anyone who can write
there can write findings, as anyone who can write ``.git`` can write history.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path

from ..errors import UsageError, display_path
from ..files import UnreadableFile, read_bytes
from ..output import MANIFEST
from .cache_entries import FORMAT, Snapshot, State, decode, digest, encode, entry_body, state, write
from .findings import DISMISSED_FILE
from .inputs import Release
from .parallel import Checked
from .releases import TERMS_FILE, Gathered

FOLDER = ".drafter-cache"
TAG_FILE = "CACHEDIR.TAG"
TAG = (
    "Signature: 8a477f597d28d172789f06886806bc55\n"
    "# drafter's cache of drafter check's findings (https://bford.info/cachedir/). Safe to delete.\n"
)
"""The Cache Directory Tagging Standard's tag: backup tools pass the folder over, and drafter knows it for its own."""
ENTRIES = "checks"
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
    return all(name in (TAG_FILE, ".gitignore", ENTRIES) or name.startswith(".tmp-") for name in os.listdir(folder))


def _stats(files: list[str]) -> list[State]:
    out: list[State] = []
    for file in files:
        try:
            found = os.stat(file)
        except (OSError, ValueError):
            out.append(None)
            continue
        out.append((found.st_size, found.st_mtime_ns, found.st_ctime_ns, found.st_ino, found.st_dev))
    return out


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
        self._terms: dict[str, str | None] = {}
        self._reals: dict[str, str] = {}

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
        return store

    # --- keys -------------------------------------------------------------------------------

    def snapshot(self, release: Release, stale: Callable[[Release], object], *, listed: bool = True) -> Snapshot:
        """What ``release``'s check depends on, as it stands: its shape and, for each file it reads, the
        file's state on disk (taken before any is read). With ``listed``, which files lie beside the
        drafts is taken from the walk's listing of their folder, else looked up now."""
        folder = os.path.abspath(release.folder)
        drafts = [os.path.join(folder, path.name) for path, _, _ in release.files]
        files = drafts.copy()
        facts = None if release.facts is None else os.path.abspath(release.facts)
        if facts is not None:
            files.append(facts)
        beside = release.beside if listed and isinstance(release, Gathered) else None
        present: dict[str, bool] = {}
        for name in (DISMISSED_FILE, MANIFEST):
            path = os.path.join(folder, name)
            present[name] = os.path.lexists(path) if beside is None else name in beside
            if present[name]:
                files.append(path)
        terms = self._term_base(folder, beside)
        if terms is not None:
            files.append(terms)
        given = [self._given(folder, release.folder), None if facts is None else self._given(facts, release.facts)]
        shape = [
            self.run,
            release.name,
            release.stem,
            release.suffix,
            given,
            [
                [path, self._given(path, as_given), lang, how]
                for path, (as_given, lang, how) in zip(drafts, release.files, strict=True)
            ],
            terms,
            stale(release) if present[MANIFEST] else None,  # what it reads is the manifest
        ]
        seen = time.time_ns()
        return Snapshot(digest(json.dumps(shape, ensure_ascii=False).encode("utf-8")), files, _stats(files), seen)

    def _given(self, path: str, given: Path | None) -> str | None:
        """A path as given, where messages show it so: outside the current folder (inside it they show the
        path from there, which the absolute path and the current folder, in the run's key, tell)."""
        return None if path.startswith(self.cwd.rstrip(os.sep) + os.sep) else str(given)

    def key(self, snapshot: Snapshot) -> str | None:
        """The hash of the release's shape and of every byte its check reads; None if a file cannot be
        read (such a release is checked every time, and its check says what is wrong)."""
        try:
            hashes = [digest(read_bytes(Path(file), MAX_INPUT_BYTES)) for file in snapshot.files]
        except UnreadableFile:
            return None
        return digest(json.dumps([snapshot.shape, snapshot.files, hashes]).encode("utf-8"))

    def _term_base(self, folder: str, beside: frozenset[str] | None = None) -> str | None:
        """The nearest ``drafter-terms.yaml`` at or above ``folder``, up to the top of its Git repository,
        as :func:`.terms.load_terms` looks for it; each folder looked up once a run, and ``folder`` itself
        not at all when its listing's ``beside`` is known."""
        here = self._real(folder)
        if beside is not None:
            parent = os.path.dirname(here)
            if TERMS_FILE in beside:
                return os.path.join(here, TERMS_FILE)
            return None if ".git" in beside or parent == here else self._term_base(parent)
        walked: list[str] = []
        found: str | None = None
        while True:
            if here in self._terms:
                found = self._terms[here]
                break
            walked.append(here)
            path = os.path.join(here, TERMS_FILE)
            if os.path.lexists(path):
                found = path
                break
            parent = os.path.dirname(here)
            if os.path.lexists(os.path.join(here, ".git")) or parent == here:
                break
            here = parent
        for each in walked:
            self._terms[each] = found
        return found

    def _real(self, folder: str) -> str:
        """``os.path.realpath(folder)`` for an absolute path, its parent's found once a run: the folders of
        an archive share their parents, and each costs one look to know it is no link."""
        found = self._reals.get(folder)
        if found is None:
            parent, name = os.path.split(folder)
            if parent == folder or not name or os.path.islink(folder):
                found = os.path.realpath(folder)
            else:
                found = os.path.join(self._real(parent), name)
            self._reals[folder] = found
        return found

    # --- entries ----------------------------------------------------------------------------

    def _path(self, release: Release) -> Path:
        """One entry a release (by its folder, stem and format, as seen from the current folder): a new
        version of the release replaces the entry of the old."""
        where = f"{self.cwd}\0{os.path.abspath(release.folder)}\0{release.stem!r}\0{release.suffix}"
        name = digest(where.encode("utf-8", "surrogateescape"))[:40]
        return Path(os.path.join(self.entries, name[:2], f"{name[2:]}.json"))

    def find(self, release: Release, now: Snapshot) -> tuple[str | None, Checked | None]:
        """The release's key, and its findings as its last check with that key gave them, or None.

        Files that stand as they stood when the entry was made (same size, times, inode), and were
        not changed within :data:`RACY` seconds before it, are taken for the same bytes, as Git takes
        them; otherwise every file is read and hashed."""
        path = self._path(release)
        try:
            with open(path, "rb") as file:
                found = os.fstat(file.fileno())
                raw = file.read() if found.st_size <= MAX_INPUT_BYTES else b""
                used = found.st_mtime
        except OSError:
            return self.key(now), None
        body = entry_body(raw)
        if body is None:
            return self.key(now), None
        try:
            then = Snapshot(body["shape"], body["files"], [state(s) for s in body["stats"]], body["seen"])
            unchanged = then == Snapshot(now.shape, now.files, now.stats, then.seen) and _settled(then)
        except (TypeError, KeyError, ValueError):
            return self.key(now), None
        key = body["key"] if unchanged else self.key(now)
        checked = decode(body, key) if key is not None else None
        if checked is not None and time.time() - used > DAY:
            try:
                os.utime(path)
            except OSError:
                pass
        return key, checked

    def put(self, release: Release, key: str, snapshot: Snapshot, checked: Checked) -> None:
        path = self._path(release)
        try:
            path.parent.mkdir(exist_ok=True)
            write(path, encode(key, snapshot, checked))
        except OSError:
            pass  # a full disk or a read-only folder: the findings are right, only the next run is slower

    def prune(self) -> None:
        """Remove entries unused for :data:`KEEP_DAYS`, looking at most once a day."""
        stamp = self.folder / "pruned"
        now = time.time()
        try:
            if now - os.stat(stamp).st_mtime < DAY:
                return
        except OSError:
            pass
        try:
            write(stamp, b"")
            for shard in os.scandir(self.folder / ENTRIES):
                if not shard.is_dir(follow_symlinks=False):
                    continue
                for entry in os.scandir(shard.path):
                    if now - entry.stat(follow_symlinks=False).st_mtime > KEEP_DAYS * DAY:
                        os.unlink(entry.path)
        except OSError:
            pass


def beside(paths: Sequence[Path]) -> Path:
    """The cache of a run that names none: in the first folder given, or the folder of the first file."""
    first = paths[0]
    return (first if first.is_dir() else first.parent) / FOLDER


def through(
    store: Cache,
    releases: Iterable[Release],
    stale: Callable[[Release], object],
    check: Callable[[Iterator[Release], int], Iterator[Checked]],
) -> Iterator[Checked]:
    """Each release's findings in order: from ``store`` when its key is there, else from ``check``
    (given the releases to check and how many there are), and then kept in ``store``."""
    planned: list[tuple[str | None, Checked | None]] = []
    missed: list[Release] = []
    for release in releases:
        key, hit = store.find(release, store.snapshot(release, stale))
        planned.append((key, hit))
        if hit is None:
            missed.append(release)
    checked = check(iter(missed), len(missed))
    waiting = iter(missed)
    for key, hit in planned:
        if hit is not None:
            yield hit
            continue
        release, made = next(waiting), next(checked)
        if key is not None:  # kept only if the files still hold what the check read
            after = store.snapshot(release, stale, listed=False)
            if store.key(after) == key:
                store.put(release, key, after, made)
        yield made
