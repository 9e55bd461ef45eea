"""How values are written in each language: one function per kind of value.

Render and check share these, so what drafter writes is exactly what it later
recognises. Everything comes from CLDR through Babel, always with an explicit
locale (Babel's default comes from the environment and would make output vary
from one machine to the next). Spanish conjunctions are the one rule CLDR lacks.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from decimal import Decimal
from functools import cache, lru_cache
from typing import Any, Literal

from babel import Locale
from babel.dates import format_date as _babel_date
from babel.dates import format_skeleton
from babel.lists import format_list as _babel_list
from babel.numbers import format_decimal
from babel.numbers import format_percent as _babel_percent

from .grammar import after, with_article
from .lang import words

DEFAULT_LOCALES = {
    "pt": "pt_PT",
    "es": "es_ES",
    "en": "en_GB",
    "fr": "fr_FR",
    "de": "de_DE",
    "it": "it_IT",
    "nl": "nl_NL",
    "ca": "ca_ES",
    "gl": "gl_ES",
    "eu": "eu_ES",
}
"""European locales unless a release asks otherwise: Portugal, not Brazil; Spain; Britain."""

COUNTRY_CODES: frozenset[str] = frozenset(
    code
    for code in map(str, Locale("en").territories)
    if len(code) == 2 and code.isalpha() and code not in {"ZZ", "XA", "XB", "EZ", "UN", "QO", "EU"}
)
"""ISO 3166 codes CLDR names: real countries and territories, not its private-use or groupings."""


@cache
def locale_for(lang: str, override: str | None = None) -> Locale:
    """The CLDR locale a language is written in: the override, else the European default."""
    return Locale.parse(override or DEFAULT_LOCALES.get(lang, lang))


def format_date(day: dt.date, locale: Locale, *, year: bool = True) -> str:
    """5 de março de 2013 / 5 de marzo de 2013 / 5 March 2013; without year: 5 de março."""
    return _date(day, locale, year)


@lru_cache(maxsize=4096)
def _date(day: dt.date, locale: Locale, year: bool) -> str:
    """:func:`format_date`, by Babel once a process for each day and locale: a release writes its days
    in every language, and an archive's releases share most of them."""
    text = _babel_date(day, "long", locale=locale) if year else format_skeleton("MMMMd", day, locale=locale)
    if locale.language == "fr" and day.day == 1:
        text = re.sub(r"^1(?=\s)", "1er", text)  # French writes the first of the month as an ordinal
    return text


@lru_cache(maxsize=1024)
def format_month(year: int, month: int, locale: Locale) -> str:
    """A month of a year, in CLDR's words: março de 2013 / marzo de 2013 / March 2013 / mars 2013."""
    return format_skeleton("yMMMM", dt.date(year, month, 1), locale=locale)


def format_when(value: dt.date | Any, locale: Locale) -> str:
    """A day (:func:`format_date`) or a month of a year (anything with ``year`` and ``month``, no ``day``)."""
    if isinstance(value, dt.date):
        return format_date(value, locale)
    return format_month(value.year, value.month, locale)


MIN_GROUPING_TWO: frozenset[str] = frozenset(
    """be be_BY be_TARASK bg bg_BG es es_EA es_ES es_GQ es_IC es_PH et et_EE hu hu_HU hy hy_AM ia ia_001
    ie ie_EE it it_CH it_IT it_SM it_VA ka ka_GE lv lv_LV pl pl_PL pt_CH pt_CV pt_GQ pt_GW pt_LU pt_MO
    pt_MZ pt_PT pt_ST pt_TL ru_UA sl sl_SI sq sq_AL sq_MK sq_XK""".split()
)
"""Locales whose CLDR ``minimumGroupingDigits`` is 2: a number groups its digits only from five
digits on (es-ES 1200 but 12.000; pt-PT 1460 but 12 000), as the RAE's Ortografía and Portuguese
style books ask. Babel does not ship the field, so it is data here: every locale Babel knows,
formatted by ICU 78 (CLDR 48), with the ids where 1000 came out ungrouped and 10000 grouped.
Spanish of the Americas (es_MX, es_419, es_AR) and Brazilian Portuguese group from four digits."""


def _grouped(value: float | Decimal, locale: Locale) -> bool:
    """Whether ``value`` is written with its digit groups marked, in ``locale``."""
    return str(locale) not in MIN_GROUPING_TWO or abs(float(value)) >= 10_000


def format_number(value: float, locale: Locale) -> str:
    """1774 and 12 000 (pt-PT) / 1774 and 12.000 (es-ES) / 1,774 (en); decimals 29,9 / 29.9.

    Ints and floats are kept per value, type and locale (Babel's pattern work is about 20 µs a call, and an
    archive's drafts and their check write the same few thousand numbers again and again). Only values
    equal in Python that Babel writes alike are kept: not 0.0 and -0.0, not Decimals (1.5 and 1.50)."""
    if type(value) is int or (type(value) is float and value != 0):
        return _number(value, locale)
    return _number.__wrapped__(value, locale)


