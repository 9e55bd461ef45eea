"""Judging a name of one version against the other version: its words there, a word a translation
changes, a misspelling, a title in quotes, a demonym."""

from __future__ import annotations

import re
from functools import cache

from ..extract import Mention
from ..extract.canon import canon_name
from ..extract.names import forms_of, table
from ..lang import words as words_of
from ..lang.frequency import common, ordinary, ordinary_words, translated
from ..lang.institutions import kind_words, name_kind
from .keys import NAME_KINDS
from .names import Near, Token, misspelt
from .version import Version

Span = tuple[int, int]
"""Where a sentence (or a run of them) stands in a version's text: [start, end)."""


def is_acronym(m: Mention) -> bool:
    return m.kind == "name" and len(m.text) >= 2 and m.text.replace("&", "").replace("-", "").isupper()


SPLIT = re.compile(r"[^\w.]+")
WORDS = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


def uncovered(
    mention: Mention, holder: Version, other: Version | None, wording: frozenset[str] = frozenset()
) -> list[tuple[str, int]]:
    """The words of a name (in lower case, accents kept) that stand nowhere in the other version
    (all of them, with no other version), with where each starts in the name."""
    small = _small_words(holder.lang)
    found = []
    for m in WORDS.finditer(mention.text):
        word, at = _unelided(m.group().lower(), m.start())
        folded = canon_name(word)
        if (
            len(word) > 1
            and m.group() not in _ordinary_acronyms(holder.lang)
            and folded not in small
            and not _prefixed(folded, small)
            and folded not in wording
            and (other is None or not (_stands(folded, other) or _acronym_met(m.group(), holder.lang, other)))
        ):
            found.append((word, at))
    return found


_ELIDED = re.compile(r"(?:l|d)['’](?=[^\W\d_]{2})")
"""An article or "de" elided onto a name's word: "l’Université", "d’Ottawa" are "Université", "Ottawa"."""


def _unelided(word: str, start: int) -> tuple[str, int]:
    """A name's word without the article or "de" elided onto it, and where what is left starts: the
    word is judged, not "l’université", which no word list holds."""
    m = _ELIDED.match(word)
    return (word[m.end() :], start + m.end()) if m else (word, start)


@cache
def _acronyms(lang: str) -> dict[str, tuple[str, ...]]:
    """The known bodies each acronym ``lang`` (or English) writes stands for: "EIB" and "BEI" of the EIB."""
    bodies = table("bodies")
    out: dict[str, list[str]] = {}
    for value, entry in {**bodies["bodies"], **bodies["concepts"]}.items():
        for form in (*(entry.get(lang) or ()), *(entry.get("en") or ())):
            if str(form).isupper() and " " not in str(form):
                out.setdefault(str(form), []).append(str(value))
    return {k: tuple(v) for k, v in out.items()}


@cache
def _ordinary_acronyms(lang: str) -> frozenset[str]:
    """Acronyms of roles and kinds of company ("PDG", "ETI", "SME"): common nouns, which a translation
    may write out in other words, so no word of a name the other version must hold."""
    return frozenset(str(a) for a in table("bodies").get("ordinary_acronyms", {}).get(lang) or ())


def ordinary_acronym(mention: Mention, lang: str) -> bool:
    """Is the mention a role's or a kind of company's acronym ("PDG", "PME"), which a translation may
    write out in other words ("the head of", "a small firm"): no fact a version can lack."""
    return mention.text in _ordinary_acronyms(lang)


def _acronym_met(word: str, lang: str, other: Version) -> bool:
    """Is ``word`` a known body's acronym whose name in the other language stands there: the "EIB" of
    "EIB Group Institute" where the other version writes "Institut BEI"?"""
    for value in _acronyms(lang).get(word, ()):
        for form in forms_of(value, other.lang):
            if form.isupper():
                if re.search(rf"(?<![\w-]){re.escape(form)}(?![\w-])", other.draft.text):
                    return True
            elif other.text.has_phrase(canon_name(form)):
                return True
    return False


