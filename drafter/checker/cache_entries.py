"""What an entry of ``drafter check``'s cache holds on disk, how it is read back without trusting it,
and when it stands for the files as they are now (:func:`judge`).

An entry is one release's findings and what they were found from: the key,
the release's shape, the files read and their states when read. A file of
entries (one loose entry, or the pack of many) has the SHA-256 of the rest on
its first line, then a JSON object; a file whose digest disagrees, or of
another format, is read as no entry at all, and an entry holding anything but
findings of the table of rules is no entry either. Files are written to a
temp file and renamed, so a reader never sees half of one.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .findings import Finding, Location
from .parallel import Checked

FORMAT = 3
"""Bumped whenever what an entry holds changes."""

State = tuple[int, int, int, int, int] | None
"""A file's size, modification and change times, inode and device; None for no file."""


@dataclass(frozen=True)
class Snapshot:
    """What a release's check depends on: its shape (names, languages, the run's key, staleness), the
    files it reads, their states, and when the states were taken (nanoseconds)."""

    shape: str
    files: list[str]
    stats: list[State]
    seen: int


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def write(path: Path, data: bytes) -> None:
    """Whole or not at all: a temp file beside ``path``, renamed over it."""
    fd, temp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as file:
            file.write(data)
        os.replace(temp, path)
    except BaseException:
        try:
            os.unlink(temp)
        except OSError:
            pass
        raise


def _finding(f: Finding) -> list[Any]:
    return [f.rule, f.severity, f.message, f.release, [[loc.file, loc.line, loc.column] for loc in f.locations],
            list(f.subject), f.path]  # fmt: skip


def body_of(key: str, snapshot: Snapshot, checked: Checked) -> dict[str, Any]:
    """An entry as it is kept, loose or in the pack."""
    return {
        "format": FORMAT,
        "key": key,
        "shape": snapshot.shape,
        "files": snapshot.files,
        "stats": snapshot.stats,
        "seen": snapshot.seen,
        "name": checked.name,
        "drafts": checked.drafts,
        "findings": [_finding(f) for f in checked.findings],
        "dismissed": [_finding(f) for f in checked.dismissed],
    }


def sealed(body: dict[str, Any]) -> bytes:
    """A file of entries: the digest of its JSON on the first line, then the JSON (keys sorted: the same
    entries give the same bytes)."""
    text = json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")
    return digest(text).encode("ascii") + b"\n" + text


def encode(key: str, snapshot: Snapshot, checked: Checked) -> bytes:
    return sealed(body_of(key, snapshot, checked))


def entry_body(raw: bytes) -> dict[str, Any] | None:
    """A file's content if it is whole (the digest on its first line agrees) and of this format; else None."""
    first, newline, text = raw.partition(b"\n")
    if not newline or first != digest(text).encode("ascii"):
        return None
    try:
        body = json.loads(text)
    except ValueError:  # json's errors, and bytes that are no UTF-8
        return None
    return body if isinstance(body, dict) and body.get("format") == FORMAT else None


def pack_entries(raw: bytes) -> dict[str, list[Any]]:
    """The entries of a pack by name, each as when it was last used and its JSON text (read only when
    its release is met); none if the pack is not whole and of this format. Each entry is still judged
    on its own when used (:func:`decode`)."""
    body = entry_body(raw)
    entries = None if body is None else body.get("entries")
    if not isinstance(entries, dict):
        return {}
    return {
        name: entry
        for name, entry in entries.items()
        if isinstance(entry, list) and len(entry) == 2 and type(entry[0]) is int and isinstance(entry[1], str)
    }


def unpacked(text: str) -> dict[str, Any] | None:
    """An entry of a pack, read."""
    try:
        body = json.loads(text)
    except ValueError:
        return None
    return body if isinstance(body, dict) else None


def packed(used: int, body: dict[str, Any]) -> list[Any]:
    """An entry as a pack holds it."""
    return [used, json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":"))]


