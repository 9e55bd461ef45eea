"""What a template sees: the facts of one release, written out for one language.

Every text is already in the language, every date, number, list and country
already localized, so templates hold wording only, never formatting logic,
and the same variable names stand in every language's template. A motto and
a quote's text are printed inside the language's quotation marks, so the
quotations they hold come with the language's inner marks (see :mod:`drafter.typography`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from babel import Locale

from . import figures
from .agreement import is_plural, singular
from .catalog import Catalog
from .facts import Facts, Figure, Partner, Party
from .facts.dates import Month
from .facts.orgtypes import DEFAULT_TYPE
from .grammar import indefinite, with_article
from .grant_view import grant_view
from .lang import Words, words
from .lang.leads import noun_view, presented
from .localize import (
    country_forms,
    country_name,
    format_date,
    format_number,
    format_percent,
    format_when,
    locale_for,
    url_label,
)
from .said import at_event, said_by, says
from .typography import apostrophes, nested

Value = str | Mapping[str, str]


@lru_cache(maxsize=4096)
def _number(written: str, whole: bool, locale: Locale) -> str:
    """An int or a float as the locale writes it, by Babel once a process (a fifth of building a view):
    keyed by its ``repr``, which tells 1 from 1.0 and -0.0 from 0.0 where ``==`` does not."""
    return format_number(int(written) if whole else float(written), locale)


@lru_cache(maxsize=64)
def _glossary(catalog: Catalog, lang: str) -> dict[str, Any]:
    """The language's glossary, merged once a process, as each of its files is read once: templates only read it."""
    return catalog.glossary(lang)