@lru_cache(maxsize=8192, typed=True)
def _number(value: float, locale: Locale) -> str:
    return format_decimal(value, locale=locale, decimal_quantization=False, group_separator=_grouped(value, locale))


def format_percent(value: float, locale: Locale) -> str:
    """``value`` is in percent already: 29.9 gives 29,9% (pt-PT), 29,9 % (es-ES), 29.9% (en); kept as
    :func:`format_number` keeps numbers."""
    if type(value) is int or (type(value) is float and value != 0):
        return _percent(value, locale)
    return _percent.__wrapped__(value, locale)


@lru_cache(maxsize=8192, typed=True)
def _percent(value: float, locale: Locale) -> str:
    return _babel_percent(
        Decimal(str(value)) / 100,
        locale=locale,
        decimal_quantization=False,
        group_separator=_grouped(value, locale),
    )


ListStyle = Literal["standard", "or"]


def format_list(items: list[str], locale: Locale, *, style: ListStyle = "standard") -> str:
    """Spain, France and Germany, in the locale's words, with Spanish e/u before i/o sounds."""
    if not items:
        return ""
    text = _babel_list(items, style=style, locale=locale)
    if locale.language == "es" and len(items) > 1:
        last = items[-1]
        for plain, before in (("y", "e"), ("o", "u")):
            tail = f" {plain} {last}"
            if text.endswith(tail) and _spanish_swap(plain, last):
                text = text[: -len(tail)] + f" {before} {last}"
    return text


def _spanish_swap(conjunction: str, word: str) -> bool:
    """'y' becomes 'e' before an i sound (Italia, Hidalgo, not hierro); 'o' becomes 'u' before o."""
    bare = _strip_accents(word).lower()
    if conjunction == "y":
        return bool(re.match(r"h?i(?![aeou])", bare)) and not re.match(r"h?i[aeou]", bare)
    return bool(re.match(r"h?o", bare))


def _strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def country_name(code: str, locale: Locale) -> str:
    """Espanha / España / Spain, from CLDR, or the language's own name where CLDR's is written for
    lists ("Congo - Kinshasa": Democratic Republic of the Congo)."""
    name = words(locale.language).country_names.get(code) or locale.territories.get(code)
    return name if name else code


@cache
def country_names_in(lang: str) -> frozenset[str]:
    """Every country's name as ``lang`` writes it (:func:`country_name`), in lower case."""
    locale = locale_for(lang)
    return frozenset(country_name(code, locale).lower() for code in COUNTRY_CODES)


def is_branch(name: str, lang: str) -> bool:
    """Whether ``name`` is a body's branch in a country, named by the body's acronym and the country as
    ``lang`` writes it: "UNICEF España", "WWF Portugal", "IEEE France"."""
    head, _, country = name.partition(" ")
    return len(head) >= 2 and head.isalpha() and head.isupper() and country.lower() in country_names_in(lang)


def country_forms(code: str, locale: Locale) -> dict[str, str]:
    """A country as a sentence names it: bare ("name": Países Baixos, for brackets and lists), with
    its article ("the": the Netherlands, les Pays-Bas), where ("at": in the Netherlands, aux Pays-Bas,
    nos Países Baixos, en Espagne, au Portugal) and from where ("of": des Pays-Bas, d’Espagne, do
    Brasil, de Portugal, del Reino Unido). The data is each language's (:mod:`drafter.lang`)."""
    lang = words(locale.language)
    name = country_name(code, locale)
    article = lang.country_articles.get(code)
    if article is None:
        ending, matched, other = lang.country_article_rule
        article = (matched if name.endswith(ending) else other) if ending else ""
    the = with_article(article, name, lang)
    inside, source, merged = lang.country_prepositions
    elided = bool(article) and not the.startswith(f"{article} ")  # l’Iran
    vowel = after(source, name, lang) != f"{source} {name}"  # d’Israël: a name that elides
    if merged and (article in lang.country_drops or elided or (not article and vowel)):
        # French: en Espagne, d’Espagne; en Iran, d’Iran; en Israël, d’Israël; de la République dominicaine
        of = after(source, the if name.startswith(lang.country_keeps) else name, lang)
        return {"name": name, "the": the, "at": f"{merged} {name}", "of": of}
    return {"name": name, "the": the, "at": after(inside, the, lang), "of": after(source, the, lang)}


def url_label(url: str) -> str:
    """An address as people write it in prose: no scheme, no trailing slash."""
    return re.sub(r"^https?://", "", url, flags=re.I).rstrip("/")
