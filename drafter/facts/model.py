"""The facts file as a typed, frozen model: one class per section (a figure's in :mod:`.figure`, an
event's in :mod:`.event`)."""

from __future__ import annotations

from typing import Any

from pydantic import Field, model_validator

from .dates import Since, When, year_of
from .event import Event
from .figure import Figure
from .grammatical import Article, Gender, NameGender
from .levels import METALS, AwardLevel, check_upgrade, named
from .orgtypes import OrgType
from .past_dates import check_past
from .people import Researcher
from .scheme import check_noun
from .section import Model
from .types import (
    Count,
    Country,
    Currency,
    Day,
    Email,
    Kind,
    Languages,
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

LEVELS = METALS


class Release(Model):
    """What is announced, when, where, and in which languages."""

    kind: Kind = Field(description="award, renewal, certification, prize or grant.")
    date: Day | None = Field(default=None, description="Publication date of the release, for the dateline.")
    city: Text = Field(description="Dateline city.")
    languages: Languages = Field(description="Release languages, in the order drafts are shown.")
    locales: Locales = Field(
        default_factory=dict,
        description="CLDR locale per language when not the European default (pt: pt_BR).",
    )
    subheadline: Prose | None = Field(default=None, description="Optional line under the headline.")


_TYPE = (
    "What kind of organisation it is: cluster, company, association, university, research centre, "
    "foundation, public body, network, or a place: town, city, municipality or region; or one text per language."
)
_ACRONYM = (
    "Its acronym, written once after the name: CIMA; one per language where it differs: {en: EIB, es: BEI, "
    "pt: BEI, fr: BEI}."
)
_GENDER = (
    "Grammatical gender of the name in Portuguese, Spanish and French, for articles and agreement: m (o/el/le) "
    "or f (a/la/la), or mp, fp for a plural name (os/los/les, as/las/les), which every language's verbs "
    "agree with; a mapping if it differs by language. Default: the gender of its type's word, else m."
)


class Party(Model):
    """An organisation named in the release: an issuer, an assessor, a backer."""

    name: Text
    acronym: Text | None = Field(default=None, description=_ACRONYM)
    url: Url | None = None
    type: OrgType | None = Field(default=None, description=_TYPE)
    article: Article | None = Field(
        default=None,
        description="false for a name used without an article: by Fraunhofer, not by the Fraunhofer; "
        "left out, a company's name or a one-word brand goes without one in English, Spanish and French; "
        "a mapping if it differs by language: {pt: true, es: false, en: false}.",
    )
    gender: NameGender | None = Field(default=None, description=_GENDER)


class Organisation(Model):
    """Who receives the award."""

    name: Text = Field(
        description="Name used throughout the text, usually the acronym: SECPhO; one per language if it differs."
    )
    full_name: Text | None = Field(default=None, description="Full name, given once in the lead.")
    type: OrgType | None = Field(default=None, description=_TYPE)
    country: Country
    website: Url
    sector: Prose | None = Field(
        default=None,
        description="Sector as a noun phrase: photonics and optics. Leave it out when the organisation has none "
        "(a town council): the lead then names it by its name and type alone.",
    )
    about: Prose = Field(
        description="The “About” paragraph that ends the release: who the organisation is, as sentences."
    )
    managed_by: Party | None = Field(default=None, description="The body that runs it, if not itself.")
    article: Article | None = Field(
        default=None,
        description="Whether the name takes the definite article: true (o SECPhO, el Cluster Habitat) or false; "
        "a mapping if it differs by language. Default: in Portuguese yes, elsewhere no.",
    )
    gender: NameGender | None = Field(default=None, description=_GENDER)


class Previous(Model):
    """The level held before an upgrade: Bronze in 2013, now Gold."""

    level: AwardLevel = Field(
        description="The level held before: bronze, silver or gold, or a level of the scheme's own, as a block "
        "like award.level's ({name: 4 Star, rank: 4})."
    )
    year: Year = Field(description="The year it was obtained.")


class Award(Model):
    """The award, label or certification, and who grants it."""

    name: Text = Field(
        description="The award's name as officially written, without an article: Cluster Management Excellence "
        "Label; a certification's standard (ISO 14001:2015), a prize's name, a grant's programme."
    )
    edition: Year | None = Field(
        default=None,
        description="The year of the award's edition, said after its name in the headline and the lead: 2027 for "
        "the European Green Leaf Award 2027; never in the name, which the award's history repeats.",
    )
    acronym: Name | None = Field(
        default=None, description="The award's own acronym, the name the trade uses: RFAR; said once, in the lead."
    )
    motto: Name | None = Field(default=None, description="Tagline of the level, kept as written.")
    level: AwardLevel | None = Field(
        default=None,
        description="bronze, silver, gold or platinum, for an award, a renewal or a prize with levels; or a level "
        "the scheme names itself, as a block: {name: Excellent}; leave it out for a label or seal without levels.",
    )
    date: When = Field(description="Date the award was granted: YYYY-MM-DD, or YYYY-MM if the day is not known.")
    issuer: Party
    assessor: Party | None = None
    backed_by: Party | None = Field(default=None, description="Who recognises and promotes it today.")
    former_name: Text | None = Field(
        default=None,
        description="The scheme's former name, said once after its name: formerly the European Business Award.",
    )
    launched: Year | None = Field(default=None, description="Year the scheme was launched.")
    launched_by: Party | None = Field(default=None, description="Who launched the scheme.")
    purpose: Prose | None = Field(default=None, description="What the scheme is for, as sentences.")
    meaning: Prose | None = Field(default=None, description="What the award says about the winner, as sentences.")
    first_awarded: Since | None = Field(default=None, description="For a renewal: year (or month) first won.")
    times_renewed: Count | None = Field(
        default=None,
        description="For a renewal: how many times it has now been renewed, this renewal included: "
        "3 gives 'for the third time', 'pela terceira vez'.",
    )
    previous: Previous | None = Field(default=None, description="For an award: the lower level held before.")
    scope: Prose | None = Field(default=None, description="For a certification: what it covers, as a noun phrase.")
    awarded_to: Prose | None = Field(
        default=None,
        description="For an award or a renewal: what it is granted to when that is not the organisation itself, "
        "as a noun phrase with its article: {pt: as nove praias do concelho, en: its nine beaches}.",
    )
    valid_until: When | None = Field(
        default=None, description="For a certification, an award or a renewal: when it expires."
    )
    category: Prose | None = Field(default=None, description="For a prize: its category, as a noun phrase.")
    gender: Gender = Field(
        default="m",
        description="Grammatical gender of the award's name in Portuguese and Spanish: "
        "m (o selo, el sello) or f (a medalha, la medalla).",
    )
    noun: Prose | None = Field(
        default=None,
        description="The scheme's own noun in each language, without article, in lower case: "
        "{pt: acreditação, es: acreditación, en: accreditation, fr: accréditation}; the text names the award by it.",
    )
    noun_gender: Gender | None = Field(
        default=None,
        description="The gender of noun in Portuguese, Spanish and French, for a noun drafter does not know: "
        "m or f; a mapping if it differs by language.",
    )

    @model_validator(mode="after")
    def _noun(self) -> Award:
        problem = check_noun(self.noun, self.noun_gender)
        if problem is not None:
            raise problem
        return self

    @model_validator(mode="after")
    def _upgrade(self) -> Award:
        if self.previous is None:
            return self
        if self.level is None:
            raise _fail(
                "previous",
                f"an upgrade from {named(self.previous.level)} needs the level awarded now: "
                "add level, or remove previous",
                at="previous",
            )
        check_upgrade(self.previous.level, self.level)
        if self.previous.year > year_of(self.date):
            raise _fail(
                "previous",
                f"{self.previous.year} is after the award's date ({self.date}); the level held before came first",
                at=("previous", "year"),
            )
        return self


class Link(Model):
    """A related platform or page."""

    url: Url
    what: Prose = Field(description="What is found there, as a noun phrase.")


class Partner(Model):
    """A partner: a name, a country, or both."""

    name: Text | None = None
    acronym: Text | None = Field(default=None, description=_ACRONYM + " Needs the name.")
    country: Country | None = None
    type: OrgType | None = Field(default=None, description=_TYPE)
    article: Article | None = Field(
        default=None,
        description="true for a name that takes the definite article: la Universitat Politècnica de València; "
        "false for one that does not; a mapping if it differs by language. Left out, a partner with a type "
        "takes it where the language's names do (pt: a Aquatec Ibérica), one without a type does not.",
    )
    gender: NameGender | None = Field(default=None, description=_GENDER)

    @model_validator(mode="after")
    def _named(self) -> Partner:
        if self.name is None and self.country is None:
            raise _fail("partner", "a partner needs a name, a country, or both")
        if self.acronym is not None and self.name is None:
            raise _fail("partner", "an acronym is written after a name: give the partner's name too", at="acronym")
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
    title: Text | None = Field(
        default=None,
        description="A title before the speaker's name, as each language writes it: "
        "{pt: Prof., es: Prof., en: Prof., fr: Pr}.",
    )
    role: Text = Field(
        description="The person's position, after a comma: one text, or one per language where it differs "
        "(pt: diretora-geral, es: directora general, en: director-general, fr: directrice générale); "
        "drafter check finds each language's in its version."
    )
    text: Prose = Field(description="What they said, as sentences, without quotation marks.")


class Contact(Model):
    name: Name
    role: Text | None = None
    email: Email
    phone: Phone | None = None


class CoFunder(Model):
    """Another body that funds a granted project: named in the lead, without a link."""

    name: Text
    acronym: Text | None = Field(default=None, description=_ACRONYM)
    type: OrgType | None = Field(default=None, description=_TYPE)
    article: Article = Field(
        default=True,
        description="false for a name used without an article: Salinas Moura, not the Salinas Moura; "
        "a mapping if it differs by language.",
    )
    gender: NameGender | None = Field(default=None, description=_GENDER)


class Grant(Model):
    """What a grant gives: how much, for what, for how long, and who else pays."""

    amount: Number = Field(description="The sum granted, in digits: 480000.")
    currency: Currency = Field(default="EUR", description="Its currency, as an ISO 4217 code: EUR, GBP, USD.")
    project: Prose = Field(
        description="What the grant pays for, as a noun phrase with its article: the PRADOS project, which will …"
    )
    call: Prose | None = Field(
        default=None, description="The call it was won in, with its article: the 2026 call, o concurso de 2026."
    )
    months: Count | None = Field(default=None, description="How long the project runs, in months.")
    start: When | None = Field(default=None, description="When the project starts: YYYY-MM-DD or YYYY-MM.")
    budget: Number | None = Field(
        default=None, description="The project's total budget, in the same currency; at least the amount."
    )
    co_funded_by: tuple[CoFunder, ...] = Field(default=(), description="The other bodies that fund the project.")
    led_by: Researcher | None = Field(default=None, description="The researcher who leads the project.")

    @model_validator(mode="after")
    def _sums(self) -> Grant:
        if self.amount <= 0:
            message = f"a grant of {self.amount} is no grant; give the sum granted, like 480000"
            raise _fail("grant", message, at="amount")
        if self.budget is not None and self.budget < self.amount:
            raise _fail(
                "grant",
                f"the project's budget ({self.budget}) is smaller than the grant ({self.amount}); "
                "the budget is the project's whole cost: correct one of them",
                at="budget",
            )
        return self


class Facts(Model):
    """Everything a release says, once, for every language."""

    release: Release
    organisation: Organisation
    award: Award
    event: Event | None = Field(default=None, description="For a prize: the event where it was won.")
    grant: Grant | None = Field(default=None, description="For a grant: the sum, the project, who else funds it.")
    figures: tuple[Figure, ...] = ()
    links: tuple[Link, ...] = ()
    benefits: tuple[Prose, ...] = Field(default=(), description="What the award opens up, one noun phrase each.")
    partnership: Partnership | None = None
    next_steps: tuple[Prose, ...] = Field(default=(), description="Whole sentences.")
    quotes: tuple[Quote, ...] = ()
    thanks: Prose | None = Field(default=None, description="Whole sentences.")
    contact: Contact | None = Field(default=None, description="The media contact; leave it out for none.")

    @property
    def languages(self) -> list[str]:
        return list(self.release.languages)

    @model_validator(mode="after")
    def _past(self) -> Facts:
        check_past(self)  # a day the drafts say in the past tense, after the release's
        return self


def schema() -> dict[str, Any]:
    """JSON Schema of the facts file, for editors and for ``drafter schema``: see :mod:`.editor_schema`."""
    from .editor_schema import schema as editor_schema

    return editor_schema()
