"""What a type of one's own says that the name does not: "A Escola Secundária Rodrigues Lobo, uma
escola pública," not "uma escola secundária pública", whose "secundária" the name has just said.

The type keeps its noun (the first in Portuguese, Spanish and French, past an adjective before it; the
last in English), and a phrase after a preposition as a whole ("un instituto público de educación
secundaria" stays: "educación" is said nowhere else); an adjective the name says, by its stem or as a
cognate a reader sees ("public" in "Pública"), is left out, with the "and" beside it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from difflib import SequenceMatcher
from types import MappingProxyType as frozen

from ..said import COGNATE, STEM, folded
from .nouns import KIND_BEFORE

LINKS: Mapping[str, frozenset[str]] = frozen(
    {
        "pt": frozenset("de do da dos das em para com".split()),
        "es": frozenset("de del en para con".split()),
        "fr": frozenset("de du des d’ d' en pour à au aux avec".split()),
        "en": frozenset("of for in on at with".split()),
    }
)
"""Prepositions that open a phrase of a type, kept whole: "de educación secundaria", "of higher education"."""

AND = frozenset({"e", "y", "et", "and", "&"})


def _said(word: str, names: list[str]) -> bool:
    """Whether a name's words say ``word``: one stem of :data:`STEM` letters, or a cognate."""
    w = folded(word)
    if len(w) < 3:
        return False
    for n in names:
        if w == n or (len(w) >= STEM and len(n) >= STEM and w[:STEM] == n[:STEM]):
            return True
        if w[:1] == n[:1] and SequenceMatcher(None, w, n).ratio() >= COGNATE:
            return True
    return False


def unsaid_type(word: str, names: tuple[str | None, ...], lang: str) -> str:
    """``word``, a type of one's own, without the adjectives the organisation's ``names`` say."""
    tokens = word.split()
    said_words = [w for name in names if name for w in re.findall(r"\w+", folded(name))]
    links = LINKS.get(lang, frozenset())
    first_link = next((i for i, t in enumerate(tokens) if t.lower() in links), len(tokens))
    if lang == "en":
        head = first_link - 1
        loose = list(range(max(head, 0)))
    else:
        before = KIND_BEFORE.get(lang, frozenset())
        head = next((i for i, t in enumerate(tokens) if t.lower() not in before), 0)
        loose = [i for i in range(first_link) if i != head]
    if head < 0:
        return word
    dropped = {i for i in loose if tokens[i].lower() not in AND and _said(tokens[i], said_words)}
    for i in sorted(dropped):  # the "and" beside it goes too: "escola secundária e profissional"
        if i > 0 and tokens[i - 1].lower() in AND and i - 1 != head:
            dropped.add(i - 1)
        elif i + 1 < len(tokens) and tokens[i + 1].lower() in AND:
            dropped.add(i + 1)
    return " ".join(t for i, t in enumerate(tokens) if i not in dropped)
