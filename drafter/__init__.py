"""drafter: press releases in several languages from one facts file, kept in step.

The API in three lines::

    from drafter import draft, check, review
    draft("label.yaml").files("md")           # {"pt.md": "...", "es.md": "...", ...}
    check(["releases/"]).findings             # what differs between versions and facts

Each is a function that imports what it needs when called, so ``import drafter``
costs next to nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import DrafterError, FactsError

if TYPE_CHECKING:
    from .catalog import Catalog
    from .checker import CheckResult
    from .drafting import Drafts
    from .facts import Facts
    from .review_page import Review

__version__ = "0.2.0"


def draft(
    facts: Path | str,
    languages: Sequence[str] | None = None,
    *,
    catalog: Catalog | None = None,
    with_title: bool = False,
) -> Drafts:
    """Render the release described in the facts file ``facts`` in ``languages`` (default: all of its own).

    The HTML starts with the lead, as a CMS prints the post's title itself;
    ``with_title`` puts the headline before it, as an ``h1``.
    """
    from .drafting import draft as run

    return run(facts, languages, catalog=catalog, with_title=with_title)


def check(
    paths: Iterable[Path | str],
    *,
    overrides: Mapping[Path, str] | None = None,
    catalog: Catalog | None = None,
    facts: Path | str | None = None,
    jobs: int | None = None,
    cache: bool | Path | str = False,
) -> CheckResult:
    """Check every release among ``paths`` (facts files, drafts, folders): the findings and a summary.

    ``facts``: the facts file of every release (as ``--facts``). ``jobs`` processes check the releases
    (default: one per core; 1: in this process), with the same result. ``cache=True`` (or a folder)
    re-checks only the releases changed since the last check, as ``drafter check`` does; off by
    default, so that a program's call writes nothing it did not ask for."""
    from .checker import check as run

    return run(paths, overrides=overrides, catalog=catalog, facts=facts, jobs=jobs, cache=cache)


def review(
    paths: Iterable[Path | str],
    *,
    overrides: Mapping[Path, str] | None = None,
    catalog: Catalog | None = None,
) -> Review:
    """The review page of every release among ``paths``, with what :func:`check` finds."""
    from .review_page import review as run

    return run(paths, overrides=overrides, catalog=catalog)


def load_facts(path: Path | str, *, available: Iterable[str] = ()) -> Facts:
    """Load and validate a facts file; raise :class:`FactsError` with every problem, located."""
    from .facts import load_facts as run

    return run(path, available=available)


def __getattr__(name: str) -> object:
    """``drafter.Facts`` and ``drafter.Drafts`` without importing them up front."""
    if name == "Facts":
        from .facts import Facts

        return Facts
    if name == "Drafts":
        from .drafting import Drafts

        return Drafts
    raise AttributeError(f"module 'drafter' has no attribute {name!r}")


__all__ = ["DrafterError", "Drafts", "Facts", "FactsError", "__version__", "check", "draft", "load_facts", "review"]
