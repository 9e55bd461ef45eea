"""The bounds of a render, what each piece of work costs, and the budget that counts it.

Every bound is a count (steps, levels, digits, characters, items), never a
time, so a template fails the same way on every machine.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from itertools import chain, islice
from typing import Any

from jinja2.utils import Namespace

from ..errors import TemplateError


@dataclass(frozen=True)
class Limits:
    """The bounds of one render: each about 100 times what drafter's own templates need (see bench_templates.py)."""

    steps: int = 4_000_000
    """Work, counted in steps of 0.1 to 0.2 µs: stopping a template at this bound takes under a second."""
    depth: int = 40
    """Macros, recursive loops and included templates inside one another."""
    digits: int = 1_000
    text: int = 1_000_000
    """Characters in a text, items in a list, and characters or items in any value an operation handles."""
    output: int = 1_000_000
    """Characters in the draft."""
    source: int = 200_000
    """Bytes in a template's file (so characters, at most)."""
    tokens: int = 12_000
    """Tags, names, operators and pieces of text in one template: what reading and compiling it costs."""
    nesting: int = 80
    """Tags, brackets and filters inside one another, in a template's text."""


LIMITS = Limits()

# Steps per piece of work, measured so that a step takes about as long (0.1 to 0.2 µs) whatever a template does.
PRINT_COST = 50  # each value printed
ESCAPE_COST = 6  # each character printed, escaped for Markdown (about 0.8 µs)
FILTER_COST = 30  # each filter or test
CALL_COST = 150  # each call of a method or a function
MACRO_COST = 300  # each call of a macro, on top: Jinja builds its arguments, its scope and its output
OPERATOR_COST = 12  # each + - * / // % **
HANDLE_COST = 3  # each character or item a filter, test, call, comparison or printed value handles
ITEM_COST = 40  # each item a filter runs Python code for (sort, select, map...)
LOAD_COST = 1_000  # each include, import or extends
LOOP_COST = 3  # each item of a loop, on top of its body
LOOKUP_COST = 8  # each name.attribute or name[key] in the sandbox
TEXT_PER_STEP = 16  # characters of a template's literal text written per step


# --- what a template may not do, in words a communications officer can act on ------------------------------------


def too_much_work(limits: Limits) -> TemplateError:
    return TemplateError(
        f"the template does too much work (over {limits.steps:,} steps, about 50 times what drafter's own "
        "templates need) — look for a loop over a long range(), loops inside loops, or a macro that calls itself"
    )


def too_deep(limits: Limits) -> TemplateError:
    return TemplateError(
        f"macros, recursive loops or included templates go more than {limits.depth} levels deep — look for a "
        "macro that calls itself, or a template that includes, imports or extends itself"
    )


def too_many_digits(limits: Limits) -> TemplateError:
    return TemplateError(f"a number would have more than {limits.digits:,} digits — look for ** or * on large numbers")


def too_long(limits: Limits) -> TemplateError:
    return TemplateError(
        f"a text would be longer than {limits.text:,} characters — look for * on a text, a large width or "
        "count given to a filter (center, indent, format, replace, join...), or text built up in a loop"
    )


def too_many_items(limits: Limits) -> TemplateError:
    return TemplateError(
        f"a list would have more than {limits.text:,} items — look for * on a list, or a list built up in a loop"
    )


def too_large(limits: Limits) -> TemplateError:
    return TemplateError(
        f"a value is too large to work with (over {limits.text:,} characters and items in all) — look for a "
        "list or text built up in a loop, or a list that holds itself"
    )


def too_nested(limits: Limits, file: str | None, line: int | None) -> TemplateError:
    return TemplateError(
        f"the template is nested too deeply (tags, brackets or filters more than {limits.nesting} levels inside "
        "one another) — close each tag you open, or split the template into macros",
        file,
        line,
    )


# --- one render's budget -------------------------------------------------------------------------------------------

TEXTS = (str, bytes, bytearray)
SEQUENCES = (*TEXTS, list, tuple, dict, set, frozenset, deque)
_CONTAINERS: tuple[type[Iterable[Any]], ...] = (list, tuple, set, frozenset, deque)
_CONTAINERS += (type({}.keys()), type({}.values()), type({}.items()))


