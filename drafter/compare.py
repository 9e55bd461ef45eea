"""Compare what the versions of a release say: with the facts file, and with each other.

Mentions are compared by canonical value within a family of kinds, so
equivalent forms ("cuatro" and 4, "XVI" and "16th", "Bronce" and "Bronze")
never differ. Where a value in one language has no equivalent in another,
a similar value there ("one letter apart") is paired with it, so a typo is
reported once, as what it is, rather than as a missing and an extra value.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .expect import Expected, family
from .extract import Mention
from .findings import Finding, Location
from .inputs import Draft
from .localize import url_label

COMPARED = (
    "number",
    "percent",
    "amount",
    "date",
    "url",
    "email",
    "phone",
    "hashtag",
    "name",
    "country",
    "term",
)
PARAGRAPH_COMPARED = ("number", "percent", "amount", "date", "url", "email", "phone")
"""Hard facts, compared paragraph by paragraph too; a free translation may leave a country or a
level implied in one paragraph ("the southern cluster" for "the cluster of southern Portugal")."""
LEFTOVER_WORDS = frozenset({"TODO", "TBD", "FIXME", "XXX"})
ORPHAN_KINDS = ("number", "year", "percent", "amount", "date", "url", "email")
_KIND_WORDS = {"term": "level", "name": "name", "url": "web address", "email": "e-mail", "phone": "phone number"}


@dataclass(frozen=True)
class Version:
    """One language version of a release, with the facts found in it."""

    draft: Draft
    lang: str
    mentions: tuple[Mention, ...]
    paragraphs: tuple[tuple[int, int], ...]  # first and last line of each paragraph

    def paragraph_of(self, line: int) -> int | None:
        for i, (first, last) in enumerate(self.paragraphs):
            if first <= line <= last:
                return i
        return None

    def at(self, line: int = 1, column: int = 1) -> Location:
        return Location(self.draft.shown, line, column)

    def where(self, mention: Mention) -> Location:
        return self.at(mention.line, mention.column)

    def aligned(self, other: Version, mention: Mention) -> Location | None:
        """Where ``mention`` of ``other`` should stand in this version: the same paragraph, if they align."""
        index = other.paragraph_of(mention.line)
        if index is not None and len(self.paragraphs) == len(other.paragraphs):
            return self.at(self.paragraphs[index][0], 1)
        return None

    def anchor(self, others: Iterable[Version], mention_of: dict[str, Mention]) -> Location:
        """The first place that aligns with where another version holds the fact, else the top."""
        for other in others:
            mention = mention_of.get(other.lang)
            place = self.aligned(other, mention) if mention else None
            if place:
                return place
        return self.at()


def paragraphs(text: str) -> tuple[tuple[int, int], ...]:
    out: list[tuple[int, int]] = []
    start: int | None = None
    lines = text.split("\n")
    for number, line in enumerate(lines, 1):
        if line.strip():
            if start is None:
                start = number
        elif start is not None:
            out.append((start, number - 1))
            start = None
    if start is not None:
        out.append((start, len(lines)))
    return tuple(out)


def distance(a: str, b: str) -> int:
    """Edit distance counting a swap of two neighbours as one edit (ESCA and ECSA are one apart)."""
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        row = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            row[j] = min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                row[j] = min(row[j], prev2[j - 2] + 1)
        prev2, prev = prev, row
    return prev[-1]


def similar(kind: str, a: str, b: str) -> str | None:
    """A hint when ``a`` and ``b`` look like the same fact written differently, else None."""
    if a == b:
        return None
    if kind == "date":
        if a[-5:] == b[-5:] and a.startswith("--") != b.startswith("--"):
            return "the same day, with and without the year"
        return "a different date" if distance(a, b) <= 2 else None
    if kind in ("country", "term"):
        return "a different one"
    if abs(len(a) - len(b)) > 2 or max(len(a), len(b)) > 200:
        return None  # too far apart to be one typo (and no edit distance over long texts)
    gap = distance(a, b)
    if kind in ("number", "percent", "amount", "ordinal", "phone"):
        return f"{gap} digit{'s' if gap > 1 else ''} apart" if gap <= 2 else None
    if gap <= (1 if min(len(a), len(b)) <= 4 else 2) and min(len(a), len(b)) >= 3:
        return f"{gap} letter{'s' if gap > 1 else ''} apart"
    return None


def _shouted(mention: Mention) -> bool:
    """GOLD in capitals is a name (or a heading), not the level Gold."""
    return len(mention.text) > 1 and mention.text.isupper()


def _weak(mention: Mention) -> bool:
    """A small number written in words ("the two certificates") is often wording, not a fact.

    It still pairs with a different number in another language; alone it is not reported.
    """
    return not any(c.isdigit() for c in mention.text) and mention.value.isdigit() and int(mention.value) <= 10


def _texts(kind: str, mentions: Iterable[Mention]) -> str:
    """The values as written, once each: 1.775 / 1,775; web addresses without their scheme."""
    shown = (url_label(m.text) if kind == "url" else m.text for m in mentions)
    return " / ".join(dict.fromkeys(shown))


def _describe(kind: str) -> str:
    return _KIND_WORDS.get(kind, kind)


def _langs(langs: Iterable[str]) -> str:
    return ", ".join(langs)


def between(versions: Sequence[Version], release: str, ignore_names: frozenset[str]) -> list[Finding]:
    """A fact mentioned in one language with no equivalent in another.

    First over whole versions; then, when every version has the same number of
    paragraphs (the same structure), paragraph by paragraph, which catches a
    fact changed in one place while the old value still stands in another.
    """
    if len(versions) < 2:
        return []
    order = [v.lang for v in versions]
    by_lang = {v.lang: v for v in versions}
    found: list[Finding] = []
    for kind in COMPARED:
        found.extend(_pair_up(kind, _present(versions, kind, ignore_names), order, by_lang, release))
    if len({len(v.paragraphs) for v in versions}) != 1:
        return found
    reported = {f.subject[:2] for f in found}
    for index in range(len(versions[0].paragraphs)):
        for kind in PARAGRAPH_COMPARED:
            present = _present(versions, kind, ignore_names, index)
            for finding in _pair_up(kind, present, order, by_lang, release):
                if finding.subject[:2] in reported or (finding.subject[0], finding.subject[2]) in reported:
                    continue
                where = f"paragraph {index + 1}"
                message = f"{finding.message} ({where}; the values match across the whole versions)"
                subject = (*finding.subject, where)
                found.append(Finding(finding.rule, finding.severity, message, release, finding.locations, subject))
    return found


def _present(
    versions: Sequence[Version], kind: str, ignore_names: frozenset[str], paragraph: int | None = None
) -> dict[str, dict[str, Mention]]:
    """For each value of ``kind``: the first mention of it in each language (in one paragraph, if given)."""
    present: dict[str, dict[str, Mention]] = defaultdict(dict)
    for version in versions:
        lines = version.paragraphs[paragraph] if paragraph is not None else None
        for mention in version.mentions:
            if family(mention.kind) != kind:
                continue
            if lines and not lines[0] <= mention.line <= lines[1]:
                continue
            if kind == "name" and (mention.value.casefold() in ignore_names or mention.value in LEFTOVER_WORDS):
                continue
            if kind == "term" and (not mention.value.startswith("level:") or _shouted(mention)):
                continue
            present[mention.value].setdefault(version.lang, mention)
    return present


def _pair_up(
    kind: str,
    present: dict[str, dict[str, Mention]],
    order: list[str],
    by_lang: dict[str, Version],
    release: str,
) -> list[Finding]:
    incomplete = {value: langs for value, langs in present.items() if len(langs) < len(order)}
    consumed: dict[str, set[str]] = defaultdict(set)
    findings: list[Finding] = []
    candidates = []
    for major, major_langs in incomplete.items():
        missing = [lang for lang in order if lang not in major_langs]
        for minor, minor_langs in incomplete.items():
            if minor == major or set(minor_langs) - set(missing) or len(minor_langs) > len(major_langs):
                continue
            if len(minor_langs) == len(major_langs) and order.index(min(minor_langs, key=order.index)) < order.index(
                min(major_langs, key=order.index)
            ):
                continue
            hint = similar(kind, minor, major)
            if hint:
                candidates.append((distance(minor, major), minor, major, hint))
    for _, minor, major, hint in sorted(candidates):
        odd_langs = [lang for lang in order if lang in incomplete[minor] and lang not in consumed[minor]]
        if not odd_langs or consumed[major] >= set(incomplete[major]):
            continue
        good_langs = [lang for lang in order if lang in incomplete[major]]
        odd = [(lang, incomplete[minor][lang]) for lang in odd_langs]
        good = [(lang, incomplete[major][lang]) for lang in good_langs]
        locations = tuple(by_lang[lang].where(m) for lang, m in odd + good)
        message = (
            f"{_describe(kind)} {_texts(kind, [m for _, m in odd])} ({_langs(odd_langs)}) "
            f"vs {_texts(kind, [m for _, m in good])} ({_langs(good_langs)}): {hint}"
        )
        subject = (kind, minor, major, *odd_langs)
        findings.append(Finding("mismatch", "error", message, release, locations, subject))
        consumed[minor].update(odd_langs)
        consumed[major].update(good_langs)
    for value, langs in incomplete.items():
        left = [lang for lang in order if lang in langs and lang not in consumed[value]]
        if not left:
            continue
        missing = [lang for lang in order if lang not in langs]
        if value in consumed and consumed[value]:
            continue
        if all(_weak(langs[lang]) for lang in left):
            continue
        holders = [by_lang[lang] for lang in left]
        anchors = tuple(by_lang[lang].anchor(holders, langs) for lang in missing)
        locations = anchors + tuple(by_lang[lang].where(langs[lang]) for lang in left)
        texts = _texts(kind, [langs[lang] for lang in left])
        message = f"{_describe(kind)} {texts} ({_langs(left)}) has no equivalent in {_langs(missing)}"
        findings.append(Finding("unmatched", "error", message, release, locations, (kind, value, *missing)))
    return findings


def _has_word(text: str, word: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text) is not None


def _searchable(text: str) -> str:
    return " ".join(re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", text).split()).casefold()


def against_facts(
    version: Version,
    others: Sequence[Version],
    expected: Sequence[Expected],
    known: set[tuple[str, str]],
    release: str,
    facts_file: str,
) -> tuple[list[Finding], set[Mention]]:
    """Each fact of the facts file, in this version; and the mentions explained as wrong facts."""
    findings: list[Finding] = []
    explained: set[Mention] = set()
    have: dict[tuple[str, str], Mention] = {}
    for mention in version.mentions:
        have.setdefault((family(mention.kind), mention.value), mention)
    text = _searchable(version.draft.text)
    name = version.draft.shown
    for exp in expected:
        key = (family(exp.kind), exp.value)
        if exp.kind == "text":
            if _searchable(exp.value) in text:
                continue
        elif key in have or exp.kind == "name" and _has_word(version.draft.text, exp.value):
            continue  # a name that reads as a word too (OF, UK, XV, GOLD) is still that name
        else:
            wrong = _near_miss(exp, version, known, explained)
            if wrong is not None:
                mention, hint = wrong
                explained.add(mention)
                message = f"{exp.key}: {mention.text} where {facts_file} says {exp.shown} ({hint})"
                where = (version.where(mention),)
                different = (exp.key, version.lang, mention.value)
                findings.append(Finding("fact-different", "error", message, release, where, different))
                continue
        message = f"{exp.key}: {exp.shown} is missing from {name}"
        subject = (exp.key, version.lang, exp.kind, exp.value)
        findings.append(Finding("fact-missing", "error", message, release, (_anchor(version, others, key),), subject))
    return findings, explained


def _anchor(version: Version, others: Sequence[Version], key: tuple[str, str]) -> Location:
    """Where a missing fact belongs: the paragraph that holds it in another version."""
    held = {}
    for other in others:
        for mention in other.mentions:
            if (family(mention.kind), mention.value) == key:
                held[other.lang] = mention
                break
    return version.anchor(others, held)


def _near_miss(
    exp: Expected, version: Version, known: set[tuple[str, str]], taken: set[Mention]
) -> tuple[Mention, str] | None:
    best: tuple[int, Mention, str] | None = None
    for mention in version.mentions:
        fam = family(mention.kind)
        if fam != family(exp.kind) or (fam, mention.value) in known or mention in taken:
            continue
        hint = similar(fam, mention.value, exp.value)
        if hint and (best is None or distance(mention.value, exp.value) < best[0]):
            best = (distance(mention.value, exp.value), mention, hint)
    return (best[1], best[2]) if best else None


def orphans(
    version: Version,
    expected: Sequence[Expected],
    known: set[tuple[str, str]],
    explained: set[Mention],
    release: str,
    facts_file: str,
    ignore_names: frozenset[str] = frozenset(),
) -> list[Finding]:
    """Numbers, dates, web addresses and e-mails in a draft that the facts file does not have.

    One that is a near miss of a fact (a link's address one letter off, while its
    text is right) is a wrong fact, an error; the others are warnings.
    """
    out = []
    for mention in version.mentions:
        if mention.kind not in ORPHAN_KINDS and mention.kind not in ("phone", "name") or mention in explained:
            continue
        if (family(mention.kind), mention.value) in known:
            continue
        if mention.kind == "name" and (mention.value.casefold() in ignore_names or mention.value in LEFTOVER_WORDS):
            continue
        near = [
            (distance(mention.value, e.value), e, hint)
            for e in expected
            if family(e.kind) == family(mention.kind) and (hint := similar(family(e.kind), mention.value, e.value))
        ]
        if near:
            _, exp, hint = min(near, key=lambda n: (n[0], n[1].key))
            message = f"{exp.key}: {_texts(mention.kind, [mention])} where {facts_file} says {exp.shown} ({hint})"
            subject = (exp.key, version.lang, mention.value)
            out.append(Finding("fact-different", "error", message, release, (version.where(mention),), subject))
            continue
        if mention.kind not in ORPHAN_KINDS:
            continue
        message = f"{_describe(mention.kind)} {mention.text} is not in {facts_file}"
        subject = (mention.kind, mention.value, version.lang)
        out.append(Finding("orphan", "warning", message, release, (version.where(mention),), subject))
    return out
