"""The recognisers that read words: Roman numerals, ordinal and number words, countries, terms, names.

One as a word is never a number on its own (see :mod:`drafter.lang.numbers`);
"first", "second", "primera", "segundo", "cuarto", "quarta", "quinta",
"première", "second"... are ordinals only before an edition word.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from decimal import Decimal
from functools import cache, lru_cache
from itertools import accumulate, compress

from ..lang import words
from ..lang.numbers import parse_cardinal, parse_ordinal
from .canon import canon_name
from .names import COMMON_WORD_TERMS, FIRST_NAMES, LEXICON_KINDS, STOPWORDS, Lexicon, lexicon
from .quantities import FRENCH_ROMAN, ROMAN, ROMAN_VALUES, quantity
from .scan import SENTENCE_START, WORD, Index, Scan, fold

EMITS = ("ordinal", "number", "year", "percent", "amount", "country", "body", "place", "nationality", "term", "name")
"""The kinds of mention this module's recognisers report (see :mod:`drafter.extract.kinds`)."""

_OF = frozenset("of de da do das dos del du des di d for para pour".split())
"""Small words a body's name may go on with ("Conselho Europeu de Turismo")."""


@lru_cache(maxsize=4096)
def _opens(gap: str, at_start: bool) -> bool:
    """Is a word after ``gap`` (the text between it and the word before, 40 characters at most) the first of a
    sentence? ``at_start``: the gap starts the text, where the pattern's start of text holds."""
    return SENTENCE_START.search(gap if at_start else "x" + gap, 0 if at_start else 1) is not None


@cache
def _first_words(lang: str, countries: Index) -> frozenset[str]:
    """Every word, in lower case, that a country, body, place or nationality of ``lang`` starts with."""
    keys = {key.lower() for key in countries}
    for kind in LEXICON_KINDS:
        if kind != "country":
            known = lexicon(kind, lang)
            for found in (known.exact, known.acronym, known.capital, known.lower):
                keys.update(key.lower() for key in found)
    return frozenset(keys)


_Candidate = tuple[str, Index, str, bool]
"""(kind, index, key, counted only when the word does not open a sentence)."""


_KEPT = 50_000
"""Words kept with what the scan makes of them, at most: a run over a large archive meets new names."""
_WORDS = re.compile(r"([^\W\d_]+)")
"""A word, as :data:`drafter.extract.scan.WORD`, kept by ``split`` between the gaps."""


@cache
def _read_by_word(lang: str, terms: Index, keys: frozenset[str]) -> tuple[dict[str, bool], dict[str, bool]]:
    """Per word as written: does the first pass read it, is it written as a name is? Filled as words are met."""
    return {}, {}


@cache
def _plans(lang: str, countries: Index) -> dict[str, tuple[_Candidate, ...]]:
    """Per word as written, where :meth:`WordScan.known` looks: filled as words are met, kept for the run."""
    return {}


def _plan(
    word: str, lexicons: list[tuple[str, Lexicon]], countries: Index, keys: frozenset[str]
) -> tuple[_Candidate, ...]:
    """The indexes, in order of priority, that hold a name starting with ``word``; what they hold under it
    depends on the word alone, so it is worked out once a run, not once a time the word is met."""
    first = fold(word)
    low = first.lower()
    if low not in keys and not (low.endswith("s") and low[:-1] in keys):
        return ()
    capital = word[0].isupper()
    shouted = word.rstrip("s").isupper()
    plan: list[_Candidate] = [("country", countries, low, False)] if capital and low in countries else []
    for kind, known in lexicons:
        for key in (first, first[:-1]) if first.endswith("s") and shouted else (first,):  # SMEs, UNICEFs
            if key in known.exact:
                plan.append((kind, known.exact, key, False))
            if key.lower() in known.acronym and (shouted or (capital and key == first)):
                plan.append((kind, known.acronym, key.lower(), not shouted))
        if capital and low in known.capital:
            plan.append((kind, known.capital, low, False))
        if low in known.lower:
            plan.append((kind, known.lower, low, False))
    return tuple(plan)


