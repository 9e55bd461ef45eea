"""Which way a change went, between versions: "Reducción del 31 %" in one, "a rise of 31%" in another.

The size of a change is one number whichever way it went, so the versions agree on every value and the
comparison of facts finds nothing. The words beside the size say the way (:mod:`drafter.lang.directions`);
where two aligned sentences give the same size and their words say opposite ways, one is wrong. Where
one version says no way at all ("até 100 %"), nothing is judged.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping

from ..extract import Mention
from ..lang.directions import FALL, RISE
from .findings import Finding
from .keys import key
from .version import Version

SIZES = frozenset({"percent", "number", "amount"})
"""Kinds a change's size is written in: "31 %", "22 points", "EUR 2 million"."""

Turns = dict[str, dict[str, tuple[Mention, str]]]
"""A size's key -> the language of each version that says a way beside it -> its mention and that way."""


def _said(version: Version, mention: Mention) -> str | None:
    start = version.offset(mention)
    return version.ways.at(start, start + len(mention.text))


def observe(turns: Turns, a: Version, left: Iterable[Mention], b: Version, right: Iterable[Mention]) -> None:
    """Note each size two aligned sentences share whose words say opposite ways."""
    sizes = {key(m): m for m in right if m.kind in SIZES}
    for x in left:
        y = sizes.get(key(x)) if x.kind in SIZES else None
        if y is None:
            continue
        way_x, way_y = _said(a, x), _said(b, y)
        if way_x and way_y and way_x != way_y:
            turns[key(x)].setdefault(a.lang, (x, way_x))
            turns[key(x)].setdefault(b.lang, (y, way_y))


def new_turns() -> Turns:
    return defaultdict(dict)


def _side(
    sense: str, langs: list[str], said: Mapping[str, tuple[Mention, str]], by_lang: Mapping[str, Version]
) -> tuple[str, str]:
    """ "a fall of 31 % and 31 %", "es.md and pt.md": one way, its sizes as written and its versions."""
    shown = " and ".join(dict.fromkeys(said[lang][0].text for lang in langs))
    files = " and ".join(by_lang[lang].name for lang in langs)
    return f"{'a rise' if sense == RISE else 'a fall'} of {shown}", files


def findings(turns: Turns, by_lang: Mapping[str, Version], order: list[str], release: str) -> Iterator[Finding]:
    """One error for each size said to go both ways, naming the versions on each side."""
    for size, said in turns.items():
        sides = {RISE: [lang for lang in order if lang in said and said[lang][1] == RISE]}
        sides[FALL] = [lang for lang in order if lang in said and said[lang][1] != RISE]
        few, many = sorted(sides, key=lambda w: (len(sides[w]), w != FALL))
        (odd, odd_files), (usual, usual_files) = (_side(w, sides[w], said, by_lang) for w in (few, many))
        gives = "gives" if len(sides[many]) == 1 else "give"
        message = (
            f"A change goes opposite ways: {odd} in {odd_files}, where {usual_files} {gives} {usual}. "
            "Correct the words that say which way it went."
        )
        locations = tuple(by_lang[lang].where(said[lang][0]) for lang in sides[few] + sides[many])
        yield Finding("mismatch", "error", message, release, locations, ("way", size, *sides[few]))
