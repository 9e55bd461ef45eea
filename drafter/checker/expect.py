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

from .. import figures as figure_forms
from ..amounts import format_money
from ..event_view import range_start
from ..extract import canon_number, canon_phone, canon_url, fold
from ..extract.kinds import family as kind_family
from ..extract.patterns import rules
from ..facts import Facts, Party
from ..facts.dates import Month
from ..facts.levels import OwnLevel, level_text
from ..lang import directions, words
from ..lang.cities import city_id, city_in
from ..lang.schemes import issuers_name_abroad
from ..lang.times import times_ordinal, times_said
from ..localize import format_date, format_number, format_percent, format_when, locale_for, url_label
from ..parties import ONE_EACH_SPELT
from ..said import at_event
from .fact_labels import _text, describe
from .facts_texts import prose
from .stand_ins import kept_apart, level_forms, level_rivals

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
    way: str = ""
    """For a change's size: the way the facts give it (``lang.directions.RISE`` or ``FALL``), which the
    words beside the size in a draft must not contradict."""
    optional: bool = False
    """A fact a faithful version may leave to other words ("one from Spain and one from France" for two):
    known when it is there, never missing."""
    rivals: tuple[str, ...] = ()
    """The same words with another value ("por tercera vez" where the facts say "por segunda vez"): each
    one in a version says the fact wrong there, though the right words stand elsewhere (a headline)."""
    forms: tuple[str, ...] = ()
    """Other words a version says a text with as faithfully: a rank as the place it is ("segundo lugar",
    "second place" for a level named "segundo prémio", "second prize")."""

    @property
    def called(self) -> str:
        return self.label or self.key


def family(kind: str) -> str:
    """Kinds that compare with each other: 2009 the year and 2009 the number, 50th and 50."""
    return kind_family(kind)


def _number(value: float) -> str:
    return canon_number(Decimal(str(value)))


def _name(key: str, name: str | None, lang: str = "") -> Iterator[Expected]:
    if not name:
        return
    name = _without_own_article(name, lang)
    if _ACRONYM.match(name):
        yield Expected(key, "name", name, name)
    else:
        yield Expected(key, "text", name, name)


def _city(key: str, name: str | None, lang: str) -> Iterator[Expected]:
    """A city the place table knows, found in any of its forms (an editor's "Bordeaux" in a Spanish draft
    is "Burdeos"); any other by its name ("au Mans": "Le Mans" contracted)."""
    place = city_id(name) if name else None
    if place is None:
        yield from _name(key, name, lang)
    else:
        yield Expected(key, "place", place, name or place)


def _without_own_article(name: str, lang: str) -> str:
    """A name without the article it starts with, where the language writes that article as any other
    ("do Boticário", "des Ateliers du Rhône"): a draft says the rest of the name, not always the whole."""
    first, _, rest = name.partition(" ")
    grammar = words(lang) if lang else None
    if grammar is None or grammar.own_article == "kept" or not first.istitle() or not rest[:1].isupper():
        return name
    return rest if first.lower() in grammar.function_words else name


