"""What two sentences of two versions hold in common: facts matched by key, by a date that agrees, by a
scaled number; and the values left on both sides that are one fact written two ways."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from ..extract import Mention
from ..extract.areas import same_area
from ..extract.canon import canon_name
from ..extract.names import forms_of
from ..lang import words
from .adjectives import adjective_of
from .align import Bead
from .keys import SCALE, alternatives, dates_agree, key, scaled, weak
from .naming import SPLIT
from .nearmiss import similar
from .version import Version


def keys_of(items: list[list[Mention]]) -> Counter[str]:
    keys = Counter[str]()
    for held in items:
        for m in held:
            keys[key(m)] += 1
            keys.update(alternatives(m))
    return keys


def elsewhere(mention: Mention, keys: Counter[str]) -> bool:
    return key(mention) in keys or any(k in keys for k in alternatives(mention))


def found_elsewhere(mention: Mention, other: Version) -> bool:
    """A value the other version holds somewhere in a form that agrees: a date, a scaled number, a name."""
    if mention.kind == "name":
        return held_in(mention, other)
    if mention.kind == "term":  # "Gold" where the other keeps "the Gold Seal of Approval" in English
        return other.text.has_phrase(canon_name(mention.text))
    if mention.kind == "date":
        return any(dates_agree(mention.value, m.value) for m in other.dates[:FUZZY])
    if mention.kind == "year" and mention.value in other.years:
        return True
    if mention.kind == "body":  # "ONU" where the other writes "UN High Commissioner for Refugees"
        return any(written(form, other) for form in forms_of(mention.value, other.lang))
    if mention.kind == "place":  # "in the Alentejo" where the other writes "alentejana"
        return adjective_of(mention, other)
    if mention.kind in ("number", "amount"):
        pool = other.scaled if not SCALE.search(mention.text) else other.mentions
        return any(scaled(mention, m) for m in pool[:FUZZY])
    if mention.kind == "ordinal" and mention.value.isdigit():  # "fourth" where the other writes "cuarta"
        return any(other.text.has_word(word) for word in ordinal_words(other.lang).get(int(mention.value), ()))
    return False


@cache
def ordinal_words(lang: str) -> dict[int, tuple[str, ...]]:
    """Each ordinal's words in ``lang``, as a scan folds them, those read as ordinals only before an
    edition word included ("la cuarta aportación"): a word there is the ordinal written."""
    out: dict[int, list[str]] = {}
    for word, value in words(lang).ordinals.items():
        out.setdefault(value, []).append(word)
    return {value: tuple(found) for value, found in out.items()}


FUZZY = 500
"""Most values a fact is matched against one by one (a date to dates, a number to scaled numbers):
beyond that, a file is no press release and only exact matches count."""


def written(form: str, version: Version) -> bool:
    """Does ``version`` write ``form``: an acronym as written, a name in any case and accents?"""
    if form.replace("&", "").replace("-", "").isupper():
        return re.search(rf"(?<![\w-]){re.escape(form)}(?![\w-])", version.draft.text) is not None
    return version.text.has_phrase(canon_name(form))


def dated(version: Version, year: str) -> bool:
    return year in version.years


def held_in(mention: Mention, other: Version) -> bool:
    """A name whose words all stand in the other version: the same name."""
    words = [w.strip(".") for w in SPLIT.split(mention.value) if len(w.strip(".")) > 1]
    return bool(words) and all(other.text.has_word(w) for w in words)


def runs(groups: list[tuple[int, ...]]) -> list[tuple[int, ...]]:
    """Consecutive indexes of one-sided beads, as runs."""
    runs: list[list[int]] = []
    for i in sorted(i for group in groups for i in group):
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    return [tuple(run) for run in runs]


def sure_beads(beads: list[Bead]) -> list[bool]:
    """A bead is sure when it shares a fact, or is one sentence for one between two that do."""
    out = []
    for i, bead in enumerate(beads):
        before = beads[i - 1].anchored if i else True
        after = beads[i + 1].anchored if i + 1 < len(beads) else True
        out.append(bead.anchored or (len(bead.a) == len(bead.b) == 1 and before and after))
    return out


def match(left: list[Mention], right: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    """Take out what both sides hold: by key, a second key, a date that agrees, a scaled number."""
    keys_left = {k for x in left for k in (key(x), *alternatives(x))}
    keys_right = {k for y in right for k in (key(y), *alternatives(y))}
    # A value said more often on one side is left over as many times: "2013" in a headline, where
    # the other version's headline says 2012 and its next sentence 2012 again.
    counts_left = Counter(key(x) for x in left)
    counts_right = Counter(key(y) for y in right)
    extra_left = counts_left - counts_right
    extra_right = counts_right - counts_left
    rest_left = [x for x in left if not (own_keys(x) & keys_right) or extra_of(x, extra_left, extra_right)]
    rest_right = [y for y in right if not (own_keys(y) & keys_left) or extra_of(y, extra_right, extra_left)]
    fuzzy_left = [x for x in rest_left if fuzzy(x)][:FUZZY]
    fuzzy_right = [y for y in rest_right if fuzzy(y)][:FUZZY]
    gone_left = {id(x) for x in fuzzy_left if any(same(x, y) for y in right if fuzzy(y))}
    gone_right = {id(y) for y in fuzzy_right if any(same(x, y) for x in left if fuzzy(x))}
    return [x for x in rest_left if id(x) not in gone_left], [y for y in rest_right if id(y) not in gone_right]


def extra_of(m: Mention, extra: Counter[str], other_extra: Counter[str]) -> bool:
    """One more of a year or number than the other side holds, while the other side holds one more of
    another of that family: the pair may be one value changed. Counted off as it is handed out."""
    k = key(m)
    if m.kind not in ("year", "number", "percent") or not extra[k]:
        return False
    if not any(other.startswith(k.split(":")[0] + ":") for other in +other_extra):
        return False
    extra[k] -= 1
    return True


def own_keys(m: Mention) -> set[str]:
    """The keys a mention is matched by: a name spelt out is still judged by its words (a misspelling
    in "Caixa Geral de Depósitos (CGD)" is one), its acronym only excusing a translation."""
    return {key(m)} if m.kind == "name" and m.alias else {key(m), *alternatives(m)}


def fuzzy(m: Mention) -> bool:
    """Matched one by one, not by key: a date (with or without its year), a quantity."""
    return m.kind in ("date", "number", "amount")


COMPASS = re.compile(r"^(?:north|south|east|west|central|northern|southern|eastern|western)-")


def same(x: Mention, y: Mention) -> bool:
    if {key(x), *alternatives(x)} & {key(y), *alternatives(y)}:
        return True
    if x.kind == y.kind == "place":  # "North Africa" and "el norte de África"
        return COMPASS.sub("", x.value) == COMPASS.sub("", y.value)
    if x.kind == y.kind == "date":
        return dates_agree(x.value, y.value)
    if same_area(x.alias, y.alias):  # 12 000 hectares and 120 km²
        return True
    return scaled(x, y)


def family_of(m: Mention) -> str:
    return "number" if m.kind in ("number", "year", "ordinal", "amount") else m.kind


def number_of(m: Mention) -> str:
    return m.value.split(" ")[-1] if family_of(m) == "number" else m.value


PAIRS = 40
"""Most values left on one side of a pair of sentences that are still paired as slips."""


ORDINAL_AND_COUNT = frozenset({"ordinal", "number"})
"""An ordinal and a count that differ are never one fact mistyped: a slip changes digits, not the form
("11.º ano" and "Year 12" are one school year, said by each country's count; "7.º" and "18" two ends of
two ranges). Each is left to stand alone, where the facts file's texts may explain it."""


def pairing_hint(x: Mention, y: Mention, count: tuple[Counter[str], Counter[str]], sure: bool = False) -> str | None:
    """Why ``x`` and ``y`` are one fact written differently, or None if they may be two facts. A date
    alone on each side of sentences that surely match is one date changed, however far apart ("1 January
    2000" and "20 November 2012"): the one it replaced may still stand elsewhere in that version."""
    if weak(x) or weak(y) or {x.kind, y.kind} == ORDINAL_AND_COUNT:
        return None
    family = family_of(x)
    if x.alias.startswith("area:") and y.alias.startswith("area:"):  # both areas, and not one converted
        return "not the same area once converted"
    hint = similar(family, number_of(x), number_of(y), (x.text, y.text))
    if hint:
        return hint
    alone = count[0][family] == count[1][family] == 1
    paired = family in ("number", "percent", "term") or (family == "date" and sure)
    return "the only ones of their kind in these sentences" if alone and paired else None
