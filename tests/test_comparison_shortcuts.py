"""The comparison's short ways give what the plain ways give: a version's words read in one split, the
noise of a paragraph found by skipping words that hold none, facts matched by their keys alone, a
facts file's texts walked once a release, an expectation labelled without ``dataclasses.replace``, a
text made searchable without a pattern where it holds no backslash, a change's way read once a version,
its clause's opening found back from its size, and a name a letter or two off looked for only among words
of about its length."""

from __future__ import annotations

import dataclasses
import random
import re
from pathlib import Path

from hypothesis import assume, given, settings
from hypothesis import strategies as st
from rapidfuzz.distance import OSA

from drafter.checker.expect import Expected, labelled
from drafter.checker.facts_texts import all_texts, prose, texts
from drafter.checker.matching import match
from drafter.checker.metals import searchable as _searchable
from drafter.checker.names import Text, _words_pattern, limit, near_miss
from drafter.checker.proofread import _HOST, _in_names, _link, _noise, _prose
from drafter.extract import Mention
from drafter.facts import load_facts
from drafter.lang.directions import Ways, way

_TOKEN = re.compile(r"[^\W\d_]+")
NOISE = re.compile(r"\]\([^)]*\)|https?://\S+|www\.\S+|\S+@\S+|[#>*_`|\[\]]")
"""The pattern :func:`drafter.checker.proofread._noise` finds in linear time."""

LETTERS = "aAbBçÇéÉİıßẞ'’ -1.\n\u00a0"
NOISY = "ab @#>*_`|[]()\n\t.:/hwtps\u00a0x"
texts_of = st.text(alphabet=LETTERS, max_size=60)
noisy = st.lists(
    st.sampled_from(["http://a", "https://b.c", "www.", "www.x", "a@b", "x@", "](u)", "[t](", ")", "**", "word"])
    | st.text(alphabet=NOISY, max_size=6),
    max_size=12,
).map(" ".join)


@settings(max_examples=400, deadline=None)
@given(texts_of)
def test_a_versions_words_are_those_a_word_at_a_time_finds(text: str) -> None:
    found = Text(text)
    folded = found.folded
    expected = [(m.start(), m.end(), m.group(), text[m.start()].isupper()) for m in _TOKEN.finditer(folded)]
    got = list(zip(found.starts, found.ends, found.words_in_order, found.capitals, strict=True))
    assert got == expected
    assert len(folded) == len(text)
    for start, _, word, _ in expected:
        assert found.has_word(word)
        assert found.has_word(word, start, start + 1)
        assert not found.has_word(word, start + 1, start + 1)


@settings(max_examples=300, deadline=None)
@given(texts_of, st.integers(0, 60), st.integers(0, 60))
def test_capitalised_runs_are_those_a_word_at_a_time_finds(text: str, start: int, end: int) -> None:
    found = Text(text)
    inside = [i for i, at in enumerate(found.starts) if start <= at < end]
    expected, run = [], None
    for i in inside:
        if found.capitals[i]:
            run = i if run is None else run
        elif run is not None:
            expected.append((run, i))
            run = None
    if run is not None:
        expected.append((run, inside[-1] + 1))
    assert list(found.capitalised_runs(start, end)) == expected


WORDY = "abAB çÉİß-'_1.\n"
wordy = st.text(alphabet=WORDY, max_size=40)


@settings(max_examples=1500, deadline=None)
@given(wordy, st.text(alphabet=WORDY, max_size=8) | st.sampled_from(["a b", "ab", "b-a", "a_b", "a1b", "ç ab"]))
def test_words_are_found_where_their_pattern_finds_them(text: str, words: str) -> None:
    found = Text(text)
    pattern = _words_pattern(words)
    m = pattern.search(found.folded) if pattern else None
    assert found.find_words(words) == (m.start() if m else None)
    for start in found.starts:  # the words as they stand in the text are found at the first place they stand
        sample = text[start : start + 9]
        pattern = _words_pattern(sample)
        m = pattern.search(found.folded) if pattern else None
        assert found.find_words(sample) == (m.start() if m else None)


