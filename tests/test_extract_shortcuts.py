"""The shortcuts extraction takes for speed find what the plain way finds.

Each test sets a shortcut beside the plain form it stands for (kept here, as
it was written before) and compares them on generated text made of the
characters that matter: letters in both cases, accents, digits, spaces,
separators and punctuation.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from unittest import mock

from hypothesis import given, settings
from hypothesis import strategies as st

from drafter.extract import extract, terms_among, wordscan
from drafter.extract.canon import canon_url
from drafter.extract.dates import _DAY_FIRST, _YEAR_FIRST, _Openings
from drafter.extract.names import common_nouns, table, terms
from drafter.extract.patterns import rules
from drafter.extract.scan import SENTENCE_START, WORD, Scan, alternation, fold, index, opening
from drafter.extract.wordplans import opens
from drafter.lang import words as language_words
from drafter.lang.numbers import HALVES, parse_half

_PIECES = st.sampled_from(
    [" ", "  ", "\n", "\n\n", ".", ",", "/", "-", "–", ":", "?", "#", "(", "'", "1", "05", "2013", "31", "12",
     "a", "A", "de", "De", "em", "Em", "in", "In", "mars", "Mars", "March", "march", "maio", "MAIO", "Mayo",
     "until", "Until", "após", "à", "É", "ſ", "ı", "K", "x", "The", "the", "ONU", "Onu", "World", "Bank"]
)  # fmt: skip
TEXTS = st.lists(_PIECES, max_size=40).map("".join)


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_numeric_dates_in_two_patterns_are_those_of_one(text: str) -> None:
    one = re.compile(
        r"(?:(?P<a>\d(?<![\w.,/-]\d)\d?)(?P<s>[./-])(?P<b>\d{1,2})(?P=s)(?P<y>\d{4})"
        r"|(?P<iy>\d(?<![\w.,/-]\d)\d{3})(?P<t>[-/.])(?P<im>\d{1,2})(?P=t)(?P<id>\d{1,2}))"
        r"(?![\w]|[.,/-]\d)"
    )
    two = sorted([m.span() for m in _DAY_FIRST.finditer(text)] + [m.span() for m in _YEAR_FIRST.finditer(text)])
    assert two == [m.span() for m in one.finditer(text)]


WORDS = [
    ["until", "in", "a", "after", "a partir de", "de", "jusqu'en", "em"],
    ["March", "May", "Mars", "Maio", "June", "July"],
    ["marzo", "mayo", "abril", "mars"],
]


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_words_after_no_letter_skip_as_the_plain_pattern_reads(text: str) -> None:
    folded = fold(text)
    for words in WORDS:
        for before in (r"\w", r"[\w.,/]"):
            for cased in (False, True):
                plain = re.compile(rf"(?<!{before})(?{'' if cased else 'i'}:{alternation(words)})(?:\W|\Z)")
                quick = re.compile(rf"{opening(words, before, cased=cased)}(?:\W|\Z)")
                assert [m.span() for m in quick.finditer(folded)] == [m.span() for m in plain.finditer(folded)]


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_a_sentence_start_is_read_from_the_gap_before_the_word(text: str) -> None:
    spans = [m.span() for m in WORD.finditer(text)]
    for k, (a, _) in enumerate(spans):
        since = max(0, a - 40, spans[k - 1][1] if k else 0)
        plain = SENTENCE_START.search(text, max(0, a - 40), a) is not None
        assert opens(text[since:a], since == 0) == plain, (text, a)


@settings(max_examples=300, deadline=None)
@given(TEXTS, st.integers(min_value=-1, max_value=30))
def test_the_first_name_to_match_is_the_one_tried_in_turn(text: str, beyond: int) -> None:
    names = index(
        {"World Bank": "wb", "World": "w", "The World": "tw", "the world bank": "twb", "ONU": "un", "Mars": "m"},
        re.I,
        suffix=True,
    )
    folded = fold(text)
    for key in names:
        for pos in range(len(folded)):
            plain = None
            for pattern, value in names.get(key):
                m = pattern.match(folded, pos)
                if m and m.end() > beyond:
                    plain = (m.end(), value)
                    break
            assert names.first(key, folded, pos, beyond) == plain


def test_a_word_met_again_is_read_the_same() -> None:
    """What is kept per word (is it looked at, is it a name's, where its known names are) holds in any text."""
    text = "The European Investment Bank (EIB) lends to SMEs in Portugal. Portugal and the EIB met in Lisbon."
    first = extract(text, "en")
    assert [m.kind for m in first] == ["body", "body", "body", "country", "country", "body", "place"]
    assert extract("Portugal. " + text, "en")[1:] == [
        type(m)(m.line, m.column + len("Portugal. "), m.kind, m.value, m.text, m.alias) for m in first
    ]


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["h", "H", "ttp", "TTP", "s", "S", "ſ", "://", "ftp", "FTP", "w", "W", "ww.", "WWW.", "x", " ", ".", "/"]
        ),
        max_size=30,
    ).map("".join)
)
def test_web_addresses_read_from_their_first_letter_as_in_any_case(text: str) -> None:
    from drafter.extract.addresses import _URL_CHARS, URL

    plain = re.compile(rf"(?:https?://|ftp://|www\.){_URL_CHARS}+", re.I)
    assert [m.span() for m in URL.finditer(text)] == [m.span() for m in plain.finditer(text)]


