"""Compare what the versions of a release say: with the facts file, and with each other.

Mentions are compared by canonical value within a family of kinds, so
equivalent forms ("cuatro" and 4, "XVI" and "16th", "Bronce" and "Bronze")
never differ. Where a value in one language has no equivalent in another,
a similar value there ("one letter apart") is paired with it, so a typo is
reported once, as what it is, rather than as a missing and an extra value.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..extract import Mention
from ..localize import url_label
from .expect import Expected, family
from .findings import Finding, Location
from .inputs import Draft

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
        i = bisect.bisect_right(self.paragraphs, line, key=lambda p: p[0]) - 1
        return i if i >= 0 and line <= self.paragraphs[i][1] else None

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


def distance(a: str, b: str, limit: int | None = None) -> int:
    """Edit distance counting a swap of two neighbours as one edit (ESCA and ECSA are one apart).

    With ``limit``, a distance over it is given as ``limit + 1``, in time linear in the lengths.
    """
    if limit is not None:
        return _distance_within(a, b, limit)
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


def _distance_within(a: str, b: str, limit: int) -> int:
    """:func:`distance` if it is ``limit`` or less, else ``limit + 1``: in time linear in the lengths."""
    return next((gap for gap in range(limit + 1) if _within(a, b, gap)), limit + 1)


def _within(a: str, b: str, gap: int) -> bool:
    """Is :func:`distance` ``gap`` or less? Past what both begin with, the first difference is
    a substitution, a deletion, an insertion or a swap: at most four ways, ``gap`` deep."""
    low, high = 0, min(len(a), len(b))  # how much both begin with, halving (the slices compare in C)
    while low < high:
        mid = (low + high + 1) // 2
        low, high = (mid, high) if a[low:mid] == b[low:mid] else (low, mid - 1)
    a, b = a[low:], b[low:]
    if not a or not b:
        return len(a) + len(b) <= gap
    if not gap or abs(len(a) - len(b)) > gap:
        return False
    return (
        _within(a[1:], b[1:], gap - 1)
        or _within(a[1:], b, gap - 1)
        or _within(a, b[1:], gap - 1)
        or (a[1:2] == b[:1] and a[:1] == b[1:2] and _within(a[2:], b[2:], gap - 1))
    )


def similar(kind: str, a: str, b: str) -> str | None:
    """A hint when ``a`` and ``b`` look like the same fact written differently, else None."""
    if a == b:
        return None
    if kind == "date":
        if a[-5:] == b[-5:] and a.startswith("--") != b.startswith("--"):
            return "the same day, with and without the year"
        return "a different date" if distance(a, b, 2) <= 2 else None
    if kind in ("country", "term"):
        return "a different one"
    if abs(len(a) - len(b)) > 2 or max(len(a), len(b)) > 200:
        return None  # too far apart to be one typo (and no edit distance over long texts)
    gap = distance(a, b, 2)
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
    by_paragraph = [_by_paragraph(v) for v in versions]  # sorted once, not read again for every paragraph
    for index in range(len(versions[0].paragraphs)):
        for kind in PARAGRAPH_COMPARED:
            present = _present(versions, kind, ignore_names, [held.get(index, []) for held in by_paragraph])
            for finding in _pair_up(kind, present, order, by_lang, release):
                if finding.subject[:2] in reported or (finding.subject[0], finding.subject[2]) in reported:
                    continue
                where = f"paragraph {index + 1}"
                message = f"{finding.message} ({where}; the values match across the whole versions)"
                subject = (*finding.subject, where)
                found.append(Finding(finding.rule, finding.severity, message, release, finding.locations, subject))
    return found


def _by_paragraph(version: Version) -> dict[int, list[Mention]]:
    """The version's mentions by the paragraph they stand in, in their order."""
    held: dict[int, list[Mention]] = defaultdict(list)
    for mention in version.mentions:
        index = version.paragraph_of(mention.line)
        if index is not None:
            held[index].append(mention)
    return held


