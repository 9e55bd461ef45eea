"""The words each language needs beyond CLDR, one module a language: adding a language is adding data.

CLDR (through Babel) gives month and weekday names, number separators, country
and currency names. What it lacks, each language module here gives as one
:class:`Words`: number and ordinal words, the word that joins numbers ("y",
"and"), scale and approximate words ("veintena", "dozen"), the words that join
the two ends of a range, the small words inside proper names ("de", "of"),
function words, titles before names, currency words people write, and the
quotation marks of a quotation and of a quotation inside it.
"""

from __future__ import annotations

from functools import cache
from importlib import import_module

from .model import Words

SHIPPED = ("en", "es", "fr", "pt")
"""Languages with a words module; any other language reads digits, dates and names only."""


@cache
def words(lang: str) -> Words:
    """The words of ``lang``; an empty set for a language drafter has no words for."""
    if lang in SHIPPED:
        module = import_module(f"{__name__}.{lang}")
        found: Words = module.WORDS
        return found
    return Words(code=lang)


__all__ = ["SHIPPED", "Words", "words"]
