"""How each language's lead presents an organisation, from the nouns of :mod:`drafter.lang.nouns`:
whether the type is said, whether the sector is a field or an industry's, which noun names it again. One
rule a language, in a registry; the templates read the answers. The award's noun: :mod:`.award_nouns`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Any

from ..grammar import indefinite
from ..said import STEM, folded
from .again_nouns import again_view, first_word, second_word
from .full_names import extends
from .model import Words
from .modifiers import with_sector
from .nouns import (
    ES_SCHOOLS,
    FIELD_NOUNS,
    FIELD_TYPES,
    INSTITUTION_FIELDS,
    ORGS,
    ROOTS,
    SELF_NAMING_EN,
    TAUGHT_FR,
    TYPE_NOUNS,
    OrgNouns,
)
from .stopwords import STOPWORDS
from .type_words import unsaid_type


@dataclass(frozen=True)
class Org:
    """What the lead rules read of an organisation, as the view has it: its type (``a``, ``word``,
    ``gender``, ``key``; ``a`` left blank where the name says the type), and a sector the name does
    not say already."""

    name: str
    full_name: str | None
    type: Mapping[str, str]
    sector: str | None
    the: str


@dataclass(frozen=True)
class Lead:
    """How the lead presents the organisation after its name."""

    sector: str | None
    """The sector as the lead says it; None when it says none."""
    show_type: bool
    """The type follows the name: "Hidrolena, una empresa del sector…"."""
    devoted: bool
    """The sector is a field ("dedicada a", "working in"), not an industry ("del sector de")."""
    type_first: bool = False
    """The type comes before a name without article: "L’entreprise Hidrolena Eaux a obtenu…"."""
    full_first: bool = False
    """The full name starts with the name and stands for it, not in brackets after it."""


def _folded(words: Iterable[str]) -> frozenset[str]:
    return frozenset(folded(w) for w in words)


_FUNCTION = _folded(w for lang in ("pt", "es", "en", "fr") for w in STOPWORDS[lang])
_INSTITUTIONS = _folded(w for nouns in ORGS.values() for w in nouns.institutions)
_SELF_NAMING = _INSTITUTIONS | _folded(w for nouns in ORGS.values() for w in nouns.self_naming) | SELF_NAMING_EN
_TYPE_NOUNS = {key: _folded(nouns) for key, nouns in TYPE_NOUNS.items()}
_GENERIC = ("organisation", "public_body")
"""Types that say less than any institution's noun: "Loures City Council, a public body" says it twice."""


def _words_of(*texts: str | None) -> list[str]:
    """The words of ``texts`` in lower case without accents, split at apostrophes and hyphens too."""
    return [w for text in texts if text for w in re.findall(r"\w+", folded(text))]


def _content(text: str) -> list[str]:
    return [w for w in _words_of(text) if w not in _FUNCTION and len(w) > 1]


def _same(word: str, other: str) -> bool:
    """One word, whatever its ending and its language: cooperative and Cooperativa, fédération and Federação."""
    return word == other or (len(word) >= STEM and len(other) >= STEM and word[:STEM] == other[:STEM])


def _kin(word: str, other: str) -> bool:
    """Two institutions' nouns of one root in two languages, shorter than a stem: museum and Museo."""
    return word in _INSTITUTIONS and other in _INSTITUTIONS and word[:4] == other[:4]


_PLURALS = (("ies", "y"), ("aux", "al"), ("ais", "al"), ("ões", "ão"), ("es", ""), ("s", ""))
"""Plural endings and their singular's, of the four languages, for a plural name's noun: "Bibliotecas",
"Hospitais", "Hôpitaux", "Libraries", "Hospitales"."""


def _singulars(word: str) -> list[str]:
    """``word``, and what it would be in the singular by each plural ending it has."""
    return [word] + [
        word[: -len(end)] + one for end, one in _PLURALS if word.endswith(end) and len(word) > len(end) + 2
    ]


def _institution(names: list[str]) -> bool:
    """Whether a name holds an institution's noun, in the singular or the plural ("Bibliotecas Municipais
    de Oeiras", which need no "uma rede")."""
    return any(form in _INSTITUTIONS for w in names for form in _singulars(w))


