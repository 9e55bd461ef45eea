"""How each language says an award's level (``award.tier`` in the view): with the noun it qualifies and
its article ("o nível Ouro", "la categoría 5 Estrellas", "the Excellent level", « le niveau Or »), alone
where it is what was won ("a prata do Concurso…", "el oro del Concurso…", "a Menção Honrosa"), and, in
English, after the award ("at Gold level").

A metal is named by the glossary's word and has the gender of that word; a level of the scheme's own is
named as the facts give it, with the gender of its noun or of its name said alone (:mod:`drafter.facts.levels`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ..facts.levels import OwnLevel, given, level_text
from ..grammar import with_article
from .competitions import Competitions, medal_won
from .model import Words
from .ranks import as_place


@dataclass(frozen=True)
class LevelWords:
    """One language's words for a level."""

    noun: str
    """The word a level qualifies: nível, nivel, level, niveau."""
    gender: str = "m"
    """That word's gender."""
    metals: Mapping[str, str] = field(default_factory=dict)
    """A metal's gender where it is said alone, as what was won, when not m: a prata, la plata."""
    metal_lower: bool = False
    """Whether a metal said alone is written in lower case, as a common noun: el oro del Concurso…, o ouro
    do Concurso…, "gold in the…", « l’or du prix… » (a capital metal in running text is a typo)."""
    metal_article: bool = True
    """Whether a metal said alone takes the definite article: "o ouro", not English "gold in the…"."""
    place_gender: str = "m"
    """The gender of the word for a place a rank is said as (:data:`drafter.lang.ranks.PLACES`): « la
    deuxième place »."""
    noun_after: bool = False
    """Whether the noun follows the level's name: the Gold level (English), not o nível Ouro."""
    won_in: str = "de"
    """The word between what was won and the award: "el oro del Premio…", "gold in the… Prize"."""


LEVEL_WORDS: Mapping[str, LevelWords] = {
    "pt": LevelWords("nível", metals={"silver": "f", "platinum": "f"}, metal_lower=True),
    "es": LevelWords("nivel", metals={"silver": "f"}, metal_lower=True),
    "en": LevelWords("level", noun_after=True, metal_lower=True, metal_article=False, won_in="in"),
    "fr": LevelWords("niveau", metal_lower=True, place_gender="f"),
}
"""Per language; a language not listed says a level as English does, by its name and "level" after it."""


def tier_view(
    level: str | OwnLevel | None,
    lang: str,
    metal_name: Callable[[str], str],
    articles: Callable[[str], Mapping[str, str]],
    grammar: Words,
    prize: bool = False,
    competition: Competitions | None = None,
) -> dict[str, Any] | None:
    """``award.tier`` (and ``award.previous.tier``): the level as ``lang`` says it. ``name``; ``own``,
    whether the scheme names it itself; ``alone``, whether it is a noun of its own; ``gender``, of what is
    said; ``the``, ``of``, ``to`` and ``at`` the phrases with their article ("o nível Ouro", "do nível
    Ouro", "ao nível Ouro", "no nível Ouro"; English "the Gold level", "at Gold level"); ``won``, the level
    as what was won ("o ouro", "la plata", "gold", « l’or », "a Menção Honrosa", "the Grand Prix");
    ``kind``, what it is: a ``metal``, a ``place`` or a level of the scheme's ``own``; ``within``, the
    English word after it, before the award ("second place in the…", "the Honourable Mention of the…").
    In a ``prize`` (an award named by its word for a prize), a rank named as a prize is the place it is:
    "o segundo lugar do Prémio…", "el segundo puesto del Premio…", "second place in the… Prize", « la
    deuxième place du prix… », never a prize of the prize (:func:`drafter.lang.ranks.as_place`). A metal
    won at a ``competition`` is one of its medals, won at it: "a gold medal at the…", "una medalla de oro
    en el…" (``kind`` ``medal``, :mod:`drafter.lang.competitions`)."""
    if level is None:
        return None
    said = LEVEL_WORDS.get(lang, LEVEL_WORDS["en"])
    place = as_place(level_text(level, lang), lang) if prize and not isinstance(level, str) else None
    if isinstance(level, str):
        name, alone, noun, noun_gender, article = metal_name(level), False, said.noun, said.gender, True
        metal_gender = said.metals.get(level, "m")
    elif place is not None:  # "segundo lugar", "second place": a noun of its own, with the place's gender
        name, alone, noun, noun_gender, metal_gender = place, True, said.noun, said.place_gender, said.place_gender
        article = said.metal_article
    else:
        name, alone = level_text(level, lang), level.alone
        noun = given(level.noun, lang) or said.noun
        noun_gender = given(level.gender, lang) or (said.gender if level.noun is None and not alone else "m")
        article = bool(given(level.article, lang) if given(level.article, lang) is not None else True)
        metal_gender = noun_gender
    phrase = name if alone else (f"{name} {noun}" if said.noun_after else f"{noun} {name}")
    forms = articles(noun_gender if article else "none")

    def said_with(form: str, words: str = phrase) -> str:
        return with_article(str(forms.get(form, "")), words, grammar)

    if isinstance(level, str):
        metal = name.lower() if said.metal_lower else name
        the = str(articles(metal_gender).get("the", "")) if said.metal_article else ""
        won = with_article(the, metal, grammar)
        if competition is not None:
            won = medal_won(competition, metal_name(level).lower(), grammar)
    else:
        won = said_with("the")
    if not said.noun_after or alone:
        at = said_with("at")  # "no nível Ouro"; a level said alone is said of the award instead (templates)
    elif isinstance(level, str) or level.noun is None:
        at = f"at {phrase}"  # "at Gold level"
    else:
        at = "in " + said_with("the")  # "in the 5 Star category"
    return {
        "name": name,
        "own": not isinstance(level, str),
        "alone": alone,
        "gender": noun_gender,
        "the": said_with("the"),
        "The": said_with("The"),
        "of": said_with("of"),
        "to": said_with("to"),
        "at": at,
        "won": won,
        "kind": ("medal" if competition else "metal") if isinstance(level, str) else "place" if place else "own",
        # English: a place is won in the award ("second place in the… Award"), a level of its own is the
        # award's, a competition's medal is won at it
        "within": "at" if competition and isinstance(level, str) else "in" if place is not None else "of",
        # what joins what was won to the award: "gold in the…", "el oro del…"; a medal is won at a competition
        "won_in": competition.at if competition and isinstance(level, str) else said.won_in,
    }


