"""Recognisers of names: countries, glossary terms, and the names of people and bodies.

- Countries: CLDR names in pt, es, en and the text's own locale, spelt with
  their capitals, accents optional, plus a few usual short forms (UK, USA,
  EE. UU., EUA). Left out because they are common words or other places too:
  Chad, Jordan, Jersey (New Jersey), Guadalupe (a first name) and
  Réunion/Reunión/Reunião (a meeting). A city's name in the text's language
  that another language gives a country is the city (French "Mexico" is Mexico
  City, the country being "Mexique"), unless the city is named as its country is
  (Luxembourg, Singapore); a city the table marks ``over_country`` is the city even
  where the language names a country so (Granada and Grenade, the Spanish city,
  not Grenada): :func:`cities_over_countries`.
- French levels "Or" and "Argent" are also "or" (but, now) and "argent"
  (money): where they count is said in :mod:`drafter.extract.levels`.
- Names are all-capital words of two letters or more (except function words
  such as DE, THE, LA) and words with an inner capital (SECPhO, iPhone). A line
  with no lower-case letter and a function word ("NOTA DE IMPRENSA") is a
  heading in capitals: its words are not names.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any

import yaml
from babel import Locale

from ..catalog import Catalog
from ..errors import DrafterError
from ..lang import words
from ..localize import COUNTRY_CODES, locale_for
from ..tablecache import kept, named
from .scan import Index, fold, index

STOPWORDS = frozenset(
    "DE DA DO DAS DOS DEL LA LAS LOS EL EN EM NO NA NOS NAS AO AOS AL UM UMA UN UNA THE OF AND "
    "OR TO IN ON AT BY FOR WITH FROM AS IS IT BE ARE OUR CON COM POR PARA SE SU SUS SEU SUA QUE "
    "OU LE LES DU DES ET AU AUX UNE POUR PAR SUR DANS".split()
)
_COUNTRY_SKIP = frozenset("Jersey Guadalupe Reunion Reuniao".split())
FIRST_NAMES = frozenset({"Chad", "Jordan", "Georgia", "Israel"})
"""Countries that are first names too: no country when a capitalised word follows ("Chad Smith")."""
CLIPPED = frozenset("t re ve ll d m".split())
"""What an English contraction keeps after its apostrophe ("Don’t", "We’ll", "They’re"): the word before
is cut there, no name ("Kilbrannagh’s" keeps its name: the possessive is no contraction)."""
LEXICON_KINDS = ("country", "body", "place", "nationality")
"""Names known in every language, tried at each word, the longest match winning (ties in this order)."""


@cache
def table(name: str) -> Any:
    """One of the shipped tables in ``drafter/data``, read once a process, and kept as JSON between
    runs (:mod:`..tablecache`): PyYAML builds the data in Python, a third of a second for the four."""
    return kept(f"data-{name}", lambda: _read_table(name))


def _read_table(name: str) -> Any:
    text = files("drafter").joinpath("data", f"{name}.yaml").read_text(encoding="utf-8")
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def _folded(name: str) -> str:
    return fold(name).replace("’", "'")


@cache
def cities_over_countries(lang: str) -> frozenset[str]:
    """The names (folded) of the table's cities in ``lang`` that are no country in a text of it: a country's
    name in another language only (French "Mexico", the country being "Mexique"), or any country's where
    the table says ``over_country`` (Granada, Grenade). A city named as its own country is in some
    language (Luxembourg, Singapore, Hong Kong) stays the country. Kept between runs (:mod:`..tablecache`)."""
    return frozenset(kept(named("cities-over-countries", lang), lambda: sorted(_cities_over_countries(lang))))


def _cities_over_countries(lang: str) -> set[str]:
    locales = ("pt", "es", "en", "fr")
    own = country_names((str(locale_for(lang)),))
    out: set[str] = set()
    for entry in table("places")["places"].values():
        if entry.get("over_country"):  # in every language's form: a dateline may keep "Granada" in French
            out.update(_folded(str(f)) for code in locales for f in entry.get(code) or ())
            continue
        country = entry.get("country")
        if not any(
            country_names((str(locale_for(code)),)).get(_folded(str(f))) == country
            for code in locales
            for f in entry.get(code) or ()
        ):
            out.update(f for f in (_folded(str(f)) for f in entry.get(lang) or ()) if f not in own)
    return out


@cache
def country_names(locale_names: tuple[str, ...]) -> Mapping[str, str]:
    """Country names (folded) as CLDR spells them in ``locale_names``, their parts around brackets, usual
    short forms and drafter's own, with each country's code. Kept between runs (:mod:`..tablecache`):
    Babel's territories in several locales."""
    return kept(named("country-names", *locale_names), lambda: _country_names(locale_names))


