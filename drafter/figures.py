"""A figure's numbers as a press editor writes them in a sentence: "nine of the 11 plants", "duas das
quatro marinas", "3,2 milhões de latas", "5 GWh".

House styles write small counts in words (up to nine, or ten in Portuguese and Spanish: see
:mod:`drafter.numwords`), except before a unit of measure; a count whose word agrees with its noun
(pt "uma"/"duas", es and fr "una"/"une") is written in words only when the figure gives the noun's
gender, since a wrong agreement is worse than digits. A round figure from a million up is written
as the grant sums are (:mod:`drafter.amounts`), with "de" before the noun in Portuguese, Spanish and
French. The "In figures" list follows the same rules: its lines are sentences, and most begin with
their number. The checker reads all of these forms back (:mod:`drafter.extract`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING

from babel import Locale
from babel.numbers import get_currency_name, get_currency_symbol
from babel.units import UnknownUnitError, format_unit

from .amounts import STYLES, Style, in_millions
from .grammar import after
from .lang import words
from .lang.numbers import CURRENCY_CODES
from .lang.stopwords import STOPWORDS
from .localize import format_number
from .numwords import SPELLINGS, count
from .tablecache import kept

if TYPE_CHECKING:
    from .facts.figure import Figure

_PREFIXED = ("M", "G", "T")
"""Prefixes that CLDR's units lack in some languages: kWh is there, GWh and TWh are not."""


@cache
def unit_symbols(lang: str) -> frozenset[str]:
    """The unit symbols a number keeps its digits before ("5 GWh", "2 km", "3 %"): the short forms
    CLDR gives every language alike, and the larger prefixes of its kilo- units; not those that are
    common words of the language too (pt "em"). Kept between runs (:mod:`.tablecache`): formatting
    Babel's 3,570 units takes a fresh process a tenth of a second a language."""
    return frozenset(kept(f"unit-symbols-{lang}", lambda: sorted(_unit_symbols(lang))))


def _unit_symbols(lang: str) -> frozenset[str]:
    shared: set[str] | None = None
    for code in ("en", "pt", "es", "fr", lang):
        locale = Locale.parse(code)
        symbols = {_symbol(str(unit), locale) for unit in locale.unit_display_names}
        shared = symbols if shared is None else shared & symbols
    common = STOPWORDS.get(lang, frozenset())  # pt "em" is "in" before it is a printer's unit
    found = {s for s in shared or set() if s and "[" not in s and not s.startswith("/") and s not in common}
    found |= {p + s[1:] for s in found if s.startswith("k") and s[1:].isalpha() for p in _PREFIXED}
    return frozenset(found)


@cache
def currency_words(lang: str) -> frozenset[str]:
    """The currencies' names and symbols, in lower case: a sum stays in digits ("5 euros", not "cinco
    euros"), as sums are written, and as ``drafter check`` reads them."""
    locale = Locale.parse(lang)
    found = set()
    for code in CURRENCY_CODES:
        found |= {code.lower(), get_currency_symbol(code, locale).lower()}
        found |= {get_currency_name(code, n, locale).lower().split()[0] for n in (1, 2)}  # dólares (americanos)
    return frozenset(found)


def _symbol(unit: str, locale: Locale) -> str:
    """A unit's short form, as CLDR writes it after a number: "kWh", "km", "%"."""
    try:
        return str(format_unit(5, unit, length="short", locale=locale)).replace("5", "", 1).strip()
    except UnknownUnitError:
        return ""


_WORD = re.compile(r"[^\s,.;:!?)]+")


def before_unit(tail: str, lang: str, *, currencies: bool = True) -> bool:
    """Whether the text after a number starts with a unit symbol, or a currency: " GWh por ano",
    "% das paragens", " euros investidos"."""
    stripped = tail.lstrip()
    if stripped[:1] in ("%", "‰", "°"):
        return True
    found = _WORD.match(stripped)
    if found is None:
        return False
    word = found.group()
    return word in unit_symbols(lang) or (currencies and word.lower() in currency_words(lang))


def small(value: float, locale: Locale, gender: str | None, whole: bool = False) -> str | None:
    """``value`` in words, when the house style writes it so and its agreement is known: "nove",
    "duas" (f), None for 12, 2.5, or pt 2 without a gender; ``whole``: it is one of a whole ("uno de")."""
    spelling = SPELLINGS.get(locale.language)
    if spelling is None or not float(value).is_integer() or not 1 <= value <= spelling.upto:
        return None
    if value == 1 and gender not in ("m", "f"):
        return None  # one agrees in pt, es and fr: without the gender every language keeps the digit alike
    if gender not in ("m", "f") and int(value) in spelling.feminine:
        return None
    if value == 1 and whole and gender is not None and gender in spelling.one_of:
        return spelling.one_of[gender]
    return count(value, locale, "f" if gender == "f" else "m")


