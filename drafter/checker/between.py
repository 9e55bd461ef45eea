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
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from ..extract import Mention
from ..extract.canon import canon_name
from ..extract.names import written_out
from ..extract.scan import SENTENCE_START
from ..lang import SHIPPED
from ..lang import words as words_of
from ..lang.frequency import common, ordinary, translated, zipf
from .align import Bead, align
from .differences import Observations, findings
from .findings import Finding
from .keys import NAME_KINDS, SCALE, alternatives, anchors, dates_agree, key, scaled, weak, year_left_out
from .names import Near, Token, limit, misspelt, near_miss
from .nearmiss import distance, similar
from .terms import TermBase
from .version import Version

LEFTOVER_WORDS = frozenset({"TODO", "TBD", "FIXME", "XXX"})
TABLED = frozenset({"body", "place", "nationality"})
"""Kinds known from drafter's own tables, in the languages it ships."""
Span = tuple[int, int]


@dataclass(frozen=True)
class Comparison:
    findings: list[Finding]
    counterparts: dict[tuple[str, Mention], set[str]]
    """For a value paired with a different one in another version: those other values, by the value's
    language and mention. The facts file's check blames the fact they stand for."""


def between(
    versions: Sequence[Version], release: str, ignore_names: frozenset[str], terms: TermBase | None = None
) -> Comparison:
    """Every difference of facts between the versions of a release; ``terms`` are the same in each language."""
    seen = Observations()
    for a, b in itertools.combinations(versions, 2):
        _Pair(a, b, ignore_names, seen, terms or TermBase()).run()
    counterparts: dict[tuple[str, Mention], set[str]] = {}
    for pairs in seen.differs.values():
        for (lang_x, x), (lang_y, y), _, _ in pairs:
            counterparts.setdefault((lang_x, x), set()).add(y.value)
            counterparts.setdefault((lang_y, y), set()).add(x.value)
    return Comparison(findings(seen, versions, release) if len(versions) > 1 else [], counterparts)


def _acronym(m: Mention) -> bool:
    return m.kind == "name" and len(m.text) >= 2 and m.text.replace("&", "").replace("-", "").isupper()


