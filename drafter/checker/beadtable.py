"""The aligner's dynamic programme, a row of the table at a time, with numpy.

Filled a cell at a time in Python, the table of two 40-sentence versions costs
some 8,000 bead costs and 60,000 comparisons: about 50 ms, the most of a
check. Here the costs of every bead that can start in the band are worked out
as arrays (anchors shared as a product of incidence matrices, the length term
from :func:`~drafter.checker.align.tail_cost` once per mismatch that occurs),
and each row is filled from the rows above in one step. The result is the
cell-at-a-time programme's, move for move: the same sums in the same order,
and ties broken as it breaks them (the first cheapest in the order the cells
were visited), which the tests compare on random versions.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from .align import ASTRAY, BEADS, RATIO, SHARED, VARIANCE, tail_cost

Floats = npt.NDArray[np.float64]
Ints = npt.NDArray[np.int64]

FROM_ABOVE = ((3, 1), (2, 2), (2, 1), (1, 3), (1, 2), (1, 1), (1, 0))
"""The beads that reach a row from the rows above, in the order the cell-at-a-time programme meets
their starting cells (row by row, left to right): on a tie the first one met stands."""
ALONG = (0, 1)
"""The bead that reaches a cell from the cell on its left, met last."""


class Anchors:
    """How many of each anchor every run of up to three sentences of one version holds."""

    def __init__(self, held: Sequence[Counter[str]], keys: dict[str, int]) -> None:
        n = len(held)
        counts = np.zeros((n + 3, len(keys)))  # two rows of nothing past the end: runs that overrun
        for i, counter in enumerate(held):
            for key, count in counter.items():
                counts[i, keys[key]] = count
        self.counts = [np.zeros((n + 1, len(keys)))]
        for size in range(1, 4):
            self.counts.append(sum((counts[k : k + n + 1] for k in range(size)), np.zeros((n + 1, len(keys)))))
        self.keys = [np.minimum(c, 1.0) for c in self.counts]
        self.anywhere = self.keys[1].max(axis=0) if n else np.zeros(len(keys))


def _shared(a: Floats, b: Floats) -> Floats:
    """Anchors two runs share, each counted as often as both hold it: the sum over copies t of the
    anchors each holds at least t times."""
    top = int(min(a.max(initial=0.0), b.max(initial=0.0)))
    out = np.zeros((a.shape[0], b.shape[0]))
    for t in range(1, top + 1):
        out += (a >= t).astype(np.float64) @ (b >= t).astype(np.float64).T
    return out


def search(
    chars_a: Sequence[int],
    chars_b: Sequence[int],
    anchors_a: Sequence[Counter[str]],
    anchors_b: Sequence[Counter[str]],
    width: int,
) -> list[tuple[int, int]]:
    """The moves of the cheapest path from (0, 0) to the table's far corner, starting beads only
    within ``width`` cells of the diagonal in each row."""
    n, m = len(chars_a), len(chars_b)
    extra = _extras(chars_a, chars_b, anchors_a, anchors_b, width)
    inf = np.inf
    reached = np.empty((n + 1, m + 1))  # each cell's cost, and the move that reached it (kept a row at a time)
    chosen_moves = np.empty((n + 1, m + 1), dtype=np.int64)
    columns = np.arange(m + 1)
    rows = np.arange(n + 1)
    centres = rows * m // max(n, 1)
    in_band = (columns[None, :] >= centres[:, None] - width) & (columns[None, :] <= centres[:, None] + width)
    # A cell is a start of beads only inside the band, once its own cost is known. Both tables have
    # three rows and columns of nothing before them, so that every bead from above is read in one step.
    starts = np.full((n + 4, m + 4), inf)
    kinds = np.arange(len(FROM_ABOVE))[:, None]
    priors = np.array([BEADS[bead] for bead in FROM_ABOVE])[:, None]
    costs = np.full((len(FROM_ABOVE), n + 4, m + 4), inf)
    for k, bead in enumerate(FROM_ABOVE):
        costs[k, 3:, 3:] = extra[bead]
    sources = 3 - np.array([da for da, _ in FROM_ABOVE])[:, None]
    cells = columns[None, :] + 3 - np.array([db for _, db in FROM_ABOVE])[:, None]
    # What each bead from above costs beyond its prior, by the row and cell it reaches: it does not hang
    # on the rows being filled, so it is read for every row at once; and the move along a row outside
    # the band as infinite (what it adds to is finite or infinite: the same sums either way).
    ending = costs[kinds[None], sources[None] + rows[:, None, None], cells[None]]
    along_prior = BEADS[ALONG]
    along = extra[ALONG]
    along_in = np.where(in_band[:, :-1], along[:, :-1], inf)
    flat, stride = starts.ravel(), m + 4  # the cells bead starts are read from, as flat indexes into ``starts``
    read_at = sources * stride + cells
    for row in range(n + 1):
        candidates = flat.take(read_at + row * stride) + priors + ending[row]
        best = candidates.argmin(axis=0)
        here = candidates[best, columns]
        if row == 0:
            here[0] = 0.0
        # The move along the row chains (each cell may start from the one it reached on its left), so
        # it is taken a cell at a time, as the cell-at-a-time programme takes it; but only from the
        # cells it betters on the row as the rows above left it, and along the chain each one starts.
        reach = here[:-1] + along_prior
        reach += along_in[row]
        better = (np.flatnonzero(reach < here[1:]) + 1).tolist()
        if better:
            line, chosen = here.tolist(), best.tolist()
            band, steps = in_band[row].tolist(), along[row].tolist()
            tested = 0
            for first in better:
                col = first
                while tested < col <= m:
                    tested = col
                    if not (band[col - 1] and line[col - 1] != inf):
                        break
                    total = line[col - 1] + along_prior + steps[col - 1]
                    if not total < line[col]:
                        break
                    line[col], chosen[col] = total, len(FROM_ABOVE)
                    col += 1
            here, best = np.array(line), np.array(chosen)
        reached[row], chosen_moves[row] = here, best
        np.copyto(starts[row + 3, 3:], here, where=in_band[row])
    moves = np.where(reached == inf, -1, chosen_moves)
    path: list[tuple[int, int]] = []
    i, j = n, m
    table = (*FROM_ABOVE, ALONG)
    while i or j:
        move = int(moves[i, j])
        assert move >= 0, "the far corner is always reached: the band holds the diagonal"
        da, db = table[move]
        path.append((da, db))
        i, j = i - da, j - db
    path.reverse()
    return path


def _extras(
    chars_a: Sequence[int],
    chars_b: Sequence[int],
    anchors_a: Sequence[Counter[str]],
    anchors_b: Sequence[Counter[str]],
    width: int,
) -> dict[tuple[int, int], Floats]:
    """For each bead, what it costs beyond its prior when it starts at each cell ((n+1) × (m+1); inf
    where it would run past a version's end)."""
    n, m = len(chars_a), len(chars_b)
    names = sorted({k for held in (*anchors_a, *anchors_b) for k in held})
    keys = {k: i for i, k in enumerate(names)}
    runs_a, runs_b = Anchors(anchors_a, keys), Anchors(anchors_b, keys)
    lengths_a, lengths_b = _run_lengths(chars_a), _run_lengths(chars_b)
    rows, columns = np.arange(n + 1)[:, None], np.arange(m + 1)[None, :]
    centres = np.arange(n + 1)[:, None] * m // max(n, 1)
    near = np.abs(columns - centres) <= width  # a bead starts only in the band
    out: dict[tuple[int, int], Floats] = {}
    judged: list[tuple[tuple[int, int], Floats, Floats, npt.NDArray[np.bool_], Ints, Ints]] = []
    for da, db in (*FROM_ABOVE, ALONG):
        fits = (rows + da <= n) & (columns + db <= m)
        ka, kb = runs_a.keys[da], runs_b.keys[db]
        both = ka @ kb.T
        astray = (ka @ runs_b.anywhere)[:, None] - both + (kb @ runs_a.anywhere)[None, :] - both
        if da == 0 or db == 0:
            out[(da, db)] = np.where(fits, ASTRAY * astray, np.inf)
            continue
        shared = _shared(runs_a.counts[da], runs_b.counts[db])
        la = np.broadcast_to(lengths_a[da][:, None], (n + 1, m + 1)).copy()
        lb = np.broadcast_to(lengths_b[db][None, :], (n + 1, m + 1)).copy()
        # A version's last sentence may be cut short: shorter than its one counterpart, it is not judged
        # by its length (as the cell-at-a-time cost says).
        short_a = (rows + da == n) & (la < lb * RATIO) & (db == 1)
        short_b = ~short_a & (columns + db == m) & (lb < la * RATIO) & (da == 1)
        la = np.where(short_a, lb, la)
        lb = np.where(short_b, la, lb)
        wanted = fits & near
        judged.append(((da, db), shared, astray, wanted, la[wanted], lb[wanted]))
    # The length costs of every bead in one go: one look-up in the kept table, one pass over new pairs.
    costs = _length_costs(np.concatenate([j[4] for j in judged]), np.concatenate([j[5] for j in judged]))
    at = 0
    for bead, shared, astray, wanted, la_wanted, _ in judged:
        lengths = np.zeros((n + 1, m + 1))
        lengths[wanted] = costs[at : at + la_wanted.size]
        at += la_wanted.size
        out[bead] = np.where(wanted, lengths - SHARED * shared + ASTRAY * astray, np.inf)
    return {bead: out[bead] for bead in (*FROM_ABOVE, ALONG)}


def _length_costs(la: Ints, lb: Ints) -> Floats:
    """:func:`~drafter.checker.align.length_cost` of each pair of lengths: the mismatch in numpy, its
    cost from :data:`_KNOWN` where a run of this process met the pair before, else once for each
    mismatch that occurs (the same arithmetic as the cell-at-a-time cost, so the same bits)."""
    out = np.empty(la.shape)
    small = (la < KEPT) & (lb < KEPT)
    if small.any():
        table = _known()
        ia, ib = la[small], lb[small]
        found = table[ia, ib]
        new = np.isnan(found)
        if new.any():
            table[ia[new], ib[new]] = _computed(ia[new], ib[new])
            found = table[ia, ib]
        out[small] = found
    if not small.all():
        out[~small] = _computed(la[~small], lb[~small])
    return out


KEPT = 1024
"""Lengths below this have their cost kept for the rest of the process: a release's runs of up to
three sentences run to a few hundred characters, and the same pairs come back release after release."""
_TABLE: list[Floats] = []


def _known() -> Floats:
    """The costs met so far by pair of lengths (NaN where not yet met): 8 MiB, made on first use."""
    if not _TABLE:
        _TABLE.append(np.full((KEPT, KEPT), np.nan))
    return _TABLE[0]


def _computed(la: Ints, lb: Ints) -> Floats:
    mean = (la + lb / RATIO) / 2
    delta = np.abs(lb - la * RATIO) / np.sqrt(np.maximum(mean, 1.0) * VARIANCE)
    deltas, where = np.unique(delta, return_inverse=True)
    costs = np.array([tail_cost(d) for d in deltas.tolist()])
    return costs[where].reshape(delta.shape) if costs.size else np.zeros(delta.shape)


def _run_lengths(chars: Sequence[int]) -> list[Ints]:
    """Characters of the run of 0 to 3 sentences starting at each place (0 past the end)."""
    total = np.concatenate([[0], np.cumsum(np.asarray(chars, dtype=np.int64))])
    n = len(chars)
    out = []
    for size in range(4):
        run = np.zeros(n + 1, dtype=np.int64)
        if n + 1 - size > 0:
            run[: n + 1 - size] = total[size:] - total[: n + 1 - size]
        out.append(run)
    return out
