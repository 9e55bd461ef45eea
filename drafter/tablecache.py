"""Tables drafter builds from its data, kept between runs in ``drafter check``'s cache folder.

A fresh process's first check builds, before it reads a word, tables it
needs whole: the names of bodies, places and nationalities from their YAML
(a third of a second: PyYAML builds the data in Python even with libyaml),
and each language's unit symbols from Babel's 3,570 unit names. A re-check
after one edit is that fresh process, so those tables are kept in the cache
folder's ``tables/``, one JSON file each, under a key of what they are made
from: drafter's code and data, the libraries installed, Python's version. A
file of another key, a torn or hand-edited one (its first line is the
SHA-256 of the rest), or one that cannot be read, is ignored and written
again: a table is only ever the one its builder gives. JSON, not pickle:
reading a folder someone else wrote runs none of their code. Without a cache
(``--no-cache``, a library call) every table is built, as before.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")

FOLDER = "tables"
"""The tables' folder inside the cache folder."""
_NAME = re.compile(r"[a-z0-9_-]+")
_PART = re.compile(r"[A-Za-z0-9_]+")
_place: tuple[str, str] | None = None
"""Where tables are kept this process, and under which key; inherited by the processes it forks."""


def keep_in(folder: Path | None, key: str = "") -> None:
    """Keep tables in ``folder`` under ``key`` from now on (None: build every table, keep none)."""
    global _place
    _place = None if folder is None else (str(folder), key)


def kept(name: str, build: Callable[[], T]) -> T:
    """``build()``, or what it gave an earlier run with the same key. Kept only when its JSON reads back
    as the very same value (a table with a tuple, a set or a number for a key is built every time)."""
    place = _place
    if place is None or not _NAME.fullmatch(name):
        return build()
    folder, key = place
    path = os.path.join(folder, f"{name}.json")
    found = _read(path, key, name)
    if found is not None:
        return found[0]  # type: ignore[no-any-return]
    value = build()
    text = json.dumps({"key": key, "name": name, "value": value}, ensure_ascii=False, sort_keys=False)
    if json.loads(text)["value"] == value:
        write_sealed(folder, path, text.encode("utf-8"))
    return value


def named(kind: str, *parts: str) -> str:
    """A table's name: its kind (``"currencies"``) and what it is made for (``"pt", "pt_PT"``), in lower
    case (a folder may not tell case), joined by hyphens, which no part holds; a part with any other
    character than a letter, a digit or ``_`` makes no name (its table is built every time)."""
    return "-".join([kind, *(part.lower() if _PART.fullmatch(part) else "!" for part in parts)])


def _read(path: str, key: str, name: str) -> tuple[Any] | None:
    """The kept value, in a tuple; None for a missing, torn, foreign or unreadable file."""
    data = unsealed(path)
    if not isinstance(data, dict) or data.get("key") != key or data.get("name") != name or "value" not in data:
        return None
    return (data["value"],)


def unsealed(path: str) -> Any:
    """The JSON of a file whose first line is the SHA-256 of the rest; None for a missing, torn or
    unreadable one."""
    try:
        with open(path, "rb") as file:
            raw = file.read()
        seal, _, body = raw.partition(b"\n")
        if seal.decode("ascii") != hashlib.sha256(body).hexdigest():
            return None
        return json.loads(body)
    except (OSError, ValueError):  # UnicodeDecodeError and JSONDecodeError are ValueErrors
        return None


def write_sealed(folder: str, path: str, body: bytes) -> None:
    """``body`` under its SHA-256, whole or not at all (a temp file renamed); a folder that cannot be
    written keeps nothing."""
    try:
        os.mkdir(folder)  # inside the cache folder, never the cache folder itself (it may have been removed)
    except FileExistsError:
        pass
    except OSError:
        return
    try:
        fd, temp = tempfile.mkstemp(prefix=".tmp-", dir=folder)
    except OSError:
        return
    try:
        with os.fdopen(fd, "wb") as file:
            file.write(hashlib.sha256(body).hexdigest().encode("ascii") + b"\n" + body)
        os.replace(temp, path)
    except OSError:
        try:
            os.unlink(temp)
        except OSError:
            pass
