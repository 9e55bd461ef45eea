"""One release checked: its versions read, compared with each other and with its facts file.

What :func:`drafter.checker.check` does for each release that is not in the
cache. This is where the checking machinery (the facts model, extraction,
language identification, the comparisons) is imported: a re-check whose
releases all come from the cache never imports this module.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache, partial
from pathlib import Path
from typing import Any

from ..catalog import Catalog
from ..errors import display_path
from ..extract import Mention, extract
from ..extract.canon import canon_name
from ..facts import Facts, load_facts
from ..files import real
from ..localize import locale_for
from .against_facts import against_facts, orphans
from .between import between
from .expect import Expected, expectations, family
from .findings import Finding, Location, load_dismissed
from .genders import gender_findings
from .inputs import Release
from .langid import identify
from .own_texts import OwnTexts
from .proofread import language, language_name, leftovers
from .terms import from_facts, load_terms
from .version import Version, paragraphs


@dataclass(frozen=True)
class Inspection:
    """One release as ``drafter check`` sees it: what a reviewer needs beside the findings."""

    name: str
    facts_file: Path | None
    facts: Facts | None
    languages: tuple[str, ...]
    """The release's languages in its order: the facts file's, else every language drafter knows."""
    versions: tuple[Version, ...]
    """Every draft whose language is known, in the release's order; a second one in a language is left out."""
    findings: tuple[Finding, ...]
    dismissed: tuple[Finding, ...]
    drafts: int
    catalog: Catalog = field(repr=False, compare=False)

    def expected(self, lang: str) -> list[Expected]:
        """The facts of the facts file as they should appear in ``lang`` (none without a facts file)."""
        if self.facts is None:
            return []
        return _expected(self.facts, lang, self.catalog, self.catalog.languages())


def inspect_release(release: Release, catalog: Catalog, known: list[str]) -> Inspection:
    gone = load_dismissed(release.folder)
    facts: Facts | None = _load_facts(release.facts, tuple(known)) if release.facts else None
    langs = facts.languages if facts else known
    findings, versions = _check_release(release, facts, langs, catalog, known)
    unique = sorted(set(findings), key=Finding.sort_key)
    return Inspection(
        release.name,
        release.facts,
        facts,
        tuple(langs),
        tuple(versions),
        tuple(f for f in unique if f.signature not in gone),
        tuple(f for f in unique if f.signature in gone),
        len(release.files),
        catalog,
    )


def _load_facts(path: Path, known: tuple[str, ...]) -> Facts:
    """The facts file at ``path``, parsed once while it stays as it is: ``--facts FILE`` gives every
    release of an archive the same one. Its problems are reported as ``path`` names it."""
    try:
        found = os.stat(path)
    except OSError:
        return load_facts(path, available=known)  # load_facts says what is wrong
    key = (str(real(path)), found.st_mtime_ns, found.st_size, found.st_ino, known)
    facts = _PARSED.get(key)
    if facts is None:
        facts = _PARSED[key] = load_facts(path, available=known)
        while len(_PARSED) > 8:
            del _PARSED[next(iter(_PARSED))]
    return facts


_PARSED: dict[tuple[str, int, int, int, tuple[str, ...]], Facts] = {}
"""The facts files parsed last, by real path and state on disk."""


def _expected(facts: Facts, lang: str, catalog: Catalog, known: list[str]) -> list[Expected]:
    return expectations(facts, lang, _glossary(catalog, lang) if lang in known else {})


def _own_names(
    facts: Facts, lang: str, catalog: Catalog, known: list[str], expected: dict[str, list[Expected]]
) -> tuple[str, ...]:
    """The names of more than one word the facts give this language (the organisation, the award, the
    bodies, the event), worked out once into ``expected``: an English lead naming a French network and its
    French label is English all the same."""
    mine = expected.get(lang)
    if mine is None:
        mine = expected[lang] = _expected(facts, lang, catalog, known)
    return tuple(e.value for e in mine if e.kind in ("text", "name") and " " in e.value.strip())


