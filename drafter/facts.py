"""The facts file: its typed model, and loading one with every problem located.

A value is either language-neutral (a name, a number, a date, an address) or a
mapping with one text per release language. Validation is pydantic's; the
messages are ours, each pointing at the line and column of the YAML node.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PlainValidator,
    ValidationError,
    ValidationInfo,
    WithJsonSchema,
    model_validator,
)
from pydantic_core import PydanticCustomError

from .errors import FactsError, Problem
from .source import Document, Key, dotted, load_yaml

PLACEHOLDER = re.compile(r"<<[^<>]*>>")
"""How ``drafter new`` marks what is still to be filled in: ``<<your text>>``."""

LANG_CODE = re.compile(r"^[a-z]{2,3}$")


def _fail(kind: str, message: str, at: str | int | None = None, *, key: bool = False) -> PydanticCustomError:
    """An error for the value; ``at`` names the entry inside it (a language, a list index) it concerns,
    and ``key`` says the entry's key is what is wrong, not its value."""
    return PydanticCustomError(kind, message, {"at": at, "key": key} if at is not None else None)


def _context(info: ValidationInfo) -> dict[str, Any]:
    return info.context or {}


def _check_str(value: Any, what: str = "text") -> str:
    if isinstance(value, bool) or value is None or isinstance(value, (dict, list)):
        raise _fail("text", f"expected {what}, got {_shown(value)}")
    if isinstance(value, (dt.date, int, float)):
        value = str(value)
    if not isinstance(value, str):
        raise _fail("text", f"expected {what}, got {_shown(value)}")
    text = " ".join(value.split()) if "\n" not in value.strip() else value.strip()
    if not text:
        raise _fail("text", f"is empty; write the {what}")
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
            f"needs one text per language, as a mapping {{{example}}}; got {_shown(value)}",
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
                f"a text for {lang!r}, which is not among release.languages "
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
        raise _fail("url", f"{text!r} is not a web address; use http://… or https://…")
    bare = re.sub(r"^https?://", "", text, flags=re.I)
    host = bare.split("/", 1)[0]
    if not re.fullmatch(r"(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}(?::\d+)?", host, re.I) or re.search(
        r"\s", bare
    ):
        raise _fail(
            "url",
            f"{text!r} is not a web address like www.example.org or https://example.org/page",
        )
    return text if re.match(r"^https?://", text, re.I) else f"https://{text}"


def _check_email(value: Any) -> str:
    text = _check_str(value, "an e-mail address")
    if not re.fullmatch(r"[A-Za-z0-9._%+'-]+@(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}", text):
        raise _fail("email", f"{text!r} is not an e-mail address like press@example.org")
    return text


def _check_phone(value: Any) -> str:
    text = _check_str(value, "a phone number")
    if not re.fullmatch(r"\+?[0-9][0-9 ()./-]{5,}[0-9]", text):
        raise _fail("phone", f"{text!r} is not a phone number like +34 931 234 567")
    return text


def _check_country(value: Any) -> str:
    from .localize import COUNTRY_CODES

    if value is False:
        raise _fail("country", 'got false: YAML reads NO as false; quote it as "NO" for Norway')
    text = _check_str(value, "a country code")
    if text.upper() in COUNTRY_CODES and text != text.upper():
        raise _fail("country", f"write country codes in capitals: {text.upper()!r}")
    if text not in COUNTRY_CODES:
        hint = _suggest(text, COUNTRY_CODES) or "ES, PT, FR, DE"
        raise _fail("country", f"{text!r} is not an ISO 3166 country code like {hint}")
    return text


