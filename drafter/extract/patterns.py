"""Each language's patterns, compiled once per language and locale from CLDR and :mod:`drafter.lang`."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from babel import Locale
from babel.numbers import (
    get_currency_name,
    get_currency_symbol,
    get_decimal_symbol,
    get_group_symbol,
)

from ..lang import words as words_of
from ..lang.numbers import CURRENCY_CODES, scale_words
from ..localize import DEFAULT_LOCALES
from ..tablecache import kept, named
from .names import countries
from .scan import SP, Index, alternation, fold, opening


@dataclass(frozen=True)
class Rules:
    lang: str
    number: re.Pattern[str]
    ordinal: re.Pattern[str]
    dates: DatePatterns
    month_first: bool  # numeric dates are month/day (en_US)
    scale_after: re.Pattern[str]
    scales: dict[str, int]
    currency_before: re.Pattern[str]
    currency_after: re.Pattern[str]
    currencies: dict[str, str]  # symbol, code or folded name -> ISO code
    countries: Index
    words: frozenset[str]  # lower-case words that may start a number or an ordinal


def _locales(locale: Locale) -> list[Locale]:
    names = {str(locale), "en_US", *(DEFAULT_LOCALES[lang] for lang in ("pt", "es", "en"))}
    return [Locale.parse(name) for name in sorted(names)]


def _number_patterns(lang: str, locale: Locale) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Numbers in digits, and ordinals in digits (5th, 5.º, 5.ª, 1.er)."""
    if get_decimal_symbol(locale) == ",":
        groups, point = r"[.\u00a0\u202f\u2009 ", r"(?:,|\.(?!\d{3}(?!\d)))"
    else:
        # A plain space groups too ("EUR 7 650 million", as EU texts write): never after four digits.
        groups, point = r"[, \u00a0\u202f\u2009", r"(?:\.|,(?!\d{3}(?!\d)))"
    # An apostrophe groups too, as Switzerland writes: "1'500'000 francs suisses".
    groups += "'’" + re.escape(get_group_symbol(locale)) + "]"
    # The other language's separator is grouping only before exactly three digits:
    # in Spanish "1.774" is 1774 but "2.5" is 2.5; in English "1,774" is 1774, "29,9" 29.9.
    number = re.compile(
        rf"(?P<int>\d(?<![\w.,]\d)(?:\d{{0,2}}(?:{groups}\d{{3}}(?!\d))+|\d*))"
        rf"(?:{point}(?P<frac>\d+))?(?!\d)"
    )
    french = "|e|es|re|res|ere|eres|eme|emes|ers" if lang == "fr" else ""  # 2e, 1re, 3es, 1ers (folded)
    suffix = rf"(?:st|nd|rd|th|\.?[ºª°]|\.?er{french})"
    return number, re.compile(rf"(?P<n>\d(?<![\w.,]\d)\d{{0,3}}){suffix}(?!\w)")


@dataclass(frozen=True)
class DatePatterns:
    full: re.Pattern[str]
    """A day and a month name, and maybe a year: 5 de março de 2013, March 5, 2013, Monday 16, November 2020."""
    weekday_before: re.Pattern[str]
    months: dict[str, int]
    month_year: re.Pattern[str]
    """June 2019, outubro de 2018, Dezembro 2022."""
    month_only: re.Pattern[str]
    """A month after a word that makes it a time: in August, em novembro, depuis mars."""
    day_before: re.Pattern[str]
    """The first day of a range written before a full date: "14 y " of "14 y 15 de mayo", "6-" of "6-13 June"."""
    range_gap: re.Pattern[str]
    """What joins the two dates of a range: " a ", " to ", " au ", " - "."""
    month_words: frozenset[str] | None = None
    """The words, folded and in lower case, that ``month_year`` and the month of ``month_only`` open with;
    None when a month name is not one word of ASCII letters, and the whole text is read."""
    preposition_words: frozenset[str] | None = None
    """The words, likewise, that ``month_only`` opens with; None to read the whole text."""
    full_words: frozenset[str] | None = None
    """Where ``full`` opens with a month name too (English "March 5, 2013"), the words, likewise, it may
    open with besides a digit; None where it opens with a digit alone, or to read the whole text."""