_NOUN_PIECES = st.sampled_from(
    [" ", "  ", "\n", "\t", ".", ",", "-", "'", "1", "x", "a", "A", "é", "ſ", "ı", "K", "vinho", "VINHO", "Vinhos",
     "do", "da", "de", "DE", "Porto", "porto", "Madeira", "Brussels", "sprouts", "sprout", "port", "wine", "wines",
     "vin", "vins", "Madere", "chou", "choux", "Bruxelles", "col", "coles", "Bruselas", "Puerto", "Deportivo",
     "eau", "Cologne", "agua", "Colonia", "ports", "plaisance", "couve", "couves", "Bruxelas", "Recreio",
     "vinho do Porto", "Vinhos  da\nMadeira", "Brussels sprouts", "port wine", "vins de Porto", "col de Bruselas",
     "Puerto Deportivo", "eau de Cologne", "agua de Colonia", "ports de plaisance", "Porto de Recreio"]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(_NOUN_PIECES, max_size=30).map("".join))
def test_common_nouns_read_first_letter_first_as_the_plain_pattern_reads(text: str) -> None:
    folded = fold(text)
    for lang in ("pt", "es", "en", "fr"):
        quick = common_nouns(lang)
        assert quick is not None
        phrases = table("places")["common_nouns"][lang]
        forms = sorted({fold(str(p)).replace("’", "'") for p in phrases}, key=lambda p: (-len(p), p))
        plain = re.compile(
            r"(?<!\w)(?:" + "|".join(r"\s+".join(map(re.escape, f.split())) for f in forms) + r")(?!\w)", re.I
        )
        assert [m.span() for m in quick.finditer(folded)] == [m.span() for m in plain.finditer(folded)]


_DATE_PIECES = st.sampled_from(
    [" ", "  ", "\n", ",", ".", "-", "'", "’", "/", "5", "05", "2013", "31", "1.º", "x", "A", "de", "De", "em", "no",
     "in", "In", "of", "the", "The", "until", "mid", "mes", "month", "mois", "d'", "jusqu'en", "le", "el", "durante",
     "March", "march", "MARCH", "Mar", "Sept", "May", "may", "mars", "août", "Aout", "maio", "Maio", "março", "mayo",
     "Mayo", "septiembre", "5 de março de 2013", "March 5, 2013", "em novembro", "in August 2024", "1er mars",
     "5 March 2013", "5th of March", "in the month of March", "jusqu'en le mois d'août", "durante el mes de mayo",
     "desde o mês de maio"]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(_DATE_PIECES, max_size=40).map("".join))
def test_date_patterns_tried_where_they_can_open_find_what_a_scan_finds(text: str) -> None:
    folded = fold(text)
    for lang, locale in (("pt", "pt_PT"), ("es", "es_ES"), ("en", "en_GB"), ("fr", "fr_FR")):
        dates = rules(lang, locale).dates
        scan = Scan(text, rules(lang, locale), terms(()))
        sets = (dates.full_words, dates.month_words, dates.preposition_words)
        # Each set read on its own and the digits found apart; then, as dates() reads them, the sets'
        # words found in one pass and the digits where the scan's patterns of numbers can open.
        for openings in (_Openings(folded), _Openings(folded, *sets, digits=scan.openings(folded=True))):
            for pattern, words, digits, before in (
                (dates.full, dates.full_words, True, None),
                (dates.month_year, dates.month_words, False, None),
                (dates.month_only, dates.preposition_words, False, dates.month_words),
            ):
                found = [m.span() for m in openings.matches(pattern, words, digits=digits, before=before)]
                assert found == [m.span() for m in pattern.finditer(folded)]


