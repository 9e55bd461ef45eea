"""The facts file's JSON Schema, for editors: as strict as the loader wherever JSON Schema can say it.

pydantic writes the schema of the model's shape; this module adds what the
loader checks beyond it, read from the same tables the loader reads: the
facts that belong to one kind of release, the languages drafter has
templates for, the country codes CLDR names, the locales of each language,
and the forms of a figure. Given the release's languages, texts given per
language must be exactly those languages' (``drafter schema --lang``, which
``drafter new`` writes beside a new facts file for its modeline).

What JSON Schema cannot say, the loader alone refuses (tests/test_schema_strict.py
lists each case): duplicate keys, anchors and aliases (YAML's, before any
schema), a year or date compared with another field's, a grant's sums, a
misspelt ``{value}`` beside a right one in a figure's line, and, without ``--lang``,
texts that do not match release.languages.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from .load import NEEDED_FOR, ONLY_FOR
from .model import LEVELS, Facts
from .types import _TEXT_SCHEMA, COUNTRY, PER_LANGUAGE, TEXTS

Node = dict[str, Any]


def schema(languages: Sequence[str] | None = None, available: Sequence[str] = ()) -> Node:
    """The JSON Schema of a facts file: for a release in ``languages`` when given, else for any release in
    ``available`` languages (any language code when that is empty)."""
    out: Node = Facts.model_json_schema()
    out["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    out["title"] = "drafter facts file" + (f" in {', '.join(languages)}" if languages else "")
    langs = list(languages or [])
    allowed = langs or list(available)
    for node in list(_nodes(out)):
        comment = node.pop("$comment", None)
        if comment == TEXTS:
            _texts(node, langs, allowed)
        elif comment == PER_LANGUAGE:
            _per_language(node, allowed)
        elif comment == COUNTRY:
            _countries(node)
    defs = out["$defs"]
    _languages(defs["Release"]["properties"]["languages"], langs, allowed)
    _locales(defs["Release"]["properties"]["locales"], allowed)
    out["allOf"] = list(_kinds())
    _one_of_two(defs["Partner"], ("name", "country"), any_of=True)
    _figure(defs["Figure"])
    _upgrade(defs["Award"])
    if "Grant" in defs:
        defs["Grant"]["properties"]["amount"]["exclusiveMinimum"] = 0
    return out


def _nodes(node: Any) -> Iterator[Node]:
    """Every schema object inside ``node``, ``node`` too."""
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from _nodes(value)
    elif isinstance(node, list):
        for value in node:
            yield from _nodes(value)


def _texts(node: Node, langs: list[str], allowed: list[str]) -> None:
    """A mapping of texts: with the release's languages, exactly one text for each; else only known ones."""
    node.pop("propertyNames", None)
    if langs:
        node.pop("minProperties", None)
        node["properties"] = {lang: dict(_TEXT_SCHEMA) for lang in langs}
        node["required"] = list(langs)
        node["additionalProperties"] = False
    elif allowed:
        node["propertyNames"] = {"enum": list(allowed)}


def _per_language(node: Node, allowed: list[str]) -> None:
    if allowed:
        node["propertyNames"] = {"enum": list(allowed)}


def _countries(node: Node) -> None:
    from ..localize import COUNTRY_CODES

    node.pop("pattern", None)
    node["enum"] = sorted(COUNTRY_CODES)


def _languages(node: Node, langs: list[str], allowed: list[str]) -> None:
    if allowed:
        node["items"] = {"enum": list(allowed)}
    if langs:
        node["minItems"] = node["maxItems"] = len(langs)
        node["description"] = (
            f"This schema is for a release in {', '.join(langs)}, in any order. For other languages, name "
            "the schema `drafter schema --lang L,..` writes on this file's first line."
        )


def _locales(node: Node, allowed: list[str]) -> None:
    """A locale for a language is one of CLDR's for that language, written with _ or -."""
    from babel.localedata import locale_identifiers

    every = locale_identifiers()
    node.pop("additionalProperties", None)
    node["properties"] = {}
    for lang in allowed:
        names = sorted(n for n in every if n.split("_")[0] == lang)
        node["properties"][lang] = {"enum": names + [n.replace("_", "-") for n in names if "_" in n]}
    node["additionalProperties"] = False if allowed else {"type": "string"}


