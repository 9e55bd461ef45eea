"""What an entry of ``drafter check``'s cache holds on disk, and how it is read back without trusting it.

An entry is one release's findings and what they were found from: the key,
the release's shape, the files read and their states when read. Its first
line is the SHA-256 of the rest, a JSON object; an entry whose digest
disagrees, of another format, or holding anything but findings of the table
of rules, is read as no entry at all. Entries are written to a temp file and
renamed, so a reader never sees half of one.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .findings import Finding, Location
from .parallel import Checked

FORMAT = 2
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


def state(value: Any) -> State:
    if value is None:
        return None
    if not isinstance(value, list) or len(value) != 5 or not all(type(v) is int for v in value):
        raise TypeError("not a file's state")
    return (value[0], value[1], value[2], value[3], value[4])


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


def encode(key: str, snapshot: Snapshot, checked: Checked) -> bytes:
    body = {
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
    text = json.dumps(body, ensure_ascii=False, sort_keys=True).encode("utf-8")
    return digest(text).encode("ascii") + b"\n" + text


def entry_body(raw: bytes) -> dict[str, Any] | None:
    """An entry's content if it is whole (the digest on its first line agrees) and of this format; else None."""
    first, newline, text = raw.partition(b"\n")
    if not newline or first != digest(text).encode("ascii"):
        return None
    try:
        body = json.loads(text)
    except ValueError:  # json's errors, and bytes that are no UTF-8
        return None
    return body if isinstance(body, dict) and body.get("format") == FORMAT else None


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
