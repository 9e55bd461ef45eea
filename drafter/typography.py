"""Marks a language prints where the facts type plain ones: quotation marks inside a quotation,
apostrophes, and French's no-break spaces at ; : ! ? « ».

A facts file is typed on any keyboard, so its quotes and apostrophes are straight and its spaces
ordinary; a draft prints them as the language's press does. Names and code-like text (addresses,
e-mails) stay as written.
"""

from __future__ import annotations

import re
from functools import cache

from .lang import Words

_SPACE = r"[^\S\n]*"


@cache
def _marks(quotes: tuple[str, str]) -> re.Pattern[str]:
    """Straight double quotes, and the outer marks with the spaces inside them (French « … »)."""
    start, end = (re.escape(q) for q in quotes)
    return re.compile(f'(?P<straight>")|(?P<start>{start}){_SPACE}|{_SPACE}(?P<end>{end})')


_CLOSES = re.compile(r"[\w.,;:!?…%)\]}’”»]")
"""What a closing mark follows: a word, a number, the punctuation that ends one."""


_CODE = r"`[^`\n]*`|(?:https?://|www\.|mailto:)\S+|[\w.+'%!#$&*/=?^{|}~\\-]+(?:@|&#64;)[\w-]+(?:\.[\w-]+)+|&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);"
"""Code-like text, left as written: text between backticks, a web address, an e-mail (o'brien@example.org,
or o'brien&#64;example.org as a draft's Markdown writes it where it is shown),
a character reference (&amp;, &#x3E;: its semicolon is no French semicolon)."""

_APOSTROPHE = re.compile(rf"(?P<code>{_CODE})|(?<=\w)'(?=\w)|(?<=\ws)'(?=[\s,.;:!?)]|$)")
"""A straight apostrophe between two letters or digits or after a plural's s (members'), and the
code-like text it is left alone in."""

_SPACED = re.compile(rf"(?P<code>{_CODE})|(?P<gap>[^\S\n]*)(?P<mark>[;:!?»%])|(?P<open>«)(?P<after>[^\S\n]*)")
"""A mark that may take a space before it (or, for «, after it), with the spaces it has there; % only in a
language that spaces it (Spanish: "40 %")."""

_ENDS = re.compile(r"[\w)\]}’”»….%]")
"""What a mark takes its space after when none was typed: a word, a number, the punctuation that ends one."""


def _wants_space(text: str, start: int, end: int, mark: str) -> bool:
    """Whether a mark typed with no space before it takes one: » after the text it closes; ; : ! ? after
    a word, a number or a closing mark, when the mark ends its phrase (the end, a space or a mark follows)."""
    before, follows = text[start - 1 : start], text[end : end + 1]
    if mark == "»":
        return not before.isspace() and before != "«"
    ends_phrase = not follows or follows.isspace() or follows in ";:!?»)]}.,…"
    return bool(_ENDS.match(before)) and ends_phrase


def apostrophes(text: str, lang: Words) -> str:
    """A sentence of the facts with the marks the language prints where a keyboard types plain ones:
    its apostrophes (l’ONU, the company’s, members’) and, where the language asks, the no-break spaces
    at its marks (:func:`spaced`); code-like text and other single quotes as written."""
    if lang.apostrophe and "'" in text:  # most texts have none: no pattern to run
        text = _APOSTROPHE.sub(lambda found: found.group("code") or lang.apostrophe, text)
    return spaced(text, lang)


def name_apostrophes(text: str, lang: Words) -> str:
    """A name or a phrase with the language's apostrophe (L’Isle-sur-la-Sorgue, Côte d’Azur), and nothing
    else changed: a brand's marks stay as typed (Yahoo!)."""
    if lang.apostrophe and "'" in text:
        return _APOSTROPHE.sub(lambda found: found.group("code") or lang.apostrophe, text)
    return text


