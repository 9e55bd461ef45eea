"""Drafting many releases in one run: every facts file of the folders given, in every format asked for.

So CI can redraft a whole archive without starting Python once per release
and format. Each release is drafted as one is alone (:func:`.drafting.draft`),
each draft parsed once for all its formats, and written by
:func:`.output.write_drafts`: every file of the release in one locked
transaction, never over a draft edited by hand unless forced.

Where the drafts go under ``--out DIR``: one facts file named alone writes
into DIR itself (``DIR/<lang>.<ext>``), as ever. Otherwise each release gets a
folder of its own, named after its facts file's path from the folder given,
without ``.yaml`` (``releases/2026/label.yaml`` given as ``releases/`` goes to
``DIR/2026/label/``), or after the file's name when the file is named itself
(``label.yaml`` goes to ``DIR/label/``). Two facts files that would share a
folder stop the run before anything is drafted.

A release that cannot be drafted (a mistake in its facts file, a draft edited
by hand) is reported and its folder left as it was; the other releases are
written, and the run ends with exit code 2.

Releases are drafted by several processes at once (:func:`draft_many`, with
the check's pool, :mod:`drafter.checker.parallel`): drafting is CPU work a
release at a time, and a process a core nearly halves an archive's time on
two. The results come back in the order given, and every file is written by
this process, one release at a time, so the folders, the messages and the
manifests are the same with one process or several.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import DrafterError, UsageError, display_path
from .files import real

if TYPE_CHECKING:
    from .catalog import Catalog
    from .office import Reference

FACTS_SUFFIXES = (".yaml", ".yml")


@dataclass(frozen=True)
class Release:
    """One facts file to draft, and the folder under ``--out`` its drafts go to (``.`` for ``--out`` itself)."""

    facts: Path
    place: Path


@dataclass(frozen=True)
class Drafted:
    """One facts file drafted: its files, name to content, and the digest of its facts; or why not."""

    facts: Path
    files: dict[str, str | bytes] = field(default_factory=dict)
    digest: str = ""
    error: DrafterError | None = None


@dataclass(frozen=True)
class Outcome:
    """What became of one release: the files written, or why nothing was."""

    release: Release
    written: tuple[Path, ...] = ()
    error: DrafterError | None = None


def find(paths: Sequence[Path]) -> list[Release]:
    """Every facts file among ``paths``, in order, with its place: a file as named, and below a folder
    every YAML file with a ``release:`` section (hidden folders passed over)."""
    from .checker.releases import is_facts_file
    from .checker.walk import SKIPPED_FOLDERS

    found: list[Release] = []
    for given in paths:
        if given.is_dir():
            for root, folders, files in os.walk(given):
                folders[:] = sorted(f for f in folders if not f.startswith(".") and f not in SKIPPED_FOLDERS)
                for name in sorted(files):
                    path = Path(root) / name
                    if name.lower().endswith(FACTS_SUFFIXES) and not name.startswith(".") and is_facts_file(path):
                        found.append(Release(path, path.relative_to(given).with_suffix("")))
        elif given.exists() or given.is_symlink():
            found.append(Release(given, Path(given.stem)))
        else:
            raise UsageError(f"{display_path(given)} does not exist")
    if len(paths) == 1 and len(found) == 1 and not paths[0].is_dir():
        return [Release(found[0].facts, Path("."))]
    return _unique(found)


def _unique(found: list[Release]) -> list[Release]:
    """Each facts file once; two that would write into one folder are refused together."""
    seen: set[Path] = set()
    places: dict[Path, Release] = {}
    out = []
    for release in found:
        if real(release.facts) in seen:
            continue
        seen.add(real(release.facts))
        other = places.get(release.place)
        if other is not None:
            raise UsageError(
                f"{display_path(other.facts)} and {display_path(release.facts)} would be drafted into one folder, "
                f"{release.place}; rename one of them, or draft them in two runs"
            )
        places[release.place] = release
        out.append(release)
    return out


@dataclass(frozen=True)
class _Job:
    """What every release of a run is drafted with; handed to each process once."""

    formats: tuple[str, ...]
    languages: tuple[str, ...] | None
    catalog: Catalog
    with_title: bool
    reference: Reference | None
    digests: bool = True


def draft_many(
    paths: Iterable[Path],
    formats: Sequence[str],
    *,
    languages: Sequence[str] | None = None,
    catalog: Catalog | None = None,
    with_title: bool = False,
    reference: Reference | None = None,
    jobs: int | None = None,
    digests: bool = True,
) -> Iterator[Drafted]:
    """Each facts file of ``paths`` drafted in every format of ``formats``, in the order given.

    ``digests``: each :class:`Drafted` carries its facts' digest, which writing the drafts' manifest
    needs (:func:`draft_all`); a program that only wants the files saves its cost (about 0.7 ms a
    release, a twelfth of drafting it) with False, and gets ``""``.

    ``jobs`` processes share the work (None: one per core; 1: this process
    only); a handful of releases is drafted here, as starting processes would
    cost more than it saves (:func:`drafter.checker.parallel.processes`).
    Nothing is written: see :func:`draft_all`.
    """
    from .catalog import Catalog
    from .checker.parallel import processes

    listed = list(paths)
    job = _Job(
        tuple(formats),
        tuple(languages) if languages else None,
        catalog or Catalog.find(),
        with_title,
        reference,
        digests,
    )
    count = processes(jobs, len(listed))
    if count == 1:
        yield from (_drafted(path, job) for path in listed)
        return
    from .checker.parallel import _context

    with _context().Pool(count, initializer=_start, initargs=(job,)) as pool:
        yield from pool.imap(_draft_here, listed, chunksize=CHUNK)


CHUNK = 4
"""Releases handed to a process at a time: a release takes about 20 ms to draft, so fewer round trips
between the processes matter more than sharing the last ones out evenly."""


def _drafted(path: Path, job: _Job) -> Drafted:
    from .drafting import draft
    from .facts.digest import digest

    try:
        drafts = draft(path, job.languages, catalog=job.catalog, with_title=job.with_title, reference=job.reference)
        files: dict[str, str | bytes] = {}
        for fmt in job.formats:
            files.update(drafts.files(fmt))
        return Drafted(path, files, digest(drafts.facts) if job.digests else "")
    except DrafterError as exc:
        return Drafted(path, error=exc)


_job: _Job | None = None
"""What this process drafts with, when it is one of :func:`draft_many`'s pool."""


