"""Compare each version with the facts file: every fact there, and nothing the facts do not say.

A fact of the facts file is looked for in each version by its canonical
value (so "5 de março de 2013" meets ``award.date``), a name by its words. A
value in a version that is one or two characters off a fact is that fact
written wrong; a number, date or address the facts do not have at all is an
orphan, a warning.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from ..extract import Mention
from ..extract.kinds import KINDS, family, label
from ..extract.scan import line_col
from ..lang.directions import RISE
from ..localize import url_label
from .expect import Expected
from .findings import Finding, Location
from .metals import metal_inside, searchable
from .names import whole_word
from .nearmiss import SAME_DAY, gap, similar
from .stand_ins import capital as _capital
from .stand_ins import held_at, rival_findings, said_instead
from .version import Version

ORPHAN_KINDS = tuple(k.name for k in KINDS.values() if k.orphan)
LEFTOVER_WORDS = frozenset({"TODO", "TBD", "FIXME", "XXX"})


def _texts(kind: str, mentions: Iterable[Mention]) -> str:
    """The values as written, once each: 1.775 / 1,775; web addresses without their scheme."""
    shown = (url_label(m.text) if kind == "url" else m.text for m in mentions)
    return " / ".join(dict.fromkeys(shown))


def _describe(kind: str) -> str:
    return label(kind)


def _has_word(text: str, word: str) -> bool:
    text, word = text.replace("’", "'"), word.replace("’", "'")  # a name typed d'Avignon, printed d’Avignon
    return re.search(whole_word(re.escape(word), word) + r"(?!\w)", text) is not None


def against_facts(
    version: Version,
    others: Sequence[Version],
    expected: Sequence[Expected],
    known: set[tuple[str, str]],
    release: str,
    facts_file: str,
    counterparts: Mapping[tuple[str, Mention], set[str]] | None = None,
) -> tuple[list[Finding], set[Mention]]:
    """Each fact of the facts file, in this version; and the mentions explained as wrong facts.

    A fact missing here is blamed on the value that stands where the other versions give the fact
    (``counterparts``, from the comparison of versions), before any value merely like it."""
    findings: list[Finding] = []
    explained: set[Mention] = set()
    have: dict[tuple[str, str], Mention] = {}
    for mention in version.mentions:
        for value in _values(mention):
            have.setdefault((family(mention.kind), value), mention)
    text = searchable(version.draft.text)
    for exp in expected:
        key = (family(exp.kind), exp.value)
        if exp.kind == "text":
            said = (exp.value, *exp.forms)  # "segundo lugar" for "segundo prémio": a rank as the place it is
            if any(searchable(form) in text for form in said) or metal_inside(searchable(exp.value), text):
                findings.extend(rival_findings(exp, version, release, facts_file))
                continue
        elif (key in have and not _beside(exp, version, known, explained)) or (
            exp.kind == "name" and _has_word(version.draft.text, exp.value)
        ):
            turned = _turned(exp, version) if exp.way else None
            if turned is not None:
                findings.append(_turned_finding(exp, version, turned, release, facts_file))
            findings.extend(rival_findings(exp, version, release, facts_file))
            continue  # a name that reads as a word too (OF, UK, XV, GOLD) is still that name
        elif exp.optional:
            continue
        else:
            wrong = (
                _beside(exp, version, known, explained)
                or _in_its_place(exp, version, explained, counterparts or {})
                or _near_miss(exp, version, known, explained)
            )
            if wrong is not None:
                mention, hint = wrong
                explained.add(mention)
                if hint == SAME_DAY:  # "no passado dia 18 de novembro": the day is right, its year left to the reader
                    message = (
                        f"{_capital(exp.called)} is given as {mention.text} in {version.name}, without the year "
                        f"{exp.value[:4]} that {facts_file} gives ({exp.shown}). Add the year if a reader could not "
                        f"tell it. [{exp.key}]"
                    )
                    same = (exp.key, version.lang, mention.value)
                    findings.append(
                        Finding("fact-different", "warning", message, release, (version.where(mention),), same, exp.key)
                    )
                    continue
                message = (
                    f"{_capital(exp.called)} is {mention.text} in {version.name}, where {facts_file} says {exp.shown} "
                    f"({hint}). Correct the draft, or the facts file. [{exp.key}]"
                )
                where = (version.where(mention),)
                different = (exp.key, version.lang, mention.value)
                findings.append(Finding("fact-different", "error", message, release, where, different, exp.key))
                continue
        instead = said_instead(exp, version, others, release, facts_file)
        if instead is not None:  # "primeiro prémio" for "segundo prémio", "Mac Gearóid" for "Mac Gearailt"
            findings.append(instead)
            continue
        message = (
            f"{_capital(exp.called)} ({exp.shown}) is missing from {version.name}. "
            f"Add it, or check {facts_file}. [{exp.key}]"
        )
        subject = (exp.key, version.lang, exp.kind, exp.value)
        anchor = (_anchor(version, others, key, exp),)
        findings.append(Finding("fact-missing", "error", message, release, anchor, subject, exp.key))
    return findings, explained


def _turned(exp: Expected, version: Version) -> Mention | None:
    """The change's size where every place that gives it says it went the other way: "Hausse de 22 %"
    where the facts give a fall. None where one place says the facts' way, or none says a way."""
    turned = None
    for mention, start in zip(version.mentions, version.starts, strict=True):
        if (family(mention.kind), mention.value) != (family(exp.kind), exp.value):
            continue
        said = version.ways.at(start, start + len(mention.text))
        if said is None or said == exp.way:
            return None
        turned = turned or mention
    return turned