def _party(key: str, party: Party | None, lang: str) -> Iterator[Expected]:
    if party is None:
        return
    yield from _name(f"{key}.name", _text(party.name, lang), lang)
    if party.acronym:
        yield from _name(f"{key}.acronym", _text(party.acronym, lang))
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
    out.extend(_name("organisation.name", _text(org.name, lang), lang))
    out.extend(_name("organisation.full_name", _text(org.full_name, lang)))
    add(Expected("organisation.country", "country", org.country, loc.territories.get(org.country, org.country)))
    add(Expected("organisation.website", "url", canon_url(org.website), url_label(org.website)))
    out.extend(_party("organisation.managed_by", org.managed_by, lang))
    # "la acreditación de la Joint Commission International": a name the draft says by its noun and its issuer
    out.extend(_name("award.name", issuers_name_abroad(award, lang) or _text(award.name, lang)))
    if award.noun and award.noun.get(lang):
        # "accreditation", "acreditação": the noun the scheme is named by, which a version may not swap
        add(Expected("award.noun", "text", award.noun[lang], award.noun[lang]))
    if award.edition:  # "European Green Leaf Award 2027": the edition's year, said after the name
        add(Expected("award.edition", "year", str(award.edition), str(award.edition)))
    out.extend(_name("award.acronym", award.acronym))
    out.extend(level_expected("award.level", award.level, lang, glossary))
    out.extend(_name("award.former_name", _text(award.former_name, lang)))
    if award.previous:
        out.extend(level_expected("award.previous.level", award.previous.level, lang, glossary))
        add(Expected("award.previous.year", "year", str(award.previous.year), str(award.previous.year)))
    if not (facts.event and isinstance(award.date, Month) and at_event(award.date, facts.event.date, facts.event.end)):
        # An award known to the month, presented at an event of that month, is dated by the event's day:
        # the draft does not say the month again (drafter.said.at_event)
        add(_when("award.date", award.date, loc))
    out.extend(_party("award.issuer", award.issuer, lang))
    out.extend(_party("award.assessor", award.assessor, lang))
    out.extend(_party("award.backed_by", award.backed_by, lang))
    out.extend(_party("award.launched_by", award.launched_by, lang))
    if award.valid_until:
        add(_when("award.valid_until", award.valid_until, loc))
    awarded_to = _text(award.awarded_to, lang)
    if awarded_to:  # "as nove praias do concelho": what the award is granted to, which no version may drop
        add(Expected("award.awarded_to", "text", awarded_to, awarded_to))
    if facts.event:
        event = facts.event
        out.extend(_name("event.name", _text(event.name, lang), lang))
        out.extend(_city("event.city", city_in(event.city, lang), lang))
        if event.end and isinstance(event.date, dt.date):
            # A range of days is read as one date, "2025-07-07/2025-07-11": either day edited is a new range.
            shown = f"{range_start(event.date, event.end, loc)} – {format_date(event.end, loc)}"
            add(Expected("event.date", "date", f"{event.date.isoformat()}/{event.end.isoformat()}", shown))
        else:
            add(_when("event.date", event.date, loc))
        if event.country:
            add(Expected("event.country", "country", event.country, loc.territories.get(event.country, event.country)))
        if event.url:
            add(Expected("event.url", "url", canon_url(event.url), url_label(event.url)))
    out.extend(_grant(facts, lang, loc))
    if award.launched:
        add(Expected("award.launched", "year", str(award.launched), str(award.launched)))
    if award.first_awarded:
        add(_when("award.first_awarded", award.first_awarded, loc))
    if award.times_renewed:
        add(_times(award.times_renewed, lang))
    out.extend(_figures(facts, lang, loc))
    for i, link in enumerate(facts.links):
        add(Expected(f"links[{i}].url", "url", canon_url(link.url), url_label(link.url)))
    if facts.partnership:
        ship = facts.partnership
        count = max(ship.count or 0, len(ship.partners))
        if count > 1:  # one partner is "a partner", or its name: never a number a reader of the draft could find
            add(Expected("partnership.count", "number", str(count), format_number(count, loc)))
        placed = sum(1 for p in ship.partners if p.country)
        countries = [p.country for p in ship.partners if p.country]
        # One from each country may go without their number: in English however many ("including one from
        # Spain and one from France"), in any language past three countries ("entre ellos socios de Portugal,
        # Francia, el Reino Unido y los Países Bajos"): the countries, each a fact of its own, say where they
        # are; a number a version gives is still checked.
        one_each = len(set(countries)) == len(countries) and (lang == "en" or len(countries) > ONE_EACH_SPELT)
        if 1 < placed < count and not all(p.name for p in ship.partners):
            # "five partners, including two from Spain": the two are a fact of their own
            shown = format_number(placed, loc)
            add(Expected("partnership.placed", "number", str(placed), shown, optional=one_each))
        for i, partner in enumerate(ship.partners):
            out.extend(_name(f"partnership.partners[{i}].name", _text(partner.name, lang), lang))
            acronym = _text(partner.acronym, lang)
            if acronym and acronym != _text(partner.name, lang):
                out.extend(_name(f"partnership.partners[{i}].acronym", acronym))
            if partner.country:
                shown = loc.territories.get(partner.country, partner.country)
                add(Expected(f"partnership.partners[{i}].country", "country", partner.country, shown))
    for i, quote in enumerate(facts.quotes):
        out.extend(_name(f"quotes[{i}].speaker", quote.speaker))
        title = _text(quote.title, lang)
        if title:  # "Pr Gareth Llewelyn-Hughes": the title each language gives, before the name
            add(Expected(f"quotes[{i}].title", "text", f"{title} {quote.speaker}", f"{title} {quote.speaker}"))
        # The role, as each language's facts give it ("directora general", « directrice générale »): a
        # version that says another is checked as any text of the facts is.
        role = _text(quote.role, lang)
        if role:
            out.append(Expected(f"quotes[{i}].role", "text", role, role))
    contact = facts.contact
    if contact:
        out.extend(_name("contact.name", contact.name))
        add(Expected("contact.email", "email", contact.email.lower(), contact.email))
        if contact.phone:
            add(Expected("contact.phone", "phone", canon_phone(contact.phone), contact.phone))
    return [labelled(e, describe(e.key, facts, lang)) for e in kept_apart(out, prose(facts, lang), lang, glossary)]


