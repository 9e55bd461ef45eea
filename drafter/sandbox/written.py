"""What a template has already written, kept as Markdown so that it is escaped once, not twice.

The environment escapes every value a template prints (its ``finalize``).
What a template writes itself (a macro's output, a ``{% call %}``'s caller, a
``{% set %}…{% endset %}`` block) is Markdown already: its values went through
that escaping when they were written. So it comes back as :class:`~drafter.escape.Md`,
which the escaping prints as it is, whichever way the template uses it: printed
at once, stored in a variable, trimmed, joined to other text with ``~`` or
``join`` (the other parts escaped where they stand, as Jinja's autoescaping
does with HTML).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from jinja2.runtime import Context
from jinja2.utils import pass_context

from ..escape import Md, md_join

WRITTEN = "drafter:written"
"""The filter the rewriting puts on a ``{% set %}`` block: a colon keeps a template from naming it."""

SPACING = frozenset({"trim", "indent", "center"})
"""Filters that only add or take away white space: Markdown given, Markdown returned."""


def escapes(context: Context) -> bool:
    """Whether the template's environment escapes what it prints (drafts do; the template check does not)."""
    return bool(getattr(context.environment, "escapes", False)) and not context.eval_ctx.autoescape


def written(context: Context, value: Any) -> Any:
    """``value``, text a template wrote, marked as Markdown where the environment escapes."""
    if escapes(context) and type(value) is str:
        return Md(value)
    return value


@pass_context
def _written(context: Context, value: Any) -> Any:
    return written(context, value)


def joined(context: Context, parts: list[Any], plain: Callable[[list[Any]], str]) -> Any:
    """``parts`` as one text: Markdown if any part is, else what ``plain`` makes of them."""
    if escapes(context) and any(isinstance(p, Md) for p in parts):
        return md_join(parts)
    return plain(parts)


def keeping(name: str, func: Callable[..., Any]) -> Callable[..., Any]:
    """The filter ``func``, returning Markdown for Markdown where it only changes spacing or joins."""

    @pass_context
    def kept(context: Context, value: Any, *args: Any, **kwargs: Any) -> Any:
        if name == "join" and isinstance(value, Iterable) and not isinstance(value, str):
            value = list(value)
        result = func(context, value, *args, **kwargs)  # bounded and counted as any filter
        if (
            name == "join"
            and isinstance(value, list)
            and not kwargs
            and len(args) <= 1
            and any(isinstance(i, Md) for i in value)
        ):
            separator = args[0] if args else ""
            parts = [p for i, item in enumerate(value) for p in ((separator, item) if i else (item,))]
            return joined(context, parts, "".join)
        return Md(result) if isinstance(value, Md) and type(result) is str and escapes(context) else result

    kept.__name__ = getattr(func, "__name__", name)
    kept.__doc__ = func.__doc__
    return kept


FILTERS = {WRITTEN: _written}
