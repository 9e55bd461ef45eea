"""Find what ``drafter check`` was given and group it into releases, in time and memory linear in the archive.

Drafts sharing a stem (``award.en.md``, ``award.es.md``) form one release;
drafts named only by language (``en.md``) or not at all form their folder's
release. A facts file joins the release of its stem, else its folder's, else
stands alone; the facts file drafter recorded in a folder's manifest, or the
one given with ``--facts``, comes first.

The folders are walked once. What is kept of each is the names of its drafts
and facts files, grouped by release, and each facts file is matched only
against the releases of its own folder. :class:`~.inputs.Release` objects are
made one at a time, in the order of their names, as the check asks for them.
A file reached twice (two paths given that overlap, a link to a file already
found) is taken once; the set of real paths that this needs is kept only when
that can happen.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import UsageError, display_path, printable
from ..files import UnreadableFile, read_start, real
from ..output import MANIFEST, sources
from .facts_beside import attach_beside, facts_beside
from .formats import tagged
from .found import Found, Releases
from .inputs import DRAFT_EXTS, FACTS_EXTS, split_name
from .walk import Revisit, walk

if TYPE_CHECKING:
    from .gathered import Record
    from .listings import Listings

Files = list[tuple[str, str | None, str]]
"""A release's drafts in one folder: file name, language if known, where it came from."""


_RELEASE_KEY = re.compile(rb"^release\s*:", re.M)


def is_facts_file(path: Path) -> bool:
    """A YAML file with a ``release:`` section in its first 200,000 bytes (cheap test, no parsing).

    The first 16 KiB are read first: a facts file is a few kilobytes, and a buffer for 200,000 bytes
    costs more than the read."""
    try:
        head = read_start(path, 16_384)
        if _RELEASE_KEY.search(head) is None and len(head) == 16_384:
            head = read_start(path, 200_000)
    except UnreadableFile:
        return False
    return _RELEASE_KEY.search(head) is not None


@dataclass(slots=True)
class _Group:
    """One release of a folder, as names: its drafts, its facts file, its name."""

    stem: str | None
    suffix: str
    files: Files = field(default_factory=list)
    facts: Path | None = None
    name: str = ""


@dataclass(slots=True)
class _Folder:
    path: Path
    beside: frozenset[str] | None
    groups: dict[tuple[str | None, str], _Group] = field(default_factory=dict)
    facts_files: list[Path] = field(default_factory=list)


def collect(
    paths: Iterable[Path],
    known_langs: Iterable[str],
    overrides: Mapping[Path, str] | None = None,
    facts: Path | None = None,
    listings: Listings | None = None,
) -> Releases:
    """Every release among ``paths``, in the order of their names, with each draft's language where
    its name or ``overrides`` tells it. Bad paths raise :class:`UsageError` at once.

    A release's facts file is ``facts`` when given; else the one drafter recorded when it wrote
    the drafts (wherever it lies); else the one of its stem, or of its folder. With ``listings``
    (the cache's), folders and facts files left alone since the last walk are not read again."""
    paths = list(paths)
    if facts is not None and not facts.is_file():
        raise UsageError(f"--facts {display_path(facts)}: no such file")
    apart = _apart(paths)
    record = None
    if listings is not None and apart and facts is None and not overrides:
        from . import gathered  # the walk's result remembered: only a run with the cache needs it

        asked = gathered.question(os.getcwd(), paths, [str(real(p)) for p in paths], tuple(sorted(set(known_langs))))
        found = gathered.recall(listings.gathered, asked)
        if found is not None:
            listings.unchanged()
            return Releases(found, paths)
        record = gathered.Record(asked, listings.made)
    try:
        folders = _index(paths, known_langs, overrides, None if apart else set(), listings, record)
    except Revisit:
        if listings is not None:
            listings.forget()
        record = None
        folders = _index(paths, known_langs, overrides, set(), listings)
    _join_facts(folders, facts, record, {p for p in paths if p.is_dir()})
    order = sorted(
        (group.name, number, place)
        for number, folder in enumerate(folders)
        for place, group in enumerate(folder.groups.values())
    )  # names are unique but for a folder's and its subfolder's, which the walk's order sorts
    groups = [list(folder.groups.values()) for folder in folders]
    entries = []
    for name, number, place in order:
        group = groups[number][place]
        facts_file = None if group.facts is None else str(group.facts)
        folder = str(folders[number].path)
        beside = folders[number].beside
        entries.append(Found(name, folder, group.stem, group.suffix, facts_file, tuple(group.files), beside))
    if record is not None and listings is not None:
        listings.gathered_now = record.kept(entries)
    return Releases(entries, paths)