def labelled(e: Expected, label: str) -> Expected:
    """``dataclasses.replace(e, label=label)``, made whole: ``replace`` reads the class's fields at every
    call, a fifth of working out a language's expectations (``tests/test_comparison_shortcuts.py`` holds it)."""
    return Expected(e.key, e.kind, e.value, e.shown, label, e.context, e.way, e.optional, e.rivals, e.forms)


def level_expected(
    key: str, level: str | OwnLevel | None, lang: str, glossary: Mapping[str, Any] | None
) -> Iterator[Expected]:
    """A level as a draft must say it: a metal as the glossary's term ("level:gold", however the language
    writes it), a level of the scheme's own by its name in the language, as the facts write it, or a rank as
    the place it is ("segundo lugar" for "segundo prémio", as drafter writes it in a prize). The awarded
    level has the other levels of its series as rivals (:mod:`drafter.checker.stand_ins`)."""
    if level is None:
        return
    rivals = level_rivals(level, lang) if key == "award.level" else ()  # the level held before is itself
    if isinstance(level, str):
        levels = (glossary or {}).get("levels", {})
        yield Expected(key, "term", f"level:{level}", str(levels.get(level, level)), rivals=rivals)
        return
    for e in _name(key, level_text(level, lang)):
        yield replace(e, rivals=rivals, forms=level_forms(level, lang))


def _times(number: int, lang: str) -> Expected:
    """How many times a renewal renews, as an ordinal ("third", "terceira", "12e": 3, 12); an ordinal
    extraction does not read as one ("first", "second", "segunda", "première"), as its whole phrase."""
    said, word = times_said(lang, number), times_ordinal(lang, number)
    # From the second time on: "por primera vez" is the first award, another fact of the same release.
    rivals = tuple(times_said(lang, other) for other in range(2, 11) if other != number)
    if fold(word).casefold() in words(lang).ambiguous_ordinals:
        return Expected("award.times_renewed", "text", said, said, rivals=rivals)
    return Expected("award.times_renewed", "ordinal", str(number), said, rivals=rivals)


def _grant(facts: Facts, lang: str, loc: Locale) -> Iterator[Expected]:
    """A grant's sums, as amounts in its currency ("EUR 480000", however a language writes it), its length
    and start, and its co-funders' names."""
    grant = facts.grant
    if grant is None:
        return
    for key, sum_ in (("grant.amount", grant.amount), ("grant.budget", grant.budget)):
        if sum_ is not None:
            value = f"{grant.currency} {_number(sum_)}"
            yield Expected(key, "amount", value, format_money(sum_, grant.currency, loc))
    if grant.months is not None:
        yield Expected("grant.months", "number", str(grant.months), format_number(grant.months, loc))
    if grant.start is not None:
        yield _when("grant.start", grant.start, loc)
    for i, funder in enumerate(grant.co_funded_by):
        yield from _name(f"grant.co_funded_by[{i}].name", _text(funder.name, lang))
        if funder.acronym:
            yield from _name(f"grant.co_funded_by[{i}].acronym", _text(funder.acronym, lang))
    if grant.led_by is not None:  # as a quoted person: the name, the title before it, the role after it
        name = grant.led_by.name
        yield from _name("grant.led_by.name", name)
        title = _text(grant.led_by.title, lang)
        if title:
            yield Expected("grant.led_by.title", "text", f"{title} {name}", f"{title} {name}")
        role = _text(grant.led_by.role, lang)
        if role:
            yield Expected("grant.led_by.role", "text", role, role)