def _check_release(
    release: Release, facts: Facts | None, langs: list[str], catalog: Catalog, known: list[str]
) -> tuple[list[Finding], list[Version]]:
    """The release's findings, and its versions (those in the wrong language too)."""
    out: list[Finding] = []
    drafts, unreadable = release.read()
    if release.facts and not release.files:
        shown = display_path(release.facts)
        message = (
            f"No drafts were found for {release.facts.name}, so nothing was checked against it. Draft them with "
            f"drafter draft {shown} --out DIR, or check the folder that holds them with drafter check {shown} DIR"
        )
        out.append(Finding("facts-unused", "warning", message, release.name, (Location(shown, 1, 1),), (shown,)))
    if facts and release.facts:
        out.extend(gender_findings(facts, release.facts, release.name))
    for bad in unreadable:
        out.append(Finding("unreadable", "error", f"{bad.shown} {bad.reason}", release.name, (), (bad.shown,)))
    versions: list[Version] = []
    for draft in sorted(drafts, key=lambda d: (d.lang_from == "detected", str(d.path))):
        lang = draft.lang or identify(draft.text, langs)
        if lang is None:
            message = f"Cannot tell which language {draft.shown} is in: name it like x.en.md, or pass --lang FILE=LANG"
            out.append(Finding("language", "warning", message, release.name, (), (draft.shown,)))
            continue
        if facts and lang not in langs:
            message = (
                f"{draft.shown} is in {language_name(lang)}, which is not among the release's languages: "
                "add it to release.languages, or move the draft"
            )
            out.append(Finding("language", "warning", message, release.name, (), (draft.shown, lang)))
            continue
        if any(v.lang == lang for v in versions):
            message = f"{draft.shown} is a second {language_name(lang)} version: only the first is compared"
            out.append(Finding("duplicate", "warning", message, release.name, (), (draft.shown, lang)))
            continue
        override = facts.release.locales.get(lang) if facts else None
        glossary = _glossary(catalog, lang) if lang in known else {}
        mentions = extract(draft.text, lang, locale=locale_for(lang, override), glossary=glossary)
        versions.append(Version(draft, lang, tuple(mentions), paragraphs(draft.text)))
    order = {lang: i for i, lang in enumerate(langs)}
    versions.sort(key=lambda v: (order.get(v.lang, len(order)), v.lang))
    # Each language's expectations worked out once: the names come from the first's, which the check
    # against the facts file reads again (a glossary changes only how a level is written, never a name).
    expected: dict[str, list[Expected]] = {}
    if facts:
        expected[langs[0]] = _expected(facts, langs[0], catalog, known)
    names = frozenset(e.value for e in expected[langs[0]] if e.kind == "name") if facts else frozenset()
    wrong_language = []
    for version in versions:
        out.extend(leftovers(version, release.name, names))
        own = _own_names(facts, version.lang, catalog, known, expected) if facts else ()
        found, wrong = language(version, langs, release.name, own)
        out.extend(found)
        if wrong:
            wrong_language.append(version)  # one clear finding, not a cascade of differences
    compared_versions = [v for v in versions if v not in wrong_language]
    terms = load_terms(release.folder)
    if facts:
        terms = terms.with_terms(from_facts(facts))
    texts = OwnTexts.read(facts, compared_versions, partial(_reader, facts, catalog, known)) if facts else None
    comparison = between(compared_versions, release.name, _ignored_names(catalog, known), terms, texts)
    compared = comparison.findings
    if facts and release.facts and texts:
        with_facts = _against_facts(
            facts, compared_versions, release, catalog, known, comparison.counterparts, expected, texts
        )
        out.extend(with_facts)
        compared = _not_already(compared, with_facts)
    out.extend(compared)
    return out, versions


def _not_already(compared: list[Finding], with_facts: list[Finding]) -> list[Finding]:
    """Draft-to-draft findings that the facts file has not already explained more precisely."""
    wrong_at = {f.where for f in with_facts if f.rule == "fact-different"}
    lines = {(f.where.file, f.where.line) for f in with_facts if f.rule in ("fact-different", "fact-missing")}
    missing = {(f.subject[1], family(f.subject[2]), f.subject[3]) for f in with_facts if f.rule == "fact-missing"}
    kept = []
    for finding in compared:
        if finding.where in wrong_at:
            continue
        if finding.rule == "unmatched" and (finding.where.file, finding.where.line) in lines:
            continue  # the facts file says more precisely what is wrong on that line
        if finding.rule == "unmatched":
            kind, value, *langs = finding.subject
            if all((lang, family(kind), value) in missing for lang in langs):
                continue
        kept.append(finding)
    return kept


