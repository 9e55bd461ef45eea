"""The noun an award's name says it is, or its kind's, and how the text writes it (``award.noun`` in the
view): with its article, before the name, named again after the lead, and what a certification's issuer
hands over. From the tables of :mod:`drafter.lang.awards`; English's phrases and brands from
:mod:`drafter.lang.en_awards`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import MappingProxyType as frozen
from typing import Any

from ..grammar import with_article
from .accreditations import ACCREDITATIONS
from .awards import AWARDS, CERTIFICATES, HANDED, PAPERS
from .en_awards import WON_EN, brand_en, head_en, phrase_en
from .model import Words


@dataclass(frozen=True)
class AwardNoun:
    """The noun an award's name says it is, or the kind's noun when it says none."""

    word: str
    in_name: bool
    gender: str
    again: str


PRIZE_WORDS = frozenset(
    (
        "prize prizes award awards trophy medal cup prémio prémios troféu galardão medalha taça premio premios "
        "trofeo galardón medalla copa prix trophée médaille coupe palme"
    ).split()
)
"""Words by which an award's name, in any of the languages, says it is a prize: who holds one won it, and is
its winner ("brings its winners", "ofrece a los premiados", "oferece aos premiados", « à ses lauréats »),
not a label's holder."""


def prized(name: str) -> bool:
    """Whether ``name`` says it is a prize, a medal, a trophy or a cup ("European Green Leaf Award", "Prémio
    Folha Verde Europeia", « prix Feuille verte européenne »), in whichever language it is kept in."""
    return any(word.strip(".,’'") in PRIZE_WORDS for word in name.lower().split())


def award_noun(lang: str, kind: str, name: str) -> AwardNoun | None:
    """The noun ``name`` says it is, for a ``kind`` of release in ``lang``; None where the language's
    templates name such an award by its name alone."""
    nouns = AWARDS.get((lang, kind))
    if nouns is None:
        return None
    words = name.lower().split()
    found = nouns.last.get(words[-1]) if words else None
    if found is None:
        found = next((nouns.held[w] for w in words if w in nouns.held), None)
    word = found or nouns.default
    gender = nouns.genders.get(word, "f" if not found else "m")
    again = nouns.again.get(word) or nouns.again.get(gender) or word
    return AwardNoun(word, found is not None, gender, again)


def noun_view(
    lang: str,
    kind: str,
    name: str,
    articles: Callable[[str], Mapping[str, str]],
    grammar: Words,
    scheme: Mapping[str, Any] | None = None,
) -> dict[str, Any] | None:
    """``award.noun``: the noun the award's name says it is (``word``; ``in_name``, whether the name
    says it; ``gender``), and as the text writes it: ``the`` ("el sello", "le trophée", "la
    certificación"), ``before`` (what goes before the name: its noun's article where the name says
    it, "el", else ``the``) and ``again`` (the noun that names it again after the lead: "o selo");
    English's ``phrase``, a name said without "the", and ``brand``, a scheme's brand named as a certification."""
    found = award_noun(lang, kind, name)
    if found is None:
        return None
    if scheme is not None:  # the facts' own noun (award.noun) before any the name or the kind says
        found = AwardNoun(scheme["word"], scheme["in_name"], scheme["gender"], scheme["word"])
    # A scheme's brand, named bare and as a certification: "has achieved Cyber Essentials Plus certification".
    brand = lang == "en" and kind in ("award", "renewal") and brand_en(name)
    the = with_article(articles(found.gender).get("the", ""), found.word, grammar) if found.word else ""
    again_gender = found.gender if scheme is not None else AWARDS[(lang, kind)].genders.get(found.again, found.gender)
    again = with_article(articles(again_gender).get("the", ""), found.again, grammar) if found.again else ""
    return {
        "word": found.word,
        "in_name": found.in_name,
        "gender": found.gender,
        "the": the,
        "before": articles(found.gender).get("the", "") if found.in_name else the,
        "again": again,
        "paper": _paper(lang, kind, found, articles, grammar, scheme is not None),
        "phrase": lang == "en" and kind in ("award", "renewal", "prize") and (phrase_en(name) or brand),
        "brand": brand,
        # A first award that is a prize, a medal or a cup is won, as its headline says; a label is achieved.
        "won": lang == "en" and kind == "award" and head_en(name) in WON_EN,
    }