def _stands(word: str, other: Version) -> bool:
    """Whether a name's word stands in the other version: a word with an apostrophe (O'Neill, d'Or)
    is two of the version's words, whichever apostrophe each version prints."""
    if "'" in word or "’" in word:
        return other.text.has_phrase(word)
    return other.text.has_word(word)


PREFIXES = ("sub", "vice", "co", "sous-", "sub-", "vice-", "co-")
"""What makes a role of a role: "Subdirectora", "Vice-Chancellor", "Sous-directrice", "Codirector"."""


def _prefixed(word: str, small: frozenset[str]) -> bool:
    if not word.startswith(PREFIXES):  # most words: one test
        return False
    return any(word.startswith(p) and word[len(p) :] in small for p in PREFIXES)


@cache
def _small_words(lang: str) -> frozenset[str]:
    """The words of a name that are no part of what names it: links, function words, titles, roles."""
    known = words_of(lang)
    return frozenset(known.name_links | known.function_words | known.titles | known.roles)


def name_like(mention: Mention, holder: Version, other: Version) -> bool:
    """Does a name hold a word of its own (not every missing word an ordinary word)?"""
    missing = uncovered(mention, holder, other)
    return bool(missing) and not ordinary_words([w for w, _ in missing], holder.lang, other.lang)


def core_of(mention: Mention, holder: Version) -> tuple[str, str]:
    """A name without the roles and titles before it, folded and as written: "inger andersen" and
    "Inger Andersen" of "Director Inger Andersen"."""
    known = words_of(holder.lang)
    leading = known.roles | known.titles | known.function_words
    words, written = mention.value.split(), mention.text.split()
    while len(words) > 1 and len(words) == len(written) and all(part in leading for part in words[0].split("-")):
        words, written = words[1:], written[1:]
    return " ".join(words), " ".join(written)


@cache
def _first_names() -> frozenset[str]:
    return frozenset(canon_name(str(n)) for n in table("first_names")["first_names"])


_CONTACT = re.compile(r"(?i)(?<!\w)(?:press\s+)?contact(?:o|os|s)?(?:\s+(?:de|para\s+os|para\s+la|for)\s+\w+)?\s*:\s*$")


def a_person(mention: Mention, holder: Version) -> bool:
    """A person's name, which no translation changes: a first name then a surname ("Ana Ribeiro"),
    or a name given after a contact label ("Contacto: Silva"). Its surname is reported when it
    differs, even where it is also an ordinary word of another language ("Costa", "Cuesta")."""
    words = canon_name(core_of(mention, holder)[0]).split()
    if len(words) >= 2 and words[0] in _first_names():
        return True
    text = holder.draft.text
    start = holder.offset(mention)
    line = text[text.rfind("\n", 0, start) + 1 : start]
    return _CONTACT.search(line) is not None


def names_someone(missing: list[tuple[str, int]]) -> bool:
    """Do a name's words missing in the other version name a person of their own: a first name and a
    word after it ("Michel Mayor" of "Michel Mayor y Didier Queloz", where the other gives only
    Queloz)? Such words are a person left out, however common each is ("mayor")."""
    firsts, last = _first_names(), missing[-1][1] if missing else -1
    return any(canon_name(word) in firsts and at < last for word, at in missing)


def cut_short(mention: Mention, holder: Version, other: Version) -> bool:
    """Is the name, or the name the other version has for it, a draft's last word cut off mid-word
    ("Le professeur Berezov" for "Professor Berezovski")? A page cut there, not a name of its own."""
    text, own = holder.draft.text, _cut_word(holder)
    if own is not None and not text[holder.offset(mention) + len(mention.text) :].strip():
        return any(w.startswith(own) and w != own for w in other.text.vocabulary)
    cut = _cut_word(other)
    return cut is not None and any(
        w.startswith(cut) and w != cut for w in (canon_name(word) for word in WORDS.findall(mention.text))
    )


