"""libyaml reading a facts file: its parser, and where the file is plain, its composer too.

libyaml's parser (PyYAML's ``CParser``), where PyYAML was built with it, reads
the events, with the same lines and columns, about ten times faster than
PyYAML's own parser; a file holding none of ``& * ! ?`` is composed by
libyaml's own composer, in C. What either leaves out (an anchor, a tag, deep
nesting, a file it refuses) goes to PyYAML's parser in
:mod:`drafter.facts.yamlsource`, whose messages drafter words.
"""

from __future__ import annotations

import re
from typing import Any

from yaml.composer import Composer
from yaml.events import ScalarEvent
from yaml.nodes import Node, ScalarNode, SequenceNode
from yaml.resolver import Resolver

try:
    from yaml._yaml import CParser
except ImportError:  # PyYAML built without libyaml
    CParser = None  # type: ignore[assignment,misc]

from .scalars import add_core_resolvers

LIBYAML = CParser is not None
"""Whether PyYAML was built with libyaml; without it, its own parser reads every file."""
_CParser: Any = CParser if CParser is not None else type("NoCParser", (), {})

FAST_DEPTH = 32
"""Nesting past which libyaml's events are left for PyYAML's parser, so that a file too deep to read
is refused exactly as before; a facts file nests four or five levels."""


class _Unusual(Exception):
    """Something the fast reader leaves to PyYAML's own parser."""


class _FastLoader(Composer, _CParser, Resolver):  # type: ignore[misc]
    """libyaml's events composed by PyYAML's composer, typed and checked as :class:`_Loader` does."""

    yaml_implicit_resolvers: dict[Any, Any] = {}

    def __init__(self, text: str) -> None:
        _CParser.__init__(self, text)
        Resolver.__init__(self)
        Composer.__init__(self)
        self.depth = 0
        self.flow = 0

    def compose_node(self, parent: Node | None, index: Any) -> Node | None:
        event = self.peek_event()
        if getattr(event, "anchor", None) or getattr(event, "tag", None) or self.depth >= FAST_DEPTH:
            raise _Unusual  # PyYAML's parser reads tags ("!" alone, "!+1!x") its own way; anchors are refused
        if self.flow and isinstance(event, ScalarEvent) and not event.style and ("?" in event.value or not event.value):
            raise _Unusual  # inside [ ] or { }, PyYAML ends a plain value at "?" and places an empty one elsewhere
        flow = bool(getattr(event, "flow_style", False))
        self.depth += 1
        self.flow += flow
        node: Node | None = super().compose_node(parent, index)
        self.depth -= 1
        self.flow -= flow
        return node


class _CComposer(_CParser, Resolver):  # type: ignore[misc]
    """libyaml's parser and its composer, both in C, for a file :func:`_plain_marks` finds plain."""

    yaml_implicit_resolvers: dict[Any, Any] = {}

    def __init__(self, text: str) -> None:
        _CParser.__init__(self, text)
        Resolver.__init__(self)

    # libyaml's composer calls these two around every node; with no path resolvers (drafter adds none)
    # PyYAML's own do nothing either, but are a tenth of composing a facts file.
    def descend_resolver(self, current_node: Any, current_index: Any) -> None:
        assert not self.yaml_path_resolvers

    def ascend_resolver(self) -> None:
        pass


add_core_resolvers(_FastLoader)
add_core_resolvers(_CComposer)


_HEADER_COMMENT = re.compile(r"[|>][-+0-9]*#")
"""A block scalar's header touching a comment ("|#"), which libyaml takes and PyYAML refuses."""


def _fast_reads(text: str) -> bool:
    """Whether libyaml reads ``text`` as PyYAML's parser would: PyYAML refuses tabs and byte order marks
    in places libyaml takes them, and places what ends with the file elsewhere when no line break ends it."""
    return text.endswith("\n") and "\t" not in text and "\ufeff" not in text and not _HEADER_COMMENT.search(text)


_UNPLAIN = re.compile(r"[&*!?]")
"""What may start an anchor, an alias, a tag or a "?" that :class:`_FastLoader` leaves to PyYAML."""


def _compose_fast(text: str) -> tuple[bool, Node | None]:
    """Whether libyaml's parser read the file, and the node tree it read (None for an empty one).

    A file holding none of ``& * ! ?`` (most facts files) is composed by libyaml in C, four times
    faster than by :class:`_FastLoader` in Python; the tree is the same, as are the nodes it leaves
    to PyYAML (:func:`_plain_tree`)."""
    if not LIBYAML or not _fast_reads(text):
        return False, None
    if not _UNPLAIN.search(text):
        composer = _CComposer(text)
        try:
            node: Node | None = composer.get_single_node()
        except Exception:  # a mistake, or anything unusual: read again below, where the message is worded
            node = _FAILED
        finally:
            composer.dispose()
        if node is not _FAILED and (node is None or _plain_tree(node)):
            return True, node
    loader = _FastLoader(text)
    try:
        node = loader.get_single_node()
    except Exception:  # a mistake, or anything unusual: PyYAML's parser reads it, and words the message
        return False, None
    finally:
        loader.dispose()
    return True, node


_FAILED = Node("", "", None, None)
"""What libyaml's composer gave when it stopped."""


def _plain_tree(root: Node) -> bool:
    """Whether :class:`_FastLoader` would have read every node of ``root`` too: none as deep as
    :data:`FAST_DEPTH`, no empty plain value inside ``[ ]`` or ``{ }``."""
    todo: list[tuple[Node, int, bool]] = [(root, 0, False)]
    while todo:
        node, depth, in_flow = todo.pop()
        if depth >= FAST_DEPTH:
            return False
        if isinstance(node, ScalarNode):
            if in_flow and not node.style and not node.value:
                return False
            continue
        inner = in_flow or bool(getattr(node, "flow_style", False))
        if isinstance(node, SequenceNode):
            todo.extend((item, depth + 1, inner) for item in node.value)
        else:
            todo.extend((part, depth + 1, inner) for pair in node.value for part in pair)
    return True