def _apart(paths: list[Path]) -> bool:
    """Whether no file can be reached from two of ``paths``: folders, none inside another."""
    if not all(p.is_dir() for p in paths):
        return False
    roots = sorted(str(real(p)) for p in paths)
    return all(not b.startswith(a.rstrip(os.sep) + os.sep) and a != b for a, b in zip(roots, roots[1:], strict=False))


def _index(
    paths: list[Path],
    known_langs: Iterable[str],
    overrides: Mapping[Path, str] | None,
    seen: set[str] | None,
    listings: Listings | None = None,
    record: Record | None = None,
) -> list[_Folder]:
    """Each folder's drafts grouped into releases, and its facts files, in the order the walk met them."""
    known = tuple(sorted(set(known_langs)))
    by_real = {real(p): lang for p, lang in (overrides or {}).items()}
    folders: dict[Path, _Folder] = {}
    for given in paths:
        if not given.exists():
            raise UsageError(f"{display_path(given)} does not exist")
        a_file = given.is_file()
        for parent, names, beside in walk(given, seen, listings, record):
            folder = folders.get(parent)
            if folder is None:
                folder = folders[parent] = _Folder(parent, beside)
            _add(folder, names, given if a_file else None, known, by_real, listings, record)
    return list(folders.values())


def _add(
    folder: _Folder,
    names: list[str],
    given: Path | None,
    known: tuple[str, ...],
    by_real: dict[Path, str],
    listings: Listings | None = None,
    record: Record | None = None,
) -> None:
    """The drafts of ``names`` grouped into ``folder``'s releases, and its facts files (``given``: the file
    named on the command line, taken as a facts file or refused as no draft, whatever its content)."""
    parent = folder.path
    for name in names:
        suffix, stem, lang = _parsed(name, known)
        if suffix in FACTS_EXTS:
            path = parent / name
            if record is not None:
                record.yaml(path)  # its state before it is read
            if path == given or (is_facts_file(path) if listings is None else listings.is_facts(path, is_facts_file)):
                folder.facts_files.append(path)
            continue
        if suffix not in DRAFT_EXTS:
            path = parent / name
            if path == given:
                raise UsageError(
                    f"{display_path(path)}: not a draft (.md, .txt, .html, .docx, .odt) or a facts file (.yaml)"
                )
            continue
        key = (stem if lang and stem else None, ".html" if suffix == ".htm" else suffix)
        lang_from = "name"
        if by_real and real(parent / name) in by_real:
            lang, lang_from = by_real[real(parent / name)], "option"
        group = folder.groups.get(key)
        if group is None:
            group = folder.groups[key] = _Group(*key)
        group.files.append((name, lang, lang_from if lang else "detected"))


@lru_cache(maxsize=4096)
def _parsed(name: str, known: tuple[str, ...]) -> tuple[str, str | None, str | None]:
    """A file name's suffix (in lower case), stem and language: an archive repeats a few names
    (``en.md``, ``facts.yaml``) in every folder."""
    return (os.path.splitext(name)[1].lower(), *split_name(name, known))