def name_says_type(org: Org, lang: str) -> bool:
    """Whether the name says what the type would, in any of the four languages: its noun ("Coopval
    Cooperative", "Cooperativa Agrícola…" for "a cooperative"), an institution's for a type of the
    glossary but a company ("Loures City Council", "Federação Portuguesa de Vela" need no "a public
    body", "an association"), and, for "an organisation" or "a public body", any noun that says what it is."""
    names = _words_of(org.name, org.full_name)
    key = org.type.get("key", "")
    if key in _TYPE_NOUNS and any(_same(noun, w) for noun in _TYPE_NOUNS[key] for w in names):
        return True
    if not key:
        words = _content(org.type.get("word", ""))
        head = (words[-1:] if lang == "en" else words[:1]) or [""]
        return bool(head[0]) and any(_same(head[0], w) or _kin(head[0], w) for w in names)
    # Not a company's: "Laboratorios Rovi, una empresa…" says what the name does not.
    return (key != "company" and _institution(names)) or (key in _GENERIC and any(w in _SELF_NAMING for w in names))


def sector_said(sector: str, names: Iterable[str | None]) -> bool:
    """Whether a name says the sector: each of its words but those that only say it is studied
    ("science", "ciências"), its ending aside or by an adjective of its root ("the sea" by "Marine",
    "le vin" by "Vignerons"): "Vigo Marine Research Centre, which works in marine science" says it twice."""
    words = [w for w in _content(sector) if w not in _FIELD_NOUNS and len(w) > 2]
    said = _words_of(*names)
    return bool(words) and all(any(_same(w, n) or n.startswith(_ROOTS.get(w, ("\0",))) for n in said) for w in words)


_FIELD_NOUNS = _folded(FIELD_NOUNS)
_ROOTS = {folded(noun): stems for noun, stems in ROOTS.items()}


def _taught(org: Org, taught: frozenset[str]) -> bool:
    """A university's sector that only says it teaches or does research, which "university" says."""
    words = set(_content(org.sector or ""))
    return org.type["key"] == "university" and bool(words) and words <= _folded(taught)


def _default(org: Org, nouns: OrgNouns) -> Lead:
    return Lead(org.sector, bool(org.type["a"]), org.type["key"] in FIELD_TYPES)


def _spanish(org: Org, nouns: OrgNouns) -> Lead:
    """A name that starts with a noun that says what it is needs no type; a type whose noun is a word
    of the name is not said again; without a sector, the type alone only where it adds something."""
    key, name_word, type_word = org.type["key"], first_word(org.name), second_word(org.type["a"])
    if name_word in nouns.before:  # "Real Federación…", "Gran Teatro…": the noun after it
        name_word = second_word(org.name)
    says_itself = key == "organisation" and name_word in nouns.institutions | nouns.self_naming
    names = f"{org.name} {org.full_name or ''}".lower().split()
    names += [ES_SCHOOLS[word] for word in names if word in ES_SCHOOLS]  # "CEIP…" says "un colegio"
    show = bool(org.type["a"]) and not says_itself and type_word not in names and not name_says_type(org, "es")
    devoted = key in FIELD_TYPES or (type_word if show else name_word) in nouns.institutions
    # A field, not an industry: "una asociación dedicada a la investigación biomédica", not "del sector de la…".
    sector_words = (org.sector or "").lower().split()
    head = sector_words[1:2] if sector_words[:1] in (["el"], ["la"], ["los"], ["las"]) else sector_words[:1]
    devoted = devoted or (bool(head) and head[0] in nouns.field_words)
    if not org.sector:
        show = show and key not in ("organisation", "company") and name_word not in nouns.institutions
    return Lead(org.sector, show, devoted)


def _portuguese(org: Org, nouns: OrgNouns) -> Lead:
    """As in Spanish, but a type is left out where the name starts with its noun or with an institution's."""
    key, name_word, type_word = org.type["key"], first_word(org.name), second_word(org.type["a"])
    says_itself = key == "organisation" and name_word in nouns.institutions | nouns.self_naming
    typed = bool(org.type["a"]) and not says_itself
    show = typed and type_word != name_word and not (key and name_word in nouns.institutions)
    show = show and not name_says_type(org, "pt")
    devoted = key in FIELD_TYPES or (type_word if typed else name_word) in nouns.institutions
    # A cause or a field, not an industry: "uma associação dedicada ao combate ao desperdício", not "do setor do…".
    sector_words = (org.sector or "").lower().split()
    head = sector_words[1:2] if sector_words[:1] in (["o"], ["a"], ["os"], ["as"]) else sector_words[:1]
    devoted = devoted or (bool(head) and head[0] in nouns.field_words)
    if not org.sector:
        show = show and key not in ("organisation", "company") and name_word not in nouns.institutions
    return Lead(org.sector, show, devoted)


