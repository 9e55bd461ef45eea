"""The facts a draft must carry, as the mentions ``extract`` would find for them.

Each expectation names the fact's key in the facts file, so a finding can
say which fact is missing. Values are canonical (language-neutral), the same
form ``extract`` gives, so "5 de março de 2013" and "5 March 2013" both meet
``award.date``. Multi-word names are looked for as text, in the draft's
language.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

from babel import Locale
from pydantic import BaseModel

from ..extract import canon_number, canon_phone, canon_url
from ..extract.kinds import family as kind_family
from ..facts import Facts, Party
from ..facts.dates import Month
from ..localize import format_date, format_number, format_percent, format_when, locale_for, url_label

_ACRONYM = re.compile(r"^(?:[A-Z]{2,}|[A-Z][A-Za-z]*[A-Z][A-Za-z]*)$")


@dataclass(frozen=True)
class Expected:
    key: str
    kind: str  # a Mention kind, or "text" for a name looked for as it is written
    value: str
    shown: str  # how drafter writes it in this language, for messages
    label: str = ""
    """What the fact is, in plain words ("the figure “companies certified”"), for messages."""
    context: str = ""
    """Words the fact stands beside in a draft (a figure's "what"): where to look for it first."""

    @property
    def called(self) -> str:
        return self.label or self.key


_PARTIES = {
    "organisation.managed_by": "the body managing the organisation",
    "award.issuer": "the issuer",
    "award.assessor": "the assessor",
    "award.backed_by": "the backer",
    "award.launched_by": "the body that launched the award",
}
_PLAIN = {
    "release.date": "the release's date",
    "organisation.name": "the organisation's name",
    "organisation.full_name": "the organisation's full name",
    "organisation.country": "the organisation's country",
    "organisation.website": "the organisation's website",
    "award.name": "the award's name",
    "award.level": "the level awarded",
    "award.date": "the date of the award",
    "award.valid_until": "the date the certificate is valid until",
    "award.launched": "the year the award was launched",
    "award.first_awarded": "the year the award was first given",
    "award.previous.level": "the level held before",
    "award.previous.year": "the year the level held before was obtained",
    "event.name": "the event's name",
    "event.city": "the event's city",
    "event.date": "the event's date",
    "event.country": "the event's country",
    "event.url": "the event's website",
    "partnership.count": "the number of partners",
    "contact.name": "the press contact's name",
    "contact.email": "the press contact's e-mail",
    "contact.phone": "the press contact's phone number",
}
_PARTY_FIELDS = {"name": "name", "acronym": "acronym", "url": "website"}


def describe(key: str, facts: Facts, lang: str) -> str:
    """A fact's key path in plain words: "figures[1].value" is the figure “companies certified”."""
    if key in _PLAIN:
        return _PLAIN[key]
    party, _, field = key.rpartition(".")
    if party in _PARTIES and field in _PARTY_FIELDS:
        return f"{_PARTIES[party]}'s {_PARTY_FIELDS[field]}"
    m = re.fullmatch(r"(figures|links|quotes|partnership\.partners)\[(\d+)\]\.(\w+)", key)
    if not m:
        return key
    section, i, field = m.group(1), int(m.group(2)), m.group(3)
    if section == "figures":
        fig = facts.figures[i]
        what = _text(fig.what, lang) or (_text(fig.text, lang) or "").replace("{value}", "…").replace("{of}", "…")
        return f"the figure “{what}”" + (" (its total)" if field == "of" else "")
    if section == "links":
        what = _text(facts.links[i].what, lang) or facts.links[i].url
        return f"the address of the link to {what}"
    if section == "quotes":
        return "the name of the person quoted"
    partner = facts.partnership.partners[i] if facts.partnership else None
    name = (_text(partner.name, lang) if partner else None) or f"partner {i + 1}"
    return f"{name}'s country" if field == "country" else f"the name of partner {i + 1}"


def family(kind: str) -> str:
    """Kinds that compare with each other: 2009 the year and 2009 the number, 50th and 50."""
    return kind_family(kind)


def _number(value: float) -> str:
    return canon_number(Decimal(str(value)))


def _text(value: str | Mapping[str, str] | None, lang: str) -> str | None:
    if value is None or isinstance(value, str):
        return value
    return value.get(lang)


def _name(key: str, name: str | None) -> Iterator[Expected]:
    if not name:
        return
    if _ACRONYM.match(name):
        yield Expected(key, "name", name, name)
    else:
        yield Expected(key, "text", name, name)


def _party(key: str, party: Party | None, lang: str) -> Iterator[Expected]:
    if party is None:
        return
    yield from _name(f"{key}.name", _text(party.name, lang))
    if party.acronym:
        yield from _name(f"{key}.acronym", party.acronym)
    if party.url:
        yield Expected(f"{key}.url", "url", canon_url(party.url), url_label(party.url))


def _when(key: str, value: dt.date | Month | int, loc: Locale) -> Expected:
    """A day or a month is a date ("2013-03-05", "2013-03"), a year a year: each found only as itself."""
    if isinstance(value, int):
        return Expected(key, "year", str(value), str(value))
    return Expected(key, "date", value.isoformat(), format_when(value, loc))


def _context(text: str) -> str:
    """The longest run of words of a figure's line without its placeholders: where to look for the number."""
    parts = [p.strip(" ,.;:") for p in re.split(r"\{(?:value|of)\}", text)]
    return max(parts, key=len)


def expectations(facts: Facts, lang: str, glossary: Mapping[str, Any] | None = None) -> list[Expected]:
    """Every checkable fact of ``facts`` as it should appear in ``lang``."""
    loc: Locale = locale_for(lang, facts.release.locales.get(lang))
    out: list[Expected] = []
    add = out.append
    release, org, award = facts.release, facts.organisation, facts.award
    if release.date:
        add(Expected("release.date", "date", release.date.isoformat(), format_date(release.date, loc)))
    out.extend(_name("organisation.name", _text(org.name, lang)))
    out.extend(_name("organisation.full_name", _text(org.full_name, lang)))
    add(Expected("organisation.country", "country", org.country, loc.territories.get(org.country, org.country)))
    add(Expected("organisation.website", "url", canon_url(org.website), url_label(org.website)))
    out.extend(_party("organisation.managed_by", org.managed_by, lang))
    out.extend(_name("award.name", _text(award.name, lang)))
    levels = (glossary or {}).get("levels", {})
    if award.level:
        add(Expected("award.level", "term", f"level:{award.level}", str(levels.get(award.level, award.level))))
    if award.previous:
        previous = award.previous.level
        add(Expected("award.previous.level", "term", f"level:{previous}", str(levels.get(previous, previous))))
        add(Expected("award.previous.year", "year", str(award.previous.year), str(award.previous.year)))
    add(_when("award.date", award.date, loc))
    out.extend(_party("award.issuer", award.issuer, lang))
    out.extend(_party("award.assessor", award.assessor, lang))
    out.extend(_party("award.backed_by", award.backed_by, lang))
    out.extend(_party("award.launched_by", award.launched_by, lang))
    if award.valid_until:
        add(_when("award.valid_until", award.valid_until, loc))
    if facts.event:
        event = facts.event
        out.extend(_name("event.name", _text(event.name, lang)))
        out.extend(_name("event.city", _text(event.city, lang)))
        add(_when("event.date", event.date, loc))
        if event.country:
            add(Expected("event.country", "country", event.country, loc.territories.get(event.country, event.country)))
        if event.url:
            add(Expected("event.url", "url", canon_url(event.url), url_label(event.url)))
    if award.launched:
        add(Expected("award.launched", "year", str(award.launched), str(award.launched)))
    if award.first_awarded:
        add(_when("award.first_awarded", award.first_awarded, loc))
    for i, fig in enumerate(facts.figures):
        what = _text(fig.what, lang) or _context(_text(fig.text, lang) or "")
        field = "value" if fig.value is not None else "change"
        key, number = f"figures[{i}].{field}", abs(fig.value if fig.value is not None else fig.change or 0)
        # a change is written as its size, the words saying which way: "18.4% reduction"
        if fig.percent:
            add(Expected(key, "percent", _number(number), format_percent(number, loc), "", what))
        else:
            add(Expected(key, "number", _number(number), format_number(number, loc), "", what))
        if fig.of is not None:
            add(Expected(f"figures[{i}].of", "number", _number(fig.of), format_number(fig.of, loc), "", what))
    for i, link in enumerate(facts.links):
        add(Expected(f"links[{i}].url", "url", canon_url(link.url), url_label(link.url)))
    if facts.partnership:
        ship = facts.partnership
        count = max(ship.count or 0, len(ship.partners))
        add(Expected("partnership.count", "number", str(count), format_number(count, loc)))
        for i, partner in enumerate(ship.partners):
            out.extend(_name(f"partnership.partners[{i}].name", _text(partner.name, lang)))
            if partner.country:
                shown = loc.territories.get(partner.country, partner.country)
                add(Expected(f"partnership.partners[{i}].country", "country", partner.country, shown))
    for i, quote in enumerate(facts.quotes):
        out.extend(_name(f"quotes[{i}].speaker", quote.speaker))
    contact = facts.contact
    if contact:
        out.extend(_name("contact.name", contact.name))
        add(Expected("contact.email", "email", contact.email.lower(), contact.email))
        if contact.phone:
            add(Expected("contact.phone", "phone", canon_phone(contact.phone), contact.phone))
    return [replace(e, label=describe(e.key, facts, lang)) for e in out]


def texts(value: object) -> Iterator[str | Mapping[str, str]]:
    """Every text of the facts, in order: a language-neutral one, or a mapping of one per language."""
    if isinstance(value, BaseModel):
        for name in type(value).model_fields:
            yield from texts(getattr(value, name))
    elif isinstance(value, Mapping):
        if value and all(isinstance(v, str) for v in value.values()):
            yield value
    elif isinstance(value, tuple):
        for item in value:
            yield from texts(item)
    elif isinstance(value, str):
        yield value


def prose(facts: Facts, lang: str) -> list[str]:
    """Every free text of the facts in ``lang``: the values they hold are facts too."""
    return [t if isinstance(t, str) else t[lang] for t in texts(facts) if isinstance(t, str) or lang in t]