def test_a_name_that_lost_its_capital_is_found_where_it_stands() -> None:
    text = Text("Ontem, a diretora nger Andersen falou. Depois Inger Andersen saiu.")
    assert near_miss("inger andersen", text, 0, 30) == ("nger Andersen", 1, 18)
    assert near_miss("inger andersen", text, 30, len(text.original)) is None  # the right name there


@settings(max_examples=1500, deadline=None)
@given(noisy | st.text(alphabet=NOISY, max_size=40))
def test_noise_is_what_its_pattern_finds(block: str) -> None:
    assert list(_noise(block)) == [m.span() for m in NOISE.finditer(block)]


def _mention(kind: str, value: str) -> Mention:
    return Mention(1, 1, kind, value, value)


facts_drawn = st.lists(
    st.tuples(st.sampled_from(["number", "year", "date", "name", "amount", "percent"]), st.sampled_from("123")),
    max_size=6,
)


@settings(max_examples=300, deadline=None)
@given(facts_drawn, st.randoms())
def test_sides_holding_the_same_keys_leave_nothing_to_match(drawn: list[tuple[str, str]], rng: random.Random) -> None:
    """What :meth:`drafter.checker.between._Pair._unmatched` takes without calling :func:`match`."""
    left = [_mention(kind, value) for kind, value in drawn]
    right = [_mention(kind, value) for kind, value in drawn]
    rng.shuffle(right)
    assert match(left, right) == ([], [])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(max_size=4), min_size=8, max_size=8), st.booleans())
def test_an_expectation_labelled_whole_is_what_replace_gives(values: list[str], optional: bool) -> None:
    """Every field of :class:`Expected` carried by :func:`labelled`: it fails when a field is added and not
    carried (each field drawn apart, ``optional`` either way)."""
    key, kind, value, shown, label, context, way, new = values
    fields = {"key": key, "kind": kind, "value": value, "shown": shown, "label": label, "context": context}
    assert [f.name for f in dataclasses.fields(Expected)] == [*fields, "way", "optional", "rivals", "forms"]
    made = Expected(**fields, way=way, optional=optional, rivals=(value, context), forms=(shown, label))
    assert labelled(made, new) == dataclasses.replace(made, label=new)


def test_a_facts_files_texts_are_walked_once_and_are_its_own() -> None:
    examples = sorted((Path(__file__).resolve().parent.parent / "examples").glob("*.yaml"))[:2]
    first, second = (load_facts(path) for path in examples)
    assert all_texts(first) == tuple(texts(first))
    assert all_texts(first) is all_texts(first)  # the walk kept for the release's other versions
    assert all_texts(second) == tuple(texts(second)) != all_texts(first)
    for lang in first.languages:
        walked = [t if isinstance(t, str) else t[lang] for t in texts(first) if isinstance(t, str) or lang in t]
        assert prose(first, lang) == walked


def _in_names_a_word_at_a_time(words: list[str]) -> set[int]:
    """:func:`drafter.checker.proofread._in_names` as it read each word's letters every time."""
    named = {i for i, w in enumerate(words) if any(map(str.isupper, w[1:]))}
    i = 0
    while i < len(words):
        if not any(map(str.isupper, words[i])):
            i += 1
            continue
        last = i
        while words[last][-1].isalnum():
            nxt = last + 1
            while nxt < len(words) and nxt - last <= 2 and _link(words[nxt]):
                nxt += 1
            if nxt >= len(words) or nxt - last - 1 > 2 or not words[nxt][:1].isupper():
                break
            last = nxt
        if last > i:
            named.update(range(i, last + 1))
        i = last + 1
    return named


PROSE = st.lists(
    st.sampled_from(["de", "la", "y", "of", "the", "Junta", "Andalucía", "SahelNOW", "iPhone", "2024", "3º", "ÉCOLE"])
    | st.text(alphabet="aAéÉ1.,-", min_size=1, max_size=6),
    max_size=30,
)


