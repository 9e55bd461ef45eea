"""One language version of a release as the checker holds it: its text, facts, sentences and words."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

from ..extract import Mention
from ..lang.directions import Ways
from .findings import Location
from .inputs import Draft
from .keys import SCALE
from .names import Text
from .segments import Segment, segments


@dataclass(frozen=True)
class Version:
    """One language version of a release, with the facts found in it."""

    draft: Draft
    lang: str
    mentions: tuple[Mention, ...]
    paragraphs: tuple[tuple[int, int], ...]  # first and last line of each paragraph

    @property
    def name(self) -> str:
        """The draft's file name, as messages say it (its folder is in the finding's location)."""
        return self.draft.path.name

    @cached_property
    def segments(self) -> tuple[Segment, ...]:
        return segments(self.draft.text, self.lang)

    @cached_property
    def ways(self) -> Ways:
        """The way each of its sizes is said, read once for every pair and the facts file's check."""
        return Ways(self.draft.text, self.lang)

    @cached_property
    def text(self) -> Text:
        return Text(self.draft.text)

    @cached_property
    def by_segment(self) -> tuple[tuple[Mention, ...], ...]:
        """The mentions of each segment, in order."""
        starts = [s.start for s in self.segments]
        held: list[list[Mention]] = [[] for _ in self.segments]
        for mention, offset in zip(self.mentions, self.starts, strict=True):
            if starts:
                held[max(0, bisect.bisect_right(starts, offset) - 1)].append(mention)
        return tuple(tuple(h) for h in held)

    @cached_property
    def line_starts(self) -> tuple[int, ...]:
        return (0, *(m.end() for m in re.finditer("\n", self.draft.text)))

    @cached_property
    def dates(self) -> tuple[Mention, ...]:
        return tuple(m for m in self.mentions if m.kind == "date")

    @cached_property
    def years(self) -> frozenset[str]:
        """Every year the version gives, alone or in a date."""
        found = {m.value for m in self.mentions if m.kind == "year"}
        return frozenset(found | {m.value[:4] for m in self.dates if m.value[:4].isdigit()})

    @cached_property
    def scaled(self) -> tuple[Mention, ...]:
        """The quantities written with a scale word ("500 million", "€2bn")."""
        return tuple(m for m in self.mentions if m.kind in ("number", "amount") and SCALE.search(m.text))

    @cached_property
    def starts(self) -> tuple[int, ...]:
        """Where each mention starts in the text, in the order of ``mentions``: worked out once for the
        segments, the comparisons and what the facts file's texts state."""
        line_starts = self.line_starts
        return tuple(line_starts[m.line - 1] + m.column - 1 for m in self.mentions)

    def segment_of(self, mention: Mention) -> int:
        return self.segment_of_offset(self.offset(mention))

    def segment_of_offset(self, offset: int) -> int:
        starts = [s.start for s in self.segments]
        return max(0, bisect.bisect_right(starts, offset) - 1)

    def offset(self, mention: Mention) -> int:
        return self.line_starts[mention.line - 1] + mention.column - 1

    def paragraph_of(self, line: int) -> int | None:
        i = bisect.bisect_right(self.paragraphs, line, key=lambda p: p[0]) - 1
        return i if i >= 0 and line <= self.paragraphs[i][1] else None

    def at(self, line: int = 1, column: int = 1) -> Location:
        return Location(self.draft.shown, line, column)

    def where(self, mention: Mention) -> Location:
        return self.at(mention.line, mention.column)

    def segment_at(self, index: int) -> Location:
        seg = self.segments[index]
        text = self.draft.text
        line_start = text.rfind("\n", 0, seg.start) + 1
        return self.at(seg.first_line, seg.start - line_start + 1)

    def aligned(self, other: Version, mention: Mention) -> Location | None:
        """Where ``mention`` of ``other`` should stand in this version: the same paragraph, if they align."""
        index = other.paragraph_of(mention.line)
        if index is not None and len(self.paragraphs) == len(other.paragraphs):
            return self.at(self.paragraphs[index][0], 1)
        return None

    def anchor(self, others: Iterable[Version], mention_of: dict[str, Mention]) -> Location:
        """The first place that aligns with where another version holds the fact, else the top."""
        for other in others:
            mention = mention_of.get(other.lang)
            place = self.aligned(other, mention) if mention else None
            if place:
                return place
        return self.at()


def paragraphs(text: str) -> tuple[tuple[int, int], ...]:
    out: list[tuple[int, int]] = []
    start: int | None = None
    lines = text.split("\n")
    for number, line in enumerate(lines, 1):
        if line.strip():
            if start is None:
                start = number
        elif start is not None:
            out.append((start, number - 1))
            start = None
    if start is not None:
        out.append((start, len(lines)))
    return tuple(out)