def spaced(text: str, lang: Words) -> str:
    """``text`` with the no-break space the language prints at each mark (French: U+202F in "Bravo !",
    U+00A0 in "ceci : cela" and "« oui »"), so that no line of a CMS breaks before the mark.

    An ordinary space there (or another no-break one) becomes the right one; where none was typed, one is
    added after a word, a number or a closing mark, when the mark ends its phrase (a space, the end, or
    another mark follows it), so "10:30", "ISO 50001:2018", "?!" and code-like text (web addresses,
    e-mails, text between backticks) are left as written. Text without these marks is returned as it is,
    and a text already spaced does not change."""
    marks = lang.spaced_marks
    if not marks or not any(mark in text for mark in marks):  # most texts have none: no pattern to run
        return text

    def space(found: re.Match[str]) -> str:
        if found.group("code"):
            return found.group()
        if found.group("open"):  # « takes its space after it, before the text it opens
            follows = text[found.end() : found.end() + 1]
            if "«" not in marks or follows in ("", "\n") or (follows == "»" and not found.group("after")):
                return found.group()
            return "«" + marks["«"]
        gap, mark, start = found.group("gap"), found.group("mark"), found.start()
        before = text[start - 1 : start]
        if mark not in marks or before in ("", "\n"):
            return found.group()
        if not gap and not _wants_space(text, start, found.end(), mark):
            return found.group()
        return marks[mark] + mark

    return _SPACED.sub(space, text)


def nested(text: str, lang: Words) -> str:
    """A text printed inside quotation marks, with the quotations it holds marked as quotations
    inside a quotation: its straight double quotes and the language's outer marks become the
    language's inner ones (en “a ‘b’ c”, pt «a “b” c», fr « a “b” c »).

    A straight quote closes after a word, a number or the punctuation that ends one, and
    before a space or the end of the text; anywhere else it opens. An apostrophe inside a word
    is printed as the language prints one (l’ONU, O’Brien’s), but not in code-like text; other
    single quotes stay as written, as does everything for a language drafter has no marks for."""
    text = apostrophes(text, lang)
    if not all(lang.quotes) or not all(lang.inner_quotes):
        return text
    if '"' not in text and lang.quotes[0] not in text and lang.quotes[1] not in text:
        return spaced(text, lang)  # no quotation inside (most quotes): no pattern to run
    start, end = lang.inner_quotes

    def mark(match: re.Match[str]) -> str:
        if match.group("start"):
            return start
        if match.group("end"):
            return end
        before, after = text[match.start() - 1 : match.start()], text[match.end() : match.end() + 1]
        opens = not _CLOSES.match(before) and after.strip() != ""
        return start if opens else end

    return spaced(_marks(lang.quotes).sub(mark, text), lang)  # a mark after the inner quotes gets its space too


def quoted(text: str, lang: Words) -> str:
    """A sentence of the facts with its straight double quotes printed as the language's quotation marks
    (en “Keep Our Kids’ A&E Open”, pt and es «…», fr « … »), and its apostrophes as :func:`apostrophes`
    prints them, as a quote's are (:func:`nested`): a sentence should not mix “ and " because the
    keyboard typed one. Code-like text, and every text of a language drafter has no marks for, keep theirs."""
    if '"' in text and all(lang.quotes):
        start, end = lang.quotes
        parts = re.split(f"({_CODE})", text)
        for i in range(0, len(parts), 2):  # the odd parts are code-like text, left as written

            def mark(found: re.Match[str], part: str = parts[i]) -> str:
                before, after = part[found.start() - 1 : found.start()], part[found.end() : found.end() + 1]
                return start if not _CLOSES.match(before) and after.strip() != "" else end

            parts[i] = re.sub('"', mark, parts[i])
        text = "".join(parts)
    return apostrophes(text, lang)


_LAST_MARK = re.compile(r"(?P<stop>\.)?(?P<closing>[”’»)\]]*)\s*\Z")


def closing_stop(text: str, lang: Words) -> tuple[str, str]:
    """A quotation's text, and what follows its closing mark: in a language that puts the full stop after
    the mark (es: «… profesionales».), the text without its own stop, which comes after; a text that ends
    in ? ! or … keeps them inside and takes the stop after too («¿Y ahora?».). Elsewhere the text as it is
    and nothing after it (pt «… profissionais.», en “… staff.”, fr « … soins. »)."""
    if not lang.stop_after_quote or not text.strip():
        return text, ""
    found = _LAST_MARK.search(text.rstrip())
    kept = text.rstrip()
    if found and found.group("stop") and not kept[: found.start()].endswith("."):  # "…" typed as "..." stays
        return kept[: found.start()] + found.group("closing"), "."
    return kept, "."
