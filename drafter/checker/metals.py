"""A name said with its metal inside, as each language names a medal, a trophy or a cup won at a level
(:mod:`drafter.lang.levels`), and as an editor may still name a prize ("el Premio de Oro a la Innovación"):
the facts give "Troféu Inovação", the draft "o Troféu Inovação de Ouro". Both the check against the facts
and the comparison of versions find the name there."""

from __future__ import annotations

import re
import unicodedata

from ..extract.scan import MD_ESCAPE

_METALS = (
    r"(?:d'or|d'argent|de bronze|de platine|de vermeil|de ouro|de prata|de platina|de oro|de plata|de bronce"
    r"|de platino|gold|silver|bronze|platinum)"
)
"""A metal inside a name, in each language (text folded to lower case)."""


def metal_inside(name: str, text: str) -> bool:
    """``name`` said in ``text`` with a metal inside it, before it or after it: « la médaille d’or EcoVadis »,
    "la Medalla de Oro Olea Verona", "the Gold Innovation Trophy", "o Troféu Inovação de Ouro" for the
    Médaille EcoVadis, the Medalla Olea Verona, the Innovation Trophy, the Troféu Inovação; both
    :func:`searchable`."""
    words = name.split(" ")
    if len(words) < 2:
        return False
    for i in range(len(words) + 1):
        before, after = " ".join(words[:i]), " ".join(words[i:])
        pattern = re.escape(before) + (" " if before else "") + _METALS + (" " if after else "") + re.escape(after)
        if re.search(pattern, text) is not None:
            return True
    return False


def searchable(text: str) -> str:
    """``text`` as names are looked for in it: its apostrophes straight, its escapes undone, its spaces one,
    folded to lower case."""
    text = text.replace("’", "'")  # a draft prints the apostrophe a facts file types straight
    if "\\" in text:  # Markdown's escapes ("\*") taken off; with no backslash there are none
        text = MD_ESCAPE.sub(r"\1", text)
    return " ".join(text.split()).casefold()


def unaccented(text: str) -> str:
    """``text`` without its accents, as the term base folds the names it holds ("trofeu", "trophee")."""
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
