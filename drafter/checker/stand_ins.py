"""What stands in a version where a fact of the facts file should: the same words with another value (a
lead's "primeiro prémio" under a headline's "segundo prémio", "por tercera vez" for "por segunda vez"), or a
name a few letters off at the place the other versions give the name ("Mac Gearóid" for "Mac Gearailt").

A rival said beside the right words is an error where it stands; a rival or a near name said where the
fact is missing is the fact written wrong, reported there and quoted, rather than the fact missing at the
top of the file."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from rapidfuzz.distance import OSA

from ..extract import terms_among
from ..extract.scan import fold, line_col
from ..facts.levels import METALS, OwnLevel, level_text
from ..lang.ranks import as_place
from ..lang.ranks import rivals as ranked
from .findings import Finding
from .metals import searchable
from .names import limit
from .version import Version

if TYPE_CHECKING:  # the expectations are made with the rivals this module gives them
    from .expect import Expected


def level_rivals(level: str | OwnLevel, lang: str) -> tuple[str, ...]:
    """The other levels of the awarded one's series: the other metals' terms ("level:silver" for gold), or
    the scheme's own name with another rank or metal in it ("primeiro prémio" for "segundo prémio"), and a
    rank's place with another ("primer puesto" for "segundo premio", said "segundo puesto")."""
    if isinstance(level, str):
        return tuple(f"level:{metal}" for metal in METALS if metal != level)
    names = (level_text(level, lang), *level_forms(level, lang))
    return tuple(dict.fromkeys(rival for name in names for rival in ranked(name, lang)))


def level_forms(level: str | OwnLevel, lang: str) -> tuple[str, ...]:
    """The other words a level of the scheme's own is said with as faithfully: a rank, the place it is won
    in a prize ("segundo lugar", "segundo puesto", "second place", « deuxième place »: :func:`as_place`)."""
    if isinstance(level, str):
        return ()
    place = as_place(level_text(level, lang), lang)
    return (place,) if place else ()


def kept_apart(
    expected: Sequence[Expected], prose: Iterable[str], lang: str, glossary: Mapping[str, Any] | None
) -> list[Expected]:
    """The expectations without the rivals the facts give themselves: an earlier level ("Silver in 2024"
    before this year's Gold), a rank or a metal a text of the facts says ("the first prize went to…",
    "its next aim is the Gold label": read as a draft is, for a metal's term)."""
    given = {e.value.casefold() for e in expected} | {e.shown.casefold() for e in expected}
    said = "\n\n".join(prose)
    if any(e.kind == "term" and e.rivals for e in expected):
        given |= terms_among(said, lang, frozenset(r.casefold() for e in expected for r in e.rivals), glossary=glossary)
    said = said.casefold()
    out = []
    for e in expected:
        if e.rivals:
            kept = tuple(r for r in e.rivals if r.casefold() not in given and not _said(r.casefold(), said))
            if kept != e.rivals:
                e = replace(e, rivals=kept)
        out.append(e)
    return out


def _said(rival: str, text: str) -> bool:
    """``rival`` in ``text`` as words of its own; a text without its letters is not searched (a pattern that
    opens with a look-behind is tried at every character)."""
    return rival in text and re.search(r"(?<!\w)" + re.escape(rival) + r"(?!\w)", text) is not None


def rivals_in(exp: Expected, version: Version) -> Iterator[tuple[int, str]]:
    """Where a rival of ``exp`` stands in the version, and as written: a metal by the terms the version
    was read for (French "or" is a level only where French makes it one), any other by its words."""
    if exp.kind == "term":
        for mention, start in zip(version.mentions, version.starts, strict=True):
            if mention.kind == "term" and mention.value in exp.rivals:
                yield start, mention.text
        return
    text = version.draft.text.replace("’", "'")  # one character for one: the offsets stay
    for rival in exp.rivals:
        pattern = r"(?<!\w)" + re.escape(rival.replace("’", "'")) + r"(?!\w)"
        for found in re.finditer(pattern, text, re.IGNORECASE):
            yield found.start(), version.draft.text[found.start() : found.end()]


