"""What a template sees: the facts of one release, written out for one language.

Every text is already in the language, every date, number, list and country
already localized, so templates hold wording only, never formatting logic,
and the same variable names stand in every language's template. A motto and
a quote's text are printed inside the language's quotation marks, so the
quotations they hold come with the language's inner marks (see :mod:`drafter.typography`). The other
bodies and the partners, and how a body named before is named again, are in :mod:`drafter.parties`;
the award in :mod:`drafter.award_view`, a prize's event in :mod:`drafter.event_view`, a grant in
:mod:`drafter.grant_view`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from functools import cache, lru_cache
from typing import Any

from babel import Locale

from . import figures
from .agreement import singular
from .amounts import format_money
from .award_view import award_view
from .catalog import Catalog
from .errors import TemplateError
from .event_view import PRIZE_HEADLINE, event_view
from .facts import Facts, Figure, Party, Quote
from .facts.dates import Month
from .grammar import own_article
from .grant_view import grant_view
from .lang import words
from .lang.cities import city_in
from .lang.en import bare_name, possessed
from .lang.english_heads import english_body, english_gender
from .lang.frames import change_opening
from .lang.leads import presented
from .lang.nouns import ORGS, OrgNouns
from .localize import (
    format_date,
    format_number,
    format_percent,
    format_when,
    locale_for,
    url_label,
)
from .org_view import organisation_view
from .paragraphs import paragraphs_view
from .parties import in_headline, mentioned, partnership_view, party_view
from .typography import apostrophes, closing_stop, nested
from .view_names import by_noun_and_issuer

_SHARED_NOUNS = frozenset("cluster club group hub lab".split())
"""Nouns of a body's name that English shares with the other languages: such a name is not foreign."""

_NO_NOUNS = OrgNouns()

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


_OF_LINKS = frozenset("of for de da do das dos del du des".split())
"""The words after an institution's noun by which a name, English or kept in another language, reads "… of
…" and so takes "the" in English."""


@cache
def _other_heads(lang: str) -> dict[str, str]:
    """The nouns that name a body in the other languages (not by an ellipsis of their own), each with the
    gender of the first language, in the order of their codes, that has it: what :meth:`Localizer.head`
    reads for a name in another language, made once a language rather than at each name."""
    table: dict[str, str] = {}
    for other, nouns in sorted(ORGS.items()):
        if other != lang:
            for noun in nouns.heads.keys() - nouns.elliptic:
                table.setdefault(noun, nouns.heads[noun])
    return table


@cache
def _foreign_heads(lang: str) -> frozenset[str]:
    """The first words by which a name in another language names a body (:meth:`Localizer.names_a_body`):
    the other languages' heads, less the nouns ``lang`` shares, made once a language."""
    nouns = ORGS.get(lang, _NO_NOUNS)
    shared = nouns.institutions | nouns.the_last | _SHARED_NOUNS
    return frozenset(n for other in ORGS.values() for n in other.heads.keys() - other.elliptic) - shared


