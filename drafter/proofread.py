"""Checks of a single version: is it in its language, and is anything left unfinished?"""

from __future__ import annotations

import re
from functools import cache

from babel import Locale

from .compare import Version
from .findings import Finding, Location
from .langid import MIN_WORDS, identify, words

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


def leftovers(version: Version, release: str) -> list[Finding]:
    raw = version.draft.raw or version.draft.text
    out = []
    for number, line in enumerate(raw.split("\n"), 1):
        for pattern, template in _LEFTOVERS:
            for match in pattern.finditer(line):
                where = Location(version.draft.shown, number, match.start() + 1)
                message = template.format(text=match.group())
                subject = (version.lang, match.group(), line.strip()[:80])
                out.append(Finding("leftover", "error", message, release, (where,), subject))
    return out


def language(version: Version, langs: list[str], release: str) -> tuple[list[Finding], bool]:
    """The draft, and each paragraph long enough to judge, is in the draft's language.

    The flag is true when the whole draft is in another language than it claims.
    """
    if len(langs) < 2:
        return [], False
    lines = version.draft.text.split("\n")
    want = version.lang
    if version.draft.lang_from != "detected":
        whole = identify(_NOISE.sub(" ", version.draft.text), langs)
        if whole and whole != want:
            message = (
                f"{version.draft.shown} reads as {language_name(whole)}, "
                f"but its {'name' if version.draft.lang_from == 'name' else '--lang'} says {language_name(want)}"
            )
            subject = (version.draft.shown.rsplit("/", 1)[-1], whole, want)
            return [Finding("language", "error", message, release, (version.at(),), subject)], True
    out = []
    for first, last in version.paragraphs:
        block = _NOISE.sub(" ", " ".join(lines[first - 1 : last]))
        if words(block) < MIN_WORDS:
            continue
        found = identify(block, langs)
        if found and found != want:
            message = f"this paragraph reads as {language_name(found)}, not {language_name(want)}"
            subject = (want, found, " ".join(block.split())[:80])
            out.append(Finding("language", "error", message, release, (version.at(first, 1),), subject))
    return out, False
