"""Regular expressions compiled by an earlier run, kept beside the tables in ``drafter check``'s cache.

A fresh process's first check compiles some 300 patterns (the names met,
dates, sums, each language's word lists): 0.17 s of CPU, a fifth of what
checking one release costs a process started for it, as a re-check after one
edit does. Python compiles a pattern in two steps: it parses it and makes
the engine's code (the cost), then hands that code to the engine (about a
twentieth of it). So while tables are kept (:func:`drafter.tablecache.keep_in`),
Python's compiler is wrapped: the code of every pattern compiled is kept,
all in one file, ``tables/patterns.json`` (read in one go, at the first
pattern compiled), and a pattern found there goes straight to the engine.
Each write adds to what the file holds (a check's processes each write what
they compiled), up to :data:`MOST` patterns.

Never trusted: the file's first line is the SHA-256 of the rest and it names
its key (drafter's code, the libraries, Python's version) and the engine's
version, or it is ignored and written again; the engine checks the code it is
given and refuses code it cannot run, and a pattern it refuses is compiled as
usual. Each process checks once, on the first pattern it compiles, that the
code it makes is Python's own (the steps above are Python's private ones);
if not, nothing is kept or read. Without a cache nothing is wrapped.
"""

from __future__ import annotations

import importlib
import json
import os
import re
import sys
import time
from typing import Any

from .tablecache import unsealed, write_sealed

NAME = "patterns.json"
"""The file, in the tables' folder."""
PAUSE = 5.0
"""Seconds between two writes by one process (a cold run's workers meet new patterns for a while)."""
MOST = 4_000
"""Patterns kept at most (the names' patterns grow with the first words met: 450 over 100 releases)."""

_compiler: Any = importlib.import_module("re._compiler")
_parser: Any = importlib.import_module("re._parser")
_engine: Any = importlib.import_module("_sre")
_python_compile = _compiler.compile
_ENGINE = f"{_engine.MAGIC}:{_engine.CODESIZE}:{sys.version}"


class _Store:
    """The patterns' code of one folder and key: what was read, and what this process added."""

    def __init__(self, path: str, key: str) -> None:
        self.path, self.key = path, key
        self.known: dict[str, list[Any]] | None = None
        self.added = 0
        self.written = 0.0

    def loaded(self) -> dict[str, list[Any]]:
        if self.known is None:
            self.known = _read(self.path, self.key)
        return self.known


_store: _Store | None = None
_faithful: bool | None = None
"""Whether this Python's compiler gives the code this module makes (checked once a process)."""


def keep_in(folder: str | None, key: str = "") -> None:
    """Keep the patterns compiled from now on in ``folder`` under ``key`` (None: Python's compiler alone)."""
    global _store
    _store = None if folder is None else _Store(os.path.join(folder, NAME), key)
    _compiler.compile = _python_compile if folder is None else _compile


def save(*, at_once: bool = False) -> None:
    """Write the patterns met since the last write; unless ``at_once``, at most once every
    :data:`PAUSE` seconds (the first time at once: a worker that checks one release and is then
    stopped keeps what it compiled)."""
    store = _store
    if store is None or not store.added:
        return
    if store.written and not at_once and time.monotonic() - store.written < PAUSE:
        return
    merged = _read(store.path, store.key)  # another process's patterns (a worker's, the main one's) kept too
    for name, made in store.loaded().items():
        if len(merged) < MOST or name in merged:
            merged[name] = made
    body = json.dumps({"key": store.key, "engine": _ENGINE, "patterns": merged}, separators=(",", ":"))
    write_sealed(os.path.dirname(store.path), store.path, body.encode("utf-8"))
    store.known, store.added, store.written = merged, 0, time.monotonic()


def _compile(pattern: Any, flags: Any = 0) -> Any:
    """Python's ``re._compiler.compile``, from the kept code where there is some."""
    store = _store
    if store is None or not isinstance(pattern, str) or not isinstance(flags, int) or flags & re.DEBUG:
        return _python_compile(pattern, flags)
    name = f"{int(flags)}:{pattern}"
    found = store.loaded().get(name)
    if found is not None:
        try:
            return _engine.compile(pattern, *_parts(found))
        except (RuntimeError, TypeError, ValueError, OverflowError):  # code the engine refuses: compiled as usual
            pass
    made = _made(pattern, int(flags))
    if not _is_faithful(pattern, int(flags), made):
        return _python_compile(pattern, flags)
    store.loaded()[name] = made
    store.added += 1
    return _engine.compile(pattern, *_parts(made))


def _made(pattern: str, flags: int) -> list[Any]:
    """What ``re._compiler.compile`` gives the engine besides the pattern, as JSON keeps it."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    return [flags | parsed.state.flags, list(code), parsed.state.groups - 1, dict(parsed.state.groupdict)]


def _parts(made: list[Any]) -> tuple[Any, ...]:
    """The engine's arguments after the pattern; a malformed entry raises TypeError or ValueError."""
    flags, code, groups, named = made
    if type(flags) is not int or type(groups) is not int or not isinstance(code, list) or not isinstance(named, dict):
        raise TypeError("not a pattern's code")
    order: list[str | None] = [None] * (groups + 1)
    for group, index in named.items():
        if type(index) is not int or not 0 < index <= groups:
            raise ValueError("not a group")
        order[index] = group
    return flags, code, groups, named, tuple(order)


def _is_faithful(pattern: str, flags: int, made: list[Any]) -> bool:
    global _faithful
    if _faithful is None:
        try:
            _faithful = _engine.compile(pattern, *_parts(made)) == _python_compile(pattern, flags)
        except Exception:  # a Python whose private steps differ: its compiler alone
            _faithful = False
    return _faithful


def _read(path: str, key: str) -> dict[str, list[Any]]:
    """The kept patterns; none for a missing, torn, foreign or unreadable file."""
    data = unsealed(path)
    if not isinstance(data, dict) or data.get("key") != key or data.get("engine") != _ENGINE:
        return {}
    patterns = data.get("patterns")
    if not isinstance(patterns, dict):
        return {}
    return {name: made for name, made in patterns.items() if isinstance(made, list) and len(made) == 4}