class _Pair:
    """One version (``a``) against another (``b``)."""

    def __init__(self, a: Version, b: Version, ignore: frozenset[str], seen: Observations, terms: TermBase) -> None:
        self.a, self.b, self.ignore, self.seen, self.terms = a, b, ignore, seen, terms
        self.items_a = [self._items(a, i) for i in range(len(a.segments))]
        self.items_b = [self._items(b, i) for i in range(len(b.segments))]
        self.keys_a = _keys(self.items_a)
        self.keys_b = _keys(self.items_b)

    def _items(self, version: Version, index: int) -> list[Mention]:
        out = []
        for mention in version.by_segment[index]:
            if mention.kind == "name" and (mention.value in self.ignore or mention.text in LEFTOVER_WORDS):
                continue
            if mention.kind == "term" and not mention.value.startswith("level:"):
                continue
            out.append(mention)
        return out

    def run(self) -> None:
        anchors_a = [Counter(k for m in held for k in anchors(m)) for held in self.items_a]
        anchors_b = [Counter(k for m in held for k in anchors(m)) for held in self.items_b]
        beads = align(self.a.segments, self.b.segments, anchors_a, anchors_b)
        sure = _sure(beads)
        paired = [(bead, sure[i]) for i, bead in enumerate(beads) if bead.a and bead.b]
        for bead, _ in paired:
            self._acronyms(bead)
        for bead, is_sure in paired:
            self._compare(bead, is_sure)
        self._cuts([bead.a for bead in beads if not bead.b], self.a, self.b, self.items_a, self.keys_b)
        self._cuts([bead.b for bead in beads if not bead.a], self.b, self.a, self.items_b, self.keys_a)
        self._openings(self.a, self.b)
        self._openings(self.b, self.a)

    def _openings(self, holder: Version, other: Version) -> None:
        """A word opening a sentence is no name to extract ("Loures will receive"). But one that is no
        common word and stands nowhere in the other version is a name misspelt when a letter or two off
        a name there ("Lorues"), and a name of its own when rare in its language ("Servimedia")."""
        named = {holder.offset(m) for m in holder.mentions}
        words: dict[str, Mention] = {}
        for m in other.mentions:
            if m.kind in NAME_KINDS:
                for w in _WORDS.findall(m.text):
                    if len(w) >= 5 and w[0].isupper():
                        words.setdefault(canon_name(w), m)
        text = holder.draft.text
        for token in holder.text.tokens:
            if not token.capital or token.start in named or len(token.folded) < 5:
                continue
            if not SENTENCE_START.search(text, max(0, token.start - 40), token.start):
                continue
            written = text[token.start : token.end]
            if other.text.has_word(token.folded) or common(written.lower(), holder.lang):
                continue
            line = text.count("\n", 0, token.start) + 1
            odd = Mention(line, token.start - text.rfind("\n", 0, token.start), "name", token.folded, written)
            twin = self._twin(written, holder, other, words)
            if twin:
                gap = distance(token.folded, twin.value, 2)
                self.seen.differ(
                    "name", (holder, odd), (other, twin), f"{gap} letter{'s' if gap > 1 else ''} apart", False
                )
            elif zipf(written.lower(), holder.lang, "large") < RARE:  # a byline, a credit: "Servimedia"
                self.seen.lack(holder, holder.segment_of(odd), odd, other)

    @staticmethod
    def _twin(written: str, holder: Version, other: Version, words: dict[str, Mention]) -> Mention | None:
        """The word of a name in the other version that ``written`` misspells, if any."""
        folded = canon_name(written)
        for word, mention in words.items():
            gap = distance(folded, word, 2)
            if 0 < gap <= limit(word) and not translated(written.lower(), holder.lang, word, other.lang):
                first = next(w for w in _WORDS.findall(mention.text) if canon_name(w) == word)
                return _part(mention, *_word_at(mention, mention.text.find(first)))
        return None

    def _span(self, version: Version, indexes: tuple[int, ...]) -> Span:
        return version.segments[indexes[0]].start, version.segments[indexes[-1]].end

    def _acronyms(self, bead: Bead) -> None:
        """An acronym with no counterpart on each side of a pair of sentences is one body's two names."""
        left = [m for i in bead.a for m in self.items_a[i] if _acronym(m) and key(m) not in self.keys_b]
        right = [m for i in bead.b for m in self.items_b[i] if _acronym(m) and key(m) not in self.keys_a]
        if len(left) == len(right) and left:
            for x, y in zip(left, right, strict=True):
                self.keys_b[key(x)] += 1
                self.keys_a[key(y)] += 1

    # --- sentences with a counterpart -------------------------------------------------------

    def _compare(self, bead: Bead, sure: bool) -> None:
        span_a, span_b = self._span(self.a, bead.a), self._span(self.b, bead.b)
        left = [m for i in bead.a for m in self.items_a[i]]
        right = [m for i in bead.b for m in self.items_b[i]]
        left, right = _match(left, right)
        self._pair_values(left, right, sure)
        left = self._names(left, self.a, self.b, span_b, sure)
        right = self._names(right, self.b, self.a, span_a, sure)
        if sure:
            self._consistent(bead, span_a, span_b)
        if any(m.kind == "name" for m in left) and any(m.kind == "name" for m in right):
            # Names with no counterpart on both sides of one pair of sentences: each other's translation
            # ("Southern Agri-food Cluster", "Cluster Agroalimentar do Sul").
            left = [m for m in left if m.kind != "name"]
            right = [m for m in right if m.kind != "name"]
        self._alone(self.a, self.b, left, self.keys_b, bead.b[0])
        self._alone(self.b, self.a, right, self.keys_a, bead.a[0])
        self._years(bead, sure)

    def _pair_values(self, left: list[Mention], right: list[Mention], sure: bool) -> None:
        """Pair what is left on both sides when it is plainly one fact written two ways."""
        values_left = [m for m in left if m.kind not in NAME_KINDS or m.kind == "term"]
        values_right = [m for m in right if m.kind not in NAME_KINDS or m.kind == "term"]
        if len(values_left) > _PAIRS or len(values_right) > _PAIRS:
            return  # dozens of values with no counterpart: no single slip to point out
        count = Counter(_family(m) for m in values_left), Counter(_family(m) for m in values_right)
        for x, y in [(x, y) for x in values_left for y in values_right if _family(x) == _family(y)]:
            if x not in left or y not in right:
                continue
            hint = _hint(x, y, count)
            if hint is None or (not sure and _elsewhere(x, self.keys_b) and _elsewhere(y, self.keys_a)):
                continue  # not alike, or both values stand elsewhere: these sentences may not be each other's
            self.seen.differ(_family(x), (self.a, x), (self.b, y), hint, sure)
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
            missing = _uncovered(x, holder, other, self.ignore)
            if not missing or self._term_met(x, holder, other) or _demonym(x, holder):
                continue
            # Some words there and the rest common words ("Vice-President Ricardo Mourinho Félix" for
            # "Vice-Presidente ... Ricardo Mourinho Félix"), or all of them ordinary words: translated.
            partly = len(missing) < len(_uncovered(x, holder, None, self.ignore))
            test = common if partly else (lambda w, lang: ordinary(w, lang, other.lang))
            aliased = bool(x.alias) and x.alias in (self.keys_a if other is self.a else self.keys_b)
            plain = aliased or (all(test(w, holder.lang) for w, _ in missing) and not _quoted(x, holder))
            found: Near | None = None
            part, here = x, sure
            if partly or aliased or not plain:  # the whole name a letter or two off: "Inger Andersen", "nger Andersen"
                shout = _acronym(x)
                core, written = _core(x, holder)  # "Inger Andersen" of "Director Inger Andersen"
                found = near_miss(core, other.text, *span, acronym=shout)
                if found is None:
                    found, here = near_miss(core, other.text, 0, len(other.draft.text), acronym=shout), False
                if found and _translation(written, holder, found[0], other):
                    found = None
            if found is None and (word := _word_near(missing, holder, other, span)):
                found, part = word[0], _part(x, *_word_at(x, word[1]))
            if found:
                text, gap, offset = found
                line = other.draft.text.count("\n", 0, offset) + 1
                column = offset - other.draft.text.rfind("\n", 0, offset)
                twin = _mention_at(other, offset) or Mention(line, column, "name", canon_name(text), text)
                hint = f"{gap} letter{'s' if gap > 1 else ''} apart"
                sure_name = here and (len(part.value.split()) > 1 or _acronym(part))
                self.seen.differ("name", (holder, part), (other, twin), hint, sure_name)
                continue
            if not plain:
                out.append(x)
        return out

    def _term_met(self, mention: Mention, holder: Version, other: Version) -> bool:
        """A name the term base (or the facts file) gives in the other language, written there."""
        return any(
            other.text.has_phrase(form)
            for t in self.terms.matching(holder.lang, mention.text)
            for form in t.in_lang(other.lang)
        )

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
            if weak(mention) or _elsewhere(mention, keys) or _found_elsewhere(mention, other):
                continue
            if mention.kind in TABLED and other.lang not in SHIPPED:
                continue  # the tables of bodies and places do not know how the other language names it
            if mention.kind == "body" and " " in mention.text and not written_out(mention.value, other.lang):
                as_name = Mention(mention.line, mention.column, "name", canon_name(mention.text), mention.text)
                if not _name_like(as_name, holder, other):
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
                    if year and (sure or (f"n:{year}" not in keys and not _dated(other, year))):
                        # Named by the day as the other version writes it ("6 April"), and where it stands here.
                        lone = Mention(x.line, x.column, "year", year, " ".join(y.text.split()))
                        self.seen.lack(holder, holder.segment_of(x), lone, other, at)

    # --- sentences with no counterpart -------------------------------------------------------

    def _cuts(
        self,
        groups: list[tuple[int, ...]],
        version: Version,
        other: Version,
        items: list[list[Mention]],
        keys: Counter[str],
    ) -> None:
        for run in _runs(groups):
            facts = [
                m
                for index in run
                for m in items[index]
                if not weak(m)
                and not _elsewhere(m, keys)
                and not _found_elsewhere(m, other)
                and not _translated_part(m, version, other)
            ]
            if facts:
                self.seen.cut(version, run, facts, other)


