"""A re-check: each release's findings from the cache when it holds them, else checked, in order.

The walk reads what it saw of each folder last time (:mod:`.listings`) before
the cache is opened (a bad path given must make no cache); then each release
is looked up, and the first few the cache does not hold are sent to another
process at once (:class:`.parallel.Ahead`), so that their check and the rest
of the look-ups overlap; the others are checked after the walk, as without a
cache, and every result is kept.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from .. import tablecache
from .cache import WALK, Cache
from .cache_entries import entry_body
from .found import Releases
from .inputs import Release
from .listings import Listings
from .parallel import AHEAD, Ahead, Checked


def remembered(folder: Path) -> Listings:
    """The walk's memory kept in the cache ``folder`` (none if it is missing, torn or foreign). Read
    before the cache is opened: the walk comes first, and a bad path given must make no cache."""
    try:
        with open(folder / WALK, "rb") as file:
            raw = file.read()
    except OSError:
        raw = b""
    return Listings(entry_body(raw))


def through(
    store: Cache,
    releases: Releases,
    stale: Callable[[Release], object],
    check: Callable[[Iterator[Release], int], Iterator[Checked]],
    ahead: Ahead | None = None,
) -> Iterator[Checked]:
    """Each release's findings in order: from ``store`` when its key is there, else from ``ahead``'s
    process (the first few, while the others are looked up) or ``check`` (given the releases to check
    and how many there are), and then kept in ``store``."""
    planned: list[tuple[str | None, Checked | Release, Callable[[], Checked] | None]] = []
    missed: list[Release] = []
    sent = 0
    try:
        for found in releases.found():
            key, hit = store.find(found, store.snapshot(found, stale))
            if hit is not None:
                planned.append((key, hit, None))
                continue
            release = Releases.make(found)
            early = ahead.send(release) if ahead is not None and sent < AHEAD else None
            sent += early is not None
            planned.append((key, release, early))
            if early is None:
                missed.append(release)
        checked = check(iter(missed), len(missed))
        for key, held, early in planned:
            if isinstance(held, Checked):
                yield held
                continue
            result = next(checked) if early is None else early()
            if key is not None:  # kept only if the files still hold what the check read
                after = store.snapshot(held, stale, listed=False)
                if store.key(after) == key:
                    store.put(held, key, after, result)
            yield result
        store.close()
    finally:
        tablecache.keep_in(None)  # a later run without the cache, in this process, keeps no table
        if ahead is not None:
            ahead.close()
