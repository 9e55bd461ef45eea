"""How dates, numbers, percentages, lists and country names are written in each language.

``NBSP`` is U+00A0, the no-break space CLDR puts between digit groups in pt-PT and before the
percent sign in es-ES: tests spell it out, since it looks like a plain space.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys

import babel
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from drafter.localize import (
    COUNTRY_CODES,
    _number,
    _percent,
    country_name,
    format_date,
    format_list,
    format_number,
    format_percent,
    locale_for,
    url_label,
)

from .conftest import ROOT

NBSP = "\u00a0"
DAY = dt.date(2013, 3, 5)
PT, ES, EN = (locale_for(lang) for lang in ("pt", "es", "en"))


def test_european_locales_by_default() -> None:
    assert [str(locale_for(lang)) for lang in ("pt", "es", "en")] == ["pt_PT", "es_ES", "en_GB"]
    assert locale_for("pt") is locale_for("pt")


# Dates.


@pytest.mark.parametrize(
    ("locale", "full", "yearless"),
    [
        (PT, "5 de março de 2013", "5 de março"),
        (ES, "5 de marzo de 2013", "5 de marzo"),
        (EN, "5 March 2013", "5 March"),
    ],
    ids=["pt", "es", "en"],
)
def test_dates(locale: babel.Locale, full: str, yearless: str) -> None:
    assert format_date(DAY, locale) == full
    assert format_date(DAY, locale, year=False) == yearless


@pytest.mark.parametrize(
    ("locale", "first", "last"),
    [
        (PT, "1 de janeiro de 2026", "31 de dezembro"),
        (ES, "1 de enero de 2026", "31 de diciembre"),
        (EN, "1 January 2026", "31 December"),
    ],
    ids=["pt", "es", "en"],
)
def test_dates_at_the_ends_of_the_year(locale: babel.Locale, first: str, last: str) -> None:
    assert format_date(dt.date(2026, 1, 1), locale) == first
    assert format_date(dt.date(2026, 12, 31), locale, year=False) == last


# Numbers and percentages.


@pytest.mark.parametrize(
    ("locale", "whole", "decimal", "large", "small"),
    [
        (PT, "1774", "29,9", f"1{NBSP}234{NBSP}567,5", "0,5"),  # four digits ungrouped: see below
        (ES, "1774", "29,9", "1.234.567,5", "0,5"),
        (EN, "1,774", "29.9", "1,234,567.5", "0.5"),
    ],
    ids=["pt", "es", "en"],
)
def test_numbers(locale: babel.Locale, whole: str, decimal: str, large: str, small: str) -> None:
    assert format_number(1774, locale) == whole
    assert format_number(29.9, locale) == decimal
    assert format_number(1234567.5, locale) == large
    assert format_number(0.5, locale) == small


@pytest.mark.parametrize(
    ("locale", "four", "five", "percent"),
    [
        (ES, "1200", "12.000", f"1200{NBSP}%"),
        (PT, "1200", f"12{NBSP}000", "1200%"),
        (EN, "1,200", "12,000", "1,200%"),
        (locale_for("fr"), "1\u202f200", "12\u202f000", "1\u202f200\u00a0%"),
        (locale_for("es", "es_MX"), "1,200", "12,000", "1,200%"),
        (locale_for("pt", "pt_BR"), "1.200", "12.000", "1.200%"),
    ],
    ids=["es", "pt", "en", "fr", "es_MX", "pt_BR"],
)
def test_four_digits_group_only_where_cldr_says(locale: babel.Locale, four: str, five: str, percent: str) -> None:
    """CLDR's minimumGroupingDigits is 2 for es and pt-PT: 1200 but 12.000 (the RAE's Ortografía and the
    Portuguese style books say the same). Babel does not apply it; drafter does. Spanish of Mexico and
    Brazilian Portuguese group from four digits."""
    assert format_number(1200, locale) == four
    assert format_number(9999, locale).count("9") == 4
    assert format_number(12000, locale) == five
    assert format_number(-1200, locale) == "-" + four
    assert format_percent(1200, locale) == percent


@pytest.mark.parametrize("locale", [PT, ES, EN], ids=["pt", "es", "en"])
def test_numbers_keep_the_digits_given(locale: babel.Locale) -> None:
    """No rounding to three decimals, and no ',0' on a whole number read as a float."""
    assert format_number(350, locale) == "350"
    assert format_number(1774.0, locale) == format_number(1774, locale)
    assert format_number(3.14159, locale).endswith("14159")


@pytest.mark.parametrize(
    ("locale", "decimal", "whole"),
    [(PT, "29,9%", "30%"), (ES, f"29,9{NBSP}%", f"30{NBSP}%"), (EN, "29.9%", "30%")],
    ids=["pt", "es", "en"],
)
def test_percent(locale: babel.Locale, decimal: str, whole: str) -> None:
    """The value is in percent already: 29.9 means 29.9 %, not 2990 %."""
    assert format_percent(29.9, locale) == decimal
    assert format_percent(30, locale) == whole


def test_percent_is_exact() -> None:
    """0.1 + 0.2 style float noise does not show: the value goes through its decimal text."""
    assert format_percent(0.3, EN) == "0.3%"
    assert format_percent(12.05, PT) == "12,05%"


# Lists.


@pytest.mark.parametrize(
    ("locale", "items", "expected"),
    [
        (PT, ["Espanha", "França", "Alemanha"], "Espanha, França e Alemanha"),
        (ES, ["España", "Francia", "Alemania"], "España, Francia y Alemania"),
        (EN, ["Spain", "France", "Germany"], "Spain, France and Germany"),
        (PT, ["Espanha", "França"], "Espanha e França"),
        (ES, ["España", "Francia"], "España y Francia"),
        (EN, ["Spain", "France"], "Spain and France"),
        (PT, ["Espanha"], "Espanha"),
        (EN, [], ""),
    ],
)
def test_lists(locale: babel.Locale, items: list[str], expected: str) -> None:
    assert format_list(items, locale) == expected


@pytest.mark.parametrize(
    ("locale", "expected"),
    [(PT, "Espanha ou França"), (ES, "España o Francia"), (EN, "Spain or France")],
    ids=["pt", "es", "en"],
)
def test_or_lists(locale: babel.Locale, expected: str) -> None:
    items = {"pt": ["Espanha", "França"], "es": ["España", "Francia"], "en": ["Spain", "France"]}
    assert format_list(items[locale.language], locale, style="or") == expected


@pytest.mark.parametrize(
    ("items", "style", "expected"),
    [
        # y becomes e before an i sound, written i, í or hi + consonant.
        (["Francia", "Italia"], "standard", "Francia e Italia"),
        (["España", "Irlanda"], "standard", "España e Irlanda"),
        (["España", "Francia", "Italia"], "standard", "España, Francia e Italia"),
        (["España", "Ítaca"], "standard", "España e Ítaca"),
        (["Francia", "Hidalgo"], "standard", "Francia e Hidalgo"),
        (["Francia", "IBM"], "standard", "Francia e IBM"),
        # ... but not before hie-, hia-, io- (a y sound), nor before anything else.
        (["agua", "hielo"], "standard", "agua y hielo"),
        (["cobre", "hierro"], "standard", "cobre y hierro"),
        (["España", "iodo"], "standard", "España y iodo"),
        (["Francia", "Alemania"], "standard", "Francia y Alemania"),
        (["España", "Holanda"], "standard", "España y Holanda"),
        # o becomes u before an o sound, written o, ó or ho.
        (["Bélgica", "Holanda"], "or", "Bélgica u Holanda"),
        (["siete", "ocho"], "or", "siete u ocho"),
        (["uno", "otro"], "or", "uno u otro"),
        (["Francia", "Bélgica", "Holanda"], "or", "Francia, Bélgica u Holanda"),
        (["Francia", "Italia"], "or", "Francia o Italia"),
        (["Bélgica", "Holanda"], "standard", "Bélgica y Holanda"),
    ],
)
def test_spanish_e_and_u(items: list[str], style: str, expected: str) -> None:
    assert format_list(items, ES, style=style) == expected  # type: ignore[arg-type]


def test_e_and_u_are_spanish_only() -> None:
    assert format_list(["Espanha", "Itália"], PT) == "Espanha e Itália"
    assert format_list(["Bélgica", "Holanda"], PT, style="or") == "Bélgica ou Holanda"
    assert format_list(["Spain", "Italy"], EN) == "Spain and Italy"
    assert format_list(["Belgium", "Holland"], EN, style="or") == "Belgium or Holland"


# Country names.


@pytest.mark.parametrize(
    ("code", "pt", "es", "en"),
    [
        ("ES", "Espanha", "España", "Spain"),
        ("FR", "França", "Francia", "France"),
        ("DE", "Alemanha", "Alemania", "Germany"),
        ("PT", "Portugal", "Portugal", "Portugal"),
        ("NO", "Noruega", "Noruega", "Norway"),
        ("GB", "Reino Unido", "Reino Unido", "United Kingdom"),
    ],
)
def test_country_names(code: str, pt: str, es: str, en: str) -> None:
    assert [country_name(code, loc) for loc in (PT, ES, EN)] == [pt, es, en]


def test_country_codes() -> None:
    assert {"ES", "PT", "FR", "DE", "NO", "GB"} <= COUNTRY_CODES
    assert not {"ZZ", "EU", "UN", "001", "es"} & COUNTRY_CODES
    assert all(len(code) == 2 and code.isupper() for code in COUNTRY_CODES)
    assert all(country_name(code, EN) != code for code in COUNTRY_CODES)


# Locale overrides.


def test_pt_br_override() -> None:
    br = locale_for("pt", "pt_BR")
    assert str(br) == "pt_BR"
    assert format_number(1774, br) == "1.774"
    assert format_number(1234567.5, br) == "1.234.567,5"
    assert format_date(DAY, br) == "5 de março de 2013"
    assert format_percent(29.9, br) == "29,9%"
    assert (country_name("IR", PT), country_name("IR", br)) == ("Irão", "Irã")


def test_en_us_override() -> None:
    us = locale_for("en", "en_US")
    assert format_date(DAY, us) == "March 5, 2013"
    assert format_date(DAY, us, year=False) == "March 5"
    assert format_number(1774, us) == "1,774"


# Addresses in prose.


@pytest.mark.parametrize(
    ("url", "label"),
    [
        ("https://www.secpho.org/", "www.secpho.org"),
        ("http://www.secpho.org", "www.secpho.org"),
        ("HTTPS://example.org/page/", "example.org/page"),
        ("www.clusterexcellence.eu", "www.clusterexcellence.eu"),
    ],
)
def test_url_label(url: str, label: str) -> None:
    assert url_label(url) == label


# The process's locale plays no part.

FOREIGN = "de_DE.UTF-8"
LOCALE_VARS = ("LANG", "LC_ALL", "LC_MESSAGES", "LC_NUMERIC", "LC_TIME", "LANGUAGE")


def _everything() -> list[str]:
    out = []
    for lang in ("pt", "es", "en"):
        loc = locale_for(lang)
        out += [
            format_date(DAY, loc),
            format_date(DAY, loc, year=False),
            format_number(1234567.5, loc),
            format_percent(29.9, loc),
            format_list(["ES", "FR", "IT"], loc),
            country_name("DE", loc),
        ]
    return out


def test_output_does_not_depend_on_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    before = _everything()
    locale_for.cache_clear()
    for name in LOCALE_VARS:
        monkeypatch.setenv(name, FOREIGN)
    assert str(babel.default_locale()) == "de_DE"  # the environment does speak German
    try:
        assert _everything() == before
        assert _everything()[:6] == [
            "5 de março de 2013",
            "5 de março",
            f"1{NBSP}234{NBSP}567,5",
            "29,9%",
            "ES, FR e IT",
            "Alemanha",
        ]
    finally:
        locale_for.cache_clear()


def test_drafts_do_not_depend_on_the_environment() -> None:
    """The whole command, in a fresh process each time, under a German and a bare C locale."""

    def run(value: str) -> str:
        env = {k: v for k, v in os.environ.items() if k not in LOCALE_VARS and k != "DRAFTER_TEMPLATES"}
        env.update(dict.fromkeys(LOCALE_VARS, value))
        result = subprocess.run(
            [sys.executable, "-m", "drafter", "draft", "tests/bad_inputs/valid.yaml", "--lang", "pt"],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            encoding="utf-8",
            check=True,
        )
        return result.stdout

    german, bare = run(FOREIGN), run("C")
    assert german == bare
    assert "6 de março de 2013" in german


@given(
    value=st.one_of(st.integers(-(10**12), 10**12), st.floats(-1e9, 1e9, allow_nan=False)),
    lang=st.sampled_from(["pt", "es", "en", "fr"]),
)
@settings(max_examples=300, deadline=None)
def test_numbers_and_percentages_kept_per_value_are_those_babel_writes(value: float, lang: str) -> None:
    """``format_number`` and ``format_percent`` keep what they wrote per value, type and locale: the same
    text as written afresh, the first time and the next (1 and 1.0, 0.0 and -0.0, every locale apart)."""
    locale = locale_for(lang)
    for each in (value, float(value), -value, -float(value)):
        for kept, plain in ((format_number, _number.__wrapped__), (format_percent, _percent.__wrapped__)):
            fresh = plain(each, locale)
            assert kept(each, locale) == fresh
            assert kept(each, locale) == fresh
