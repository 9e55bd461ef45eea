"""How the view names the other bodies of a release: issuer, assessor, backer, creator, manager,
co-funders and partners, each with its articles, its type and its gender.

A body is named in full the first time ("the Iberian Water Laboratories (LIA)") and, named again
in another role, as a good editor names it the second time: by the acronym the first mention gave,
else by its name, with its article, and without a second link (``mention``). Partners are marked
one by one: a country in brackets only where it is not the organisation's; a long list from several
countries is grouped by country ("from Spain (A and B), Portugal (C) and France (D)"); and partners
from several countries are counted by country ("one from Spain and one from Portugal").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from .agreement import is_plural, singular
from .grammar import indefinite, own_forms, read_as_word, with_article
from .lang import Words
from .lang.awards import JURIES
from .lang.en import bare_name
from .lang.foreign_types import head_type, hidden_type
from .lang.nouns import KIND_BEFORE, KIND_HEADS, ORGS
from .lang.places import BARE, place_of
from .localize import country_forms, country_name, format_list, is_branch, url_label
from .said import DESCRIBED_IN_TEMPLATES, described, folded

if TYPE_CHECKING:
    from .facts import CoFunder, Facts, Partner, Party
    from .view import Localizer

GROUPED = 5
"""Named partners from a list this long (of more than three, named in a sentence of their own), all placed, are
grouped by country rather than each followed by one."""


def typed_kind(kind: dict[str, str] | None, gender: str, grammar: Words) -> dict[str, str] | None:
    """A type of one's own takes the gender of its head noun ("uma escola secundária", "une école
    d’ingénieurs", "uma grande empresa"), else that of the name it describes, and the article of that gender."""
    if kind is None or kind["a"]:
        return kind
    one = singular(gender)  # os Serviços Municipalizados, uma empresa municipal: a type's word is one
    head = type_head(kind["word"], grammar) or one
    return {"a": indefinite(kind["word"], head, grammar), "word": kind["word"], "gender": head, "key": kind["key"]}


def type_head(word: str, grammar: Words) -> str | None:
    """The gender of a type's head noun, after any adjective before it; None where no table or ending tells."""
    before = KIND_BEFORE.get(grammar.code, frozenset())
    first = next((w for w in word.split() if w.lower() not in before), "")
    low = first.lower()
    listed = ORGS[grammar.code].heads if grammar.code in ORGS else {}
    return listed.get(low) or KIND_HEADS.get(grammar.code, {}).get(low) or grammar.noun_genders.of(first)


def party_view(loc: Localizer, party: Party | CoFunder | None, assessor: bool = False) -> dict[str, Any] | None:
    """An issuer, assessor, backer, creator, manager or co-funder, as a template names it. Its ``mention``
    is its first naming until :func:`mentioned` says the text named the same body before; an ``assessor``
    described rather than named, by its indefinite article (the others open or close sentences by name)."""
    if party is None:
        return None
    name = loc.text(party.name) or ""
    kind = loc.kind(party.type)
    gender = loc.gender(party.gender, kind, name)
    if party.gender is None and kind is None:
        gender = _brand_gender(loc.lang, name) or gender  # "a Certilusa" (pt): a company's brand
    article = party.article
    # English names a co-funder as it names an issuer when the facts do not say: a company or a brand
    # bare ("co-funded by Iberdrola and the Regional Government of Galicia"); the facts' default true
    # is no word of the press officer's.
    if loc.words.code == "en" and "article" not in party.model_fields_set:
        article = None
    # A town is named bare, as the organisation is: "financiado por Lorvanne", not "pela Lorvanne"
    takes = named_with_article(loc.words, name, kind, gender) and place_of(kind, loc.lang) not in BARE
    if loc.words.code == "en" and takes and not isinstance(party.name, str) and party.name is not None:
        # "Setúbal Council", which its other names say is a local authority ("Câmara de Setúbal").
        takes = not _bare_in_english(name, tuple(v for k, v in party.name.items() if k != "en"))
    forms = loc.articles(gender, loc.uses_article(article, takes))
    own = loc.own_article(name, party.article, party.gender)  # "par La Poste", "do Boticário"
    if own:
        name, gender = own[0], own[1] or gender
        forms = own_forms(loc.articles(gender, bool(own[1])), loc.words)
    acronym = loc.text(party.acronym)  # "EIB", "BEI": an acronym may differ by language
    full = f"{name} ({acronym})" if acronym and acronym != name else name
    url = getattr(party, "url", None)
    first = _typed_forms(loc, name, kind, gender) or forms
    if assessor and described(name) and loc.lang not in DESCRIBED_IN_TEMPLATES:
        # "on the recommendation of an international jury of experts", "sob proposta de um júri…": a body
        # described, not named, is one the reader does not know; a plural goes bare ("by independent experts")
        full = name if is_plural(gender) else indefinite(name, gender, loc.words)
        first = loc.articles(gender, False)
    view: dict[str, Any] = {
        "name": name,
        "acronym": acronym,
        "short": acronym or name,
        "long": _long(name, loc.words),
        "full": full,
        "called": with_article(first.get("the", ""), full, loc.words),
        "type": typed_kind(kind, gender, loc.words),
        "gender": gender,
        "url": url,
        "url_label": url_label(url) if url else None,
        "jury": any(word in JURIES for word in re.findall(r"\w+", name.lower())),
        **first,
    }
    # Named again, a body keeps its article: "os LIA", "del CSIC", "des LIA".
    again_name = acronym if acronym and full != name else name
    view["again"] = {"name": again_name, "called": with_article(forms.get("the", ""), again_name, loc.words), **forms}
    view["mention"] = {"name": full, "url": url, "called": view["called"], **first}
    view["named_before"] = False
    return view


