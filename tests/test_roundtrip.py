"""Every fact of every example appears, correctly formatted, in every language's draft."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from drafter import draft, load_facts
from drafter import figures as figure_forms
from drafter.catalog import Catalog
from drafter.facts import Facts, Party
from drafter.facts.levels import level_text
from drafter.lang import words
from drafter.localize import (
    country_name,
    format_date,
    format_number,
    format_percent,
    format_when,
    locale_for,
    url_label,
)
from drafter.view import build_view

from .conftest import EXAMPLES


def _text(value: str | Mapping[str, str] | None, lang: str) -> str | None:
    if value is None or isinstance(value, str):
        return value
    return value[lang]


def _party(party: Party | None, lang: str, where: str) -> Iterator[tuple[str, str]]:
    if party is None:
        return
    yield f"{where}.name", _text(party.name, lang) or ""
    if party.acronym:
        yield f"{where}.acronym", party.acronym
    if party.url:
        yield f"{where}.url", url_label(party.url)


def _bare(phrase: str, lang: str) -> str:
    """A phrase without the article it starts with, which the templates contract: "o consumo" is "no consumo"."""
    grammar = words(lang)
    articles = {key.split(" ", 1)[1] for key in grammar.contractions} | set(grammar.elisions)
    first, _, rest = phrase.partition(" ")
    return rest if rest and first in articles else phrase


def _type_word(value: str | Mapping[str, str], lang: str, glossary: Mapping[str, object]) -> str:
    if isinstance(value, str):
        written = str(glossary["types"][value.replace(" ", "_")])  # type: ignore[index]
        return written.partition(" ")[2]  # "uma empresa": empresa
    return value[lang]


def expected_facts(facts: Facts, lang: str) -> Iterator[tuple[str, str | tuple[str, ...]]]:
    """(key, text) for each fact, written as it must appear in ``lang``."""
    loc = locale_for(lang, facts.release.locales.get(lang))
    glossary = Catalog.find().glossary(lang)
    org, award, release = facts.organisation, facts.award, facts.release
    if release.date:
        yield "release.date", format_date(release.date, loc)
    yield "release.city", _text(release.city, lang) or ""
    if release.subheadline:
        yield "release.subheadline", release.subheadline[lang]
    yield "organisation.name", _text(org.name, lang) or ""
    # The type ("a company", "una federación deportiva") is the lead's wording, not a fact: each language
    # leaves it out where the name says it or it says nothing a reader needs, and drafter check does not ask for it.
    if org.full_name:
        yield "organisation.full_name", _text(org.full_name, lang) or ""
    yield "organisation.country", country_name(org.country, loc)
    yield "organisation.website", url_label(org.website)
    # A sector the lead does not say is left out by the view (drafter.lang.leads): one the name or the
    # type says, or a university's that only says it teaches ("which works in higher education").
    if org.sector and build_view(facts, lang, Catalog.find())["org"]["sector"]:
        yield "organisation.sector", _bare(org.sector[lang], lang)
    yield "organisation.about", org.about[lang]
    yield from _party(org.managed_by, lang, "organisation.managed_by")
    yield "award.name", _text(award.name, lang) or ""
    if award.motto:
        yield "award.motto", award.motto
    if isinstance(award.level, str):
        yield "award.level", glossary["levels"][award.level]
    elif award.level:  # a level of the scheme's own, as the facts name it
        yield "award.level", level_text(award.level, lang)
    if award.former_name:
        yield "award.former_name", _text(award.former_name, lang) or ""
    for key in ("scope", "category"):
        if getattr(award, key):
            yield f"award.{key}", getattr(award, key)[lang]
    if award.valid_until:
        yield "award.valid_until", format_when(award.valid_until, loc)
    if facts.event:
        yield "event.name", _text(facts.event.name, lang) or ""
        yield "event.city", _text(facts.event.city, lang) or ""
        if facts.event.end:  # a range: its last day whole, its first as the range writes it (see test_event_range_…)
            yield "event.end", format_date(facts.event.end, loc)
        else:
            yield "event.date", format_when(facts.event.date, loc)
        if facts.event.country:
            yield "event.country", country_name(facts.event.country, loc)
        if facts.event.url:
            yield "event.url", url_label(facts.event.url)
    when = format_when(award.date, loc)
    # After the event's dates, which give its year, a prize's day is said without it ("on 8 October").
    yield "award.date", (when, re.sub(rf"(?:,|\s+de)?\s+{award.date.year}\Z", "", when)) if facts.event else when
    if award.previous:
        yield "award.previous.level", glossary["levels"][award.previous.level]
        yield "award.previous.year", str(award.previous.year)
    yield from _party(award.issuer, lang, "award.issuer")
    yield from _party(award.assessor, lang, "award.assessor")
    yield from _party(award.backed_by, lang, "award.backed_by")
    yield from _party(award.launched_by, lang, "award.launched_by")
    if award.launched:
        yield "award.launched", str(award.launched)
    if award.first_awarded:
        first = award.first_awarded
        yield "award.first_awarded", str(first) if isinstance(first, int) else format_when(first, loc)
    for key in ("purpose", "meaning"):
        if getattr(award, key):
            text = getattr(award, key)[lang]
            # French makes an opening « Le label X » a pronoun after a sentence that has just named it
            # (lang/anaphora.py): the rest of the text stands as written.
            yield f"award.{key}", (text, *(text.split(" ", k)[k] for k in (2, 3, 4) if text.count(" ") > k + 5))
    for i, fig in enumerate(facts.figures):
        number = abs(fig.value if fig.value is not None else fig.change or 0)
        values = _figure_forms(number, fig.percent, loc, _text(fig.gender, lang), fig.of is None)
        yield f"figures[{i}].{'value' if fig.value is not None else 'change'}", values
        ofs = _figure_forms(fig.of, False, loc, _text(fig.gender, lang), False) if fig.of is not None else ("",)
        if fig.of is not None:
            yield f"figures[{i}].of", ofs
        if fig.what:
            yield f"figures[{i}].what", _bare(fig.what[lang], lang) if fig.change else fig.what[lang]
        if fig.text:
            head, _, rest = fig.text[lang].partition("{value}")
            # The text around the number: a million may join its noun with "de" ("3,2 milhões de latas").
            for part in (head, *rest.split("{of}")):
                if part.strip():
                    yield f"figures[{i}].text", part.strip()
    for i, link in enumerate(facts.links):
        yield f"links[{i}].url", url_label(link.url)
        yield f"links[{i}].what", link.what[lang]
    for i, benefit in enumerate(facts.benefits):
        yield f"benefits[{i}]", benefit[lang]
    if facts.partnership:
        ship = facts.partnership
        yield "partnership.project", ship.project[lang]
        yield "partnership.count", format_number(max(ship.count or 0, len(ship.partners)), loc)
        for i, partner in enumerate(ship.partners):
            if partner.name:
                yield f"partnership.partners[{i}].name", _text(partner.name, lang) or ""
            if partner.country:
                yield f"partnership.partners[{i}].country", country_name(partner.country, loc)
        if ship.goal:
            yield "partnership.goal", ship.goal[lang]
    for i, step in enumerate(facts.next_steps):
        yield f"next_steps[{i}]", step[lang]
    for i, quote in enumerate(facts.quotes):
        yield f"quotes[{i}].speaker", quote.speaker
        yield f"quotes[{i}].role", _text(quote.role, lang) or ""
        # Spanish puts a quote's last full stop after the closing mark («… los próximos meses».)
        yield f"quotes[{i}].text", (quote.text[lang], quote.text[lang].removesuffix(".") + "».")
    if facts.thanks:
        yield "thanks", facts.thanks[lang]
    contact = facts.contact
    if contact is None:
        return
    yield "contact.name", contact.name
    if contact.role:
        yield "contact.role", _text(contact.role, lang) or ""
    yield "contact.email", contact.email
    if contact.phone:
        yield "contact.phone", contact.phone


def _figure_forms(number: float, percent: bool, loc: Any, gender: str | None, scalable: bool) -> tuple[str, ...]:
    """The ways a draft may write a figure's number: digits, or (house style) words for a small count,
    or a round million with its scale word. The test asks for one of them."""
    if percent:
        return (format_percent(number, loc),)
    forms = [format_number(number, loc)]
    if (words := figure_forms.small(number, loc, gender)) is not None:
        forms.append(words)
    if scalable and (scaled := figure_forms.in_millions(number, loc)) is not None:
        forms.append(scaled)
    return tuple(forms)


def plain(text: str) -> str:
    """``text`` as compared: spaces evened out, case and the apostrophe's form aside (drafts print the
    language's, ’, where the facts type ')."""
    return " ".join(text.split()).casefold().replace("\u2019", "'")


def _forms(value: str | tuple[str, ...]) -> tuple[str, ...]:
    return (value,) if isinstance(value, str) else value


def _cases() -> list[tuple[Path, str]]:
    return [(path, lang) for path in EXAMPLES for lang in load_facts(path).languages]


@pytest.mark.parametrize(("path", "lang"), _cases(), ids=lambda v: v.stem if isinstance(v, Path) else v)
def test_every_fact_appears_in_every_language(path: Path, lang: str) -> None:
    facts = load_facts(path)
    folded = plain(draft(path, [lang]).output("txt"))
    missing = [
        f"{key}: {value!r}"
        for key, value in expected_facts(facts, lang)
        if not any(plain(form) in folded for form in _forms(value))
    ]
    assert not missing, f"{path.name} ({lang}) lacks:\n" + "\n".join(missing)


def test_the_examples_cover_every_optional_section() -> None:
    """Between them, the examples exercise every optional fact the templates can show."""
    all_facts = [load_facts(path) for path in EXAMPLES]
    assert {f.release.kind for f in all_facts} == {"award", "renewal", "certification", "prize", "grant"}
    assert {f.award.level for f in all_facts if isinstance(f.award.level, str)} >= {"bronze", "gold"}
    assert any(f.award.level is not None and not isinstance(f.award.level, str) for f in all_facts)  # own
    assert any(f.award.former_name for f in all_facts)
    assert any(f.quotes for f in all_facts)
    assert any(f.partnership and all(p.name for p in f.partnership.partners) for f in all_facts)
    assert any(f.partnership and not all(p.name for p in f.partnership.partners) for f in all_facts)
    assert any(any(fig.percent for fig in f.figures) for f in all_facts)
    assert any(f.thanks for f in all_facts)
    # What the facts can say since issue 11.
    assert any(f.award.previous for f in all_facts)
    assert any(f.release.date is None for f in all_facts)
    assert {f.organisation.type for f in all_facts} >= {"cluster", "company", "university", "public body"}
    assert any(isinstance(f.organisation.name, Mapping) for f in all_facts)
    assert any(not isinstance(f.award.date, date) for f in all_facts)  # a month
    assert any(any(fig.change for fig in f.figures) for f in all_facts)
    assert any(any(fig.text and fig.of for fig in f.figures) for f in all_facts)
    assert any(f.partnership and any(p.article is True for p in f.partnership.partners) for f in all_facts)
    assert any(f.contact is None for f in all_facts)
