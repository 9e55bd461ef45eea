"""The sentence aligner: the table filled a row at a time with numpy gives, move for move, the path the
cell-at-a-time programme gives, ties included."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from drafter.checker.align import BAND, _Costs, _cut, _search, align
from drafter.checker.beadtable import search
from drafter.checker.segments import Segment

Case = tuple[list[int], list[int], list[Counter[str]], list[Counter[str]]]


def _segments(lengths: Sequence[int]) -> list[Segment]:
    out, at = [], 0
    for i, chars in enumerate(lengths):
        out.append(Segment(i, at, at + chars, i + 1, i + 1, i, False, max(1, chars // 6), chars))
        at += chars + 1
    return out


def _anchors(draw: st.DrawFn, n: int) -> list[Counter[str]]:
    """Each sentence's facts: often none, some shared by several sentences, some held twice."""
    keys = st.sampled_from([f"n:{k}" for k in range(8)])
    return [Counter(draw(st.lists(keys, max_size=3))) for _ in range(n)]


@st.composite
def _versions(draw: st.DrawFn) -> Case:
    """A version and another: its translation (lengths a few per cent apart) with sentences split,
    merged, dropped or added, or an unrelated text; lengths drawn from few values, so ties are common."""
    n = draw(st.integers(1, 30))
    lengths = draw(st.lists(st.sampled_from([20, 40, 60, 80, 120, 200, 300]), min_size=n, max_size=n))
    anchors = _anchors(draw, n)
    if draw(st.booleans()):
        m = draw(st.integers(0, 30))
        return lengths, draw(st.lists(st.integers(1, 400), min_size=m, max_size=m)), anchors, _anchors(draw, m)
    other = [max(1, round(x * draw(st.sampled_from([0.9, 1.0, 1.0, 1.1])))) for x in lengths]
    other_anchors = [Counter(c) for c in anchors]
    for _ in range(draw(st.integers(0, 4))):
        at = draw(st.integers(0, max(0, len(other) - 2)))
        change = draw(st.sampled_from(["split", "merge", "drop", "add"]))
        if change == "split" and other:
            half = other[at] // 2
            other[at : at + 1] = [max(1, half), max(1, other[at] - half)]
            other_anchors[at : at + 1] = [other_anchors[at], Counter()]
        elif change == "merge" and len(other) > 1:
            other[at : at + 2] = [other[at] + other[at + 1]]
            other_anchors[at : at + 2] = [other_anchors[at] + other_anchors[at + 1]]
        elif change == "drop" and other:
            del other[at], other_anchors[at]
        elif change == "add":
            other.insert(at, draw(st.integers(1, 300)))
            other_anchors.insert(at, Counter())
    return lengths, other, anchors, other_anchors


@settings(max_examples=60, deadline=None)
@given(_versions())
def test_the_table_filled_by_rows_takes_the_moves_filled_by_cells(case: Case) -> None:
    lengths_a, lengths_b, anchors_a, anchors_b = case
    a, b = _segments(lengths_a), _segments(lengths_b)
    n, m = len(a), len(b)
    for width in (abs(n - m) + BAND, m + 1, abs(n - m) + 2):
        by_cells = _search(_Costs(a, b, anchors_a, anchors_b), width)
        assert search(lengths_a, lengths_b, anchors_a, anchors_b, width) == by_cells


@settings(max_examples=40, deadline=None)
@given(_versions())
def test_every_sentence_is_in_one_bead_in_order(case: Case) -> None:
    lengths_a, lengths_b, anchors_a, anchors_b = case
    beads = align(_segments(lengths_a), _segments(lengths_b), anchors_a, anchors_b)
    assert [i for bead in beads for i in bead.a] == list(range(len(lengths_a)))
    assert [j for bead in beads for j in bead.b] == list(range(len(lengths_b)))
    assert all(bead.a or bead.b for bead in beads)


