"""Align two versions of a release sentence by sentence, as aligners of parallel text do.

The model is Gale and Church's (1993): a translation keeps the length of what it
translates, so a bead (one sentence for one, two for one, one for none...)
costs what its length mismatch is unlikely to be, plus what its kind is
unlikely to be. To that we add anchors, as Melamed's and Moore's aligners do:
the facts two sentences share (a number, a date, a name, an address, a body
known in both languages) make their pairing cheap, and a fact one sentence
holds whose counterpart stands elsewhere in the other version makes it dear.
Dynamic programming then finds the cheapest path through both versions.

Costs are in nats. A release is a few dozen sentences, so the full table is
small. Versions that pair one for one from both ends but for one stretch cut
differently (most of drafter's own drafts in two languages) have only that
stretch searched, the pairs on either side taken as they stand. Past
:data:`BANDED` cells only a band around the diagonal is filled;
past :data:`FULL_TABLE` (two documents of some two hundred sentences each,
which no press release is) sentences are paired along the diagonal instead:
the check of a huge file stays linear, if rough.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate

from .segments import Segment

# Bead kinds and their prior cost, -log(p), from Gale and Church's counts on parallel text,
# with "0-1" made likelier: a press release's versions are often cut at different points.
BEADS: dict[tuple[int, int], float] = {
    (1, 1): -math.log(0.86),
    (1, 0): -math.log(0.02),
    (0, 1): -math.log(0.02),
    (2, 1): -math.log(0.045),
    (1, 2): -math.log(0.045),
    (2, 2): -math.log(0.01),
    (3, 1): -math.log(0.004),
    (1, 3): -math.log(0.004),
}
RATIO = 1.0
"""Characters of one language for one of another: pt, es, en and fr run within a few per cent."""
VARIANCE = 6.8
"""Gale and Church's variance of that ratio, per character."""
SHARED = 4.0
"""What one anchor both sides of a bead hold takes off its cost."""
ASTRAY = 2.5
"""What an anchor costs when its counterpart stands outside the bead, somewhere in the other version."""
FULL_TABLE = 40_000
BANDED = 400
"""Past this many cells, only a band around the diagonal is filled, as wide as the versions' difference
in sentences and :data:`BAND` more: translations keep their order."""
BAND = 12


@dataclass(frozen=True)
class Bead:
    """Sentences of one version (``a``) and their counterparts in the other (``b``); either may be empty."""

    a: tuple[int, ...]
    b: tuple[int, ...]
    shared: int
    """Anchors both sides hold."""
    cost: float

    @property
    def anchored(self) -> bool:
        return self.shared > 0


LENGTHS_KEPT = 1 << 15
"""Pairs of lengths whose cost is kept: about 170 bytes each, 6 MiB at most. Kept without a bound, an
archive's new pairs (34,000 in 400 releases, a third of the pairs asked for) grew the memory without end."""


@lru_cache(maxsize=LENGTHS_KEPT)
def _length_cost(la: int, lb: int) -> float:
    """-log of the chance that a translation of ``la`` characters runs to ``lb`` (two-tailed)."""
    mean = (la + lb / RATIO) / 2
    return tail_cost(abs(lb - la * RATIO) / math.sqrt(max(mean, 1.0) * VARIANCE))


@lru_cache(maxsize=LENGTHS_KEPT)
def tail_cost(delta: float) -> float:
    """-log of the chance of a length mismatch of ``delta`` standard deviations or more."""
    if delta < 8:
        return -math.log(math.erfc(delta / math.sqrt(2)))
    # Past that the tail underflows; its logarithm is delta²/2 + log(delta·√(π/2)), to within 2 %.
    return delta * delta / 2 + math.log(delta * math.sqrt(math.pi / 2))


def align(
    a: Sequence[Segment],
    b: Sequence[Segment],
    anchors_a: Sequence[Counter[str]],
    anchors_b: Sequence[Counter[str]],
) -> list[Bead]:
    """The cheapest sequence of beads through ``a`` and ``b``; ``anchors_*`` are each segment's facts,
    as keys that are equal across languages for the same fact."""
    n, m = len(a), len(b)
    if (n + 1) * (m + 1) > FULL_TABLE:
        return _diagonal(n, m)
    table = _Costs(a, b, anchors_a, anchors_b)
    if n == m and (same := _same_structure(table, n)) is not None:
        return same
    width = abs(n - m) + BAND if (n + 1) * (m + 1) > BANDED else m + 1
    if (n + 1) * (m + 1) > BANDED:
        moves = _cut(table)
        if moves is None:
            from .beadtable import search  # numpy: loaded only when a table is worth it

            moves = search(table.chars_a, table.chars_b, anchors_a, anchors_b, width)
    else:
        moves = _search(table, width)
    beads: list[Bead] = []
    i = j = 0
    for da, db in moves:
        extra, shared = table.cost(i, i + da, j, j + db)
        beads.append(Bead(tuple(range(i, i + da)), tuple(range(j, j + db)), shared, BEADS[(da, db)] + extra))
        i, j = i + da, j + db
    return beads