@dataclass(frozen=True)
class MetalNames:
    """How a language names a medal, a trophy or a cup with its metal: "Medalha de Ouro Olea Verona",
    "Trofeo de Oro a la Innovación", "Troféu Inovação de Ouro", "the Gold Innovation Trophy", « le trophée
    d’or de l’Innovation». One rule for all four: the metal is part of the name, never a noun of its own
    before it ("el oro del Trofeo…" reads as the gold of a trophy). A prize or an award is no such thing: its
    metal is what was won in it, a noun of its own ("gold in the Water Innovation Prize", "o ouro do Prémio…",
    "el oro del Premio…", « l’or du prix… »: ``won`` in :func:`tier_view`)."""

    medals: frozenset[str]
    """The nouns that take their metal right after them, whatever follows (folded to lower case): a medal
    is a "Medalha de Ouro" before it is anything else."""
    trophies: frozenset[str] = frozenset()
    """The nouns that take it right after them before a complement ("Trofeo de Oro a la Innovación") and
    after the name they head when that name is in apposition, all capitals ("Troféu Inovação de Ouro"); a
    name in apposition with words in lower case has no place for it ("Troféu Vinho do Ano", "Trofeo Garnacha
    de Excelencia"), and the metal is said alone, of the trophy ("a prata do Trofeo Garnacha de Excelencia")."""
    last: bool = False
    """Whether the noun ends the name (English): a medal takes its metal before it ("Olea Verona Gold
    Medal"), a trophy or a cup before the whole name ("the Gold Innovation Trophy")."""
    of: str = "de"
    """What joins the metal to a noun that opens the name."""
    in_templates: bool = False
    """Whether the language's templates name it themselves (French elides and lowers the metal: « le
    trophée d’or »), asking :func:`takes_metal` only whether a name does."""

    def heads(self) -> frozenset[str]:
        return self.medals | self.trophies


METAL_NAMES: Mapping[str, MetalNames] = {
    "pt": MetalNames(frozenset({"medalha"}), frozenset({"troféu", "taça"})),
    "es": MetalNames(frozenset({"medalla"}), frozenset({"trofeo", "copa"})),
    "en": MetalNames(frozenset({"medal"}), frozenset({"trophy", "cup"}), last=True),
    "fr": MetalNames(frozenset({"médaille", "trophée", "coupe"}), in_templates=True),
}
"""Per language; a language not here names no metal in a name."""


def takes_metal(lang: str, name: str) -> bool:
    """Whether ``name`` is headed by a noun that says its metal in its name (a medal, a trophy, a cup), in
    ``lang``."""
    rule = METAL_NAMES.get(lang)
    words = name.split()
    return rule is not None and len(words) >= 2 and (words[-1] if rule.last else words[0]).casefold() in rule.heads()


def medal_named(lang: str, name: str, metal: str, metals: Mapping[str, str], whole: bool = True) -> str | None:
    """The medal, trophy or cup ``name`` with its ``metal`` said in it, as a native names it
    ("Medalla de Oro Olea Verona", not "el oro de la Medalla Olea Verona"), or the name itself where it says
    its metal already ("Grande Medalha de Ouro"); None for a name headed by no such noun, and where the
    templates name it (French). Not ``whole``, the noun and the metal alone, as a level held before is named:
    "a Medalha de Prata", "the Silver Medal"."""
    rule = METAL_NAMES.get(lang)
    if rule is None or rule.in_templates or not takes_metal(lang, name):
        return None
    words = name.split()
    head = (words[-1] if rule.last else words[0]).casefold()
    if whole and any(w.casefold() in _folded(metals) for w in words):
        return name  # "Medalha de Ouro": the name says its metal already
    if rule.last:
        if head in rule.medals or not whole:
            return " ".join([*(words[:-1] if whole else ()), metal, words[-1]])
        return " ".join([metal, *words])  # "Gold Innovation Trophy"
    if whole and head in rule.trophies and words[1][:1].isupper():
        if all(w[:1].isupper() for w in words[2:]):
            return " ".join([*words, rule.of, metal])  # "Troféu Inovação de Ouro": after the name in apposition
        return None  # "Troféu Vinho do Ano": no place in it, the metal is said alone ("o ouro do Troféu…")
    return " ".join([words[0], rule.of, metal, *(words[1:] if whole else ())])


def _folded(metals: Mapping[str, str]) -> set[str]:
    return {m.casefold() for m in metals.values()}
