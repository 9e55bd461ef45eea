"""A re-check's archive of 10,000 releases (or any tenfold) made of copies, its cache filled in minutes.

A cold ``drafter check`` of 10,000 releases takes 20 to 70 minutes on a
shared 2-core machine, and only a re-check's cost is wanted. This copies the
first 1,000 releases of an archive built by ``archive.py`` (``SOURCE``) ten
times into ``TARGET`` (``batch-010/r01000`` holds the bytes of
``batch-000/r00000``), then fills the cache ``DIR`` through drafter's own
cache (:func:`drafter.checker.check`, run key pinned as in ``pinned.py``):
each release missing from it is given the findings of a real check of its
copy's source, checked once, with its own name; entries are keyed and kept
by drafter's code as any check keeps them.

    python bench/copies.py SOURCE TARGET DIR

Only for timing re-checks: check a sample with ``--no-cache`` against the
warm report (``bench/README.md``, Session 19).
"""

from __future__ import annotations

import dataclasses
import os
import shutil
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import drafter.checker
from drafter.checker.parallel import Checked

SOURCES = 1000


def copy_archive(source: Path, target: Path, times: int = 10) -> None:
    """``times`` copies of ``source``'s first :data:`SOURCES` releases, a hundred to a folder."""
    for index in range(SOURCES * times):
        kept = index % SOURCES
        src = source / f"batch-{kept // 100:03d}" / f"r{kept:05d}"
        dst = target / f"batch-{index // 100:03d}" / f"r{index:05d}"
        if not dst.exists():
            shutil.copytree(src, dst)


def _source(name: str) -> str:
    index = int(name.rsplit("/r", 1)[1]) % SOURCES
    return f"batch-{index // 100:03d}/r{index:05d}"


def _relabel(checked: Checked, old: str, new: str) -> Checked:
    """``checked`` with its release's name, and every finding's release and file, moved from ``old`` to ``new``."""

    def moved(finding: Any) -> Any:
        places = tuple(dataclasses.replace(p, file=p.file.replace(old, new, 1)) for p in finding.locations)
        return dataclasses.replace(finding, release=finding.release.replace(old, new, 1), locations=places)

    return Checked(
        checked.name.replace(old, new, 1),
        checked.drafts,
        tuple(map(moved, checked.findings)),
        tuple(map(moved, checked.dismissed)),
    )


def fill(target: Path, cache: Path) -> str:
    """Every release of ``target`` in ``cache``, each source checked once; the run's summary."""
    os.chdir(target)
    drafter.checker.run_key = lambda dirs, known: ["pinned", list(known), os.getcwd()]  # type: ignore[assignment]
    done: dict[str, Checked] = {}

    def checked(releases: Iterable[Any], count: int, catalog: Any, known: list[str], jobs: Any) -> Iterator[Checked]:
        for release in releases:
            source = _source(release.name)
            if source not in done:
                found = drafter.checker.check_release(release, catalog, known)
                done[source] = _relabel(found, release.name, source)
                yield found
            else:
                yield _relabel(done[source], source, release.name)

    drafter.checker._checked = checked  # type: ignore[assignment]
    result = drafter.checker.check(sorted(Path(".").glob("batch-*")), cache=cache.resolve(), jobs=1)
    return result.summary()


if __name__ == "__main__":
    source, target, cache = (Path(arg).resolve() for arg in sys.argv[1:4])
    copy_archive(source, target)
    print(fill(target, cache))