def _keys(items: list[list[Mention]]) -> Counter[str]:
    keys = Counter[str]()
    for held in items:
        for m in held:
            keys[key(m)] += 1
            keys.update(alternatives(m))
    return keys


def _elsewhere(mention: Mention, keys: Counter[str]) -> bool:
    return key(mention) in keys or any(k in keys for k in alternatives(mention))


def _found_elsewhere(mention: Mention, other: Version) -> bool:
    """A value the other version holds somewhere in a form that agrees: a date, a scaled number, a name."""
    if mention.kind == "name":
        return _in(mention, other)
    if mention.kind == "date":
        return any(dates_agree(mention.value, m.value) for m in other.dates[:_FUZZY])
    if mention.kind == "year" and mention.value in other.years:
        return True
    if mention.kind in ("number", "amount"):
        pool = other.scaled if not SCALE.search(mention.text) else other.mentions
        return any(scaled(mention, m) for m in pool[:_FUZZY])
    return False


_FUZZY = 500
"""Most values a fact is matched against one by one (a date to dates, a number to scaled numbers):
beyond that, a file is no press release and only exact matches count."""


def _dated(version: Version, year: str) -> bool:
    return year in version.years


def _in(mention: Mention, other: Version) -> bool:
    """A name whose words all stand in the other version: the same name."""
    words = [w.strip(".") for w in _SPLIT.split(mention.value) if len(w.strip(".")) > 1]
    return bool(words) and all(other.text.has_word(w) for w in words)