def _typed_forms(loc: Localizer, name: str, kind: dict[str, str] | None, gender: str) -> dict[str, str] | None:
    """The article forms of a body's first mention with its type's noun after them, where its name says the
    type in another language ("la asociación Association française de normalisation"): the facts' type,
    else the one the name's first word says (:mod:`drafter.lang.foreign_types`). None otherwise."""
    key = head_type(name)
    if key is None:
        return None
    typed = typed_kind(kind or loc.kind(key), gender, loc.words)
    if typed is None or not hidden_type(loc.lang, name, typed["word"]):
        return None
    forms = loc.articles(typed["gender"] or gender, True)
    return {k: with_article(v, typed["word"], loc.words) for k, v in forms.items() if isinstance(v, str)}


def _long(name: str, grammar: Words) -> bool:
    """Too long for a headline, which names the body by its acronym ("du CNRS", "de l’ADEME"): four
    words or more, three of them not articles or prepositions."""
    words = name.split()
    return len(words) >= 4 and sum(folded(w) not in grammar.function_words for w in words) >= 3


HEADLINE = 100
"""The length over which a headline names a body by its acronym, as the press does ("recibe 1,25 millones de
euros de la CINEA", « … de l’ADEME », "… from the ERC"); the lead names it in full."""

_HEADLINE_WORDS = 16
"""What a headline says besides the names and the sum: its verb and preposition, with their spaces."""


_LONG_NAME: dict[str, Callable[[dict[str, Any]], bool]] = {
    "es": lambda party: len(party["name"].split()) >= 6,  # "del CDTI", but "de la Agencia Estatal de Investigación"
    "fr": lambda party: bool(party.get("long")),  # « de l’ADEME », « du CNRS », but « de la Fondation de la Mer »
}
"""Where a language's press names a funder by its acronym in a headline whatever its length: a name of
six words in Spanish, of four (three not articles or prepositions) in French."""


def in_headline(party: dict[str, Any] | None, beside: str, grammar: Words) -> None:
    """Sets ``party["headline"]``, how a headline that also says ``beside`` (the organisation's name, a sum)
    names the body: by its acronym where its name would run the headline over :data:`HEADLINE` characters,
    else by its name, each with its article forms; English says an acronym read as a word without "the"
    ("from CINEA"), as it does named again."""
    if party is None:
        return
    name, acronym = party["name"], party["acronym"]
    forms = {k: v for k, v in party["mention"].items() if k not in ("name", "url", "called")}
    by_words = _LONG_NAME.get(grammar.code)
    long = (by_words is not None and by_words(party)) or len(beside) + len(name) + _HEADLINE_WORDS > HEADLINE
    if not (acronym and acronym != name and long):
        party["headline"] = {**forms, "name": name}
        return
    if grammar.code == "en" and read_as_word(acronym):
        forms = {k: "" if v in ("the", "The") else v.removesuffix(" the") for k, v in forms.items()}
    party["headline"] = {**forms, "name": acronym}


