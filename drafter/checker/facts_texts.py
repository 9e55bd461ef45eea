"""The texts a facts file holds, walked once: the values they hold are facts too, which a version may say
in a figure's words, a purpose or an About paragraph; the term base and the check read them here."""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from pydantic import BaseModel

from ..facts import Facts


def texts(value: object) -> Iterator[str | Mapping[str, str]]:
    """Every text of the facts, in order: a language-neutral one, or a mapping of one per language."""
    if isinstance(value, BaseModel):
        for name in type(value).model_fields:
            yield from texts(getattr(value, name))
    elif isinstance(value, Mapping):
        if value and all(isinstance(v, str) for v in value.values()):
            yield value
    elif isinstance(value, tuple):
        for item in value:
            yield from texts(item)
    elif isinstance(value, str):
        yield value


def all_texts(facts: Facts) -> tuple[str | Mapping[str, str], ...]:
    """:func:`texts` of a facts file, walked once for the release's versions and its term base (the model
    is frozen, and the one walked last is kept, so its identity cannot be taken by another)."""
    if _WALKED and _WALKED[0][0] is facts:
        return _WALKED[0][1]
    found = tuple(texts(facts))
    _WALKED[:] = [(facts, found)]
    return found


_WALKED: list[tuple[Facts, tuple[str | Mapping[str, str], ...]]] = []


def prose(facts: Facts, lang: str) -> list[str]:
    """Every free text of the facts in ``lang``: the values they hold are facts too."""
    return [t if isinstance(t, str) else t[lang] for t in all_texts(facts) if isinstance(t, str) or lang in t]