class Localizer:
    """Picks one language out of the facts and formats values for its locale."""

    def __init__(self, facts: Facts, lang: str, catalog: Catalog) -> None:
        self.lang = lang
        self.locale: Locale = locale_for(lang, facts.release.locales.get(lang))
        self.glossary = _glossary(catalog, lang)
        self.words = words(lang)

    def prose(self, value: str | Mapping[str, str] | None) -> str | None:
        """A sentence of the facts, with its apostrophes as the language prints them (the company’s,
        members’), as :func:`nested` prints a quote's: names and code stay as written."""
        text = self.text(value)
        return None if text is None else apostrophes(text, self.words)

    def text(self, value: str | Mapping[str, str] | None) -> str | None:
        if value is None or isinstance(value, str):
            return value
        return value[self.lang]

    def articles(self, gender: str, article: bool | Mapping[str, bool] | None = True) -> dict[str, str]:
        """'the', 'of the', 'by the'… for a name of this gender: pela, del, by the; pelos, des for a plural one
        (mp, fp), or the singular's where a press office's glossary has no plural."""
        forms: dict[str, dict[str, str]] = self.glossary.get("articles", {})
        if not self.uses_article(article):
            return dict(forms.get("none", {}))
        return dict(forms.get(gender) or forms.get(singular(gender), {}))

    def uses_article(self, article: bool | Mapping[str, bool] | None, default: bool = True) -> bool:
        """Whether a name takes its article in this language: the facts' word, else ``default``."""
        if article is None:
            return default
        return article if isinstance(article, bool) else article.get(self.lang, default)

    def kind(self, value: Value | None) -> dict[str, str] | None:
        """A type of organisation as this language names it, after its indefinite article, which gives the
        word's gender, and the glossary's key for it, the same in every language, so that a template picks
        its frame by type: {a: uma empresa, word: empresa, gender: f, key: company}. A type of one's own has
        no key and no gender here: it takes the name's (:func:`_typed`)."""
        if value is None:
            return None
        known: dict[str, str] = self.glossary.get("types", {})
        key = value.replace(" ", "_") if isinstance(value, str) else None  # research centre: research_centre
        if key not in known:
            return {"a": "", "word": self.text(value) or "", "gender": "", "key": ""}
        article, _, word = known[key].partition(" ")
        genders = {self.words.vowel_indefinite: "m"} if self.words.vowel_indefinite else {}
        for gender, form in sorted(self.words.indefinite.items(), reverse=True):
            genders.setdefault(form, gender)  # English "a" is m and f: m
        if word and article in genders:
            return {"a": known[key], "word": word, "gender": genders[article], "key": key}
        return {"a": known[key], "word": known[key], "gender": "m", "key": key}  # a language drafter has no words for

    def gender(self, given: Value | None, kind: dict[str, str] | None) -> str:
        """The name's gender: as the facts give it, else its type's word's, else m."""
        return self.text(given) or (kind or {}).get("gender") or "m"

    def party(self, party: Party | None) -> dict[str, Any] | None:
        if party is None:
            return None
        name = self.text(party.name) or ""
        kind = self.kind(party.type)
        gender = self.gender(party.gender, kind)
        return {
            "name": name,
            "acronym": party.acronym,
            "short": party.acronym or name,
            "full": f"{name} ({party.acronym})" if party.acronym and party.acronym != name else name,
            "type": _typed(kind, gender, self.words),
            "gender": gender,
            "url": party.url,
            "url_label": url_label(party.url) if party.url else None,
            **self.articles(gender, self.uses_article(party.article, self._named_with_article(name, kind, gender))),
        }

    def _named_with_article(self, name: str, kind: Mapping[str, str] | None, gender: str = "m") -> bool:
        """Whether a body's name takes "the" when the facts do not say: a company's name or a brand (one
        word, not an acronym) is a proper name ("Certilusa issued…", not "The Certilusa"), in a language
        whose names in general go without one; the others do ("the European Commission"), as a plural name
        does in every language ("los Laboratorios…", "the Hospices…")."""
        brand = len(name.split()) == 1 and not name.isupper()
        return self.words.names_take_article or is_plural(gender) or not (brand or (kind or {}).get("key") == "company")

    def partner(self, partner: Partner) -> dict[str, Any]:
        name = self.text(partner.name)
        kind = self.kind(partner.type)
        gender = self.gender(partner.gender, kind)
        # A partner of a stated type is named as the organisation is: "a Aquatec Ibérica (Espanha)"; in
        # es and fr, one of a type whose names take the article: "la Universitat…", "le CNRS", but not a
        # one-word name out of capitals, which reads as a brand: "Fraunhofer", "Tecnalia".
        key = (kind or {}).get("key")
        typed = key in self.words.typed_articles or (not key and partner.gender is not None)
        brand = name is not None and len(name.split()) == 1 and not name.isupper()
        default = is_plural(gender) or (
            partner.type is not None
            and (self.words.names_take_article or (bool(self.words.typed_articles) and typed and not brand))
        )
        forms = self.articles(gender, self.uses_article(partner.article, default=default))
        acronym = partner.acronym if partner.acronym and partner.acronym != name else None
        return {
            "name": name,
            "acronym": acronym,
            "called": with_article(forms.get("the", ""), name, self.words) if name else None,
            "country": country_name(partner.country, self.locale) if partner.country else None,
            "type": _typed(kind, gender, self.words),
            "gender": gender,
        }

    def when(self, value: dt.date | Month | int | None) -> str | None:
        """A day, a month or a year, in this language: 5 March 2013, March 2013, 2013."""
        if value is None:
            return None
        return str(value) if isinstance(value, int) else format_when(value, self.locale)

    def number(self, value: float) -> str:
        if type(value) not in (int, float):
            return format_number(value, self.locale)
        return _number(repr(value), type(value) is int, self.locale)

    def figure(self, fig: Figure) -> dict[str, Any]:
        """A figure's numbers as a sentence writes them (:mod:`drafter.figures`): "nine", "3,2 milhões
        de latas", "5 GWh"; ``Value`` starts a line with it: "Nine of the 11 plants"."""
        number = fig.value if fig.value is not None else abs(fig.change or 0)
        what, line = self.prose(fig.what), self.prose(fig.text)
        tail = what if what is not None else (line or "").partition("{value}")[2]
        gender = figures.gender_in(fig, self.lang)
        value = format_percent(number, self.locale) if fig.percent else self.number(number)
        if not fig.percent and fig.change is None:
            scaled = figures.millions(number, self.locale, tail) if fig.of is None else None
            if scaled and what is not None:
                value, what = scaled
            elif scaled and line is not None:
                head = line.partition("{value}")[0]
                value, line = scaled[0], f"{head}{{value}} {scaled[1]}".rstrip()
            else:
                value = figures.number(number, self.locale, gender, tail, whole=fig.of is not None)
        of = None
        if fig.of is not None:
            after_of = what if what is not None else (line or "").partition("{of}")[2]
            of = figures.number(fig.of, self.locale, gender, after_of)
            value, of = figures.alike(value, self.number(number), of, self.number(fig.of), self.locale)
        if line is not None:
            line = line.replace("{value}", value).replace("{of}", of or "")
        return {
            "value": value,
            "Value": value[:1].upper() + value[1:],
            "of": of,
            "approx": fig.approx,
            "percent": fig.percent,
            "change": None if fig.change is None else "down" if fig.change < 0 else "up",
            "gender": figures.noun_gender(fig, self.lang),
            "what": what,
            "text": line,
        }


