"""The little grammar templates need around a fact: an article before a name, a preposition
contracted with the article a phrase starts with, French elision, "a" or "an".

The words come from each language's module (:mod:`drafter.lang`): "de" and "a" give "da" in
Portuguese, "de" and "el" give "del" in Spanish, "de" and "le" give "du" in French, and French
"le" before a vowel is "l’". Nothing here knows a language by name.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from .lang import Words
from .said import folded

_VOWEL = re.compile(r"[aeiouàâäæéèêëîïôöœùûüáíóú]", re.IGNORECASE)
"""Where French elides: before a vowel, accented or not, and before a mute h (:func:`_mute_h`);
never before y, a vowel in l’Yonne and a consonant in le Yémen in ways the spelling does not show."""

_MUTE_H = re.compile(r"h(?=[aeiouyàâäæéèêëîïôöœùûüáíóú])", re.IGNORECASE)
_FIRST_WORD = re.compile(r"[^\W\d_]+")


def _cased(word: str, like: str) -> str:
    return word[:1].upper() + word[1:] if like[:1].isupper() else word


def _mute_h(before: str, words: Words) -> bool:
    """Whether ``before`` starts with a mute h, which elides as a vowel does (l’Hôtel, d’Hidrolena):
    an h before a vowel, in a word that is not written in capitals (HEC) and that the language does
    not list as aspirated (la Hongrie, de Hambourg, le Havre)."""
    first = _FIRST_WORD.match(before)
    if not _MUTE_H.match(before) or first is None or first.group().isupper():
        return False
    word = folded(first.group())
    return not ({word, word.rstrip("sx")} & _aspirated(words.aspirated_h))


@cache
def _aspirated(listed: frozenset[str]) -> frozenset[str]:
    return frozenset(folded(w) for w in listed)


def _elided(word: str, before: str, words: Words) -> str | None:
    """``word`` as it is written before ``before``, when it loses its vowel: "l’", "d’", "de l’"."""
    form = words.elisions.get(word.lower())
    if form is None or not (_VOWEL.match(before) or _mute_h(before, words)):
        return None
    return _cased(form, word)


_BETWEEN = frozenset({"entre"})
"""Words after which "e" joins the two ends of one thing ("a relação entre o homem e o mar"), not two
conjuncts that each take the preposition."""


def _agrees(article: str, word: str) -> bool:
    """Whether ``article`` can be the article of ``word`` by number: "a" before "crianças" is the
    preposition ("o apoio a idosos e a crianças"), not an article; "o gás", "o país" are singular."""
    plural = word.endswith("s") and word[-2:-1] not in "áéíóúâêô"
    return plural == article.endswith("s")


def _repeated(prep: str, rest: str, words: Words) -> str:
    """``rest`` with ``prep`` contracted again with the article of each conjunct that has its own, where
    the language repeats it (:attr:`~drafter.lang.model.Words.repeated_after`): "de" and "azeite e o
    vinho" give "azeite e do vinho"; as written after "entre", in a name ("a Fundação para a Ciência e a
    Tecnologia": a capital after the article), and in a language that says it once."""
    if not words.repeated_after or not rest[:1].islower():
        return rest
    out: list[str] = []
    tokens = rest.split(" ")
    for i, token in enumerate(tokens):
        follows = tokens[i + 1] if i + 1 < len(tokens) else ""
        conjunct = i > 0 and tokens[i - 1] in words.repeated_after and follows[:1].islower()
        conjunct = conjunct and _agrees(token, follows)
        joined = words.contractions.get(f"{prep} {token}") if conjunct else None
        out.append(joined if joined is not None and not _BETWEEN & set(tokens[:i]) else token)
    return " ".join(out)


def after(prefix: str, phrase: str, words: Words) -> str:
    """``phrase`` after the words ``prefix``, with the last of them contracted with the article the
    phrase starts with, or elided before its vowel: "do setor de" and "a construção" give
    "do setor da construção"; "Acerca de" and "el Cluster" give "Acerca del Cluster"; "de" and
    "les exportations", "des exportations"; "À propos de" and "ONDABIO", "À propos d’ONDABIO"."""
    if not prefix:
        return phrase
    if not phrase:
        return prefix
    head, _, last = prefix.rpartition(" ")
    article, _, rest = phrase.partition(" ")
    # A name's own article contracts too where the language writes it so: "À propos des Ateliers du Rhône"
    contracts = article.islower() or (words.own_article == "capital" and article.istitle())
    joined = words.contractions.get(f"{last.lower()} {article.lower()}") if rest and contracts else None
    if joined is not None:
        return f"{head} {_cased(joined, last)} {_repeated(last.lower(), rest, words)}".lstrip()
    elided = _elided(last, phrase, words)
    if elided is not None:
        return f"{head} {elided}{phrase}".lstrip()
    return f"{prefix} {phrase}"


@dataclass(frozen=True)
class OwnArticle:
    """A name that starts with an article of its own: the rest of the name, and the genders (with number)
    that article may stand for ("Les": mp or fp)."""

    rest: str
    genders: tuple[str, ...]


