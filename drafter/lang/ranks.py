"""The words by which a scheme names its levels in a series, in each language: the ordinals of its prizes
("second prize", "segundo prémio", "segundo premio", « deuxième prix », "2.º prémio") and the metals of its
medals and labels ("Grand Gold", "Medalla de Oro", « médaille d’or »). A level named with one of them has
rivals, the same name with another word of its series; a version that gives one says another level than
the facts, though the right one may stand elsewhere in it (a headline).

Every form of a rank is listed, whatever its gender or place ("primer premio", "premio primero",
"primeira menção"): a rival is looked for in a draft, where a form that does not agree never stands."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType as frozen

from ..extract.scan import fold


def _ranks(words: str) -> tuple[frozenset[str], ...]:
    """One set of forms a rank, first to tenth: ranks apart by ";", forms by spaces."""
    return tuple(frozenset(rank.split()) for rank in words.split(";"))


ORDINALS: Mapping[str, tuple[frozenset[str], ...]] = frozen(
    {
        "en": _ranks(
            "first 1st;second 2nd;third 3rd;fourth 4th;fifth 5th;sixth 6th;seventh 7th;eighth 8th;ninth 9th;tenth 10th"
        ),
        "pt": _ranks(
            "primeiro primeira 1.º 1.ª 1º 1ª;segundo segunda 2.º 2.ª 2º 2ª;terceiro terceira 3.º 3.ª 3º 3ª;"
            "quarto quarta 4.º 4.ª 4º 4ª;quinto quinta 5.º 5.ª 5º 5ª;sexto sexta 6.º 6.ª 6º 6ª;"
            "sétimo sétima 7.º 7.ª 7º 7ª;oitavo oitava 8.º 8.ª 8º 8ª;nono nona 9.º 9.ª 9º 9ª;"
            "décimo décima 10.º 10.ª 10º 10ª"
        ),
        "es": _ranks(
            "primero primera primer 1.º 1.ª 1.er 1º 1ª 1er;segundo segunda 2.º 2.ª 2º 2ª;"
            "tercero tercera tercer 3.º 3.ª 3.er 3º 3ª 3er;cuarto cuarta 4.º 4.ª 4º 4ª;quinto quinta 5.º 5.ª 5º 5ª;"
            "sexto sexta 6.º 6.ª 6º 6ª;séptimo séptima 7.º 7.ª 7º 7ª;octavo octava 8.º 8.ª 8º 8ª;"
            "noveno novena 9.º 9.ª 9º 9ª;décimo décima 10.º 10.ª 10º 10ª"
        ),
        "fr": _ranks(
            "premier première 1er 1re 1ère;deuxième second seconde 2e 2ème;troisième 3e 3ème;quatrième 4e 4ème;"
            "cinquième 5e 5ème;sixième 6e 6ème;septième 7e 7ème;huitième 8e 8ème;neuvième 9e 9ème;dixième 10e 10ème"
        ),
    }
)
"""First to tenth, each rank's forms in each language."""

METAL_WORDS: Mapping[str, tuple[frozenset[str], ...]] = frozen(
    {
        "en": _ranks("bronze;silver;gold;platinum"),
        "pt": _ranks("bronze;prata;ouro;platina"),
        "es": _ranks("bronce;plata;oro;platino"),
        "fr": _ranks("bronze;argent;or;platine"),
    }
)
"""The metals, lowest first, as each language names them inside a level's name ("Grand Gold", "Medalha
de Ouro", « Trophée d’argent »)."""

SERIES = (ORDINALS, METAL_WORDS)

_WORD = re.compile(r"[\w.ºª]*\w[ºª]?|\w")


def _rank_of(word: str, series: tuple[frozenset[str], ...]) -> int | None:
    low = fold(word).lower()
    for rank, forms in enumerate(series):
        if low in {fold(form) for form in forms}:
            return rank
    return None


def rivals(name: str, lang: str) -> Iterator[str]:
    """``name`` with its rank or metal swapped for each other one of its series, as written: "primeiro
    prémio", "terceiro prémio"… for "segundo prémio"; "Grand Silver" for "Grand Gold". None for a name
    with no word of a series ("Excellent", "Menção Honrosa")."""
    for table in SERIES:
        series = table.get(lang)
        if series is None:
            continue
        for word in _WORD.finditer(name):
            rank = _rank_of(word.group(), series)
            if rank is None:
                continue
            head, tail = name[: word.start()], name[word.end() :]
            capital = word.group()[:1].isupper()
            for other, forms in enumerate(series):
                if other != rank:
                    for form in sorted(forms):
                        yield head + (form[:1].upper() + form[1:] if capital else form) + tail
            return


@dataclass(frozen=True)
class Place:
    """How a language says a rank won in a prize: as a place ("segundo lugar", "segundo puesto", "second
    place", « deuxième place »), not as a prize of the prize ("o segundo prémio do Prémio…")."""

    noun: str
    """The word for a place."""
    prizes: frozenset[str]
    """The nouns a rank's name and a prize's name are said with (folded to lower case): a rank named with
    one of them, won in a prize named with one of them, is a place."""
    last: bool = False
    """Whether the noun ends a prize's name (English "Water Innovation Prize"); else it opens it."""
    feminine: Mapping[str, str] = field(default_factory=lambda: frozen({}))
    """The ordinal agreed with a feminine place noun (French « première place »), by its masculine form."""


PLACES: Mapping[str, Place] = frozen(
    {
        "pt": Place("lugar", frozenset({"prémio", "premio", "galardão"})),
        "es": Place("puesto", frozenset({"premio", "galardón"})),
        "en": Place("place", frozenset({"prize", "award"}), last=True),
        "fr": Place(
            "place", frozenset({"prix"}), feminine=frozen({"premier": "première", "second": "seconde", "1er": "1re"})
        ),
    }
)
"""Per language; a language not here says a rank as the facts name it."""


def a_prize(name: str, lang: str) -> bool:
    """Whether the award ``name`` is a prize by its own noun: "Water Innovation Prize", "Prémio Inovação",
    « prix Innovation pour l’eau », not a competition, a medal or a trophy."""
    rule, words = PLACES.get(lang), name.split()
    return rule is not None and bool(words) and (words[-1] if rule.last else words[0]).casefold() in rule.prizes


def as_place(rank: str, lang: str) -> str | None:
    """``rank``, an ordinal and a prize's noun ("segundo prémio", "1.er premio", "second prize", « premier
    prix »), said as the place it is: "segundo lugar", "1.er puesto", "second place", « première place »;
    None for any other level's name ("Grand Gold", "Menção Honrosa")."""
    rule, words = PLACES.get(lang), rank.split()
    if rule is None or len(words) != 2 or words[1].casefold() not in rule.prizes:
        return None
    if _rank_of(words[0], ORDINALS[lang]) is None:
        return None
    ordinal = rule.feminine.get(words[0].casefold(), words[0])
    ordinal = ordinal[:1].upper() + ordinal[1:] if words[0][:1].isupper() else ordinal
    noun = rule.noun.capitalize() if words[1][:1].isupper() else rule.noun
    return f"{ordinal} {noun}"
