"""A place that is the organisation: a town, a city, a municipality or a region, as the press names one.

A place is no body with a type to put after its name: "Lorvanne, a town, has won" reads as a slip, and
Portuguese names a town without an article ("Lorvanne obteve", "Sobre Lorvanne"). The lead says what it
is before the name, with its country's adjective for readers abroad: "The French town of Lorvanne has
won", "La ciudad francesa de Lorvanne ha obtenido", "A cidade francesa de Lorvanne obteve", « La ville de
Lorvanne a obtenu » (no adjective in a language of the place's own country). The adjectives are the
reviewed table drafter's check reads (``drafter/data/demonyms.yaml``), the languages of a country CLDR's.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import TYPE_CHECKING

from babel.languages import get_official_languages

from ..agreement import singular
from ..grammar import with_article

if TYPE_CHECKING:
    from .model import Words

PLACE_TYPES = frozenset({"town", "city", "municipality", "region"})
"""The glossary's types (keys) that are places, named by the lead before their name, without an article."""

PLACE_NOUNS: Mapping[str, frozenset[str]] = {
    "town": frozenset("town ville vila cidade ciudad localidad villa".split()),
    "city": frozenset("city ciudad cidade ville cité".split()),
    "municipality": frozenset("municipality municipio município commune concelho municipal comune".split()),
    "region": frozenset("region región região région".split()),
}
"""The nouns, in any of the four languages, by which a place's name says what it is ("Ville de Lorvanne",
"City of Aberwen"): such a name is said as it is, its article and all, with no type before it."""


def _home(country: str, lang: str) -> bool:
    """Whether ``lang`` is a language of ``country``, whose readers need no adjective to place a town."""
    return lang in get_official_languages(country, de_facto=True)


@cache
def _demonyms() -> Mapping[str, Mapping[str, list[str]]]:
    from ..extract.names import table  # the check's tables; read once a process

    found: Mapping[str, Mapping[str, list[str]]] = table("demonyms")["demonyms"]
    return found


def adjective(country: str, lang: str, gender: str) -> str | None:
    """The country's adjective in ``lang``, agreeing with a noun of ``gender``: "française", "francesa",
    "French"; the table lists the masculine first, then the feminine unless the word has one form
    ("belga", "britannique"). None where the table has no entry."""
    forms = _demonyms().get(country, {}).get(lang) or []
    if not forms:
        return None
    if lang == "en" or singular(gender) != "f" or len(forms) < 2 or forms[1].endswith("s"):
        return forms[0]
    return forms[1]


def placed(name: str, word: str, the: str, gender: str, country: str, words: Words) -> str:
    """The place named with what it is first, as a lead's subject: "The French town of Lorvanne", "La
    ciudad francesa de Lorvanne", « La ville d’Arles »; ``word`` is the type's noun, ``the`` its
    capitalised definite article."""
    adj = None if _home(country, words.code) else adjective(country, words.code, gender)
    if words.code == "en":
        noun = f"{adj} {word}" if adj else word
        return f"{the} {noun} of {name}".lstrip()
    noun = f"{word} {adj}" if adj else word
    return with_article(f"{the} {noun} de".strip(), name, words)


def is_place(kind: Mapping[str, str] | None, lang: str) -> bool:
    """Whether a type says a place: a key of :data:`PLACE_TYPES`, or a type of one's own whose noun is a
    place's ("ville", "cidade", "town"; English puts its noun last: "market town")."""
    if not kind:
        return False
    if kind.get("key"):
        return kind["key"] in PLACE_TYPES
    words = kind.get("word", "").lower().split()
    head = words[-1:] if lang == "en" else words[:1]
    return bool(head) and any(head[0] in nouns for nouns in PLACE_NOUNS.values())


def says_place(*names: str | None) -> bool:
    """Whether a name says it is a place by one of :data:`PLACE_NOUNS` ("Ville de Lorvanne", "City of
    Aberwen"), and is said as it stands."""
    words = {w.lower() for name in names if name for w in name.replace("’", " ").replace("'", " ").split()}
    return any(words & nouns for nouns in PLACE_NOUNS.values())
