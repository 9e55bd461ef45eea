"""How many times, between versions: "for the second time" in one, nothing of it in another.

A renewal's count is a fact (the facts' ``award.times_renewed``), but a low ordinal in words is wording
to the comparison of facts ("the first agreement", "pela segunda vez"): a version that dropped "pour la
deuxième fois" from its lead, or said « pour la troisième fois » where the others say "for the second
time", passed. Here the count is read where it can only be one: in the phrase each language says it
with (:mod:`drafter.lang.times`), "for the nth time" or "for the nth year in a row" and their
translations, from the second on ("for the first time" says something else as often as a count). A
version that says the renewal its own way ("remporte de nouveau", "wins again") has not dropped it. A
count written in digits in every version that gives it is left to the comparison of facts.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from ..extract.scan import line_col
from ..lang.times import AGAIN, TIMES
from .differences import listing
from .findings import Finding, Location
from .version import Version

_MASCULINE = {
    "pt": "primeiro segundo terceiro quarto quinto sexto sétimo oitavo nono décimo",
    "es": "primer segundo tercer cuarto quinto sexto séptimo octavo noveno décimo",
}
"""The ordinals a year (o ano, el año) takes, first to tenth; "por tercer año" as "por tercera vez"."""

_DIGITS = {"en": r"\d+(?:st|nd|rd|th)", "pt": r"\d+\.?[ºªo]", "es": r"\d+\.?[ºªo]", "fr": r"\d+(?:e|ème)"}

_FRAMES = {
    "en": r"\bfor (?:the|a) {n}(?: (?:consecutive|straight|successive|running))? (?:time|year)\b",
    "pt": r"\bpel[ao] {n} (?:vez|ano)\b",
    "es": r"\bpor {n} (?:vez|año)\b",
    "fr": r"\bpour la {n} (?:fois|année)\b",
}
"""Each language's phrase, ``{n}`` the ordinal: "for the third consecutive year", "pelo segundo ano"."""


def _ordinals(lang: str) -> dict[str, int]:
    words = {w: i + 1 for i, w in enumerate(TIMES[lang].words)}
    words.update({w: i + 1 for i, w in enumerate(_MASCULINE.get(lang, "").split())})
    if lang == "fr":
        words["seconde"] = 2
    return {w: n for w, n in words.items() if n >= 2}


def _pattern(lang: str) -> re.Pattern[str]:
    words = "|".join(sorted(map(re.escape, _ordinals(lang)), key=len, reverse=True))
    ordinal = f"(?P<n>{words}|{_DIGITS[lang]})"
    return re.compile(_FRAMES[lang].format(n=ordinal), re.IGNORECASE)


_PATTERNS = {lang: _pattern(lang) for lang in _FRAMES}
_AGAIN = {lang: re.compile(AGAIN[lang], re.IGNORECASE) for lang in _FRAMES}


def says_again(version: Version) -> bool:
    """Does the version say the renewal without its count ("de nouveau", "again")?"""
    pattern = _AGAIN.get(version.lang)
    return pattern is not None and pattern.search(version.draft.text) is not None


@dataclass(frozen=True)
class Said:
    """A count as one version says it: the number, its phrase, where it starts."""

    count: int
    text: str
    offset: int
    in_words: bool


def counts(version: Version) -> dict[int, Said]:
    """The counts a version says, each with the first place it says it."""
    pattern = _PATTERNS.get(version.lang)
    if pattern is None:
        return {}
    ordinals = _ordinals(version.lang)
    out: dict[int, Said] = {}
    for m in pattern.finditer(version.draft.text):
        word = m.group("n").lower()
        digits = re.match(r"\d+", word)
        count = int(digits.group()) if digits else ordinals[word]
        if count >= 2:
            out.setdefault(count, Said(count, m.group(), m.start(), not digits))
    return out


def findings(versions: Sequence[Version], release: str) -> Iterator[Finding]:
    """A count some versions say and others do not: an error for one that says another count no
    version shares, a warning for those that say none."""
    said = {v.lang: counts(v) for v in versions}
    by_lang = {v.lang: v for v in versions}
    every = {n for held in said.values() for n in held}
    explained: set[tuple[str, int]] = set()  # a version's count already set against another's
    for count in sorted(every, key=lambda n: (-sum(n in held for held in said.values()), n)):
        holders = [v.lang for v in versions if count in said[v.lang]]
        lacking = [v.lang for v in versions if count not in said[v.lang]]
        if not lacking or not any(said[lang][count].in_words for lang in holders):
            continue
        shown = listing(dict.fromkeys(f"“{said[h][count].text}”" for h in holders))
        files = listing(by_lang[h].name for h in holders)
        places = tuple(_at(by_lang[h], said[h][count]) for h in holders)
        silent = []
        for lang in lacking:
            own = [s for n, s in said[lang].items() if all(n not in said[other] for other in holders)]
            if own and (lang, own[0].count) in explained:
                continue
            if not own:
                if not says_again(by_lang[lang]):  # "remporte de nouveau": said its own way
                    silent.append(by_lang[lang])
                continue
            message = (
                f"How many times differs: {shown} in {files}, where {by_lang[lang].name} says “{own[0].text}”. "
                "Correct the one that is wrong."
            )
            explained.update({(lang, own[0].count), *((h, count) for h in holders)})
            differs = ("times", str(count), lang, str(own[0].count))
            yield Finding("mismatch", "error", message, release, (_at(by_lang[lang], own[0]), *places), differs)
        if silent:
            say = "says" if len(holders) == 1 else "say"
            message = (
                f"Only {files} {say} how many times: {shown}; {listing(v.name for v in silent)} "
                f"{'does' if len(silent) == 1 else 'do'} not, anywhere. Add it where the matching sentence "
                "stands, or check that it belongs."
            )
            lacks = ("times", str(count), *(v.lang for v in silent))
            yield Finding("unmatched", "warning", message, release, (*places, *(v.at() for v in silent)), lacks)


def _at(version: Version, said: Said) -> Location:
    return version.at(*line_col(version.draft.text, said.offset))