def _country_names(locale_names: tuple[str, ...]) -> dict[str, str]:
    names: dict[str, str] = {}
    for locale_name in locale_names:
        for code, title in Locale.parse(locale_name).territories.items():
            if code in COUNTRY_CODES:
                title = _folded(title)
                # "Myanmar (Burma)": the whole name, and each of its two forms
                names.setdefault(title, code)
                forms = re.fullmatch(r"(.+) \((.+)\)", title)
                for part in forms.groups() if forms else ():
                    names.setdefault(part, code)
    for code, aliases in table("countries").items():
        names.update(dict.fromkeys((_folded(a) for a in aliases), code))
    for locale_name in locale_names:  # and as drafter writes them where CLDR's differ ("Bosnia and Herzegovina")
        for code, written in words(Locale.parse(locale_name).language).country_names.items():
            names.setdefault(_folded(written), code)
    return names


@cache
def countries(locale_names: tuple[str, ...], lang: str = "") -> Index:
    """:func:`country_names` as an index; in a text of ``lang``, without the cities' names of
    :func:`cities_over_countries`."""
    names = country_names(locale_names)
    # In any case, so that a dateline in capitals ("GENEVA, SWITZERLAND") is read; the scan asks for
    # a capital letter, so "turkey" and "china" in lower case are no countries.
    skip = _COUNTRY_SKIP | (cities_over_countries(lang) if lang else frozenset())
    return index({n: code for n, code in names.items() if n and n not in skip}, re.I)


@dataclass(frozen=True)
class Lexicon:
    """The forms of known names in one language, by how their case must match.

    Short acronyms ("UE", "ONU", "EU") match as written, or "ue" and "un" would be found
    in every sentence; longer acronyms and full names match in any case as long as the text
    writes them with a capital ("Unicef", "UNICEF"); forms written in lower case
    ("pymes", "españoles") match in any case.
    """

    exact: Index
    acronym: Index
    """Acronyms of four letters or more, in any case: "Unicef" for UNICEF, unless an ordinary word ("Echo")."""
    capital: Index
    lower: Index

    def first_words(self) -> frozenset[str]:
        """Lower-case words that may start a form: the words a scan must not pass over."""
        return frozenset(self.lower)


def _case(form: str) -> str:
    letters = [c for c in form if c.isalpha()]
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        return "exact" if len(letters) <= 3 else "acronym"
    return "capital" if form[:1].isupper() else "lower"


def _forms(kind: str, lang: str) -> Iterator[tuple[str, str]]:
    """(form, value) of every known name of ``kind``: the language's own forms first, then English,
    then the others' (a Portuguese text may well write "EIB")."""
    if kind == "body":
        entries = {**table("bodies")["bodies"], **table("bodies")["concepts"]}
    elif kind == "place":
        entries = {**table("places")["places"], **table("places")["regions"]}
    else:
        entries = table("demonyms")["demonyms"]
    order = [lang, "en", *sorted({"es", "fr", "pt"} - {lang})] if kind != "nationality" else [lang]
    for language in order:
        for value, entry in entries.items():
            for form in entry.get(language) or ():
                yield str(form), str(value)
                if kind == "place" and language == "fr":
                    yield from ((contracted, str(value)) for contracted in _fr_contracted(str(form)))


_FR_CONTRACTED = {"Le": ("au", "du"), "Les": ("aux", "des")}


def _fr_contracted(form: str) -> tuple[str, ...]:
    """A French place whose name starts with its article, as a sentence contracts it: "Le Caire" is
    also "au Caire" and "du Caire", "Les Sables-d’Olonne" "aux Sables-d’Olonne"."""
    article, _, rest = form.partition(" ")
    return tuple(f"{joined} {rest}" for joined in _FR_CONTRACTED.get(article, ())) if rest else ()


_ARTICLES = frozenset("el la los las le les the o a os as l".split())


def _spelt_out(form: str) -> bool:
    """A place's name of several words, one long, not opening with an article: it may be written in
    lower case ("península ibérica"), where "el paso" may not."""
    words = form.lower().split()
    return len(words) > 1 and words[0] not in _ARTICLES and any(len(w) >= 6 for w in words)


@cache
def lexicon(kind: str, lang: str) -> Lexicon:
    """The :class:`Lexicon` of bodies ("body"), places ("place") or nationalities ("nationality")."""
    groups = kept(f"lexicon-{kind}-{lang}", lambda: _groups(kind, lang))
    plural = kind == "body"  # SMEs, ONGs, UNICEFs: an acronym's plural is the same body
    return Lexicon(
        index(groups["exact"], suffix=plural),
        index(groups["acronym"], re.I, suffix=plural),
        index(groups["capital"], re.I),
        index(groups["lower"], re.I),
    )


