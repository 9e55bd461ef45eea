"""The facts file as a typed, frozen model: one class per section."""

from __future__ import annotations

from typing import Any

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    model_validator,
)

from .types import (
    Article,
    Count,
    Country,
    Day,
    Email,
    Gender,
    Kind,
    Languages,
    Level,
    Locales,
    Name,
    Number,
    Phone,
    Prose,
    Text,
    Url,
    Year,
    _fail,
)


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
    acronym: Name | None = None
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

    name: Name = Field(description="Name used throughout the text, usually the acronym: SECPhO.")
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
    motto: Name | None = Field(default=None, description="Tagline of the level, kept as written.")
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
    count: Count | None = Field(
        default=None,
        description="How many partners, when not all are listed (4 from 3 countries).",
    )
    goal: Prose | None = Field(default=None, description="What it should bring, as a sentence.")


class Quote(Model):
    speaker: Name
    role: Text
    text: Prose


class Contact(Model):
    name: Name
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
