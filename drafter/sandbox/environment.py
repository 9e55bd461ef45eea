"""Jinja2's sandbox, with every template read, parsed and run within :class:`Limits`."""

from __future__ import annotations

import math
import os
import re
from collections import deque
from collections.abc import Callable, Iterator, Mapping, MutableMapping
from pathlib import Path
from types import BuiltinMethodType, CodeType, MethodType
from typing import Any

import jinja2
from jinja2 import nodes
from jinja2.loaders import split_template_path
from jinja2.parser import Parser
from jinja2.runtime import Context, LoopContext, Macro
from jinja2.sandbox import SandboxedEnvironment
from jinja2.utils import pass_context
from markupsafe import Markup

from ..errors import TemplateError
from ..files import UnreadableFile, read_bytes
from .budget import (
    CALL_COST,
    ESCAPE_COST,
    LIMITS,
    LOAD_COST,
    MACRO_COST,
    OPERATOR_COST,
    PRINT_COST,
    Budget,
    Limits,
    active,
    current,
    spending,
    too_large,
    too_nested,
)
from .guards import EscapeFormatter, Formatter, bounded_range, check_binop, check_call, guard
from .rewrite import FILTERS, Counted, rewrite, walk
from .written import SPACING, keeping, written


def read_source(path: Path, limits: Limits = LIMITS) -> str:
    """A template's text, read as drafter reads any file: an ordinary file, of a bounded size, in UTF-8."""
    shown = str(path)
    try:
        raw = read_bytes(path, limits.source, "template", "a release template is a few kilobytes")
    except UnreadableFile as exc:
        raise TemplateError(f"the template {exc.reason}", shown, 1) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise TemplateError(
            "the template is not UTF-8 text (this line has a character saved in another encoding) — save the "
            "file as UTF-8",
            shown,
            raw.count(b"\n", 0, exc.start) + 1,
        ) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")  # as Python reads a text file


class BoundedLoader(jinja2.FileSystemLoader):
    """Templates from folders, read by :func:`read_source`.

    A name in a folder is that folder's template, even if it is a pipe or an
    unreadable file: it is refused in plain words rather than passed over for
    the built-in template of that name.
    """

    def get_source(self, environment: jinja2.Environment, template: str) -> tuple[str, str, Callable[[], bool]]:
        pieces = split_template_path(template)
        for folder in self.searchpath:
            path = os.path.join(folder, *pieces)
            if os.path.lexists(path):
                source = read_source(Path(path), getattr(environment, "limits", LIMITS))
                return source, path, _unchanged(path)
        raise jinja2.TemplateNotFound(template)


def _unchanged(path: str) -> Callable[[], bool]:
    try:
        stamp = os.stat(path).st_mtime_ns
    except OSError:
        stamp = -1

    def unchanged() -> bool:
        try:
            return os.stat(path).st_mtime_ns == stamp
        except OSError:
            return False

    return unchanged


_OPENERS = frozenset({"if", "for", "macro", "call", "filter", "block", "with", "autoescape", "trans"})
"""Tags closed by an ``end`` tag (``set`` is left out: it is closed only when it has no ``=``)."""


def _count_tokens(env: jinja2.Environment, source: str, name: str | None, filename: str | None, limits: Limits) -> None:
    """A first, cheap look at the tokens: too many, or tags and brackets open too deep, and no parse is tried."""
    depth, tag = 0, False
    for count, (lineno, kind, value) in enumerate(env.lexer.tokeniter(source, name, filename)):
        if kind == "operator" and value in "([{)]}":
            depth += 1 if value in "([{" else -1
        elif tag and kind == "name":
            depth += 1 if value in _OPENERS else -1 if value.startswith("end") else 0
        tag = kind == "block_begin" or tag and kind == "whitespace"
        if depth > limits.nesting:
            raise too_nested(limits, filename, lineno)
        if count >= limits.tokens:
            raise TemplateError(
                f"the template has more than {limits.tokens:,} tags, names and pieces of text, more than "
                "drafter reads; a release template has about 1,500 — split it into templates it includes",
                filename,
                lineno,
            )