@settings(max_examples=1500, deadline=None)
@given(PROSE)
def test_names_are_where_a_word_at_a_time_finds_them(words: list[str]) -> None:
    assert _in_names(words) == _in_names_a_word_at_a_time(words)
    named = _in_names_a_word_at_a_time(words)
    block = " ".join(words)
    assume(not _HOST.search(block))  # a host name is left out whole (tests/test_check_lead16.py)
    assert _prose(block) == " ".join(w for i, w in enumerate(words) if i not in named and not w[:1].isdigit())


SEARCHED = st.text(alphabet="aA ’'\\*_[]()\n\t.É\u00a0ß", max_size=40)


@settings(max_examples=1500, deadline=None)
@given(SEARCHED)
def test_a_text_made_searchable_without_the_pattern_is_what_the_pattern_gives(text: str) -> None:
    """Markdown's escapes taken off only where a backslash stands: without one, the pattern changes nothing."""
    plain = text.replace("’", "'")
    plain = " ".join(re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", plain).split()).casefold()
    assert _searchable(text) == plain


_WAY_PIECES = st.sampled_from(
    ["rise", "fall", "up", "down", "to", "hausse", "baisse", "queda", "aumento", "caída", "of", "de", "by",
     "22 %", "31%", "7", " ", "\n", ".", ";", ":", "!", "?", ",", "é", "x"]
)  # fmt: skip


@settings(max_examples=600, deadline=None)
@given(st.lists(_WAY_PIECES, max_size=30).map(" ".join), st.sampled_from(["en", "pt", "es", "fr", "de"]), st.data())
def test_a_changes_way_read_once_back_from_its_size_is_what_the_plain_reading_gives(
    text: str, lang: str, data: st.DataObject
) -> None:
    ways = Ways(text, lang)
    for _ in range(3):  # asked again, as every pair of versions asks: the same answer
        start = data.draw(st.integers(0, len(text)))
        end = data.draw(st.integers(start, len(text)))
        assert ways.at(start, end) == way(text, start, end, lang)
        assert ways.at(start, end) == way(text, start, end, lang)


def _plain_near_miss(phrase: str, text: Text, start: int, end: int, acronym: bool) -> tuple[str, int, int] | None:
    """:func:`near_miss` as it read every run of words, joined, before their lengths were compared."""
    allowed = limit(phrase, acronym)
    if not allowed:
        return None
    size = len(phrase.split())
    best: tuple[int, int, int] | None = None
    for run_start, run_end in text.capitalised_runs(start, end):
        for i in range(run_start, run_end):
            for width in (size - 1, size, size + 1):
                j = i + width
                if width < 1 or j > run_end:
                    continue
                gap = OSA.distance(phrase, " ".join(text.words_in_order[i:j]), score_cutoff=allowed)
                if 0 < gap <= allowed and (best is None or gap < best[0]):
                    best = (gap, i, j)
    if best is not None:
        gap, i, j = best
        return text.original[text.starts[i] : text.ends[j - 1]], gap, text.starts[i]
    if size < 2:
        return None
    for i in text.between(start, end):
        last = i + size - 1
        if last >= len(text.starts) or not text.capitals[last]:
            continue
        gap = OSA.distance(phrase, " ".join(text.words_in_order[i : last + 1]), score_cutoff=allowed)
        if 0 < gap <= allowed:
            return text.original[text.starts[i] : text.ends[last]], gap, text.starts[i]
    return None


_NAME_WORDS = st.sampled_from(["Inger", "inger", "Andersen", "Andersn", "nger", "ESCA", "ECSA", "de", "la", "Vigo",
                               "Universidad", "Universidade", "x", "É"])  # fmt: skip


@settings(max_examples=1500, deadline=None)
@given(
    st.lists(_NAME_WORDS | st.sampled_from([" ", ", ", ". ", "\n"]), max_size=30).map(" ".join),
    st.lists(_NAME_WORDS, min_size=1, max_size=3).map(" ".join),
    st.booleans(),
    st.data(),
)
def test_names_a_letter_or_two_off_are_found_where_the_plain_reading_finds_them(
    text: str, name: str, acronym: bool, data: st.DataObject
) -> None:
    found = Text(text)
    phrase = " ".join(_TOKEN.findall(name.lower()))
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert near_miss(phrase, found, start, end, acronym) == _plain_near_miss(phrase, found, start, end, acronym)
