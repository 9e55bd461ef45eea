"""The facts form, made from the facts model's JSON Schema: one :class:`Field` per key, nested as the file is.

Nothing here names a field of the model. Each schema node is matched against
:data:`WIDGETS`, a registry of (test, widget) pairs, first match wins, so a
field added to the model appears in the form with the widget its type calls
for, its help text taken from its description. Which facts belong to which
kind of release is read from the loader's own table, the one that refuses
them in a release of another kind.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ..facts import LANG_CODE

Schema = Mapping[str, Any]


@dataclass(frozen=True)
class Field:
    """One key of the facts file, as the form shows it."""

    key: str
    """The key in its parent; for a list's items, the singular of the list's key."""
    widget: str
    """The name in :data:`WIDGETS` (and of the template macro that draws it)."""
    label: str
    help: str = ""
    required: bool = False
    default: Any = None
    children: tuple[Field, ...] = ()
    """A group's fields, or a list's one item."""
    options: tuple[str, ...] = ()
    """The choices of a choice, or of the single value of an either."""
    value_widget: str = "text"
    """What each language's value is, for a per-language field and the per-language side of an either."""
    single: str = "text"
    """The widget of an either's single value."""
    accepts: frozenset[str] = frozenset({"str"})
    """The types a typed value may take: str, int, float, date, bool."""
    kinds: tuple[str, ...] = ()
    """The kinds of release this field belongs to; empty for every kind."""
    needed_for: tuple[str, ...] = ()
    """Kinds of release that need this field though the model does not require it."""
    multiline: bool = False
    placeholder: str = ""
    """What a number's empty box shows ("YYYY" for a year)."""

    @property
    def item(self) -> Field:
        return self.children[0]


@dataclass(frozen=True)
class Form:
    """The whole form: the top-level fields, grouped into sections as docs/facts.md groups them."""

    sections: tuple[Field, ...]
    kinds: tuple[str, ...]
    kind_path: tuple[str, ...] | None
    languages_path: tuple[str, ...] | None
    by_path: dict[tuple[str, ...], Field] = field(default_factory=dict, compare=False)

    def at(self, path: tuple[str, ...]) -> Field | None:
        """The field at ``path`` (keys only, list indices left out)."""
        return self.by_path.get(path)


def _resolve(node: Schema, defs: Mapping[str, Schema]) -> Schema:
    """The node with its ``$ref`` followed, and an optional value's ``anyOf [X, null]`` reduced to X."""
    seen = 0
    while True:
        seen += 1
        if seen > 20:
            return node
        if "$ref" in node:
            target = defs.get(str(node["$ref"]).rsplit("/", 1)[-1], {})
            node = {**target, **{k: v for k, v in node.items() if k != "$ref"}}
            continue
        branches = [b for b in node.get("anyOf", ()) if b.get("type") != "null"]
        if "anyOf" in node and len(branches) == 1:
            inner = branches[0]
            merged = {k: v for k, v in node.items() if k != "anyOf"}
            node = {**inner, **{k: v for k, v in merged.items() if k in ("description", "default")}}
            if "description" not in merged and "description" in inner:
                node["description"] = inner["description"]
            continue
        if "anyOf" in node and len(branches) < len(node["anyOf"]):
            node = {**node, "anyOf": branches}
        return node


def _flatten(node: Schema, defs: Mapping[str, Schema]) -> list[Schema]:
    """An ``anyOf``'s branches, nested ``anyOf`` spread out."""
    out: list[Schema] = []
    for branch in node.get("anyOf", ()):
        branch = _resolve(branch, defs)
        out.extend(_flatten(branch, defs) if "anyOf" in branch else [branch])
    return out


def _is_level(node: Schema, defs: Mapping[str, Schema]) -> bool:
    """A keyword to choose, or a block of its own: an award's level, a metal or the scheme's own name."""
    branches = [_resolve(b, defs) for b in node.get("oneOf", ())]
    return len(branches) == 2 and sum("enum" in b for b in branches) == 1 and any(_is_group(b, defs) for b in branches)


def _is_group(node: Schema, defs: Mapping[str, Schema]) -> bool:
    return node.get("type") == "object" and "properties" in node


def _is_per_language(node: Schema, defs: Mapping[str, Schema]) -> bool:
    return (
        node.get("type") == "object"
        and "properties" not in node
        and isinstance(node.get("additionalProperties"), dict)
        and "anyOf" not in node
    )