def _search(table: _Costs, width: int, first: int = 0, size: tuple[int, int] | None = None) -> list[tuple[int, int]]:
    """Gale and Church's dynamic programme, a cell at a time: the moves of the cheapest path through
    a small table (:mod:`drafter.checker.beadtable` fills large ones a row at a time, move for move
    the same); or through its window of ``size`` rows and columns from cell ``(first, first)``, at the
    costs of the whole (an anchor is astray, and a last sentence the last, as in the whole versions)."""
    n, m = size or (table.n, table.m)
    inf = math.inf
    cost_of = table.cost
    beads = [(da, db, prior) for (da, db), prior in BEADS.items()]
    cost = [[inf] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, int] | None]] = [[None] * (m + 1) for _ in range(n + 1)]
    cost[0][0] = 0.0
    for i in range(n + 1):
        row = cost[i]
        centre = i * m // max(n, 1)
        for j in range(max(0, centre - width), min(m, centre + width) + 1):
            here = row[j]
            if here == inf:
                continue
            for da, db, prior in beads:
                ni, nj = i + da, j + db
                if ni > n or nj > m:
                    continue
                total = here + prior + cost_of(i + first, ni + first, j + first, nj + first)[0]
                if total < cost[ni][nj]:
                    cost[ni][nj] = total
                    back[ni][nj] = (da, db)
    moves: list[tuple[int, int]] = []
    i, j = n, m
    while i or j:
        move = back[i][j]
        assert move is not None
        moves.append(move)
        i, j = i - move[0], j - move[1]
    moves.reverse()
    return moves


STEADY = 3.0
"""Most a pair of sentences at the same place may cost for versions of one structure to be taken
sentence for sentence, with no search."""


def _same_structure(table: _Costs, n: int) -> list[Bead] | None:
    """Versions with as many sentences, each pair at the same place alike in length and sharing what
    facts they hold (drafter's own drafts, a faithful translation): one for one, in linear time."""
    beads = []
    for i in range(n):
        extra, shared = table.cost(i, i + 1, i, i + 1)
        if extra > STEADY:
            return None
        beads.append(Bead((i,), (i,), shared, BEADS[(1, 1)] + extra))
    return beads


MARGIN = 3
"""Sentences paired one for one that are searched again on either side of where versions are cut
differently: a bead of up to three sentences may start or end among them."""


def _cut(table: _Costs) -> list[tuple[int, int]] | None:
    """The moves of versions that pair one for one (as :func:`_same_structure` judges pairs) but for one
    stretch, where they are cut differently: the opening and closing pairs taken as they stand, and
    only the stretch between them, with :data:`MARGIN` pairs more on each side, searched; ``None`` when
    that stretch is as large as a table worth filling with numpy, or when the pairs read from the start
    and those read from the end overlap (one run paired sentences across a cut).

    Not exact by construction, as the band is not: a path leaving the stretch, or a near tie summed
    from another start, could differ. It gave the whole table's path on every pair of a check of 400
    releases and on 6,000 random versions one cut apart (``tests/test_align.py``), and the real
    corpus's score is unchanged."""
    n, m = table.n, table.m
    both = min(n, m)
    opening = 0
    while opening < both and table.cost(opening, opening + 1, opening, opening + 1)[0] <= STEADY:
        opening += 1
    closing = 0
    while closing < both and table.cost(n - 1 - closing, n - closing, m - 1 - closing, m - closing)[0] <= STEADY:
        closing += 1
    if opening + closing > both:  # the two runs overlap: one of them paired across a cut, not sure
        return None
    before, after = max(0, opening - MARGIN), max(0, closing - MARGIN)
    rows, columns = n - before - after, m - before - after
    if (rows + 1) * (columns + 1) > BANDED:
        return None
    moves = _search(table, columns + 1, before, (rows, columns))
    return [(1, 1)] * before + moves + [(1, 1)] * after


def _diagonal(n: int, m: int) -> list[Bead]:
    """Each sentence of the shorter version with the one at the same relative place in the longer."""
    if n <= m:
        pairs = {round(i * m / n) if n else 0: i for i in range(n)}
        return [Bead((pairs[j],) if j in pairs else (), (j,), 0, 0.0) for j in range(m)]
    pairs = {round(j * n / m) if m else 0: j for j in range(m)}
    return [Bead((i,), (pairs[i],) if i in pairs else (), 0, 0.0) for i in range(n)]


