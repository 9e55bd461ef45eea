"""Releases checked in several processes at once, their results in the order one process gives them.

Each release is checked on its own, so releases can be shared out among
processes; :func:`in_parallel` hands them out a few at a time as the walk
yields them and gives the results back in the order they were handed out, so
the report is the same, byte for byte, with one process or several. A release
that cannot be read raises its error when its turn comes, as it does in one
process.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from ..catalog import Catalog
from ..errors import UsageError
from .findings import Finding
from .inputs import Release

PER_PROCESS = 4
"""Releases a process must have to be worth starting; fewer releases are checked in this process."""
AHEAD = 4
"""Releases the cache does not hold sent to :class:`Ahead`'s process while the walk goes on; any more
are checked after it, as without the cache."""
CHUNK = 2
"""Releases handed to a process at a time."""


@dataclass(frozen=True)
class Checked:
    """What a release's check gives the report: its name, drafts and findings."""

    name: str
    drafts: int
    findings: tuple[Finding, ...]
    dismissed: tuple[Finding, ...]


def cores() -> int:
    """The processors this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def processes(jobs: int | None, releases: int) -> int:
    """How many processes check ``releases`` releases when ``jobs`` are asked for (None: one per core)."""
    if jobs is not None and jobs < 1:
        raise UsageError(f"--jobs {jobs}: give 1 or more processes (1 checks in this process)")
    wanted = cores() if jobs is None else jobs
    return max(1, min(wanted, releases // PER_PROCESS))


def in_parallel(releases: Iterable[Release], catalog: Catalog, known: list[str], jobs: int) -> Iterator[Checked]:
    """Each release's check, made by ``jobs`` processes, in the order of ``releases``."""
    with _context().Pool(jobs, initializer=_start, initargs=(catalog, known)) as pool:
        yield from pool.imap(_check, releases, chunksize=CHUNK)


class Ahead:
    """One process that checks the first releases the cache does not hold while this one goes on
    looking the others up: after one edit of an archive, that release's check (the checker imported,
    its tables built) and the walk over the rest of the archive take the time of the longer, not of
    both. Started at the first release sent; with one core, or ``--jobs 1``, there is none. (Started
    before the walk and made ready in advance, it cost a warm run a second of CPU and, on this shared
    2-core machine, made both the warm run and the edit's slower: see bench/README.md.)"""

    def __init__(self, catalog: Catalog, known: list[str]) -> None:
        self.setup = (catalog, known)
        self.pool: Any = None

    @staticmethod
    def wanted(jobs: int | None) -> bool:
        """Whether to check ahead: more than one process asked for, and this one may start another (a
        pool's worker, which is a daemon, may not)."""
        started = sys.modules.get("multiprocessing")
        return (cores() if jobs is None else jobs) > 1 and not (started and started.current_process().daemon)

    def send(self, release: Release) -> Callable[[], Checked]:
        """Start ``release``'s check; what is returned gives its findings (or raises its error)."""
        if self.pool is None:
            self.pool = _context().Pool(1, initializer=_start, initargs=self.setup)
        return self.pool.apply_async(_check, (release,)).get  # type: ignore[no-any-return]

    def close(self) -> None:
        if self.pool is not None:
            self.pool.terminate()
            self.pool.join()
            self.pool = None


def _context() -> Any:
    """Forked processes start at once with what this one has loaded; where forking is not safe, or
    after Python 3.12 warns of it, a server forks clean ones. (Imported here: a re-check that finds
    every release in the cache starts no process.)"""
    import multiprocessing

    methods = multiprocessing.get_all_start_methods()
    if sys.platform == "linux" and "fork" in methods and sys.version_info < (3, 12):
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


_setup: tuple[Catalog, list[str]] | None = None


def _start(catalog: Catalog, known: list[str]) -> None:
    global _setup
    _setup = (catalog, known)


def _check(release: Release) -> Checked:
    from . import check_release

    assert _setup is not None
    return check_release(release, *_setup)