def _given(key: str) -> Node:
    """``key`` holds a value (null counts as absent, as for the loader)."""
    return {"required": [key], "properties": {key: {"not": {"type": "null"}}}}


def _at(path: tuple[str | int, ...], node: Node) -> Node:
    """``node`` applied to the value at ``path`` (mapping keys) from the top."""
    for key in reversed(path):
        node = {"properties": {str(key): node}}
    return node


def _kinds() -> Iterator[Node]:
    """The loader's tables of facts for one kind of release only, and facts a kind needs."""
    for key, kinds in ONLY_FOR.items():
        other = {"not": {"enum": list(kinds)}}
        yield {"if": _at(("release",), {"properties": {"kind": other}, "required": ["kind"]}), "then": _absent(key)}
    for key, kinds in NEEDED_FOR.items():
        needs = {"properties": {"kind": {"enum": list(kinds)}}, "required": ["kind"]}
        parent, last = key[:-1], str(key[-1])
        yield {"if": _at(("release",), needs), "then": _at(parent, _given(last))}


def _absent(key: tuple[str | int, ...]) -> Node:
    return _at(key[:-1], {"properties": {str(key[-1]): {"type": "null"}}})


def _one_of_two(node: Node, keys: tuple[str, str], *, any_of: bool = False) -> None:
    """One of ``keys`` given (with ``any_of``, at least one); the loader's "a value or a change" and the like."""
    node.setdefault("allOf", []).append({"anyOf" if any_of else "oneOf": [_given(keys[0]), _given(keys[1])]})


def _figure(node: Node) -> None:
    """A figure's forms, as :meth:`drafter.facts.figure.Figure._one_form` and its placeholders check them."""
    _one_of_two(node, ("value", "change"))
    _one_of_two(node, ("what", "text"))
    percent = {"properties": {"percent": {"const": True}}, "required": ["percent"]}
    node["allOf"] += [
        _refused(percent={"const": True}, of={}),
        _refused(change={}, of={}),
        _refused(text={}, approx={"const": True}),
        {"properties": {"change": {"not": {"const": 0}}}},
        {"not": {"allOf": [_given("change"), _given("what"), {"not": percent}]}},
        {"properties": {"text": {"patternProperties": {"": {"pattern": _once("value")}}}}},
        {
            "if": _given("of"),
            "then": {"properties": {"text": {"patternProperties": {"": {"pattern": _once("of")}}}}},
            "else": {"properties": {"text": {"patternProperties": {"": {"not": {"pattern": r"\{of\}"}}}}}},
        },
    ]


def _refused(**props: Node) -> Node:
    """These keys all given, with these values: refused."""
    return {"not": {"allOf": [*(_given(key) for key in props), {"properties": props}]}}


def _once(name: str) -> str:
    """A pattern for a line holding ``{name}`` exactly once."""
    return rf"^(?![\s\S]*\{{{name}\}}[\s\S]*\{{{name}\}})[\s\S]*\{{{name}\}}"


def _upgrade(node: Node) -> None:
    """The level held before an upgrade is below the level awarded now, which it needs (its year: the
    loader's alone). Below a metal is a lower metal, or a level of the scheme's own, whose place against a
    metal the facts cannot give; two own levels' ranks are compared by the loader alone."""
    rules: list[Node] = [{"if": _given("previous"), "then": _given("level")}]
    for i, level in enumerate(LEVELS):
        below = list(LEVELS[:i])
        own: Node = {"type": "object"}
        previous = {"properties": {"level": {"anyOf": [{"enum": below}, own] if below else [own]}}}
        awarded = {"properties": {"level": {"const": level}}, "required": ["level"]}
        rules.append({"if": awarded, "then": {"properties": {"previous": previous}}})
    node.setdefault("allOf", []).extend(rules)
