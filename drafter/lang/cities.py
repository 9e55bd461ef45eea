"""A city the facts name once, written as each language's press writes it: `city: Bordeaux` is "Burdeos"
in Spanish, "Bordéus" in Portuguese; `city: Lisboa` is "Lisbon" in English, « Lisbonne » in French.

The names are the check's own (``places`` in ``drafter/data/places.yaml``), so a draft says the city as
``drafter check`` expects it: the first of the language's forms, the one its press writes ("Oporto" in
Spanish, « La Corogne » in French). A name two cities share, or one the table does not know (Viseu,
Marinha Grande), stays as written; a city given per language is the press office's own choice.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache

from ..extract.scan import fold

LANGS = ("pt", "es", "en", "fr")


def city_in(value: str | Mapping[str, str] | None, lang: str) -> str | None:
    """The city of a dateline or an event, in ``lang``."""
    if value is None or not isinstance(value, str):
        return None if value is None else value[lang]
    known = _forms().get(_key(value))
    if known is None or lang not in known[1]:
        return value
    return known[1][lang][0]


def city_id(name: str) -> str | None:
    """The table's id of the city ``name`` is one of the forms of ("bordeaux" for "Burdeos"), as the
    check's extraction gives a place: a draft may say it in any of its forms."""
    known = _forms().get(_key(name))
    return None if known is None else known[0]


def _key(name: str) -> str:
    return " ".join(fold(name).replace("’", "'").casefold().split())


@cache
def _forms() -> dict[str, tuple[str, dict[str, tuple[str, ...]]]]:
    """Every city's name in any language, folded, to the city's id and its names in each language; a name
    two cities share is left out, as no one city can be meant."""
    from ..extract.names import table

    out: dict[str, tuple[str, dict[str, tuple[str, ...]]]] = {}
    shared: set[str] = set()
    for place, entry in table("places")["places"].items():
        forms = {code: tuple(str(f) for f in entry.get(code) or ()) for code in LANGS if entry.get(code)}
        for names in forms.values():
            for name in names:
                key = _key(name)
                if key in out and out[key][0] != place:
                    shared.add(key)
                out[key] = (str(place), forms)
    for key in shared:
        del out[key]
    return out
