"""Recognisers of names: countries, glossary terms, and the names of people and bodies.

- Countries: CLDR names in pt, es, en and the text's own locale, spelt with
  their capitals, accents optional, plus a few usual short forms (UK, USA,
  EE. UU., EUA). Left out because they are common words or other places too:
  Chad, Jordan, Jersey (New Jersey), Granada (the Spanish city), Guadalupe (a
  first name) and Réunion/Reunión/Reunião (a meeting).
- French levels "Or" and "Argent" are also "or" (but, now) and "argent"
  (money): they count only with a capital and not opening a sentence.
- Names are all-capital words of two letters or more (except function words
  such as DE, THE, LA) and words with an inner capital (SECPhO, iPhone). A line
  with no lower-case letter and a function word ("NOTA DE IMPRENSA") is a
  heading in capitals: its words are not names.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache
from typing import Any

from babel import Locale

from ..catalog import Catalog
from ..errors import DrafterError
from ..localize import COUNTRY_CODES
from .scan import Index, fold, index

COMMON_WORD_TERMS = {"fr": frozenset({"or", "argent"})}
"""Glossary terms that are also everyday words ("or": but, now; "argent": money): they count
only when written with a capital and not opening a sentence, as the levels Or and Argent are."""
STOPWORDS = frozenset(
    "DE DA DO DAS DOS DEL LA LAS LOS EL EN EM NO NA NOS NAS AO AOS AL UM UMA UN UNA THE OF AND "
    "OR TO IN ON AT BY FOR WITH FROM AS IS IT BE ARE OUR CON COM POR PARA SE SU SUS SEU SUA QUE "
    "OU LE LES DU DES ET AU AUX UNE POUR PAR SUR DANS".split()
)
_COUNTRY_SKIP = frozenset("Chad Jordan Jersey Granada Guadalupe Reunion Reuniao".split())
_COUNTRY_ALIASES = {
    "GB": "UK|U.K.|Great Britain|Gran Bretana|Gra-Bretanha",
    "US": "USA|U.S.A.|U.S.|EUA|EE. UU.|EE.UU.|United States of America|Estados Unidos de America"
    "|Estados Unidos da America",
    "NL": "Holland|Holanda",
    "CZ": "Czech Republic|Republica Checa",
    "TR": "Turkey",
    "CI": "Ivory Coast|Costa do Marfim|Costa de Marfil",
}


@cache
def countries(locale_names: tuple[str, ...]) -> Index:
    """Country names as CLDR spells them (folded), and their parts around brackets."""
    names: dict[str, str] = {}
    for locale_name in locale_names:
        for code, title in Locale.parse(locale_name).territories.items():
            if code in COUNTRY_CODES:
                title = fold(title).replace("’", "'")
                # "Myanmar (Burma)": the whole name, and each of its two forms
                names.setdefault(title, code)
                forms = re.fullmatch(r"(.+) \((.+)\)", title)
                for part in forms.groups() if forms else ():
                    names.setdefault(part, code)
    for code, aliases in _COUNTRY_ALIASES.items():
        names.update(dict.fromkeys(aliases.split("|"), code))
    return index({n: code for n, code in names.items() if n and n not in _COUNTRY_SKIP})


@cache
def terms(items: tuple[tuple[str, str], ...]) -> Index:
    return index(dict(items), re.I)


def glossary_items(glossary: Mapping[str, Any]) -> tuple[tuple[str, str], ...]:
    """(folded term, 'section:key') for every glossary section that maps keys to strings.

    The section's name is made singular: ``levels: {bronze: Bronce}`` gives ``level:bronze``.
    Headings are the templates' wording, not facts ("Sobre" is also a preposition).
    """
    items = []
    for section, entries in glossary.items():
        if isinstance(entries, Mapping) and section != "headings":
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