def _turned_finding(exp: Expected, version: Version, mention: Mention, release: str, facts_file: str) -> Finding:
    went, said = ("a rise", "a fall") if exp.way == RISE else ("a fall", "a rise")
    message = (
        f"{_capital(exp.called)} reads as {said} in {version.name} (“{_clause(version, mention)}”), where "
        f"{facts_file} gives {went} of {exp.shown}. Correct the words that say which way it went, or the "
        f"facts file. [{exp.key}]"
    )
    subject = (exp.key, version.lang, "way", exp.way)
    return Finding("fact-different", "error", message, release, (version.where(mention),), subject, exp.key)


def _clause(version: Version, mention: Mention) -> str:
    """The sentence around the size, as a message quotes it."""
    segment = version.segments[version.segment_of(mention)]
    said = " ".join(version.draft.text[segment.start : segment.end].split()).lstrip("-*+#> ")
    return said if len(said) <= 90 else said[:87].rstrip() + "…"


def _values(mention: Mention) -> tuple[str, ...]:
    """The values a mention gives: a count of years its months too ("five years" is 60 months, an alias
    ``n:60`` from :mod:`drafter.extract.durations`)."""
    if mention.kind == "number" and mention.alias.startswith("n:"):
        return (mention.value, mention.alias[2:])
    return (mention.value,)


def _anchor(version: Version, others: Sequence[Version], key: tuple[str, str], exp: Expected) -> Location:
    """Where a missing fact belongs: the paragraph that holds it in another version (a name's words where
    no mention holds them)."""
    if exp.kind == "text":
        span = held_at(exp.value, version, others)
        return version.at(*line_col(version.draft.text, span[0])) if span else version.at()
    held = {}
    for other in others:
        for mention in other.mentions:
            if (family(mention.kind), mention.value) == key:
                held[other.lang] = mention
                break
    return version.anchor(others, held)