def _date_patterns(lang: str, locale: Locale) -> DatePatterns:
    """Dates with a month name, the weekday that may precede them, and the month names."""
    months: dict[str, int] = dict(words_of(lang).months)
    short: set[str] = {"sep", *words_of(lang).months} if lang == "en" else set(words_of(lang).months)
    weekdays: set[str] = set()
    wide: set[str] = set()
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            for month, name in locale.months[context][width].items():
                months[fold(name).lower().rstrip(".")] = month
                (short if width == "abbreviated" else wide).add(fold(name).lower().rstrip("."))
            days = locale.days[context][width].values()
            weekdays.update(fold(d).lower().rstrip(".") for d in days)
    months.update(dict.fromkeys(short - set(months), 9))
    # An abbreviation may end in a dot ("mar."), a full name may not: a date ending a
    # sentence leaves the full stop alone.
    month_alt = f"{alternation(wide)}|(?:{alternation(short - wide)})(?:\\.(?!\\w))?"
    # not "{SP}*\.?{SP}+": n² ways over n spaces
    link = rf"(?:,?{SP}++(?:de|del|of){SP}++|,?(?:{SP}*+\.)?{SP}++)"
    forms = [  # 5 de março de 2013, 5th of March, 2013, 1.º de março, 1er mars, 16, November 2020
        rf"(?P<d1>\d(?<![\w.,/]\d)\d?)(?:st|nd|rd|th|\.?[ºª°]|\.?er)?{link}(?P<m1>(?i:{month_alt}))"
        rf"(?!\w)(?:,?{SP}++(?:(?i:de|del|of){SP}++)?(?P<y1>\d{{4}})(?!\d))?"
    ]
    capital = alternation([m.capitalize() for m in wide])
    if lang == "en":  # March 5, 2013 / March 5th
        every = alternation([m.capitalize() for m in months])
        forms.append(
            rf"(?<![\w.,/])(?P<m2>{every})\.?{SP}++(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?(?!\w)"
            rf"(?:,?{SP}++(?P<y2>\d{{4}})(?!\d))?"
        )
    # English writes its months with a capital, and "may", "march" are words too.
    month_word = capital if lang == "en" else f"(?i:{alternation(wide)})"
    weekday = re.compile(rf"(?<!\w)(?i:{alternation(weekdays)})\.?,?{SP}+\Z")
    # (?<![\w.,/])(?P<m>{month_word}), and (?<!\w)(?i:{prepositions}), skipping to their first letters
    first_month = opening([m.capitalize() for m in wide] if lang == "en" else wide, r"[\w.,/]", cased=lang == "en")
    month_year = re.compile(rf"(?P<m>{first_month})(?:,?{SP}++(?i:de|del|of){SP}++|,?{SP}++)(?P<y>\d{{4}})(?!\d)")
    preps = opening(words_of(lang).month_prepositions, r"\w")
    month_only = re.compile(
        rf"{preps}{SP}++(?:(?i:the|o|el|le|a){SP}++)?"
        rf"(?:(?i:month|mes|mois|m[eê]s){SP}++(?i:of|de|d['’]){SP}*+)?(?P<m>{month_word})(?![\w-])"
    )
    links = alternation(words_of(lang).range_links) or "(?!)"
    either = alternation({*words_of(lang).range_links, *words_of(lang).connector.split()}) or "(?!)"
    first = "(?:er)?" if lang == "fr" else ""  # French writes a range's first of the month "du 1er au 11"
    # "entre le 14 et le 16 mai", "entre el 14 y el 16 de mayo": the second day may take its article too
    day_before = re.compile(
        rf"(?<![\w.,/])(?P<d0>\d{{1,2}}){first}"
        rf"(?:{SP}*+[-–]{SP}*+|{SP}++(?i:{either}){SP}++(?:(?i:el|o|le|the){SP}++)?)\Z"
    )
    range_gap = re.compile(rf"{SP}*+[-–]{SP}*+|{SP}++(?i:{links}){SP}++(?:(?i:el|o|le|the){SP}++)?")
    return DatePatterns(
        re.compile("|".join(forms)),
        weekday,
        months,
        month_year,
        month_only,
        day_before,
        range_gap,
        _first_words(wide),
        _first_words(words_of(lang).month_prepositions, whole=False),
        _first_words(months) if lang == "en" else None,
    )


