"""A `gender` the facts give that its name's own noun contradicts, in one of the release's languages: "la
Ayuntamiento de Amarante" where `gender: f` was meant for "a Câmara Municipal". Left out, the gender is
read from the noun in each language; the officer is told so, and what to write instead.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

from ..agreement import singular
from .nouns import ORGS

Key = tuple[str | int, ...]

_WORD = {"m": "masculine", "f": "feminine"}
_SKIPPED = frozenset({("award",), ("event",)})
"""Blocks whose own name is not a body's: an award's and an event's noun tables are their own."""


@dataclass(frozen=True)
class Clash:
    """A body whose `gender` says one thing and the noun its name starts with another, in one language."""

    key: Key
    """The path of the `gender` key: ("grant", "co_funded_by", 1, "gender")."""
    lang: str
    name: str
    noun: str
    noun_gender: str
    given: str
    suggested: Mapping[str, str]
    """One gender per language, the noun's where the name has one: what the officer may write instead."""


def noun_gender(lang: str, name: str) -> tuple[str, str] | None:
    """The noun ``name`` starts with where it names a body, and its gender, in ``lang``'s table first, then
    in the others', as the drafts read it ("Ayuntamiento", m; "Câmara", f); None for a brand."""
    words = name.split()
    if not words or lang not in ORGS or not ORGS[lang].heads:
        return None
    first = words[0]
    if len(words) > 1 and first.lower() in ORGS[lang].before:  # "Real Federación…": the noun after it
        first = words[1]
    tables = [ORGS[lang], *(nouns for code, nouns in sorted(ORGS.items()) if code != lang)]
    gender = next((nouns.heads[first.lower()] for nouns in tables if first.lower() in nouns.heads), None)
    return (first, gender) if gender else None


def clashes(facts: BaseModel, languages: tuple[str, ...]) -> list[Clash]:
    """Every body (the organisation, an issuer, a partner, a co-funder…) whose `gender`, set in the facts,
    is not the gender of the noun its name starts with in one of ``languages``."""
    out = []
    for key, body in _bodies(facts, ()):
        for lang in languages:
            name, given = _in(body.name, lang), _in(body.gender, lang)
            found = noun_gender(lang, name or "")
            if not name or not given or found is None or singular(found[1]) == singular(given):
                continue
            suggested = {code: _suggested(body, code) for code in languages if ORGS.get(code) and ORGS[code].heads}
            out.append(Clash((*key, "gender"), lang, name, found[0], found[1], given, suggested))
    return out


def _suggested(body: Any, lang: str) -> str:
    found = noun_gender(lang, _in(body.name, lang) or "")
    return found[1] if found else _in(body.gender, lang) or "m"


def _in(value: Any, lang: str) -> str | None:
    if isinstance(value, Mapping):
        text = value.get(lang)
        return str(text) if text else None
    return str(value) if value else None


def _bodies(model: BaseModel, key: Key) -> Iterator[tuple[Key, Any]]:
    """Each block of the facts with a name and a gender the facts set, with its key path; not the award
    and the event themselves, whose nouns are not a body's, but the bodies within them."""
    fields = type(model).model_fields
    if "name" in fields and "gender" in fields and "gender" in model.model_fields_set and key not in _SKIPPED:
        yield key, model
    for field in fields:
        value = getattr(model, field)
        if isinstance(value, BaseModel):
            yield from _bodies(value, (*key, field))
        elif isinstance(value, (list, tuple)):
            for i, item in enumerate(value):
                if isinstance(item, BaseModel):
                    yield from _bodies(item, (*key, field, i))


def advice(clash: Clash) -> str:
    """The warning in plain words, with the fix: what the draft reads, and what to write instead."""
    from babel import Locale

    language = Locale.parse(clash.lang).get_display_name("en") or clash.lang
    said = _WORD.get(singular(clash.noun_gender), clash.noun_gender)
    given = _WORD.get(singular(clash.given), clash.given)
    mapping = ", ".join(f"{code}: {gender}" for code, gender in clash.suggested.items())
    return (
        f"In {language}, “{clash.name}” starts with “{clash.noun}”, a {said} noun, but its gender is set to "
        f"{clash.given} ({given}), so the draft gives it the wrong article and agreement. Leave gender out "
        f"(drafter reads each language's gender from the name's own noun), or give one per language: "
        f"gender: {{{mapping}}}"
    )