def _cut_word(version: Version) -> str | None:
    """The capitalised word a draft ends on, in a line of prose with no full stop after it (a page
    cut mid-word: "Le professeur Berezov"), if any; not a contact line's last word."""
    text = version.draft.text.rstrip()
    line = text[text.rfind("\n") + 1 :]
    m = re.search(r"(?<=\s)([^\W\d_]{3,})$", line)
    if m is None or not m.group(1)[0].isupper() or len(line.split()) < 3:
        return None
    return canon_name(m.group(1))


def shorter_form(mention: Mention, holder: Version, other: Version) -> bool:
    """Does the other version give this person's name shorter, without the surnames after the first
    ("Magdalena Álvarez" for "Magdalena Álvarez Arza")? The same person: one surname is enough."""
    if not a_person(mention, holder):
        return False
    words = canon_name(core_of(mention, holder)[0]).split()
    return any(other.text.has_phrase(" ".join(words[:cut])) for cut in range(len(words) - 1, 1, -1))


def body_dropped(mention: Mention, holder: Version, other: Version) -> bool:
    """A body's name whose head says its kind ("Agence nationale de la recherche", "ministerio de Sanidad",
    "Ministry of Health") where the other version names no body of that kind anywhere: no agency, no
    ministry or minister. Its words may all be ordinary words; the body is left out, not translated."""
    if mention.kind != "name":
        return False
    kind = _kind(mention, holder)
    return kind is not None and not any(other.text.has_word(w) for w in kind_words(kind, other.lang))


def body_met(mention: Mention, holder: Version, other: Version, span: Span, words: list[str]) -> bool:
    """A body's name whose head says its kind, whose missing ``words`` are all common words, where the
    other version's matching sentence names a body of that kind ("Conseil d'administration" beside
    "Board of Directors"): the body translated, whatever word the two languages share."""
    kind = _kind(mention, holder)
    if kind is None or not all(common(w, holder.lang) for w in words):
        return False
    return any(other.text.has_word(w, *span) for w in kind_words(kind, other.lang))


def translated_part(mention: Mention, holder: Version, other: Version) -> bool:
    """A name partly in the other version whose other words are ordinary words ("Acerca de Quadrante
    Sistemas" for "About Quadrante Sistemas"): no fact of its own, unless a body the other version
    leaves out (:func:`body_dropped`)."""
    if mention.kind != "name" or body_dropped(mention, holder, other):
        return False
    missing = uncovered(mention, holder, other)
    partly = len(missing) < len(uncovered(mention, holder, None))
    words = [w for w, _ in missing]
    if partly:
        return all(ordinary(w, holder.lang, other.lang) for w in words)
    if a_person(mention, holder):
        return False  # a person's name is never translated ("Alain Herzog": "herzog" is in French lists)
    return ordinary_words(words, holder.lang, other.lang)  # "Groupe", "Musée": no name of its own


def word_near(words: list[tuple[str, int]], holder: Version, other: Version, span: Span) -> tuple[Near, int] | None:
    """A name's missing word a letter or two off a capitalised word of the other version's sentence,
    unless the two are a word and its translation ("Immunization" and "Inmunización", "President"
    and "Presidente"); and where the word starts in the name."""
    for word, start in words:
        found = misspelt(canon_name(word), other.text, *span)
        if found and not translated(word, holder.lang, found[0].lower(), other.lang):
            return found, start
    return None


QUOTES = ('"', "“", "”", "«", "»", "‘", "’", "'")


def translation(text: str, holder: Version, found: str, other: Version) -> bool:
    """Do the words in which two names one or two letters apart differ translate each other
    ("Fonds Dag Hammarskjöld" and "Fondo Dag Hammarskjöld")?"""
    mine, theirs = WORDS.findall(text), WORDS.findall(found)
    if len(mine) != len(theirs):
        return False
    pairs = [(a.lower(), b.lower()) for a, b in zip(mine, theirs, strict=True) if canon_name(a) != canon_name(b)]
    return bool(pairs) and all(translated(a, holder.lang, b, other.lang) for a, b in pairs)


def demonym(mention: Mention, holder: Version) -> bool:
    """A single word that reads as a people's or a region's adjective ("Galician", "Andean")."""
    endings = words_of(holder.lang).demonym_endings
    return " " not in mention.text and len(mention.text) >= 5 and mention.text.lower().endswith(endings)


