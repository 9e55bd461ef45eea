"""Compare the versions of a release with each other, sentence by aligned sentence.

Each pair of versions is aligned (:mod:`drafter.checker.align`). In each pair of
aligned sentences, facts are matched by key (the same number, date, address,
body, place or country in any language) and names by their words; what is
left is paired when a value on one side and one on the other are plainly the
same fact written differently (2005 and 2015, 5 May and 12 May, "Inger" and
"nger"), and two acronyms left one on each side are taken for one body's two
names (TCP and PCT). What still stands alone is looked for anywhere in the
other version: a fact found elsewhere has moved, which is no difference. The
rest is observed, and :mod:`drafter.checker.differences` makes findings of it.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from ..extract import Mention
from ..extract.canon import canon_name
from ..extract.names import written_out
from ..lang import SHIPPED
from ..lang.frequency import common, ordinary_words
from ..lang.weekdays import weekday
from . import renewals
from .align import Bead, align, crossed
from .differences import Observations, findings
from .findings import Finding
from .keys import NAME_KINDS, anchors, changed_in_words, key, weak, year_left_out
from .matching import (
    PAIRS,
    dated,
    elsewhere,
    family_of,
    found_elsewhere,
    keys_of,
    match,
    pairing_hint,
    runs,
    sure_beads,
)
from .metals import metal_inside, searchable, unaccented
from .names import Near, near_miss
from .naming import (
    WORDS,
    Span,
    a_person,
    body_dropped,
    body_met,
    core_of,
    cut_short,
    demonym,
    is_acronym,
    mention_at,
    name_like,
    names_someone,
    ordinary_acronym,
    own_acronyms,
    part_of,
    quoted,
    shorter_form,
    translated_part,
    translation,
    translations,
    uncovered,
    word_at,
    word_near,
)
from .openings import odd_openings, openings
from .own_texts import OwnTexts
from .terms import TermBase
from .version import Version
from .ways import observe

LEFTOVER_WORDS = frozenset({"TODO", "TBD", "FIXME", "XXX"})
TABLED = frozenset({"body", "place", "nationality"})
"""Kinds known from drafter's own tables, in the languages it ships."""


@dataclass(frozen=True)
class Comparison:
    findings: list[Finding]
    counterparts: dict[tuple[str, Mention], set[str]]
    """For a value paired with a different one in another version: those other values, by the value's
    language and mention. The facts file's check blames the fact they stand for."""


def between(
    versions: Sequence[Version],
    release: str,
    ignore_names: frozenset[str],
    terms: TermBase | None = None,
    own: OwnTexts | None = None,
) -> Comparison:
    """Every difference of facts between the versions of a release; ``terms`` are the same in each language.
    With the facts file's texts (``own``), a difference each version has as its own language's text is none."""
    seen = Observations(own=own)
    read = {id(v): _Read(v, ignore_names) for v in versions}  # each version is in several pairs
    for a, b in itertools.combinations(versions, 2):
        _Pair(read[id(a)], read[id(b)], ignore_names, seen, terms or TermBase()).run()
    counterparts: dict[tuple[str, Mention], set[str]] = {}
    for pairs in seen.differs.values():
        for (lang_x, x), (lang_y, y), _, _ in pairs:
            counterparts.setdefault((lang_x, x), set()).add(y.value)
            counterparts.setdefault((lang_y, y), set()).add(x.value)
    found = [*findings(seen, versions, release), *renewals.findings(versions, release)] if len(versions) > 1 else []
    return Comparison(found, counterparts)


class _Read:
    """What a version brings to each of its pairs, worked out once: the facts each sentence holds
    (names that are wording left out), their keys, and the anchors alignment pairs sentences by."""

    def __init__(self, version: Version, ignore: frozenset[str]) -> None:
        self.version = version
        self.items = [self._items(version, i, ignore) for i in range(len(version.segments))]
        self.keys = keys_of(self.items)
        self.item_keys = [[key(m) for m in held] for held in self.items]
        self.sorted_keys = [sorted(keys) for keys in self.item_keys]  # a sentence's keys, compared as a bag
        self.anchors = [Counter(k for m in held for k in anchors(m)) for held in self.items]
        self.openings = openings(version)
        self.name_words: dict[str, Mention] = {}  # the words of its names, with the first name each is in
        for m in version.mentions:
            if m.kind in NAME_KINDS:
                for w in WORDS.findall(m.text):
                    if len(w) >= 5 and w[0].isupper():
                        self.name_words.setdefault(canon_name(w), m)

    @staticmethod
    def _items(version: Version, index: int, ignore: frozenset[str]) -> list[Mention]:
        out = []
        for mention in version.by_segment[index]:
            if mention.kind == "name" and (mention.value in ignore or mention.text in LEFTOVER_WORDS):
                continue
            if mention.kind == "term" and not mention.value.startswith("level:"):
                continue
            out.append(mention)
        return out


