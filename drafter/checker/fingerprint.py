"""What every release's cached findings depend on besides its own files: drafter, its libraries, the templates.

Hashed once a process: drafter's own modules and data (a change to the
checker is a new cache, released or not), the names and versions of the
distributions installed beside the libraries check uses (read from their
folders, without importing them), Python's version, the templates and
glossaries, the languages known and the current folder.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import stat
import sys
from collections.abc import Iterable, Sequence
from functools import cache
from pathlib import Path

LIBRARIES = ("babel", "jinja2", "langdetect", "markdown_it", "pydantic", "rapidfuzz", "sentencex", "wordfreq", "yaml")
"""Where the libraries check uses are installed: every distribution installed there is part of the key."""


def tables_key() -> str:
    """What the tables kept between runs (:mod:`drafter.tablecache`) are made from: drafter's code and
    data, the libraries installed, Python's version (not the templates, nor the current folder)."""
    return hashlib.sha256(json.dumps([sys.version, _code(), _libraries()]).encode("utf-8")).hexdigest()


def run_key(dirs: Iterable[Path], known: Sequence[str]) -> list[object]:
    """What every release's findings depend on besides its own files."""
    return [sys.version, _code(), _libraries(), _templates(tuple(dirs)), list(known), os.getcwd()]


@cache
def _code() -> str:
    """drafter's own modules and data: a change to the checker is a new cache, released or not."""
    from .. import __version__

    package = Path(__file__).resolve().parent.parent
    return f"{__version__}:{_tree(package)}"


@cache
def _libraries() -> tuple[str, ...]:
    """The distributions installed beside the libraries check uses, with their versions, without importing any."""
    places = set()
    for name in LIBRARIES:
        spec = importlib.util.find_spec(name)
        if spec is not None and spec.origin:
            places.add(os.path.dirname(os.path.dirname(spec.origin)))
    return tuple(sorted(n for place in places for n in os.listdir(place) if n.endswith((".dist-info", ".egg-info"))))


@cache
def _templates(dirs: tuple[Path, ...]) -> tuple[str, ...]:
    """The templates and glossaries, hashed once a process: the checker reads each glossary once a process too."""
    return tuple(f"{folder}:{_tree(folder)}" for folder in dirs)


def _tree(folder: Path) -> str:
    """The hash of every file's name and bytes under ``folder`` (caches and hidden folders left out)."""
    digest = hashlib.sha256()
    for root, subfolders, files in os.walk(folder):
        subfolders[:] = sorted(d for d in subfolders if d != "__pycache__" and not d.startswith("."))
        for name in sorted(files):
            path = os.path.join(root, name)
            try:
                if not stat.S_ISREG(os.stat(path).st_mode):
                    continue
                with open(path, "rb") as file:
                    data = file.read()
            except OSError:
                data = b"\x00unreadable"
            digest.update(f"{os.path.relpath(path, folder)}\x00{len(data)}\x00".encode("utf-8", "surrogateescape"))
            digest.update(data)
    return digest.hexdigest()