def _check_day(value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise _fail("date", f"expected a date written YYYY-MM-DD, got {_shown(value)}")


def _check_number(value: Any) -> int | float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise _fail(
            "number",
            f"expected a number written with digits only (1774, 29.9), got {_shown(value)}",
        )
    return value


def _check_year(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1000 <= value <= 2999:
        raise _fail("year", f"expected a year like 2009, got {_shown(value)}")
    return value


def _check_languages(value: Any, info: ValidationInfo) -> tuple[str, ...]:
    available: list[str] = _context(info).get("available", [])
    if isinstance(value, list) and not value:
        raise _fail("languages", "is empty; list the release languages, like [pt, es, en]")
    if not isinstance(value, list):
        raise _fail("languages", f"expected a list of language codes like [pt, es, en], got {_shown(value)}")
    seen: list[str] = []
    for i, code in enumerate(value):
        if isinstance(code, str) and code.lower() != code and LANG_CODE.match(code.lower()):
            raise _fail("languages", f"write language codes in lower case: {code.lower()!r}", at=i)
        if not isinstance(code, str) or not LANG_CODE.match(code):
            raise _fail("languages", f"{_shown(code)} is not a language code like pt, es or en", at=i)
        if available and code not in available:
            raise _fail("languages", f"{code!r} has no templates; available: {', '.join(available)}", at=i)
        if code in seen:
            raise _fail("languages", f"{code!r} is listed twice", at=i)
        seen.append(code)
    return tuple(seen)


def _check_locale_map(value: Any, info: ValidationInfo) -> Mapping[str, str]:
    from babel import Locale, UnknownLocaleError

    if not isinstance(value, dict):
        raise _fail("locales", f"expected a mapping like {{pt: pt_BR}}, got {_shown(value)}")
    langs = _languages(info)
    out: dict[str, str] = {}
    for lang, name in value.items():
        if langs and lang not in langs:
            raise _fail("locales", f"{lang!r} is not among release.languages ({', '.join(langs)})", at=lang)
        try:
            loc = Locale.parse(str(name).replace("-", "_"))
        except (ValueError, TypeError, UnknownLocaleError):
            raise _fail("locales", f"{name!r} is not a CLDR locale like pt_PT or pt_BR", at=lang) from None
        if loc.language != lang:
            raise _fail("locales", f"{name!r} is not a {lang} locale (try {lang}_…)", at=lang)
        out[str(lang)] = str(loc)
    return MappingProxyType(out)


def _schema(**schema: Any) -> WithJsonSchema:
    return WithJsonSchema(schema)


_TEXT_SCHEMA = {"type": "string", "minLength": 1}
_MAPPING_SCHEMA = {
    "type": "object",
    "propertyNames": {"pattern": LANG_CODE.pattern},
    "additionalProperties": _TEXT_SCHEMA,
    "minProperties": 1,
}

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
    _schema(type="string", description="A web address: www.example.org or https://example.org/page."),
]
Email = Annotated[str, PlainValidator(_check_email), _schema(type="string", format="email")]
Phone = Annotated[
    str,
    PlainValidator(_check_phone),
    _schema(type="string", pattern=r"^\+?[0-9][0-9 ()./-]{5,}[0-9]$"),
]
Country = Annotated[
    str,
    PlainValidator(_check_country),
    _schema(type="string", pattern="^[A-Z]{2}$", description="ISO 3166 code: ES, PT, FR…"),
]
Day = Annotated[dt.date, PlainValidator(_check_day), _schema(type="string", format="date")]
Number = Annotated[int | float, PlainValidator(_check_number), _schema(type="number")]
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
Level = Literal["bronze", "silver", "gold"]
Locales = Annotated[
    Mapping[str, str],
    PlainValidator(_check_locale_map),
    _schema(type="object", additionalProperties={"type": "string", "pattern": "^[a-z]{2,3}[_-][A-Za-z0-9]+$"}),
]


def _check_gender(value: Any, info: ValidationInfo) -> str | Mapping[str, str]:
    checked = _check_text(value, info)
    for text in [checked] if isinstance(checked, str) else list(checked.values()):
        if text not in ("m", "f"):
            raise _fail("gender", f"{text!r} is not a grammatical gender; write m or f")
    return checked


Gender = Annotated[
    str | Mapping[str, str],
    PlainValidator(_check_gender),
    _schema(
        anyOf=[
            {"enum": ["m", "f"]},
            {"type": "object", "additionalProperties": {"enum": ["m", "f"]}},
        ]
    ),
]


def _check_article(value: Any, info: ValidationInfo) -> bool | Mapping[str, bool]:
    if isinstance(value, bool):
        return value
    if isinstance(value, dict):
        langs = _languages(info)
        for lang, flag in value.items():
            if langs and lang not in langs:
                raise _fail(
                    "article", f"{lang!r} is not among release.languages ({', '.join(langs)})", at=lang, key=True
                )
            if not isinstance(flag, bool):
                raise _fail("article", f"expected true or false, got {_shown(flag)}", at=lang)
        return MappingProxyType({str(k): v for k, v in value.items()})
    raise _fail(
        "article", f"expected true or false, or one per language like {{pt: true, en: false}}, got {_shown(value)}"
    )


Article = Annotated[
    bool | Mapping[str, bool],
    PlainValidator(_check_article),
    _schema(anyOf=[{"type": "boolean"}, {"type": "object", "additionalProperties": {"type": "boolean"}}]),
]
Kind = Literal["award", "renewal", "certification", "prize"]


class Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Release(Model):
    """What is announced, when, where, and in which languages."""

    kind: Kind = Field(description="award, renewal, certification or prize.")
    date: Day = Field(description="Publication date of the release.")
    city: Text = Field(description="Dateline city.")
    languages: Languages = Field(description="Release languages, in the order drafts are shown.")
    locales: Locales = Field(
        default_factory=dict,
        description="CLDR locale per language when not the European default (pt: pt_BR).",
    )
    subheadline: Prose | None = Field(default=None, description="Optional line under the headline.")


class Party(Model):
    """An organisation named in the release: an issuer, an assessor, a backer."""

    name: Text
    acronym: str | None = None
    url: Url | None = None
    article: Article = Field(
        default=True,
        description="false for a name used without an article: by Fraunhofer, not by the Fraunhofer; "
        "a mapping if it differs by language: {pt: true, es: false, en: false}.",
    )
    gender: Gender = Field(
        default="m",
        description="Grammatical gender of the name in Portuguese and Spanish, for articles: "
        "m (o/el) or f (a/la); a mapping if it differs by language.",
    )


class Organisation(Model):
    """Who receives the award."""

    name: str = Field(description="Name used throughout the text, usually the acronym: SECPhO.")
    full_name: Text | None = Field(default=None, description="Full name, given once in the lead.")
    country: Country
    website: Url
    sector: Prose = Field(description="Sector as a noun phrase: photonics and optics.")
    about: Prose = Field(description="The 'About' boilerplate paragraph.")
    managed_by: Party | None = Field(default=None, description="The body that runs it, if not itself.")
    gender: Gender = Field(
        default="m",
        description="Grammatical gender of the name in Portuguese and Spanish: m or f.",
    )


class Award(Model):
    """The award, label or certification, and who grants it."""

    name: Text = Field(description="Cluster Management Excellence Label.")
    motto: str | None = Field(default=None, description="Tagline of the level, kept as written.")
    level: Level | None = Field(default=None, description="Required for an award or a renewal.")
    date: Day = Field(description="Date the award was granted.")
    issuer: Party
    assessor: Party | None = None
    backed_by: Party | None = Field(default=None, description="Who recognises and promotes it today.")
    launched: Year | None = Field(default=None, description="Year the scheme was launched.")
    launched_by: Party | None = Field(default=None, description="Who launched the scheme.")
    purpose: Prose | None = Field(default=None, description="What the scheme is for, as sentences.")
    meaning: Prose | None = Field(default=None, description="What the award says about the winner.")
    first_awarded: Year | None = Field(default=None, description="For a renewal: year first won.")
    scope: Prose | None = Field(default=None, description="For a certification: what it covers, as a noun phrase.")
    valid_until: Day | None = Field(default=None, description="For a certification: when it expires.")
    category: Prose | None = Field(default=None, description="For a prize: its category, as a noun phrase.")
    gender: Gender = Field(
        default="m",
        description="Grammatical gender of the award's name in Portuguese and Spanish: "
        "m (o selo, el sello) or f (a medalha, la medalla).",
    )


class Figure(Model):
    """A context figure: about 350 clusters hold the Bronze label."""

    value: Number
    of: Number | None = Field(default=None, description="The whole it is part of: 13 of 40.")
    approx: bool = Field(default=False, description="true for 'about 350'.")
    percent: bool = Field(default=False, description="true when value is a percentage.")
    what: Prose = Field(description="How the sentence goes on after the number.")

    @model_validator(mode="after")
    def _percent_of(self) -> Figure:
        if self.percent and self.of is not None:
            raise _fail("figure", "a percentage has no 'of': write 38.5 with percent: true, or 13 of 40")
        return self


class Link(Model):
    """A related platform or page."""

    url: Url
    what: Prose = Field(description="What is found there, as a noun phrase.")


class Partner(Model):
    """A partner: a name, a country, or both."""

    name: Text | None = None
    country: Country | None = None

    @model_validator(mode="after")
    def _named(self) -> Partner:
        if self.name is None and self.country is None:
            raise _fail("partner", "a partner needs a name, a country, or both")
        return self


class Partnership(Model):
    """Joint work announced with the award."""

    project: Prose = Field(description="What the partners work on, as a noun phrase.")
    partners: tuple[Partner, ...] = Field(min_length=1)
    count: int | None = Field(
        default=None,
        ge=1,
        description="How many partners, when not all are listed (4 from 3 countries).",
    )
    goal: Prose | None = Field(default=None, description="What it should bring, as a sentence.")


class Quote(Model):
    speaker: str
    role: Text
    text: Prose


class Contact(Model):
    name: str
    role: Text | None = None
    email: Email
    phone: Phone | None = None


class Event(Model):
    """Where a prize was won: a fair, a congress, a festival."""

    name: Text
    city: Text
    date: Day = Field(description="When it was held (its first day).")
    country: Country | None = None
    url: Url | None = None
    article: Article = Field(default=True, description="false for a name used without an article.")
    gender: Gender = Field(
        default="f", description="Grammatical gender of the name in Portuguese and Spanish: f (a feira) or m."
    )


class Facts(Model):
    """Everything a release says, once, for every language."""

    release: Release
    organisation: Organisation
    award: Award
    event: Event | None = Field(default=None, description="For a prize: the event where it was won.")
    figures: tuple[Figure, ...] = ()
    links: tuple[Link, ...] = ()
    benefits: tuple[Prose, ...] = Field(default=(), description="What the award opens up, one noun phrase each.")
    partnership: Partnership | None = None
    next_steps: tuple[Prose, ...] = Field(default=(), description="Whole sentences.")
    quotes: tuple[Quote, ...] = ()
    thanks: Prose | None = Field(default=None, description="Whole sentences.")
    contact: Contact

    @property
    def languages(self) -> list[str]:
        return list(self.release.languages)


def schema() -> dict[str, Any]:
    """JSON Schema of the facts file, for editors and for ``drafter schema``."""
    out = Facts.model_json_schema()
    out["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    out["title"] = "drafter facts file"
    return out


def load_facts(path: Path | str, *, available: Iterable[str] = ()) -> Facts:
    """Load and validate a facts file; raise :class:`FactsError` with every problem."""
    doc = load_yaml(Path(path))
    return validate(doc, available=available)


def validate(doc: Document, *, available: Iterable[str] = ()) -> Facts:
    available = sorted(available)
    languages: list[str] = []
    release = doc.data.get("release") if isinstance(doc.data, dict) else None
    if isinstance(release, dict) and isinstance(release.get("languages"), list):
        languages = [x for x in release["languages"] if isinstance(x, str)]
        if not all(LANG_CODE.match(x) for x in languages):
            languages = []  # the list itself is reported; do not judge every text against it
    ignored = [x for x in languages if available and x not in available]
    languages = [x for x in languages if x not in ignored]
    problems = list(doc.problems) + _placeholders(doc.data, (), doc) + _kind_facts(doc)
    try:
        facts = Facts.model_validate(
            doc.data, context={"languages": languages, "available": available, "ignored": ignored}
        )
    except ValidationError as exc:
        problems.extend(_problems(exc, doc))
        raise FactsError(problems) from None
    if problems:
        raise FactsError(problems)
    return facts


_ONLY_FOR: dict[Key, tuple[str, ...]] = {
    ("award", "first_awarded"): ("renewal",),
    ("award", "level"): ("award", "renewal", "prize"),
    ("award", "scope"): ("certification",),
    ("award", "valid_until"): ("certification",),
    ("award", "category"): ("prize",),
    ("event",): ("prize",),
}
_NEEDED_FOR: dict[Key, tuple[str, ...]] = {
    ("award", "level"): ("award", "renewal"),
    ("event",): ("prize",),
}


def _kind_facts(doc: Document) -> list[Problem]:
    """Facts that belong to one kind of release: refused elsewhere, required there."""
    data = doc.data if isinstance(doc.data, dict) else {}
    release = data.get("release")
    kind = release.get("kind") if isinstance(release, dict) else None
    if kind not in ("award", "renewal", "certification", "prize"):
        return []  # the kind itself is reported
    out = []
    for key, kinds in _ONLY_FOR.items():
        if _present(data, key) and kind not in kinds:
            what = " or ".join(_a(k) for k in kinds)
            message = f"is for {what} only; this release is {_a(kind)}: remove it"
            out.append(doc.problem(key, message, at_key=True))
    for key, kinds in _NEEDED_FOR.items():
        parent_given = len(key) == 1 or _present(data, key[:-1])
        if kind in kinds and parent_given and not _present(data, key) and not _misspelt(data, key):
            hint = "bronze, silver or gold" if key[-1] == "level" else "its name, city and date"
            message = f"missing; {_a(kind)} needs it ({hint})"
            pos = doc.where(key[:-1])
            out.append(Problem(doc.file, pos.line, pos.column, dotted(key), message))
    return out


def _a(kind: str) -> str:
    return f"an {kind}" if kind[0] in "aeiou" else f"a {kind}"


def _misspelt(data: dict[str, Any], key: Key) -> bool:
    """'levl: bronze' stands for a level: its unknown key is the one problem reported."""
    parent: Any = data
    for part in key[:-1]:
        parent = parent.get(part) if isinstance(parent, dict) else None
    names = _field_names(key[:-1])
    return isinstance(parent, dict) and any(k not in names and _suggest(str(k), names) == key[-1] for k in parent)


def _present(data: dict[str, Any], key: Key) -> bool:
    value: Any = data
    for part in key:
        if not isinstance(value, dict) or part not in value:
            return False
        value = value[part]
    return value is not None


def _placeholders(value: Any, key: Key, doc: Document) -> list[Problem]:
    """Every ``<<placeholder>>`` that ``drafter new`` wrote and nobody replaced."""
    if isinstance(value, dict):
        return [p for k, v in value.items() for p in _placeholders(v, (*key, k), doc)]
    if isinstance(value, list):
        return [p for i, v in enumerate(value) for p in _placeholders(v, (*key, i), doc)]
    found = PLACEHOLDER.search(value) if isinstance(value, str) else None
    if not found:
        return []
    doc.reported.add(key)
    return [doc.problem(key, f"still holds the placeholder {found.group()!r}; replace it")]


_MESSAGES: dict[str, Callable[[Any], str]] = {
    "int_type": lambda v: f"expected a whole number, got {_shown(v)}",
    "int_parsing": lambda v: f"expected a whole number, got {_shown(v)}",
    "string_type": lambda v: f"expected text, got {_shown(v)}",
    "bool_type": lambda v: f"expected true or false, got {_shown(v)}",
    "bool_parsing": lambda v: f"expected true or false, got {_shown(v)}",
    "list_type": lambda v: f"expected a list (lines starting with '- '), got {_shown(v)}",
    "tuple_type": lambda v: f"expected a list (lines starting with '- '), got {_shown(v)}",
    "dict_type": lambda v: f"expected a mapping (key: value lines), got {_shown(v)}",
    "model_type": lambda v: f"expected a mapping (key: value lines), got {_shown(v)}",
    "model_attributes_type": lambda v: f"expected a mapping (key: value lines), got {_shown(v)}",
    "greater_than_equal": lambda v: f"expected a whole number of 1 or more, got {_shown(v)}",
}


def _problems(exc: ValidationError, doc: Document) -> list[Problem]:
    out = []
    errors = exc.errors(include_url=False)
    unknown = {tuple(e["loc"]) for e in errors if e["type"] == "extra_forbidden"}
    for err in errors:
        loc: Key = tuple(err["loc"])
        ctx = err.get("ctx") or {}
        if ctx.get("at") is not None:
            loc = (*loc, ctx["at"])
            if ctx.get("key"):
                out.append(doc.problem(loc, err["msg"], at_key=True))
                continue
        if loc in doc.reported:
            continue
        kind = err["type"]
        value = err.get("input")
        if kind == "missing" and (loc[:-1] in doc.merged or any(_typo_of(u, loc) for u in unknown)):
            continue  # "levle: bronze" is one problem: an unknown key that means 'level'
        if kind == "missing":
            pos = doc.where(loc[:-1])
            out.append(Problem(doc.file, pos.line, pos.column, dotted(loc), _missing(loc)))
        elif kind == "extra_forbidden":
            out.append(doc.problem(loc, _unknown(loc), at_key=True))
        elif kind == "too_short" and any(
            len(e["loc"]) > len(loc) and tuple(e["loc"][: len(loc)]) == loc for e in errors
        ):
            continue  # pydantic counts only the items that validated; those that did not are reported
        elif kind == "too_short":
            field = _field(loc)
            optional = field is not None and not field.is_required()
            one = str(loc[-1]).removesuffix("s") if str(loc[-1]).endswith("s") else "item"
            message = f"is empty; give at least one {one}" + (" or remove the key" if optional else "")
            out.append(doc.problem(loc, message))
        elif kind == "literal_error":
            allowed = _literal_values(loc)
            hint = _suggest(str(value), allowed)
            message = f"{_shown(value)} is not one of: {', '.join(allowed)}"
            out.append(doc.problem(loc, f"{message}; did you mean {hint!r}?" if hint else message))
        elif kind in _MESSAGES:
            out.append(doc.problem(loc, _MESSAGES[kind](value)))
        else:
            out.append(doc.problem(loc, err["msg"]))
    return out


def _typo_of(unknown: Key, missing: Key) -> bool:
    return unknown[:-1] == missing[:-1] and _suggest(str(unknown[-1]), _field_names(unknown[:-1])) == missing[-1]


def _field(loc: Key) -> Any:
    model = Facts if len(loc) == 1 else _model_at(loc[:-1])
    return model.model_fields.get(str(loc[-1])) if model else None


def _model_at(loc: Key) -> type[BaseModel] | None:
    """The model class that holds the field at ``loc`` (list indices skipped)."""
    import typing

    model: Any = Facts
    for part in loc:
        if isinstance(part, int):
            continue
        if not (isinstance(model, type) and issubclass(model, BaseModel)) or part not in model.model_fields:
            return None
        annotation = model.model_fields[part].annotation
        model = _inner_model(annotation, typing)
    return model if isinstance(model, type) and issubclass(model, BaseModel) else None


def _inner_model(annotation: Any, typing: Any) -> Any:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in typing.get_args(annotation):
        found = _inner_model(arg, typing)
        if found is not None:
            return found
    return None


def _field_names(parent: Key) -> list[str]:
    model = Facts if not parent else _model_at(parent)
    return list(model.model_fields) if model else []


def _missing(loc: Key) -> str:
    field = str(loc[-1])
    model = Facts if len(loc) == 1 else _model_at(loc[:-1])
    info = model.model_fields.get(field) if model else None
    hint = f" ({info.description.rstrip('.')})" if info and info.description else ""
    return f"missing; this fact is required{hint}"


def _unknown(loc: Key) -> str:
    names = _field_names(tuple(p for p in loc[:-1]))
    hint = _suggest(str(loc[-1]), names)
    if hint:
        return f"unknown key; did you mean {hint!r}?"
    return f"unknown key; expected one of: {', '.join(names)}" if names else "unknown key"


def _literal_values(loc: Key) -> list[str]:
    import typing

    model = Facts if len(loc) == 1 else _model_at(loc[:-1])
    if model is None or loc[-1] not in model.model_fields:
        return []
    args = list(typing.get_args(model.model_fields[str(loc[-1])].annotation))
    for arg in list(args):
        args.extend(typing.get_args(arg))  # Literal[...] | None
    return [str(a) for a in args if isinstance(a, str)]


def _suggest(word: str, options: Iterable[str]) -> str | None:
    match = difflib.get_close_matches(word, list(options), n=1, cutoff=0.6)
    if match:
        return match[0]
    lowered = {o.lower(): o for o in options}
    return lowered.get(word.lower())


def _shown(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (int, float)):
        return str(value)
    text = str(value)
    return repr(text if len(text) <= 40 else text[:37] + "…")
