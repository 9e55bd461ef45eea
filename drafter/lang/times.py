"""How many times a renewal renews, as each language says it: "for the third time", "pela terceira
vez", "por tercera vez", « pour la troisième fois ». The ordinal agrees with the word for "time", which
is feminine in Portuguese, Spanish and French (a vez, la vez, la fois); from the eleventh on it is
written in digits, as house styles write numbers above ten: "for the 12th time", "pela 12.ª vez",
"por 12.ª vez", « pour la 12e fois »."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import MappingProxyType as frozen


def _english(number: int) -> str:
    """11th, 12th, 13th, 21st, 22nd, 23rd."""
    tail = "th" if number % 100 in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{tail}"


@dataclass(frozen=True)
class Times:
    """A language's phrase for the nth time, ``{n}`` standing for the ordinal."""

    phrase: str
    words: tuple[str, ...]
    """First to tenth, agreeing with the word for "time"."""
    digits: Callable[[int], str]
    """An ordinal beyond the words, in digits."""

    def ordinal(self, number: int) -> str:
        return self.words[number - 1] if number <= len(self.words) else self.digits(number)

    def said(self, number: int) -> str:
        return self.phrase.format(n=self.ordinal(number))


TIMES: Mapping[str, Times] = frozen(
    {
        "en": Times(
            "for the {n} time",
            tuple("first second third fourth fifth sixth seventh eighth ninth tenth".split()),
            _english,
        ),
        "pt": Times(
            "pela {n} vez",
            tuple("primeira segunda terceira quarta quinta sexta sétima oitava nona décima".split()),
            lambda number: f"{number}.ª",
        ),
        "es": Times(
            "por {n} vez",
            tuple("primera segunda tercera cuarta quinta sexta séptima octava novena décima".split()),
            lambda number: f"{number}.ª",
        ),
        "fr": Times(
            "pour la {n} fois",
            tuple("première deuxième troisième quatrième cinquième sixième septième huitième neuvième dixième".split()),
            lambda number: f"{number}e",
        ),
    }
)
"""Each language's words; a language not here says the count in English's way, in digits."""


def times_said(lang: str, number: int) -> str:
    """The phrase for the ``number``th time in ``lang``: "pela terceira vez"."""
    style = TIMES.get(lang)
    return style.said(number) if style else f"for the {_english(number)} time"


def times_ordinal(lang: str, number: int) -> str:
    """The ordinal alone, as the phrase writes it: "terceira", "12.ª"."""
    style = TIMES.get(lang)
    return style.ordinal(number) if style else _english(number)


AGAIN: Mapping[str, str] = frozen(
    {
        "en": r"\bagain\b|\bonce more\b|\banew\b|\brenew",
        "pt": r"\bnovamente\b|\bde novo\b|\boutra vez\b|\bmais uma vez\b|\b(?:volta|voltou|voltam) a\b|\brenov",
        "es": r"\bde nuevo\b|\bnuevamente\b|\botra vez\b|\buna vez más\b|\b(?:vuelve|volvió|vuelven) a\b|\brenov",
        "fr": r"\bde nouveau\b|\bà nouveau\b|\bune nouvelle fois\b|\bencore une fois\b|\brenouvel",
    }
)
"""How each language says a renewal without its count ("wins again", « remporte de nouveau », "renova"):
a version that says so has said the renewal, in its own way, where another says "for the third time"."""