def _present(
    versions: Sequence[Version],
    kind: str,
    ignore_names: frozenset[str],
    mentions: Sequence[Sequence[Mention]] | None = None,
) -> dict[str, dict[str, Mention]]:
    """For each value of ``kind``: the first mention of it in each language (among ``mentions``, one
    sequence a version, if given: those of one paragraph)."""
    present: dict[str, dict[str, Mention]] = defaultdict(dict)
    for number, version in enumerate(versions):
        for mention in version.mentions if mentions is None else mentions[number]:
            if family(mention.kind) != kind:
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
    values = list(incomplete)
    for x, y in _close_pairs(kind, values):
        hint: str | None = ""  # similar() and _gap() are symmetric: worked out once a pair
        for major, minor in ((values[x], values[y]), (values[y], values[x])):
            major_langs, minor_langs = incomplete[major], incomplete[minor]
            missing = [lang for lang in order if lang not in major_langs]
            if set(minor_langs) - set(missing) or len(minor_langs) > len(major_langs):
                continue
            if len(minor_langs) == len(major_langs) and order.index(min(minor_langs, key=order.index)) < order.index(
                min(major_langs, key=order.index)
            ):
                continue
            if hint == "":
                hint = similar(kind, minor, major)
            if hint:
                candidates.append((_gap(kind, minor, major), minor, major, hint))
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


PAIRING_BUDGET = 20_000
"""Most pairs of values one kind of fact is searched for typos among. A release whose versions
differ in thousands of values has no typo to point out: its values are each reported unmatched."""
_SHORT = 11
"""Values this long or shorter are paired by what deleting up to two characters leaves of them."""


def _close_pairs(kind: str, values: list[str]) -> Iterable[tuple[int, int]]:
    """Pairs (i, j), i < j, of ``values`` that :func:`similar` may pair: all of them for countries and
    levels, else those at most two edits apart (and for dates the same day with and without
    the year). Found through indexes, not by trying every pair; none past :data:`PAIRING_BUDGET`."""
    if kind in ("country", "term"):
        count = len(values) * (len(values) - 1) // 2
        return itertools.combinations(range(len(values)), 2) if count <= PAIRING_BUDGET else ()
    pairs: set[tuple[int, int]] = set()
    groups: dict[tuple[int, int, str] | str, list[int]] = defaultdict(list)
    for i, value in enumerate(values):
        if len(value) > 200:
            continue  # never similar
        if kind == "date":
            groups[(0, 0, value[-5:])].append(i)  # --03-05 and 2013-03-05
        if len(value) <= _SHORT:
            for rest in _deletions(value):
                groups[rest].append(i)
        if len(value) >= _SHORT - 1:
            for k, (start, end) in enumerate(_parts(len(value))):
                groups[(len(value), k + 1, value[start:end])].append(i)
    for key, group in groups.items():
        if isinstance(key, str) or not key[1]:
            if len(group) * (len(group) - 1) // 2 > PAIRING_BUDGET:
                return ()
            pairs.update(itertools.combinations(group, 2))
            if len(pairs) > PAIRING_BUDGET:
                return ()
    # Two edits leave one of five parts of a value as it is, at most two characters off in the other.
    for i, value in enumerate(values):
        if not _SHORT - 1 <= len(value) <= 200:
            continue
        for length in range(max(_SHORT - 1, len(value) - 2), len(value) + 3):
            for k, (start, end) in enumerate(_parts(length)):
                for shift in range(max(-2, -start), min(2, len(value) - end) + 1):
                    for j in groups.get((length, k + 1, value[start + shift : end + shift]), ()):
                        if j != i:
                            pairs.add((min(i, j), max(i, j)))
            if len(pairs) > PAIRING_BUDGET:
                return ()
    return pairs


def _deletions(value: str) -> set[str]:
    """``value`` with none, one or two of its characters deleted."""
    once = {value[:i] + value[i + 1 :] for i in range(len(value))}
    return {value} | once | {rest[:i] + rest[i + 1 :] for rest in once for i in range(len(rest))}


def _parts(length: int) -> list[tuple[int, int]]:
    """Five parts, as even as can be, of a value ``length`` long."""
    return [(length * k // 5, length * (k + 1) // 5) for k in range(5)]


def _gap(kind: str, a: str, b: str) -> int:
    """The distance of two values :func:`similar` pairs: at most 2, but for dates, countries and
    levels, which are all short."""
    return distance(a, b, None if kind in ("date", "country", "term") else 2)


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
        if hint and (best is None or _gap(fam, mention.value, exp.value) < best[0]):
            best = (_gap(fam, mention.value, exp.value), mention, hint)
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
            (_gap(family(e.kind), mention.value, e.value), e, hint)
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
