"""What a prize's template sees of the event it was presented at (``event`` in the view): its name
with the article and gender it takes, its city, its country, and its dates written as a range.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Any

from babel import Locale

from .facts.dates import Month
from .grammar import own_forms
from .lang.cities import city_in
from .lang.events import EVENTS, event_gender, event_noun
from .lang.model import Words
from .localize import country_forms, country_name, format_date
from .said import shared_words

if TYPE_CHECKING:
    from .facts import Facts
    from .view import Localizer


def event_view(facts: Facts, loc: Localizer) -> dict[str, Any] | None:
    """The event in ``loc``'s language; None for a release that names none."""
    event = facts.event
    if event is None:
        return None
    name, city = loc.text(event.name), city_in(event.city, loc.lang) or ""
    gender = loc.text(event.gender) or event_gender(name, loc.lang) or "f"
    own = loc.own_article(name or "", event.article, event.gender)  # « au Salon… » for « Le Salon… »
    if own:
        name, gender = own[0], own[1] or gender
    # A brand ("Expomar", "Vinitech-Sifel") goes bare where names in general do: "at Expomar", "na Expomar".
    # An acronym keeps its gender's article but in English: "au CES", "en el CES", "at CES".
    brand = event_gender(name, loc.lang) is None and not any(event_gender(name, code) for code in EVENT_LANGS)
    brand = brand and (loc.lang == "en" or not (name or "").isupper())
    article = event.article if event.article is not None else (loc.words.names_take_article or not brand)
    forms = loc.articles(gender, bool(own[1]) if own else article)
    return {
        "name": name,
        "city": city,
        "city_the": with_city_article(city, loc.words),
        # "at Vinexpo Bordeaux, France, from 4 to 6 March": a name that says its city is not "held in" it too
        "city_named": names_city(name or "", (city, event.city if isinstance(event.city, str) else "")),
        "country": country_name(event.country, loc.locale) if event.country else None,
        "place": country_forms(event.country, loc.locale) if event.country else None,
        "date": loc.when(event.date),
        "date_month": isinstance(event.date, Month),
        "end": loc.when(event.end),
        "start": range_start(event.date, event.end, loc.locale) if isinstance(event.date, dt.date) else None,
        "url": event.url,
        "gender": gender,
        "brand": brand,  # no event noun in its name, in any language: "VivaTech", not "Gala"
        "word": event_noun(loc.lang, name),  # its noun: "la organización de la feria"
        # A prize named after its event ("the Concours Mondial de Bruxelles gold medal") is not won "at the
        # Concours Mondial de Bruxelles" too: the lead says "at the 2026 edition" of it.
        "in_award": bool(name) and (name or "").casefold() in (loc.text(facts.award.name) or "").casefold(),
        # A headline names the event once: "gana la Medalla de Oro en el Concurso Internacional Vinalia"
        "shared": shared_words(loc.text(facts.award.name) or "", name or "", facts.award.level is not None, loc.lang),
        "year": str(event.date.year),
        **(own_forms(forms, loc.words) if own else forms),
    }


EVENT_LANGS = tuple(EVENTS)

PRIZE_HEADLINE = 115
"""The length past which a prize's headline leaves the event to the lead (``release.headline_max``): an
editor keeps "… wins Grand Gold in the Olea Verona International Prize at the International Olive Oil
Show" (105 characters) and cuts the event from "… wins second prize in the European Accessible Towns
Award 2027 at the European Conference on Accessible Cities" (118), which the lead names at once."""


def names_city(name: str, cities: tuple[str, ...]) -> bool:
    """Whether an event's ``name`` holds one of the forms of its city as whole words ("Salão Vinexpo
    Bordéus", "Paris Air Show"), which the lead then does not say again."""
    return any(re.search(rf"(?<!\w){re.escape(city)}(?!\w)", name, re.IGNORECASE) for city in cities if city)


def with_city_article(city: str, grammar: Words) -> str:
    """A city with the article its name takes in the language ("o Porto", "as Caldas da Rainha"), else as it is."""
    table = grammar.city_articles
    article = table.get(city) or next(
        (a for head, a in table.items() if head.endswith(" ") and city.startswith(head)), ""
    )
    return f"{article} {city}" if article else city


def range_start(first: dt.date, last: dt.date | None, locale: Locale) -> str | None:
    """The first day of a range as written before its last: only what differs ("from 7 to 11 July 2025",
    "del 28 de junio al 2 de julio de 2025"); the whole date across a new year; None for one day."""
    if last is None:
        return None
    if first.year != last.year:
        return format_date(first, locale)
    if first.month != last.month:
        return format_date(first, locale, year=False)
    return "1er" if locale.language == "fr" and first.day == 1 else str(first.day)
