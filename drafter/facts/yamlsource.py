"""Read a YAML file into plain Python data, remembering where every value stood.

PyYAML's ``safe_load`` forgets positions, keeps the last of two duplicate keys
and expands aliases. A facts file is small and hand-written, so we compose the
node tree ourselves: every key and value keeps its line and column, duplicate
keys are reported, and anchors, aliases and merge keys are refused outright
(they are never needed in a facts file and are the door to alias bombs).

libyaml reads the file first, where PyYAML was built with it
(:mod:`drafter.facts.libyaml`). A file it refuses, or that holds anything out
of the ordinary (an anchor, an alias, deep nesting), is read again by PyYAML's
own parser, whose messages drafter words: a mistake is reported the same way
whichever parser met it first.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml.events import AliasEvent
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from ..errors import FactsError, Problem, display_path, excerpt, printable
from ..files import UnreadableFile, read_bytes
from .libyaml import _compose_fast
from .scalars import STANDARD, Unreadable, add_core_resolvers, shown_tag, typed, without_surrogates

MAX_BYTES = 1_000_000
"""Facts files are a few kilobytes; anything past this is not a facts file."""

Key = tuple[str | int, ...]


@dataclass(frozen=True)
class Position:
    line: int
    column: int


@dataclass
class Document:
    """Data loaded from one YAML file, with where each value and key stood."""

    file: str
    data: Any
    values: dict[Key, Position] = field(default_factory=dict)
    keys: dict[Key, Position] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    reported: set[Key] = field(default_factory=set)
    merged: set[Key] = field(default_factory=set)
    """Mappings with a merge key: their missing keys are not reported again."""

    def where(self, key: Key, *, at_key: bool = False) -> Position:
        """The closest known position for ``key``: itself, else its nearest parent."""
        table = self.keys if at_key else self.values
        for n in range(len(key), -1, -1):
            part = key[:n]
            if part in table:
                return table[part]
            if part in self.values:
                return self.values[part]
        return Position(1, 1)

    def problem(self, key: Key, message: str, *, at_key: bool = False) -> Problem:
        pos = self.where(key, at_key=at_key)
        return Problem(self.file, pos.line, pos.column, dotted(key), message)


def dotted(key: Key) -> str:
    """``('figures', 0, 'value')`` reads as ``figures[0].value``."""
    out = ""
    for part in key:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            part = printable(excerpt(part))
            out += f".{part}" if out else part
    return out


def _refuse_anchors(loader: Any) -> None:
    """Stop at an alias or an anchor, where the next node would start."""
    if loader.check_event(AliasEvent):
        event = loader.get_event()
        raise yaml.MarkedYAMLError(
            None,
            None,
            f"alias *{event.anchor} is not allowed in a facts file; write the value out",
            event.start_mark,
        )
    event = loader.peek_event()
    anchor = getattr(event, "anchor", None)
    if anchor is not None:
        raise yaml.MarkedYAMLError(
            None,
            None,
            f"anchor &{anchor} is not allowed in a facts file; write each value out",
            event.start_mark,
        )


class _Loader(yaml.SafeLoader):
    """SafeLoader that types plain values by YAML 1.2's core schema and refuses aliases and anchors.

    YAML 1.1, PyYAML's default, reads 12:30 as 750 (base 60), NO as false and
    20130306 as a number; in YAML 1.2 those stay text. Dates written YYYY-MM-DD,
    the one form the docs ask for, are read as dates.
    """

    yaml_implicit_resolvers: dict[Any, Any] = {}

    def compose_node(self, parent: Node | None, index: Any) -> Node | None:
        _refuse_anchors(self)
        node: Node | None = super().compose_node(parent, index)
        return node


add_core_resolvers(_Loader)


@dataclass(frozen=True)
class Kind:
    """What a YAML file drafter reads holds, for the messages about it."""

    noun: str
    top: type
    shape: str
    """Said when the top level is not ``top``."""
    empty: str | None
    """Said when the file is empty; None when an empty file is fine (it holds nothing)."""
    sizes: str


FACTS = Kind(
    "facts file",
    dict,
    "the top level must be a mapping of sections (release:, organisation:, award: …)",
    "is empty; `drafter new FILE` writes a skeleton to fill in",
    "a facts file is a few kilobytes",
)


def read_text(path: Path, kind: Kind = FACTS) -> str:
    """The file's text, refusing what cannot be a facts file before parsing it."""
    shown = display_path(path)
    try:
        raw = read_bytes(path, MAX_BYTES, kind.noun, kind.sizes)
    except UnreadableFile as exc:
        reason = "file not found" if exc.reason == "does not exist" else exc.reason
        raise FactsError([Problem(shown, 1, 1, "", reason)]) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        start = raw.rfind(b"\n", 0, exc.start) + 1
        column = len(raw[start : exc.start].decode("utf-8", errors="replace")) + 1
        raise FactsError(
            [
                Problem(
                    shown,
                    line,
                    column,
                    "",
                    f"is not UTF-8 (byte 0x{raw[exc.start]:02x}); save the file as UTF-8",
                )
            ]
        ) from None
    if "\x00" in text:
        raise FactsError([Problem(shown, 1, 1, "", "holds NUL bytes; it is not a text file")])
    return text


