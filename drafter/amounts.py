"""A sum of money as a language's press writes it in running text: 480 000 euros, 1,2 milhões de
euros, 1,2 million d’euros, €480,000, €1.2 million.

The digits, the scale word (million, milhões, millones, milliards), the currency's name in the
plural the number takes and its symbol are CLDR's, through Babel, but for the few currencies whose
CLDR name is an official's ("dólares dos Estados Unidos"), which a language's press names shortly
(``press_currencies`` in :mod:`drafter.lang`). What CLDR does not say is how a
newspaper writes a sum in a sentence: English puts the symbol first; Portuguese, Spanish and
French spell the currency out (their style books keep the symbol for tables) and join it to a scale
word with "de", elided in French; English too for a dollar, whose sign some Markdown engines take
for the start of mathematics ("640,000 US dollars"). That is :data:`STYLES`, one entry a language.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from babel import Locale
from babel.numbers import format_compact_decimal, format_decimal, get_currency_name, get_currency_symbol

from .grammar import after
from .lang import words
from .localize import format_number

MILLION = 10**6


@dataclass(frozen=True)
class Style:
    """How one language writes a sum in running text."""

    symbol: bool = False
    """The symbol before the figure (€480,000), rather than the currency's name after it (480 000 euros)."""
    scale_joiner: str = ""
    """The word between a scale word and the currency's name: "de" in 1,2 milhões de euros."""
    lower_case: bool = False
    """The currency's name in lower case, as Brazilian Portuguese writes it too (CLDR has Euros)."""


STYLES: dict[str, Style] = {
    "en": Style(symbol=True),
    "pt": Style(scale_joiner="de", lower_case=True),
    "es": Style(scale_joiner="de", lower_case=True),
    "fr": Style(scale_joiner="de", lower_case=True),
    "it": Style(scale_joiner="di", lower_case=True),
    "ca": Style(scale_joiner="de", lower_case=True),
    "gl": Style(scale_joiner="de", lower_case=True),
}
"""A language not listed writes the figure, then the currency's name as CLDR has it: 1,2 Millionen Euro."""


def format_money(value: float, currency: str, locale: Locale) -> str:
    """``value`` of ``currency`` (an ISO 4217 code) as the locale's language writes it in a sentence."""
    style = STYLES.get(locale.language, Style())
    scaled = _scaled(value, locale)
    figure = scaled or _digits(value, locale)
    symbol = get_currency_symbol(currency, locale) if style.symbol else ""
    if symbol and "$" not in symbol:  # "$2,000 and $3,000" is mathematics to some Markdown engines
        return f"{symbol}\u00a0{figure}" if symbol[-1:].isalpha() else f"{symbol}{figure}"  # CHF 480,000
    press = words(locale.language).press_currencies.get(currency)
    name = (press[0] if value == 1 else press[1]) if press else get_currency_name(currency, value, locale)
    if style.lower_case:
        name = name[:1].lower() + name[1:]
    if scaled and style.scale_joiner:
        return f"{figure} {after(style.scale_joiner, name, words(locale.language))}"
    return f"{figure} {name}"


def _scaled(value: float, locale: Locale) -> str | None:
    """A million or more, when it is whole at two decimals of its scale: 1,2 milhões, 2 mil milhões,
    12,5 millions; None for a sum that only its digits say exactly (1 234 567)."""
    exact = Decimal(str(value))
    if exact < MILLION:
        return None
    scale = Decimal(10) ** (3 * ((len(str(int(exact))) - 1) // 3))
    if (exact / scale * 100) % 1:
        return None
    return str(format_compact_decimal(exact, format_type="long", locale=locale, fraction_digits=2))


def in_millions(value: float, locale: Locale) -> str | None:
    """A count from a million up written as the sums are, when it is a round multiple of 100 000:
    3,2 milhões, 3.2 million, 2 mil milhões; None for 3 250 000, which only its digits say well."""
    if Decimal(str(value)) % 100_000:
        return None
    return _scaled(value, locale)


def _digits(value: float, locale: Locale) -> str:
    """The sum in digits, with cents only when it has them: 480 000, 12 500,50."""
    if float(value).is_integer():
        return format_number(int(value), locale)
    return str(format_decimal(Decimal(str(value)), format="#,##0.00", locale=locale))
