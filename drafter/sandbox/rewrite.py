"""The counting put into a parsed template, before Jinja compiles it to Python.

A loop's items pass through a counter that charges the loop's body for each
one; each template, macro and block pays for its own body when it begins; a
``~`` join, a slice, a comparison and a dictionary key weigh what they handle;
what a ``{% set %}`` block holds is marked as written (:mod:`.written`).
Every kind of repetition a template has (loops, macros, includes) is so paid
for, whatever the template does inside it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from jinja2 import nodes
from jinja2.runtime import Context, Undefined, markup_join, str_join
from jinja2.utils import pass_context

from .budget import LOOKUP_COST, LOOP_COST, TEXT_PER_STEP, current, too_long
from .written import FILTERS as WRITTEN_FILTERS
from .written import WRITTEN, joined

LOOP, CHARGE, CONCAT, WEIGH, MADE = "drafter:loop", "drafter:charge", "drafter:concat", "drafter:weigh", "drafter:made"
"""The filters the rewriting adds: a colon keeps a template from naming them."""


class Counted:
    """The items of a ``for`` loop, each costing the loop body's weight in steps."""

    __slots__ = ("items", "weight")

    def __init__(self, items: Any, weight: int) -> None:
        self.items = items
        self.weight = weight

    def __iter__(self) -> Iterator[Any]:
        budget = current()
        for item in self.items:
            budget.charge(self.weight)
            yield item

    def __len__(self) -> int:
        return len(self.items)


@pass_context
def _loop(context: Context, items: Any, weight: int) -> Any:
    return items if isinstance(items, Undefined) else Counted(items, weight)


@pass_context
def _charge(context: Context, weight: int) -> str:
    current().charge(weight)
    return ""


@pass_context
def _concat(context: Context, items: list[Any]) -> Any:
    budget = current()
    if budget.handle(items) > budget.limits.text:
        raise too_long(budget.limits)
    return budget.made(joined(context, items, markup_join if context.eval_ctx.autoescape else str_join))


@pass_context
def _weigh(context: Context, value: Any) -> Any:
    current().handle(value)
    return value


@pass_context
def _made(context: Context, value: Any) -> Any:
    return current().made(value)


FILTERS = {LOOP: _loop, CHARGE: _charge, CONCAT: _concat, WEIGH: _weigh, MADE: _made, **WRITTEN_FILTERS}


def walk(root: nodes.Node) -> Iterator[tuple[nodes.Node, int]]:
    """Every node with its depth, parents first; without recursion, as a tree may be deeper than Python's stack."""
    stack = [(root, 1)]
    while stack:
        node, depth = stack.pop()
        yield node, depth
        stack.extend((child, depth + 1) for child in reversed(list(node.iter_child_nodes())))


def _filter(node: nodes.Node, name: str, *args: Any) -> nodes.Filter:
    return nodes.Filter(node, name, [nodes.Const(a) for a in args], [], None, None, lineno=node.lineno)


def rewrite(tree: nodes.Template) -> None:
    """Put the counting in: loops, bodies, ``~`` joins, slices, comparisons and dictionary keys."""
    order = [node for node, _ in walk(tree)]
    weights: dict[int, int] = {}
    uses_loop: set[int] = set()  # nodes with the special ``loop`` variable inside: a costlier kind of loop
    for node in reversed(order):  # children before their parents
        own = LOOKUP_COST if isinstance(node, nodes.Getattr | nodes.Getitem) else 1
        own += len(node.data) // TEXT_PER_STEP if isinstance(node, nodes.TemplateData) else 0
        children = list(node.iter_child_nodes())
        weights[id(node)] = own + sum(weights[id(child)] for child in children)
        if isinstance(node, nodes.Name) and node.name == "loop" or any(id(c) in uses_loop for c in children):
            uses_loop.add(id(node))

    def weight(parts: Iterable[nodes.Node | None]) -> int:
        return sum(weights.get(id(p), 1) for p in parts if p is not None)

    def paying(body: list[nodes.Node], lineno: int) -> list[nodes.Node]:
        charge = _filter(nodes.Const(weight(body), lineno=lineno), CHARGE)
        return [nodes.Output([charge], lineno=lineno), *body]

    def weighed(node: nodes.Expr) -> nodes.Expr:
        return node if isinstance(node, nodes.Const) else _filter(node, WEIGH)

    def checked(node: Any) -> Any:
        """``a ~ b`` joins its parts unchecked, and ``a[::2]`` copies: both are made checked."""
        if isinstance(node, nodes.Concat):
            return _filter(nodes.List(node.nodes, lineno=node.lineno), CONCAT)
        if isinstance(node, nodes.Getitem) and isinstance(node.arg, nodes.Slice) and node.ctx == "load":
            return _filter(node, MADE)
        return node

    for node in order:
        each = 0
        if isinstance(node, nodes.For):
            extended = node.recursive or any(id(part) in uses_loop for part in [*node.body, node.test])
            each = LOOP_COST * (5 if extended else 1) + weight([*node.body, node.test])
        for field in node.fields:
            value = getattr(node, field, None)
            setattr(node, field, [checked(v) for v in value] if isinstance(value, list) else checked(value))
        if isinstance(node, nodes.For):
            node.iter = _filter(node.iter, LOOP, each)
        elif isinstance(node, nodes.Macro | nodes.CallBlock | nodes.Block):
            node.body = paying(node.body, node.lineno)
        elif isinstance(node, nodes.Compare):
            node.expr = weighed(node.expr)
            for operand in node.ops:
                operand.expr = weighed(operand.expr)
        elif isinstance(node, nodes.Pair):
            node.key = weighed(node.key)
        elif isinstance(node, nodes.AssignBlock):  # {% set x %}…{% endset %}: what it holds is written already
            node.filter = nodes.Filter(node.filter, WRITTEN, [], [], None, None, lineno=node.lineno)
    tree.body = paying(tree.body, 1)
