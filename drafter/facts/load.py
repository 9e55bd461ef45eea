"""Loading a facts file: YAML with positions, validated into the model, every problem located."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, get_args

from pydantic import (
    BaseModel,
    ValidationError,
)

from ..errors import FactsError, Problem
from .hints import shown, suggest
from .levels import METAL_TAG, OWN_TAG
from .model import Facts
from .types import LANG_CODE, PLACEHOLDER, Kind
from .yamlsource import Document, Key, dotted, load_yaml


def load_facts(path: Path | str, *, available: Iterable[str] = ()) -> Facts:
    """Load and validate a facts file; raise :class:`FactsError` with every problem."""
    doc = load_yaml(Path(path))
    return validate(doc, available=available)


def validate(doc: Document, *, available: Iterable[str] = ()) -> Facts:
    available = sorted(available)
    languages: list[str] = []
    release = doc.data.get("release") if isinstance(doc.data, dict) else None
    if isinstance(release, dict) and isinstance(release.get("languages"), list):
        languages = [x for x in release["languages"] if isinstance(x, str)]
        if not all(LANG_CODE.match(x) for x in languages):
            languages = []  # the list itself is reported; do not judge every text against it
    ignored = [x for x in languages if available and x not in available]
    languages = [x for x in languages if x not in ignored]
    problems = list(doc.problems) + _placeholders(doc.data, (), doc) + _kind_facts(doc)
    try:
        facts = Facts.model_validate(
            doc.data, context={"languages": languages, "available": available, "ignored": ignored}
        )
    except ValidationError as exc:
        problems.extend(_problems(exc, doc))
        raise FactsError(problems) from None
    if problems:
        raise FactsError(problems)
    return facts


UNION_TAGS = (METAL_TAG, OWN_TAG)
"""Tags of a union in a validation error's path: not keys of the file."""

_SCHEMES = ("award", "renewal", "certification", "prize")
"""The kinds whose award is a scheme with a noun of its own; a grant's programme is named by its name."""
ONLY_FOR: dict[Key, tuple[str, ...]] = {
    ("award", "first_awarded"): ("renewal",),
    ("award", "times_renewed"): ("renewal",),
    ("award", "previous"): ("award",),
    ("award", "level"): ("award", "renewal", "prize"),
    ("award", "scope"): ("certification",),
    ("award", "awarded_to"): ("award", "renewal", "prize"),
    ("award", "valid_until"): ("award", "renewal", "certification"),
    ("award", "category"): ("prize",),
    ("award", "edition"): ("award", "prize"),
    ("award", "acronym"): ("award", "renewal", "prize"),
    ("award", "noun"): _SCHEMES,
    ("award", "noun_gender"): _SCHEMES,
    ("event",): ("prize",),
    ("grant",): ("grant",),
}
NEEDED_FOR: dict[Key, tuple[str, ...]] = {
    ("event",): ("prize",),
    ("grant",): ("grant",),
}
_WHAT_IT_HOLDS: dict[Key, str] = {
    ("event",): "its name, city and date",
    ("grant",): "the amount and the project",
}
_OTHERWISE: dict[Key, str] = {
    ("event",): "; or, for an award given without an event, write kind: award",
}
"""What to write instead when the fact a kind needs does not exist: a prize given at no event is an award."""


def _kind_facts(doc: Document) -> list[Problem]:
    """Facts that belong to one kind of release: refused elsewhere, required there."""
    data = doc.data if isinstance(doc.data, dict) else {}
    release = data.get("release")
    kind = release.get("kind") if isinstance(release, dict) else None
    if not isinstance(kind, str) or kind not in get_args(Kind):
        return []  # the kind itself is reported
    out = []
    for key, kinds in ONLY_FOR.items():
        if _present(data, key) and kind not in kinds:
            named = [_a(k) for k in kinds]
            what = " or ".join([", ".join(named[:-1]), named[-1]] if len(named) > 2 else named)
            message = f"is for {what} only; this release is {_a(kind)}: remove it"
            out.append(doc.problem(key, message, at_key=True))
    for key, kinds in NEEDED_FOR.items():
        parent_given = len(key) == 1 or _present(data, key[:-1])
        if kind in kinds and parent_given and not _present(data, key) and not _misspelt(data, key):
            message = f"missing; {_a(kind)} needs it ({_WHAT_IT_HOLDS[key]}){_OTHERWISE.get(key, '')}"
            pos = doc.where(key[:-1])
            out.append(Problem(doc.file, pos.line, pos.column, dotted(key), message))
    return out