def _join_facts(
    folders: list[_Folder], facts: Path | None, record: Record | None = None, given: set[Path] | None = None
) -> None:
    """Give each release its facts file, and make a release of each facts file no draft was found for; a
    folder of ``given`` with neither takes the one named after it beside it (:mod:`.facts_beside`)."""
    attached: set[Path] = set()
    show = Shown()
    for folder in folders:
        listed = folder.beside is None or MANIFEST in folder.beside  # no manifest in the listing: none to read
        recorded = sources(folder.path) if folder.groups and listed else {}
        if record is not None and folder.groups and listed:
            record.manifest(folder.path, recorded)
        if facts is None and not recorded and not folder.facts_files and folder.path in (given or ()):
            found = facts_beside(folder.path, record) if MANIFEST not in (folder.beside or ()) else None
            if found is not None and folder.groups:
                attach_beside(found, folder.groups.values())
                attached.add(real(found))
        for group in folder.groups.values():
            known = {recorded.get(name) for name, _, _ in group.files}
            if len(known) == 1 and None not in known:
                (path,) = known
                assert path is not None
                attached.add(real(path))
                group.facts = path if facts is None else facts
    if facts is not None:
        attached.add(real(facts))
        for folder in folders:
            for group in folder.groups.values():
                group.facts = facts
    for folder in folders:
        if folder.facts_files:
            by_stem: dict[str | None, list[_Group]] = {}
            for group in folder.groups.values():
                by_stem.setdefault(group.stem, []).append(group)
            drafts = set(by_stem)  # the stems of the folder's drafts (no release of a facts file alone yet)
            for found in folder.facts_files:
                if not attached or real(found) not in attached:  # no link followed when nothing is attached
                    _attach(found, folder, by_stem, drafts)
        formats: dict[str | None, int] = {}
        for stem, _ in folder.groups:
            formats[stem] = formats.get(stem, 0) + 1
        shown = show(folder.path)
        for (stem, suffix), group in folder.groups.items():
            group.name = f"{shown}/{stem}" if stem else shown
            if formats[stem] > 1 and suffix:
                group.name = tagged(group.name, suffix)  # one release to a person (:mod:`.formats`)


def _attach(facts: Path, folder: _Folder, by_stem: dict[str | None, list[_Group]], drafts: set[str | None]) -> None:
    """A facts file joins the releases of its stem in its folder, else the folder's, else a release of its own.

    ``by_stem`` holds the folder's releases by stem, ``drafts`` the stems of those with drafts."""
    for wanted in (facts.stem, None):
        matches = [group for group in _candidates(by_stem, wanted) if group.facts is None]
        if matches:
            for group in matches:
                group.facts = facts
            return
    if len(drafts) == 1:  # the folder's drafts are one release under one stem, in several formats
        for group in _candidates(by_stem, next(iter(drafts))):
            if group.suffix and group.facts is None:
                group.facts = facts
        return
    alone = _Group(facts.stem, "", facts=facts)
    replaced = folder.groups.get((facts.stem, ""))
    if replaced is not None:  # award.yaml and award.yml: the last one found stands
        by_stem[facts.stem].remove(replaced)
    folder.groups[(facts.stem, "")] = alone
    by_stem.setdefault(facts.stem, []).append(alone)


class Shown:
    """:func:`~drafter.errors.display_path` for many paths, by string: the current folder asked for once,
    not once a path, and no ``pathlib`` object made (an archive has a folder a release)."""

    def __init__(self) -> None:
        try:
            self.cwd: str | None = os.getcwd()
        except OSError:
            self.cwd = None

    def __call__(self, path: Path | str) -> str:
        text = os.fspath(path)
        if self.cwd is None or text.startswith("//") or not text:
            return display_path(path)
        absolute = os.path.normpath(text if os.path.isabs(text) else os.path.join(self.cwd, text))
        if absolute == self.cwd:
            return "."
        inside = self.cwd.rstrip(os.sep) + os.sep
        return printable(absolute[len(inside) :] if absolute.startswith(inside) else text)


def _candidates(by_stem: dict[str | None, list[_Group]], stem: str | None) -> list[_Group]:
    """A folder's releases under ``stem``: all a facts file is matched against, so that joining the facts
    files of an archive takes time in proportion to it."""
    return by_stem.get(stem, [])
