"""What a check keeps for the rest of a run gives what working it out afresh gives: a paragraph's
language, a block's sentences, and the lines that may hold a leftover."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from drafter.checker import langid, proofread, segments
from drafter.checker.inputs import Draft
from drafter.checker.version import Version, paragraphs

from .conftest import ROOT

DRAFTS = sorted((ROOT / "tests" / "golden").glob("*/*.md")) + sorted((ROOT / "tests" / "corpus").glob("*/*.md"))
LANGS = ("en", "es", "fr", "pt")
_WORD = re.compile(r"[^\W\d_]+|\d+")


def _plain_language(block: str, want: str, langs: tuple[str, ...]) -> str | None:
    """The language test as a check made it before anything was kept."""
    if sum(1 for w in block.split() if w.islower() and len(w) > 1) < langid.MIN_WORDS:
        return None
    return want if langid.plainly(block, want, langs) else langid.other_than(block, want, langs)


def _blocks_of(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8")
    lines = text.split("\n")
    return [proofread._prose(" ".join(lines[first - 1 : last])) for first, last in paragraphs(text)]


def test_a_paragraphs_language_kept_is_the_one_judged_afresh() -> None:
    proofread._kept_language.cache_clear()
    blocks = [block for path in DRAFTS for block in _blocks_of(path)]
    assert len(blocks) > 100
    # Each paragraph asked as every language among several sets of languages, twice: the second
    # time from what was kept, and never the answer to another question about the same words.
    for _ in range(2):
        for block in blocks:
            for langs in (LANGS, ("en", "es"), ("es", "pt")):
                for want in langs:
                    assert proofread.prose_language(block, want, langs) == _plain_language(block, want, langs)
    assert proofread._kept_language.cache_info().hits > 0


def test_a_long_paragraph_is_judged_and_not_kept() -> None:
    block = " ".join(["the cluster received the award for the quality of its management"] * 40)
    assert len(block) > proofread.KEPT_CHARS
    proofread._kept_language.cache_clear()
    assert proofread.prose_language(block, "en", LANGS) == "en"
    assert proofread._kept_language.cache_info().currsize == 0


def _plain_segments(text: str, lang: str) -> list[tuple[int, int, int, int, int, bool, int, int]]:
    """Each sentence as the segmenter made it a block at a time, before blocks were kept."""
    newlines = [i for i, ch in enumerate(text) if ch == "\n"]
    titles = segments.words(lang).titles
    out = []
    for number, (start, end) in enumerate(segments._blocks(text)):
        block = text[start:end]
        pieces: list[tuple[int, int]] = []
        offset = 0
        for sentence in segments._sentences(lang, block):
            piece = (start + offset, start + offset + len(sentence))
            offset += len(sentence)
            if not sentence.strip():
                if pieces:
                    pieces[-1] = (pieces[-1][0], piece[1])
                continue
            if pieces and segments._only_a_title(text[pieces[-1][0] : pieces[-1][1]], titles):
                pieces[-1] = (pieces[-1][0], piece[1])
            else:
                pieces.append(piece)
        heading = len(pieces) == 1 and segments._is_heading(block)
        for first, last in pieces:
            while last > first and text[last - 1].isspace():
                last -= 1
            body = text[first:last]
            lines = (
                sum(1 for n in newlines if n < first) + 1,
                sum(1 for n in newlines if n < max(first, last - 1)) + 1,
            )
            chars = len(body) - sum(map(str.isspace, body))
            out.append((first, last, *lines, number, heading, len(_WORD.findall(body)), chars))
    return out


def _made(text: str, lang: str) -> list[tuple[int, int, int, int, int, bool, int, int]]:
    return [dataclasses.astuple(s)[1:] for s in segments.segments(text, lang)]


@pytest.mark.parametrize("path", DRAFTS[::3], ids=lambda p: f"{p.parent.name}/{p.name}")
def test_a_drafts_sentences_kept_are_those_cut_afresh(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    for lang in LANGS:  # "Sr." and "M." are titles in some languages only: the language is part of the key
        assert _made(text, lang) == _plain_segments(text, lang)
        assert _made(text, lang) == _plain_segments(text, lang)  # the second time from what was kept


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(["Dr. Silva", "M. Dupont", "Sr. Gómez", "EE. UU.", "O prémio.", "Vale 3,5 M€.", "\n", "\n\n"])
        | st.text(alphabet="aB .!?\n\t\u00a0-#1", max_size=12),
        max_size=14,
    ).map(" ".join),
    st.sampled_from(LANGS),
)
def test_sentences_kept_are_those_cut_afresh(text: str, lang: str) -> None:
    assert _made(text, lang) == _plain_segments(text, lang)
    assert _made(text, lang) == _plain_segments(text, lang)
    long = text + " " + "palavra " * (segments.KEPT_CHARS // 8)
    assert _made(long, lang) == _plain_segments(long, lang)


LEFT = st.lists(
    st.sampled_from(["{{ x }}", "{%", "%}", "}}", "{#", "TODO", "todo", "TBD", "FIXME", "XXX", "<<nome>>", "<<", ">>"])
    | st.sampled_from(["[a]()", "[](b)", "[a](b)", "![](c)", 'href=""', "HREF=''", "href", "[", "]", "(", ")"])
    | st.text(alphabet="aX{}%#<>[]()!= '\"", max_size=8),
    max_size=10,
).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(st.lists(LEFT, max_size=4).map("\n".join))
def test_lines_passed_over_hold_no_leftover(raw: str) -> None:
    version = Version(Draft(Path("x.pt.md"), "x.pt.md", "pt", raw, "name", raw), "pt", (), ())
    kept = proofread._MAY_BE_LEFT
    found = proofread.leftovers(version, "r")
    try:
        proofread._MAY_BE_LEFT = re.compile("")  # every line read by every finder
        assert proofread.leftovers(version, "r") == found
    finally:
        proofread._MAY_BE_LEFT = kept


@pytest.mark.parametrize("lang", LANGS)
def test_a_capital_before_a_no_break_space_and_a_stop_is_read(lang: str) -> None:
    """sentencex 1.0.32 panics on "B\u00a0." (a Rust panic, past any ``except Exception``)."""
    text = "La catégorie B\u00a0. Puis\u202fla suite, dit le Dr.\u00a0Silva.\n\nLe point A\u2009."
    made = segments.segments(text, lang)
    assert made and made[0].start == 0
    assert text[made[-1].start : made[-1].end] == "Le point A\u2009."
    assert _made(text, lang) == _plain_segments(text, lang)
