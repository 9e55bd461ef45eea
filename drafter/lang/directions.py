"""Which way a change went, read from the words beside its size: "a fall of 22%", « hausse de 22 % ».

A change's size is the same number whichever way it went, so a draft that
turns "Baisse de 22 %" into "Hausse de 22 %" keeps every number of the facts
file. The words that say the way are few and plain in press releases: nouns
and verbs of rising and falling. Comparatives ("more", "plus", "más") are left
out: "plus de 20 %" is "over 20%", a bound, not a way.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

RISE = "+"
FALL = "-"

WORDS: Mapping[str, Mapping[str, frozenset[str]]] = {
    "en": {
        RISE: frozenset(
            "rise rises rose risen rising increase increases increased increasing grow grows grew grown growing "
            "growth gain gains gained up higher climb climbs climbed jump jumps jumped boost boosts boosted "
            "expand expands expanded expansion upturn surge surged".split()
        ),
        FALL: frozenset(
            "fall falls fell fallen falling decrease decreases decreased decreasing decline declines declined "
            "declining drop drops dropped down lower lowered cut cuts reduce reduces reduced reducing reduction "
            "reductions fewer shrink shrinks shrank shrunk downturn slump slumped plunge plunged".split()
        ),
    },
    "pt": {
        RISE: frozenset(
            "aumento aumentos aumentou aumentaram aumentar aumenta subida subidas subiu subiram sobe crescimento "
            "cresceu cresceram cresce acréscimo incremento ganho alta".split()
        ),
        FALL: frozenset(
            "descida descidas desceu desceram desce diminuição diminuiu diminuíram diminui diminuir redução "
            "reduções reduziu reduziram reduzir reduz queda quedas caiu caíram cai quebra recuo recuou baixa "
            "baixou corte cortou".split()
        ),
    },
    "es": {
        RISE: frozenset(
            "aumento aumentos aumentó aumentaron aumentar aumenta subida subidas subió subieron sube crecimiento "
            "creció crecieron crece incremento incrementó alza ascenso".split()
        ),
        FALL: frozenset(
            "caída caídas cayó cayeron cae descenso descendió disminución disminuyó disminuyeron disminuye "
            "reducción reducciones redujo redujeron reducir reduce bajada bajó baja recorte recortó retroceso "
            "retrocedió".split()
        ),
    },
    "fr": {
        RISE: frozenset(
            "hausse hausses augmentation augmentations augmenté augmente augmentent croissance progression "
            "progressé progresse accroissement accru hausser".split()
        ),
        FALL: frozenset(
            "baisse baisses baissé diminution diminutions diminué diminue réduction réductions réduit réduite "
            "recul reculé recule chute chuté repli replié".split()
        ),
    },
}
"""The words of each way, in lower case, for each language drafter checks."""

BEFORE = 6
"""How many words before a change's size may say its way: "reduced energy use per mould by 18.4%"."""
AFTER = 3
"""And after it: "22 % de baisse", "un 22 % menos"."""

_WORD = re.compile(r"\w+", re.UNICODE)
_STOP = re.compile(r"[.;:!?\n]")


def way(text: str, start: int, end: int, lang: str) -> str | None:
    """The way (RISE or FALL) the words nearest to ``text[start:end]`` give it, within its clause, the
    word before the size first at the same distance; None where no word says it."""
    if lang not in WORDS:
        return None
    stops = [m.end() for m in _STOP.finditer(text, 0, start)]
    return _said(text, stops[-1] if stops else 0, start, end, lang)


class Ways:
    """The ways a text's sizes are said, each read once: a draft's size is asked about by every pair of
    versions it is in and by the facts file's check. The clause's opening is found by a search back
    from the size (in the text reversed, made once), not by every stop from the text's start."""

    def __init__(self, text: str, lang: str) -> None:
        self.text, self.lang = text, lang
        self._backwards: str | None = None
        self._said: dict[tuple[int, int], str | None] = {}

    def at(self, start: int, end: int) -> str | None:
        """What :func:`way` says of ``text[start:end]``."""
        place = (start, end)
        if place in self._said:
            return self._said[place]
        found = None
        if self.lang in WORDS:
            if self._backwards is None:
                self._backwards = self.text[::-1]
            size = len(self.text)
            stop = _STOP.search(self._backwards, size - start)  # the last stop before start
            found = _said(self.text, size - stop.start() if stop else 0, start, end, self.lang)
        self._said[place] = found
        return found


def _said(text: str, opening: int, start: int, end: int, lang: str) -> str | None:
    """The way of the size at ``text[start:end]``, its clause opening at ``opening``."""
    words = WORDS[lang]
    left = text[opening:start]
    stop = _STOP.search(text, end)
    right = text[end : stop.start() if stop else len(text)]
    before = _unbounded([w.casefold() for w in _WORD.findall(left)])[-BEFORE:][::-1]
    after = _unbounded([w.casefold() for w in _WORD.findall(right)])[:AFTER]
    for distance in range(max(BEFORE, AFTER)):
        # At the same distance the word before the size wins: a line opens on its way ("A rise of 27% in
        # falls among inpatients" is a rise, whatever the thing that changed is called).
        for side in (before, after):
            near = {side[distance]} if distance < len(side) else set()
            ways = {sense for sense, said in words.items() if near & said}
            if len(ways) == 1:
                return ways.pop()
    return None


_BOUNDS = frozenset({"up", "down"})
"""English words of a way that, before "to", make a bound instead: "cut by up to 30%" is a fall."""


def _unbounded(words: list[str]) -> list[str]:
    """``words`` with "up" and "down" left out where "to" follows them, as a bound ("up to 30%")."""
    return [w for i, w in enumerate(words) if not (w in _BOUNDS and words[i + 1 : i + 2] == ["to"])]
