"""Checks of a single version: is it in its language, and is anything left unfinished?"""

from __future__ import annotations

import re
from functools import cache

from babel import Locale

from .compare import Version
from .findings import Finding, Location
from .langid import MIN_WORDS, identify

_LEFTOVERS = (
    (re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}|\{\{|\}\}|\{%|%\}"), "template syntax {text!r} left in the text"),
    (re.compile(r"\b(?:TODO|TBD|FIXME|XXX)\b"), "{text} left in the text"),
    (re.compile(r"<<[^<>\n]*>>"), "placeholder {text} from drafter new left in the text"),
    (re.compile(r"\[[^\]\n]*\]\(\s*\)"), "link {text} goes nowhere"),
    (re.compile(r"(?<!!)\[\s*\]\([^)\n]*\)"), "link {text} has no text"),
    (re.compile(r"""href\s*=\s*(?:""|'')""", re.I), "link goes nowhere ({text})"),
)
_NOISE = re.compile(r"\]\([^)]*\)|https?://\S+|www\.\S+|\S+@\S+|[#>*_`|\[\]]")


@cache
def language_name(code: str) -> str:
    """Spanish, Portuguese: for messages, in English."""
    name: str = Locale("en").languages.get(code, code)
    return name


def leftovers(version: Version, release: str, names: frozenset[str] = frozenset()) -> list[Finding]:
    """Template syntax, TODO and its kin, placeholders and empty links; ``names`` are facts, never leftovers."""
    raw = version.draft.raw or version.draft.text
    out = []
    for number, line in enumerate(raw.split("\n"), 1):
        for pattern, template in _LEFTOVERS:
            for match in pattern.finditer(line):
                if match.group() in names:
                    continue  # an organisation really called TBD
                where = Location(version.draft.shown, number, match.start() + 1)
                message = template.format(text=match.group())
                subject = (version.lang, match.group(), line.strip()[:80])
                out.append(Finding("leftover", "error", message, release, (where,), subject))
    return out


def _prose(block: str) -> str:
    """The words that tell a language: no addresses, markup, or names (words with a capital inside)."""
    text = _NOISE.sub(" ", block)
    return " ".join(w for w in text.split() if not any(c.isupper() for c in w[1:]) and not w[:1].isdigit())


def language(version: Version, langs: list[str], release: str) -> tuple[list[Finding], bool]:
    """The draft, and each paragraph long enough to judge, is in the draft's language.

    Headings are never judged, and only words in lower case count towards the
    length: a headline made of names reads as any language. The draft as a
    whole is judged by its paragraphs: when most of them read as another
    language, the draft's name (or --lang) is what is wrong, and that one
    finding is returned with the flag set.
    """
    if len(langs) < 2:
        return [], False
    lines = version.draft.text.split("\n")
    want = version.lang
    verdicts: list[tuple[int, str, str]] = []
    for first, last in version.paragraphs:
        if lines[first - 1].lstrip().startswith("#"):
            continue
        block = _prose(" ".join(lines[first - 1 : last]))
        if sum(1 for w in block.split() if w.islower() and len(w) > 1) < MIN_WORDS:
            continue
        found = identify(block, langs)
        if found:
            verdicts.append((first, found, block))
    others = [v for v in verdicts if v[1] != want]
    if version.draft.lang_from != "detected" and len(verdicts) >= 2 and len(others) * 2 > len(verdicts):
        whole = max({v[1] for v in others}, key=lambda lang: sum(1 for v in others if v[1] == lang))
        said = "name" if version.draft.lang_from == "name" else "--lang"
        message = f"{version.draft.shown} reads as {language_name(whole)}, but its {said} says {language_name(want)}"
        subject = (version.draft.shown.rsplit("/", 1)[-1], whole, want)
        return [Finding("language", "error", message, release, (version.at(),), subject)], True
    out = []
    for first, found, block in others:
        message = f"this paragraph reads as {language_name(found)}, not {language_name(want)}"
        subject = (want, found, " ".join(block.split())[:80])
        out.append(Finding("language", "error", message, release, (version.at(first, 1),), subject))
    return out, False
