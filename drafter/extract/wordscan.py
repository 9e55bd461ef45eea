"""The recognisers that read words: Roman numerals, ordinal and number words, countries, terms, names.

One as a word is never a number on its own (see :mod:`drafter.lang.numbers`); "first", "second", "primera",
"segundo", "cuarto", "quarta", "quinta", "première", "second"... are ordinals only before an edition word."""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from decimal import Decimal
from itertools import compress

from ..lang import words
from ..lang.numbers import HALVES, lone_ones, parse_cardinal, parse_half, parse_ordinal
from .bodynames import extent
from .canon import canon_name
from .levels import common_level_word, level_in_lower_case
from .names import CLIPPED, FIRST_NAMES, LEXICON_KINDS, STOPWORDS, common_nouns, generic_words, lexicon
from .placewords import OF, generic_before, generic_behind, generic_beside, verb
from .quantities import FRENCH_ROMAN, ROMAN, ROMAN_VALUES, quantity
from .scan import WORD, Index, Scan, fold, words_of
from .wordplans import KEPT, ROMAN_FIRST, first_words, looked_at, opens, plans, read_by_word
from .wordplans import plan as plan_for

EMITS = ("ordinal", "number", "year", "percent", "amount", "country", "body", "place", "nationality", "term", "name")
"""The kinds of mention this module's recognisers report (see :mod:`drafter.extract.kinds`)."""

_THE = frozenset("the o a os as el la los las le les l lo gli".split())
"""Definite articles: after "and", one starts another name ("Iberdrola y la Xunta", "et l’Université")."""


