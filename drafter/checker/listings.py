"""What the walk saw of each folder last time, so that a folder left alone is not listed again.

A re-check of an archive looks at every folder and every facts file. A
folder's modification time changes whenever a name in it is added, removed or
renamed, so a folder whose state (size, times, inode) is what it was when it
was listed, and was not changed in the :data:`RACY` seconds before, holds the
same names: one ``stat`` stands for the listing. A facts file is told from
other YAML by its first bytes; with the same state, it is taken to be what it
was, as the cache takes a draft. A folder holding a link is listed every time
(where a link leads can change without its folder changing).

Kept by the cache beside its entries (:mod:`.cache`), sealed like them; a
torn or foreign file is no memory at all, and the walk lists everything.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import Any

from .cache_entries import FORMAT, State
from .walk import TERMS_FILE

RACY = 2.0
"""Seconds a folder or file must have been left alone, before it was looked at, for its state to stand for it."""


def _state(path: str) -> State:
    try:
        found = os.stat(path)
    except (OSError, ValueError):
        return None
    return (found.st_size, found.st_mtime_ns, found.st_ctime_ns, found.st_ino, found.st_dev)


def _same(kept: Any, now: State, made: Any) -> bool:
    """Whether a state kept from a walk begun at ``made`` (nanoseconds) is ``now``, settled before then."""
    if now is None or not isinstance(kept, list) or tuple(kept) != now or type(made) is not int:
        return False
    return max(now[1], now[2]) < made - int(RACY * 1e9)


class Listings:
    """The folders' listings and facts files' verdicts of the last walk (``kept``: each folder's as JSON
    text, read only when the folder is met), and this walk's (``now``: the text kept, when nothing of
    the folder changed)."""

    def __init__(self, kept: dict[str, Any] | None = None) -> None:
        kept = kept if isinstance(kept, dict) and kept.get("format") == FORMAT else {}
        self.before: int | None = kept.get("made") if type(kept.get("made")) is int else None
        folders = kept.get("folders")
        self.kept: dict[str, Any] = folders if isinstance(folders, dict) else {}
        self.made = time.time_ns()
        self.now: dict[str, str | list[Any]] = {}
        self.changed = False
        self._met: tuple[str, list[Any] | None] = ("", None)
        """The last folder recalled, and what was kept of it."""
        self.gathered: Any = kept.get("gathered")
        """What the last walk gathered, with what it read (:mod:`.gathered`; judged before it is used)."""
        self.gathered_now: dict[str, Any] | None = None

    def unchanged(self) -> None:
        """The whole walk stands as it stood (:func:`.gathered.recall`): its memory is kept as it is."""
        self.now = dict(self.kept)
        self.changed = False

    def forget(self) -> None:
        """The walk starts again, looking at every link: nothing of this walk is kept."""
        self.now.clear()
        self.changed = True

    def _kept(self, where: str) -> list[Any] | None:
        """What was kept of the folder ``where``, if it is well formed."""
        if self._met[0] == where:
            return self._met[1]
        text = self.kept.get(where)
        try:
            kept = json.loads(text) if isinstance(text, str) else None
        except ValueError:
            kept = None
        if not (isinstance(kept, list) and len(kept) == 5 and isinstance(kept[4], dict)):
            kept = None
        elif not (_strings(kept[1]) and _strings(kept[2]) and _strings(kept[3])):
            kept = None
        self._met = (where, kept)
        return kept

    def recall(self, folder: Path) -> tuple[tuple[list[str], list[str], list[str]] | None, State]:
        """The names of drafts and facts files, the marks and the subfolders of ``folder`` as listed
        last time, if it stands as it stood (else None); and its state now, taken before any listing."""
        where = os.path.abspath(folder)
        now = _state(where)
        kept = self._kept(where)
        if kept is not None and _same(kept[0], now, self.before):
            self.now[where] = self.kept[where]
            return (kept[1], kept[2], kept[3]), now
        self.changed = True
        return None, now

    def keep(self, folder: Path, state: State, names: list[str], marks: list[str], below: list[str]) -> None:
        """``folder``'s listing, made after its state was taken (a folder holding a link is not kept)."""
        if state is not None:
            self.now[os.path.abspath(folder)] = [list(state), names, marks, below, {}]

    def is_facts(self, path: Path, test: Any) -> bool:
        """``test(path)`` (is it a facts file?), or what it said last time if the file stands as it stood."""
        where = os.path.abspath(path)
        folder, name = os.path.split(where)
        now = _state(where)
        kept = self._kept(folder)
        verdict = None if kept is None else kept[4].get(name)
        if isinstance(verdict, list) and len(verdict) == 2 and type(verdict[1]) is bool:
            if _same(verdict[0], now, self.before):
                entry = self.now.get(folder)
                if isinstance(entry, list):
                    entry[4][name] = verdict
                return verdict[1]
        self.changed = True
        found = bool(test(path))
        entry = self.now.get(folder)
        if isinstance(entry, str) and kept is not None:  # recalled, and now told again
            entry = self.now[folder] = [kept[0], kept[1], kept[2], kept[3], dict(kept[4])]
        if isinstance(entry, list) and now is not None:
            entry[4][name] = [list(now), found]
        return found

    def kept_now(self) -> dict[str, Any] | None:
        """What to keep for the next walk, if anything changed: this walk's folders only (what was kept
        of another folder was judged against an older walk's time, and is not carried over)."""
        if not self.changed and self.now.keys() == self.kept.keys() and self.gathered_now is None:
            return None
        folders = {where: entry if isinstance(entry, str) else json.dumps(entry) for where, entry in self.now.items()}
        return {"format": FORMAT, "made": self.made, "folders": folders, "gathered": self.gathered_now}


def _strings(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


class TermBases:
    """Where each release's term base is, found as :func:`.terms.load_terms` finds it, each folder looked
    at once a run."""

    def __init__(self) -> None:
        self._terms: dict[str, str | None] = {}
        self._reals: dict[str, str] = {}

    def find(self, folder: str, beside: frozenset[str] | None = None) -> str | None:
        """The nearest ``drafter-terms.yaml`` at or above ``folder``, up to the top of its Git repository,
        as :func:`.terms.load_terms` looks for it; each folder looked up once a run, and ``folder`` itself
        not at all when its listing's ``beside`` is known."""
        here = self._real(folder)
        if beside is not None:
            parent = os.path.dirname(here)
            if TERMS_FILE in beside:
                return os.path.join(here, TERMS_FILE)
            return None if ".git" in beside or parent == here else self.find(parent)
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