def _is_language_list(node: Schema, defs: Mapping[str, Schema]) -> bool:
    items = node.get("items") or {}
    return node.get("type") == "array" and items.get("pattern") == LANG_CODE.pattern


def _is_list(node: Schema, defs: Mapping[str, Schema]) -> bool:
    return node.get("type") == "array" and isinstance(node.get("items"), dict)


def _is_either(node: Schema, defs: Mapping[str, Schema]) -> bool:
    branches = _flatten(node, defs)
    return len(branches) == 2 and sum(_is_per_language(b, defs) for b in branches) == 1


def _is_choice(node: Schema, defs: Mapping[str, Schema]) -> bool:
    return "enum" in node


def _is_flag(node: Schema, defs: Mapping[str, Schema]) -> bool:
    return node.get("type") == "boolean"


def _is_number(node: Schema, defs: Mapping[str, Schema]) -> bool:
    return node.get("type") in ("number", "integer")


def _is_day(node: Schema, defs: Mapping[str, Schema]) -> bool:
    return node.get("type") == "string" and node.get("format") == "date"


def _is_typed_text(node: Schema, defs: Mapping[str, Schema]) -> bool:
    """A value of several forms, none per language: a date or a month, a year or a month."""
    return "anyOf" in node and not _is_either(node, defs)


def _is_text(node: Schema, defs: Mapping[str, Schema]) -> bool:
    return True


WIDGETS: tuple[tuple[str, Callable[[Schema, Mapping[str, Schema]], bool]], ...] = (
    ("level", _is_level),
    ("group", _is_group),
    ("languages", _is_language_list),
    ("list", _is_list),
    ("per_language", _is_per_language),
    ("either", _is_either),
    ("choice", _is_choice),
    ("flag", _is_flag),
    ("number", _is_number),
    ("day", _is_day),
    ("typed", _is_typed_text),
    ("text", _is_text),
)
"""Which widget draws a schema node: the first whose test it passes."""


def _accepts(node: Schema, defs: Mapping[str, Schema]) -> frozenset[str]:
    """The Python types a value typed into this field may be read as (see :mod:`drafter.web.values`)."""
    out = {"str"}
    for branch in _flatten(node, defs) or [node]:
        kind = branch.get("type")
        if kind == "integer":
            out.add("int")
        elif kind == "number":
            out |= {"int", "float"}
        elif kind == "boolean":
            out.add("bool")
        elif kind == "string" and branch.get("format") == "date":
            out.add("date")
    return frozenset(out)


LABELS = {
    "url": "Web address",
    "email": "E-mail",
    "approx": "Approximate",
    "of": "Out of",
    "months": "Length in months",
    "launched": "Year launched",
    "previous": "Previous level",
    "co_funded_by": "Co-funded by",
    "co_funder": "Co-funder",
}
"""Keys whose own words would read oddly as a label ("Url", "Co funded by item"); every other key reads as
itself, so that a key the model gains has a label with no change here."""

SINGULAR = {"co_funded_by": "co_funder"}
"""Lists whose key is not a plural noun: what one item of each is called."""


def label(key: str) -> str:
    """``full_name`` reads "Full name", ``url`` "Web address"."""
    if key in LABELS:
        return LABELS[key]
    words = key.replace("_", " ").strip()
    return words[:1].upper() + words[1:]


def singular(key: str) -> str:
    """``figures`` holds a figure, ``next_steps`` a next step, ``co_funded_by`` a co-funder."""
    if key in SINGULAR:
        return SINGULAR[key]
    return key[:-1] if key.endswith("s") and len(key) > 3 else f"{key} item"


def _placeholder(node: Schema) -> str:
    """What a number's empty box shows: a year is four digits, a count a whole number."""
    for branch in (node, *(node.get("anyOf") or ())):
        if branch.get("type") == "integer" and branch.get("minimum") == 1000:
            return "YYYY"
        if branch.get("type") == "integer":
            return "a whole number: 12"
    return "digits: 350, 29.9"


