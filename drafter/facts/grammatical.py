"""The grammatical values of a facts file: a name's gender and number, and whether it takes an article.

They choose wording, not facts: "o"/"a"/"os"/"as" before a name, "gerido"/"geridas" after it, "has"
or "have". An organisation's name (and a partner's, an issuer's…) may be grammatically plural, "les
Hospices civils de Lyon": its gender is then ``mp`` or ``fp``. An award's, an event's or a counted
noun's gender is ``m`` or ``f`` only.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Annotated, Any

from pydantic import PlainValidator, ValidationInfo

from ..agreement import GENDERS, SINGULAR_GENDERS, UNGENDERED
from .hints import shown
from .types import PER_LANGUAGE, _check_text, _fail, _languages, _schema


def _genders(value: Any, info: ValidationInfo, allowed: tuple[str, ...]) -> str | Mapping[str, str]:
    if isinstance(value, dict) and value:
        # English has no gender to give: {es: m, pt: f, fr: f} is whole, and English takes the number
        # of the first language given (a plural name's "have").
        given = next(iter(value.values()))
        value = {**value, **{lang: given for lang in _languages(info) if lang in UNGENDERED and lang not in value}}
    checked = _check_text(value, info)
    for text in [checked] if isinstance(checked, str) else list(checked.values()):
        if text in allowed:
            continue
        if text in GENDERS:
            raise _fail(
                "gender",
                f"{shown(text)} is for a plural name, which only an organisation, a partner or another body "
                "can have; write m or f here",
            )
        plural = ", or mp or fp for a plural name (os Serviços, les Hospices)" if allowed == GENDERS else ""
        raise _fail("gender", f"{shown(text)} is not a grammatical gender; write m or f{plural}")
    return checked


def _check_gender(value: Any, info: ValidationInfo) -> str | Mapping[str, str]:
    return _genders(value, info, SINGULAR_GENDERS)


def _check_name_gender(value: Any, info: ValidationInfo) -> str | Mapping[str, str]:
    return _genders(value, info, GENDERS)


def _gender_schema(allowed: tuple[str, ...]) -> Any:
    return _schema(
        anyOf=[
            {"enum": list(allowed)},
            {"$comment": PER_LANGUAGE, "type": "object", "additionalProperties": {"enum": list(allowed)}},
        ]
    )


Gender = Annotated[str | Mapping[str, str], PlainValidator(_check_gender), _gender_schema(SINGULAR_GENDERS)]
"""The gender of an award's, an event's or a counted noun's name: m or f."""
NameGender = Annotated[str | Mapping[str, str], PlainValidator(_check_name_gender), _gender_schema(GENDERS)]
"""The gender and number of a body's name: m, f, or mp, fp for a plural name ("os Serviços Municipalizados")."""


def _check_article(value: Any, info: ValidationInfo) -> bool | Mapping[str, bool]:
    if isinstance(value, bool):
        return value
    if isinstance(value, dict):
        langs = _languages(info)
        for lang, flag in value.items():
            if langs and lang not in langs:
                raise _fail(
                    "article", f"{shown(lang)} is not among release.languages ({', '.join(langs)})", at=lang, key=True
                )
            if not isinstance(flag, bool):
                raise _fail("article", f"expected true or false, got {shown(flag)}", at=lang)
        return MappingProxyType({str(k): v for k, v in value.items()})
    raise _fail(
        "article", f"expected true or false, or one per language like {{pt: true, en: false}}, got {shown(value)}"
    )


Article = Annotated[
    bool | Mapping[str, bool],
    PlainValidator(_check_article),
    _schema(
        anyOf=[
            {"type": "boolean"},
            {"$comment": PER_LANGUAGE, "type": "object", "additionalProperties": {"type": "boolean"}},
        ]
    ),
]