def _beside(
    exp: Expected, version: Version, known: set[tuple[str, str]], taken: set[Mention]
) -> tuple[Mention, str] | None:
    """The value standing where the fact should, beside its words (a figure's "what"), when it is not
    the fact: "1 %" where the facts give 266 %, though 266 % stands elsewhere too."""
    if not exp.context:
        return None
    offset = version.text.find_words(exp.context)
    if offset is None:
        return None  # the sentence was written anew: look for the fact anywhere
    segment = version.segment_of_offset(offset)
    here = [m for m in version.by_segment[segment] if family(m.kind) == family(exp.kind)]
    if any(m.value == exp.value for m in here):
        return None
    odd = [m for m in here if m not in taken and (family(m.kind), m.value) not in known]
    if not odd:
        return None
    mention = odd[0]
    hint = similar(family(exp.kind), mention.value, exp.value, (mention.text, exp.shown))
    return mention, hint or "beside the words the facts give it"


def _in_its_place(
    exp: Expected, version: Version, taken: set[Mention], counterparts: Mapping[tuple[str, Mention], set[str]]
) -> tuple[Mention, str] | None:
    """The value of this version that the other versions' aligned sentences give as the fact."""
    for mention in version.mentions:
        if mention in taken or family(mention.kind) != family(exp.kind):
            continue
        if exp.value in counterparts.get((version.lang, mention), ()):
            hint = similar(family(exp.kind), mention.value, exp.value, (mention.text, exp.shown))
            hint = hint or "where the other versions give the fact"
            return mention, hint
    return None


def _near_miss(
    exp: Expected, version: Version, known: set[tuple[str, str]], taken: set[Mention]
) -> tuple[Mention, str] | None:
    best: tuple[int, Mention, str] | None = None
    for mention in version.mentions:
        fam = family(mention.kind)
        if fam != family(exp.kind) or (fam, mention.value) in known or mention in taken:
            continue
        hint = similar(fam, mention.value, exp.value, (mention.text, exp.shown))
        if hint and (best is None or gap(fam, mention.value, exp.value) < best[0]):
            best = (gap(fam, mention.value, exp.value), mention, hint)
    return (best[1], best[2]) if best else None


def orphans(
    version: Version,
    expected: Sequence[Expected],
    known: set[tuple[str, str]],
    explained: set[Mention],
    release: str,
    facts_file: str,
    ignore_names: frozenset[str] = frozenset(),
) -> list[Finding]:
    """Numbers, dates, web addresses and e-mails in a draft that the facts file does not have.

    One that is a near miss of a fact (a link's address one letter off, while its
    text is right) is a wrong fact, an error; the others are warnings.
    """
    out = []
    for mention in version.mentions:
        if mention.kind not in ORPHAN_KINDS and mention.kind not in ("phone", "name") or mention in explained:
            continue
        if any((family(mention.kind), value) in known for value in _values(mention)):
            continue
        if mention.kind == "name" and (
            mention.value in ignore_names or mention.text in LEFTOVER_WORDS or not _acronym(mention.text)
        ):
            continue  # a name of ordinary words is wording; an acronym one letter off a fact is that fact
        near = [
            (gap(family(e.kind), mention.value, e.value), e, hint)
            for e in expected
            if family(e.kind) == family(mention.kind)
            and (hint := similar(family(e.kind), mention.value, e.value, (mention.text, e.shown)))
        ]
        if near:
            _, exp, hint = min(near, key=lambda n: (n[0], n[1].key))
            message = (
                f"{_capital(exp.called)} is {_texts(mention.kind, [mention])} in {version.name}, where {facts_file} "
                f"says {exp.shown} ({hint}). Correct the draft, or the facts file. [{exp.key}]"
            )
            subject = (exp.key, version.lang, mention.value)
            where = (version.where(mention),)
            out.append(Finding("fact-different", "error", message, release, where, subject, exp.key))
            continue
        if mention.kind not in ORPHAN_KINDS:
            continue
        message = (
            f"{version.name} gives the {_describe(mention.kind)} {mention.text}, which {facts_file} does not have. "
            "Check it, or add it to the facts file."
        )
        subject = (mention.kind, mention.value, version.lang)
        out.append(Finding("orphan", "warning", message, release, (version.where(mention),), subject))
    return out


def _acronym(text: str) -> bool:
    return len(text) >= 2 and (text.isupper() or any(c.isupper() for c in text[1:])) and " " not in text
