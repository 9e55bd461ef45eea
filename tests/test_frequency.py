"""drafter reads a plain word's frequency from wordfreq's lists itself: the same figure wordfreq gives."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from wordfreq import iter_wordlist, lossy_tokenize, zipf_frequency

from drafter.lang import frequency

from .conftest import examples

LISTS = [(lang, wordlist) for lang in ("pt", "es", "en", "fr") for wordlist in ("small", "large")]


def _plain(words: object) -> list[str]:
    return [w for w in words if isinstance(w, str) and frequency._PLAIN.fullmatch(w)]


@pytest.mark.parametrize(("lang", "wordlist"), LISTS)
def test_a_plain_word_has_the_frequency_wordfreq_gives(lang: str, wordlist: str) -> None:
    """Every 5th plain word of a small list (every band), every 100th of a large one, and some of them
    one letter off (most of them in no list): the same Zipf value, float for float."""
    listed = _plain(iter_wordlist(lang, wordlist))
    words = listed[:: 5 if wordlist == "small" else 100]
    words += [w[:-1] + ("a" if w[-1] != "a" else "e") for w in words[::7]] + ["zzzqx", "a", "à"]
    assert len(words) > 1000
    wrong = [
        (w, got, want)
        for w in words
        if (got := frequency._plain_zipf(w, lang, wordlist)) != (want := zipf_frequency(w, lang, wordlist))
    ]
    assert not wrong, wrong[:10]


@settings(max_examples=examples(300, 3000), deadline=None, derandomize=True, database=None)
@given(
    st.text(st.sampled_from("abcdefghijklmnopqrstuvwxyzàáâãäåæçèéêëìíîïðñòóôõöøùúúûüýþÿ"), min_size=1, max_size=12),
    st.sampled_from(["pt", "es", "en", "fr"]),
)
def test_wordfreq_reads_a_plain_word_as_it_is(word: str, lang: str) -> None:
    """What the shortcut stands on: wordfreq makes one token of a plain word, the word itself."""
    assert frequency._PLAIN.fullmatch(word)
    assert lossy_tokenize(word, lang) == [word]
    assert frequency.zipf.__wrapped__(word, lang) == zipf_frequency(word, lang, "small")


def test_other_words_are_wordfreq_s_to_read() -> None:
    """Capitals, apostrophes, digits, other scripts: wordfreq itself, as before."""
    for word, lang in [("Mayor", "en"), ("l'eau", "fr"), ("covid19", "en"), ("straße", "de"), ("œuvre", "fr")]:
        assert not frequency._PLAIN.fullmatch(word)
        assert frequency.zipf.__wrapped__(word, lang) == zipf_frequency(word, lang, "small")