def rival_findings(exp: Expected, version: Version, release: str, facts_file: str) -> Iterator[Finding]:
    """The fact said in the same words with another value, where the right words stand elsewhere too: a
    lead's "por tercera vez" under a headline's "por segunda vez". Each such place is wrong."""
    text = searchable(version.draft.text)
    # the right words as the version says them elsewhere: "segundo puesto" where the facts say "segundo premio"
    right = next((form for form in exp.forms if searchable(form) in text), exp.shown)
    for start, written in rivals_in(exp, version):
        message = (
            f"{capital(exp.called)} is said two ways in {version.name}: “{written}” here, and "
            f"“{right}” elsewhere, as {facts_file} gives it. Correct the one that is wrong. [{exp.key}]"
        )
        yield _finding(exp, version, start, written, message, release)


def said_instead(
    exp: Expected, version: Version, others: Sequence[Version], release: str, facts_file: str
) -> Finding | None:
    """A missing fact written wrong: another level of its series where the version gives none right, or
    a name a few letters off at the place the other versions give it. None where neither stands."""
    found = next(iter(rivals_in(exp, version)), None) if exp.rivals else None
    if found is None and exp.kind == "text" and _a_name(exp.value):
        found = near_name(exp.value, version, others)
    if found is None:
        return None
    start, written = found
    message = (
        f"{capital(exp.called)} is “{written}” in {version.name}, where {facts_file} says “{exp.shown}”. "
        f"Correct the draft, or the facts file. [{exp.key}]"
    )
    return _finding(exp, version, start, written, message, release)


def _finding(exp: Expected, version: Version, start: int, written: str, message: str, release: str) -> Finding:
    where = (version.at(*line_col(version.draft.text, start)),)
    subject = (exp.key, version.lang, "said", fold(" ".join(written.split())).casefold())
    return Finding("fact-different", "error", message, release, where, subject, exp.key)


def _a_name(value: str) -> bool:
    """Words written as a name is, its first and last capitalised ("Siobhán Mac Gearailt"): a role or an
    award's lower-case words are said anew by a translation, not misspelt."""
    words = value.split()
    return len(words) >= 2 and words[0][:1].isupper() and words[-1][:1].isupper()


def held_at(value: str, version: Version, others: Sequence[Version]) -> tuple[int, int] | None:
    """The span of the version's paragraph that aligns with one where another version gives ``value``."""
    for other in others:
        offset = other.text.find_words(value)
        if offset is None or len(other.paragraphs) != len(version.paragraphs):
            continue
        index = other.paragraph_of(other.draft.text.count("\n", 0, offset) + 1)
        if index is None:
            continue
        first, last = version.paragraphs[index]
        starts = version.line_starts
        return starts[first - 1], starts[last] if last < len(starts) else len(version.draft.text)
    return None


def near_name(value: str, version: Version, others: Sequence[Version]) -> tuple[int, str] | None:
    """Capitalised words close to the name ``value`` by edit distance, where another version gives the
    name (a surname respelt: up to a quarter of its letters), else anywhere a letter or two off it; where
    they start and as written."""
    phrase = " ".join(fold(value).lower().split())
    span = held_at(value, version, others)
    if span is not None:
        found = _closest(phrase, version, *span, max(limit(phrase), len(phrase.replace(" ", "")) // 4))
        if found is not None:
            return found
    return _closest(phrase, version, 0, len(version.draft.text), limit(phrase))


def _closest(phrase: str, version: Version, start: int, end: int, allowed: int) -> tuple[int, str] | None:
    if not allowed:
        return None
    text, size = version.text, len(phrase.split())
    best: tuple[int, int, int] | None = None
    for run_start, run_end in text.capitalised_runs(start, end):
        for i in range(run_start, run_end):
            for j in range(i + max(1, size - 1), min(i + size + 1, run_end) + 1):
                gap = OSA.distance(phrase, " ".join(text.words_in_order[i:j]), score_cutoff=allowed)
                if 0 < gap <= allowed and (best is None or gap < best[0]):
                    best = (gap, i, j)
    if best is None:
        return None
    _, i, j = best
    return text.starts[i], text.original[text.starts[i] : text.ends[j - 1]]


def capital(text: str) -> str:
    return text[:1].upper() + text[1:]
