"""Which language a text is in, deterministically, among the release's languages only.

langdetect is random unless seeded, and slow to load every profile it ships.
We build a private detector factory holding only the profiles of the
languages in question, seeded, once per set of languages. Restricting the
choice this way is what makes short European texts reliable; paragraphs
shorter than :data:`MIN_WORDS` are still never judged, because even then a
single heading can go either way.

langdetect stays the judge, but it takes about half a millisecond a
paragraph. Most paragraphs of a draft are plainly in the draft's language: full
of its commonest words and telling endings, and nearly empty of any other's
(:mod:`drafter.lang.stopwords`). :func:`plainly` says so in microseconds, and
only the paragraphs it leaves in doubt go to langdetect. On 12,795 paragraphs
of drafts and real releases it decided nine in ten, and langdetect gave the
same language for every one of them.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from ..lang.stopwords import STOPWORDS, marked

MIN_WORDS = 8
"""Below this many words a paragraph is not judged: headings and names mislead."""

_WORD = re.compile(r"[^\W\d_]{2,}")
_LETTERS = re.compile(r"[^\W\d_]+")
_NOT_LATIN = re.compile(r"(?![a-zA-Z\u00aa\u00b5\u00ba\u00c0-\u024f\u1e00-\u1eff])[^\W\d_]")
PLAIN_EVIDENCE = 4
"""Words of the draft's language, absent from another, that a paragraph needs to be plainly in it."""
PLAIN_AGAINST = 0.1
"""At most this many words of another language per word of the draft's own."""


@cache
def available_profiles() -> frozenset[str]:
    """Languages langdetect can recognise."""
    folder = resources.files("langdetect") / "profiles"
    return frozenset(entry.name for entry in folder.iterdir())


@cache
def _factory(langs: tuple[str, ...]) -> Any:
    from langdetect.detector_factory import DetectorFactory

    factory = DetectorFactory()
    folder = resources.files("langdetect") / "profiles"
    profiles = [(folder / lang).read_text(encoding="utf-8") for lang in langs]
    factory.load_json_profile(profiles)
    factory.seed = 0
    return factory


def words(text: str) -> int:
    return len(_WORD.findall(text))


def plainly(text: str, lang: str, langs: tuple[str, ...] | list[str]) -> bool:
    """Whether ``text`` is plainly in ``lang``, so that :func:`identify` among ``langs`` would say so too.

    For each other language langdetect could choose, the text must hold at least
    :data:`PLAIN_EVIDENCE` words that ``lang`` has and it has not (its commonest
    words, and words with an ending or letter of ``lang`` alone), and at most one of
    its own for every ten of those; for each other language known here, likewise at
    most one in ten. A text in another script, or in doubt, is not plainly anything.
    """
    usable = set(langs) & available_profiles()
    rivals = usable - {lang}
    if lang not in usable or lang not in STOPWORDS or not rivals or not rivals <= STOPWORDS.keys():
        return False  # a language with no list of words cannot be ruled out
    tokens = _LETTERS.findall(text.lower())
    if len(tokens) - list(map(len, tokens)).count(1) < MIN_WORDS:  # words of two letters or more
        return False
    if max("".join(tokens), default="") > "\u024f" and _NOT_LATIN.search(text):
        return False  # another script
    counts = Counter(map(_languages_of, tokens))
    least = None
    for other in sorted(rivals):
        evidence = sum(n for of, n in counts.items() if lang in of and other not in of)
        against = sum(n for of, n in counts.items() if other in of and lang not in of)
        if evidence < PLAIN_EVIDENCE or against > PLAIN_AGAINST * evidence:
            return False
        least = evidence if least is None else min(least, evidence)
    assert least is not None
    for other in STOPWORDS.keys() - usable:
        against = sum(n for of, n in counts.items() if other in of and lang not in of)
        if against > PLAIN_AGAINST * least:
            return False
    return True


@lru_cache(maxsize=1 << 16)
def _languages_of(word: str) -> frozenset[str]:
    """The languages whose commonest words hold ``word`` (in lower case), or whose ending or letter it has."""
    found = {lang for lang, common in STOPWORDS.items() if word in common}
    if ending := marked(word):
        found.add(ending)
    return frozenset(found)


_PARTS = re.compile(r"\s[-–—/|]\s")
"""What parts a bilingual line: "gagnant du prix - winner of the award", "Prémio / Award"."""


def holds_part_in(text: str, want: str, other: str) -> bool:
    """Does ``text``, read as ``other``, hold a part between dashes or slashes in ``want`` all the same
    (its words ``want``'s and none ``other``'s alone)? A caption given in both languages, one after
    the other, belongs in either version."""
    parts = _PARTS.split(text)
    if len(parts) < 2:
        return False
    for part in parts:
        kinds = [_languages_of(token) for token in _LETTERS.findall(part.lower())]
        if any(want in of and other not in of for of in kinds) and not any(
            other in of and want not in of for of in kinds
        ):
            return True
    return False


def identify(text: str, langs: tuple[str, ...] | list[str]) -> str | None:
    """The most likely of ``langs`` for ``text``, or None when it cannot be judged."""
    usable = tuple(sorted(set(langs) & available_profiles()))
    if len(usable) < 2 or words(text) < MIN_WORDS:
        return usable[0] if len(usable) == 1 and words(text) >= MIN_WORDS else None
    ranked = _ranked(text, usable)
    found = ranked[0][0] if ranked else None
    return found if found in usable else None


