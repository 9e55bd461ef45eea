"""Reading quantities written in words: the grammar, the same for every language but French.

:func:`parse_cardinal` reads the longest grammatical number at the start of a run
of words ("treinta y cinco", "vinte e três", "two hundred and five", "dos mil
millones") and stops where the grammar breaks, so "dois e três" is two numbers,
not five. The words themselves are each language's data (:mod:`drafter.lang`).

One, as a word, is never a number on its own: "un", "una", "uno", "um",
"uma", "one" and "a" are far more often articles or pronouns ("uno de los
clústeres", "one of the labels") than quantities. They count only before a
scale word ("un millón", "um milhão", "a hundred", "one thousand") and inside
compounds ("veintiuno", "trinta e um").

French counts in twenties from sixty on ("soixante-dix", "quatre-vingt-dix-neuf"),
joins with hyphens or "et" ("vingt-deux", "vingt et un", and since the 1990
spelling reform "vingt-et-un", "deux-cents"), and builds ordinals from the
whole cardinal ("vingt-deuxième", "quatre-vingtième"): it has a reader of its
own, :func:`_parse_french`, behind the same :func:`parse_cardinal`, and
:func:`parse_ordinal` reads its compound ordinals. Belgian and Swiss "septante",
"octante", "huitante" and "nonante" are read too.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from functools import cache

from . import fr
from . import words as _words_of

_FR = fr.WORDS.cardinals

MAX_WORDS = 32
"""Longer than any number written in words: a reader stops there. Some runs never end otherwise
("cien mil cien mil..." multiplies on), and their value, hundreds of thousands of digits long,
took time quadratic in the run to work out."""


def parse_cardinal(lang: str, items: Iterable[tuple[str, str]]) -> tuple[int, int, bool] | None:
    """The number at the start of ``items``: (words used, value, has a scale word), or None.

    ``items`` are (folded lower-case word, join) pairs, the join being how the word is
    attached to the one before: "" a space, "-" a hyphen, anything else ends the run
    (the first item's join is ignored). Connectors ("and", "y", "e") are items too.
    """
    known = _words_of(lang)
    if known.grammar == "french":
        return _parse_french(items)
    table = known.cardinals
    if not table:
        return None
    connector, joins = known.connector, known.joins
    total = current = last_scale = 0
    tag = ""  # what the number so far ends in: "", "art", "unit", "tens", "hund", "scale"
    used = 0
    pending = False
    scaled = False
    for i, (word, join) in enumerate(items):
        if i >= MAX_WORDS or (i and join not in ("", "-")):
            break
        if i and word == connector and not pending and join == "":
            pending = True
            continue
        entry = table.get(word)
        if entry is None:
            break
        value, kind = entry
        how = "+" if pending else join if i else ""
        if kind == "a":
            if i:
                break
            tag, current = "art", 1
        elif kind in "uc":
            if tag in ("art", "unit"):
                break
            if tag:
                limit = last_scale if tag == "scale" else 10 if tag == "tens" else 100
                if how not in joins[tag] or value >= limit or value == 0:
                    break
            elif i:
                break
            current += value
            tag = "unit" if kind == "c" or value % 10 or value < 20 else "tens" if value % 100 else "hund"
        elif kind == "h":
            if how or not (0 < current < 100) or tag not in ("art", "unit", "tens"):
                break
            current *= 100
            tag, scaled = "hund", True
        else:
            if how:
                break
            if not tag:
                if value != 1000 or lang == "en":
                    return None  # a bare "million" is not a count
                current = 1
            if tag == "scale":
                if current or value <= last_scale:
                    break
                total *= value
            elif last_scale == 0 or value < last_scale:
                total += current * value
            else:
                total = (total + current) * value
            current, last_scale = 0, value
            tag, scaled = "scale", True
        used, pending = i + 1, False
    number = total + current
    if not used or tag == "art" or (number == 1 and not scaled):
        return None
    return used, number, scaled


def _french_words(items: Iterable[tuple[str, str]]) -> list[str]:
    """The words of a French number at the start of ``items``, as far as they can belong to one."""
    words: list[str] = []
    for i, (word, join) in enumerate(items):
        if (i and join not in ("", "-")) or (word not in _FR and word != "et"):
            break
        words.append(word)
        if len(words) >= MAX_WORDS:
            break
    return words


def _french_teen(words: list[str], i: int, low: int) -> tuple[int, int] | None:
    """1 to 19 at ``words[i]`` (from ``low`` on): (value, index after it)."""
    word = words[i] if i < len(words) else ""
    if word == "dix" and i + 1 < len(words) and words[i + 1] in ("sept", "huit", "neuf"):
        value, after = 10 + _FR[words[i + 1]][0], i + 2
    elif word in fr.UNITS[1:] or word == "une":
        value, after = _FR[word][0], i + 1
    else:
        return None
    return (value, after) if value >= low else None


def _french_below_100(words: list[str], i: int) -> tuple[int, int] | None:
    """1 to 99 at ``words[i]``: (value, index after it)."""
    word = words[i]
    nxt = words[i + 1] if i + 1 < len(words) else ""
    if word == "quatre" and nxt in ("vingt", "vingts"):
        if nxt == "vingts":
            return 80, i + 2
        rest = _french_teen(words, i + 2, 1)  # quatre-vingt-un, quatre-vingt-dix-neuf
        return (80 + rest[0], rest[1]) if rest else (80, i + 2)
    tens = fr.TENS.get(word)
    if tens is None:
        return _french_teen(words, i, 1)
    if nxt == "et" and i + 2 < len(words):  # vingt et un, soixante et onze
        after = words[i + 2]
        if after in ("un", "une") or (tens == 60 and after == "onze"):
            return tens + _FR[after][0], i + 3
        return tens, i + 1
    rest = _french_teen(words, i + 1, 2)
    if rest and (rest[0] < 10 or tens == 60):  # vingt-deux; soixante-douze, soixante-dix-sept
        return tens + rest[0], rest[1]
    return tens, i + 1


def _french_below_1000(words: list[str], i: int) -> tuple[int, int] | None:
    """1 to 999 at ``words[i]``: (value, index after it)."""
    hundreds, j = 0, i
    if words[i] in ("cent", "cents"):
        hundreds, j = 100, i + 1
    elif i + 1 < len(words) and words[i + 1] in ("cent", "cents") and words[i] in fr.UNITS[2:10]:
        hundreds, j = 100 * _FR[words[i]][0], i + 2
    if hundreds and (j >= len(words) or words[j] == "et"):
        return hundreds, j
    rest = _french_below_100(words, j) if j < len(words) else None
    if rest is None:
        return (hundreds, j) if hundreds else None
    return hundreds + rest[0], rest[1]


def _parse_french(items: Iterable[tuple[str, str]]) -> tuple[int, int, bool] | None:
    """parse_cardinal for French: groups below a thousand, each with the scale word after it."""
    words = _french_words(items)
    if not words:
        return None
    if words[0] == "zero":
        return 1, 0, False
    total, used, last_scale = 0, 0, 0
    while used < len(words):
        group = _french_below_1000(words, used)
        value, after = group if group else (0, used)
        scale = fr.SCALES.get(words[after]) if after < len(words) else None
        if scale is not None and (not last_scale or scale < last_scale):
            if group is None and scale != 1000:
                if not used:
                    return None  # a bare "million" is not a count
                break
            total += (value or 1) * scale  # "mille" needs no "un"
            used, last_scale = after + 1, scale
            continue
        if group is not None:
            total, used = total + value, after
        break
    scaled = any(w in fr.SCALES or w in ("cent", "cents") for w in words[:used])
    if not used or (total == 1 and not scaled):
        return None  # "un", "une": an article far more often than a count
    return used, total, scaled


def parse_ordinal(lang: str, items: Iterable[tuple[str, str]]) -> tuple[int, int] | None:
    """A compound ordinal at the start of ``items``: (words used, value), or None.

    Only French builds its ordinals on the whole cardinal ("vingt-deuxième", "vingt et
    unième", "quatre-vingt-dixième", "deux-centième"); the other languages' ordinal
    words are single entries of :attr:`Words.ordinals`. A lone "unième" is not an ordinal.
    """
    if _words_of(lang).grammar != "french":
        return None
    words: list[str] = []
    for i, (word, join) in enumerate(items):
        if i and join not in ("", "-"):
            break
        if word in fr.ORDINAL_STEMS:
            words.append(word)
            break
        if word not in _FR and word != "et":
            return None
        words.append(word)
        if len(words) >= MAX_WORDS:
            return None
    if not words or words[-1] not in fr.ORDINAL_STEMS:
        return None
    stem = fr.ORDINAL_STEMS[words[-1]]
    parsed = _parse_french((w, "") for w in [*words[:-1], stem])
    if parsed is None or parsed[0] != len(words):
        return None
    return len(words), parsed[1]


def scale_words(lang: str) -> dict[str, int]:
    """The scale words of ``lang`` ("mil", "millones", "million"...) and their values."""
    return {w: v for w, (v, kind) in _words_of(lang).cardinals.items() if kind == "s"}


CURRENCY_CODES = "EUR USD GBP CHF JPY CNY BRL CAD AUD SEK NOK DKK PLN CZK HUF RON MXN".split()
"""The currencies recognised by symbol and code; CLDR gives their names in each language."""


HALVES: dict[str, frozenset[str]] = {
    "en": frozenset({"half"}),
    "es": frozenset({"medio"}),
    "pt": frozenset({"meio"}),
    "fr": frozenset({"demi"}),
}
"""The word for half, which halves the scale word after it: "half a million", "medio millón"."""


def parse_half(lang: str, items: Iterable[tuple[str, str]]) -> tuple[int, int] | None:
    """Half a scale word at the start of ``items`` ("half a million", "medio millón", "meio milhão",
    "demi-million"): (words used, value), or None. Read as "a million", half of it would be lost."""
    found = iter(items)  # the first word decides most (an article, "un", "a", is asked about here)
    first = next(found, None)
    if first is None or first[0] not in HALVES.get(lang, ()):
        return None
    run = [first, *itertools.islice(found, 2)]
    table = _words_of(lang).cardinals
    at = 2 if len(run) > 2 and table.get(run[1][0], (0, ""))[1] == "a" and run[1][1] == "" else 1
    if at >= len(run) or run[at][1] not in ("", "-"):
        return None
    value, kind = table.get(run[at][0], (0, ""))
    return (at + 1, value // 2) if kind == "s" and value >= 1000 else None


@cache
def lone_ones(lang: str) -> frozenset[str]:
    """The words that read as no number unless a number word follows them: an article counted as one
    ("a", :func:`parse_cardinal` reads "a hundred") and one itself ("one", "un", "uma": one alone is no
    count), where they are neither an ordinal, a collective number nor half. French, which builds its
    numbers its own way, has none. The word scan asks about them at every article; with no number word
    after (nor the connector), every reader of number words would say no, and none is asked."""
    known = _words_of(lang)
    if known.grammar == "french":
        return frozenset()
    return frozenset(
        word
        for word, (value, kind) in known.cardinals.items()
        if (kind == "a" or (kind in "uc" and value == 1))
        and word not in known.ordinals
        and word not in known.approximate
        and word not in HALVES.get(lang, ())
    )
