"""Checks made before an operator, a call, a filter or a format can make something huge.

Making a value and then measuring it is too late when the value is
``'x' * 10**12`` or ``'{:>999999999}'.format(1)``: the memory is gone before
the check. So each operation that can make a value far larger than what it is
given is checked first, from its arguments, and every result is weighed after.
"""

from __future__ import annotations

import math
import re
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from itertools import islice
from typing import Any

from jinja2.runtime import Context
from jinja2.sandbox import MAX_RANGE, SandboxedEscapeFormatter, SandboxedFormatter
from jinja2.utils import generate_lorem_ipsum, pass_context

from ..errors import TemplateError
from .budget import (
    FILTER_COST,
    HANDLE_COST,
    ITEM_COST,
    TEXTS,
    Budget,
    Limits,
    current,
    too_long,
    too_many_digits,
    too_many_items,
    weigh,
)

PER_ITEM = frozenset(
    {"select", "reject", "selectattr", "rejectattr", "map", "groupby", "unique", "sort", "dictsort", "min", "max"}
    | {"sum", "batch", "slice", "pprint", "urlize", "xmlattr", "urlencode", "tojson", "join", "list", "items"}
)
"""Filters that run Python code for each item or word of what they are given."""


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def width(value: Any, limits: Limits) -> None:
    """A width, count or length given by a template, refused before anything that large is made."""
    number = _int(value)
    if number is not None and abs(number) > limits.text:
        raise too_long(limits)


def bounded_range(*args: int) -> range:
    """``range()`` as the sandbox allows it, refused in plain words when too long."""
    found = range(*args)
    if len(found) > MAX_RANGE:
        raise TemplateError(
            f"a range() of {len(found):,} numbers is more than the {MAX_RANGE:,} a template may loop over — loop "
            "over the facts instead, or over a shorter range()"
        )
    return found


_PERCENT = re.compile(r"%(?:\(([^)]*)\))?[-#0 +]*(\*|\d+)?(?:\.(\*|\d+))?[hlL]?(.?)", re.DOTALL)


def percent(budget: Budget, template: str, values: Any) -> None:
    """``template % values`` refused before it runs if a width, a precision or the result is too large."""
    limits = budget.limits
    budget.charge(ITEM_COST * template.count("%"))  # before the look at each conversion, which is work too
    args = iter(values if isinstance(values, tuple) else (values,))
    total = len(template)
    for key, size_given, precision, kind in _PERCENT.findall(template):
        if kind == "%":
            continue
        size = 0
        for part in (size_given, precision):
            number = (_int(next(args, 0)) or 0) if part == "*" else int(part[:10] or 0)
            width(number, limits)
            size = max(size, abs(number))
        value = values.get(key) if key and isinstance(values, Mapping) else next(args, None)
        total += size + weigh(value, limits.text)
        if total > limits.text:
            raise too_long(limits)
    budget.charge(total)


def check_binop(budget: Budget, operator: str, left: Any, right: Any) -> None:
    limits = budget.limits
    a, b = _int(left), _int(right)
    bits = budget.biggest.bit_length() + 1
    if operator == "*":
        for seq, count in ((left, right), (right, left)):
            number = _int(count)
            if number is not None and isinstance(seq, str | bytes | bytearray | list | tuple):
                if len(seq) * number > limits.text:
                    raise too_long(limits) if isinstance(seq, TEXTS) else too_many_items(limits)
        if a is not None and b is not None and a.bit_length() + b.bit_length() > bits:
            raise too_many_digits(limits)
    elif operator == "**" and a is not None and b is not None and b > 0 and abs(a) > 1:
        if math.log2(abs(a)) * b > bits:
            raise too_many_digits(limits)
    elif operator == "%" and isinstance(left, str | bytes):
        budget.charge(FILTER_COST)
        percent(budget, left.decode("latin-1") if isinstance(left, bytes) else left, right)


def _check_text_method(limits: Limits, owner: str | bytes | bytearray, name: str, values: list[Any]) -> None:
    """The str and bytes methods that can make a text far larger than the one they are called on."""
    for value in values:
        width(value, limits)
    text = owner.decode("latin-1") if isinstance(owner, bytes | bytearray) else owner
    extra = 0
    if name == "expandtabs":
        extra = text.count("\t") * max((_int(values[0]) or 0) if values else 8, 0)
    elif name == "replace" and len(values) >= 2 and all(isinstance(v, str | bytes) for v in values[:2]):
        old, new = (v.decode("latin-1") if isinstance(v, bytes) else v for v in values[:2])
        times = (text.count(old) if old else len(text) + 1) if len(new) > len(old) else 0
        count = _int(values[2]) if len(values) > 2 else None
        extra = (times if count is None or count < 0 else min(times, count)) * (len(new) - len(old))
    elif name == "join" and values:
        extra = len(text) * len(values[0]) + weigh(values[0], limits.text)
    elif name == "translate" and values and isinstance(values[0], dict):
        extra = len(text) * max((len(v) for v in values[0].values() if isinstance(v, str)), default=1)
    if len(text) + extra > limits.text:
        raise too_long(limits)