def _a(kind: str) -> str:
    return f"an {kind}" if kind[0] in "aeiou" else f"a {kind}"


def _misspelt(data: dict[str, Any], key: Key) -> bool:
    """'levl: bronze' stands for a level: its unknown key is the one problem reported."""
    parent: Any = data
    for part in key[:-1]:
        parent = parent.get(part) if isinstance(parent, dict) else None
    names = _field_names(key[:-1])
    return isinstance(parent, dict) and any(k not in names and suggest(str(k), names) == key[-1] for k in parent)


def _present(data: dict[str, Any], key: Key) -> bool:
    value: Any = data
    for part in key:
        if not isinstance(value, dict) or part not in value:
            return False
        value = value[part]
    return value is not None


def _placeholders(value: Any, key: Key, doc: Document) -> list[Problem]:
    """Every ``<<placeholder>>`` that ``drafter new`` wrote and nobody replaced."""
    if not key and not _holds_marks(value):
        return []  # most files: no text holds "<<", so none holds a placeholder
    if isinstance(value, dict):
        return [p for k, v in value.items() for p in _placeholders(v, (*key, k), doc)]
    if isinstance(value, list):
        return [p for i, v in enumerate(value) for p in _placeholders(v, (*key, i), doc)]
    found = PLACEHOLDER.search(value) if isinstance(value, str) else None
    if not found:
        return []
    doc.reported.add(key)
    return [doc.problem(key, f"still holds the placeholder {shown(found.group())}; replace it")]


