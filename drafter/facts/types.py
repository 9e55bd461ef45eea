"""The value types of a facts file: each validates one kind of value and says, in plain words, what was wrong.

A value is either language-neutral (a name, a number, a date, an address) or a
mapping with one text per release language. Validation is pydantic's; the
messages are ours, each pointing at the line and column of the YAML node.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Mapping
from types import MappingProxyType
from typing import Annotated, Any, Literal

from pydantic import (
    PlainValidator,
    ValidationInfo,
    WithJsonSchema,
)
from pydantic_core import PydanticCustomError

from .hints import shown, suggest

PLACEHOLDER = re.compile(r"<<[^<>]*>>")
"""How ``drafter new`` marks what is still to be filled in: ``<<your text>>``."""

LANG_CODE = re.compile(r"^[a-z]{2,3}$")


def _fail(
    kind: str, message: str, at: str | int | tuple[str | int, ...] | None = None, *, key: bool = False
) -> PydanticCustomError:
    """An error for the value; ``at`` names the entry inside it (a language, a list index) it concerns,
    and ``key`` says the entry's key is what is wrong, not its value."""
    return PydanticCustomError(kind, message, {"at": at, "key": key} if at is not None else None)


def _context(info: ValidationInfo) -> dict[str, Any]:
    return info.context or {}


def _check_str(value: Any, what: str = "text") -> str:
    if isinstance(value, bool) or value is None or isinstance(value, (dict, list)):
        raise _fail("text", f"expected {what}, got {shown(value)}")
    if isinstance(value, (dt.date, int, float)):
        value = getattr(value, "source", str(value))  # as the file wrote it: 1.10 stays 1.10
    if not isinstance(value, str):
        raise _fail("text", f"expected {what}, got {shown(value)}")
    text = " ".join(value.split()) if "\n" not in value.strip() else value.strip()
    if not text:
        raise _fail("text", f"is empty; write {what if what.startswith(('a ', 'an ')) else 'the ' + what}")
    return text


def _languages(info: ValidationInfo) -> list[str]:
    langs = _context(info).get("languages")
    return list(langs) if langs else []


def _ignored(info: ValidationInfo) -> frozenset[str]:
    return frozenset(_context(info).get("ignored", ()))


def _check_prose(value: Any, info: ValidationInfo) -> Mapping[str, str]:
    langs = _languages(info)
    example = ", ".join(f"{lang}: …" for lang in langs) or "en: …"
    if not isinstance(value, dict):
        raise _fail(
            "prose",
            f"needs one text per language, as a mapping {{{example}}}; got {shown(value)}",
        )
    return _check_mapping(value, langs, _ignored(info))


def _check_mapping(value: dict[Any, Any], langs: list[str], ignored: frozenset[str] = frozenset()) -> Mapping[str, str]:
    out: dict[str, str] = {}
    for lang, text in value.items():
        if lang in ignored:
            continue  # a language with no templates: reported once, at release.languages
        if langs and lang not in langs:
            raise _fail(
                "language",
                f"a text for {shown(lang)}, which is not among release.languages "
                f"({', '.join(langs)}); add it there or remove this text",
                at=lang,
                key=True,
            )
        try:
            out[str(lang)] = _check_str(text, f"{lang} text")
        except PydanticCustomError as exc:
            raise _fail(exc.type, exc.message(), at=lang) from None
    missing = [lang for lang in langs if lang not in out]
    if missing:
        raise _fail(
            "language",
            f"has no {' or '.join(missing)} text; every release language needs one ({', '.join(langs)})",
        )
    return MappingProxyType({lang: out[lang] for lang in langs} if langs else out)


def _check_text(value: Any, info: ValidationInfo) -> str | Mapping[str, str]:
    if isinstance(value, dict):
        return _check_mapping(value, _languages(info), _ignored(info))
    return _check_str(value)


def _check_url(value: Any) -> str:
    text = _check_str(value, "a web address")
    if re.match(r"^[a-z][a-z0-9+.-]*:", text, re.I) and not re.match(r"^https?://", text, re.I):
        raise _fail("url", f"{shown(text)} is not a web address; use http://… or https://…")
    bare = re.sub(r"^https?://", "", text, flags=re.I)
    host = bare.split("/", 1)[0]
    if not re.fullmatch(r"(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}(?::\d+)?", host, re.I) or re.search(
        r"\s", bare
    ):
        raise _fail(
            "url",
            f"{shown(text)} is not a web address like www.example.org or https://example.org/page",
        )
    return text if re.match(r"^https?://", text, re.I) else f"https://{text}"


def _check_email(value: Any) -> str:
    text = _check_str(value, "an e-mail address")
    if not re.fullmatch(r"[A-Za-z0-9._%+'-]+@(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}", text):
        raise _fail("email", f"{shown(text)} is not an e-mail address like press@example.org")
    return text