def _against_facts(
    facts: Facts,
    versions: list[Version],
    release: Release,
    catalog: Catalog,
    known: list[str],
    counterparts: dict[tuple[str, Mention], set[str]],
    expected_in: dict[str, list[Expected]],
    own: OwnTexts,
) -> list[Finding]:
    """The findings against the facts file; ``expected_in`` holds the expectations worked out so far, by
    language, and takes those worked out here."""
    assert release.facts is not None
    out: list[Finding] = []
    facts_name = release.facts.name
    ignored = _ignored_names(catalog, known)
    for version in versions:
        expected = expected_in.get(version.lang)
        if expected is None:
            expected = expected_in[version.lang] = _expected(facts, version.lang, catalog, known)
        in_prose = own.stated.get(version.lang, frozenset())
        allowed = {(family(e.kind), e.value) for e in expected} | in_prose | _years_of_dates(expected)
        others = [v for v in versions if v is not version]
        findings, explained = against_facts(version, others, expected, allowed, release.name, facts_name, counterparts)
        out.extend(findings)
        out.extend(orphans(version, expected, allowed, explained, release.name, facts_name, ignored))
    missing = [lang for lang in facts.languages if all(v.lang != lang for v in versions)]
    if versions and missing:
        names = ", ".join(language_name(lang) for lang in missing)
        message = (
            f"No {names} version, though {facts_name} lists {'it' if len(missing) == 1 else 'them'}: "
            "draft it, or take it out of release.languages"
        )
        out.append(Finding("missing-version", "warning", message, release.name, (), tuple(missing)))
    out.extend(_stale(release.facts, facts, versions, release.name))
    return out


def _reader(facts: Facts, catalog: Catalog, known: list[str], version: Version) -> Callable[[str], list[Mention]]:
    """How the facts' texts in ``version``'s language are read: as the version itself is."""
    glossary = _glossary(catalog, version.lang) if version.lang in known else {}
    locale = locale_for(version.lang, facts.release.locales.get(version.lang))
    return partial(extract, lang=version.lang, locale=locale, glossary=glossary)


def _stale(facts_file: Path, facts: Facts, versions: list[Version], release: str) -> list[Finding]:
    """A draft drafter wrote from other facts than the facts file holds now may not carry the change.

    Decided by content, not by time: drafter records in a folder's manifest what the facts said
    when it wrote each draft (:func:`drafter.facts.digest.digest`), so a facts file copied or
    checked out unchanged warns of nothing, and a draft drafter did not write is never stale."""
    from ..facts.digest import digest

    recorded = _drafted_from(versions)
    if not any(version.draft.path in recorded for version in versions):
        return []  # no draft drafter wrote: no digest of the facts to work out
    now = digest(facts)
    out = []
    for version in versions:
        then = recorded.get(version.draft.path)
        if then is None or then == now:
            continue
        message = (
            f"{version.draft.shown} was drafted from other facts than {facts_file.name} holds now: draft it "
            "again, or, if you carried the change into it by hand, dismiss this warning"
        )
        subject = (version.lang, then[:12], now[:12])  # dismissed until the facts change again
        out.append(Finding("stale", "warning", message, release, (version.at(),), subject))
    return out


def _drafted_from(versions: list[Version]) -> dict[Path, str]:
    """What the facts said when drafter wrote each draft, by its path, from the manifests of their folders."""
    from ..output import drafted_from

    out: dict[Path, str] = {}
    for folder in {version.draft.path.parent for version in versions}:
        out.update({folder / name: value for name, value in drafted_from(folder).items()})
    return out


def _ignored_names(catalog: Catalog, known: list[str]) -> frozenset[str]:
    """Glossary words (headings, end marks) are wording, not names to compare."""
    return _glossary_words(catalog, tuple(known))


@lru_cache(maxsize=64)
def _glossary(catalog: Catalog, lang: str) -> dict[str, Any]:
    """The language's glossary, merged once: the checker only reads it."""
    return catalog.glossary(lang)


@lru_cache(maxsize=16)
def _glossary_words(catalog: Catalog, known: tuple[str, ...]) -> frozenset[str]:
    words: set[str] = set()

    def walk(value: Any) -> None:
        if isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, str):
            words.update(canon_name(w.strip(".,:;()«»“”")) for w in value.split())

    for lang in known:
        walk(_glossary(catalog, lang))
    return frozenset(words)


def _years_of_dates(expected: Sequence[Expected]) -> set[tuple[str, str]]:
    """The year of each of the facts' dates, which a draft may give alone ("at the 2026 edition", "in
    2026"): no orphan, as a year the facts do not give at all still is."""
    years = {part[:4] for e in expected if e.kind == "date" for part in e.value.split("/")}
    return {(family("year"), year) for year in years if year.isdigit()}