def mixes(locale: Locale) -> bool:
    """Whether the language writes a count in words beside the digits of the whole it is part of."""
    spelling = SPELLINGS.get(locale.language)
    return spelling is None or spelling.mixed


def alike(value: str, value_digits: str, whole: str, whole_digits: str, locale: Locale) -> tuple[str, str]:
    """A count and the whole it is part of, written alike: in digits both when the whole is, but in a
    language that mixes them ("9 de las 11", "Nine of the 11"); and a whole in digits beside a count
    in digits ("1 of the 3", not "1 of the three"). One beside a whole in digits is a digit in every
    language: "one" is no number to drafter check, and another version writes "1" there."""
    if whole == whole_digits and (not mixes(locale) or value_digits == "1"):
        return value_digits, whole
    if value == value_digits and whole != whole_digits:
        return value, whole_digits
    return value, whole


def number(value: float, locale: Locale, gender: str | None, tail: str = "", whole: bool = False) -> str:
    """A count of a figure, followed by ``tail``: in words when small and no unit follows, else digits."""
    if before_unit(tail, locale.language):
        return format_number(value, locale)
    return small(value, locale, gender, whole) or format_number(value, locale)


def _in(value: str | Mapping[str, str] | None, lang: str) -> str | None:
    return value if value is None or isinstance(value, str) else value.get(lang)


def gender_in(fig: Figure, lang: str) -> str | None:
    """The gender of what ``fig`` counts in ``lang``: the facts' own, else read from the word after
    its number, and for a count of one only where every language of the figure knows it (or has a
    "one" that does not agree): else every version keeps "1", which drafter check pairs across
    languages, where "um" in one version and "1" in another would be a number on one side only."""
    gender = noun_gender(fig, lang)
    if fig.value != 1:
        return gender
    langs = [set(t) for t in (fig.what, fig.text) if t is not None and not isinstance(t, str)]
    if not langs:
        return _in(fig.gender, lang)
    for other in set.union(*langs):
        spelling = SPELLINGS.get(other)
        if spelling and 1 in spelling.feminine and noun_gender(fig, other) is None:
            return None
    return gender or "m"  # English "one" agrees with nothing: any gender writes it


def noun_gender(fig: Figure, lang: str) -> str | None:
    """The gender of the noun ``fig`` counts in ``lang``: the facts' own, else read from its ending."""
    line = _in(fig.text, lang) or ""
    return _in(fig.gender, lang) or counted_gender(_in(fig.what, lang) or line.partition("{value}")[2], lang)


def counted_gender(tail: str, lang: str) -> str | None:
    """The gender of what a figure counts, read from the first word after its number ("estações
    produzem" f, "clústeres" m), where the language tells it for sure (its ``noun_genders``)."""
    first = tail.split(maxsplit=1)
    return words(lang).noun_genders.of(first[0].strip(".,;:")) if first else None


def millions(value: float, locale: Locale, tail: str) -> tuple[str, str] | None:
    """A round figure from a million up and the text after it, joined as the language joins a scale
    word to its noun: ("3,2 milhões", "de latas"), ("3,2 millions", "d’habitants"), ("3.2 million",
    "tins"), ("3 milhões", "de euros"); None for a figure its digits say better, or one a unit
    follows (3 200 000 kWh)."""
    if before_unit(tail, locale.language, currencies=False):
        return None
    scaled = in_millions(value, locale)
    if scaled is None:
        return None
    joiner = STYLES.get(locale.language, Style()).scale_joiner
    rest = tail.lstrip()
    if not joiner or not rest[:1].isalpha():
        return scaled, rest
    joined = after(f"{scaled} {joiner}", rest, words(locale.language))
    return scaled, joined[len(scaled) :].lstrip()


ABBREVIATED = frozenset("etc lda ltd inc co corp cf vs vol approx aprox env ca av".split())
"""Words whose full stop is an abbreviation's, kept at the end of a line: "… Lda.", "… etc."."""


def without_stop(line: str) -> str:
    """A figure's ``text`` as a line of the "In figures" list, whose other lines end bare: without the
    full stop a sentence typed in the facts ends with ("A cooperativa produz 180 000 garrafas por ano."),
    but with an ellipsis's and an abbreviation's ("S.A.", "etc.")."""
    line = line.rstrip()
    last = line.rsplit(None, 1)[-1] if line else ""
    if not line.endswith(".") or line.endswith("..") or "." in last[:-1] or last[:-1].lower() in ABBREVIATED:
        return line
    return line[:-1]