def other_than(text: str, want: str, langs: tuple[str, ...] | list[str]) -> str | None:
    """The language ``text`` is in when langdetect is sure it is not ``want``; ``want`` when it says
    ``want``; None when it cannot judge, or when it ranks ``want`` at all (likelier than one in ten).

    A short paragraph of Portuguese with few of its telling words can come out 57 to 43 for Spanish; a
    paragraph left in another language comes out at one to nothing. On the real releases, the test
    corpus and the golden drafts, every paragraph langdetect gave another language than its draft's
    gave that language a probability of 1.00, and none of 588 paragraphs in es, pt, fr and en gave its
    nearest neighbour any: between the two lies doubt, which is not an error."""
    usable = tuple(sorted(set(langs) & available_profiles()))
    if want not in usable or len(usable) < 2 or words(text) < MIN_WORDS:
        return identify(text, langs)
    ranked = _ranked(text, usable)
    if not ranked or (ranked[0][0] != want and any(lang == want for lang, _ in ranked)):
        return None  # nothing to judge by, or a close call
    return ranked[0][0]


def _ranked(text: str, usable: tuple[str, ...]) -> list[tuple[str, float]]:
    """langdetect's languages for ``text`` among ``usable`` (each likelier than one in ten), likeliest
    first; none when it finds nothing to tell a language by."""
    from langdetect.lang_detect_exception import LangDetectException

    detector = _factory(usable).create()
    detector.append(text)
    try:
        return probabilities(detector, usable)
    except LangDetectException:
        return []


def _ngrams(text: str, langs: tuple[str, ...]) -> list[str]:
    """``Detector._extract_ngrams``: the n-grams of one to three characters of ``text`` that the
    profiles hold, after langdetect's ``NGram``: each character normalised, a space closing a word
    and starting the next afresh, so each word's n-grams are its own (read once, :func:`_word_ngrams`)."""
    words = "".join(map(_normal, text)).split(" ")
    last = len(words) - 1
    found: list[str] = []
    for i, word in enumerate(words):
        if word:
            found += _word_ngrams(word, i < last, langs)
    return found


@lru_cache(maxsize=1 << 15)
def _word_ngrams(word: str, spaced: bool, langs: tuple[str, ...]) -> tuple[str, ...]:
    """The n-grams ``NGram`` gives of a word read after a space (and the space after it, if ``spaced``)."""
    known = _factory(langs).word_lang_prob_map
    found: list[str] = []
    grams, capitals = " ", False
    for ch in word + " " if spaced else word:
        last = grams[-1]
        if last == " ":
            grams, capitals = " ", False
        elif len(grams) >= 3:
            grams = grams[1:]
        grams += ch
        if ch.isupper():
            if last.isupper():
                capitals = True
        else:
            capitals = False
        if capitals:
            continue
        for n in (1, 2, 3):
            if len(grams) < n:
                break
            gram = grams[-n:]
            if gram != " " and gram in known:
                found.append(gram)
    return tuple(found)


@lru_cache(maxsize=4096)
def _normal(ch: str) -> str:
    from langdetect.utils.ngram import NGram

    return str(NGram.normalize(ch))


def probabilities(detector: Any, langs: tuple[str, ...]) -> list[tuple[str, float]]:
    """``detector.get_probabilities()`` of a detector made for ``langs`` (each language likelier than
    0.1, likeliest first), as (language, probability): the same draws of its seeded generator and the
    same arithmetic in the same order, so the same numbers, bit for bit; its loop of trials written out
    without a call for each draw and each n-gram (langdetect makes some 450 of each a paragraph, which
    took most of a check's language test), and each word's n-grams read once. ``tests/test_langid.py``
    compares the two on every paragraph of the test drafts and on texts made to mislead."""
    detector.cleaning_text()
    ngrams = _ngrams(detector.text, langs)
    if not ngrams:  # langdetect raises LangDetectException: nothing to tell a language by
        return [(str(found.lang), float(found.prob)) for found in detector.get_probabilities()]
    table = detector.word_lang_prob_map
    weights = [table[ngram] for ngram in ngrams]
    sides = range(len(detector.langlist))
    total = [0.0] * len(detector.langlist)
    draw = detector.random
    draw.seed(detector.seed)
    bits, count = draw.getrandbits, len(weights)
    width = count.bit_length()
    converged, limit, trials = detector.CONV_THRESHOLD, detector.ITERATION_LIMIT, detector.n_trial
    for _ in range(trials):
        prob = detector._init_probability()
        alpha = detector.alpha + draw.gauss(0.0, 1.0) * detector.ALPHA_WIDTH
        weight = alpha / detector.BASE_FREQ
        i = 0
        while True:
            r = bits(width)  # random.choice(ngrams), as Random draws it
            while r >= count:
                r = bits(width)
            held = weights[r]
            for j in sides:
                prob[j] *= weight + held[j]
            if i % 5 == 0:
                top, whole = 0.0, sum(prob)
                for j in sides:
                    p = prob[j] / whole
                    if top < p:
                        top = p
                    prob[j] = p
                if top > converged or i >= limit:
                    break
            i += 1
        for j in sides:
            total[j] += prob[j] / trials
    return [(str(found.lang), float(found.prob)) for found in detector._sort_probability(total)]