def _paper(
    lang: str,
    kind: str,
    found: AwardNoun,
    articles: Callable[[str], Mapping[str, str]],
    grammar: Words,
    given: bool = False,
) -> dict[str, Any] | None:
    """``award.noun.paper``: what a certification's issuer hands over, ``word`` and ``the`` ("the
    label", "o selo"; "the certificate" when the name says no label or seal), its ``gender``, and
    ``label``, whether it is a label or a seal, which is awarded rather than issued, and ``accredited``,
    whether the name says it is an accreditation, which is granted; a noun the facts give (``given``) says
    so as the name would."""
    papers = PAPERS.get(lang)
    if kind != "certification" or papers is None:
        return None
    said = found.in_name or given
    label = papers.get(found.word) if said else None
    word = label or papers[""]
    gender = CERTIFICATES.get(word, "m")
    return {
        "word": word,
        "the": with_article(articles(gender).get("the", ""), word, grammar),
        "gender": gender,
        "label": label is not None,
        "accredited": said and found.word in ACCREDITATIONS,
    }


def _named(pairs: dict[str, tuple[str, str]]) -> Mapping[str, tuple[str, str]]:
    return {word: found for words, found in pairs.items() for word in words.split()}


AGAIN_NAMED: Mapping[str, Mapping[str, tuple[str, str]]] = {
    "fr": _named(
        {
            "label labels seal sello selo": ("label", "m"),
            "prix prize award premio prémio galardón galardão": ("prix", "m"),
            "trophée trophy trofeo troféu": ("trophée", "m"),
            "médaille medal medalla medalha": ("médaille", "f"),
            "coupe cup copa taça": ("coupe", "f"),
            "pavillon flag bandera bandeira": ("pavillon", "m"),
            "marque mark marca": ("marque", "f"),
            "charte charter carta": ("charte", "f"),
        }
    ),
    "pt": _named(
        {
            "selo label labels seal sello sceau": ("selo", "m"),
            "prémio prize award premio prix": ("prémio", "m"),
            "galardão galardón": ("galardão", "m"),
            "troféu trophy trofeo trophée": ("troféu", "m"),
            "medalha medal medalla médaille": ("medalha", "f"),
            "taça cup copa coupe": ("taça", "f"),
            "bandeira flag bandera pavillon": ("bandeira", "f"),
            "marca mark marque": ("marca", "f"),
            "carta charter charte": ("carta", "f"),
        }
    ),
    "es": _named(
        {
            "sello label seal selo sceau": ("sello", "m"),
            "distintivo": ("distintivo", "m"),
            "premio prize award prix prémio": ("premio", "m"),
            "galardón galardão": ("galardón", "m"),
            "trofeo trophy trophée troféu": ("trofeo", "m"),
            "medalla medal médaille medalha": ("medalla", "f"),
            "copa cup coupe taça": ("copa", "f"),
            "bandera flag pavillon bandeira": ("bandera", "f"),
            "marca mark marque": ("marca", "f"),
            "carta charter charte": ("carta", "f"),
        }
    ),
}
"""The noun a language names an award by again, after the lead, by the first word of its name (in any of
the languages) that says what it is: « Le label est valable… », « lui a décerné le prix », "El sello tiene
validez…"; a language or a name not here says "the distinction" in its templates."""


def again_named(lang: str, name: str, articles: Callable[[str], Mapping[str, str]], grammar: Words) -> str | None:
    """``award.again``: the award named again by its noun, with its article ("le label", "la médaille", "el
    sello"), or None where its name says no noun the language's table knows."""
    table = AGAIN_NAMED.get(lang, {})
    found = next((table[w] for w in name.lower().split() if w in table), None)
    if found is None:
        return None
    word, gender = found
    return with_article(articles(gender).get("the", ""), word, grammar)


GRANTED: Mapping[str, Mapping[str, str]] = frozen(
    {
        "en": frozen(
            {"": "granted", **dict.fromkeys(("label", "seal", "mark", "medal", "trophy", "cup", *HANDED), "awarded")}
        )
    }
)
"""The verb by which a language says the issuer gave the award, by the noun it is named with ("" for any
other): English awards a label, a seal, a mark, a medal, a trophy, a cup, a flag, a badge or a charter
("awarded the seal", "awarded the medal") and grants an accreditation or an award. A language not here says
it in its templates."""


def granted_verb(lang: str, word: str) -> str:
    """The verb for what was given, named ``word``, in ``lang`` (English's where the language has none here)."""
    verbs = GRANTED.get(lang, GRANTED["en"])
    return verbs.get(word, verbs[""])