class _Pair:
    """One version (``a``) against another (``b``)."""

    def __init__(self, a: _Read, b: _Read, ignore: frozenset[str], seen: Observations, terms: TermBase) -> None:
        self.a, self.b, self.ignore, self.seen, self.terms = a.version, b.version, ignore, seen, terms
        self.items_a, self.items_b = a.items, b.items
        self.item_keys_a, self.item_keys_b = a.item_keys, b.item_keys
        self.sorted_keys_a, self.sorted_keys_b = a.sorted_keys, b.sorted_keys
        self.keys_a, self.keys_b = a.keys.copy(), b.keys.copy()  # a pair adds the acronyms it pairs
        self.anchors_a, self.anchors_b = a.anchors, b.anchors
        self.openings_a, self.openings_b = a.openings, b.openings
        self.name_words_a, self.name_words_b = a.name_words, b.name_words

    def run(self) -> None:
        beads = align(self.a.segments, self.b.segments, self.anchors_a, self.anchors_b)
        sure = sure_beads(beads)
        paired = [(bead, sure[i]) for i, bead in enumerate(beads) if bead.a and bead.b]
        for bead, _ in paired:
            self._acronyms(bead)
        for bead, is_sure in paired:
            self._compare(bead, is_sure)
        self._cuts([bead.a for bead in beads if not bead.b], self.a, self.b, self.items_a, self.keys_b)
        self._cuts([bead.b for bead in beads if not bead.a], self.b, self.a, self.items_b, self.keys_a)
        odd_openings(self.a, self.b, self.openings_a, self.name_words_b, self.seen)
        odd_openings(self.b, self.a, self.openings_b, self.name_words_a, self.seen)

    def _span(self, version: Version, indexes: tuple[int, ...]) -> Span:
        return version.segments[indexes[0]].start, version.segments[indexes[-1]].end

    def _acronyms(self, bead: Bead) -> None:
        """An acronym with no counterpart on each side of a pair of sentences is one body's two names,
        when they share most of their letters, as a translated acronym does (TCP and PCT, AUC and CUA)."""
        left = [m for i in bead.a for m in self.items_a[i] if is_acronym(m) and key(m) not in self.keys_b]
        right = [m for i in bead.b for m in self.items_b[i] if is_acronym(m) and key(m) not in self.keys_a]
        if len(left) == len(right) and left:
            for x, y in zip(left, right, strict=True):
                shared = sum((Counter(x.text.upper()) & Counter(y.text.upper())).values())
                if shared * 2 >= max(len(x.text), len(y.text)):
                    self.keys_b[key(x)] += 1
                    self.keys_a[key(y)] += 1

    # --- sentences with a counterpart -------------------------------------------------------

    def _compare(self, bead: Bead, sure: bool) -> None:
        span_a, span_b = self._span(self.a, bead.a), self._span(self.b, bead.b)
        items_a = [m for i in bead.a for m in self.items_a[i]]
        observe(self.seen.turns, self.a, items_a, self.b, [m for i in bead.b for m in self.items_b[i]])
        left, right = self._unmatched(bead)
        if not left and not right:  # every fact has its counterpart (most pairs): nothing to pair or judge
            if sure:
                self._consistent(bead, span_a, span_b)
            self._years(bead, sure)
            return
        apart = crossed(bead, self.anchors_a, self.anchors_b)
        if apart:  # values in sentences the bead's own anchors set apart are never paired
            where = {id(m): i for i in bead.a for m in self.items_a[i]} | {
                id(m): j for j in bead.b for m in self.items_b[j]
            }
            self._pair_values(left, right, sure, lambda x, y: (where[id(x)], where[id(y)]) not in apart)
        else:
            self._pair_values(left, right, sure)
        left = self._names(left, self.a, self.b, span_b, sure)
        right = self._names(right, self.b, self.a, span_a, sure)
        if sure:
            self._consistent(bead, span_a, span_b)
        # Names with no counterpart on both sides of one pair of sentences are each other's translation
        # (:func:`.naming.translations`). What is left over stands alone.
        gone = translations(left, self.a, right, self.b)
        left = [m for m in left if id(m) not in gone]
        right = [m for m in right if id(m) not in gone]
        self._alone(self.a, self.b, left, self.keys_b, bead.b[0])
        self._alone(self.b, self.a, right, self.keys_a, bead.a[0])
        self._years(bead, sure)

    def _unmatched(self, bead: Bead) -> tuple[list[Mention], list[Mention]]:
        """What :func:`match` leaves of the two sides' facts. Where each key stands on one side as often
        as on the other, that is nothing, and most pairs of sentences are such: their facts are not
        gathered, nor matched."""
        if len(bead.a) == len(bead.b) == 1:  # one sentence for one: their keys sorted once a version
            same = self.sorted_keys_a[bead.a[0]] == self.sorted_keys_b[bead.b[0]]
        else:
            keys_a, keys_b = self.item_keys_a, self.item_keys_b
            same = sorted(k for i in bead.a for k in keys_a[i]) == sorted(k for i in bead.b for k in keys_b[i])
        if same:
            return [], []
        return match([m for i in bead.a for m in self.items_a[i]], [m for i in bead.b for m in self.items_b[i]])

    def _pair_values(
        self,
        left: list[Mention],
        right: list[Mention],
        sure: bool,
        may: Callable[[Mention, Mention], bool] | None = None,
    ) -> None:
        """Pair what is left on both sides when it is plainly one fact written two ways (and ``may`` pair)."""
        if not left or not right:
            return
        values_left = [m for m in left if m.kind not in NAME_KINDS or m.kind == "term"]
        values_right = [m for m in right if m.kind not in NAME_KINDS or m.kind == "term"]
        if len(values_left) > PAIRS or len(values_right) > PAIRS:
            return  # dozens of values with no counterpart: no single slip to point out
        count = Counter(family_of(m) for m in values_left), Counter(family_of(m) for m in values_right)
        for x, y in [(x, y) for x in values_left for y in values_right if family_of(x) == family_of(y)]:
            if x not in left or y not in right or (may is not None and not may(x, y)):
                continue
            alone = sure and count[0]["number"] == count[1]["number"] == 1
            hint = pairing_hint(x, y, count, sure) or changed_in_words(x, y, alone)
            if hint is None or (not sure and elsewhere(x, self.keys_b) and elsewhere(y, self.keys_a)):
                continue  # not alike, or both values stand elsewhere: these sentences may not be each other's
            self.seen.differ(family_of(x), (self.a, x), (self.b, y), hint, sure)
            left.remove(x)
            right.remove(y)

    def _names(self, items: list[Mention], holder: Version, other: Version, span: Span, sure: bool) -> list[Mention]:
        """The items left once names are judged: a name whose words all stand in the other version is
        there; one a letter or two off words there is misspelt; one made of ordinary words of its
        language is translated, unless it is a title in quotes ("Roar")."""
        out = []
        for x in items:
            if x.kind != "name":
                out.append(x)
                continue
            missing = uncovered(x, holder, other, self.ignore)
            if not missing or self._term_met(x, holder, other) or demonym(x, holder):
                continue
            # Some words there and the rest common words ("Vice-President Ricardo Mourinho Félix" for
            # "Vice-Presidente ... Ricardo Mourinho Félix"), or all of them ordinary words: translated.
            partly = len(missing) < len(uncovered(x, holder, None, self.ignore))
            if (partly and shorter_form(x, holder, other)) or cut_short(x, holder, other):
                continue  # "Teresa Lima" for "Teresa Lima Sousa": the same person; "Berezov" cut off
            words = [w for w, _ in missing]
            if partly:
                plain_words = all(common(w, holder.lang) for w in words) and not names_someone(missing)
            else:  # a person's name is never translated, whatever its words ("Nuno Amado", "Ana Rosa")
                plain_words = ordinary_words(words, holder.lang, other.lang) and not a_person(x, holder)
            plain_words = plain_words and not body_dropped(x, holder, other)  # no ministry there: left out
            plain_words = plain_words or body_met(x, holder, other, span, words)  # a board there: translated
            aliased = bool(x.alias) and x.alias in (self.keys_a if other is self.a else self.keys_b)
            plain = aliased or (plain_words and not quoted(x, holder))
            found: Near | None = None
            part, here = x, sure
            if partly or aliased or not plain:  # the whole name a letter or two off: "Inger Andersen", "nger Andersen"
                shout = is_acronym(x)
                core, written = core_of(x, holder)  # "Inger Andersen" of "Director Inger Andersen"
                found = near_miss(core, other.text, *span, acronym=shout)
                if found is None:
                    found, here = near_miss(core, other.text, 0, len(other.draft.text), acronym=shout), False
                if found and not a_person(x, holder) and translation(written, holder, found[0], other):
                    found = None
                if found and shout and own_acronyms(x, holder, mention_at(other, found[2]), other):
                    found = None  # "(ESD)" and "(EDS)", each spelt out in its version: one term translated
            if found is None and (word := word_near(missing, holder, other, span)):
                found, part = word[0], part_of(x, *word_at(x, word[1]))
            if found:
                text, gap, offset = found
                line = other.draft.text.count("\n", 0, offset) + 1
                column = offset - other.draft.text.rfind("\n", 0, offset)
                twin = mention_at(other, offset) or Mention(line, column, "name", canon_name(text), text)
                hint = f"{gap} letter{'s' if gap > 1 else ''} apart"
                sure_name = here and (len(part.value.split()) > 1 or is_acronym(part))
                self.seen.differ("name", (holder, part), (other, twin), hint, sure_name)
                continue
            if not plain:
                out.append(x)
        return out

    def _term_met(self, mention: Mention, holder: Version, other: Version) -> bool:
        """A name the term base (or the facts file) gives in the other language, written there, or with a
        metal inside it ("Troféu Inovação de Ouro" for the Gold Innovation Trophy)."""
        forms = [form for t in self.terms.matching(holder.lang, mention.text) for form in t.in_lang(other.lang)]
        if any(other.text.has_phrase(form) for form in forms):
            return True
        if not forms:
            return False
        text = unaccented(searchable(other.draft.text))
        return any(metal_inside(unaccented(searchable(form)), text) for form in forms)

    def _consistent(self, bead: Bead, span_a: Span, span_b: Span) -> None:
        """A term of the term base in one sentence, and none of its forms in the matching sentence."""
        for t in self.terms.terms:
            if not t.declared:
                continue
            for holder, other, span, other_span, segment, other_segment in (
                (self.a, self.b, span_a, span_b, bead.a[0], bead.b[0]),
                (self.b, self.a, span_b, span_a, bead.b[0], bead.a[0]),
            ):
                used = [f for f in t.in_lang(holder.lang) if holder.text.has_phrase(f, *span)]
                wanted = t.in_lang(other.lang)
                if used and wanted and not any(other.text.has_phrase(f, *other_span) for f in wanted):
                    self.seen.inconsistent(holder, segment, other, other_segment, t, used[0])
                    break

    def _alone(self, holder: Version, other: Version, left: list[Mention], keys: Counter[str], at: int) -> None:
        for mention in left:
            if weak(mention) or elsewhere(mention, keys) or found_elsewhere(mention, other):
                continue
            if ordinary_acronym(mention, holder.lang):
                continue
            if mention.kind in TABLED and other.lang not in SHIPPED:
                continue  # the tables of bodies and places do not know how the other language names it
            if mention.kind == "body" and " " in mention.text and not written_out(mention.value, other.lang):
                as_name = Mention(mention.line, mention.column, "name", canon_name(mention.text), mention.text)
                if not name_like(as_name, holder, other):
                    continue  # a body the other language may write out in words the table does not know
            self.seen.lack(holder, holder.segment_of(mention), mention, other, at)

    def _years(self, bead: Bead, sure: bool) -> None:
        """A day given with its year in one version and without it in the matching sentence of the
        other: the year is a fact one version leaves out, when these sentences surely match or the
        other version gives the year nowhere."""
        dates_a = [m for i in bead.a for m in self.a.by_segment[i] if m.kind == "date"]
        dates_b = [m for i in bead.b for m in self.b.by_segment[i] if m.kind == "date"]
        for xs, ys, holder, other, keys, at in (
            (dates_a, dates_b, self.a, self.b, self.keys_b, bead.b[0]),
            (dates_b, dates_a, self.b, self.a, self.keys_a, bead.a[0]),
        ):
            for x in xs:
                for y in ys:
                    year = year_left_out(x.value, y.value)
                    if year and (sure or (f"n:{year}" not in keys and not dated(other, year))):
                        # Named by the day as the other version writes it ("6 April"), and where it stands here.
                        lone = Mention(x.line, x.column, "year", year, " ".join(y.text.split()))
                        self.seen.lack(holder, holder.segment_of(x), lone, other, at)
        for x in dates_a:  # one day on two weekdays: "Friday 15 May", "le jeudi 15 mai"
            for y in dates_b:
                day_x, day_y = weekday(x.text, self.a.lang), weekday(y.text, self.b.lang)
                if x.value == y.value and day_x is not None and day_y is not None and day_x != day_y:
                    on_x, on_y = replace(x, value=f"{x.value} ({day_x})"), replace(y, value=f"{y.value} ({day_y})")
                    self.seen.differ("date", (self.a, on_x), (self.b, on_y), "the weekday differs", sure)

    # --- sentences with no counterpart -------------------------------------------------------

    def _cuts(
        self,
        groups: list[tuple[int, ...]],
        version: Version,
        other: Version,
        items: list[list[Mention]],
        keys: Counter[str],
    ) -> None:
        for run in runs(groups):
            facts = [
                m
                for index in run
                for m in items[index]
                if not weak(m)
                and not elsewhere(m, keys)
                and not found_elsewhere(m, other)
                and not translated_part(m, version, other)
            ]
            if facts:
                self.seen.cut(version, run, facts, other)
