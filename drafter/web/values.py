"""What the form holds and what the facts file holds, each turned into the other.

The browser sends the form as JSON: a mapping per group, a list per list, a
mapping of language to text per per-language field, a string per text box and
a boolean per checkbox. :func:`from_form` types it by the schema (a number box
gives a number where what was typed reads as one, else the text, which the
loader then refuses in its own words) and leaves out what was left empty, so
that a cleared field is a key removed, never an empty value. :func:`to_form`
goes the other way, from the YAML document, and :func:`misfits` says what in
a file the form could not show without losing it.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Mapping
from functools import cache
from typing import Any

from .schemaform import Field


class _Missing:
    """A value left empty: its key is left out of the file."""

    def __repr__(self) -> str:
        return "MISSING"


MISSING: Any = _Missing()


@cache
def _yaml() -> Any:
    from ruamel.yaml import YAML

    yaml = YAML()  # round-trip, YAML 1.2: the core schema drafter reads the file with
    yaml.width = 4096  # a long text stays on its line, as a person wrote it
    yaml.preserve_quotes = True
    yaml.indent(mapping=2, sequence=4, offset=2)
    return yaml


def read_scalar(text: str) -> Any:
    """``text`` as YAML reads it on its own: 12 an int, 1.10 a float that stays 1.10, 2026-05-12 a date."""
    from ruamel.yaml.error import YAMLError

    try:
        return _yaml().load(text)
    except (YAMLError, ValueError):
        return text


def scalar_text(value: Any) -> str:
    """A scalar of the document as the file writes it, for a text box."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (int, float)):
        out = io.StringIO()
        _yaml().dump(value, out)
        return out.getvalue().split("\n", 1)[0].removesuffix("...").strip()
    return str(value)


def typed(text: str, accepts: frozenset[str]) -> Any:
    """What was typed, as the type the field takes if it reads as one; else the text, for the loader to refuse."""
    text = text.strip()
    if accepts == {"str"}:
        return text
    value = read_scalar(text)
    kind = (
        "bool"
        if isinstance(value, bool)
        else "int"
        if isinstance(value, int)
        else "float"
        if isinstance(value, float)
        else "date"
        if isinstance(value, dt.date) and not isinstance(value, dt.datetime)
        else "str"
    )
    return value if kind in accepts and kind != "str" else text


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def from_form(value: Any, field: Field, old: Any = None, languages: tuple[str, ...] = ()) -> Any:
    """The facts file's value for what the form holds in ``field``; :data:`MISSING` when left empty.

    ``old`` is the document's value there, so that a checkbox left at its default stays written only
    where the file wrote it."""
    reader = _READERS.get(field.widget, _read_text)
    return reader(value, field, old, languages)


def _read_group(value: Any, field: Field, old: Any, languages: tuple[str, ...]) -> Any:
    given = value if isinstance(value, Mapping) else {}
    before = old if isinstance(old, Mapping) else {}
    out = {}
    for child in field.children:
        if child.key in given:
            got = from_form(given[child.key], child, before.get(child.key), languages)
            if got is not MISSING:
                out[child.key] = got
    if not out and not field.required:
        return MISSING
    return out


def _read_list(value: Any, field: Field, old: Any, languages: tuple[str, ...]) -> Any:
    items = value if isinstance(value, list) else []
    before = list(old) if isinstance(old, list) else []
    out = []
    for i, item in enumerate(items):
        got = from_form(item, field.item, before[i] if i < len(before) else None, languages)
        out.append({} if got is MISSING and field.item.widget in ("group", "per_language") else got)
    out = [x for x in out if x is not MISSING]
    return out if out else MISSING


def _read_languages(value: Any, field: Field, old: Any, languages: tuple[str, ...]) -> Any:
    items = [str(x).strip() for x in value if not _blank(x)] if isinstance(value, list) else []
    return items or MISSING


def _read_per_language(value: Any, field: Field, old: Any, languages: tuple[str, ...]) -> Any:
    given = value if isinstance(value, Mapping) else {}
    accepts = frozenset({"str", "bool"}) if field.value_widget == "flag" else frozenset({"str"})
    out = {str(lang): typed(str(text), accepts) for lang, text in given.items() if not _blank(text)}
    return out or MISSING


