"""How English names an award by its name: a phrase that says no noun, a scheme's brand, the noun it is won
or achieved by. The lead's view (:func:`drafter.lang.award_nouns.noun_view`) reads these answers."""

from __future__ import annotations

from .awards import CERTIFICATES, EN_AWARD_NOUNS


def head_en(name: str) -> str:
    """The first noun of an English award's name that says what it is: "award" in "King's Award for
    Enterprise", "label" in "Cluster Management Excellence Label"; "" for none."""
    return next((w for w in name.lower().split() if w in EN_AWARD_NOUNS), "")


def phrase_en(name: str) -> bool:
    """Whether an English award's name is a phrase that says no noun ("Investors in People", "Great Place
    to Work"), which English names without "the": a word in lower case and none of EN_AWARD_NOUNS."""
    words = name.split()
    # A foreign name's own small words ("Selo de Qualidade", "Prix de l’Innovation") say nothing of English.
    english = [w for w in words[1:] if w.islower() and w not in _FOREIGN_LINKS and not w.startswith(("l’", "d’"))]
    return bool(english) and not {w.lower() for w in words} & EN_AWARD_NOUNS


_FOREIGN_LINKS = frozenset(
    "de da do dos das del della di van von der den du la le les des el los las y e et und für".split()
)


_NOT_BRANDS = frozenset(
    (
        # A title a place is named ("European Green Capital"), then foreign nouns of awards.
        "capital capitals city cities town village region destination "
        "selo sello sceau marca bandeira bandera pavillon prémio premio prix galardão galardón trofeo troféu trophée "
        "médaille medalha medalla charte carta estrela estrella étoile"
    ).split()
)
"""Words that keep a name of capitals without an English noun from reading as a scheme's brand: a title a
place is named, and the nouns by which a foreign name says what it is ("the Bandeira Azul")."""


def brand_en(name: str) -> bool:
    """Whether an English award's name is a scheme's brand, every word a capital and none a noun that says
    what it is ("Cyber Essentials Plus", "Top Employer", "B Corp", "Athena Swan", "EMAS"): named, as a
    phrase is, without "the", and renewed as "its Cyber Essentials Plus certification"; never a standard's
    code, which has digits ("ISO 9001:2015")."""
    words = name.replace("’", "'").split()
    if not words or any(not w[:1].isupper() or any(c.isdigit() for c in w) for w in words):
        return False
    lowered = {w.lower().strip(".,'") for w in words}
    return not lowered & (EN_AWARD_NOUNS | _NOT_BRANDS | set(CERTIFICATES))


WON_EN = frozenset("award awards prize prizes medal trophy cup".split())
"""The last words of an English award's name that say it is won, not achieved: "has won the King's Award
for Enterprise", "has won the Queen's Prize", as its headline "wins" it; a label, a seal, a mark or a
charter is achieved."""
