"""One release drafted in several formats in one folder (``pt.md`` and ``pt.html``): one release to a person.

Each format's drafts are checked apart, as one release each, since their lines and their markup differ
(and the cache keeps each); a folder of two formats is then one release in the report, and a finding
both formats give is given once, at the first format's place, with the other format's places after it.
A finding only one format gives (markup left in the HTML) is given as it is. A finding's signature reads
the release without its format, so one dismissal stands for the finding in every format.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import replace

from .findings import Finding, Location
from .inputs import DRAFT_EXTS

ORDER = tuple(dict.fromkeys(ext.lstrip(".") for ext in DRAFT_EXTS))
"""The formats in the order a merged finding is told from: the Markdown a person edits first."""
_TAG = re.compile(r" \((" + "|".join(map(re.escape, ORDER)) + r")\)\Z")


def tagged(name: str, suffix: str) -> str:
    """The name of one format's release in a folder of several: ``news/2026 (md)``."""
    return f"{name} ({suffix.lstrip('.')})"


def untagged(name: str) -> tuple[str, str]:
    """A release's name without its format, and the format (``""`` for a release in one format)."""
    m = _TAG.search(name)
    return (name[: m.start()], m.group(1)) if m else (name, "")


def plain_subject(release: str, subject: tuple[str, ...]) -> tuple[str, ...]:
    """``subject`` with the file names of the release's format made plain ("pt.html" -> "pt")."""
    _, fmt = untagged(release)
    if not fmt:
        return subject
    suffix = re.compile(rf"\.{re.escape(fmt)}\b", re.I)
    return tuple(suffix.sub("", part) for part in subject)


def releases(names: Iterable[str]) -> tuple[str, ...]:
    """The releases a person sees, in the order given: a release in several formats once, without its format
    (two releases of one name, a folder's and a facts file's beside it, stay two)."""
    out: list[str] = []
    told: set[str] = set()
    for name in names:
        base, fmt = untagged(name)
        if not fmt or base not in told:
            out.append(base)
        if fmt:
            told.add(base)
    return tuple(out)


def merged(findings: Iterable[Finding]) -> list[Finding]:
    """The findings of a release's formats as one release's: the same finding in two formats once. A
    finding given twice in one format (a value wrong in two sentences) is met by the other format's
    in their order."""
    groups: dict[tuple[str, str, str, tuple[str, ...]], dict[str, list[Finding]]] = {}
    for f in sorted(findings, key=Finding.sort_key):
        base, fmt = untagged(f.release)
        key = (f.rule, f.severity, base, plain_subject(f.release, f.subject))
        groups.setdefault(key, {}).setdefault(fmt, []).append(f)
    out = []
    for (_, _, base, subject), by_format in groups.items():
        if "" in by_format:  # a release in one format: as found
            out.extend(by_format[""])
            continue
        ranked = [by_format[fmt] for fmt in sorted(by_format, key=_rank)]
        for i in range(max(map(len, ranked))):
            same = [found[i] for found in ranked if i < len(found)]
            out.append(_one(same, base, subject))
    return out


def _one(same: list[Finding], base: str, subject: tuple[str, ...]) -> Finding:
    """One finding for ``same``, its formats' (the first format's first): told once, at every place."""
    first = same[0]
    others = tuple(loc for f in same[1:] for loc in f.locations if loc not in first.locations)
    message = first.message
    if len(same) > 1:
        files = ", ".join(dict.fromkeys(os.path.basename(f.where.file) for f in same[1:]))
        plain, bracket, path = message.rpartition(" [") if message.endswith("]") else (message, "", "")
        message = f"{plain} The same in {files}.{bracket and ' [' + path}"
    return replace(first, release=base, subject=subject, message=message, locations=first.locations + others)


def _rank(fmt: str) -> tuple[int, str]:
    return (ORDER.index(fmt) if fmt in ORDER else len(ORDER), fmt)


__all__ = ["Location", "merged", "plain_subject", "releases", "tagged", "untagged"]