def load_yaml(path: Path, kind: Kind = FACTS) -> Document:
    """Parse ``path`` into a :class:`Document`, or raise :class:`FactsError`."""
    shown = display_path(path)
    text = read_text(path, kind)
    if not text.strip() or all(not ln.strip() or ln.lstrip().startswith("#") for ln in text.splitlines()):
        if kind.empty is None:
            return Document(shown, None)
        raise FactsError([Problem(shown, 1, 1, "", kind.empty)])
    loader = None
    try:
        read, node = _compose_fast(text)
        if not read:
            loader = _Loader(text)  # its reader refuses control characters already
            node = loader.get_single_node()
    except yaml.reader.ReaderError as exc:
        line = text.count("\n", 0, exc.position) + 1
        column = exc.position - (text.rfind("\n", 0, exc.position) + 1) + 1
        char = exc.character if isinstance(exc.character, str) else chr(exc.character)
        message = f"holds the control character U+{ord(char):04X}, which YAML does not allow; delete it"
        raise FactsError([Problem(shown, line, column, "", message)]) from None
    except yaml.MarkedYAMLError as exc:
        mark, what = _explain(exc)
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        raise FactsError([Problem(shown, line, col, "", f"YAML syntax error: {what}")]) from None
    except yaml.YAMLError as exc:
        raise FactsError([Problem(shown, 1, 1, "", f"YAML syntax error: {exc}")]) from None
    except RecursionError:
        message = f"is nested too deeply to read; a {kind.noun} needs only a few levels"
        raise FactsError([Problem(shown, 1, 1, "", message)]) from None
    finally:
        if loader is not None:
            loader.dispose()
    doc = Document(shown, None)
    if node is None:
        if kind.empty is None:
            return doc
        raise FactsError([Problem(shown, 1, 1, "", kind.empty)])
    if not isinstance(node, MappingNode if kind.top is dict else SequenceNode):
        mark = node.start_mark
        raise FactsError([Problem(shown, mark.line + 1, mark.column + 1, "", kind.shape)])
    try:
        doc.data = _build(node, (), doc)
    except RecursionError:
        message = f"is nested too deeply to read; a {kind.noun} needs only a few levels"
        raise FactsError([Problem(shown, 1, 1, "", message)]) from None
    return doc


def load_data(path: Path, kind: Kind) -> Any:
    """The plain data of a YAML file other than a facts file, read by the facts file's rules."""
    doc = load_yaml(path, kind)
    if doc.problems:
        raise FactsError(doc.problems)
    return doc.data


def _explain(exc: yaml.MarkedYAMLError) -> tuple[Any, str]:
    """PyYAML's parser words, and position, turned into what a person needs to fix the file."""
    problem, context = exc.problem or "invalid YAML", exc.context or ""
    if "\t" in problem or "'\\t'" in problem:
        return exc.problem_mark, "found a tab; indent with spaces, not tabs"
    if "quoted scalar" in context:
        return exc.context_mark, "the quote opened here is never closed"
    if "flow sequence" in context:
        return exc.context_mark, "the list opened here with '[' is never closed with ']'"
    if "flow mapping" in context:
        return exc.context_mark, "the mapping opened here with '{' is never closed with '}'"
    if "simple key" in context and "':'" in problem:
        return exc.context_mark, "this line has no ':' after its key"
    if problem == "mapping values are not allowed here":
        return exc.problem_mark, f"{problem}; check this line's indentation, or quote a value that holds ': '"
    if "expected <block end>" in problem:
        return exc.problem_mark, "this line is indented differently from the lines above it"
    if context and "alias" not in problem and "anchor" not in problem:
        problem = f"{context}, {problem}"
    return exc.problem_mark or exc.context_mark, problem


def _build(node: Node, key: Key, doc: Document) -> Any:
    doc.values[key] = Position(node.start_mark.line + 1, node.start_mark.column + 1)
    if isinstance(node, ScalarNode):
        return _scalar(node, key, doc)
    if node.tag not in (STANDARD + "seq", STANDARD + "map"):
        doc.problems.append(doc.problem(key, f"the tag {shown_tag(node.tag)} means nothing in a facts file; remove it"))
    if isinstance(node, SequenceNode):
        return [_build(item, (*key, i), doc) for i, item in enumerate(node.value)]
    assert isinstance(node, MappingNode)
    out: dict[str, Any] = {}
    for knode, vnode in node.value:
        kpos = Position(knode.start_mark.line + 1, knode.start_mark.column + 1)
        if not isinstance(knode, ScalarNode) or knode.tag == "tag:yaml.org,2002:merge":
            doc.problems.append(
                Problem(
                    doc.file,
                    kpos.line,
                    kpos.column,
                    dotted(key),
                    "merge keys and complex keys are not allowed; write each key out",
                )
            )
            doc.merged.add(key)
            continue
        name = without_surrogates(knode.value)
        child = (*key, name)
        if name in out:
            first = doc.keys[child]
            doc.problems.append(
                Problem(
                    doc.file,
                    kpos.line,
                    kpos.column,
                    dotted(child),
                    f"duplicate key; already given at line {first.line}, and only one value can stand",
                )
            )
            continue
        doc.keys[child] = kpos
        out[name] = _build(vnode, child, doc)
    return out


def _scalar(node: ScalarNode, key: Key, doc: Document) -> Any:
    try:
        return typed(node.value, node.tag, node.style)
    except Unreadable as exc:
        doc.problems.append(doc.problem(key, str(exc)))
        doc.reported.add(key)
        return without_surrogates(node.value)