_SPLIT = re.compile(r"[^\w.]+")
_WORDS = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


def _uncovered(
    mention: Mention, holder: Version, other: Version | None, wording: frozenset[str] = frozenset()
) -> list[tuple[str, int]]:
    """The words of a name (in lower case, accents kept) that stand nowhere in the other version
    (all of them, with no other version), with where each starts in the name."""
    known = words_of(holder.lang)
    small = known.name_links | known.function_words | known.titles | known.roles | wording
    found = []
    for m in _WORDS.finditer(mention.text):
        word = m.group().lower()
        folded = canon_name(word)
        if len(word) > 1 and folded not in small and (other is None or not other.text.has_word(folded)):
            found.append((word, m.start()))
    return found


def _name_like(mention: Mention, holder: Version, other: Version) -> bool:
    """Does a name hold a word of its own (not every missing word an ordinary word)?"""
    missing = _uncovered(mention, holder, other)
    return bool(missing) and not all(ordinary(w, holder.lang, other.lang) for w, _ in missing)


def _core(mention: Mention, holder: Version) -> tuple[str, str]:
    """A name without the roles and titles before it, folded and as written: "inger andersen" and
    "Inger Andersen" of "Director Inger Andersen"."""
    known = words_of(holder.lang)
    leading = known.roles | known.titles | known.function_words
    words, written = mention.value.split(), mention.text.split()
    while len(words) > 1 and len(words) == len(written) and all(part in leading for part in words[0].split("-")):
        words, written = words[1:], written[1:]
    return " ".join(words), " ".join(written)


