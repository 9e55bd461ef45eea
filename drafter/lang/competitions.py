"""A competition's medals: what a metal is when it is won at a competition, a contest or a show that judges
entries ("World Grenache Wine Competition", "Concurso Mundial de Vinos", « Concours mondial des vins »).

Such a competition gives many medals of each metal, one to each entry that earns it, so a winner takes *a*
gold medal *at* it: "wins a gold medal at the World Grenache Wine Competition", "gana una medalla de oro en
el Concurso…", "conquista uma medalha de ouro no Concurso…", « remporte une médaille d’or au Concours… ».
Said as a prize's level ("gold in the World Grenache Wine Competition", « l’or du Concours… »), it reads
as if the winner had won the whole competition, which is false.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType as frozen

from ..grammar import with_article
from .model import Words


@dataclass(frozen=True)
class Competitions:
    """How a language names a competition and the medal won at it."""

    heads: frozenset[str]
    """The nouns that head a competition's name (folded to lower case)."""
    medal: str
    """The medal with its indefinite article, the metal as ``{metal}``: "a {metal} medal"."""
    at: str
    """The word a medal is won at the competition with: "at", "en", "em", « à »."""
    of: str = ""
    """The word that joins the metal after the medal, elided where the language elides ("d’or")."""
    word: str = "medal"
    """The medal named again: "presented the medal"."""
    gender: str = "f"
    last: bool = False
    """Whether the noun ends the name (English); else it opens it."""


COMPETITIONS: Mapping[str, Competitions] = frozen(
    {
        "pt": Competitions(frozenset({"concurso", "certame"}), "uma medalha {metal}", "em", of="de", word="medalha"),
        "es": Competitions(frozenset({"concurso", "certamen"}), "una medalla {metal}", "en", of="de", word="medalla"),
        "en": Competitions(frozenset({"competition", "contest", "competitions"}), "a {metal} medal", "at", last=True),
        "fr": Competitions(frozenset({"concours"}), "une médaille {metal}", "à", of="de", word="médaille"),
    }
)
"""Per language; a language not here says a competition's metal as a prize's."""


def competition(name: str, lang: str) -> Competitions | None:
    """The language's rule when the award ``name`` is a competition, by the noun that heads it (the last
    word in English, after a year or an edition's number; the first elsewhere); else None."""
    rule = COMPETITIONS.get(lang)
    words = [w for w in name.split() if not w.isdigit()]
    if rule is None or not words:
        return None
    return rule if (words[-1] if rule.last else words[0]).casefold() in rule.heads else None


def medal_won(rule: Competitions, metal: str, grammar: Words) -> str:
    """A medal of ``metal`` (as the language names it, in lower case) with its indefinite article: "a gold
    medal", "una medalla de oro", "uma medalha de ouro", « une médaille d’or »."""
    said = with_article(rule.of, metal, grammar) if rule.of else metal
    return rule.medal.format(metal=said)
