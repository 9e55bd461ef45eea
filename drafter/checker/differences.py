"""What the comparison of versions observed, merged over every pair and written as findings.

With three versions a difference is seen by two pairs (pt against en, pt
against es); it becomes one finding, whose first location is the version
that stands apart: the one whose value the others do not share, the one that
has a passage the others lack.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..extract import Mention
from ..extract.kinds import label
from ..localize import url_label
from . import ways
from .findings import Finding, Location
from .keys import key
from .nearmiss import similar
from .terms import Term
from .version import Version
from .ways import Turns, new_turns

if TYPE_CHECKING:
    from .own_texts import OwnTexts

Held = tuple[str, Mention]
"""A mention and the language of the version holding it."""


@dataclass
class Observations:
    differs: dict[tuple[str, frozenset[str]], list[tuple[Held, Held, str, bool]]] = field(
        default_factory=lambda: defaultdict(list)
    )
    """(family, the two values) -> every pair of versions that saw them differ, with a hint and certainty."""
    gaps: list[tuple[str, int, Mention, str, int | None]] = field(default_factory=list)
    """(holder's language, its sentence, the fact, the language lacking it, the matching sentence there)."""
    cuts: dict[tuple[str, int, int], dict[Mention, set[str]]] = field(default_factory=lambda: defaultdict(dict))
    """(lang, first segment, last segment) of a passage with no counterpart -> its facts -> languages lacking them."""

    turns: Turns = field(default_factory=new_turns)
    """Sizes of a change that aligned sentences say went opposite ways (:mod:`.ways`)."""
    unlike: dict[tuple[str, int, str, int], tuple[Term, str]] = field(default_factory=dict)
    """(lang, segment, other lang, other segment) -> a term used there, and not in the other's sentence."""
    own: OwnTexts | None = None
    """The facts file's texts in each language: a difference each version has from its own is none."""

    def inconsistent(self, holder: Version, segment: int, other: Version, at: int, term: Term, used: str) -> None:
        self.unlike.setdefault((holder.lang, segment, other.lang, at), (term, used))

    def differ(
        self, family: str, x: tuple[Version, Mention], y: tuple[Version, Mention], hint: str, sure: bool
    ) -> None:
        if self.own is not None and self.own.differ((x[0].lang, x[1]), (y[0].lang, y[1])):
            return
        values = frozenset({x[1].value, y[1].value})
        self.differs[(family, values)].append(((x[0].lang, x[1]), (y[0].lang, y[1]), hint, sure))

    def lack(self, holder: Version, segment: int, mention: Mention, other: Version, at: int | None = None) -> None:
        if self.own is not None and self.own.lack(holder.lang, mention, other.lang):
            return
        self.gaps.append((holder.lang, segment, mention, other.lang, at))

    def cut(self, holder: Version, run: tuple[int, ...], facts: Iterable[Mention], other: Version) -> None:
        own = self.own
        facts = [m for m in facts if own is None or not own.lack(holder.lang, m, other.lang)]
        if not facts:
            return
        held = self.cuts[(holder.lang, run[0], run[-1])]
        for mention in facts:
            held.setdefault(mention, set()).add(other.lang)


@dataclass
class _Gap:
    """One fact some versions give and others lack: where it stands, and where it should."""

    holders: dict[str, tuple[Mention, int]] = field(default_factory=dict)
    lacking: dict[str, int | None] = field(default_factory=dict)


def findings(seen: Observations, versions: Sequence[Version], release: str) -> list[Finding]:
    by_lang = {v.lang: v for v in versions}
    order = [v.lang for v in versions]
    out = [_differs(family, pairs, by_lang, order, release) for (family, _), pairs in seen.differs.items()]
    out.extend(ways.findings(seen.turns, by_lang, order, release))
    reported = {(lang, m) for f_pairs in seen.differs.values() for pair in f_pairs for lang, m in pair[:2]}
    # A value found misspelt in one version is not also missing from it: "ECSA" for "ESCA".
    misspelt = {
        (odd_lang, key(usual)) for f_pairs in seen.differs.values() for (odd_lang, _), (_, usual), _, _ in f_pairs
    } | {(usual_lang, key(odd)) for f_pairs in seen.differs.values() for (_, odd), (usual_lang, _), _, _ in f_pairs}
    for (lang, segment, other, at), (term, used) in seen.unlike.items():
        out.append(_unlike(by_lang[lang], segment, by_lang[other], at, term, used, release))
    in_cuts: set[tuple[str, str, str]] = set()  # (holder, key, lacking language): a passage says it once
    for (lang, first, last), facts in sorted(seen.cuts.items(), key=lambda c: (order.index(c[0][0]), c[0][1])):
        kept = {}
        for m, langs in sorted(facts.items()):
            fresh = {other for other in langs if (lang, key(m), other) not in in_cuts}
            if fresh and (lang, m) not in reported:
                kept[m] = fresh
                in_cuts.update((lang, key(m), other) for other in fresh)
        if kept:
            out.append(_cut(by_lang[lang], first, last, kept, by_lang, order, release))
    gaps: dict[str, _Gap] = {}
    for holder, sentence, mention, other, matching in seen.gaps:
        if (holder, mention) in reported or (holder, key(mention), other) in in_cuts:
            continue
        if (other, key(mention)) in misspelt:
            continue
        gap = gaps.setdefault(key(mention), _Gap())
        known = gap.holders.get(holder)
        if known is None or (mention.line, mention.column) < (known[0].line, known[0].column):
            gap.holders[holder] = (mention, sentence)
        if gap.lacking.get(other) is None:
            gap.lacking[other] = matching
    groups: dict[tuple[tuple[str, ...], tuple[str, ...], str, int | None], list[_Gap]] = defaultdict(list)
    for gap in gaps.values():
        gap.lacking = {lang: at for lang, at in gap.lacking.items() if lang not in gap.holders}
        if not gap.lacking:
            continue
        holders = tuple(lang for lang in order if lang in gap.holders)
        lacking = tuple(lang for lang in order if lang in gap.lacking)
        # Where a person should look: the version that stands apart, the one lacking the fact
        # when the others give it, else the one giving it alone.
        where: int | None
        undated = all(m.kind == "year" and not m.text.isdigit() for m, _ in gap.holders.values())
        if len(lacking) < len(holders) or (undated and len(lacking) == 1):
            place, where = lacking[0], gap.lacking[lacking[0]]
        else:
            place, where = holders[0], gap.holders[holders[0]][1]
        groups[(holders, lacking, place, where)].append(gap)
    for (holders, lacking, place, where), group in sorted(groups.items(), key=lambda g: _first(g[1], g[0][0])):
        out.append(_alone(holders, lacking, place, where, group, by_lang, release))
    return out


def _first(group: list[_Gap], holders: tuple[str, ...]) -> tuple[int, int, int]:
    mention, _ = group[0].holders[holders[0]]
    return (0, mention.line, mention.column)


_POSSESSIVE = ("'s", "’s")


def _shown(mention: Mention) -> str:
    """A value as written, on one line; a web address without its scheme, a name without "'s"."""
    if mention.kind == "url":
        return url_label(mention.text)
    text = " ".join(mention.text.split())
    return text[:-2] if text.endswith(_POSSESSIVE) and len(text) > 3 else text


def _values(mentions: Iterable[Mention], holder: Version | None = None) -> str:
    """The values, a name the version writes two ways once with both ("Sustainable Development Goals /
    SDGs", "science, technology... / STEM")."""
    forms: dict[str, list[str]] = {}
    for m in mentions:
        forms.setdefault(key(m), []).append(_shown(m))
    if holder is not None:
        for m in holder.mentions:
            if m.kind in ("body", "name") and key(m) in forms:
                forms[key(m)].append(_shown(m))
    return listing(" / ".join(list(dict.fromkeys(texts))[:2]) for texts in forms.values())


def listing(items: Iterable[str]) -> str:
    """ "a", "a and b", "a, b and c": each once, in order."""
    unique = list(dict.fromkeys(items))
    return unique[0] if len(unique) == 1 else ", ".join(unique[:-1]) + " and " + unique[-1]


def _files(langs: Iterable[str], by_lang: dict[str, Version]) -> str:
    return listing(by_lang[lang].name for lang in langs)


def _differs(
    family: str, pairs: list[tuple[Held, Held, str, bool]], by_lang: dict[str, Version], order: list[str], release: str
) -> Finding:
    holders: dict[str, dict[str, Mention]] = defaultdict(dict)  # value -> lang -> mention
    for x, y, _, _ in pairs:
        for lang, mention in (x, y):
            holders[mention.value].setdefault(lang, mention)
    # The value fewer versions hold is the odd one; between two versions, the one the release gives
    # less often (the others may repeat the right one elsewhere); else the later language's.
    said = {v: sum(1 for version in by_lang.values() for m in version.mentions if m.value == v) for v in holders}
    odd_value = min(holders, key=lambda v: (len(holders[v]), said[v], -max(order.index(lang) for lang in holders[v])))
    usual_value = next(v for v in holders if v != odd_value) if len(holders) > 1 else odd_value
    odd, usual = holders[odd_value], holders[usual_value]
    hint = pairs[0][2]
    if family == "number":  # numbers in words named odd one first: "Oito is 8, nove is 9"
        first_odd, first_usual = odd[next(iter(odd))], usual[next(iter(usual))]
        hint = similar(family, first_odd.value, first_usual.value, (first_odd.text, first_usual.text)) or hint
    sure = any(pair[3] for pair in pairs)
    odd_langs = [lang for lang in order if lang in odd]
    usual_langs = [lang for lang in order if lang in usual]
    name = label(family)
    odd_text = listing(_shown(odd[lang]) for lang in odd_langs)
    usual_text = listing(_shown(usual[lang]) for lang in usual_langs)
    message = (
        f"A {name} differs: {odd_text} in {_files(odd_langs, by_lang)}, "
        f"where {_files(usual_langs, by_lang)} {'has' if len(usual_langs) == 1 else 'have'} {usual_text} ({hint}). "
        "Correct the one that is wrong."
    )
    locations = tuple(by_lang[lang].where(odd[lang]) for lang in odd_langs) + tuple(
        by_lang[lang].where(usual[lang]) for lang in usual_langs
    )
    subject = (family, odd_value, usual_value, *odd_langs)
    return Finding("mismatch", "error" if sure else "warning", message, release, locations, subject)


def _alone(
    holders: tuple[str, ...],
    lacking: tuple[str, ...],
    lang: str,
    segment: int | None,
    group: list[_Gap],
    by_lang: dict[str, Version],
    release: str,
) -> Finding:
    first = holders[0]
    mentions = sorted((gap.holders[first][0] for gap in group), key=lambda m: (m.line, m.column))
    values = _values(mentions, by_lang[holders[0]])
    undated = [m for m in mentions if m.kind == "year" and not m.text.isdigit()]
    if undated and len(undated) == len(mentions) and lacking == (lang,):  # "6 April" for "6 de abril de 2022"
        there = by_lang[lang]
        dates = listing(undated_m.text for undated_m in undated)
        years = listing(undated_m.value for undated_m in undated)
        message = (
            f"{there.name} gives {dates} without the year ({years}), which {_files(holders, by_lang)} "
            f"{'gives' if len(holders) == 1 else 'give'}. Add the year, or check it."
        )
        at = there.segment_at(segment) if segment is not None else there.at()
        subject = ("year", *sorted(m.value for m in undated), lang)
        return Finding("unmatched", "warning", message, release, (at,), subject)
    kinds = listing(label(m.kind) for m in mentions)
    holder = by_lang[first]
    seg = holder.segments[group[0].holders[first][1]]
    where = _places(holder, seg.first_line, seg.last_line)
    there = by_lang[lang]
    if lang in lacking:
        matching = _places(there, there.segments[segment].first_line) if segment is not None else ""
        place = f" (its matching sentence is {matching})" if matching else ""
        message = (
            f"{there.name} lacks {values} ({kinds}){place}, which {_files(holders, by_lang)} "
            f"{'gives' if len(holders) == 1 else 'give'} ({holder.name}, {where}). Add it, or check that it belongs."
        )
        locations: tuple[Location, ...] = (there.segment_at(segment) if segment is not None else there.at(),)
        locations += tuple(by_lang[h].where(g.holders[h][0]) for h in holders for g in group[:1])
    else:
        message = (
            f"Only {_files(holders, by_lang)} {'gives' if len(holders) == 1 else 'give'} {values} "
            f"({kinds}, {where}); "
            f"{_files(lacking, by_lang)} {'does' if len(lacking) == 1 else 'do'} not, anywhere. "
            "Add it where the matching sentence stands, or check that it belongs."
        )
        locations = (holder.where(mentions[0]),)
        lacking_at = group[0].lacking.items()
        locations = locations + tuple(by_lang[o].segment_at(at) for o, at in lacking_at if at is not None)
    subject = ("alone", *sorted(f"{m.kind}:{m.value}" for m in mentions), *lacking)
    return Finding("unmatched", "warning", message, release, locations, subject)


def _places(version: Version, first: int, last: int | None = None) -> str:
    """Where sentences stand, as "line 7", "lines 7–9", or in a Word or OpenDocument draft "paragraph 4"."""
    unit, start, end = version.draft.unit, version.draft.number(first), version.draft.number(last or first)
    return f"{unit} {start}" if start == end else f"{unit}s {start}–{end}"


def _cut(
    holder: Version,
    first: int,
    last: int,
    facts: dict[Mention, set[str]],
    by_lang: dict[str, Version],
    order: list[str],
    release: str,
) -> Finding:
    mentions = sorted(facts)
    lacking = [lang for lang in order if any(lang in langs for langs in facts.values())]
    start, end = holder.segments[first].first_line, holder.segments[last].last_line
    lines = _places(holder, start, end).capitalize()
    single = holder.draft.number(start) == holder.draft.number(end)
    verb = "has" if single else "have"
    message = (
        f"{lines} of {holder.name} {verb} no counterpart in {_files(lacking, by_lang)}: "
        f"a passage cut there or never translated. Only {'it gives' if single else 'they give'} "
        f"{_values(mentions, holder)}. Translate the passage, or check the cut."
    )
    locations: tuple[Location, ...] = (holder.segment_at(first),)
    subject = ("passage", *sorted(f"{m.kind}:{m.value}" for m in mentions), *lacking)
    return Finding("missing-passage", "warning", message, release, locations, subject)


def _unlike(holder: Version, segment: int, other: Version, at: int, term: Term, used: str, release: str) -> Finding:
    written = next(
        (s for s, f in zip(term.shown[holder.lang], term.forms[holder.lang], strict=True) if f == used), used
    )
    forms = listing(f"“{s}”" for s in term.shown[other.lang]).replace(" and ", " or ")
    line = _places(other, other.segments[at].first_line)
    message = (
        f"“{written}” ({holder.name}, {_places(holder, holder.segments[segment].first_line)}) is not translated as "
        f"the term base says: the matching sentence of {other.name} ({line}) has no {forms}. "
        "Use the term, or add the form used to the term base."
    )
    locations = (other.segment_at(at), holder.segment_at(segment))
    subject = ("term", holder.lang, used, other.lang)
    return Finding("term-inconsistent", "warning", message, release, locations, subject)
