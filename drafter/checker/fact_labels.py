"""What each fact a draft must carry is, in plain words, for the messages of ``drafter check``: "the level
awarded", "the figure “companies certified”", "the issuer's website"."""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..facts import Facts

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
    "award.edition": "the year of the award's edition",
    "award.acronym": "the award's acronym",
    "award.noun": "the scheme's own noun",
    "award.date": "the date of the award",
    "award.valid_until": "the date the certificate is valid until",
    "award.awarded_to": "what the award is granted to",
    "award.launched": "the year the award was launched",
    "award.first_awarded": "the year the award was first given",
    "award.times_renewed": "how many times the award has been renewed",
    "award.previous.level": "the level held before",
    "award.former_name": "the award's former name",
    "award.previous.year": "the year the level held before was obtained",
    "event.name": "the event's name",
    "event.city": "the event's city",
    "event.date": "the event's date",
    "event.country": "the event's country",
    "event.url": "the event's website",
    "grant.amount": "the sum granted",
    "grant.budget": "the project's total budget",
    "grant.months": "the project's length in months",
    "grant.start": "when the project starts",
    "grant.led_by.name": "the name of the researcher who leads the project",
    "grant.led_by.title": "the title of the researcher who leads the project",
    "grant.led_by.role": "the role of the researcher who leads the project",
    "partnership.count": "the number of partners",
    "partnership.placed": "the number of partners from the countries named",
    "contact.name": "the press contact's name",
    "contact.email": "the press contact's e-mail",
    "contact.phone": "the press contact's phone number",
}
_PARTY_FIELDS = {"name": "name", "acronym": "acronym", "url": "website"}


_LISTED = re.compile(r"(figures|links|quotes|partnership\.partners|grant\.co_funded_by)\[(\d+)\]\.(\w+)")


def describe(key: str, facts: Facts, lang: str) -> str:
    """A fact's key path in plain words: "figures[1].value" is the figure “companies certified”."""
    if key in _PLAIN:
        return _PLAIN[key]
    party, _, field = key.rpartition(".")
    if party in _PARTIES and field in _PARTY_FIELDS:
        return f"{_PARTIES[party]}'s {_PARTY_FIELDS[field]}"
    m = _LISTED.fullmatch(key)
    if not m:
        return key
    section, i, field = m.group(1), int(m.group(2)), m.group(3)
    if section == "figures":
        fig = facts.figures[i]
        what = _text(fig.what, lang) or (_text(fig.text, lang) or "").replace("{value}", "…").replace("{of}", "…")
        return f"the figure “{what}”" + {"of": " (its total)", "out_of": " (its top mark)"}.get(field, "")
    if section == "links":
        what = _text(facts.links[i].what, lang) or facts.links[i].url
        return f"the address of the link to {what}"
    if section == "quotes":
        return f"the {field if field in ('role', 'title') else 'name'} of the person quoted"
    if section == "grant.co_funded_by":
        return f"the {'acronym' if field == 'acronym' else 'name'} of co-funder {i + 1}"
    partner = facts.partnership.partners[i] if facts.partnership else None
    name = (_text(partner.name, lang) if partner else None) or f"partner {i + 1}"
    if field == "acronym":
        return f"{name}'s acronym"
    return f"{name}'s country" if field == "country" else f"the name of partner {i + 1}"


def _text(value: str | Mapping[str, str] | None, lang: str) -> str | None:
    """A text of the facts in ``lang``: the one for every language, or the language's own."""
    if value is None or isinstance(value, str):
        return value
    return value.get(lang)