def check_call(budget: Budget, obj: Any, args: list[Any], kwargs: dict[str, Any]) -> None:
    """A method or function call refused before it runs if what it would make is too large.

    ``str.join`` may be given a generator: it is read into ``args`` here, once, so it can be measured.
    """
    owner = getattr(obj, "__self__", None)
    if isinstance(owner, TEXTS):
        name = getattr(obj, "__name__", "")
        if name == "join" and args and not isinstance(args[0], list | tuple):
            args[0] = list(islice(args[0], budget.limits.text + 1))
        _check_text_method(budget.limits, owner, name, [*args, *kwargs.values()])
        budget.handle(owner)
    elif isinstance(owner, int | float):
        for arg in (*args, *kwargs.values()):
            width(arg, budget.limits)
    elif isinstance(owner, list | dict | set | deque):
        budget.handle(owner)
    elif obj is generate_lorem_ipsum:
        given = dict(zip(("n", "html", "min", "max"), args, strict=False)) | kwargs
        words = (_int(given.get("n", 5)) or 0) * (_int(given.get("max", 100)) or 0)
        if words * 12 > budget.limits.text:
            raise too_long(budget.limits)
        budget.charge(words * ITEM_COST)


def _check_filter(budget: Budget, name: str, value: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    """Filters that can make a result far larger than what they are given, checked before they run."""
    limits = budget.limits

    def arg(position: int, key: str, default: Any = None) -> Any:
        return args[position] if len(args) > position else kwargs.get(key, default)

    text = value if isinstance(value, str) else ""
    if name in ("center", "batch", "slice"):
        width(arg(0, {"center": "width", "batch": "linecount"}.get(name, "slices")), limits)
    elif name == "round" and abs(_int(arg(0, "precision")) or 0) > limits.digits:
        raise too_many_digits(limits)
    elif name in ("indent", "wordwrap"):
        given = arg(0, "width", 4) if name == "indent" else arg(2, "wrapstring") or "\n"
        step = len(given) if isinstance(given, str) else _int(given) or 0
        width(step, limits)
        lines = text.count("\n") + 2
        if name == "wordwrap":
            lines += len(text) // max(_int(arg(0, "width", 79)) or 1, 1)
        if len(text) + lines * step > limits.text:
            raise too_long(limits)
    elif name == "format":
        percent(budget, str(value), kwargs or args)
    elif name == "replace":
        _check_text_method(limits, str(value), "replace", [*args, *kwargs.values()])
    elif name == "join" and isinstance(value, list | tuple | str) and isinstance(arg(0, "d", ""), str):
        if len(arg(0, "d", "")) * len(value) > limits.text:
            raise too_long(limits)
    elif name == "urlize":
        extra = sum(len(str(arg(i, k) or "")) for i, k in ((2, "target"), (3, "rel")))
        if len(text) // 2 * (extra + 40) > limits.text:
            raise too_long(limits)
    elif name == "sum" and not isinstance(arg(1, "start", 0), int | float):  # adding lists copies them each time
        budget.charge(weigh(value, limits.text) * (len(value) if isinstance(value, list | tuple) else 1))


def _yielded(items: Iterable[Any], budget: Budget) -> Iterator[Any]:
    """A lazy result (map, select, batch...): every item made is charged and checked."""
    for item in items:
        budget.charge(HANDLE_COST)
        yield budget.made(item)


def guard(name: str, func: Callable[..., Any], *, is_filter: bool) -> Callable[..., Any]:
    """The filter or test ``func`` with its cost charged, its arguments checked before it runs, its result after."""
    passes = getattr(getattr(func, "jinja_pass_arg", None), "name", None)
    cost = ITEM_COST if name in PER_ITEM else HANDLE_COST

    @pass_context
    def guarded(context: Context, value: Any, *args: Any, **kwargs: Any) -> Any:
        budget = current()
        budget.charge(FILTER_COST)
        budget.handle(value, cost)
        if args or kwargs:
            budget.handle_arguments(args, kwargs)
        if is_filter:
            _check_filter(budget, name, value, args, kwargs)
        if passes is None:
            result = func(value, *args, **kwargs)
        elif passes == "context":
            result = func(context, value, *args, **kwargs)
        else:
            first = context.eval_ctx if passes == "eval_context" else context.environment
            result = func(first, value, *args, **kwargs)
        if isinstance(result, Iterator) and not isinstance(result, str):
            return _yielded(result, budget)
        return budget.made(result)

    guarded.__name__ = getattr(func, "__name__", name)
    guarded.__doc__ = func.__doc__
    return guarded


class Formatter(SandboxedFormatter):
    """``str.format`` with every width and precision bounded, and the result too."""

    written = 0

    def vformat(self, format_string: str, args: Any, kwargs: Any) -> str:
        budget = current()
        budget.charge(HANDLE_COST * len(format_string))
        self.written = len(format_string)
        return budget.made(super().vformat(format_string, args, kwargs))  # type: ignore[no-any-return]

    def format_field(self, value: Any, format_spec: str) -> Any:
        budget = current()
        budget.charge(ITEM_COST)  # each field: Python's own formatter is Python code
        numbers = [int(d[:10]) for d in re.findall(r"\d+", format_spec)]  # widths and precisions
        for number in numbers:
            width(number, budget.limits)
        self.written += budget.handle(value) + max(numbers, default=0)
        if self.written > budget.limits.text:
            raise too_long(budget.limits)
        return super().format_field(value, format_spec)

    def convert_field(self, value: Any, conversion: str | None) -> Any:
        current().handle(value)
        return super().convert_field(value, conversion)


class EscapeFormatter(Formatter, SandboxedEscapeFormatter):
    """The same for ``Markup.format``, which escapes what it is given."""
