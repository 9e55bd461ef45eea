"""Agreement with a name: a verb, a participle or a pronoun in the form its grammatical gender and
number ask for ("ha obtenido" or "han obtenido", "gerida" or "geridos", "il" or "elles").

A name's gender is ``m`` or ``f``; a name that is grammatically plural ("les Hospices civils de
Lyon", "os Serviços Municipalizados") is ``mp`` or ``fp``. A template names the forms it writes, in
that order, and :func:`agree` picks one, so no template repeats a chain of conditions.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .errors import TemplateError

GENDERS = ("m", "f", "mp", "fp")
"""Masculine, feminine, masculine plural, feminine plural: the order :func:`agree` takes four forms in."""

SINGULAR_GENDERS = ("m", "f")

UNGENDERED = frozenset({"en"})
"""Languages whose nouns have no grammatical gender: a gender given one per language may leave them out,
and they take the number (mp, fp: "have") of the languages given."""


def singular(gender: str) -> str:
    """The gender of one of the thing a plural name stands for: a type's word is singular ("os Serviços
    Municipalizados, uma empresa municipal"), so it takes ``m`` or ``f``."""
    return gender[:1] if gender in GENDERS else "m"


def is_plural(gender: str) -> bool:
    return gender in ("mp", "fp")


def gender_of(subject: Any) -> str:
    """The gender of a view's party (a mapping with ``gender``) or a gender itself; ``m`` when unknown."""
    gender = subject.get("gender") if isinstance(subject, Mapping) else subject
    return gender if isinstance(gender, str) and gender in GENDERS else "m"


_COUNTS = ("none", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


def wrong_forms(given: int) -> str | None:
    """What is wrong with a call of :func:`agree` that gives ``given`` forms, in plain words; None if
    nothing is. ``drafter templates check`` says it too, reading the call without running it."""
    if given in (2, 4):
        return None
    said = _COUNTS[given] if given < len(_COUNTS) else str(given)
    return (
        f"agree takes two forms (singular, plural) or four (m, f, mp, fp); this call gives {said} — give two, "
        'as agree("ha", "han"), or four, as agree("gerido", "gerida", "geridos", "geridas")'
    )


def agree(subject: Any, *forms: str) -> str:
    """The form of a word that agrees with ``subject``: with two forms, singular then plural
    (``agree(org, "has", "have")``); with four, by gender and number in the order of :data:`GENDERS`
    (``agree(org, "gerido", "gerida", "geridos", "geridas")``). Any other count is the template's
    mistake, a :class:`TemplateError` that drafting locates at the template's line."""
    wrong = wrong_forms(len(forms))
    if wrong:
        raise TemplateError(wrong)
    gender = gender_of(subject)
    return forms[is_plural(gender)] if len(forms) == 2 else forms[GENDERS.index(gender)]
