"""Whether a body's short name is an acronym of its full name, which decides its article in French and
Spanish: « la FRCO » for the Fédération régionale de cyclisme d’Occitanie, «el CNIO», « l’ARTEX »."""

from __future__ import annotations

import re
import unicodedata


def spelt_from(name: str, full: str) -> bool:
    """Whether ``name``, one word with two capitals or more, is spelt from the letters of ``full`` in order,
    from its first: "ARTEX" of "Association roubaisienne du textile", "LabSol" of "Laboratoire des sols…"."""
    if not (name.isalpha() and sum(c.isupper() for c in name) > 1 and name[0].isupper()):
        return False
    folded = "".join(c for c in unicodedata.normalize("NFKD", full) if not unicodedata.combining(c)).upper()
    if not folded.startswith(name[0]) or name.casefold() in full.casefold():
        return False
    rest = iter(folded)
    return all(letter in rest for letter in name.upper())


_SMALL_WORDS = frozenset("de du des d la le les l et pour en sur aux au à of the and for da do das dos del y e".split())


def initials_of(name: str, full: str) -> bool:
    """Whether ``name`` is an acronym of ``full``: its capitals are, in order, initials of the full name's
    words, the first word's first ("FRCO" of "Fédération régionale de cyclisme d’Occitanie")."""
    if not (name.isupper() and name.isalpha() and len(name) > 1):
        return False
    folded = "".join(c for c in unicodedata.normalize("NFKD", full) if not unicodedata.combining(c))
    letters = [w[0].upper() for w in re.findall(r"[^\W\d_]+", folded) if w.lower() not in _SMALL_WORDS]
    if not letters or letters[0] != name[0]:
        return False
    rest = iter(letters)
    return all(letter in rest for letter in name)