def quoted(mention: Mention, holder: Version) -> bool:
    """A name in quotes: a title of a song, a film, a report ("Roar"), which stays in a translation."""
    start = holder.offset(mention)
    text = holder.draft.text
    before = text[start - 1 : start] if start else ""
    after = text[start + len(mention.text) : start + len(mention.text) + 1]
    return before in QUOTES and after in QUOTES


RARE = 1.5
"""A word opening a sentence, rarer than this in its language's large word list, is taken for a name."""


def written_of(version: Version, token: Token) -> str:
    return version.draft.text[token.start : token.end]


def mention_at(version: Version, offset: int) -> Mention | None:
    """The version's name (or body, or place) that starts at ``offset``, if any."""
    for mention in version.mentions:
        if mention.kind in NAME_KINDS and version.offset(mention) == offset:
            return mention
    return None


def word_at(mention: Mention, start: int) -> tuple[int, int]:
    end = start
    while end < len(mention.text) and (mention.text[end].isalpha() or mention.text[end] in "'’"):
        end += 1
    return start, end


def part_of(mention: Mention, start: int, end: int) -> Mention:
    """The words [start, end) of a name, as a mention of their own."""
    text = mention.text[start:end]
    return Mention(mention.line, mention.column + start, "name", canon_name(text), text)


def own_acronyms(x: Mention, holder: Version, y: Mention | None, other: Version) -> bool:
    """Are two acronyms each spelt out in its own version ("Education for Sustainable Development
    (ESD)", "Educación para el Desarrollo Sostenible (EDS)")? Then each is its language's acronym of
    one term, not a misspelling of the other."""
    return y is not None and _spelt_out(x, holder) and _spelt_out(y, other)


def _spelt_out(acronym: Mention, version: Version) -> bool:
    """Does the version write the acronym in brackets after words whose initials spell it, in any
    case ("l’éducation en vue du développement durable (EDD)")? A misspelt acronym is spelt out by
    nothing: "Secretariado Europeu de Análise de Clusters (ECSA)" for ESCA."""
    text = version.draft.text
    letters = canon_name(acronym.text).replace("-", "").replace("&", "")
    for bracket in re.finditer(rf"\(\s*{re.escape(acronym.text)}\s*\)", text):
        before = WORDS.findall(text[max(0, bracket.start() - 120) : bracket.start()])[-2 * len(letters) - 2 :]
        words = [re.split(r"['’]", w)[-1] for w in before]  # "l’éducation": éducation
        initials = iter(canon_name(w)[0] for w in words if len(w) > 3 or w[:1].isupper())
        if all(letter in initials for letter in letters):  # the letters in order, each a word's initial
            return True
    return False


def translations(left: list[Mention], holder: Version, right: list[Mention], other: Version) -> set[int]:
    """Names left with no counterpart on both sides of one pair of sentences, taken for each other's
    translation ("Southern Agri-food Cluster", "Cluster Agroalimentar do Sul"): one for one, in order,
    a person's name only for a person's (no translation makes "Nuno Amado" of a bank's name), never
    an acronym. The ids of the names paired."""
    gone: set[int] = set()
    words_left = [m for m in left if m.kind == "name" and not is_acronym(m)]
    words_right = [m for m in right if m.kind == "name" and not is_acronym(m)]
    if not words_left or not words_right:
        return gone
    for person in (True, False):
        xs = [m for m in words_left if a_person(m, holder) is person]
        ys = [m for m in words_right if a_person(m, other) is person]
        for x in xs:  # in order, each with the first left that may be it: no agency for an institute
            kind = _kind(x, holder)
            y = next((y for y in ys if id(y) not in gone and (kind is None or _kind(y, other) in (kind, None))), None)
            if y is not None:
                gone.update((id(x), id(y)))
    return gone


def _kind(mention: Mention, version: Version) -> str | None:
    """The kind of body a name opens on ("Agence nationale de la recherche": agency), if any."""
    return name_kind([_unelided(m.group().lower(), 0)[0] for m in WORDS.finditer(mention.text)], version.lang)