def mentioned(parties: Iterable[dict[str, Any] | None], grammar: Words) -> None:
    """Marks each party named again, in the order the templates name them, so that its ``mention`` is its
    ``again`` form: the same body in a second role is "the LIA", not "the Iberian Water Laboratories
    (LIA)" twice. Bodies are the same when their names (case aside) or their acronyms are."""
    seen: list[dict[str, Any]] = []
    for party in parties:
        if party is None:
            continue
        before = next((p for p in seen if _same(p, party)), None)
        if before is None:
            seen.append(party)
            continue
        # The acronym alone only where the first mention gave it; else the name, as it was written.
        name = before["acronym"] if before["full"] != before["name"] else party["name"]
        forms = {k: v for k, v in party["again"].items() if k not in ("name", "called")}
        if grammar.code == "en" and name != party["name"] and read_as_word(name):
            # An acronym said as a word goes without "the" in English: "on the initiative of EUROPARC".
            forms = {k: "" if v in ("the", "The") else v.removesuffix(" the") for k, v in forms.items()}
        called = with_article(forms.get("the", ""), name, grammar)
        party["again"] = {**party["again"], **forms, "name": name, "called": called}
        party["mention"] = {**party["again"], "url": None}
        party["named_before"] = True


def _brand_gender(lang: str, name: str) -> str:
    """The gender ``lang`` gives a body named by a one-word brand, a capital and then lower-case letters
    ("Certilusa", "Kiwa"; not "SGS" nor "SECPhO"), of no stated type or gender: "a Certilusa" in
    Portuguese, as the company it is; blank where the language has no such habit, or for another name."""
    brand = name.isalpha() and name[:1].isupper() and name[1:].islower()
    # A name of several words, none of them a body's noun nor a "de" or "of" joining its parts, is a
    # company's too, as a partner's is ("a SGS Portugal", "a Bureau Veritas"; not "o Top Employers Institute").
    words = name.split()
    several = len(words) > 1 and not name.isupper() and not _says_a_body(name)
    # A phrase ("Great Place to Work") or a jury ("Blue Flag Jury") is no company's name.
    several = several and all(w[:1].isupper() for w in words) and not {w.lower() for w in words} & JURIES
    brand = brand or (several and not {w.lower() for w in words} & _LINKS)
    return getattr(ORGS.get(lang), "brand", "") if brand else ""


_LINKS = frozenset("de da do das dos del d’ d' of for du des".split())
"""Words that join a name's parts ("Turismo de Portugal", "Port of Leixões"): the mark of an institution's
name as much as a company's, which then says no gender."""


def _says_a_body(name: str) -> bool:
    """Whether any word of ``name`` is a noun that names a body, in any language ("Science Museum Group",
    "Cardiff University"): such a name is not a company's brand."""
    return not _BODY_WORDS.isdisjoint(name.lower().split())


_BODY_WORDS = frozenset(
    word for nouns in ORGS.values() for word in (*nouns.institutions, *nouns.the_last, *nouns.heads, *nouns.not_brands)
)
"""Every language's nouns that name a body, in one set: read for each name, made once."""


def _bare_in_english(name: str, others: tuple[str, ...] = ()) -> bool:
    """Whether English names a body without "the" though the facts do not say: an acronym said as a
    word ("UNICEF granted…"), a local authority ("run by Bristol City Council"; ``others``, its names in
    the other languages, may say a name is one) and a body named after its nation ("Arts Council
    England")."""
    return read_as_word(name) or bare_name(name, others)


def _bare_branch(grammar: Words, name: str) -> bool:
    """A branch named as it names itself, where the language does so: "UNICEF España concedió…"."""
    return grammar.bare_branches and is_branch(name, grammar.code)


def _same(a: dict[str, Any], b: dict[str, Any]) -> bool:
    if a["name"] and a["name"].casefold() == b["name"].casefold():
        return True
    return bool(a["acronym"]) and a["acronym"] == b["acronym"]