def _translated_part(mention: Mention, holder: Version, other: Version) -> bool:
    """A name partly in the other version whose other words are ordinary words ("Acerca de Quadrante
    Sistemas" for "About Quadrante Sistemas"): no fact of its own."""
    if mention.kind != "name":
        return False
    missing = _uncovered(mention, holder, other)
    partly = len(missing) < len(_uncovered(mention, holder, None))
    return partly and all(ordinary(w, holder.lang, other.lang) for w, _ in missing)


def _word_near(words: list[tuple[str, int]], holder: Version, other: Version, span: Span) -> tuple[Near, int] | None:
    """A name's missing word a letter or two off a capitalised word of the other version's sentence,
    unless the two are a word and its translation ("Immunization" and "Inmunización", "President"
    and "Presidente"); and where the word starts in the name."""
    for word, start in words:
        found = misspelt(canon_name(word), other.text, *span)
        if found and not translated(word, holder.lang, found[0].lower(), other.lang):
            return found, start
    return None


_QUOTES = ('"', "“", "”", "«", "»", "‘", "’", "'")


def _translation(text: str, holder: Version, found: str, other: Version) -> bool:
    """Do the words in which two names one or two letters apart differ translate each other
    ("Fonds Dag Hammarskjöld" and "Fondo Dag Hammarskjöld")?"""
    mine, theirs = _WORDS.findall(text), _WORDS.findall(found)
    if len(mine) != len(theirs):
        return False
    pairs = [(a.lower(), b.lower()) for a, b in zip(mine, theirs, strict=True) if canon_name(a) != canon_name(b)]
    return bool(pairs) and all(translated(a, holder.lang, b, other.lang) for a, b in pairs)


def _demonym(mention: Mention, holder: Version) -> bool:
    """A single word that reads as a people's or a region's adjective ("Galician", "Andean")."""
    endings = words_of(holder.lang).demonym_endings
    return " " not in mention.text and len(mention.text) >= 5 and mention.text.lower().endswith(endings)


def _quoted(mention: Mention, holder: Version) -> bool:
    """A name in quotes: a title of a song, a film, a report ("Roar"), which stays in a translation."""
    start = holder.offset(mention)
    text = holder.draft.text
    before = text[start - 1 : start] if start else ""
    after = text[start + len(mention.text) : start + len(mention.text) + 1]
    return before in _QUOTES and after in _QUOTES


RARE = 1.5
"""A word opening a sentence, rarer than this in its language's large word list, is taken for a name."""


def written_of(version: Version, token: Token) -> str:
    return version.draft.text[token.start : token.end]


def _mention_at(version: Version, offset: int) -> Mention | None:
    """The version's name (or body, or place) that starts at ``offset``, if any."""
    for mention in version.mentions:
        if mention.kind in NAME_KINDS and version.offset(mention) == offset:
            return mention
    return None


def _word_at(mention: Mention, start: int) -> tuple[int, int]:
    end = start
    while end < len(mention.text) and (mention.text[end].isalpha() or mention.text[end] in "'’"):
        end += 1
    return start, end


def _part(mention: Mention, start: int, end: int) -> Mention:
    """The words [start, end) of a name, as a mention of their own."""
    text = mention.text[start:end]
    return Mention(mention.line, mention.column + start, "name", canon_name(text), text)


def _runs(groups: list[tuple[int, ...]]) -> list[tuple[int, ...]]:
    """Consecutive indexes of one-sided beads, as runs."""
    runs: list[list[int]] = []
    for i in sorted(i for group in groups for i in group):
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    return [tuple(run) for run in runs]


def _sure(beads: list[Bead]) -> list[bool]:
    """A bead is sure when it shares a fact, or is one sentence for one between two that do."""
    out = []
    for i, bead in enumerate(beads):
        before = beads[i - 1].anchored if i else True
        after = beads[i + 1].anchored if i + 1 < len(beads) else True
        out.append(bead.anchored or (len(bead.a) == len(bead.b) == 1 and before and after))
    return out


