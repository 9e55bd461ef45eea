"""The words a choice box shows for each of its values: a country's name, what each kind of release announces.

The facts file keeps the codes (``PT``, ``certification``); a press officer picks from names. What a key's
values are called is a registry keyed by the field's key, so that a field the model gains shows its codes
until it is given words here, and nothing else changes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

KINDS = {
    "award": "award: received for the first time",
    "renewal": "renewal: the same award again",
    "certification": "certification: to a standard",
    "prize": "prize: won at an event",
    "grant": "grant: money for a project",
}
"""What each kind announces, in the words of docs/facts.md; the code first, as the file writes it."""


def country(code: str) -> str:
    """ "Portugal (PT)": the country's English name, as drafts write it, then the code the file holds."""
    from ..localize import COUNTRY_CODES, country_name, locale_for

    return f"{country_name(code, locale_for('en'))} ({code})" if code in COUNTRY_CODES else code


WORDS: dict[str, Callable[[str], str]] = {
    "country": country,
    "kind": lambda code: KINDS.get(code, code),
}
"""A field's key → the words for one of its values."""

SORTED = frozenset({"country"})
"""Fields whose choices read best in the order of their words (countries by name), not of their codes."""


def choices(options: Iterable[object], key: str = "") -> list[tuple[str, str]]:
    """``(value, words)`` for each option of the field ``key``."""
    words = WORDS.get(key)
    pairs = [(str(o), words(str(o)) if words else str(o)) for o in options]
    return sorted(pairs, key=lambda pair: pair[1].casefold()) if key in SORTED else pairs


__all__ = ["KINDS", "SORTED", "WORDS", "choices", "country"]