def parse_bounded(
    env: jinja2.Environment, source: str, name: str | None, filename: str | None, limits: Limits = LIMITS
) -> nodes.Template:
    """``source`` parsed by ``env``'s rules, refused if longer or more deeply nested than ``limits`` allow."""
    if len(source) > limits.source:
        raise TemplateError(
            f"the template is {len(source):,} characters long, more than the {limits.source:,} drafter reads; "
            "a release template is a few thousand — check that this is the right file",
            filename,
            1,
        )
    try:
        _count_tokens(env, source, name, filename, limits)
        parser = Parser(env, source, name, filename)
        try:
            tree = parser.parse()
        except RecursionError:
            raise too_nested(limits, filename, parser.stream.current.lineno) from None
        except (ValueError, OverflowError) as exc:  # a number longer than Python reads
            raise TemplateError(
                f"the template writes a number too long to read ({exc}) — check the numbers on this line",
                filename,
                parser.stream.current.lineno,
            ) from None
    except jinja2.TemplateSyntaxError as exc:
        exc.filename = exc.filename or filename  # Jinja's lexer leaves it out of some of its errors
        raise
    for node, depth in walk(tree):
        if depth > limits.nesting:
            raise too_nested(limits, filename, node.lineno)
    return tree


class BoundedTemplate(jinja2.Template):
    """A template each run of which (the draft, an include, an import, a parent) goes one level deeper.

    A render begun without :func:`drafter.sandbox.render` (``template.render()``)
    is bounded too: it gets a budget of its own.
    """

    _bounded_root: Callable[[Context], Iterator[str]]

    @property
    def root_render_func(self) -> Callable[[Context], Iterator[str]]:
        return self._bounded_root

    @root_render_func.setter
    def root_render_func(self, render: Callable[[Context], Iterator[str]]) -> None:
        limits = getattr(self.environment, "limits", LIMITS)

        def root(context: Context) -> Iterator[str]:
            budget = active()
            if budget is None:
                with spending(Budget(limits)):
                    yield from root(context)
                return
            budget.enter()
            try:
                yield from render(context)
            finally:
                budget.leave()

        self._bounded_root = root


_DICT_NAMES = frozenset(dir(dict))
"""Every attribute a plain dict has (it has no ``__dict__`` of its own)."""


