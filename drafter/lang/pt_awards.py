"""Portuguese: the noun that names an award whose name says none, in a first award or a renewal.

The Portuguese press does not make a title or a foreign brand the object of "conquista" or "obteve" as if
it were a thing: a city wins "o título de Capital Europeia da Inovação", not "a Capital Europeia…", which
is the city itself; a hotel receives "o galardão Green Key", a company renews "o galardão Top Employer",
not "o Green Key", "o Top Employer". A name that says what it is ("Selo…", "Prémio…", "Label", "Award",
"Bandeira Azul", "Medalha…") keeps its own article, as before; a certificate to a standard is renewed as
a certification by renewal.md itself.
"""

from __future__ import annotations

import re

from .awards import AWARD_HEADS, CERTIFICATES, EN_AWARD_NOUNS

TITLES = frozenset("capital cidade vila aldeia região município destino".split())
"""First nouns of a title a place is given ("Capital Verde Europeia", "Cidade Europeia do Desporto",
"Região Europeia da Gastronomia", "Município Amigo do Desporto"): "o título de …"."""

STATUSES = frozenset(("pme",))
"""First words of a status a company is given ("PME Líder", "PME Excelência"): "o estatuto …"."""

SCHEMES = frozenset("corp leed breeam passivhaus fsc pefc gots emas biosphere".split())
"""Words of a certification scheme known by its own name ("B Corp", "LEED Gold"): "a certificação …"."""

_NOUNS = frozenset(
    {
        *AWARD_HEADS["pt"],
        *AWARD_HEADS["es"],
        *AWARD_HEADS["fr"],
        *CERTIFICATES,
        *(EN_AWARD_NOUNS - {"key", "stars", "star"}),
        *"estatuto título chancela insígnia emblema reconhecimento etiqueta galardão flag awards".split(),
    }
)
"""Nouns, in any of the four languages, by which a name says what it is: such a name needs no noun
before it ("o Cluster Management Excellence Label", "a Bandeira Azul", "o Selo Água Segura")."""

_STRIP = ",.;:()«»\"'’“”"
_STANDARD = re.compile(r"[A-Z]{2,}(?:[/ -][A-Z]{2,})*[ -]\d")
"""A standard's code (ISO 14001:2015, UNE 166002): renewal.md names it as a certification itself."""


def classifier(kind: str, name: str) -> tuple[str, str] | None:
    """The noun, with its gender, that goes before an award's name in a Portuguese first award or
    renewal when the name says none: ("título de", "m"), ("estatuto", "m"), ("certificação", "f") or
    ("galardão", "m"); in a prize, only a title's ("vence o título de Capital Europeia…"); None for a
    name that says what it is, and in a certification or a grant."""
    if kind not in ("award", "renewal", "prize") or _STANDARD.match(name.strip()):
        return None
    words = [w.strip(_STRIP).lower() for w in name.split()]
    words = [w for w in words if w]
    if not words:
        return None
    if words[0] in TITLES:
        return ("título de", "m")
    if kind == "prize":  # a prize's name says "prémio" or its noun is read by prize.md (award.noun)
        return None
    parts = {p for w in words for p in w.split("-")}
    if parts & _NOUNS:
        return None
    if words[0] in STATUSES:
        return ("estatuto", "m")
    if parts & SCHEMES:
        return ("certificação", "f")
    return ("galardão", "m")
