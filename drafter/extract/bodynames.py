"""A body's name written with one capital, or with its head in lower case, read whole by the name scan.

French capitalises a body's name on its first word only ("Agence nationale de la recherche",
"Programme élargi de vaccination") and writes a ministry in lower case before its field ("ministère
des Affaires municipales et de l'Habitation"), as Spanish and Portuguese may ("ministerio de
Sanidad", "ministério da Saúde"). Read capital by capital, such a name is one ordinary word
("Programme", "Sanidad"), which no check can miss: :func:`head_before` and :func:`tail_after` give
the name its head and its lower-case words. The words for kinds of bodies are
:mod:`drafter.lang.institutions`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lang.institutions import ONE_CAPITAL, TAIL_LINKS, adjective_like, head_kind, lower_head

if TYPE_CHECKING:
    from .wordscan import WordScan

MOST_LINKS = 3
"""Small words between a lower-case head and the field it names: "ministère de l'Économie" has two."""
LONGEST_TAIL = 8
"""Words a name of one capital may go on with: "Institut national de la santé et de la recherche médicale"."""


def extent(ws: WordScan, k: int, first: int, last: int) -> tuple[int, int]:
    """A name read from word ``k`` as words ``first``..``last``, with a body's head before it and its
    lower-case words after it (:func:`head_before`, :func:`tail_after`)."""
    first = head_before(ws, first) if first == k else first
    return first, tail_after(ws, first, last)


def head_before(ws: WordScan, first: int) -> int:
    """The lower-case head before a name that starts at word ``first`` ("ministère" of "ministère des
    Affaires municipales"), over the small words between: the index of the head, else ``first``."""
    lang = ws.st.rules.lang
    j = first - 1
    while j >= 0 and first - j <= MOST_LINKS and ws.lows[j] in ws.lang.name_links:
        j -= 1
    if j < 0 or j == first - 1 or not lower_head(ws.lows[j], lang) or ws.capital(j):
        return first
    if not all(ws.join(i) in ("", "'") and ws.st.free(*ws.spans[i]) for i in range(j + 1, first + 1)):
        return first
    return j if ws.st.free(*ws.spans[j]) else first


def tail_after(ws: WordScan, first: int, last: int) -> int:
    """In a language whose bodies keep one capital, the lower-case words of a name whose head (word
    ``first``) is a word for a kind of body: adjectives ("nationale", "élargi") and parts linked by
    "de", "de la", "et de" ("de la recherche", "et de l'Habitation"). The index of its last word."""
    lang = ws.st.rules.lang
    if lang not in ONE_CAPITAL or head_kind(ws.lows[first], lang) is None:
        return last
    prepositions, articles, conjunctions = TAIL_LINKS[lang]
    end, size = last, len(ws.spans)
    while end - last < LONGEST_TAIL:
        j = end + 1
        if j >= size or ws.join(j) not in ("", "'") or not ws.st.free(*ws.spans[j]):
            break
        if not ws.capital(j) and ws.lows[j] not in ws.lang.function_words and adjective_like(ws.words[j].lower(), lang):
            end = j  # "Agence nationale", "la recherche médicale"
            continue
        k = j + 1 if ws.lows[j] in conjunctions else j  # "et de l'Habitation"
        if k >= size or ws.lows[k] not in prepositions:
            break
        k += 1
        if k < size and ws.lows[k] in articles and ws.join(k) == "":
            k += 1  # "de la recherche", "de l'Habitation"
        if k >= size or ws.join(k) not in ("", "'") or not ws.st.free(*ws.spans[k]):
            break
        if not (ws.capital(k) or _noun(ws, k)):
            break
        end = k
    return end


def _noun(ws: WordScan, k: int) -> bool:
    """A lower-case word that may end a part of a body's name ("vaccination", "comptes"): no small word."""
    low = ws.lows[k]
    return len(low) >= 3 and low not in ws.lang.function_words and low not in ws.lang.name_links