class BoundedEnvironment(SandboxedEnvironment):
    """Jinja2's sandbox with every loop, call, filter, operator, format and include counted and bounded."""

    template_class = BoundedTemplate
    intercepted_binops = frozenset({"+", "-", "*", "/", "//", "%", "**"})

    def __init__(
        self, *args: Any, filters: Mapping[str, Any] | None = None, limits: Limits = LIMITS, **kw: Any
    ) -> None:
        # No constant folding: a template's arithmetic runs when the template does, counted, never while compiling.
        super().__init__(*args, **kw, optimized=False)
        self.limits = limits
        self.globals["range"] = bounded_range
        self.filters.update(filters or {})
        self.filters = {name: guard(name, f, is_filter=True) for name, f in self.filters.items()}
        for name in SPACING | {"join"}:
            self.filters[name] = keeping(name, self.filters[name])
        self.filters.update(FILTERS)
        tests: dict[str, Any] = dict(self.tests)
        self.tests = {name: guard(name, f, is_filter=False) for name, f in tests.items()}
        escape = self.finalize
        self.escapes = escape is not None  # what templates write themselves is then not escaped again

        @pass_context
        def finalize(context: Context, value: Any) -> Any:
            budget = current()
            if isinstance(value, str):  # nearly every value printed: handle()'s charges and check, in one
                size = len(value) + 1
                budget.charge(PRINT_COST + ESCAPE_COST * size)
                if size > budget.limits.text:
                    raise too_large(budget.limits)
            else:
                budget.charge(PRINT_COST)
                budget.handle(value, ESCAPE_COST)
            return escape(value) if escape is not None else value

        self.finalize = finalize

    # Reading and compiling: a bounded size and depth, then the counting put in.

    def _parse(self, source: str, name: str | None, filename: str | None) -> nodes.Template:
        tree = parse_bounded(self, source, name, filename, self.limits)
        rewrite(tree)
        return tree

    def _generate(
        self, source: nodes.Template, name: str | None, filename: str | None, defer_init: bool = False
    ) -> str:
        try:
            return super()._generate(source, name, filename, defer_init)
        except RecursionError:
            raise too_nested(self.limits, filename, max(walk(source), key=lambda pair: pair[1])[0].lineno) from None

    def _compile(self, source: str, filename: str) -> CodeType:
        try:
            return super()._compile(source, filename)
        except (SyntaxError, RecursionError) as exc:
            # Python's own limits (100 indents, 20 loops inside one another): find the template's line.
            lines = source.splitlines()
            deepest = max(range(len(lines)), key=lambda n: len(lines[n]) - len(lines[n].lstrip())) + 1
            line = template_line(source, getattr(exc, "lineno", None) or deepest)
            raise too_nested(self.limits, filename, line) from None

    def _load_template(self, name: str, globals: MutableMapping[str, Any] | None) -> jinja2.Template:
        current().charge(LOAD_COST)
        return super()._load_template(name, globals)

    # Running: operators, calls, subscripts, formats.

    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
        budget = current()
        budget.charge(OPERATOR_COST)
        check_binop(budget, operator, left, right)
        result = self.binop_table[operator](left, right)
        if isinstance(result, float) and not math.isfinite(result):
            if all(not isinstance(v, float) or math.isfinite(v) for v in (left, right)):
                raise TemplateError("a calculation gives a number too large to write — check the numbers on this line")
        return budget.made(result)

    def call(self, context: Context, obj: Any, /, *args: Any, **kwargs: Any) -> Any:
        if not self.is_safe_callable(obj):
            raise jinja2.exceptions.SecurityError(f"{obj!r} is not safely callable")
        budget = current()
        budget.charge(CALL_COST + MACRO_COST if isinstance(obj, Macro) else CALL_COST)
        given = list(args)
        named = [v for k, v in kwargs.items() if k not in ("_loop_vars", "_block_vars")] if kwargs else []
        if given or named:
            budget.handle((given, named))
        if isinstance(obj, LoopContext) and given:
            # loop(children) in a recursive loop: the children cost what the loop's own items cost.
            own = getattr(obj, "_iterable", None)
            given[0] = Counted(given[0], own.weight if isinstance(own, Counted) else 2)
        check_call(budget, obj, given, kwargs)
        budget.enter()
        try:
            result = context.call(obj, *given, **kwargs)
        finally:
            budget.leave()
        owner = getattr(obj, "__self__", None)
        if isinstance(owner, list | dict | set | deque | bytearray):
            budget.made(owner)
        return budget.made(written(context, result) if isinstance(obj, Macro) else result)

    def getattr(self, obj: Any, attribute: str) -> Any:
        # A template's ``org.name`` on the view's plain dicts: the key at once, where Jinja would first
        # look for an attribute and fail. A dict's own names (``items``) still go the sandbox's way.
        if type(obj) is dict and attribute not in _DICT_NAMES:
            try:
                return obj[attribute]
            except KeyError:
                return self.undefined(obj=obj, name=attribute)
        return super().getattr(obj, attribute)

    def getitem(self, obj: Any, argument: Any) -> Any:
        budget = current()
        if isinstance(argument, tuple):
            budget.handle(argument)
        result = super().getitem(obj, argument)
        return budget.made(result) if isinstance(argument, slice) else result

    def wrap_str_format(self, value: Any) -> Callable[..., str] | None:
        if not (
            isinstance(value, MethodType | BuiltinMethodType)
            and value.__name__ in ("format", "format_map")
            and isinstance(value.__self__, str)
        ):
            return None
        text: str = value.__self__
        formatter = EscapeFormatter(self, escape=text.escape) if isinstance(text, Markup) else Formatter(self)
        is_map = value.__name__ == "format_map"

        def bounded_format(*args: Any, **kwargs: Any) -> str:
            if is_map:
                if kwargs or len(args) != 1:
                    raise TypeError("format_map() takes exactly one argument, a mapping")
                return type(text)(formatter.vformat(text, (), args[0]))
            return type(text)(formatter.vformat(text, args, kwargs))

        return bounded_format


def template_line(code: str, code_line: int) -> int:
    """The template line that line ``code_line`` of the Python Jinja made from it came from."""
    found = re.search(r"^debug_info = '([\d=&]*)'", code, re.MULTILINE)
    line = 1
    for pair in found.group(1).split("&") if found and found.group(1) else ():
        template_line, at = map(int, pair.split("="))
        if at <= code_line:
            line = template_line
    return line