def _canon_url_plain(url: str) -> str:
    """:func:`drafter.extract.canon.canon_url` as it was written before: patterns by name, every call."""
    bare = re.sub(r"^[a-z][a-z0-9+.-]*://", "", re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", url), flags=re.I)
    bare = bare.split("#", 1)[0]
    host = re.split(r"[/?]", bare, maxsplit=1)[0]
    rest = bare[len(host) :]
    return host.lower().removeprefix("www.") + (rest if "?" in rest else rest.rstrip("/"))


URLS = st.lists(
    st.sampled_from(
        ["http", "HTTPS", "ftp", "://", "www.", "WWW.", "a", "B", ".eu", "/", "?", "#", "\\", "_", "x=1", "İ"]
    ),
    max_size=12,
).map("".join)


@settings(max_examples=1500, deadline=None)
@given(URLS)
def test_a_web_address_made_canonical_once_is_what_the_plain_way_makes(url: str) -> None:
    assert canon_url(url) == _canon_url_plain(url)
    assert canon_url(url) == _canon_url_plain(url)  # again, from what was kept


def _parse_half_plain(lang: str, items: Iterable[tuple[str, str]]) -> tuple[int, int] | None:
    """:func:`drafter.lang.numbers.parse_half` as it was written before: three words read before the first
    is looked at."""
    run = list(itertools.islice(items, 3))
    if not run or run[0][0] not in HALVES.get(lang, ()):
        return None
    table = language_words(lang).cardinals
    at = 2 if len(run) > 2 and table.get(run[1][0], (0, ""))[1] == "a" and run[1][1] == "" else 1
    if at >= len(run) or run[at][1] not in ("", "-"):
        return None
    value, kind = table.get(run[at][0], (0, ""))
    return (at + 1, value // 2) if kind == "s" and value >= 1000 else None


HALF_WORDS = st.sampled_from(
    ["half", "medio", "meio", "demi", "a", "un", "um", "million", "millón", "milhão", "mil", "de"]
)


@settings(max_examples=1500, deadline=None)
@given(
    st.sampled_from(["pt", "es", "en", "fr"]),
    st.lists(st.tuples(HALF_WORDS, st.sampled_from(["", "-", "x"])), max_size=4),
)
def test_half_a_scale_word_read_from_its_first_word_is_what_three_words_give(
    lang: str, items: list[tuple[str, str]]
) -> None:
    assert parse_half(lang, iter(items)) == _parse_half_plain(lang, iter(items))


ARTICLES = st.lists(
    st.sampled_from(
        ["a", "A", "an", "one", "One", "un", "una", "uno", "um", "uma", "hundred", "thousand", "million", "mil",
         "millón", "milhão", "cien", "cem", "dos", "two", "half", "medio", "meio", "and", "y", "e", "dozen", "first",
         "primer", "plan", "ONE", "UN", "Banco", "de", "2013", "of"]
    ),
    max_size=14,
)  # fmt: skip
SEPARATORS = st.sampled_from([" ", " ", "-", ", ", ". ", "\n", " y ", " and "])


@settings(max_examples=600, deadline=None)
@given(st.sampled_from(["pt", "es", "en", "fr"]), ARTICLES, st.lists(SEPARATORS, min_size=14, max_size=14))
def test_an_article_before_no_number_word_is_asked_nothing_and_reads_as_before(
    lang: str, pieces: list[str], gaps: list[str]
) -> None:
    """The word scan's shortcut for "a", "un", "um" with no number word after them
    (:func:`drafter.lang.numbers.lone_ones`): the mentions are those every recogniser of number words
    finds when asked."""
    text = "".join(piece + gap for piece, gap in zip(pieces, gaps, strict=False))
    shortcut = extract(text, lang)
    with mock.patch.object(wordscan, "lone_ones", lambda _lang: frozenset()):
        assert extract(text, lang) == shortcut


LEVEL_PIECES = st.sampled_from(
    ["gold", "Gold", "GOLD", "silver", "Silver", "bronze", "Bronze", "platinum", "ouro", "Ouro", "prata", "Prata",
     "oro", "Oro", "plata", "bronce", "Bronce", "platino", "or", "Or", "argent", "Argent", "d'or", "niveau",
     "label", "Label", "sello", "selo", "de", "the", "Coast", "Gold Coast", "Gold Label", "5", "2026", "Mars",
     "World Bank", "Prix", "médaille", "https://gold.eu", "gold@x.eu", "**", "#", "(", ")"]
)  # fmt: skip
LEVEL_VALUES = ["level:gold", "level:silver", "level:bronze", "level:platinum", "level:nothing"]


@settings(max_examples=600, deadline=None)
@given(
    st.sampled_from(["pt", "es", "en", "fr"]),
    st.lists(LEVEL_PIECES, max_size=20),
    st.lists(SEPARATORS, min_size=20, max_size=20),
    st.sets(st.sampled_from(LEVEL_VALUES)),
)
def test_the_terms_a_text_holds_are_those_extract_finds(
    lang: str, pieces: list[str], gaps: list[str], values: set[str]
) -> None:
    """:func:`drafter.extract.terms_among` (no reading where no word opens a wanted term; the word scan
    stopped before its names) gives the terms of the wanted values that :func:`extract` finds."""
    text = "".join(piece + gap for piece, gap in zip(pieces, gaps, strict=False))
    wanted = frozenset(values)
    plain = {m.value for m in extract(text, lang) if m.kind == "term" and m.value in wanted}
    assert terms_among(text, lang, wanted) == plain