def _figures(facts: Facts, lang: str, loc: Locale) -> Iterator[Expected]:
    """Each figure's number and total, shown as drafts write them ("3,2 milhões", "nove"; a change as
    its size, the words saying which way: "18.4% reduction"). A number whose words name a currency
    ("480 000 euros foram investidos") is read as an amount, so it is expected as one. A count of
    one in words ("one", "uma", "une") is also the article: never a number to find, as in partnerships."""
    for i, fig in enumerate(facts.figures):
        what = _text(fig.what, lang) or _context(_text(fig.text, lang) or "")
        field = "value" if fig.value is not None else "change"
        key, number = f"figures[{i}].{field}", abs(fig.value if fig.value is not None else fig.change or 0)
        line = _text(fig.text, lang) or ""
        tail = _text(fig.what, lang) or line.partition("{value}")[2]
        scale, tail = _own_scale(tail)
        number *= scale  # "{value} million uniforms" with 1.2: the draft's 1.2 million is 1,200,000
        gender = figure_forms.gender_in(fig, lang)
        code = fig.currency or (None if fig.percent else _currency(tail, lang, loc))
        digits = format_percent(number, loc) if fig.percent else format_number(number, loc)
        shown = format_money(number, fig.currency, loc) if fig.currency else digits
        if not (fig.percent or code or fig.change is not None or fig.out_of is not None):
            scaled = figure_forms.millions(number, loc, tail) if fig.of is None else None
            shown = scaled[0] if scaled else figure_forms.number(number, loc, gender, tail, fig.of is not None)
        whole = None
        if fig.of is not None:
            whole = figure_forms.number(fig.of, loc, gender, _text(fig.what, lang) or line.partition("{of}")[2])
            shown, whole = figure_forms.alike(shown, digits, whole, format_number(fig.of, loc), loc)
        if fig.percent:
            yield Expected(key, "percent", _number(number), shown, "", what, _way(fig.change, line, lang))
        elif code:
            yield Expected(key, "amount", f"{code} {_number(number)}", shown, "", what)
        elif number != 1 or any(c.isdigit() for c in shown):
            yield Expected(key, "number", _number(number), shown, "", what, _way(fig.change, line, lang))
        if fig.out_of is not None:  # a score's top mark, in digits: "96 out of 100", "96 puntos sobre 100"
            yield Expected(
                f"figures[{i}].out_of", "number", _number(fig.out_of), format_number(fig.out_of, loc), "", what
            )
        if fig.of is not None and whole is not None and (fig.of != 1 or any(c.isdigit() for c in whole)):
            yield Expected(f"figures[{i}].of", "number", _number(fig.of), whole, "", what)


def _way(change: float | None, line: str, lang: str) -> str:
    """The way a change went, by its sign; none where the facts' own line says the other way (that
    line, not the sign, is what the drafts print)."""
    if change is None:
        return ""
    sign = directions.RISE if change > 0 else directions.FALL
    at = line.find("{value}")
    said = directions.way(line, at, at + len("{value}"), lang) if at >= 0 else None
    return sign if said in (None, sign) else ""


_OWN_SCALES = (
    ("mil milhões", 10**9),
    ("mil millones", 10**9),
    *((word, 10**6) for word in "million millions milhão milhões millón millones".split()),
    *((word, 10**9) for word in "billion billions milliard milliards".split()),
)
"""Scale words a figure's own words may start with, in any of the languages ("{value} million uniforms")."""


def _own_scale(tail: str) -> tuple[int, str]:
    """The scale a figure's words give the number before them, and the words after it: (10**6, "uniforms
    a year") for "million uniforms a year", where the facts write 1.2 and every draft "1.2 million", which
    is 1,200,000; (1, ``tail``) for words that start with none."""
    rest = tail.lstrip()
    for word, scale in _OWN_SCALES:
        if rest.lower().startswith(word) and not rest[len(word) : len(word) + 1].isalpha():
            return scale, rest[len(word) :].lstrip()
    return 1, tail


def _currency(tail: str, lang: str, loc: Locale) -> str | None:
    """The currency the words after a number name, as extraction reads them: EUR for "euros foram…"."""
    found = rules(lang, str(loc)).currency_after.match(" " + fold(tail.lstrip()))
    if found is None:
        return None
    written = found.group("c") or " ".join(found.group("w").lower().split())
    return rules(lang, str(loc)).currencies.get(written)