def _holds_marks(value: Any) -> bool:
    """Whether a text anywhere in ``value`` holds ``<<``, which every placeholder starts with."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if "<<" in item:
                return True
        elif isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return False


_MESSAGES: dict[str, Callable[[Any], str]] = {
    "int_type": lambda v: f"expected a whole number, got {shown(v)}",
    "int_parsing": lambda v: f"expected a whole number, got {shown(v)}",
    "string_type": lambda v: f"expected text, got {shown(v)}",
    "bool_type": lambda v: f"expected true or false, got {shown(v)}",
    "bool_parsing": lambda v: f"expected true or false, got {shown(v)}",
    "list_type": lambda v: f"expected a list (lines starting with '- '), got {shown(v)}",
    "tuple_type": lambda v: f"expected a list (lines starting with '- '), got {shown(v)}",
    "dict_type": lambda v: f"expected a mapping (key: value lines), got {shown(v)}",
    "model_type": lambda v: f"expected a mapping (key: value lines), got {shown(v)}",
    "model_attributes_type": lambda v: f"expected a mapping (key: value lines), got {shown(v)}",
    "greater_than_equal": lambda v: f"expected a whole number of 1 or more, got {shown(v)}",
}


def _problems(exc: ValidationError, doc: Document) -> list[Problem]:
    out = []
    errors = exc.errors(include_url=False)
    unknown = {_key(e["loc"]) for e in errors if e["type"] == "extra_forbidden"}
    for err in errors:
        loc: Key = _key(err["loc"])
        ctx = err.get("ctx") or {}
        if ctx.get("at") is not None:
            at = ctx["at"]
            loc = (*loc, *at) if isinstance(at, (tuple, list)) else (*loc, at)
            if ctx.get("key"):
                out.append(doc.problem(loc, err["msg"], at_key=True))
                continue
        if loc in doc.reported:
            continue
        kind = err["type"]
        value = err.get("input")
        if kind == "missing" and (loc[:-1] in doc.merged or any(_typo_of(u, loc) for u in unknown)):
            continue  # "levle: bronze" is one problem: an unknown key that means 'level'
        if kind == "missing":
            pos = doc.where(loc[:-1])
            out.append(Problem(doc.file, pos.line, pos.column, dotted(loc), _missing(loc)))
        elif kind == "extra_forbidden":
            out.append(doc.problem(loc, _unknown(loc), at_key=True))
        elif kind == "too_short" and any(
            len(e["loc"]) > len(loc) and tuple(e["loc"][: len(loc)]) == loc for e in errors
        ):
            continue  # pydantic counts only the items that validated; those that did not are reported
        elif kind == "too_short":
            field = _field(loc)
            optional = field is not None and not field.is_required()
            one = str(loc[-1]).removesuffix("s") if str(loc[-1]).endswith("s") else "item"
            message = f"is empty; give at least one {one}" + (" or remove the key" if optional else "")
            out.append(doc.problem(loc, message))
        elif kind == "literal_error":
            allowed = _literal_values(loc)
            hint = suggest(str(value), allowed)
            message = f"{shown(value)} is not one of: {', '.join(allowed)}"
            out.append(doc.problem(loc, f"{message}; did you mean {hint!r}?" if hint else message))
        elif kind in _MESSAGES:
            out.append(doc.problem(loc, _MESSAGES[kind](value)))
        else:
            out.append(doc.problem(loc, err["msg"]))
    return out


def _key(loc: Iterable[str | int]) -> Key:
    """An error's path as the file's keys: without the tags of a union (an own-named level's block)."""
    return tuple(p for p in loc if p not in UNION_TAGS)


def _typo_of(unknown: Key, missing: Key) -> bool:
    return unknown[:-1] == missing[:-1] and suggest(str(unknown[-1]), _field_names(unknown[:-1])) == missing[-1]


def _field(loc: Key) -> Any:
    model = Facts if len(loc) == 1 else _model_at(loc[:-1])
    return model.model_fields.get(str(loc[-1])) if model else None


def _model_at(loc: Key) -> type[BaseModel] | None:
    """The model class that holds the field at ``loc`` (list indices skipped)."""
    import typing

    model: Any = Facts
    for part in loc:
        if isinstance(part, int):
            continue
        if not (isinstance(model, type) and issubclass(model, BaseModel)) or part not in model.model_fields:
            return None
        annotation = model.model_fields[part].annotation
        model = _inner_model(annotation, typing)
    return model if isinstance(model, type) and issubclass(model, BaseModel) else None


def _inner_model(annotation: Any, typing: Any) -> Any:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in typing.get_args(annotation):
        found = _inner_model(arg, typing)
        if found is not None:
            return found
    return None


def _field_names(parent: Key) -> list[str]:
    model = Facts if not parent else _model_at(parent)
    return list(model.model_fields) if model else []


def _missing(loc: Key) -> str:
    field = str(loc[-1])
    model = Facts if len(loc) == 1 else _model_at(loc[:-1])
    info = model.model_fields.get(field) if model else None
    hint = f" ({info.description.rstrip('.')})" if info and info.description else ""
    return f"missing; this fact is required{hint}"


def _unknown(loc: Key) -> str:
    names = _field_names(tuple(p for p in loc[:-1]))
    hint = suggest(str(loc[-1]), names) or _one_down(tuple(loc[:-1]), str(loc[-1]))
    if hint:
        return f"unknown key; did you mean {hint!r}?"
    return f"unknown key; expected one of: {', '.join(names)}" if names else "unknown key"


_SAME_FACT = {"website": "url", "web": "url", "site": "url", "url": "website", "mail": "email", "e-mail": "email"}
"""Keys a press officer writes for a fact the facts file names otherwise in some blocks."""


def _one_down(parent: Key, key: str) -> str | None:
    """A key that belongs to a block inside this one: ``award.website`` is the issuer's ``url`` (the first
    block of the parent, in the model's order, that has such a field)."""
    import typing

    model = Facts if not parent else _model_at(parent)
    wanted = {key.lower(), _SAME_FACT.get(key.lower(), key.lower())}
    for name, info in (model.model_fields if model else {}).items():
        inner = _inner_model(info.annotation, typing)
        found = next((f for f in (inner.model_fields if inner else ()) if f in wanted), None)
        if found is not None:
            return f"{name}.{found}"
    return None


def _literal_values(loc: Key) -> list[str]:
    import typing

    model = Facts if len(loc) == 1 else _model_at(loc[:-1])
    if model is None or loc[-1] not in model.model_fields:
        return []
    args = list(typing.get_args(model.model_fields[str(loc[-1])].annotation))
    for arg in list(args):
        args.extend(typing.get_args(arg))  # Literal[...] | None
    return [str(a) for a in args if isinstance(a, str)]
