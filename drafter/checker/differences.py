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

from ..extract import Mention
from ..extract.kinds import label
from ..localize import url_label
from .findings import Finding, Location
from .keys import key
from .terms import Term
from .version import Version

Held = tuple[str, Mention]
"""A mention and the language of the version holding it."""


@dataclass
class Observations:
    differs: dict[tuple[str, frozenset[str]], list[tuple[Held, Held, str, bool]]] = field(
        default_factory=lambda: defaultdict(list)
    )
    """(family, the two values) -> every pair of versions that saw them differ, with a hint and certainty."""
    alone: dict[tuple[str, int], dict[Mention, set[str]]] = field(default_factory=lambda: defaultdict(dict))
    """(lang, segment) -> each fact standing there alone -> the languages that lack it."""
    cuts: dict[tuple[str, int, int], dict[Mention, set[str]]] = field(default_factory=lambda: defaultdict(dict))
    """(lang, first segment, last segment) of a passage with no counterpart -> its facts -> languages lacking them."""

    unlike: dict[tuple[str, int, str, int], tuple[Term, str]] = field(default_factory=dict)
    """(lang, segment, other lang, other segment) -> a term used there, and not in the other's sentence."""

    def inconsistent(self, holder: Version, segment: int, other: Version, at: int, term: Term, used: str) -> None:
        self.unlike.setdefault((holder.lang, segment, other.lang, at), (term, used))

    def differ(
        self, family: str, x: tuple[Version, Mention], y: tuple[Version, Mention], hint: str, sure: bool
    ) -> None:
        values = frozenset({x[1].value, y[1].value})
        self.differs[(family, values)].append(((x[0].lang, x[1]), (y[0].lang, y[1]), hint, sure))

    def lack(self, holder: Version, segment: int, mention: Mention, other: Version) -> None:
        self.alone[(holder.lang, segment)].setdefault(mention, set()).add(other.lang)

    def cut(self, holder: Version, run: tuple[int, ...], facts: Iterable[Mention], other: Version) -> None:
        held = self.cuts[(holder.lang, run[0], run[-1])]
        for mention in facts:
            held.setdefault(mention, set()).add(other.lang)


def findings(seen: Observations, versions: Sequence[Version], release: str) -> list[Finding]:
    by_lang = {v.lang: v for v in versions}
    order = [v.lang for v in versions]
    out = [_differs(family, pairs, by_lang, order, release) for (family, _), pairs in seen.differs.items()]
    reported = {(lang, m) for f_pairs in seen.differs.values() for pair in f_pairs for lang, m in pair[:2]}
    said: set[tuple[str, str]] = set()  # a fact one version lacks is reported where it first stands

    def new(lang: str, facts: dict[Mention, set[str]]) -> dict[Mention, set[str]]:
        kept = {}
        fresh = set()
        for m, langs in sorted(facts.items()):
            marker = (lang, key(m))
            if (lang, m) not in reported and (marker not in said or marker in fresh):
                said.add(marker)
                fresh.add(marker)
                kept[m] = langs
        return kept

    for (lang, segment, other, at), (term, used) in seen.unlike.items():
        out.append(_unlike(by_lang[lang], segment, by_lang[other], at, term, used, release))
    places = [("alone", lang, segment, segment) for lang, segment in seen.alone]
    places += [("cut", lang, first, last) for lang, first, last in seen.cuts]
    for what, lang, first, last in sorted(places, key=lambda p: (order.index(p[1]), p[2], p[0])):
        if what == "alone":
            kept = new(lang, seen.alone[(lang, first)])
            if kept:
                out.append(_alone(by_lang[lang], first, kept, by_lang, order, release))
        else:
            kept = new(lang, seen.cuts[(lang, first, last)])
            if kept:
                out.append(_cut(by_lang[lang], first, last, kept, by_lang, order, release))
    return out


_POSSESSIVE = ("'s", "’s")


def _shown(mention: Mention) -> str:
    """A value as written, on one line; a web address without its scheme, a name without "'s"."""
    if mention.kind == "url":
        return url_label(mention.text)
    text = " ".join(mention.text.split())
    return text[:-2] if text.endswith(_POSSESSIVE) and len(text) > 3 else text


def _values(mentions: Iterable[Mention]) -> str:
    """The values, a fact written two ways once with both ("science, technology... / STEM")."""
    forms: dict[str, list[str]] = {}
    for m in mentions:
        forms.setdefault(key(m), []).append(_shown(m))
    return listing(" / ".join(dict.fromkeys(texts)) for texts in forms.values())


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
    # The value fewer versions hold is the odd one; between two, the later language's.
    odd_value = min(holders, key=lambda v: (len(holders[v]), -max(order.index(lang) for lang in holders[v])))
    usual_value = next(v for v in holders if v != odd_value) if len(holders) > 1 else odd_value
    odd, usual = holders[odd_value], holders[usual_value]
    hint = pairs[0][2]
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
    holder: Version,
    segment: int,
    facts: dict[Mention, set[str]],
    by_lang: dict[str, Version],
    order: list[str],
    release: str,
) -> Finding:
    mentions = sorted(facts)
    lacking = [lang for lang in order if any(lang in langs for langs in facts.values())]
    seg = holder.segments[segment]
    values = _values(mentions)
    kinds = listing(label(m.kind) for m in mentions)
    where = f"line {seg.first_line}" if seg.first_line == seg.last_line else f"lines {seg.first_line}–{seg.last_line}"
    message = (
        f"Only {holder.name} gives {values} ({kinds}, {where}); "
        f"{_files(lacking, by_lang)} {'does' if len(lacking) == 1 else 'do'} not, anywhere. "
        "Add it where the matching sentence stands, or check that it belongs."
    )
    locations = (holder.where(mentions[0]),)
    subject = ("alone", *sorted(f"{m.kind}:{m.value}" for m in mentions), *lacking)
    return Finding("unmatched", "warning", message, release, locations, subject)


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
    lines = f"Line {start}" if start == end else f"Lines {start}–{end}"
    verb = "has" if start == end else "have"
    message = (
        f"{lines} of {holder.name} {verb} no counterpart in {_files(lacking, by_lang)}: "
        f"a passage cut there or never translated. Only {'it' if start == end else 'they'} give "
        f"{_values(mentions)}. Translate the passage, or check the cut."
    )
    locations: tuple[Location, ...] = (holder.segment_at(first),)
    subject = ("passage", *sorted(f"{m.kind}:{m.value}" for m in mentions), *lacking)
    return Finding("missing-passage", "warning", message, release, locations, subject)


def _unlike(holder: Version, segment: int, other: Version, at: int, term: Term, used: str, release: str) -> Finding:
    written = next(
        (s for s, f in zip(term.shown[holder.lang], term.forms[holder.lang], strict=True) if f == used), used
    )
    forms = listing(f"“{s}”" for s in term.shown[other.lang]).replace(" and ", " or ")
    line = other.segments[at].first_line
    message = (
        f"“{written}” ({holder.name}, line {holder.segments[segment].first_line}) is not translated as the "
        f"term base says: the matching sentence of {other.name} (line {line}) has no {forms}. "
        "Use the term, or add the form used to the term base."
    )
    locations = (other.segment_at(at), holder.segment_at(segment))
    subject = ("term", holder.lang, used, other.lang)
    return Finding("term-inconsistent", "warning", message, release, locations, subject)
