"""Marks a language prints where the facts type plain ones: quotation marks inside a quotation, apostrophes.

A facts file is typed on any keyboard, so its quotes and apostrophes are straight; a draft prints
them as the language's press does. Names and code-like text (addresses, e-mails) stay as written.
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


_APOSTROPHE = re.compile(
    r"(?P<code>`[^`\n]*`|(?:https?://|www\.)\S+|[\w.+'-]+@[\w-]+(?:\.[\w-]+)+)|(?<=\w)'(?=\w)|(?<=\ws)'(?=[\s,.;:!?)]|$)"
)
"""A straight apostrophe between two letters or digits or after a plural's s (members'), and the
code-like text it is left alone in: text between backticks, a web address, an e-mail (o'brien@example.org)."""


def apostrophes(text: str, lang: Words) -> str:
    """``text`` with its apostrophes as the language prints them (l’ONU, the company’s, members’);
    code-like text and other single quotes as written."""
    if not lang.apostrophe or "'" not in text:  # most texts have none: no pattern to run
        return text
    return _APOSTROPHE.sub(lambda found: found.group("code") or lang.apostrophe, text)


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
    start, end = lang.inner_quotes

    def mark(match: re.Match[str]) -> str:
        if match.group("start"):
            return start
        if match.group("end"):
            return end
        before, after = text[match.start() - 1 : match.start()], text[match.end() : match.end() + 1]
        opens = not _CLOSES.match(before) and after.strip() != ""
        return start if opens else end

    return _marks(lang.quotes).sub(mark, text)