def _french(org: Org, nouns: OrgNouns) -> Lead:
    """The type and the sector ("une entreprise spécialisée dans…"), the sector alone where the name
    says the type, nothing where it says the sector too; without a sector, the type alone after a name
    that takes the article, before one that does not, and not after a name that says what it is."""
    names = f"{org.name} {org.full_name or ''}".lower().replace("’", " ").replace("'", " ").split(" ")
    a, key = org.type["a"], org.type["key"]
    type_said = org.type["word"].lower().split(" ")[0] in names or name_says_type(org, "fr")
    lead = Lead(None, False, key in FIELD_TYPES)
    if org.sector and _taught(org, TAUGHT_FR):
        return lead
    if org.sector:
        bare = org.sector.split(" ", 1)[1] if org.sector.startswith(("le ", "la ", "les ")) else org.sector
        bare = bare[2:] if org.sector.startswith(("l’", "l'")) else bare
        if a and not type_said:
            return Lead(org.sector, True, lead.devoted)
        if f" {bare.lower()} " not in f" {' '.join(names)} ":
            return Lead(org.sector, False, lead.devoted)
        return lead
    institution = any(word in nouns.institutions for word in names) or _institution(_words_of(org.name, org.full_name))
    # a name headed by what the body is says it ("La Fromagerie de l’Aubrac a obtenu", not "…, une entreprise,")
    institution = institution or first_word(org.name) in nouns.heads
    if a and key not in ("organisation", "public_body") and not type_said and not institution:
        apposed = bool(org.the) or a.split(" ")[0] not in ("un", "une")
        return Lead(None, apposed, lead.devoted, type_first=not apposed)
    return lead


_EN_LINKS = frozenset("through of for against with to by from on in at".split())
"""Prepositions, which end a noun that could stand before "sector"."""


def _english(org: Org, nouns: OrgNouns) -> Lead:
    """A type the name says is not said again ("Loures City Council", not "…, a public body,"); a
    university's sector that only says it teaches or does research is what "university" says; a
    sector that ends with a field's word is a field ("working in freshwater research"), and so is
    the sector of a body whose name or type says it is an institution (a federation, a museum)."""
    key = org.type["key"]
    sector = None if org.sector and _taught(org, nouns.taught) else org.sector
    said = name_says_type(org, "en")
    show = bool(org.type["a"]) and not said and (bool(sector) or key != "organisation")
    words = (sector or "").lower().split()
    # A sector with a preposition in it cannot stand before "sector": "an association working in work
    # integration through market gardening", not "in the work integration through market gardening sector".
    field = bool(sector and ((words or [""])[-1] in nouns.field_words or set(words) & _EN_LINKS))
    named = _words_of(org.name, org.full_name) if said else _content(org.type["word"])[-1:]
    institution = any(w in nouns.institutions for w in named)  # "a sports federation working in rowing"
    return Lead(sector, show, key in FIELD_TYPES or field or institution)


RULES: Mapping[str, Callable[[Org, OrgNouns], Lead]] = {
    "es": _spanish,
    "pt": _portuguese,
    "fr": _french,
    "en": _english,
}


def institution_does(sector: str, names: Iterable[str | None]) -> bool:
    """Whether a sector says only what the institution a name holds does (:data:`INSTITUTION_FIELDS`):
    a hospital's healthcare, a school's teaching, a museum's heritage."""
    words = {w for w in _content(sector) if len(w) > 2}
    fields = [_FIELDS[w] for w in _words_of(*names) if w in _FIELDS]
    return bool(words) and any(words <= field for field in fields)


_FIELDS = {folded(noun): _folded(field) for noun, field in INSTITUTION_FIELDS.items()}


