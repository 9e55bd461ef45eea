"""A version cut into the pieces that align across languages: blocks, then sentences.

Blocks are paragraphs, list items, headings and lines that end a sentence (a
plain-text release often puts each paragraph on one line, with no blank line
between). Sentences come from sentencex, which knows each language's
abbreviations ("Sr.", "S.A.", "EE. UU."); a piece it leaves that is only a
title ("M.", "Dr.") is joined to the sentence it opens.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from sentencex import segment as split_sentences

from ..lang import words

_MARKER = re.compile(r"[ \t]*(?:[-*+•–—]|\d{1,3}[.)]|#{1,6})\s")
_ENDS_SENTENCE = re.compile(r"[.!?:;…\"”»)\]]\s*$")
_WORD = re.compile(r"[^\W\d_]+|\d+")
MAX_HEADING_WORDS = 16


@dataclass(frozen=True)
class Segment:
    """A sentence (or a heading, a list item) of one version."""

    index: int
    start: int
    end: int
    """Offsets in the version's text: [start, end)."""
    first_line: int
    last_line: int
    block: int
    """Which block (paragraph, list item, heading) it stands in."""
    heading: bool
    words: int
    chars: int
    """Characters other than spaces: what the alignment's length model counts."""


def _blocks(text: str) -> list[tuple[int, int]]:
    """[start, end) of each block: split at blank lines, list markers and headings, and at a line
    break after a line that ends a sentence or before one that opens with a capital."""
    out: list[tuple[int, int]] = []
    start: int | None = None
    pos = 0
    lines = text.split("\n")
    for i, line in enumerate(lines):
        end = pos + len(line)
        stripped = line.strip()
        if not stripped:
            if start is not None:
                out.append((start, pos - 1))
                start = None
        else:
            if start is not None and (_MARKER.match(line) or _breaks(lines[i - 1], line)):
                out.append((start, pos - 1))
                start = None
            if start is None:
                start = pos
        pos = end + 1
    if start is not None:
        out.append((start, len(text)))
    return out


def _breaks(previous: str, line: str) -> bool:
    """Does a single line break end a block? After a sentence's end or a heading, and before a line
    opening with a capital or a digit: a line wrapped inside a sentence goes on in lower case."""
    if _ENDS_SENTENCE.search(previous) or previous.lstrip().startswith("#"):
        return True
    first = line.lstrip()[:1]
    return first.isupper() or first.isdigit()


def segments(text: str, lang: str) -> tuple[Segment, ...]:
    """The version's sentences in order, each with its lines and block."""
    newlines = [m.start() for m in re.finditer("\n", text)]
    out: list[Segment] = []
    for block_number, (start, end) in enumerate(_blocks(text)):
        heading, pieces = _pieces(text[start:end], lang)
        for piece_start, piece_end, words_in, chars in pieces:
            piece_start += start
            piece_end += start
            out.append(
                Segment(
                    index=len(out),
                    start=piece_start,
                    end=piece_end,
                    first_line=bisect.bisect_right(newlines, piece_start - 1) + 1,
                    last_line=bisect.bisect_right(newlines, max(piece_start, piece_end - 1) - 1) + 1,
                    block=block_number,
                    heading=heading,
                    words=words_in,
                    chars=chars,
                )
            )
    return tuple(out)


BLOCKS_KEPT = 1 << 14
"""Blocks whose sentences are kept for the rest of the run; with :data:`KEPT_CHARS`, 40 MiB at most."""
KEPT_CHARS = 2000
"""Longer blocks are cut afresh each time: a hostile file must not fill the memory."""

Pieces = tuple[bool, tuple[tuple[int, int, int, int], ...]]


def _pieces(block: str, lang: str) -> Pieces:
    """Whether a block is a heading, and its sentences: start and end in the block, words and
    characters other than spaces.

    They depend on the block's text and language alone, so they are kept: an archive's releases
    repeat whole paragraphs (on 300 releases of the benchmark's archive, about one block in two was
    new to the run), and cutting one into sentences is most of a version's segmenting."""
    return _kept(block, lang) if len(block) <= KEPT_CHARS else _cut(block, lang)


def _cut(block: str, lang: str) -> Pieces:
    titles = words(lang).titles
    pieces: list[tuple[int, int]] = []
    offset = 0
    for sentence in _sentences(lang, block):
        piece = (offset, offset + len(sentence))
        offset += len(sentence)
        if not sentence.strip():
            if pieces:
                pieces[-1] = (pieces[-1][0], piece[1])
            continue
        if pieces and _only_a_title(block[pieces[-1][0] : pieces[-1][1]], titles):
            pieces[-1] = (pieces[-1][0], piece[1])
        else:
            pieces.append(piece)
    heading = len(pieces) == 1 and _is_heading(block)
    out = []
    for piece_start, piece_end in pieces:
        while piece_end > piece_start and block[piece_end - 1].isspace():
            piece_end -= 1
        body = block[piece_start:piece_end]
        # str.split cuts at what str.isspace calls a space
        out.append((piece_start, piece_end, len(_WORD.findall(body)), len("".join(body.split()))))
    return heading, tuple(out)


_kept = lru_cache(maxsize=BLOCKS_KEPT)(_cut)


_LONG_RUN = re.compile(r"\S{500,}\s*")


def _sentences(lang: str, block: str) -> Iterator[str]:
    """sentencex's sentences, which put together give back ``block``.

    sentencex takes time quadratic in the length of a word, and no sentence
    ends inside 500 characters without a space: such a run is a sentence of
    its own, and sentencex reads only the text between runs.
    """
    at = 0
    for run in _LONG_RUN.finditer(block):
        if run.start() > at:
            yield from _split(lang, block[at : run.start()])
        yield run.group()
        at = run.end()
    if at == 0 or at < len(block):
        yield from _split(lang, block[at:])


_WIDE_SPACE = re.compile(r"[^\S\x00-\x7f]")


def _split(lang: str, text: str) -> Iterator[str]:
    """sentencex's sentences of ``text``, though it has a space outside ASCII.

    sentencex 1.0.32 panics on a capital, a no-break or thin space and a full
    stop ("B\u00a0."): it reads a copy with plain spaces, one character for
    one, and the sentences are cut from ``text`` by their lengths.
    """
    if _WIDE_SPACE.search(text) is None:
        yield from split_sentences(lang, text)
        return
    at = 0
    for sentence in split_sentences(lang, _WIDE_SPACE.sub(" ", text)):
        yield text[at : at + len(sentence)]
        at += len(sentence)


def _only_a_title(piece: str, titles: frozenset[str]) -> bool:
    """ "M. " or "Dr. " cut off from the name it stands before."""
    bare = piece.strip().rstrip(".").lower()
    return len(bare) <= 4 and (bare in titles or len(bare) <= 1)


def _is_heading(block: str) -> bool:
    """A headline or a section title: one short line that ends no sentence, or a Markdown heading."""
    stripped = block.strip()
    if stripped.startswith("#"):
        return True
    if "\n" in stripped or _MARKER.match(block):
        return False
    return len(stripped.split()) <= MAX_HEADING_WORDS and not re.search(r"[.!?:;…]\s*$", stripped)


def segment_of(segs: tuple[Segment, ...], offset: int) -> int:
    """The index of the segment holding ``offset`` (the one before it, between segments)."""
    starts = [s.start for s in segs]
    return max(0, bisect.bisect_right(starts, offset) - 1)