def _match(left: list[Mention], right: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    """Take out what both sides hold: by key, a second key, a date that agrees, a scaled number."""
    keys_left = {k for x in left for k in (key(x), *alternatives(x))}
    keys_right = {k for y in right for k in (key(y), *alternatives(y))}
    # A value said more often on one side is left over as many times: "2013" in a headline, where
    # the other version's headline says 2012 and its next sentence 2012 again.
    counts_left = Counter(key(x) for x in left)
    counts_right = Counter(key(y) for y in right)
    extra_left = counts_left - counts_right
    extra_right = counts_right - counts_left
    rest_left = [x for x in left if not (_own(x) & keys_right) or _extra(x, extra_left, extra_right)]
    rest_right = [y for y in right if not (_own(y) & keys_left) or _extra(y, extra_right, extra_left)]
    fuzzy_left = [x for x in rest_left if _fuzzy(x)][:_FUZZY]
    fuzzy_right = [y for y in rest_right if _fuzzy(y)][:_FUZZY]
    gone_left = {id(x) for x in fuzzy_left if any(_same(x, y) for y in right if _fuzzy(y))}
    gone_right = {id(y) for y in fuzzy_right if any(_same(x, y) for x in left if _fuzzy(x))}
    return [x for x in rest_left if id(x) not in gone_left], [y for y in rest_right if id(y) not in gone_right]


def _extra(m: Mention, extra: Counter[str], other_extra: Counter[str]) -> bool:
    """One more of a year or number than the other side holds, while the other side holds one more of
    another of that family: the pair may be one value changed. Counted off as it is handed out."""
    k = key(m)
    if m.kind not in ("year", "number", "percent") or not extra[k]:
        return False
    if not any(other.startswith(k.split(":")[0] + ":") for other in +other_extra):
        return False
    extra[k] -= 1
    return True


def _own(m: Mention) -> set[str]:
    """The keys a mention is matched by: a name spelt out is still judged by its words (a misspelling
    in "Caixa Geral de Depósitos (CGD)" is one), its acronym only excusing a translation."""
    return {key(m)} if m.kind == "name" and m.alias else {key(m), *alternatives(m)}


def _fuzzy(m: Mention) -> bool:
    """Matched one by one, not by key: a date (with or without its year), a quantity."""
    return m.kind in ("date", "number", "amount")


_COMPASS = re.compile(r"^(?:north|south|east|west|central|northern|southern|eastern|western)-")


def _same(x: Mention, y: Mention) -> bool:
    if {key(x), *alternatives(x)} & {key(y), *alternatives(y)}:
        return True
    if x.kind == y.kind == "place":  # "North Africa" and "el norte de África"
        return _COMPASS.sub("", x.value) == _COMPASS.sub("", y.value)
    if x.kind == y.kind == "date":
        return dates_agree(x.value, y.value)
    return scaled(x, y)


def _family(m: Mention) -> str:
    return "number" if m.kind in ("number", "year", "ordinal", "amount") else m.kind


def _number(m: Mention) -> str:
    return m.value.split(" ")[-1] if _family(m) == "number" else m.value


_PAIRS = 40
"""Most values left on one side of a pair of sentences that are still paired as slips."""


def _hint(x: Mention, y: Mention, count: tuple[Counter[str], Counter[str]]) -> str | None:
    """Why ``x`` and ``y`` are one fact written differently, or None if they may be two facts."""
    if weak(x) or weak(y):
        return None
    family = _family(x)
    hint = similar(family, _number(x), _number(y))
    if hint:
        return hint
    alone = count[0][family] == count[1][family] == 1
    paired = family in ("number", "percent", "term")
    return "the only ones of their kind in these sentences" if alone and paired else None
