"""Small counts written in words, agreeing with what they count: "cinco socios", "duas empresas".

House styles write the numbers up to nine (English, French) or ten (Portuguese, Spanish: the
Livro de Estilo's "até dez", Fundéu's press usage) in words, and larger ones in digits. CLDR has
spell-out rules but Babel does not ship them, and num2words (0.5.14) writes the pronoun forms
("uno", "veintiuno") and no feminine in Spanish, Portuguese or French, where a count before a
noun takes the noun's gender: "un socio", "una empresa", "dois centros", "duas empresas", "une
entreprise". So the small range is data here, one table per language, as a noun needs it.
Larger counts are digits, written by :func:`drafter.localize.format_number`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Literal

from babel import Locale

from .localize import format_number

Gender = Literal["m", "f"]


@dataclass(frozen=True)
class Spelling:
    """How a language writes a count before a noun: words up to ``upto``, digits after."""

    upto: int
    masculine: tuple[str, ...]
    """One to ten, as they stand before a masculine noun ("un socio", "dois parceiros")."""
    feminine: MappingProxyType[int, str] = field(default_factory=lambda: MappingProxyType({}))
    """The counts that change before a feminine noun: {1: "una"}, {1: "uma", 2: "duas"}."""
    one_of: MappingProxyType[str, str] = field(default_factory=lambda: MappingProxyType({}))
    """One of a whole, where it is not the word before a noun: es "uno de los", "una de las"."""
    mixed: bool = False
    """Whether a count in words may stand beside one in digits that it is part of: English papers write
    "Nine of the 11 plants"; the RAE, the Portuguese and French style books want "9 de las 11"."""

    def word(self, number: int, gender: Gender) -> str:
        return (self.feminine.get(number) if gender == "f" else None) or self.masculine[number - 1]


SPELLINGS: MappingProxyType[str, Spelling] = MappingProxyType(
    {
        "en": Spelling(9, ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"), mixed=True),
        "es": Spelling(
            10,
            ("un", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez"),
            MappingProxyType({1: "una"}),
            MappingProxyType({"m": "uno", "f": "una"}),
        ),
        "fr": Spelling(
            9,
            ("un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix"),
            MappingProxyType({1: "une"}),
        ),
        "pt": Spelling(
            10,
            ("um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove", "dez"),
            MappingProxyType({1: "uma", 2: "duas"}),
        ),
    }
)
"""Each language's words for one to ten, and how far its house style writes them."""

MOST = 10
"""No table goes further: above ten, every house style writes digits."""


def count(number: int | float, locale: Locale, gender: Gender = "m", upto: int | None = None) -> str:
    """``number`` as it stands before a noun of ``gender``: in words from one up to the language's
    limit (or ``upto``, a house style's own, at most ten), else in the locale's digits: "cinco",
    "una", "duas", "12", "1200"."""
    spelling = SPELLINGS.get(locale.language)
    limit = min(MOST, spelling.upto if upto is None else upto) if spelling else 0
    if spelling and float(number).is_integer() and 1 <= number <= limit:
        return spelling.word(int(number), gender)
    return format_number(number, locale)


def counted(number: int | float, one: str, many: str, locale: Locale, gender: Gender = "m") -> str:
    """A count and its noun, singular or plural: "un socio", "cinco socios", "21 socios",
    "duas empresas", "one partner", "12 partners"."""
    return f"{count(number, locale, gender)} {one if number == 1 else many}"