def build_form(
    schema: Schema,
    only_for: Mapping[tuple[str | int, ...], tuple[str, ...]] | None = None,
    needed_for: Mapping[tuple[str | int, ...], tuple[str, ...]] | None = None,
) -> Form:
    """The form of a facts schema (``drafter schema``); ``only_for`` and ``needed_for`` default to the loader's
    tables of the facts that belong to one kind of release."""
    if only_for is None or needed_for is None:
        from ..facts import load

        only_for = load.ONLY_FOR if only_for is None else only_for  # the loader's own table, never a copy
        needed_for = load.NEEDED_FOR if needed_for is None else needed_for
    defs: Mapping[str, Schema] = schema.get("$defs", {})
    by_path: dict[tuple[str, ...], Field] = {}
    builder = _Builder(defs, {tuple(map(str, k)): v for k, v in only_for.items()}, needed_for, by_path)
    root = _resolve(schema, defs)
    required = set(root.get("required", ()))
    sections = tuple(
        builder.field(name, node, (name,), name in required) for name, node in root.get("properties", {}).items()
    )
    kind_path = next((p for p, f in by_path.items() if p[-1] == "kind" and f.widget == "choice" and len(p) == 2), None)
    kinds = by_path[kind_path].options if kind_path else ()
    languages_path = next((p for p, f in by_path.items() if f.widget == "languages"), None)
    return Form(sections, kinds, kind_path, languages_path, by_path)


@dataclass(frozen=True)
class _Builder:
    defs: Mapping[str, Schema]
    only_for: Mapping[tuple[str, ...], tuple[str, ...]]
    needed_for: Mapping[tuple[str | int, ...], tuple[str, ...]]
    by_path: dict[tuple[str, ...], Field]

    def field(
        self, key: str, raw: Schema, path: tuple[str, ...], required: bool, shown: str | None = None, context: str = ""
    ) -> Field:
        node = _resolve(raw, self.defs)
        widget = next(name for name, test in WIDGETS if test(node, self.defs))
        help_text = str(raw.get("description") or node.get("description") or "")
        children: tuple[Field, ...] = ()
        options: tuple[str, ...] = ()
        value_widget = single = "text"
        if widget == "group":
            inner = set(node.get("required", ()))
            children = tuple(
                self.field(name, child, (*path, name), name in inner) for name, child in node["properties"].items()
            )
        elif widget == "list":
            item_key = singular(key)
            children = (self.field(item_key, node["items"], path, True, shown=label(item_key), context=help_text),)
        elif widget == "per_language":
            value_widget = self._value_widget(node["additionalProperties"])
            options = tuple(str(x) for x in node["additionalProperties"].get("enum", ()))
        elif widget == "either":
            branches = _flatten(node, self.defs)
            per_language = next(b for b in branches if _is_per_language(b, self.defs))
            other = next(b for b in branches if b is not per_language)
            single = self._value_widget(other)
            value_widget = self._value_widget(per_language["additionalProperties"])
            options = tuple(
                str(x) for x in other.get("enum", ()) or per_language["additionalProperties"].get("enum", ())
            )
        elif widget == "choice":
            options = tuple(str(x) for x in node["enum"])
        elif widget == "level":
            branches = [_resolve(b, self.defs) for b in node["oneOf"]]
            options = tuple(str(x) for b in branches for x in b.get("enum", ()))
            block = next(b for b in branches if _is_group(b, self.defs))
            inner = set(block.get("required", ()))
            children = tuple(
                self.field(name, child, (*path, name), name in inner) for name, child in block["properties"].items()
            )
        made = Field(
            key=key,
            widget=widget,
            label=shown or label(key),
            help=help_text,
            required=required,
            default=raw.get("default", node.get("default")),
            children=children,
            options=options,
            value_widget=value_widget,
            single=single,
            accepts=_accepts(node, self.defs),
            kinds=self.only_for.get(path, ()),
            needed_for=tuple(self.needed_for.get(path, ())),
            multiline=widget == "per_language" and value_widget == "text" and _long(help_text, context),
            placeholder=_placeholder(node),
        )
        if shown is None:
            self.by_path[path] = made
        return made

    def _value_widget(self, node: Schema) -> str:
        node = _resolve(node, self.defs)
        return "choice" if "enum" in node else "flag" if node.get("type") == "boolean" else "text"


def _long(help_text: str, context: str) -> bool:
    """Texts of a sentence or more get a box of several lines; names, noun phrases and lines one line.

    The facts model says which a text is in its description ("as sentences", "The 'About' boilerplate
    paragraph"), or, for a list's items, in the list's ("Whole sentences.")."""
    return bool(_LONG.search(f"{help_text} {context}"))


_LONG = re.compile(r"(?i)\b(?:as (?:a )?sentences?|whole sentences?|paragraph)\b")
"""How the model's descriptions say a text stands alone; "how the sentence goes on" is a phrase."""


__all__ = ["WIDGETS", "Field", "Form", "build_form", "label", "singular"]
