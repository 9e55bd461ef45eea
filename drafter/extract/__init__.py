"""Find the facts a text mentions: the inverse of :mod:`drafter.localize`.

:func:`extract` reads a draft (Markdown, plain text or HTML with the tags
blanked) in one language and returns every fact mention with its position and
a canonical value that is the same in every language: "5 de março de 2013",
"5 de marzo de 2013" and "5 March 2013" all give ``2013-03-05``; "1 774",
"1.774" and "1,774" give ``1774``.

Recognisers run from the most specific to the most general, and a stretch of
text taken by one is closed to the rest: links and markup, e-mails, URLs,
phones, dates, times, list markers, hashtags, ordinals, numbers (with their
percent signs, currencies and scale words), then words: Roman numerals,
ordinal and number words, countries, glossary terms, names. Each module of
this package holds the recognisers of one family and says what it trades
for fewer false mentions.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Mapping
from dataclasses import fields
from functools import cache
from operator import attrgetter
from typing import Any

from babel import Locale

from ..localize import locale_for
from . import addresses as addresses_module
from . import dates as dates_module
from . import links, quantities, wordscan
from .addresses import addresses
from .areas import areas
from .canon import canon_number, canon_phone, canon_url
from .dates import dates, years_given
from .durations import in_months
from .links import markup
from .names import default_glossary, glossary_items, table, terms
from .patterns import rules
from .quantities import numbers
from .regions import regions
from .scan import WORD, Mention, Scan, fold, line_col, words_of
from .wordscan import WordScan


def _words(st: Scan) -> None:
    WordScan(st).run()  # the last recogniser: :func:`terms_among` runs those before it


RECOGNISERS: tuple[Callable[[Scan], None], ...] = (markup, addresses, dates, numbers, _words)
"""In order, the most specific first: a stretch of text one takes is closed to those after it."""
EMITTED: dict[str, tuple[str, ...]] = {
    "links": links.EMITS,
    "addresses": addresses_module.EMITS,
    "dates": dates_module.EMITS,
    "quantities": quantities.EMITS,
    "words": wordscan.EMITS,
}
"""What each recogniser module says it reports."""

__all__ = ["Mention", "canon_number", "canon_phone", "canon_url", "extract", "fold", "line_col", "terms_among"]


def extract(
    text: str,
    lang: str,
    *,
    locale: Locale | None = None,
    glossary: Mapping[str, Any] | None = None,
) -> list[Mention]:
    """Every fact mention in ``text``, written in ``lang``, in the order they appear.

    ``locale`` defaults to the language's European locale (pt_PT, es_ES, en_GB);
    ``glossary`` to the language's glossary in the template catalog.
    """
    locale = locale or locale_for(lang)
    if glossary is None:
        glossary = default_glossary(lang)
    st = Scan(text, rules(lang, str(locale)), terms(glossary_items(glossary)))
    for recognise in RECOGNISERS:
        recognise(st)
    newlines = [m.start() for m in re.finditer("\n", text)]
    mentions = []
    aliases = in_months(text, lang, st.found) | areas(text, st.found) | regions(text, st.found)
    aliases |= _spelt_out(text, st.found)
    marks = _end_marks(text, glossary)
    for start, end, kind, value in years_given(text, st.found):
        if marks and kind == "name" and start in marks:
            continue  # "FIN", "ENDS": the press's mark after the body, in no other language's words
        line = bisect.bisect_left(newlines, start)
        column = start - newlines[line - 1] if line else start + 1
        mentions.append(Mention(line + 1, column, kind, value, text[start:end], aliases.get(start, "")))
    return sorted(mentions, key=_ORDER)  # Mention's own order, compared in C rather than by its __lt__


def terms_among(
    text: str, lang: str, values: frozenset[str], *, glossary: Mapping[str, Any] | None = None
) -> frozenset[str]:
    """The values among ``values`` of the glossary terms :func:`extract` finds in ``text``.

    The word scan finds a term only at a word that opens one of its names (folded, in lower case): where no
    word of the text opens a name of a wanted term, there is none to find, and the text is not read (a
    facts file's texts, read for the levels they name, seldom name one)."""
    if glossary is None:
        glossary = default_glossary(lang)
    openers = {
        m.group().lower() for name, value in glossary_items(glossary) if value in values if (m := WORD.match(name))
    }
    if not openers or openers.isdisjoint(words_of(fold(text)).lows):
        return frozenset()
    # What :func:`extract` does up to the word scan's first pass, which finds every term: what follows adds
    # names, and dates given their year, and changes no term.
    st = Scan(text, rules(lang, str(locale_for(lang))), terms(glossary_items(glossary)))
    for recognise in RECOGNISERS[:-1]:
        recognise(st)
    WordScan(st).known_words()
    return frozenset(value for _, _, kind, value in st.found if kind == "term" and value in values)


END_MARKS = frozenset(("ENDS", "END", "FIN", "FIM"))
"""The marks a press release ends its body with, in the languages drafter writes, beside the glossary's own."""


def _end_marks(text: str, glossary: Mapping[str, Any]) -> frozenset[int]:
    """Where a line that holds only an end mark (with its emphasis or dashes: "**FIN**", "– FIN –",
    "-ENDS-") has it."""
    own = str(glossary.get("end_mark") or "")
    words = END_MARKS | {w for w in re.findall(r"\w+", own) if w.isupper()}
    if not any(word in text for word in words):
        return frozenset()
    pattern = r"^[^\w\n]*(" + "|".join(sorted(map(re.escape, words))) + r")[^\w\n]*$"
    return frozenset(m.start(1) for m in re.finditer(pattern, text, re.M))


_ORDER = attrgetter(*(f.name for f in fields(Mention)))
_DEFINED = re.compile(r"\s*\(\s*\Z")
_OF_PLACE = re.compile(r"\s+[^\W\d_]{1,3}\s+")
_PLACES = ("place", "country")


@cache
def _first_names() -> frozenset[str]:
    return frozenset(str(n) for n in table("first_names")["first_names"])


def _a_person(name: str) -> bool:
    """A name that opens with a first name: a person's, which spells out no acronym."""
    return name.split(None, 1)[0] in _first_names()


def _spelt_out(text: str, found: list[tuple[int, int, str, str]]) -> dict[int, str]:
    """A name followed by an acronym in brackets is that acronym spelt out: "Programa de Cooperación
    Técnica (PCT)", "Secretaría Europea de Análisis de Clústeres (ESCA)" take the acronym's key as an
    alias (by where they start)."""
    ordered = sorted(found)
    out: dict[int, str] = {}
    for i, (start, end, kind, _) in enumerate(ordered):
        if kind != "name" or " " not in text[start:end] or _a_person(text[start:end]):
            continue  # "Alain Herzog (EPFL)": a photographer and the body he works for
        j = i + 1
        while (
            j < len(ordered) and ordered[j][2] in ("place", "country") and _OF_PLACE.fullmatch(text, end, ordered[j][0])
        ):
            end, j = ordered[j][1], j + 1  # "... en Biomateriales de Asturias (CIBAS)"
        if j >= len(ordered):
            continue
        nxt_start, nxt_end, nxt_kind, nxt_value = ordered[j]
        short = text[nxt_start:nxt_end]
        if (
            nxt_kind in ("name", "body")
            and short.isupper()
            and _DEFINED.match(text, end, nxt_start)
            and text[nxt_end : nxt_end + 1] == ")"
        ):
            out[start] = f"{'nm' if nxt_kind == 'name' else 'b'}:{nxt_value}"
    return out