class _Costs:
    """What pairing a[i0:i1] with b[j0:j1] costs beyond the bead's prior, and the anchors they share;
    the anchors and lengths of each run of up to three sentences worked out once."""

    def __init__(
        self,
        a: Sequence[Segment],
        b: Sequence[Segment],
        anchors_a: Sequence[Counter[str]],
        anchors_b: Sequence[Counter[str]],
    ) -> None:
        self.n, self.m = len(a), len(b)
        self.chars_a, self.chars_b = [s.chars for s in a], [s.chars for s in b]
        self.upto_a, self.upto_b = [0, *accumulate(self.chars_a)], [0, *accumulate(self.chars_b)]
        """The characters of the sentences before each: a run's length by one subtraction."""
        self.anchors_a, self.anchors_b = anchors_a, anchors_b
        self.in_a: set[str] = {k for held in anchors_a for k in held}
        self.in_b: set[str] = {k for held in anchors_b for k in held}
        self.runs_a: dict[tuple[int, int], dict[str, int]] = {}
        self.runs_b: dict[tuple[int, int], dict[str, int]] = {}
        self._costs: dict[tuple[int, int, int, int], tuple[float, int]] = {}

    @staticmethod
    def _run(
        cache: dict[tuple[int, int], dict[str, int]], anchors: Sequence[Counter[str]], i0: int, i1: int
    ) -> dict[str, int]:
        found = cache.get((i0, i1))
        if found is None:
            found = {}
            for k in range(i0, i1):
                for key, count in anchors[k].items():
                    found[key] = found.get(key, 0) + count
            cache[(i0, i1)] = found
        return found

    def cost(self, i0: int, i1: int, j0: int, j1: int) -> tuple[float, int]:
        """The bead's cost beyond its prior, and its shared anchors; kept, as the search, the cut and the
        beads made from the path ask for the same pairs."""
        place = (i0, i1, j0, j1)
        found = self._costs.get(place)
        if found is None:
            found = self._costs[place] = self._cost(i0, i1, j0, j1)
        return found

    def _cost(self, i0: int, i1: int, j0: int, j1: int) -> tuple[float, int]:
        # A sentence's own anchors as they are; a run's summed once (a Counter reads as the dict would).
        held_a = self.anchors_a[i0] if i1 - i0 == 1 else self._run(self.runs_a, self.anchors_a, i0, i1)
        held_b = self.anchors_b[j0] if j1 - j0 == 1 else self._run(self.runs_b, self.anchors_b, j0, j1)
        shared = 0
        if held_a and held_b:
            small, large = (held_a, held_b) if len(held_a) <= len(held_b) else (held_b, held_a)
            shared = sum(min(count, large[key]) for key, count in small.items() if key in large)
        astray = 0  # anchors one side holds and the other holds elsewhere, counted by set operations in C
        if held_a:
            astray = len((held_a.keys() - held_b.keys()) & self.in_b)
        if held_b:
            astray += len((held_b.keys() - held_a.keys()) & self.in_a)
        if i0 == i1 or j0 == j1:  # a skip: dear when what it holds is found in the other version
            return ASTRAY * astray, 0
        la = self.upto_a[i1] - self.upto_a[i0]
        lb = self.upto_b[j1] - self.upto_b[j0]
        # A version's last sentence may be cut short (a stored copy, a paste that stopped): shorter than
        # its one counterpart, it is not judged by its length.
        if i1 == self.n and la < lb * RATIO and j1 - j0 == 1:
            la = lb
        elif j1 == self.m and lb < la * RATIO and i1 - i0 == 1:
            lb = la
        return _length_cost(la, lb) - SHARED * shared + ASTRAY * astray, shared


def crossed(
    bead: Bead, anchors_a: Sequence[Counter[str]], anchors_b: Sequence[Counter[str]]
) -> frozenset[tuple[int, int]]:
    """The sentences of a bead that cannot be each other's: those on opposite sides of a pair the bead
    joins by an anchor only they hold ("Escolano" in the signing sentence on each side). When the signing
    comes first on one side and last on the other, the sentence before it on one side and the one after
    it on the other were never one sentence, and a sum in each is two sums (a further EUR 350m and the
    50 millones set aside for Portugal), not one changed. Anchors that cross each other say nothing."""
    if len(bead.a) < 2 and len(bead.b) < 2:
        return frozenset()
    links = set()
    for anchor in {k for i in bead.a for k in anchors_a[i]} & {k for j in bead.b for k in anchors_b[j]}:
        here = [i for i in bead.a if anchor in anchors_a[i]]
        there = [j for j in bead.b if anchor in anchors_b[j]]
        if len(here) == len(there) == 1:
            links.add((here[0], there[0]))
    if any((i - k) * (j - m) < 0 for i, j in links for k, m in links):
        return frozenset()  # the anchors disagree on the order: no sentence's counterpart is known
    return frozenset((i, j) for i in bead.a for j in bead.b if any((i - k) * (j - m) < 0 for k, m in links))