_ASCII_WORD = re.compile(r"[A-Za-z]+")


def _first_words(phrases: Iterable[str], *, whole: bool = True) -> frozenset[str] | None:
    """The first words of ``phrases`` (folded, in lower case): those a match of them opens with, as
    :func:`drafter.extract.scan.words_of` cuts a text. None unless each phrase is made of ASCII letters
    (``whole``), or opens with an ASCII letter followed by no other letter: then a match could open
    with a word that is no phrase's first, and the shortcut would miss it."""
    found = set()
    for phrase in phrases:
        low = fold(phrase).lower()
        first = _ASCII_WORD.match(low)
        if first is None or (whole and first.end() < len(low)) or low[first.end() : first.end() + 1].isalpha():
            return None
        found.add(first.group())
    return frozenset(found)


def _currency_patterns(lang: str, locale: Locale) -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]:
    """A currency before a number (US$, €, EUR), one after it (€, euros, de dólares), and
    what each symbol, code or folded name stands for."""
    currencies, names = kept(named("currencies", lang, str(locale)), lambda: _currency_names(lang, locale))
    # Markdown escapes "$" as "\$": "US\$ 60" is US$ 60.
    symbols = alternation(set(currencies)).replace(r"\$", r"\\?\$")
    currencies.update({s.replace("$", "\\$"): c for s, c in list(currencies.items())} | names)
    before = re.compile(rf"(?<![A-Za-z])(?P<c>{symbols}){SP}?\Z")
    words = rf"(?:(?i:de|d['’]|of){SP}*+)?(?P<w>(?i:{alternation(set(names))}))"
    after = re.compile(rf"{SP}?(?P<c>{symbols})(?!\w)|{SP}++{words}(?!\w)")
    return before, after, currencies


def _currency_names(lang: str, locale: Locale) -> list[dict[str, str]]:
    """Each currency's symbols and codes, and its folded names in ``lang``, by code (Babel's, in the
    locales of :func:`_locales`; kept between runs by :func:`_currency_patterns`)."""
    currencies = {code: code for code in CURRENCY_CODES}
    names = dict(words_of(lang).currency_words) | {code.lower(): code for code in CURRENCY_CODES}
    for loc in _locales(locale):
        for code in CURRENCY_CODES:
            currencies.setdefault(get_currency_symbol(code, loc), code)
            if loc.language == locale.language:
                names.update({fold(get_currency_name(code, n, loc)).lower(): code for n in (1, 2)})
    currencies["$"] = "USD"
    return [currencies, names]


GLUED_SCALE = 6
"""A scale word this long may follow its number with no space, as a slip leaves it ("4,5milliards de
dollars", "20millones"): no unit or name is written so. A shorter one ("mil", "mille") needs its space."""


def _scale_after(scales: dict[str, int]) -> re.Pattern[str]:
    every = alternation(set(scales)) or "(?!)"
    glued = alternation({w for w in scales if len(w) >= GLUED_SCALE}) or "(?!)"
    return re.compile(rf"(?:{SP}++(?:{every})|(?:{glued}))(?:{SP}++(?:{every}))*(?!\w)", re.I)


@cache
def rules(lang: str, locale_name: str) -> Rules:
    locale = Locale.parse(locale_name)
    number, ordinal = _number_patterns(lang, locale)
    currency_before, currency_after, currencies = _currency_patterns(lang, locale)
    scales = scale_words(lang)
    return Rules(
        lang=lang,
        number=number,
        ordinal=ordinal,
        dates=_date_patterns(lang, locale),
        month_first=locale.territory == "US",
        scale_after=_scale_after(scales),
        scales=scales,
        currency_before=currency_before,
        currency_after=currency_after,
        currencies=currencies,
        countries=countries(tuple(str(loc) for loc in _locales(locale)), lang),
        words=frozenset(words_of(lang).cardinals) | frozenset(words_of(lang).ordinals),
    )
