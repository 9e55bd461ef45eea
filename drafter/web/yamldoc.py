"""The facts file as a person wrote it: read and written with ruamel.yaml's round trip, comments kept.

A save updates the document in place (:func:`update`): a value the form did
not change keeps the very object that was read, so its quoting, its block
style (``>-``) and the comments around it stay; a key the form left empty is
removed; a new key goes where the model puts it among its neighbours. A new
file starts as ``drafter new`` writes one, its comments and all, and loses the
placeholders the form does not fill.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Mapping
from typing import Any

from .values import _yaml, scalar_text


class DocumentError(Exception):
    """A text ruamel.yaml cannot take as a mapping; drafter's own loader says what is wrong with it."""


def load(text: str) -> Any:
    """The document of ``text`` (a mapping), or :class:`DocumentError`."""
    from ruamel.yaml.comments import CommentedMap
    from ruamel.yaml.error import YAMLError

    try:
        doc = _yaml().load(text) if text.strip() else CommentedMap()
    except (YAMLError, ValueError, RecursionError) as exc:
        raise DocumentError(str(exc).splitlines()[0] if str(exc) else type(exc).__name__) from None
    if doc is None:
        return CommentedMap()
    if not isinstance(doc, CommentedMap):
        raise DocumentError("the top level is not a mapping of sections")
    return doc


def dump(doc: Any) -> str:
    """The document's text, with a blank line before each section as ``drafter new`` lays them out."""
    out = io.StringIO()
    _yaml().dump(doc, out)
    lines = out.getvalue().split("\n")
    spaced: list[str] = []
    for line in lines:
        if _SECTION.match(line) and spaced and spaced[-1].strip() and not spaced[-1].lstrip().startswith("#"):
            spaced.append("")
        spaced.append(line)
    return "\n".join(spaced)


_SECTION = re.compile(r"^[A-Za-z_][\w-]*:")


def update(node: Any, value: Any) -> Any:
    """``node`` (of the document) made to hold ``value`` (plain data), changed in place where it can be."""
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    if isinstance(value, Mapping):
        if not isinstance(node, CommentedMap):
            node = CommentedMap()
        for key in [k for k in node if k not in value]:
            del node[key]
        order = list(value)
        for key, item in value.items():
            if key in node:
                node[key] = update(node[key], item)
                continue
            before = [k for k in order[: order.index(key)] if k in node]
            position = list(node).index(before[-1]) + 1 if before else 0
            node.insert(position, key, update(None, item))
        # An emptied mapping keeps the comment of its key's line, after which ruamel.yaml would write its
        # "{}" on a line of its own, at the margin: YAML no reader takes. A fresh one is written "key: {}".
        return node if node else CommentedMap()
    if isinstance(value, list):
        if not isinstance(node, CommentedSeq):
            fresh = CommentedSeq()
            if value and all(isinstance(v, str) and len(v) < 12 for v in value):
                fresh.fa.set_flow_style()  # [pt, es, en], as drafter new writes it
            node = fresh
        for i, item in enumerate(value):
            if i < len(node):
                node[i] = update(node[i], item)
            else:
                node.append(update(None, item))
        del node[len(value) :]
        return node if node else CommentedSeq()  # "[]" beside its key, as an emptied mapping's "{}"
    return _scalar(node, value)


def _scalar(node: Any, value: Any) -> Any:
    """The new scalar; the old one itself where it says the same, so that its quotes and style stay."""
    from ruamel.yaml.scalarstring import LiteralScalarString, ScalarString

    if node is not None and not isinstance(node, (Mapping, list)) and _same(node, value):
        return node
    if isinstance(value, str):
        if isinstance(node, ScalarString) and type(node) is not ScalarString:
            return type(node)(value)  # a folded or quoted text stays folded or quoted
        if "\n" in value:
            return LiteralScalarString(value)
    return value


def _same(node: Any, value: Any) -> bool:
    if isinstance(node, bool) or isinstance(value, bool):
        return node is value
    if isinstance(node, dt.date) or isinstance(value, dt.date):
        return type(node) is type(value) and node == value
    if isinstance(node, str) != isinstance(value, str):
        return False
    return scalar_text(node) == scalar_text(value)


__all__ = ["DocumentError", "dump", "load", "update"]
