"""Whether a name already says a word or a phrase, or an event a date, so that the lead does not say it twice.

"ONDABIO (Iberian Marine Biotechnology Cluster)" is not followed by "a cluster", nor "una
federación deportiva" by "del sector del deporte". Case and accents aside, and for a phrase its
words' endings too: the view uses these to leave out a type or a sector a name already states.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from difflib import SequenceMatcher

from .facts.dates import Month
from .lang.frequency import common

STEM = 5
"""Letters two words share to be one word for :func:`said_by`: deporte and deportiva, museo and museos."""

MEANING = 4
"""Words shorter than this (articles, "de", "and", "of") say nothing of a sector on their own."""


def says(name: str, word: str) -> bool:
    """Whether ``name`` holds ``word`` as words, whatever the case and accents: Cluster Habitat holds clúster."""
    return bool(word) and re.search(rf"(?<!\w){re.escape(folded(word))}(?!\w)", folded(name)) is not None


def said_by(phrase: str, names: list[str], endings: tuple[str, ...] | None = None) -> bool:
    """Whether every word of ``phrase`` that means something is a word of one of ``names``, its ending
    aside: "el deporte" is said by "federación deportiva", "los museos" by "Museo Textil", "footwear"
    by "family footwear company"; "public healthcare" is not said by "public body".

    ``endings``, for a language whose words a name in another language may look like (English), are the
    only endings two words may differ by: "museums" is said by "Museum", but "olive oil" is not said by
    "Oliveiras do Tua", whose "Oliveiras" an English reader does not read as olive trees."""
    words = _stems(phrase, endings)
    return bool(words) and any(words <= _stems(name, endings) for name in names)


COGNATE = 0.8
"""How alike two words are (difflib's ratio, accents aside) for a reader to see one in the other:
"tourism" in "Turismo" (0.86), « tourisme » (0.8); not "fruit" in "Frutas" (0.73), "olive" in
"Oliveiras" (0.71), which a reader of another language does not read as the same word."""


def cognates_say(phrase: str, names: list[str]) -> bool:
    """Whether every word of ``phrase`` that means something has its cognate in one of ``names``, as a
    reader sees it across languages: "tourism" and "le tourisme" are said by "Turismo Vale do Arda", so
    "which works in the tourism sector" would say it twice."""
    words = [w for w in re.findall(r"\w+", folded(phrase)) if len(w) >= MEANING]
    return bool(words) and any(
        all(any(_cognate(w, n) for n in re.findall(r"\w+", folded(name))) for w in words) for name in names
    )


def _cognate(a: str, b: str) -> bool:
    return a[:1] == b[:1] and SequenceMatcher(None, a, b).ratio() >= COGNATE


def _stems(text: str, endings: tuple[str, ...] | None = None) -> set[str]:
    found = [w for w in re.findall(r"\w+", folded(text)) if len(w) >= MEANING]
    if endings is None:
        return {w[:STEM] for w in found}
    return {_base(w, endings) for w in found}


def _base(word: str, endings: tuple[str, ...]) -> str:
    """``word`` without the longest of ``endings`` it has, keeping a stem of :data:`STEM` letters."""
    cut = max((e for e in endings if word.endswith(e) and len(word) - len(e) >= STEM - 1), key=len, default="")
    return word[: len(word) - len(cut)] if cut else word


def at_event(date: dt.date | Month, first: dt.date | Month, last: dt.date | None) -> bool:
    """Whether an award dated ``date`` was presented at an event held from ``first`` to ``last``, so
    that the lead does not say its date again: the event's day, or a month the event falls in ("held
    from 3 to 5 June 2026", not then "in June 2026"). A day of an event of several days is said: the
    range names the days, not the one the award was presented on."""
    if not isinstance(date, Month) or first == date:
        return first == date and (last is None or last == first)
    days = [d for d in (first, last) if isinstance(d, dt.date)]
    return any((d.year, d.month) == (date.year, date.month) for d in days)


def folded(text: str) -> str:
    """``text`` in lower case, without accents: clúster is cluster."""
    if text.isascii():  # casefold() is lower() there, and there is nothing to decompose
        return text.lower()
    return unicodedata.normalize("NFD", text.casefold()).translate(_UNCOMBINED)


class _Uncombined(dict[int, int | None]):
    """``str.translate``'s table that drops combining marks (the accents NFD splits off) and keeps every
    other character, each character judged by Unicode once (at most 4,096 kept)."""

    def __missing__(self, code: int) -> int | None:
        kept = None if unicodedata.combining(chr(code)) else code
        if len(self) < 4096:
            self[code] = kept
        return kept


_UNCOMBINED = _Uncombined()


def shared_words(award: str, event: str, levelled: bool, lang: str) -> tuple[str, ...]:
    """The words of a prize's name its event's name says too ("Vinalia" of "Medalla Vinalia" and "Concurso
    Internacional Vinalia"), which a headline that names both need not say twice: "gana la Medalla de Oro en
    el Concurso Internacional Vinalia". None where the name would be left a bare noun ("Premio Alimentaria"
    at the "Feria Alimentaria" keeps its name): what remains needs a level, which then names it ("Gold
    Medal"), or a capitalised word after its first. Only a name's own words: an ordinary word of the
    language both share ("International") is part of each name, and stays."""
    said = {folded(w) for w in event.split()}
    shared = tuple(
        w
        for w in award.split()
        if w[:1].isupper() and len(w) >= MEANING and folded(w) in said and not common(w.lower(), lang)
    )
    rest = [w for w in award.split() if w not in shared]
    if not shared or not rest or not (levelled or any(w[:1].isupper() for w in rest[1:])):
        return ()
    return shared


def unshared(text: str, words: tuple[str, ...] | list[str]) -> str:
    """``text`` without ``words`` (:func:`shared_words`), its spaces made single."""
    if not words:
        return text
    kept = re.sub(rf"(?<!\w)(?:{'|'.join(map(re.escape, words))})(?!\w)", "", text)
    return re.sub(r" {2,}", " ", kept).strip()


DESCRIBED_IN_TEMPLATES = frozenset({"fr"})
"""Languages whose templates give a described body its indefinite article themselves: French's
``assessor_named`` (« par des experts », « d’un jury », « sur proposition d’un jury »)."""


def described(name: str) -> bool:
    """Whether a body is described rather than named: written in lower case, as a common noun ("international
    jury of experts", "peritos independentes"), not a brand with a capital inside (iCert)."""
    first = (name.split() or [""])[0]
    return name[:1].islower() and first == first.lower()