class Localizer:
    """Picks one language out of the facts and formats values for its locale."""

    def __init__(self, facts: Facts, lang: str, catalog: Catalog) -> None:
        self.lang = lang
        self.locale: Locale = locale_for(lang, facts.release.locales.get(lang))
        self.glossary = _glossary(catalog, lang)
        self.words = words(lang)

    def prose(self, value: str | Mapping[str, str] | None) -> str | None:
        """A sentence of the facts, with its apostrophes and quotation marks as the language prints them
        (the company’s, members’, “Roar”), as :func:`nested` prints a quote's: names and code stay as written."""
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

    def own_article(
        self, name: str, article: bool | Mapping[str, bool] | None, given: Value | None
    ) -> tuple[str, str] | None:
        """A name with an article of its own (:func:`~drafter.grammar.own_article`), as the language writes
        it: the name to put after the article and that article's gender ("Boticário", m), or the name
        itself and "" where the language keeps it as written, with no other article ("El Corte Inglés");
        None for any other name, and for one the facts say takes no article."""
        if article is not None and not self.uses_article(article):
            return None
        found = own_article(name, self.words, self.glossary.get("articles", {}))
        if found is None:
            return None
        if self.words.own_article == "kept":
            return name, ""
        said = self.text(given) or self.head(found.rest) or self.words.noun_genders.of(found.rest.split()[0]) or "m"
        return found.rest, next((g for g in found.genders if singular(g) == singular(said)), found.genders[0])

    def kind(self, value: Value | None) -> dict[str, str] | None:
        """A type of organisation as this language names it, after its indefinite article, which gives the
        word's gender, and the glossary's key for it, the same in every language, so that a template picks
        its frame by type: {a: uma empresa, word: empresa, gender: f, key: company}. A type of one's own has
        no key and no gender here: it takes the name's (:func:`~drafter.parties.typed_kind`)."""
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

    def gender(self, given: Value | None, kind: dict[str, str] | None, name: str | None = None) -> str:
        """The name's gender: as the facts give it, else that of the noun the name starts with where it is
        one that names a body ("o Clube Naval", "la Cámara de Comercio"), else its type's word's, else m."""
        named = self.head(name) or english_gender(self.lang, name)  # "la International Organization…"
        return self.text(given) or named or (kind or {}).get("gender") or "m"

    def names_a_body(self, name: str) -> bool:
        """Whether ``name`` says it is a body by a noun that gives it the article: the noun it starts with
        (:meth:`head`), or in English the one it ends with, or an institution's noun and "of" or "for"."""
        nouns = ORGS.get(self.lang, _NO_NOUNS)
        words = name.lower().split()
        if not words:
            return False
        # "the University of Aveiro", and a name kept in another language as its own "of" reads: "the
        # Hospital de Santa Luzia", "the Museum der Stadt…" (_OF_LINKS)
        english = (words[-1] in nouns.the_last and not possessed(name)) or (
            len(words) > 2
            and words[0] in nouns.institutions
            and (words[1] in _OF_LINKS or words[1][:2] in ("d’", "d'"))
        )
        # English names a body by its name in another language as it would by its own: "the Museu Municipal
        # de Évora", "the Universidade dos Açores", as "the Municipal Museum"; a one-word name is a brand.
        # A noun English shares ("Cluster Portugal…", "Club…") leaves it a name of its own.
        foreign = self.lang == "en" and len(words) > 1 and words[0] in _foreign_heads(self.lang)
        foreign = foreign and not (self.lang == "en" and bare_name(name))  # "Hotel Quinta das Lajes has…"
        return english or foreign or self.head(name) is not None or english_body(self.lang, name)

    def head(self, name: str | None) -> str | None:
        """The gender of the noun ``name`` starts with, where it names a body in this language or, for a
        name in another, in that one ("a Cámara de Comercio", "o Musée de la Mer"); None for a brand,
        and in a language whose names have no gender (English)."""
        if not name or not ORGS.get(self.lang, _NO_NOUNS).heads:
            return None
        first, _, rest = name.lower().partition(" ")
        if rest and first in ORGS[self.lang].before:  # "la Real Federación…": the noun after it
            first = rest.split(" ", 1)[0]
        if first in ORGS[self.lang].heads:
            return ORGS[self.lang].heads[first]
        return _other_heads(self.lang).get(first)

    def party(self, party: Party | None, assessor: bool = False) -> dict[str, Any] | None:
        return party_view(self, party, assessor)

    def level(self, level: str) -> str:
        """A level as the glossary names it; a press office's glossary for a language drafter does not ship
        may lack one (platinum), which is said plainly rather than as a KeyError."""
        name = self.glossary.get("levels", {}).get(level)
        if not name:
            raise TemplateError(f"the {self.lang} glossary has no word for the level {level}: add it under levels")
        return str(name)

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
        if fig.currency is not None or fig.out_of is not None:  # a sum as sums are written; a score in digits
            value = self.number(number) if fig.currency is None else format_money(number, fig.currency, self.locale)
        elif not fig.percent and fig.change is None:
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
            "out_of": None if fig.out_of is None else self.number(fig.out_of),
            "approx": fig.approx,
            "percent": fig.percent,
            "change": None if fig.change is None else "down" if fig.change < 0 else "up",
            "opening": None
            if fig.change is None
            else change_opening(
                self.lang, "down" if fig.change < 0 else "up", what or "", value if fig.percent else "", fig.approx
            ),
            "gender": figures.noun_gender(fig, self.lang),
            "what": what,
            "text": None if line is None else figures.without_stop(line),
        }


def build_view(facts: Facts, lang: str, catalog: Catalog) -> dict[str, Any]:
    """The template context for ``lang``: plain strings, lists and mappings only."""
    loc = Localizer(facts, lang, catalog)
    issuer, assessor = loc.party(facts.award.issuer), loc.party(facts.award.assessor, assessor=True)
    facts, issuer = by_noun_and_issuer(facts, lang, issuer)
    award, release = facts.award, facts.release
    managed_by, launched_by, backed_by = (
        loc.party(p) for p in (facts.organisation.managed_by, award.launched_by, award.backed_by)
    )
    grant = grant_view(facts, loc)
    # The order the templates name them in: the lead's issuer and assessor, then who runs the organisation,
    # who created the award, who backs it, and who co-funds a grant.
    mentioned([issuer, assessor, managed_by, launched_by, backed_by, *(grant or {}).get("co_funded_by", [])], loc.words)
    in_headline(issuer, f"{loc.text(facts.organisation.name)} {(grant or {}).get('amount', '')}", loc.words)
    partnership = partnership_view(facts, loc)
    next_steps = [loc.prose(s) or "" for s in facts.next_steps]
    return {
        "lang": lang,
        "g": loc.glossary,
        "release": {
            "kind": release.kind,
            "date": format_date(release.date, loc.locale) if release.date else None,
            "city": city_in(release.city, loc.lang),
            "subheadline": loc.prose(release.subheadline),
            "headline_max": PRIZE_HEADLINE,
        },
        "org": presented(organisation_view(facts, loc, managed_by), lang, loc.articles, loc.words),
        "award": award_view(facts, loc, issuer, assessor, launched_by, backed_by),
        "event": event_view(facts, loc),
        "grant": grant,
        "figures": [loc.figure(f) for f in facts.figures],
        "links": [
            {"url": link.url, "label": url_label(link.url), "what": loc.prose(link.what)} for link in facts.links
        ],
        "benefits": [loc.prose(b) for b in facts.benefits],
        "partnership": partnership,
        "next_steps": next_steps,
        "paragraphs": paragraphs_view(facts, lang, loc.prose(award.purpose), partnership, next_steps),
        "quotes": [_quote(q, loc) for q in facts.quotes],
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


def _quote(quote: Quote, loc: Localizer) -> dict[str, Any]:
    """A quotation, its text and its closing stop apart: Spanish puts the stop after the closing mark
    («… profesionales».), the others inside it (:func:`drafter.typography.closing_stop`)."""
    text, stop = closing_stop(nested(quote.text[loc.lang], loc.words), loc.words)
    title = loc.text(quote.title)  # "Pr Gareth Llewelyn-Hughes", "Prof. Gareth Llewelyn-Hughes"
    speaker = f"{title} {quote.speaker}" if title else quote.speaker
    return {"speaker": speaker, "role": loc.prose(quote.role), "text": text, "stop": stop}