def pack(entries: dict[str, list[Any]]) -> bytes:
    return sealed({"format": FORMAT, "entries": entries})


def decode(body: dict[str, Any], key: str) -> Checked | None:
    """The entry's findings if it was made for ``key`` and every one is a finding; else None."""
    try:
        if body["key"] != key:
            return None
        name, drafts = body["name"], body["drafts"]
        if not isinstance(name, str) or type(drafts) is not int or drafts < 0:
            return None
        return Checked(name, drafts, _findings(body["findings"]), _findings(body["dismissed"]))
    except (ValueError, TypeError, KeyError, IndexError, AttributeError):
        return None  # a rule or severity not in the table is a ValueError


def _findings(rows: Any) -> tuple[Finding, ...]:
    out = []
    for rule, severity, message, release, locations, subject, path in rows:
        texts = [rule, severity, message, release, path, *subject]
        places = [Location(file, line, column) for file, line, column in locations]
        if not all(isinstance(t, str) for t in texts) or not all(_located(p) for p in places):
            raise TypeError("not a finding")
        out.append(Finding(rule, severity, message, release, tuple(places), tuple(subject), path))
    return tuple(out)


def _located(place: Location) -> bool:
    return isinstance(place.file, str) and type(place.line) is int and type(place.column) is int


def file_state(path: str) -> State:
    try:
        found = os.stat(path)
    except OSError:
        return None
    return (found.st_size, found.st_mtime_ns, found.st_ctime_ns, found.st_ino, found.st_dev)


def read_pack(path: str) -> tuple[dict[str, list[Any]], State]:
    """The pack's entries (none if it is missing, torn or foreign) and its state when read."""
    try:
        with open(path, "rb") as file:
            found = os.fstat(file.fileno())
            raw = file.read()
    except OSError:
        return {}, None
    return pack_entries(raw), (found.st_size, found.st_mtime_ns, found.st_ctime_ns, found.st_ino, found.st_dev)


def stats(files: list[str]) -> list[State]:
    """Each file's state now (None for a file that is not there)."""
    out: list[State] = []
    for file in files:
        try:
            found = os.stat(file)
        except (OSError, ValueError):
            out.append(None)
            continue
        out.append((found.st_size, found.st_mtime_ns, found.st_ctime_ns, found.st_ino, found.st_dev))
    return out


def _same_states(kept: Any, now: list[State]) -> bool:
    """Whether the states an entry holds are ``now``'s (equal numbers are the same state, whatever a
    foreign entry wrote them as; anything else is not equal)."""
    if not isinstance(kept, list) or len(kept) != len(now):
        return False
    pairs = zip(kept, now, strict=True)
    return all(k is None if n is None else isinstance(k, list) and tuple(k) == n for k, n in pairs)


def judge(
    body: dict[str, Any] | None,
    now: Snapshot,
    hashed: list[str | None],
    key: Callable[[Snapshot], str | None],
    settled: Callable[[Snapshot], bool],
) -> tuple[str, Checked] | None:
    """The key and findings of ``body`` if it is an entry of this format made from what ``now`` holds;
    the files are hashed only if they do not stand as they stood, and had ``settled`` when it was made
    (the hash kept in ``hashed``)."""
    if body is None or body.get("format") != FORMAT:
        return None
    try:
        seen = body["seen"]
        unchanged = (
            type(seen) is int
            and body["shape"] == now.shape
            and body["files"] == now.files
            and _same_states(body["stats"], now.stats)
            and settled(Snapshot(now.shape, now.files, now.stats, seen))
        )
    except (TypeError, KeyError, ValueError):
        return None
    if unchanged:
        made = body["key"]
    else:
        if not hashed:
            hashed.append(key(now))
        made = hashed[0]
    if not isinstance(made, str):
        return None
    checked = decode(body, made)
    return None if checked is None else (made, checked)
