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


def placed(name: str, word: str, forms: Mapping[str, str], gender: str, country: str, words: Words) -> str:
    """The place named with what it is first, as a lead's subject: "The French town of Lorvanne", "La
    ciudad francesa de Lorvanne", « La ville d’Arles », "A região francesa da Occitânia" (the name's own
    "of", with its article where it takes one), « La région Occitanie » (:data:`APPOSED`); ``word`` is the
    type's noun, ``forms`` the article forms of the type's noun then of the name."""
    adj = None if _home(country, words.code) else adjective(country, words.code, gender)
    noun = (f"{adj} {word}" if words.code == "en" else f"{word} {adj}") if adj else word
    head = f"{forms['The']} {noun}".strip()
    if word in APPOSED.get(words.code, ()):
        return f"{head} {name}"
    return f"{head} {with_article(forms['of'], name, words)}"


APPOSED: Mapping[str, frozenset[str]] = {"fr": frozenset({"région"})}
"""Nouns a language puts straight before a place's name, with no "de": « la région Occitanie »."""

BARE: frozenset[str] = frozenset({"town", "city", "municipality"})
"""Places whose name goes without an article where names of bodies take one (pt: "Lorvanne obteve",
"Sobre Lorvanne"); a region keeps it ("o Alentejo", "a Occitânia")."""


def place_of(kind: Mapping[str, str] | None, lang: str) -> str | None:
    """Which place a type says: a key of :data:`PLACE_TYPES`, or that of the noun a type of one's own is
    headed by ("ville", "cidade", "town"; English puts its noun last: "market town"); None for a body."""
    if not kind:
        return None
    if kind.get("key"):
        return kind["key"] if kind["key"] in PLACE_TYPES else None
    words = kind.get("word", "").lower().split()
    head = words[-1:] if lang == "en" else words[:1]
    return next((key for key, nouns in PLACE_NOUNS.items() if head and head[0] in nouns), None)


def says_place(*names: str | None) -> bool:
    """Whether a name says it is a place by one of :data:`PLACE_NOUNS` ("Ville de Lorvanne", "City of
    Aberwen"), and is said as it stands."""
    words = {w.lower() for name in names if name for w in name.replace("’", " ").replace("'", " ").split()}
    return any(words & nouns for nouns in PLACE_NOUNS.values())