class Budget:
    """What one render has used so far; the environment's checks charge it and stop the render at its limits."""

    __slots__ = ("limits", "steps", "depth", "biggest")

    def __init__(self, limits: Limits = LIMITS) -> None:
        self.limits = limits
        self.steps = 0
        self.depth = 0
        self.biggest = 10**limits.digits

    def charge(self, steps: int) -> None:
        self.steps += steps
        if self.steps > self.limits.steps:
            raise too_much_work(self.limits)

    def enter(self) -> None:
        if self.depth >= self.limits.depth:
            raise too_deep(self.limits)
        self.depth += 1

    def leave(self) -> None:
        self.depth -= 1

    def handle(self, value: Any, cost: int = HANDLE_COST) -> int:
        """Charge ``cost`` a unit for handling ``value`` (see :func:`weigh`), refusing one too large to handle."""
        # Weighing stops where the budget would run out: weighing a huge value is work too.
        cap = min(self.limits.text, (self.limits.steps - self.steps) // cost)
        if isinstance(value, str):
            size = len(value) + 1
        elif type(value) is int:  # weigh()'s count for a number, without its loop
            size = 1 + value.bit_length() // 3
        else:
            size = weigh(value, cap)
        self.charge(cost * size)
        if size > self.limits.text:
            raise too_large(self.limits)
        return size

    def handle_arguments(self, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
        """:meth:`handle` of ``(args, kwargs)``, a filter's or test's arguments: the same charge, counted at
        once where they are all texts (most are: a filter's words), else by :func:`weigh`."""
        if not kwargs and all(type(arg) is str for arg in args):
            size = 12 + len(args) + sum(map(len, args))  # weigh(): 4 for each tuple and the dict, 1 + len a text
            if size <= min(self.limits.text, (self.limits.steps - self.steps) // HANDLE_COST):
                self.charge(HANDLE_COST * size)
                return
        self.handle((args, kwargs))

    def made(self, value: Any) -> Any:
        """``value``, charged by its size, if a template may hold it: a text, a list, a number within bounds."""
        limits = self.limits
        if isinstance(value, SEQUENCES):
            self.charge(len(value))
            if len(value) > limits.text:
                raise too_long(limits) if isinstance(value, TEXTS) else too_many_items(limits)
        elif isinstance(value, int) and not -self.biggest < value < self.biggest:
            raise too_many_digits(limits)
        return value


_BUDGET: ContextVar[Budget | None] = ContextVar("drafter_template_budget", default=None)


def active() -> Budget | None:
    """The budget of the render under way, if there is one."""
    return _BUDGET.get()


def current() -> Budget:
    """The budget of the render under way; outside one (a filter called by hand), a budget of its own."""
    return _BUDGET.get() or Budget()  # a budget is never false


@contextmanager
def spending(budget: Budget) -> Iterator[Budget]:
    """``budget`` charged by every bounded template that runs while the block runs."""
    token = _BUDGET.set(budget)
    try:
        yield budget
    finally:
        try:
            _BUDGET.reset(token)
        except ValueError:  # a render abandoned, then closed from another context: nothing of ours to undo there
            pass


def weigh(value: Any, cap: int) -> int:
    """About how many characters ``str(value)`` has, and how many steps comparing or hashing it takes.

    Parts shared within a value count each time they appear, as printing and
    comparing meet them; the count stops past ``cap``, so weighing costs at most that.
    """
    total = 0
    stack = [value]
    while stack and total <= cap:
        item = stack.pop()
        if type(item) is str:  # most of what a template handles: tested first, by its exact type
            total += 1 + len(item)
        elif isinstance(item, TEXTS):
            total += 1 + len(item)
        elif isinstance(item, int):
            total += 1 + item.bit_length() // 3
        elif isinstance(item, dict):
            total += 4
            stack.extend(islice(chain.from_iterable(item.items()), max(cap - total + 1, 0)))
        elif isinstance(item, _CONTAINERS):
            total += 4
            stack.extend(islice(item, max(cap - total + 1, 0)))
        elif isinstance(item, Namespace):
            stack.append(object.__getattribute__(item, "_Namespace__attrs"))
        elif isinstance(item, range):
            total += 1 + len(item)
        else:
            total += 1
    return total
