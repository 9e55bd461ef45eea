"""What a facts file's own texts state (its quotes, its "about" paragraph, its links' descriptions), in
the language of one version.

Their values are facts too: a number in a quote is no stray number. A draft
copies most of these texts word for word, so reading them again on their own
would read most of the draft twice (they run to some 80 % of it). A text the
draft holds whole, between word boundaries, with no fact found across its
edges, is read where it stands, from the draft's own mentions; the rest (short
codes, texts the draft reworded or left out) are read on their own, together.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Callable, Iterable, Sequence

from ..extract import Mention
from .expect import family
from .version import Version

IN_PLACE = 12
"""Shortest text looked for in the draft: a shorter one ("FR", "gold") may stand inside a word."""


def stated(version: Version, texts: Sequence[str], read: Callable[[str], Iterable[Mention]]) -> set[tuple[str, str]]:
    """The family and value of each fact ``texts`` state; ``read`` extracts the facts of a text."""
    draft = version.draft.text
    starts = version.starts  # mentions never overlap: starts and ends both rise
    ends = [start + len(m.text) for start, m in zip(starts, version.mentions, strict=True)]
    found: set[tuple[str, str]] = set()
    apart: list[str] = []
    if any(later < earlier for earlier, later in itertools.pairwise(ends)):
        texts, apart = [], list(texts)  # mentions that overlap: no place to read a text in
    for text in texts:
        places = _places(draft, text) if len(text) >= IN_PLACE else []
        inside = _inside(starts, ends, places)
        if inside is None:
            apart.append(text)
        else:
            found.update((family(version.mentions[i].kind), version.mentions[i].value) for i in inside)
    if apart:
        found |= {(family(m.kind), m.value) for m in read("\n\n".join(apart))}
    return found


def _inside(starts: Sequence[int], ends: Sequence[int], places: list[tuple[int, int]]) -> list[int] | None:
    """The mentions within ``places``; None if there are no places, or a mention runs across an edge."""
    if not places:
        return None
    inside: list[int] = []
    for a, b in places:
        first, last = bisect.bisect_right(ends, a), bisect.bisect_left(starts, b)
        if (first < len(starts) and starts[first] < a) or (last and ends[last - 1] > b):
            return None
        inside.extend(range(first, last))
    return inside


def _places(draft: str, text: str) -> list[tuple[int, int]]:
    """Where ``text`` stands whole in ``draft``: not part of a longer word on either side."""
    out = []
    at = draft.find(text)
    while at >= 0:
        end = at + len(text)
        if not (at and (draft[at - 1].isalnum() and text[0].isalnum())) and not (
            end < len(draft) and draft[end].isalnum() and text[-1].isalnum()
        ):
            out.append((at, end))
        at = draft.find(text, at + 1)
    return out
