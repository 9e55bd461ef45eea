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
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
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
class Outcome:
    """What became of one release: the files written, or why nothing was."""

    release: Release
    written: tuple[Path, ...] = ()
    error: DrafterError | None = None


def find(paths: Sequence[Path]) -> list[Release]:
    """Every facts file among ``paths``, in order, with its place: a file as named, and below a folder
    every YAML file with a ``release:`` section (hidden folders passed over)."""
    from .checker.releases import SKIPPED_FOLDERS, is_facts_file

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
) -> Iterator[Outcome]:
    """Draft each release in every format of ``formats`` and write its files into its folder under ``out``."""
    from .catalog import Catalog
    from .drafting import draft
    from .facts.digest import digest
    from .output import write_drafts

    catalog = catalog or Catalog.find()
    for release in releases:
        try:
            drafts = draft(release.facts, languages, catalog=catalog, with_title=with_title, reference=reference)
            files: dict[str, str | bytes] = {}
            for fmt in formats:
                files.update(drafts.files(fmt))
            folder = out / release.place
            written = write_drafts(folder, files, force=force, source=release.facts, facts_digest=digest(drafts.facts))
        except DrafterError as exc:
            yield Outcome(release, error=exc)
            continue
        yield Outcome(release, tuple(written))