def _groups(kind: str, lang: str) -> dict[str, dict[str, str]]:
    """The forms of a lexicon (folded) and their values, by case: sorted out once, and kept between runs
    (:mod:`..tablecache`): tens of thousands of forms, a fifth of a second."""
    groups: dict[str, dict[str, str]] = {"exact": {}, "acronym": {}, "capital": {}, "lower": {}}
    for form, value in _forms(kind, lang):
        folded = fold(form).replace("’", "'")
        groups[_case(form)].setdefault(folded, value)
        if kind == "place" and value in table("places")["regions"] and _spelt_out(folded):
            groups["lower"].setdefault(folded, value)  # "península ibérica"; a city has a capital
    return groups


@cache
def common_nouns(lang: str) -> re.Pattern[str] | None:
    """The common nouns of ``lang`` that hold a place's name ("vinho do Porto", "port de plaisance"), as
    one pattern over folded text: inside one, the place is not read. A wine is no city."""
    phrases = table("places").get("common_nouns", {}).get(lang) or ()
    if not phrases:
        return None
    forms = sorted({fold(str(p)).replace("’", "'") for p in phrases}, key=lambda p: (-len(p), p))
    if not all(f[:1].isascii() and f[:1].isalpha() for f in forms):
        return re.compile(
            r"(?<!\w)(?:" + "|".join(r"\s+".join(map(re.escape, f.split())) for f in forms) + r")(?!\w)", re.I
        )
    # (?<!\w)(?:form|form|...)(?!\w), its first letter read first, as :func:`.scan.opening` writes it: the
    # regex engine skips in C to the letters the forms start with, where the look-behind first was tried
    # at every character. Each letter's forms keep their order, and no other form can match there.
    rests: dict[str, list[str]] = {}
    for form in forms:
        pattern = r"\s+".join(map(re.escape, form.split()))
        rests.setdefault(form[0].lower(), []).append(pattern[len(re.escape(form[0])) :])
    firsts = "".join(sorted(first + first.upper() for first in rests))
    branches = "|".join(f"(?<=[{first}{first.upper()}])(?:{'|'.join(rest)})" for first, rest in rests.items())
    return re.compile(f"[{firsts}](?<!\\w.)(?:{branches})(?!\\w)", re.I)


@cache
def generic_words(lang: str | None) -> frozenset[str]:
    """The words for a kind of place that open a place's name in ``lang`` ("Praia", "Vale", "Lake"), or in
    any language (None: a text keeps "Serra da Lousã" untranslated), folded and in lower case: the place is
    the name that goes on after them (``generic_words`` of the places)."""
    lists = table("places").get("generic_words", {})
    chosen = lists.values() if lang is None else [lists.get(lang) or ()]
    return frozenset(fold(str(w)).lower() for words in chosen for w in words)


_ENCLITIC = re.compile(r"-([^\W\d_]+)(?![\w-])")


def enclitic_after(text: str, end: int, lang: str) -> bool:
    """Does a pronoun joined by a hyphen follow the word that ends at ``end`` ("Medimo-nos", « Rendons-nous »)?
    Then that word is a verb. Not inside a name of hyphenated words ("Bourg-la-Reine")."""
    m = _ENCLITIC.match(text, end)
    return m is not None and m.group(1) in words(lang).enclitics


@cache
def terms(items: tuple[tuple[str, str], ...]) -> Index:
    return index(dict(items), re.I)


def glossary_items(glossary: Mapping[str, Any]) -> tuple[tuple[str, str], ...]:
    """(folded term, 'section:key') for every glossary section that maps keys to strings.

    The section's name is made singular: ``levels: {bronze: Bronce}`` gives ``level:bronze``.
    Headings are the templates' wording, not facts ("Sobre" is also a preposition), and so are the
    words for types of organisation ("uma empresa" is any company).
    """
    items = []
    for section, entries in glossary.items():
        if isinstance(entries, Mapping) and section not in ("headings", "types"):
            name = str(section)
            name = name[:-3] + "y" if name.endswith("ies") else name.removesuffix("s")
            for key, term in entries.items():
                if isinstance(term, str) and term.strip():
                    items.append((fold(term.strip()).lower(), f"{name}:{key}"))
    return tuple(sorted(items))


def default_glossary(lang: str) -> Mapping[str, Any]:
    try:
        return Catalog.find().glossary(lang)
    except DrafterError:
        return {}


def written_out(value: str, lang: str) -> bool:
    """Does the table of bodies give ``lang`` a name for this body written out, not just its acronym?"""
    bodies = table("bodies")
    entry = bodies["bodies"].get(value) or bodies["concepts"].get(value) or {}
    return any(" " in str(form) for form in entry.get(lang) or ())


def forms_of(value: str, lang: str) -> tuple[str, ...]:
    """How ``lang`` (and English, which every language borrows acronyms from) writes a body or concept."""
    bodies = table("bodies")
    entry = bodies["bodies"].get(value) or bodies["concepts"].get(value) or {}
    return tuple(str(f) for f in (*(entry.get(lang) or ()), *(entry.get("en") or ())))