def own_article(name: str, words: Words, articles: Mapping[str, Mapping[str, str]]) -> OwnArticle | None:
    """The article ``name`` starts with, as the language's ``articles`` write it at a sentence's start ("O
    Boticário", "Les Ateliers du Rhône", "El Corte Inglés", "The Body Shop"), before a word with a capital
    or a figure; None for any other name."""
    first, _, rest = name.partition(" ")
    if not (rest[:1].isupper() or rest[:1].isdigit()):
        return None
    genders = tuple(gender for gender, forms in articles.items() if gender != "none" and forms.get("The") == first)
    return OwnArticle(rest, genders) if genders else None


def own_forms(forms: Mapping[str, str], words: Words) -> dict[str, str]:
    """The forms of a name's own article, where the language keeps its capital but in a contraction:
    "Les", "par Les", "des", "aux" (:attr:`~drafter.lang.model.Words.own_article`)."""
    lower, upper = forms.get("the", ""), forms.get("The", "")
    if words.own_article != "capital" or not lower:
        return dict(forms)
    return {
        key: upper if form == lower else form[: -len(lower)] + upper if form.endswith(f" {lower}") else form
        for key, form in forms.items()
    }


def with_article(article: str, name: str, words: Words) -> str:
    """``name`` after its definite article, elided where the language elides: "o SECPhO",
    "l’Universitat"; the name alone for an empty article."""
    if not article:
        return name
    head, _, last = article.rpartition(" ")
    elided = _elided(last, name, words)
    if elided is not None:
        return f"{head} {elided}{name}".lstrip()
    return f"{article} {name}"


_LETTER_VOWELS = frozenset("AEFHILMNORSX")
"""Letters whose names start with a vowel sound (eff, aitch, ell, em, en, ar, ess, ex), for a language
with an article of its own before a vowel sound: "an SME", "an NHS trust", "an EU grant"."""

_SAID_WITH_A_VOWEL = re.compile(r"8|1[18](?:\d\d)?(?![\d,])|1[18],\d{3}(?![\d,])")
"""Numbers said with a vowel first: eight…, eleven, eighteen, and eleven or eighteen hundred or thousand."""

_INITIALISM = re.compile(r"[A-Z]{2,}(?=s?(?:$|[\s\-]))")


def _initialism(word: str) -> str:
    """The capitals ``word`` starts with when they are read letter by letter: two or three capitals
    ("SME", "NGOs", "EU-funded"), or more without a vowel ("RSPB"); "" for an acronym read as a word
    ("NATO", "UNESCO", "LIFE"), which its spelling says how to say."""
    found = _INITIALISM.match(word)
    if not found:
        return ""
    caps = found.group()
    return caps if len(caps) <= 3 or not re.search("[AEIOU]", caps) else ""


_ONSETS = frozenset("BL BR CH CL CR DR FL FR GL GR PH PL PR SC SH SK SL SM SN SP ST SW TH TR TW WH".split())
_CODAS = frozenset("CH CK CT FT LD LF LK LM LP LT MP ND NG NK NS NT PS PT RC RD RG RK RM RN RS RT SK SP ST TS".split())


def read_as_word(name: str) -> bool:
    """Whether an acronym is said as a word ("NATO", "UNESCO", "EUROPARC", "ESCA"), which English
    writes without "the" ("on the initiative of UNESCO"), rather than letter by letter ("EU", "SME",
    "OECD", "IUCN", "RNLI"), which takes it ("the OECD"): four capitals or more that a reader can say,
    with no run of three consonants or three vowels, and two consonants together only where an English
    word may have them at its start, its middle or its end."""
    if not re.fullmatch(r"[A-Z]{4,}", name) or _initialism(name):
        return False
    runs = re.findall(r"[AEIOU]+|[^AEIOU]+", name)
    if any(len(run) > 2 for run in runs):
        return False
    first, last = runs[0], runs[-1]
    if len(first) == 2 and first[0] not in "AEIOU" and first not in _ONSETS:
        return False
    return not (len(last) == 2 and last[0] not in "AEIOU" and last not in _CODAS)


def indefinite(word: str, gender: str, words: Words) -> str:
    """``word`` after the indefinite article of its gender: "uma empresa", "un clúster"; English "an"
    before a vowel sound ("an association", "a university", "an hour"). A text that starts with its
    article already ("an SME") is kept as it is."""
    first = word.split(" ", 1)[0].lower()
    if not words.indefinite or first in set(words.indefinite.values()) | {words.vowel_indefinite}:
        return word
    article = words.indefinite.get(gender, words.indefinite.get("m", ""))
    if words.vowel_indefinite:
        lowered = word.lower()
        vowel = bool(_VOWEL.match(word)) and not lowered.startswith(words.consonant_starts)
        letters = _initialism(word)
        if letters:  # said letter by letter: "an SME", "an NGO", "an EU agency", "a UN agency"
            vowel = letters[0] in _LETTER_VOWELS
        elif word[:1].isdigit():  # "an 18-hole golf club", "an 800-year-old abbey", "a 12-strong team"
            vowel = bool(_SAID_WITH_A_VOWEL.match(word))
        if vowel or lowered.startswith(words.silent_starts):
            article = words.vowel_indefinite
    return f"{article} {word}" if article else word