def named_with_article(grammar: Words, name: str, kind: dict[str, str] | None, gender: str = "m") -> bool:
    """Whether a body's name takes "the" when the facts do not say: a company's name or a brand (one
    word, not an acronym) is a proper name ("Certilusa issued…", not "The Certilusa"), in a language
    whose names in general go without one; the others do ("the European Commission"), as a plural name
    does in every language ("los Laboratorios…", "the Hospices…")."""
    brand = len(name.split()) == 1 and not name.isupper() or _bare_branch(grammar, name)
    # In English an acronym said as a word is named bare, as a brand is: "UNICEF granted…", "by NATO".
    brand = brand or (grammar.code == "en" and _bare_in_english(name))
    return grammar.names_take_article or is_plural(gender) or not (brand or (kind or {}).get("key") == "company")


ONE_EACH_SPELT = 3
"""The most countries a sentence names one partner from, one by one."""


def partner_view(loc: Localizer, partner: Partner, home: str) -> dict[str, Any]:
    """A partner, with its country unless it is ``home``, the organisation's: "la Universidad de Vigo",
    "l’Universidade do Minho (Portugal)"."""
    name = loc.text(partner.name)
    kind = loc.kind(partner.type)
    gender = loc.gender(partner.gender, kind, name)
    # A partner of a stated type is named as the organisation is: "a Aquatec Ibérica (Espanha)"; in
    # es and fr, one of a type whose names take the article: "la Universitat…", "le CNRS", but not a
    # one-word name out of capitals, which reads as a brand: "Fraunhofer", "Tecnalia".
    key = (kind or {}).get("key")
    words = loc.words
    is_typed = key in words.typed_articles or (not key and partner.gender is not None)
    brand = name is not None and (len(name.split()) == 1 and not name.isupper() or _bare_branch(words, name))
    brand = brand or (words.code == "en" and _bare_in_english(name or ""))  # "CETMAR", as "UNESCO": no "the"
    default = is_plural(gender) or (
        partner.type is not None
        and (words.names_take_article or (bool(words.typed_articles) and is_typed and not brand))
    )
    # Of any type or none, a name that says it is a body takes the article: "y el Hospital Universitario…",
    # "la Diputación Foral de Álava", "the Marine Robotics Network".
    takes = words.names_take_article or bool(words.typed_articles)
    default = default or (bool(name) and takes and loc.names_a_body(name or ""))
    # Where every body's name takes its article (pt), so does a partner's of no type whose gender is known:
    # named bare beside "a Universidade…", it would break the list. Known from the facts, from a noun that
    # names a body ("o Porto Lab") or from an acronym ("o CSIC"); else a name of words not joined by "de"
    # or "of" is a company's, and named as the company it most likely is, as a one-word brand is: "a
    # Frutas Tormes". A name such as "Turismo de Portugal" says neither, and stays bare.
    if name and words.names_take_article and partner.type is None:
        if partner.gender is not None or name.isupper() or _says_a_body(name):
            default = True
        elif not set(name.lower().split()) & _LINKS:
            default = True
            gender = getattr(ORGS.get(loc.lang), "brand", "") or gender
    default = default and place_of(kind, loc.lang) not in BARE  # "Lorvanne (França)", not "a Lorvanne"
    forms = loc.articles(gender, loc.uses_article(partner.article, default=default))
    own = loc.own_article(name, partner.article, partner.gender) if name else None
    if own:
        name, gender = own[0], own[1] or gender
        forms = own_forms(loc.articles(gender, bool(own[1])), words)
    acronym = loc.text(partner.acronym)
    acronym = acronym if acronym and acronym != name else None
    return {
        "name": name,
        "acronym": acronym,
        "called": with_article(forms.get("the", ""), name, words) if name else None,
        "country": country_name(partner.country, loc.locale) if partner.country else None,
        "at_home": partner.country is None or partner.country == home,
        "type": typed_kind(kind, gender, words),
        "gender": gender,
    }