def lead(lang: str, org: Org) -> Lead:
    """How ``lang``'s lead presents ``org``; a language without a rule says the type and the sector
    given, but in any language a sector the name or the type's own word says (:func:`sector_said`),
    or one that says only what its institution does (:func:`institution_does`), is not said."""
    names = (org.name, org.full_name)
    said = (*names, org.type.get("word"))  # "una cooperativa vinícola" says "el vino"
    # "un hôpital public spécialisé dans la santé", "a hospital working in healthcare": the type says it too
    if org.sector and (sector_said(org.sector, said) or institution_does(org.sector, said)):
        org = replace(org, sector=None)
    said_lead = RULES.get(lang, _default)(org, ORGS.get(lang, OrgNouns()))
    if said_lead.show_type and not said_lead.sector and bare_type(org.type):
        said_lead = replace(said_lead, show_type=False)
    # "Bodegas X, del sector de…" hangs where "X, spécialisée dans…" and "X, which works in…" do not
    hangs = lang in SECTOR_HANGS and not (said_lead.show_type or said_lead.devoted) and said_lead.sector
    if hangs and org.type.get("a") and adds_to_name(org):
        said_lead = replace(said_lead, show_type=True)
    return replace(said_lead, full_first=extends(org.name, org.full_name))


SECTOR_HANGS = frozenset({"es", "pt"})
"""Languages whose industry's sector after a name alone ("del sector de", "do setor de") needs a noun
before it when the type says more than the name does."""


def adds_to_name(org: Org) -> bool:
    """Whether a type of one's own says more than the noun the name holds: "Bodegas Marín Robles" with
    "bodega familiar" keeps it ("Bodegas Marín Robles, una bodega familiar del sector del vino de Jerez,"),
    where dropping it lost "familiar" and left "Bodegas Marín Robles, del sector del vino de Jerez,". A field
    reads well alone ("El Hospital de Aveiro, dedicado a la medicina deportiva,"), and the lead keeps it so."""
    if org.type.get("key"):
        return False
    words = _content(org.type.get("word", ""))
    names = _words_of(org.name, org.full_name)
    said = [w for w in words if any(_same(w, n) for n in names)]
    return bool(said) and len(said) < len(words)


def kept_type(org: Org, about: str) -> bool:
    """Whether a type of one's own that says more than the noun the name holds stays in the lead, after the
    name, for what only it says: "El Hospital Universitario de Valdeoria, un hospital público, ha renovado…",
    where "público" was left to an "About" paragraph that does not say it. Not where "About" says it."""
    names = _words_of(org.name, org.full_name)
    more = [w for w in _content(org.type.get("word", "")) if not any(_same(w, n) for n in names)]
    if not adds_to_name(org) or org.sector:
        return False
    told = _words_of(about)
    return bool(more) and not all(any(_same(w, t) for t in told) for w in more)


def bare_type(kind: Mapping[str, str]) -> bool:
    """Whether a type says nothing a reader needs between commas after the name, with no sector after
    it: one of drafter's own words ("X, a public body, has achieved", "Hidrolena, una empresa,") or a
    noun of one's own alone ("Coopval, une coopérative,"), which read as a slip; a type of one's own
    that says more ("Sanvera, un hospital público,", "a family footwear company") is kept."""
    return bool(kind.get("key")) or len(_content(kind.get("word", ""))) < 2


def presented(
    org: dict[str, Any], lang: str, articles: Callable[[str], Mapping[str, str]], grammar: Words
) -> dict[str, Any]:
    """The view's organisation with what the lead says of it (``sector``, ``show_type``, ``devoted``,
    ``type_first``, ``full_first``) and how the text names it again (``again``)."""
    told = Org(org["name"], org["full_name"], org["type"], org["sector"], org.get("the", ""))
    said = lead(lang, told)
    if not said.show_type and not org.get("placed") and kept_type(told, org.get("about") or ""):
        said = replace(said, show_type=True)
    kind = org["type"]
    if said.show_type and kind and not kind.get("key"):  # "uma escola pública", not "…secundária pública"
        word = unsaid_type(kind["word"], (org["name"], org["full_name"]), lang)
        trimmed = {**kind, "word": word, "a": indefinite(word, kind["gender"] or "m", grammar)}
        if word != kind["word"] and not bare_type(trimmed):  # "una empresa municipal" is no bare "una empresa"
            org = {**org, "type": trimmed}
    again = again_view(org, lang, articles, grammar)
    return {
        **org,
        "sector": said.sector,
        "show_type": said.show_type,
        "devoted": said.devoted,
        "type_first": said.type_first,
        "full_first": said.full_first,
        # "a social care NGO", « une ONG d’action sociale »: a short industry's sector before the type
        "modified": with_sector(lang, org["type"], said.sector) if said.show_type and not said.devoted else None,
        "again": again,
    }
