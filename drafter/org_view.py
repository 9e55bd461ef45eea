"""What a template sees of the organisation (``org`` in the view): its name with the article it takes,
how it is named again, its type and sector as the lead says them, and a town said for what it is.

The lead's choices that depend on the language's rules (whether the type is said, the sector) are then
made by :func:`drafter.lang.leads.presented`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .acronyms import initials_of, spelt_from
from .agreement import is_plural
from .facts.orgtypes import DEFAULT_TYPE
from .grammar import own_forms, with_article
from .lang.full_names import prefixed
from .lang.places import BARE, place_of, placed, says_place
from .localize import country_forms, country_name, url_label
from .parties import typed_kind
from .said import cognates_say, said_by, says
from .view_names import acronym_elsewhere, full_article

if TYPE_CHECKING:
    from .facts import Facts
    from .view import Localizer

PARTS_OF: Mapping[str, frozenset[str]] = {"research_centre": frozenset({"university"})}
"""Types of organisation that are a unit of the body that manages them, by the types of that body."""


def organisation_view(facts: Facts, loc: Localizer, managed_by: dict[str, Any] | None) -> dict[str, Any]:
    """The organisation in ``loc``'s language: how the lead names it, names it again, and what it says
    after its name (type, sector), each decided from the words of its name, not left to the templates."""
    org = facts.organisation
    name = loc.text(org.name) or ""
    full = loc.text(org.full_name)
    kind = loc.kind(org.type) or loc.kind(DEFAULT_TYPE)
    # "A Associação Raízes do Tâmega": a full name that adds a noun before the name gives it its gender
    prefix = prefixed(name, full)
    gender = loc.gender(org.gender, loc.kind(org.type), full if prefix else name)
    # "la Cámara de Comercio", "le Musée de la Mer", "the Portuguese Canoe Federation": a body's noun says
    # the name takes the article
    headed = loc.names_a_body(name)
    # French names a body's acronym with its full name's article: « la FRCO », « le CNOSF »
    acronym = bool(full) and initials_of(name, full or "")
    # or of its syllables: « l’Association roubaisienne du textile (ARTEX) », «el Centro de Investigación
    # Mariña (CIMAR)»
    acronym = acronym or (loc.lang in ("fr", "es") and bool(full) and spelt_from(name, full or ""))
    # An acronym kept from the name in another language is one still: « le CQV (Centre de chimie verte) »
    # for the Centro de Química Verde
    spelt = acronym or acronym_elsewhere(name, org.full_name, loc.lang)
    headed = headed or (loc.lang == "fr" and spelt and loc.names_a_body(full or ""))
    # Spanish too, for a body of a type named with its article: «el CNIO», «la UPV»
    headed = headed or (
        loc.lang == "es"
        and spelt
        and (kind or {}).get("key") in loc.words.typed_articles
        and loc.names_a_body(full or "")
    )
    # A town goes bare, said for what it is before its name: "A cidade francesa de Lorvanne obteve", "Sobre Lorvanne"
    place = None if says_place(name, full) else place_of(loc.kind(org.type), loc.lang)
    takes = loc.words.names_take_article and place not in BARE
    article = loc.uses_article(org.article, takes or is_plural(gender) or headed)
    own = loc.own_article(name, org.article, org.gender)  # "O Boticário", "Les Ateliers du Rhône"
    spoken, gender, article = (own[0], own[1] or gender, bool(own[1])) if own else (name, gender, article)
    forms = own_forms(loc.articles(gender, article), loc.words) if own else loc.articles(gender, article)
    typed = typed_kind(kind, gender, loc.words)
    lead_name = None
    if place and typed:
        before = {"The": loc.articles(typed["gender"] or gender).get("The", ""), "of": forms.get("of", "")}
        lead_name = placed(spoken, typed["word"], before, typed["gender"] or gender, org.country, loc.words)
        typed = {**typed, "a": ""}
    org_called = with_article(forms.get("the", ""), spoken, loc.words)
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
    said = [name, full or "", (typed or {}).get("word", "") if org.type else ""]
    if sector and (said_by(sector, said, loc.words.word_endings) or cognates_say(sector, said)):
        sector = None
    return {
        "name": name,
        "called": org_called,
        "Called": with_article(forms.get("The", ""), spoken, loc.words),
        "headline": with_article(forms.get("The", ""), spoken, loc.words) if loc.words.headline_article else name,
        "full_name": full if full and full.casefold() != name.casefold() else None,
        # the full name's own article where it adds a noun before the name: "La Associação Raízes do Tâmega"
        "full_The": full_article(loc, full or "", org.article, gender) if prefix else forms.get("The", ""),
        "placed": lead_name,
        "acronym_of_full": acronym,
        # English: a university or a research centre specialises in its field ("CISA, which specialises in soil
        # science"); anyone else works in it
        "studies": (kind or {}).get("key") in STUDIES,
        "apposed": _apposed(loc, name, full if full and full.casefold() != name.casefold() else None),
        "type": typed,
        "again": again,
        "country": country_name(org.country, loc.locale),
        "place": country_forms(org.country, loc.locale),
        "website": org.website,
        "website_label": url_label(org.website),
        "sector": sector,
        "about": loc.prose(org.about),
        "managed_by": managed_by,
        # A university's research centre belongs to it rather than being run by it: "O centro pertence à…"
        "part_of": bool(managed_by)
        and (kind or {}).get("key") in PARTS_OF
        and ((managed_by or {}).get("type") or {}).get("key") in PARTS_OF[(kind or {}).get("key", "")],
        "gender": gender,
        **forms,
    }


STUDIES = frozenset({"university", "research_centre"})
"""Types of organisation that study their field rather than work in it: English says they specialise in it."""

APPOSED = frozenset({"en"})
"""Languages that follow a name that is an acronym with its full name as an apposition, not in brackets:
"CISA, the Arid Soils Research Centre, has won…"; Portuguese, Spanish and French press keep the brackets
("o CISA (Centro de Investigação…)")."""


def _apposed(loc: Localizer, name: str, full: str | None) -> str | None:
    """The full name as an apposition after a name that is an acronym, with "the": it says what the acronym
    is ("the Arid Soils Research Centre", "the Iberian Marine Biotechnology Cluster"); None where the lead
    keeps it in brackets (a name that is a word, "Estuária (Setúbal Institute of Estuarine Ecology)", or a
    language not in :data:`APPOSED`)."""
    if loc.lang not in APPOSED or not full or not _is_acronym(name, full):
        return None
    return with_article("the", full, loc.words)


def _is_acronym(name: str, full: str) -> bool:
    """An acronym: spelt from the full name's initials or letters, or one word in capitals ("ONDABIO")."""
    word = name.replace(".", "")
    caps = word.isalpha() and sum(c.isupper() for c in word) >= max(2, len(word) - 1)
    return initials_of(name, full) or spelt_from(name, full) or caps