def _check_phone(value: Any) -> str:
    text = _check_str(value, "a phone number")
    if not re.fullmatch(r"\+?[0-9][0-9 ()./-]{5,}[0-9]", text):
        raise _fail("phone", f"{shown(text)} is not a phone number like +34 931 234 567")
    return text


def _check_country(value: Any) -> str:
    from ..localize import COUNTRY_CODES

    if value is False:
        raise _fail("country", "got false; write a country code like ES, PT or NO")
    text = _check_str(value, "a country code")
    if text.upper() in COUNTRY_CODES and text != text.upper():
        raise _fail("country", f"write country codes in capitals: {shown(text.upper())}")
    if (own := _NOT_ISO.get(text.upper())) is not None:
        raise _fail("country", f"{shown(text)} is not an ISO 3166 country code: {own}")
    if text not in COUNTRY_CODES:
        if (named := _code_named(text)) is not None:
            raise _fail("country", f"write the country as its ISO 3166 code: {named} for {shown(text)}")
        hint = suggest(text, COUNTRY_CODES) or "ES, PT, FR, DE"
        raise _fail("country", f"{shown(text)} is not an ISO 3166 country code like {hint}")
    return text


def _code_named(name: str) -> str | None:
    """The code of the country ``name`` names in English, Portuguese, Spanish or French, case and accents
    aside ("France", "España", "alemanha"), from the check's own table of country names (CLDR's and
    drafter's): a press officer writes the name."""
    from ..extract.names import country_names
    from ..extract.scan import fold

    names = country_names(("en", "pt_PT", "es_ES", "fr_FR"))
    wanted = fold(name.strip()).casefold()
    return next((code for said, code in names.items() if said.casefold() == wanted), None)


_NOT_ISO = {
    "UK": "the United Kingdom's is GB",
    "EL": "Greece's is GR (EL is the European Union's own code)",
    "EN": "for England or the United Kingdom write GB",
}
"""Codes in everyday use that ISO 3166 gives no country, and the one to write."""