def test_a_sentence_split_in_two_is_one_bead() -> None:
    lengths = [80 + (i * 37) % 150 for i in range(40)]
    split = [*lengths[:20], 40, lengths[20] - 40, *lengths[21:]]
    anchors = [Counter({f"n:{i}": 1}) for i in range(40)]
    split_anchors = [*anchors[:20], Counter({"n:20": 1}), Counter(), *anchors[21:]]
    beads = align(_segments(lengths), _segments(split), anchors, split_anchors)
    assert (beads[20].a, beads[20].b) == ((20,), (20, 21))
    assert all(bead.a == bead.b for bead in beads[:20])
    assert all(bead.b == (bead.a[0] + 1,) for bead in beads[21:])


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 1500), st.integers(0, 1500)), min_size=1, max_size=40))
def test_the_costs_kept_by_lengths_are_the_costs_worked_out(pairs: list[tuple[int, int]]) -> None:
    from drafter.checker.align import _length_cost
    from drafter.checker.beadtable import _length_costs

    la, lb = (np.array(side, dtype=np.int64) for side in zip(*pairs, strict=True))
    expected = [_length_cost(a, b) for a, b in pairs]
    assert _length_costs(la, lb).tolist() == expected
    assert _length_costs(la, lb).tolist() == expected  # the second time from the table


@st.composite
def _one_cut_apart(draw: st.DrawFn) -> Case:
    """Versions of 20 to 40 sentences, most holding a fact of their own, lengths a few per cent apart,
    one sentence split in two or two merged into one: the shape of drafter's own drafts."""
    n = draw(st.integers(20, 40))
    lengths = draw(st.lists(st.integers(30, 300), min_size=n, max_size=n))
    held = draw(st.lists(st.booleans(), min_size=n, max_size=n))
    anchors = [Counter({f"n:{i}": 1}) if has else Counter() for i, has in enumerate(held)]
    other = [max(1, round(x * draw(st.sampled_from([0.9, 1.0, 1.05, 1.1])))) for x in lengths]
    other_anchors = [Counter(c) for c in anchors]
    at = draw(st.integers(0, n - 2))
    if draw(st.booleans()):
        half = other[at] // 2
        other[at : at + 1] = [max(1, half), max(1, other[at] - half)]
        other_anchors[at : at + 1] = [other_anchors[at], Counter()]
    else:
        other[at : at + 2] = [other[at] + other[at + 1]]
        other_anchors[at : at + 2] = [other_anchors[at] + other_anchors[at + 1]]
    return lengths, other, anchors, other_anchors


@settings(max_examples=150, deadline=None)
@given(_one_cut_apart())
def test_the_table_cut_where_versions_pair_takes_the_whole_tables_moves(case: Case) -> None:
    """Searching only the stretch where the versions are cut differently gives the path of the whole
    banded table (6,000 such random pairs agreed, and every pair of a check of 400 releases)."""
    lengths_a, lengths_b, anchors_a, anchors_b = case
    a, b = _segments(lengths_a), _segments(lengths_b)
    n, m = len(a), len(b)
    cut = _cut(_Costs(a, b, anchors_a, anchors_b))
    if cut is not None:
        assert cut == search(lengths_a, lengths_b, anchors_a, anchors_b, abs(n - m) + BAND)
    moves = [(len(bead.a), len(bead.b)) for bead in align(a, b, anchors_a, anchors_b)]
    assert moves == search(lengths_a, lengths_b, anchors_a, anchors_b, abs(n - m) + BAND)


def test_the_cut_is_not_taken_where_the_pairs_from_both_ends_overlap() -> None:
    """A sentence added among sentences of one length and no facts: pairs read from the start run past
    it and meet those read from the end, so where the versions part is not sure; the whole table is
    searched."""
    plain = [Counter() for _ in range(31)]
    costs = _Costs(_segments([100] * 30), _segments([100] * 31), plain[:30], plain)
    assert _cut(costs) is None
    apart = _Costs(_segments([100] * 10 + [200] + [100] * 19), _segments([100] * 31), plain[:30], plain)
    assert _cut(apart) == [(1, 1)] * 10 + [(1, 2)] + [(1, 1)] * 19