def _start(job: _Job) -> None:
    global _job
    _job = job


def _draft_here(path: Path) -> Drafted:
    assert _job is not None, "started by draft_many's pool"
    return _drafted(path, _job)


def draft_all(
    releases: Sequence[Release],
    formats: Sequence[str],
    out: Path,
    *,
    languages: Sequence[str] | None = None,
    catalog: Catalog | None = None,
    with_title: bool = False,
    force: bool = False,
    reference: Reference | None = None,
    jobs: int | None = None,
) -> Iterator[Outcome]:
    """Draft each release in every format of ``formats`` (by ``jobs`` processes, see :func:`draft_many`) and
    write its files into its folder under ``out``, from this process, in the order of ``releases``."""
    from .output import write_drafts

    made = draft_many(
        [release.facts for release in releases],
        formats,
        languages=languages,
        catalog=catalog,
        with_title=with_title,
        reference=reference,
        jobs=jobs,
    )
    for release, drafted in zip(releases, made, strict=True):
        if drafted.error is not None:
            yield Outcome(release, error=drafted.error)
            continue
        try:
            folder = out / release.place
            written = write_drafts(
                folder, drafted.files, force=force, source=release.facts, facts_digest=drafted.digest
            )
        except DrafterError as exc:
            yield Outcome(release, error=exc)
            continue
        yield Outcome(release, tuple(written))
