"""What a template sees: the facts of one release, written out for one language.

Every text is already in the language, every date, number, list and country
already localized, so templates hold wording only, never formatting logic,
and the same variable names stand in every language's template. A motto and
a quote's text are printed inside the language's quotation marks, so the
quotations they hold come with the language's inner marks (see :func:`nested`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from typing import Any

from babel import Locale

from .catalog import Catalog
from .facts import Facts, Figure, Party
from .lang import Words, words
from .localize import (
    country_name,
    format_date,
    format_number,
    format_percent,
    locale_for,
    url_label,
)

_SPACE = r"[^\S\n]*"


@cache
def _marks(quotes: tuple[str, str]) -> re.Pattern[str]:
    """Straight double quotes, and the outer marks with the spaces inside them (French « … »)."""
    start, end = (re.escape(q) for q in quotes)
    return re.compile(f'(?P<straight>")|(?P<start>{start}){_SPACE}|{_SPACE}(?P<end>{end})')


_CLOSES = re.compile(r"[\w.,;:!?…%)\]}’”»]")
"""What a closing mark follows: a word, a number, the punctuation that ends one."""


def nested(text: str, lang: Words) -> str:
    """A text printed inside quotation marks, with the quotations it holds marked as quotations
    inside a quotation: its straight double quotes and the language's outer marks become the
    language's inner ones (en “a ‘b’ c”, pt «a “b” c», fr « a “b” c »).

    A straight quote closes after a word, a number or the punctuation that ends one, and
    before a space or the end of the text; anywhere else it opens. Single quotes stay: most are
    apostrophes (l'ONU, O'Brien's). Without marks for the language, the text stays as written."""
    if not all(lang.quotes) or not all(lang.inner_quotes):
        return text
    start, end = lang.inner_quotes

    def mark(match: re.Match[str]) -> str:
        if match.group("start"):
            return start
        if match.group("end"):
            return end
        before, after = text[match.start() - 1 : match.start()], text[match.end() : match.end() + 1]
        opens = not _CLOSES.match(before) and after.strip() != ""
        return start if opens else end

    return _marks(lang.quotes).sub(mark, text)


class Localizer:
    """Picks one language out of the facts and formats values for its locale."""

    def __init__(self, facts: Facts, lang: str, catalog: Catalog) -> None:
        self.lang = lang
        self.locale: Locale = locale_for(lang, facts.release.locales.get(lang))
        self.glossary = catalog.glossary(lang)
        self.words = words(lang)

    def text(self, value: str | Mapping[str, str] | None) -> str | None:
        if value is None or isinstance(value, str):
            return value
        return value[self.lang]

    def articles(self, gender: str | Mapping[str, str], article: bool | Mapping[str, bool] = True) -> dict[str, str]:
        """'the', 'of the', 'by the', 'to the'… for a name of this gender: pela, del, by the."""
        forms: dict[str, dict[str, str]] = self.glossary.get("articles", {})
        used = article if isinstance(article, bool) else article.get(self.lang, True)
        chosen = (self.text(gender) or "m") if used else "none"
        return dict(forms.get(chosen, {}))

    def party(self, party: Party | None) -> dict[str, Any] | None:
        if party is None:
            return None
        name = self.text(party.name)
        return {
            "name": name,
            "acronym": party.acronym,
            "short": party.acronym or name,
            "full": f"{name} ({party.acronym})" if party.acronym and party.acronym != name else name,
            "gender": self.text(party.gender),
            "url": party.url,
            "url_label": url_label(party.url) if party.url else None,
            **self.articles(party.gender, party.article),
        }

    def number(self, value: float) -> str:
        return format_number(value, self.locale)

    def figure(self, fig: Figure) -> dict[str, Any]:
        value = format_percent(fig.value, self.locale) if fig.percent else self.number(fig.value)
        return {
            "value": value,
            "of": self.number(fig.of) if fig.of is not None else None,
            "approx": fig.approx,
            "percent": fig.percent,
            "what": self.text(fig.what),
        }


def build_view(facts: Facts, lang: str, catalog: Catalog) -> dict[str, Any]:
    """The template context for ``lang``: plain strings, lists and mappings only."""
    loc = Localizer(facts, lang, catalog)
    org, award, release = facts.organisation, facts.award, facts.release
    partnership = None
    if facts.partnership:
        partners = facts.partnership.partners
        countries = list(dict.fromkeys(p.country for p in partners if p.country))
        partnership = {
            "project": loc.text(facts.partnership.project),
            "goal": loc.text(facts.partnership.goal),
            "count": loc.number(max(facts.partnership.count or 0, len(partners))),
            "number": max(facts.partnership.count or 0, len(partners)),
            "some_named": any(p.name for p in partners),
            "partners": [
                {
                    "name": loc.text(p.name),
                    "country": country_name(p.country, loc.locale) if p.country else None,
                }
                for p in partners
            ],
            "named": all(p.name for p in partners),
            "countries": [country_name(c, loc.locale) for c in countries],
        }
    return {
        "lang": lang,
        "g": loc.glossary,
        "release": {
            "kind": release.kind,
            "date": format_date(release.date, loc.locale),
            "city": loc.text(release.city),
            "subheadline": loc.text(release.subheadline),
        },
        "org": {
            "name": org.name,
            "full_name": loc.text(org.full_name),
            "country": country_name(org.country, loc.locale),
            "website": org.website,
            "website_label": url_label(org.website),
            "sector": loc.text(org.sector),
            "about": loc.text(org.about),
            "managed_by": loc.party(org.managed_by),
            "gender": loc.text(org.gender),
            **loc.articles(org.gender),
        },
        "award": {
            "name": loc.text(award.name),
            "motto": None if award.motto is None else nested(award.motto, loc.words),
            "level": award.level,
            "level_name": loc.glossary["levels"][award.level] if award.level else None,
            "date": format_date(award.date, loc.locale),
            "year": str(award.date.year),
            "issuer": loc.party(award.issuer),
            "assessor": loc.party(award.assessor),
            "backed_by": loc.party(award.backed_by),
            "launched_by": loc.party(award.launched_by),
            "launched": str(award.launched) if award.launched else None,
            "purpose": loc.text(award.purpose),
            "meaning": loc.text(award.meaning),
            "first_awarded": str(award.first_awarded) if award.first_awarded else None,
            "gender": loc.text(award.gender),
            **loc.articles(award.gender),
            "scope": loc.text(award.scope),
            "valid_until": format_date(award.valid_until, loc.locale) if award.valid_until else None,
            "category": loc.text(award.category),
        },
        "event": _event(facts, loc),
        "figures": [loc.figure(f) for f in facts.figures],
        "links": [{"url": link.url, "label": url_label(link.url), "what": loc.text(link.what)} for link in facts.links],
        "benefits": [loc.text(b) for b in facts.benefits],
        "partnership": partnership,
        "next_steps": [loc.text(s) for s in facts.next_steps],
        "quotes": [
            {"speaker": q.speaker, "role": loc.text(q.role), "text": nested(q.text[lang], loc.words)}
            for q in facts.quotes
        ],
        "thanks": loc.text(facts.thanks),
        "contact": {
            "name": facts.contact.name,
            "role": loc.text(facts.contact.role),
            "email": facts.contact.email,
            "phone": facts.contact.phone,
        },
    }


def _event(facts: Facts, loc: Localizer) -> dict[str, Any] | None:
    event = facts.event
    if event is None:
        return None
    return {
        "name": loc.text(event.name),
        "city": loc.text(event.city),
        "country": country_name(event.country, loc.locale) if event.country else None,
        "date": format_date(event.date, loc.locale),
        "url": event.url,
        "gender": loc.text(event.gender),
        **loc.articles(event.gender, event.article),
    }
