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
    return {(family(m.kind), m.value) for held in stated_each(version, texts, read) for m in held}


def stated_each(
    version: Version, texts: Sequence[str], read: Callable[[str], Iterable[Mention]]
) -> list[list[Mention]]:
    """The facts each of ``texts`` states, text by text; ``read`` extracts the facts of a text."""
    draft = version.draft.text
    starts = version.starts  # mentions never overlap: starts and ends both rise
    ends = [start + len(m.text) for start, m in zip(starts, version.mentions, strict=True)]
    found: list[list[Mention]] = [[] for _ in texts]
    apart: list[int] = []
    overlap = any(later < earlier for earlier, later in itertools.pairwise(ends))  # no place to read a text in
    for index, text in enumerate(texts):
        places = _places(draft, text) if len(text) >= IN_PLACE and not overlap else []
        inside = _inside(starts, ends, places)
        if inside is None:
            apart.append(index)
        else:
            found[index] = [version.mentions[i] for i in inside]
    if apart:
        joined = "\n\n".join(texts[i] for i in apart)
        begins = list(itertools.accumulate((len(texts[i]) + 2 for i in apart[:-1]), initial=0))
        lines = [0, *(at + 1 for at, c in enumerate(joined) if c == "\n")]
        for mention in read(joined):
            offset = lines[mention.line - 1] + mention.column - 1
            found[apart[bisect.bisect_right(begins, offset) - 1]].append(mention)
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