def partnership_view(facts: Facts, loc: Localizer) -> dict[str, Any] | None:
    """Who the organisation works with: the partners, how many, and from where, each country with its
    partners counted ("one from Spain and one from Portugal") and, for a long list, named."""
    if facts.partnership is None:
        return None
    ship = facts.partnership
    partners = ship.partners
    home = facts.organisation.country
    countries = list(dict.fromkeys(p.country for p in partners if p.country))
    number = max(ship.count or 0, len(partners))
    # Several partners, all listed and all from the same country abroad: the country is said once, before
    # the names ("two partners from Spain, A and B"), not after each ("A (Spain) and B (Spain)").
    one_country = (
        countries[0]
        if number == len(partners) > 1
        and len(countries) == 1
        and countries[0] != home
        and all(p.country and p.name for p in partners)
        else None
    )
    shown = [{**partner_view(loc, p, home), **({"at_home": True} if one_country else {})} for p in partners]
    named = [v for v in shown if v["name"]]
    by_country: list[dict[str, Any]] = []
    for code in countries:
        here = [v for p, v in zip(partners, shown, strict=True) if p.country == code]
        count = len(here)
        grouped = [{**v, "at_home": True} for v in here if v["name"]]
        counted = {"number": count, "count": loc.number(count), "partners": grouped, "abroad": code != home}
        by_country.append({**country_forms(code, loc.locale), **counted})
    # Grouped: a list of named partners, each with its country, too long to bear a country after each
    # name, or where two or more from abroad would each repeat theirs ("Bioria (France), Cetemar (France)").
    repeated = any(len(c["partners"]) > 1 and c["abroad"] for c in by_country)
    groups_read_better = (
        len(named) == len(partners) > 3
        and len(partners) >= (ship.count or 0)
        and all(p.country for p in partners)
        and not all(v["at_home"] for v in named)
        and (len(named) >= GROUPED or repeated)
    )
    return {
        "project": loc.prose(ship.project),
        "goal": loc.prose(ship.goal),
        "count": loc.number(number),
        "number": number,
        "some_named": bool(named),
        "named_number": len(named),
        "partners": shown,
        # The gender of the one partner named (several together: mp), which a verb before it agrees with.
        "gender": named[0]["gender"] if len(named) == 1 else "mp",
        "named": all(p.name for p in partners),
        "listed": all(p.name for p in partners) and len(partners) >= (ship.count or 0),
        "countries": [country_name(c, loc.locale) for c in countries],
        "places": places([country_forms(c, loc.locale) for c in countries]),
        # Every counted partner listed with a country: only then "from France" speaks for them all.
        "all_listed": len(partners) >= (ship.count or 0) and all(p.country for p in partners),
        "placed_number": sum(1 for p in partners if p.country),
        "by_country": by_country,
        # One partner from each of several countries: "dont deux (un d’Espagne et un du Portugal)" says it
        # better than "deux d’Espagne et du Portugal", and states no count the facts do not hold.
        "one_country": country_forms(one_country, loc.locale) if one_country else None,
        "one_each": len(by_country) > 1 and all(c["number"] == 1 for c in by_country),
        # Past three, "one from Spain, one from Germany, one from…" drags: "six from as many countries (…)".
        "many_each": len(by_country) > ONE_EACH_SPELT and all(c["number"] == 1 for c in by_country),
        "grouped": _grouped(by_country, loc) if groups_read_better else None,
    }


def _grouped(by_country: list[dict[str, Any]], loc: Localizer) -> dict[str, str]:
    """A long list of partners by country, as a sentence lists it after "from" or "are" (key ``the``: "Spain
    (A and B), Portugal (C) and France (D)"), or after a verb, each country with its preposition (``of``:
    "de España (A y B), de Portugal (C) y de Francia (D)")."""

    def named(partner: dict[str, Any]) -> str:
        return f"{partner['called']} ({partner['acronym']})" if partner["acronym"] else str(partner["called"])

    return {
        form: format_list(
            [f"{c[form]} ({format_list([named(p) for p in c['partners']], loc.locale)})" for c in by_country],
            loc.locale,
        )
        for form in ("the", "of")
    }


def places(forms: list[dict[str, str]]) -> dict[str, list[str]]:
    """Countries as a sentence lists them, by form: {"the": [Spain, the Netherlands], "at": […], "of": […]};
    a template joins one of them ("from Spain and the Netherlands", "d’Espagne et des Pays-Bas")."""
    return {key: [form[key] for form in forms] for key in ("name", "the", "at", "of")}