def _read_either(value: Any, field: Field, old: Any, languages: tuple[str, ...]) -> Any:
    if isinstance(value, Mapping):
        return _read_per_language(value, field, old, languages)
    if _blank(value):
        return MISSING
    accepts = frozenset({"str", "bool"}) if field.single == "flag" else field.accepts
    return typed(str(value), accepts)


def _read_level(value: Any, field: Field, old: Any, languages: tuple[str, ...]) -> Any:
    """A metal chosen, or the scheme's own name for the level, as a block (:mod:`drafter.facts.levels`)."""
    if isinstance(value, Mapping):
        return _read_group(value, field, old, languages)
    return _read_text(value, field, old, languages)


def _read_flag(value: Any, field: Field, old: Any, languages: tuple[str, ...]) -> Any:
    flag = value is True or (isinstance(value, str) and value.strip().lower() == "true")
    if old is None and flag == field.default:
        return MISSING  # the default, which the file did not write: left unwritten
    return flag


def _read_text(value: Any, field: Field, old: Any, languages: tuple[str, ...]) -> Any:
    if _blank(value) or isinstance(value, (Mapping, list)):
        return MISSING
    return typed(str(value), field.accepts)


_READERS = {
    "group": _read_group,
    "list": _read_list,
    "languages": _read_languages,
    "per_language": _read_per_language,
    "either": _read_either,
    "level": _read_level,
    "flag": _read_flag,
}
"""How each widget's value is read; the rest are one text box each."""


def to_form(value: Any, field: Field) -> Any:
    """What the form shows in ``field`` for the document's ``value``."""
    if field.widget == "group" or field.widget == "level" and isinstance(value, Mapping):
        given = value if isinstance(value, Mapping) else {}
        return {c.key: to_form(given[c.key], c) for c in field.children if c.key in given}
    if field.widget in ("list", "languages"):
        return [to_form(v, field.item) if field.widget == "list" else scalar_text(v) for v in value or []]
    if field.widget == "flag":
        return bool(value)
    if isinstance(value, Mapping):
        return {str(k): scalar_text(v) for k, v in value.items()}
    return scalar_text(value)


def misfits(value: Any, field: Field, path: str, languages: tuple[str, ...]) -> list[str]:
    """What in ``value`` the form cannot hold (a key it does not know, a list where a text goes), by path."""
    widget = field.widget
    if value is None:
        return []
    if widget == "group" or widget == "level" and isinstance(value, Mapping):
        if not isinstance(value, Mapping):
            return [f"{path}: a mapping is expected here"]
        known = {c.key: c for c in field.children}
        out = [f"{_join(path, str(k))}: a key the form does not know" for k in value if k not in known]
        for key, child in known.items():
            if key in value:
                out += misfits(value[key], child, _join(path, key), languages)
        return out
    if widget in ("list", "languages"):
        if not isinstance(value, list):
            return [f"{path}: a list is expected here"]
        if widget == "languages":
            return [f"{path}[{i}]: a language code is expected" for i, v in enumerate(value) if not _scalar(v)]
        return [m for i, v in enumerate(value) for m in misfits(v, field.item, f"{path}[{i}]", languages)]
    if isinstance(value, Mapping):
        if widget not in ("per_language", "either"):
            return [f"{path}: a single value is expected here"]
        out = [f"{path}.{k}: a language the release does not list" for k in value if k not in languages]
        return out + [f"{path}.{k}: a single value is expected" for k, v in value.items() if not _scalar(v)]
    if widget == "per_language" or not _scalar(value):
        return [f"{path}: one text per language is expected here" if widget == "per_language" else f"{path}: a list"]
    return []


def _scalar(value: Any) -> bool:
    return value is None or isinstance(value, (str, int, float, bool, dt.date))


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


__all__ = ["MISSING", "from_form", "misfits", "read_scalar", "scalar_text", "to_form", "typed"]
