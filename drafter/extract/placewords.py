"""Words the name scan leaves out of a name: a word for a kind of place ("Praia", "Vale", "Lake", "Valley")
beside the place's own name, and a verb with its pronoun joined by a hyphen ("Medimo-nos").

"Praia da Foz do Almograve" is "playa de Foz do Almograve" and "Foz do Almograve beach": the place is the
name after the word ("Praia" alone is the capital of Cabo Verde), and "Vale do Douro" is "valle del Duero".
The words are data (``generic_words`` in ``drafter/data/places.yaml``); English puts them after the name too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .names import enclitic_after

if TYPE_CHECKING:
    from .wordscan import WordScan

OF = frozenset("of de da do das dos del du des di d for para pour".split())
"""Small words a body's or a place's name may go on with ("Conselho Europeu de Turismo", "Vale do Douro")."""


def generic_before(ws: WordScan, k: int) -> bool:
    """Is word k a word for a kind of place before a small word of a name: "Praia" of "Praia da Foz do
    Almograve", "Vale" of "Vale do Douro"? In any language's words: a text may keep "Serra da Lousã"."""
    if ws.lows[k] not in ws.any_generic or k + 1 >= len(ws.spans) or ws.join(k + 1) != "":
        return False
    return ws.lows[k + 1] in OF


def generic_behind(ws: WordScan, k: int) -> bool:
    """Is word k a word for a kind of place after a place read already, in a language that puts it there:
    "Bay" of "Setúbal Bay and Amoreira Beach"?"""
    return (
        ws.lang.generic_after
        and ws.lows[k] in ws.generic
        and k > 0
        and ws.join(k) == ""
        and not ws.st.free(*ws.spans[k - 1])
    )


def generic_beside(ws: WordScan, k: int) -> bool:
    """Is word k, a name of one word, a word for a kind of place next to a place or a name read already:
    "Vale" before "do Douro", "Lake" before "Geneva", "Valley" after "the Douro"?"""
    if ws.lows[k] not in ws.any_generic:
        return False
    after = k + 1 < len(ws.spans) and ws.join(k + 1) == "" and not ws.st.free(*ws.spans[k + 1])
    return generic_before(ws, k) or after or generic_behind(ws, k)


def verb(ws: WordScan, k: int) -> bool:
    """Is word k a verb with its pronoun joined by a hyphen ("Medimo-nos", "Dedica-se")?"""
    return ws.join(k + 1) == "-" and enclitic_after(ws.st.text, ws.spans[k][1], ws.st.rules.lang)