def _typed(kind: dict[str, str] | None, gender: str, grammar: Words) -> dict[str, str] | None:
    """A type of one's own takes the gender of the name it describes, and the article of that gender."""
    if kind is None or kind["a"]:
        return kind
    one = singular(gender)  # os Serviços Municipalizados, uma empresa municipal: a type's word is one
    return {"a": indefinite(kind["word"], one, grammar), "word": kind["word"], "gender": one, "key": kind["key"]}


def build_view(facts: Facts, lang: str, catalog: Catalog) -> dict[str, Any]:
    """The template context for ``lang``: plain strings, lists and mappings only."""
    loc = Localizer(facts, lang, catalog)
    award, release = facts.award, facts.release
    partnership = None
    if facts.partnership:
        partners = facts.partnership.partners
        countries = list(dict.fromkeys(p.country for p in partners if p.country))
        # Named partners all from the organisation's own country need no country each: "la Universidad
        # de Sevilla y la Fundación…", not "(España)" after every one (the footer says where it is).
        named_in = [p.country for p in partners if p.name and p.country]
        at_home = bool(named_in) and all(c == facts.organisation.country for c in named_in)
        shown = [{**loc.partner(p), "at_home": at_home} for p in partners]
        named = [v for v in shown if v["name"]]
        partnership = {
            "project": loc.prose(facts.partnership.project),
            "goal": loc.prose(facts.partnership.goal),
            "count": loc.number(max(facts.partnership.count or 0, len(partners))),
            "number": max(facts.partnership.count or 0, len(partners)),
            "some_named": any(p.name for p in partners),
            "named_number": sum(1 for p in partners if p.name),
            "partners": shown,
            # The gender of the one partner named (several together: mp), which a verb before it agrees with.
            "gender": named[0]["gender"] if len(named) == 1 else "mp",
            "named": all(p.name for p in partners),
            "listed": all(p.name for p in partners) and len(partners) >= (facts.partnership.count or 0),
            "countries": [country_name(c, loc.locale) for c in countries],
            "places": _places([country_forms(c, loc.locale) for c in countries]),
            # Every counted partner listed with a country: only then "from France" speaks for them all.
            "all_listed": len(partners) >= (facts.partnership.count or 0) and all(p.country for p in partners),
            "placed_number": sum(1 for p in partners if p.country),
        }
    return {
        "lang": lang,
        "g": loc.glossary,
        "release": {
            "kind": release.kind,
            "date": format_date(release.date, loc.locale) if release.date else None,
            "city": loc.text(release.city),
            "subheadline": loc.prose(release.subheadline),
        },
        "org": presented(_organisation(facts, loc), lang, loc.articles, loc.words),
        "award": {
            "name": loc.text(award.name),
            "motto": None if award.motto is None else nested(award.motto, loc.words),
            "level": award.level,
            "level_name": loc.glossary["levels"][award.level] if award.level else None,
            "date": loc.when(award.date),
            "date_month": isinstance(award.date, Month),
            "year": str(award.date.year),
            "issuer": loc.party(award.issuer),
            "assessor": loc.party(award.assessor),
            "backed_by": loc.party(award.backed_by),
            "launched_by": loc.party(award.launched_by),
            "launched": str(award.launched) if award.launched else None,
            "purpose": loc.prose(award.purpose),
            "meaning": loc.prose(award.meaning),
            "first_awarded": loc.when(award.first_awarded),
            "previous": _previous(facts, loc),
            "gender": loc.text(award.gender),
            **loc.articles(loc.text(award.gender) or "m"),
            "scope": loc.prose(award.scope),
            "valid_until": loc.when(award.valid_until),
            "valid_until_month": isinstance(award.valid_until, Month),
            "category": loc.text(award.category),
            "standard": _standard(loc.text(award.name) or ""),
            "at_event": facts.event is not None and at_event(award.date, facts.event.date, facts.event.end),
            "noun": noun_view(lang, release.kind, loc.text(award.name) or "", loc.articles, loc.words),
        },
        "event": _event(facts, loc),
        "grant": grant_view(facts, loc),
        "figures": [loc.figure(f) for f in facts.figures],
        "links": [
            {"url": link.url, "label": url_label(link.url), "what": loc.prose(link.what)} for link in facts.links
        ],
        "benefits": [loc.prose(b) for b in facts.benefits],
        "partnership": partnership,
        "next_steps": [loc.prose(s) for s in facts.next_steps],
        "quotes": [
            {"speaker": q.speaker, "role": loc.prose(q.role), "text": nested(q.text[lang], loc.words)}
            for q in facts.quotes
        ],
        "thanks": loc.prose(facts.thanks),
        "contact": None
        if facts.contact is None
        else {
            "name": facts.contact.name,
            "role": loc.prose(facts.contact.role),
            "email": facts.contact.email,
            "phone": facts.contact.phone,
        },
    }