_ROMAN_FIRST = frozenset("IVXLCDM")
"""The letters a Roman numeral (XVI, XVIe) starts with."""


@cache
def _first_pass(lang: str, terms: Index, keys: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """The words in lower case the first pass reads even when written in lower case (number words,
    terms, names known in lower case), and those a recogniser of it can start with: a number or
    ordinal word, a collective number, a term, or the first word of a known name (``keys``)."""
    spoken = words(lang)
    wanted = set(spoken.cardinals) | set(spoken.ordinals) | set(terms) | set(spoken.approximate)
    for kind in LEXICON_KINDS:
        if kind != "country":
            wanted |= lexicon(kind, lang).first_words()
    starts = frozenset(spoken.cardinals) | frozenset(spoken.ordinals) | set(spoken.approximate) | set(terms) | keys
    return frozenset(wanted), starts


class WordScan:
    """The words of the text, for the recognisers that read words."""

    def __init__(self, st: Scan) -> None:
        self.st = st
        # The words and the gaps between them by one split in C; folding keeps letters letters, so the
        # text's words stand where the folded text's do.
        parts = _WORDS.split(st.fold)
        ends = list(accumulate(map(len, parts)))
        self.starts = ends[0:-1:2]
        self.spans = list(zip(self.starts, ends[1::2], strict=True))
        self.lows = list(map(str.lower, parts[1::2]))
        self.words = _WORDS.split(st.text)[1::2]
        self.shouting: dict[int, bool] = {}
        self.lang = words(st.rules.lang)
        self.mid_sentence: set[str] | None = None
        self.lexicons = [(kind, lexicon(kind, st.rules.lang)) for kind in LEXICON_KINDS if kind != "country"]
        self.keys = _first_words(st.rules.lang, st.rules.countries)
        self.plans = _plans(st.rules.lang, st.rules.countries)
        self.looked, capitals = _read_by_word(st.rules.lang, st.terms, self.keys)
        if len(self.looked) > _KEPT:
            self.looked.clear()
            capitals.clear()
            self.plans.clear()
        for word in set(self.words).difference(self.looked):
            self.looked[word] = self.looked_at(word)
            capitals[word] = not word.islower() and any(map(str.isupper, word))
        self.capitals = list(map(capitals.__getitem__, self.words))

    def join(self, k: int) -> str:
        """How word k hangs on word k-1: "" by spaces, "-" by a hyphen, "'" by an apostrophe,
        "." by the full stop of an initial ("A. Smith", "A.H. Boerma"), "x" otherwise."""
        if k >= len(self.spans):
            return "x"
        gap = self.st.fold[self.spans[k - 1][1] : self.spans[k][0]]
        if gap in ("-", "'", "’"):
            return "-" if gap == "-" else "'"
        if gap.rstrip(" ") == "." and self.spans[k - 1][1] - self.spans[k - 1][0] == 1:
            return "."
        return "" if gap and not gap.strip(" \u00a0\u202f\u2009\t") else "x"

    def before_edition(self, k: int) -> bool:
        return self.join(k + 1) == "" and self.lows[k + 1] in words(self.st.rules.lang).edition_words

    def take(self, k: int, last: int, kind: str, value: str) -> int:
        """Report words k..last; the index of the word after, or 0 if they were taken."""
        taken = self.st.take(self.spans[k][0], self.spans[last][1], kind, value)
        return last + 1 if taken else 0

    def run(self) -> None:
        """Two passes: what is known by its words (numbers, countries, bodies, places, terms), then
        the names left, so that "the European Investment Bank" is the bank, not a name of four words.

        The first pass reads only the words a recogniser of it can start with (the others would each
        be passed over by all of them, one after the other)."""
        free, words, lows = self.st.free, self.words, self.lows
        numerals, collective = self.st.rules.words, self.lang.approximate
        k = 0  # the first word not read yet: a recogniser may read several
        for j in compress(range(len(words)), map(self.looked.__getitem__, words)):
            if j < k or not free(*self.spans[j]):
                continue
            low = lows[j]  # each recogniser is asked only where it can read something
            k = (
                (words[j][0] in _ROMAN_FIRST and self.roman(j))
                or (low in numerals and (self.ordinal(j) or self.cardinal(j)))
                or (low in collective and self.approximate(j))
                or self.known(j)
                or (low in self.st.terms and self.term(j))
                or j + 1
            )
        k = 0
        for j in compress(range(len(words)), self.capitals):
            if j >= k and free(*self.spans[j]):  # a capital, first or inside (iPhone)
                k = max(self.name(j), j + 1)

    def looked_at(self, word: str) -> bool:
        """Is ``word`` one the first pass reads: one a recogniser of it can start with?"""
        wanted, starts = _first_pass(self.st.rules.lang, self.st.terms, self.keys)
        low = fold(word).lower()
        if word.islower() and low not in wanted:
            return False
        return word[0] in _ROMAN_FIRST or low in starts or (low[-1] == "s" and low[:-1] in self.keys)

    def roman(self, k: int) -> int:
        a, b = self.spans[k]
        word = self.st.text[a:b]
        french = FRENCH_ROMAN.fullmatch(word) if self.st.rules.lang == "fr" else None
        if french:  # XVIe, Ier, IIIes: the suffix makes it an ordinal, unless it reads as Le, Ce, De, Me
            word = french.group(1)
            if len(word) == 1 and word not in "IVX":
                return 0
        elif not (word.isupper() and ROMAN.fullmatch(word)):
            return 0
        after_edition = k > 0 and self.join(k) == "" and self.lows[k - 1] in words(self.st.rules.lang).edition_words
        plain = len(word) > 1 and set(word) <= set("IVX")
        if not (french or plain or after_edition or self.before_edition(k)):
            return 0
        values = [ROMAN_VALUES[c] for c in word]
        value = sum(-v if v < w else v for v, w in zip(values, [*values[1:], 0], strict=True))
        return self.take(k, k, "ordinal", str(value))

    def ordinal(self, k: int) -> int:
        lang, low = self.st.rules.lang, self.lows[k]
        compound = parse_ordinal(lang, self.items(k)) if low in words(lang).cardinals else None
        if compound:  # French "vingt-deuxième", "quatre-vingt-dixième"
            return self.take(k, k + compound[0] - 1, "ordinal", str(compound[1]))
        table = words(lang).ordinals
        unit = table.get(self.lows[k + 1], 0) if k + 1 < len(self.spans) else 0
        value = table.get(low)
        if value is None:  # English "twenty-first"
            tens = words(lang).cardinals.get(low, (0, ""))[0] if lang == "en" else 0
            if 20 <= tens < 100 and not tens % 10 and 0 < unit < 10 and self.join(k + 1) == "-":
                return self.take(k, k + 1, "ordinal", str(tens + unit))
            return 0
        if not value % 10 and value < 100 and 0 < unit < 10 and self.join(k + 1) == "":
            return self.take(k, k + 1, "ordinal", str(value + unit))  # vigésimo quinto
        if low in words(lang).ambiguous_ordinals and not self.before_edition(k):
            return 0
        return self.take(k, k, "ordinal", str(value))

    def cardinal(self, k: int) -> int:
        lang = self.st.rules.lang
        if self.lows[k] not in words(lang).cardinals:
            return 0
        if self.acronym(k):  # "Fundación ONCE", "Grupo CIEN": a name, not eleven or a hundred
            return 0
        parsed = parse_cardinal(lang, self.items(k))
        if parsed is None:
            return 0
        used, value, _ = parsed
        start, end = self.spans[k][0], self.spans[k + used - 1][1]
        if not self.st.free(start, end):
            return 0
        quantity(self.st, start, end, Decimal(value))
        return k + used

    def acronym(self, k: int) -> bool:
        """A word in capitals inside a sentence in lower case is a name's acronym, whatever it spells."""
        a, b = self.spans[k]
        word = self.st.text[a:b]
        return b - a > 1 and word.isupper() and not self.is_shouting(a)

    def approximate(self, k: int) -> int:
        """A collective number: "una veintena" is about twenty, "a dozen" twelve."""
        value = words(self.st.rules.lang).approximate.get(self.lows[k])
        if value is None:
            return 0
        a, b = self.spans[k]
        quantity(self.st, a, b, Decimal(value))
        return k + 1

    def items(self, k: int) -> Iterator[tuple[str, str]]:
        """(folded lower-case word, join) from word k on, as numwords reads them."""
        return ((self.lows[j], self.join(j) if j > k else "") for j in range(k, len(self.spans)))

    def term(self, k: int) -> int:
        """A glossary term; one that is also a common word counts only as a name is written."""
        a, _ = self.spans[k]
        if self.lows[k] in COMMON_WORD_TERMS.get(self.st.rules.lang, ()):
            if not self.st.text[a].isupper() or self.sentence_start(k):
                return 0  # French "or" (but, now) and "argent" (money), not the levels Or and Argent
        return self.phrase(k, self.st.terms, self.lows[k], "term")

    def phrase(self, k: int, index: Index, key: str, kind: str) -> int:
        """A country name or glossary term starting at word k."""
        start = self.spans[k][0]
        for pattern, value in index.get(key):
            m = pattern.match(self.st.fold, start)
            if m and self.st.take(start, m.end(), kind, value):
                return bisect.bisect_left(self.starts, m.end())
        return 0

    def known(self, k: int) -> int:
        """A country, a body, a place or a nationality starting at word k: the longest that matches."""
        start, stop = self.spans[k]
        word = self.st.text[start:stop]
        plan = self.plans.get(word)
        if plan is None:
            plan = self.plans[word] = _plan(word, self.lexicons, self.st.rules.countries, self.keys)
        if not plan:
            return 0  # no name known here starts with this word
        best: tuple[int, str, str] | None = None  # (end, kind, value): ties go to the first candidate
        opening: bool | None = None
        for kind, index, key, unless_opening in plan:
            if unless_opening:  # "Unicef", not "Échos" or "Who?" opening a sentence
                if opening is None:
                    opening = self.sentence_start(k)
                if opening:
                    continue
            found = index.first(key, self.st.fold, start, best[0] if best else -1)
            if found:
                best = (found[0], kind, found[1])
        if best is None:
            return 0
        end = bisect.bisect_left(self.starts, best[0])
        if best[1] == "body" and " " in self.st.text[start : best[0]] and self.longer_name(end):
            return 0  # "Conselho Europeu de Turismo Sustentável" is no European Council
        if best[1] == "country" and word in FIRST_NAMES and k + 1 < len(self.spans) and self.join(k + 1) == "":
            if self.capital(k + 1):
                return 0  # "Chad Smith", not Chad the country
        if not self.st.take(start, best[0], best[1], best[2]):
            return 0
        return bisect.bisect_left(self.starts, best[0])

    def longer_name(self, k: int) -> bool:
        """Does a proper name go on at word k: a capitalised word, or "de", "of" and one ("Conselho
        Europeu de Turismo Sustentável")? Not "and": "the ILO and NATO" are two bodies."""
        if k >= len(self.spans) or not self.st.free(*self.spans[k]):
            return False
        if self.join(k) in ("", "-") and self.capital(k):
            return True
        if self.lows[k] not in _OF or self.join(k) != "" or k + 1 >= len(self.spans):
            return False
        return self.join(k + 1) == "" and self.capital(k + 1) and self.st.free(*self.spans[k + 1])

    def name(self, k: int) -> int:
        """A proper name: capitalised words, with the small words inside names between them
        ("Instituto de Crédito Oficial", "Sant Vicenç dels Horts"), without a title or an
        article before them; a single capitalised word opening a sentence is no name, unless
        it is an acronym or has an inner capital (UNICEF, SahelNOW)."""
        a, b = self.spans[k]
        word = self.st.text[a:b]
        if word.isupper() and self.is_shouting(a):
            return 0
        last = k
        spans, capitals, links = self.spans, self.capitals, self.lang.name_links
        while True:
            nxt = last + 1
            if nxt >= len(spans) or not self.st.free(*spans[nxt]):
                break
            if capitals[nxt] and self.join(nxt) in ("", "-", "'", "."):
                last = nxt
                continue
            after = self.linked(nxt) if self.lows[nxt] in links else 0  # small words inside a name only
            if after:
                last = after
                continue
            break
        first = k
        while first < last and self.stripped(first):
            first += 1  # "Sr. Maystadt", "The European Commission"
        if first == last and self.stripped(first):
            return last + 1 if last > k else 0
        while last >= first and not self.capital(last):
            last -= 1
        if first > last:
            return 0
        single = first == last
        text = self.st.text[self.spans[first][0] : self.spans[last][1]]
        acronym = len(text) >= 2 and (text.isupper() or any(c.isupper() for c in text[1:]))
        if single and (len(text) < 2 or (not acronym and self.sentence_start(first) and not self.named(first))):
            return max(last, k) + 1
        if single and text.isupper() and self.lows[first].upper() in STOPWORDS:
            return max(last, k) + 1
        if single and len(text) <= 2 and not text.isupper():
            return max(last, k) + 1  # "Co" of "Co-founder", "St" of "St."
        self.st.take(self.spans[first][0], self.spans[last][1], "name", canon_name(text))
        return last + 1

    def linked(self, k: int) -> int:
        """Word k and maybe the next are the small words inside a name ("de", "para la", "of the")
        before a capitalised word: the index of that word, else 0."""
        for size in (1, 2):
            end = k + size
            if end >= len(self.spans) or not self.capital(end) or not self.st.free(*self.spans[end]):
                continue
            links = range(k, end)
            if all(self.lows[j] in self.lang.name_links and self.join(j) in ("", "'") for j in links) and self.join(
                end
            ) in ("", "'"):
                return end
        return 0

    def stripped(self, k: int) -> bool:
        """A title or an article before a name, not part of it; an initial ("A. H. Boerma") and an
        acronym ("WHO") stay."""
        a, b = self.spans[k]
        if self.join(k + 1) == "." or (b - a > 1 and self.st.text[a:b].isupper()):
            return False
        return self.lows[k] in self.lang.titles or self.lows[k] in self.lang.function_words

    def named(self, k: int) -> bool:
        """Is word k, opening a sentence, a name all the same: written with a capital inside a
        sentence elsewhere in the text ("Loures will receive", "the city of Loures")?"""
        if self.mid_sentence is None:
            text, spans = self.st.text, self.spans  # a capital first is a capital: only those are looked at
            self.mid_sentence = {
                self.lows[j]
                for j in compress(range(len(spans)), self.capitals)
                if text[spans[j][0]].isupper() and not self.sentence_start(j)
            }
        return self.lows[k] in self.mid_sentence

    def capital(self, k: int) -> bool:
        """Is word k written as a name is: with a capital first, or inside (iPhone)?"""
        return self.capitals[k]

    def sentence_start(self, k: int) -> bool:
        """Does word k open a sentence? What decides it lies between the word before and this one (the
        pattern reads no letter) and within 40 characters: the answer is kept for each such gap."""
        a = self.spans[k][0]
        since = max(0, a - 40, self.spans[k - 1][1] if k else 0)
        return _opens(self.st.text[since:a], since == 0)

    def is_shouting(self, offset: int) -> bool:
        """Is the line at ``offset`` a heading in capitals ("NOTA DE IMPRENSA")?"""
        text = self.st.text
        start = text.rfind("\n", 0, offset) + 1
        if start not in self.shouting:
            end = text.find("\n", offset)
            line = text[start : end if end >= 0 else len(text)]
            self.shouting[start] = not any(c.islower() for c in line) and any(
                w in STOPWORDS for w in WORD.findall(fold(line))
            )
        return self.shouting[start]
