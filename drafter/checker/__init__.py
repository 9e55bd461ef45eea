"""``drafter check`` as one call: releases in, findings out.

For each release: every version in its language and finished; with a facts
file, every fact in every version and nothing the facts do not say; and,
always, every version carrying what the others carry. How one release is
checked is :mod:`.inspection`'s, imported only when a release has to be
checked: gathering the releases, the cache and the report need none of it, so
a re-check that finds every release in the cache starts and ends quickly.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from ..catalog import Catalog
from ..errors import DrafterError
from . import formats
from .cache import Cache, beside
from .findings import Finding
from .fingerprint import run_key
from .found import Releases
from .inputs import Release
from .listings import Listings
from .parallel import Ahead, Checked, in_parallel, processes
from .rechecks import remembered, through
from .releases import collect

if TYPE_CHECKING:
    from .inspection import Inspection as Inspection


@dataclass(frozen=True)
class CheckResult:
    releases: tuple[str, ...]
    drafts: int
    findings: tuple[Finding, ...]
    dismissed: tuple[Finding, ...]
    without_facts: tuple[str, ...] = ()
    """Releases with drafts and no facts file: their versions were checked against each other only."""

    @property
    def failed(self) -> bool:
        return any(f.severity == "error" for f in self.findings)

    def count(self, severity: str) -> int:
        return sum(1 for f in self.findings if f.severity == severity)

    def summary(self) -> str:
        """For people: ``3 releases, 9 drafts: 2 errors, 1 warning (1 dismissed)``."""
        counts = ", ".join(_plural(self.count(s), s) for s in ("error", "warning") if self.count(s))
        text = f"{_plural(len(self.releases), 'release')}, {_plural(self.drafts, 'draft')}: {counts or 'no findings'}"
        if self.dismissed:
            text += f" ({len(self.dismissed)} dismissed)"
        return text


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def check(
    paths: Iterable[Path | str],
    *,
    overrides: Mapping[Path, str] | None = None,
    catalog: Catalog | None = None,
    facts: Path | str | None = None,
    jobs: int | None = None,
    cache: bool | Path | str = False,
) -> CheckResult:
    """Check every release found among ``paths``; raise DrafterError for input that cannot be read.

    ``facts`` is the facts file of every release found, when given; else each release's is the one
    drafter recorded when it wrote the drafts, or the one beside them. ``jobs`` processes check the
    releases (default: one per core; 1 checks them in this process); the result is the same.
    ``cache``: True keeps each release's findings in ``.drafter-cache/`` in the first folder given, a
    path keeps them there, and a release read as it was is not checked again; the result is the same.
    Off by default: a library call writes nothing unless asked to."""
    catalog = catalog or Catalog.find()
    given = [Path(p) for p in paths]
    folder = None if cache is False or not given else beside(given) if cache is True else Path(cache)
    memory = None if folder is None else remembered(folder)
    releases, known = _releases(given, overrides, catalog, facts, memory)
    store = None if folder is None else Cache.open(folder, run_key(catalog.dirs, known))
    if store is not None:
        store.listings = memory
    alone = formats.releases(found.name for found in releases.found() if found.facts is None and found.files)
    if store is None:
        result = gather(_checked(releases, len(releases), catalog, known, jobs))
    else:
        ahead = Ahead(catalog, known) if Ahead.wanted(jobs) else None
        checking = through(store, releases, stale_state, lambda todo, n: _checked(todo, n, catalog, known, jobs), ahead)
        result = gather(checking)
    return replace(result, without_facts=alone) if alone else result


def _checked(
    releases: Iterable[Release], count: int, catalog: Catalog, known: list[str], jobs: int | None
) -> Iterator[Checked]:
    """The findings of ``count`` releases, in their order, in this process or in several."""
    workers = processes(jobs, count)
    if workers == 1:
        return (check_release(release, catalog, known) for release in releases)
    from . import inspection  # noqa: F401  # loaded once, before the processes are forked, not once in each

    return in_parallel(releases, catalog, known, workers)


def gather(releases: Iterable[Inspection | Checked]) -> CheckResult:
    """One result for many releases: their findings, in a stable order."""
    names: list[str] = []
    found: list[Finding] = []
    dismissed: list[Finding] = []
    drafts = 0
    for release in releases:
        names.append(release.name)
        drafts += release.drafts
        found.extend(release.findings)
        dismissed.extend(release.dismissed)
    return CheckResult(  # a release in several formats is one release, each finding once (:mod:`.formats`)
        formats.releases(names),
        drafts,
        tuple(sorted(set(formats.merged(found)), key=Finding.sort_key)),
        tuple(sorted(set(formats.merged(dismissed)), key=Finding.sort_key)),
    )


def check_release(release: Release, catalog: Catalog, known: list[str]) -> Checked:
    """One release's findings, with what the report needs of it."""
    from .inspection import inspect_release

    found = inspect_release(release, catalog, known)
    return Checked(found.name, found.drafts, found.findings, found.dismissed)


def inspect(
    paths: Iterable[Path | str],
    *,
    overrides: Mapping[Path, str] | None = None,
    catalog: Catalog | None = None,
    facts: Path | str | None = None,
) -> Iterator[Inspection]:
    """Check the releases among ``paths`` one at a time, keeping what was read.

    Bad paths and options raise DrafterError at once; a release that cannot be
    read (its facts file, its dismissals) raises when its turn comes.
    """
    from .inspection import inspect_release

    catalog = catalog or Catalog.find()
    releases, known = _releases(paths, overrides, catalog, facts)
    return (inspect_release(release, catalog, known) for release in releases)


def _releases(
    paths: Iterable[Path | str],
    overrides: Mapping[Path, str] | None,
    catalog: Catalog,
    facts: Path | str | None,
    memory: Listings | None = None,
) -> tuple[Releases, list[str]]:
    known = catalog.languages()
    if overrides:
        for path, lang in overrides.items():
            if lang not in known:
                raise DrafterError(f"--lang {path}={lang}: no templates for {lang!r}; known: {', '.join(known)}")
    return collect([Path(p) for p in paths], known, overrides, Path(facts) if facts else None, memory), known


def stale_state(release: Release) -> list[str | None]:
    """What :func:`.inspection._stale` reads besides the texts and the facts file, for the cache's key:
    what the facts said when drafter wrote each draft. Change the two together."""
    if release.facts is None:
        return []
    from ..output import drafted_from

    recorded = drafted_from(release.folder)  # a release's drafts all stand in its folder
    return [recorded.get(path.name) for path, _, _ in release.files]


def __getattr__(name: str) -> object:
    """``Inspection``, the review page's view of a release, without importing the checker up front."""
    if name == "Inspection":
        from .inspection import Inspection

        return Inspection
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