def _organisation(facts: Facts, loc: Localizer) -> dict[str, Any]:
    org = facts.organisation
    name = loc.text(org.name) or ""
    full = loc.text(org.full_name)
    kind = loc.kind(org.type) or loc.kind(DEFAULT_TYPE)
    gender = loc.gender(org.gender, loc.kind(org.type))
    article = loc.uses_article(org.article, loc.words.names_take_article or is_plural(gender))
    forms = loc.articles(gender, article)
    typed = _typed(kind, gender, loc.words)
    org_called = with_article(forms.get("the", ""), name, loc.words)
    again = {"the": org_called, "gender": gender}  # how the text names it again: "the cluster", else its name
    if typed and org.type:
        again["gender"] = typed["gender"] or gender
        again["the"] = with_article(loc.articles(again["gender"]).get("the", ""), typed["word"], loc.words)
    again["The"] = again["the"][:1].upper() + again["the"][1:]
    # "o Cluster Habitat, do setor da construção", "ONDABIO (Iberian Marine Biotechnology Cluster), which
    # works in…": a name or full name that says the type is not followed by "a cluster" again.
    if typed and (says(name, typed["word"]) or says(full or "", typed["word"])):
        typed = {**typed, "a": ""}
    sector = loc.text(org.sector)
    # A sector the name or the type already says is not said again: "ONDABIO (Clúster Ibérico de
    # Biotecnología Marina)", "una federación deportiva", "a family footwear company", not "…, del
    # sector del deporte"; only the type is left ("una federación deportiva,"), or nothing.
    if sector and said_by(sector, [name, full or "", (typed or {}).get("word", "") if org.type else ""]):
        sector = None
    return {
        "name": name,
        "called": org_called,
        "Called": with_article(forms.get("The", ""), name, loc.words),
        "headline": with_article(forms.get("The", ""), name, loc.words) if loc.words.headline_article else name,
        "full_name": full if full and full.casefold() != name.casefold() else None,
        "type": typed,
        "again": again,
        "country": country_name(org.country, loc.locale),
        "place": country_forms(org.country, loc.locale),
        "website": org.website,
        "website_label": url_label(org.website),
        "sector": sector,
        "about": loc.prose(org.about),
        "managed_by": loc.party(org.managed_by),
        "gender": gender,
        **forms,
    }


_STANDARD = re.compile(r"(?P<code>[A-Z]{2,}(?:[/ -][A-Z]{2,})*[ -]\d[\d.-]*)(?::(?P<edition>\d{4}))?")
"""A standard's code: its bodies' initials (ISO, UNE, ISO/IEC, EN), its number, and the edition's year."""


def _standard(name: str) -> str | None:
    """A standard's code without its edition, when the award is a certificate to a standard:
    "ISO 50001" for ISO 50001:2018, "UNE 166002", "ISO/IEC 27001"; None for any other name. The
    year a standard was first published is not its edition's: the text names the standard."""
    found = _STANDARD.fullmatch(name.strip())
    return found.group("code") if found else None


def _places(forms: list[dict[str, str]]) -> dict[str, list[str]]:
    """Countries as a sentence lists them, by form: {"the": [Spain, the Netherlands], "at": […], "of": […]};
    a template joins one of them ("from Spain and the Netherlands", "d’Espagne et des Pays-Bas")."""
    return {key: [form[key] for form in forms] for key in ("name", "the", "at", "of")}


def _previous(facts: Facts, loc: Localizer) -> dict[str, Any] | None:
    previous = facts.award.previous
    if previous is None:
        return None
    return {"level": previous.level, "level_name": loc.glossary["levels"][previous.level], "year": str(previous.year)}


def _event(facts: Facts, loc: Localizer) -> dict[str, Any] | None:
    event = facts.event
    if event is None:
        return None
    return {
        "name": loc.text(event.name),
        "city": loc.text(event.city),
        "country": country_name(event.country, loc.locale) if event.country else None,
        "place": country_forms(event.country, loc.locale) if event.country else None,
        "date": loc.when(event.date),
        "date_month": isinstance(event.date, Month),
        "end": loc.when(event.end),
        "start": range_start(event.date, event.end, loc.locale) if isinstance(event.date, dt.date) else None,
        "url": event.url,
        "gender": loc.text(event.gender),
        **loc.articles(loc.text(event.gender) or "f", event.article),
    }


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
