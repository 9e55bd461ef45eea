"""A sum of money's figure whose own words write its scale or its currency again.

With ``currency``, drafter writes the whole sum, scale word and currency included ("1,8 milhões de
euros", "€200,000"). A line that says them too prints them twice, and no later check of the drafts
can tell the press office why: "{value} milhões" with 1.8 prints "1,80 euros milhões", "€{value}"
prints "€€200,000". Both are refused in the facts file, with the line that would be right.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from decimal import Decimal

from babel.numbers import get_currency_name

from ..lang import words
from ..lang.numbers import CURRENCY_CODES, scale_words
from .types import _fail

SHORT_SCALES: Mapping[str, int] = {"k": 10**3, "m": 10**6, "mn": 10**6, "bn": 10**9, "md": 10**9, "mds": 10**9}
"""Scale words newsrooms abbreviate, in any of the languages: "€2bn", "3 M€", "1,2 Md€"."""

_WORD = re.compile(r"[^\W\d_]+|\S")
"""A word, or any other single sign: "€", "$"."""


def _folded(word: str) -> str:
    """Lower case, without accents or a full stop: "milhões" and "Milhoes" are one word."""
    plain = unicodedata.normalize("NFKD", word.lower().rstrip("."))
    return "".join(c for c in plain if not unicodedata.combining(c))


def _scale(word: str, lang: str) -> int | None:
    """The scale ``word`` says in ``lang`` ("milhões" 10**6, "bn" 10**9), or None."""
    table = scale_words(lang) or {w: v for other in ("en", "es", "fr", "pt") for w, v in scale_words(other).items()}
    folded = _folded(word)
    for form in (folded, folded.removesuffix("s")):
        if form in table:
            return table[form]
    return SHORT_SCALES.get(folded)


def _is_currency(word: str, currency: str, lang: str) -> bool:
    """``word`` is a currency sign ("€", "US$"), an ISO code ("EUR") or the name of ``currency`` in ``lang``."""
    if unicodedata.category(word[-1]) == "Sc" or word in CURRENCY_CODES or word == currency:
        return True
    try:
        names = {_folded(get_currency_name(currency, count, lang)) for count in (1, 2)}
    except (ValueError, LookupError):  # a language CLDR does not know: its signs and codes only
        names = set()
    names.update(_folded(name) for name in words(lang).press_currencies.get(currency, ()))
    return _folded(word) in {name.split()[0] for name in names if name}


def _printed(number: float, currency: str, lang: str) -> str:
    """The sum as a draft in ``lang`` writes it: "1,80 euros"."""
    from ..amounts import format_money
    from ..localize import locale_for

    try:
        return format_money(number, currency, locale_for(lang))
    except (ValueError, LookupError):
        return f"{number} {currency}"


def _whole(number: float, scale: int) -> str:
    whole = Decimal(str(number)) * scale
    return str(whole.to_integral_value()) if whole == whole.to_integral_value() else str(whole.normalize())


def check_money_words(
    number: float, currency: str, text: Mapping[str, str] | None, what: Mapping[str, str] | None
) -> None:
    """Refuse a scale word after the number, or the currency beside it, in a sum's ``text`` or ``what``."""
    for field, lines in (("text", text), ("what", what)):
        for lang, line in (lines or {}).items():
            before, _, after = line.partition("{value}") if field == "text" else ("", "", line)
            following = _WORD.findall(after)[:1]
            preceding = _WORD.findall(before)[-1:]
            placed = "{value} " + following[0] if field == "text" and following else (following or [""])[0]
            if following and (scale := _scale(following[0], lang)) is not None:
                message = (
                    f"“{placed}” with currency: {currency} prints “{_printed(number, currency, lang)} "
                    f"{following[0]}”: drafter writes the sum whole, its scale word and currency included. "
                    f"Write value: {_whole(number, scale)} and drop “{following[0]}”"
                )
                raise _fail("money", message, at=(field, lang))
            for side in (preceding, following):
                if side and _is_currency(side[0], currency, lang):
                    word, printed = side[0], _printed(number, currency, lang)
                    shown, twice = (
                        (f"{word}{{value}}", f"{word}{printed}") if side is preceding else (placed, f"{printed} {word}")
                    )
                    message = (
                        f"“{shown}” with currency: {currency} prints the currency twice (“{twice}”): drafter "
                        f"writes it with the number. Drop “{word}” from the {field}"
                    )
                    raise _fail("money", message, at=(field, lang))
