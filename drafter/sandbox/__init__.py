"""A press office's templates run within bounds, so that no template can hang drafter or fill its memory.

A template is a small program. Jinja2's sandbox keeps it away from Python's
insides; this package bounds what the sandbox leaves open: how much work a
render does, how deep macros, loops and included templates go, and how large
a number, a text, a list or the draft may grow. Every bound is a count
(steps, levels, digits, characters), never a time, so a template fails the
same way on every machine, with its file, its line and what to do.

- :mod:`.budget`: the bounds (:class:`Limits`), what each piece of work costs, the budget that counts it;
- :mod:`.guards`: checks made before an operation can make something huge, and bounded filters and formats;
- :mod:`.rewrite`: the counting put into a parsed template;
- :mod:`.written`: what a template writes itself (a macro's output) kept as Markdown, escaped once;
- :mod:`.environment`: the environment, its loader and its parser, bounded;
- :mod:`.run`: a render, and its failures as located messages.
"""

from __future__ import annotations

from .budget import LIMITS, Budget, Limits
from .environment import BoundedEnvironment, BoundedLoader, parse_bounded, read_source
from .run import render

__all__ = [
    "LIMITS",
    "BoundedEnvironment",
    "BoundedLoader",
    "Budget",
    "Limits",
    "parse_bounded",
    "read_source",
    "render",
]
