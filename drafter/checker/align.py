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
small; past :data:`FULL_TABLE` cells only a band around the diagonal is filled.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

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
FULL_TABLE = 250_000
BAND = 120


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


def _length_cost(la: int, lb: int) -> float:
    """-log of the chance that a translation of ``la`` characters runs to ``lb`` (two-tailed)."""
    if la == 0 and lb == 0:
        return 0.0
    mean = (la + lb / RATIO) / 2
    delta = abs(lb - la * RATIO) / math.sqrt(max(mean, 1.0) * VARIANCE)
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
    in_b = Counter[str]()
    for held in anchors_b:
        in_b.update(held)
    in_a = Counter[str]()
    for held in anchors_a:
        in_a.update(held)
    banded = (n + 1) * (m + 1) > FULL_TABLE
    inf = math.inf
    cost = [[inf] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, int] | None]] = [[None] * (m + 1) for _ in range(n + 1)]
    cost[0][0] = 0.0
    for i in range(n + 1):
        centre = i * m // max(n, 1)
        low, high = (max(0, centre - BAND), min(m, centre + BAND)) if banded else (0, m)
        for j in range(low, high + 1):
            here = cost[i][j]
            if here == inf:
                continue
            for (da, db), prior in BEADS.items():
                ni, nj = i + da, j + db
                if ni > n or nj > m:
                    continue
                step = prior + _bead_cost(a, b, anchors_a, anchors_b, in_a, in_b, i, ni, j, nj)[0]
                if here + step < cost[ni][nj]:
                    cost[ni][nj] = here + step
                    back[ni][nj] = (da, db)
    beads: list[Bead] = []
    i, j = n, m
    while i or j:
        move = back[i][j]
        if move is None:  # outside the band: close with skips
            move = (1, 0) if i else (0, 1)
        da, db = move
        extra, shared = _bead_cost(a, b, anchors_a, anchors_b, in_a, in_b, i - da, i, j - db, j)
        beads.append(Bead(tuple(range(i - da, i)), tuple(range(j - db, j)), shared, BEADS[move] + extra))
        i, j = i - da, j - db
    beads.reverse()
    return beads


def _bead_cost(
    a: Sequence[Segment],
    b: Sequence[Segment],
    anchors_a: Sequence[Counter[str]],
    anchors_b: Sequence[Counter[str]],
    in_a: Counter[str],
    in_b: Counter[str],
    i0: int,
    i1: int,
    j0: int,
    j1: int,
) -> tuple[float, int]:
    """The cost of pairing a[i0:i1] with b[j0:j1] beyond the bead's prior, and the anchors they share."""
    held_a = Counter[str]()
    for k in range(i0, i1):
        held_a.update(anchors_a[k])
    held_b = Counter[str]()
    for k in range(j0, j1):
        held_b.update(anchors_b[k])
    shared = sum((held_a & held_b).values())
    astray = sum(1 for key in held_a if key in in_b and key not in held_b)
    astray += sum(1 for key in held_b if key in in_a and key not in held_a)
    if i0 == i1 or j0 == j1:  # a skip: dear when what it holds is found in the other version
        return ASTRAY * astray, 0
    la = sum(a[k].chars for k in range(i0, i1))
    lb = sum(b[k].chars for k in range(j0, j1))
    # A version's last sentence may be cut short (a stored copy, a paste that stopped): shorter than
    # its counterpart, it is not judged by its length.
    if i1 == len(a) and la < lb * RATIO:
        la = lb
    elif j1 == len(b) and lb < la * RATIO:
        lb = la
    return _length_cost(la, lb) - SHARED * shared + ASTRAY * astray, shared