def _check_day(value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise _fail("date", f"expected a date written YYYY-MM-DD, got {shown(value)}")


LARGEST = 10**15
"""Figures in a release stay below a thousand million million; past that a value is a slip."""


def _check_number(value: Any) -> int | float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise _fail(
            "number",
            f"expected a number written with digits only (1774, 29.9), got {shown(value)}",
        )
    source = getattr(value, "source", str(value))
    if source.lstrip("+-")[:2] in ("0x", "0o"):
        raise _fail("number", f"{shown(value)} is written in base 16 or 8; write the figure in decimal digits")
    if isinstance(value, float) and (math.isnan(value) or math.isinf(value) and "inf" in source.lower()):
        raise _fail("number", f"{shown(value)} is not a number; write the figure in digits (1774, 29.9)")
    if not -LARGEST < value < LARGEST:
        raise _fail(
            "number",
            f"{shown(value)} is too large for a figure; give it in a larger unit (1.2 with 'billion euros')",
        )
    return int(value) if isinstance(value, int) else float(value)


def _check_count(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise _fail("count", f"expected a whole number written in digits, such as 2, got {shown(value)}")
    number = _check_number(value)
    if not isinstance(number, int) or number < 1:
        raise _fail("count", f"expected a whole number of 1 or more, got {shown(value)}")
    return number


def _check_name(value: Any) -> str:
    return _check_str(value, "a name")


def _check_year(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1000 <= value <= 2999:
        raise _fail("year", f"expected a year like 2009, got {shown(value)}")
    return value


def _check_languages(value: Any, info: ValidationInfo) -> tuple[str, ...]:
    available: list[str] = _context(info).get("available", [])
    if isinstance(value, list) and not value:
        raise _fail("languages", "is empty; list the release languages, like [pt, es, en]")
    if not isinstance(value, list):
        raise _fail("languages", f"expected a list of language codes like [pt, es, en], got {shown(value)}")
    seen: list[str] = []
    for i, code in enumerate(value):
        if isinstance(code, str) and code.lower() != code and LANG_CODE.match(code.lower()):
            raise _fail("languages", f"write language codes in lower case: {shown(code.lower())}", at=i)
        if not isinstance(code, str) or not LANG_CODE.match(code):
            raise _fail("languages", f"{shown(code)} is not a language code like pt, es or en", at=i)
        if available and code not in available:
            raise _fail("languages", f"{shown(code)} has no templates; available: {', '.join(available)}", at=i)
        if code in seen:
            raise _fail("languages", f"{shown(code)} is listed twice", at=i)
        seen.append(code)
    return tuple(seen)


def _check_locale_map(value: Any, info: ValidationInfo) -> Mapping[str, str]:
    from babel import Locale, UnknownLocaleError

    if not isinstance(value, dict):
        raise _fail("locales", f"expected a mapping like {{pt: pt_BR}}, got {shown(value)}")
    langs = _languages(info)
    out: dict[str, str] = {}
    for lang, name in value.items():
        if langs and lang not in langs:
            raise _fail("locales", f"{shown(lang)} is not among release.languages ({', '.join(langs)})", at=lang)
        try:
            loc = Locale.parse(str(name).replace("-", "_"))
        except (ValueError, TypeError, UnknownLocaleError):
            raise _fail("locales", f"{shown(name)} is not a CLDR locale like pt_PT or pt_BR", at=lang) from None
        if loc.language != lang:
            raise _fail("locales", f"{shown(name)} is not a {lang} locale (try {lang}_…)", at=lang)
        out[str(lang)] = str(loc)
    return MappingProxyType(out)


def _schema(**schema: Any) -> WithJsonSchema:
    return WithJsonSchema(schema)


TEXTS = "one text per release language"
"""The ``$comment`` marking a mapping of texts by language, which the editors' schema ties to release.languages."""
PER_LANGUAGE = "one value per release language"
"""The ``$comment`` marking a mapping of other values by language (gender, article, locale)."""
COUNTRY = "ISO 3166 country code"
"""The ``$comment`` marking a country code, which the editors' schema lists in full."""
_TEXT_SCHEMA = {"type": "string", "minLength": 1, "pattern": r"\S", "not": {"pattern": PLACEHOLDER.pattern}}
_MAPPING_SCHEMA = {
    "$comment": TEXTS,
    "type": "object",
    "propertyNames": {"pattern": LANG_CODE.pattern},
    "additionalProperties": _TEXT_SCHEMA,
    "minProperties": 1,
}
_URL_PATTERN = r"^\s*(?:[Hh][Tt][Tt][Pp][Ss]?://)?(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,}(?::[0-9]+)?(?:/\S*)?\s*$"
"""What :func:`_check_url` takes, for editors (JSON Schema's patterns have no flags: cases spelt out)."""

Prose = Annotated[
    Mapping[str, str],
    PlainValidator(_check_prose),
    _schema(**_MAPPING_SCHEMA, description="One text per release language: {pt: …, es: …, en: …}."),
]
Text = Annotated[
    str | Mapping[str, str],
    PlainValidator(_check_text),
    _schema(
        anyOf=[_TEXT_SCHEMA, _MAPPING_SCHEMA],
        description="The same in every language, or one text per release language.",
    ),
]
Url = Annotated[
    str,
    PlainValidator(_check_url),
    _schema(
        type="string",
        pattern=_URL_PATTERN,
        description="A web address: www.example.org or https://example.org/page.",
    ),
]
Email = Annotated[
    str,
    PlainValidator(_check_email),
    _schema(type="string", pattern=r"^\s*[A-Za-z0-9._%+'-]+@(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}\s*$"),
]
Phone = Annotated[
    str,
    PlainValidator(_check_phone),
    _schema(type="string", pattern=r"^\s*\+?[0-9][0-9 ()./-]{5,}[0-9]\s*$"),
]
Country = Annotated[
    str,
    PlainValidator(_check_country),
    _schema(**{"$comment": COUNTRY}, type="string", pattern="^[A-Z]{2}$", description="ISO 3166 code: ES, PT, FR…"),
]
Day = Annotated[dt.date, PlainValidator(_check_day), _schema(type="string", format="date")]
Number = Annotated[int | float, PlainValidator(_check_number), _schema(type="number")]
Count = Annotated[int, PlainValidator(_check_count), _schema(type="integer", minimum=1)]
Name = Annotated[str, PlainValidator(_check_name), _schema(**_TEXT_SCHEMA)]
Year = Annotated[int, PlainValidator(_check_year), _schema(type="integer", minimum=1000, maximum=2999)]
Languages = Annotated[
    tuple[str, ...],
    PlainValidator(_check_languages),
    _schema(
        type="array",
        items={"type": "string", "pattern": LANG_CODE.pattern},
        minItems=1,
        uniqueItems=True,
    ),
]
Level = Literal["bronze", "silver", "gold", "platinum"]
Locales = Annotated[
    Mapping[str, str],
    PlainValidator(_check_locale_map),
    _schema(
        **{"$comment": PER_LANGUAGE},
        type="object",
        additionalProperties={"type": "string", "pattern": "^[a-z]{2,3}[_-][A-Za-z0-9]+$"},
    ),
]


Kind = Literal["award", "renewal", "certification", "prize", "grant"]


def _check_currency(value: Any) -> str:
    from babel.numbers import list_currencies

    text = _check_str(value, "a currency code")
    known = list_currencies()
    if text.upper() in known and text != text.upper():
        raise _fail("currency", f"write currency codes in capitals: {shown(text.upper())}")
    if text not in known:
        hint = suggest(text, known) or "EUR, GBP, USD"
        raise _fail("currency", f"{shown(text)} is not an ISO 4217 currency code like {hint}")
    return text


Currency = Annotated[
    str,
    PlainValidator(_check_currency),
    _schema(type="string", pattern="^[A-Z]{3}$", description="ISO 4217 code: EUR, GBP, USD…"),
]