class WordScan:
    """The words of the text, for the recognisers that read words."""

    def __init__(self, st: Scan) -> None:
        self.st = st
        # The words by one split in C, kept for the checker's reading of the same draft; folding keeps
        # letters letters, so the text's words stand where the folded text's do.
        found = words_of(st.fold)
        self.starts = found.starts
        self.spans = list(zip(self.starts, found.ends, strict=True))
        self.lows = found.lows
        text = st.text  # the same words, cut where the folded text's are: slicing costs a third of a split
        self.words = found.folded if st.fold is text else [text[a:b] for a, b in self.spans]
        self.shouting: dict[int, bool] = {}
        self.lang = words(st.rules.lang)
        self.mid_sentence: set[str] | None = None
        self.lexicons = [(kind, lexicon(kind, st.rules.lang)) for kind in LEXICON_KINDS if kind != "country"]
        self.generic, self.any_generic = generic_words(st.rules.lang), generic_words(None)
        self.keys = first_words(st.rules.lang, st.rules.countries)
        self.plans = plans(st.rules.lang, st.rules.countries)
        self.looked, capitals = read_by_word(st.rules.lang, st.terms, self.keys)
        if len(self.looked) > KEPT:
            self.looked.clear()
            capitals.clear()
            self.plans.clear()
        for word in set(self.words).difference(self.looked):
            self.looked[word] = looked_at(word, st.rules.lang, st.terms, self.keys)
            capitals[word] = not word.islower() and any(map(str.isupper, word))
        self.capitals = list(map(capitals.__getitem__, self.words))
        nouns = common_nouns(st.rules.lang)
        for m in nouns.finditer(st.fold) if nouns else ():
            st.claim(m.start(), m.end())  # "vinho do Porto": a wine, not the city

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
        """Two passes: what is known by its words, then the names left ("the European Investment Bank": a bank)."""
        self.known_words()
        k = 0
        for j in compress(range(len(self.words)), self.capitals):
            if j >= k and self.st.free(*self.spans[j]):  # a capital, first or inside (iPhone)
                k = max(self.name(j), j + 1)

    def known_words(self) -> None:
        """The first pass, which finds every term: at the words one of its recognisers can start with alone."""
        free, words, lows = self.st.free, self.words, self.lows
        numerals, collective = self.st.rules.words, self.lang.approximate
        halves = HALVES.get(self.st.rules.lang, frozenset())
        k = 0  # the first word not read yet: a recogniser may read several
        for j in compress(range(len(words)), map(self.looked.__getitem__, words)):
            if j < k or not free(*self.spans[j]):
                continue
            low = lows[j]  # each recogniser is asked only where it can read something
            k = (
                (words[j][0] in ROMAN_FIRST and self.roman(j))
                or ((low in numerals or low in collective or low in halves) and self.number_word(j))
                or self.known(j)
                or (low in self.st.terms and self.term(j))
                or j + 1
            )

    def number_word(self, k: int) -> int:
        """An ordinal, a number or a collective number in words, unless written as a name's acronym
        ("Fundación ONCE", "Grupo CIEN", "Club DIXIÈME" are names, not 11, 100 or tenth)."""
        low = self.lows[k]
        if low in lone_ones(self.st.rules.lang) and not self.number_after(k):
            return 0  # "a", "un", "um" before no number word: what every reader below would say
        if self.acronym(k):
            return 0
        after = low in self.st.rules.words and (self.ordinal(k) or self.cardinal(k))
        if not after and low in self.lang.approximate:
            after = self.approximate(k)
        if not after and (half := parse_half(self.st.rules.lang, self.items(k))):  # "half a million"
            start, end = self.spans[k][0], self.spans[k + half[0] - 1][1]
            if self.st.free(start, end):
                quantity(self.st, start, end, Decimal(half[1]))
                after = k + half[0]
        return int(after)

    def number_after(self, k: int) -> bool:
        """Does a number word (or the connector) follow word k, as :func:`parse_cardinal` joins them?"""
        if k + 1 >= len(self.spans) or self.join(k + 1) not in ("", "-"):
            return False
        known = words(self.st.rules.lang)
        return self.lows[k + 1] in known.cardinals or self.lows[k + 1] == known.connector

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
        if self.opens_name(k):
            return 0  # "Quinta do Souto", "Quinta Avenida": a name that starts with an ordinal's word
        return self.take(k, k, "ordinal", str(value))

    def opens_name(self, k: int) -> bool:
        """Is word k, capitalised, the first of a proper name: followed by a capitalised word, or by a
        small word of the name's language and one ("Quinta do Souto", "Quinta de Olivos")? Not before an
        edition word: "la Quinta Edición" is still the fifth."""
        if not self.words[k][:1].isupper() or k + 1 >= len(self.spans) or self.join(k + 1) != "":
            return False
        if self.before_edition(k) or self.is_shouting(self.spans[k][0]):
            return False
        nxt = k + 1
        if self.lows[nxt] in OF and nxt + 1 < len(self.spans) and self.join(nxt + 1) == "":
            nxt += 1
        return self.words[nxt][:1].isupper()

    def cardinal(self, k: int) -> int:
        lang = self.st.rules.lang
        if self.lows[k] not in words(lang).cardinals:
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
        """A glossary term; a level that is also an everyday word counts with a capital inside a sentence,
        or in lower case where it is a level (:mod:`drafter.extract.levels`)."""
        a, _ = self.spans[k]
        lang = self.st.rules.lang
        if common_level_word(lang, self.lows[k]):  # French "or" (but, now) and "argent" (money)
            if self.st.text[a].isupper():
                if self.sentence_start(k):
                    return 0  # "Or, …", not the level Or
            elif not level_in_lower_case(lang, self.lows, self.join, k):
                return 0  # "le prix, or …", "le manque d'argent"; but "le niveau or", "la médaille d'or"
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
            plan = self.plans[word] = plan_for(word, self.lexicons, self.st.rules.countries, self.keys)
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
        if best[1] == "place" and self.lows[k] in self.any_generic and end == k + 1 and self.opens_name(k):
            return 0  # "Praia da Foz do Almograve" is a beach, not Praia (Cabo Verde): the place is what follows
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
        if self.lows[k] not in OF or self.join(k) != "" or k + 1 >= len(self.spans):
            return False
        return self.join(k + 1) == "" and self.capital(k + 1) and self.st.free(*self.spans[k + 1])

    def name(self, k: int) -> int:
        """A proper name: capitalised words, with the small words inside names between them ("Instituto de
        Crédito Oficial", "Sant Vicenç dels Horts"), without a title or an article before them; a single
        capitalised word opening a sentence is no name, unless an acronym or with an inner capital (SahelNOW)."""
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
            if last > k and self.join(nxt) == "-" and nxt + 1 < len(spans) and capitals[nxt + 1]:
                last = nxt  # "European Association of Co-operative Banks": a compound's second half inside a name
                continue
            after = self.linked(nxt) if self.lows[nxt] in links else 0  # small words inside a name only
            if after:
                last = after
                continue
            break
        if self.lang.generic_after:  # "the Lousã Mountains and on Culatra Island": two places
            last = next((j for j in range(k, last) if self.lows[j] in self.generic and not self.capital(j + 1)), last)
        first = k
        while first < last and (self.stripped(first) or generic_before(self, first) or generic_behind(self, first)):
            first += 1  # "Sr. Maystadt", "The European Commission", "Praia da Foz do Almograve"
        while last > first and self.lang.generic_after and self.lows[last] in self.generic:
            last -= 1  # "Foz do Almograve Beach"
        if first == last and self.stripped(first):
            return last + 1 if last > k else 0
        if last + 1 < len(spans) and self.join(last + 1) == "'" and self.lows[last + 1] in CLIPPED:
            last -= 1  # "‘Don’t build it for us’": a word cut at its apostrophe is no name
        while last >= first and not self.capital(last):
            last -= 1
        if first > last:
            return 0
        first, last = extent(self, k, first, last)  # "ministère des Affaires", "Agence nationale de la…"
        single = first == last
        if single and (generic_beside(self, first) or verb(self, first)):
            return max(last, k) + 1  # "Vale do Douro" (Douro a place), "Medimo-nos com os melhores"
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
            if size == 2 and self.lows[k] in (self.lang.connector, "e", "y") and self.lows[k + 1] in _THE:
                return 0  # "Iberdrola y la Xunta", "les Moulins Réunis et l’Université": two bodies
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
        return opens(self.st.text[since:a], since == 0)

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
