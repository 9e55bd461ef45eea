"""The form's structural edits: a list item added, removed or moved, applied to what the form holds.

The page sends what the form holds and the edit; the form is drawn again from
the result, so there is one way to draw it, and the script only says where the
focus goes next.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from typing import Any

from ..errors import DrafterError
from .schemaform import Field, Form

Focus = list[str | int]


class EditError(DrafterError):
    """An edit that does not fit what the form holds (a stale page): nothing is changed."""


def _container(data: dict[str, Any], at: Sequence[str | int], create: bool) -> Any:
    node: Any = data
    for i, part in enumerate(at):
        last = i == len(at) - 1
        if isinstance(node, dict) and isinstance(part, str):
            if part not in node or node[part] is None or node[part] == "":
                if not create:
                    raise EditError(f"nothing at {list(at)}")
                node[part] = [] if last else {}
            node = node[part]
        elif isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
            node = node[part]
        else:
            raise EditError(f"nothing at {list(at)}")
    return node


def _blank(field: Field, taken: list[Any], available: Sequence[str]) -> Any:
    if field.widget == "languages":
        free = [lang for lang in available if lang not in taken]
        return free[0] if free else ""
    return {} if field.item.widget in ("group", "per_language") else ""


def apply_edit(
    data: dict[str, Any], form: Form, root: Field, edit: dict[str, Any], available: Sequence[str]
) -> tuple[dict[str, Any], Focus | None]:
    """``data`` with ``edit`` done, and the path of what should have the focus afterwards."""
    act, at = edit.get("act"), edit.get("at")
    if act not in ("add", "remove", "up", "down") or not isinstance(at, list) or not at:
        raise EditError("unknown edit")
    if not all(isinstance(p, (str, int)) and not isinstance(p, bool) for p in at):
        raise EditError("unknown edit")
    data = copy.deepcopy(data)
    if act == "add":
        field = form.at(tuple(str(p) for p in at if isinstance(p, str)))
        if field is None or field.widget not in ("list", "languages"):
            raise EditError("not a list")
        items = _container(data, at, create=True)
        if not isinstance(items, list):
            raise EditError("not a list")
        items.append(_blank(field, items, available))
        return data, [*at, len(items) - 1]
    index = at[-1]
    items = _container(data, at[:-1], create=False)
    if not isinstance(index, int) or not isinstance(items, list) or not 0 <= index < len(items):
        raise EditError("no such item")
    if act == "remove":
        del items[index]
        return data, list(at[:-1])
    other = index - 1 if act == "up" else index + 1
    if not 0 <= other < len(items):
        return data, list(at)
    items[index], items[other] = items[other], items[index]
    return data, [*at[:-1], other]


__all__ = ["EditError", "apply_edit"]
