"""A figure written as a line of one's own: ``"Energy use fell by {value} in two years"``.

``{value}`` stands where drafter writes the number, in the language's way ("18.4%", "18,4 %");
``{of}``, where it writes the whole the number is part of. Every language's line holds each of
them exactly once (``{of}`` only when the figure has ``of``); a word in braces close to one of them
(``{valeu}``) is taken for a misspelt placeholder, any other (``{y}``) is text.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from .hints import shown, suggest
from .types import _fail

NAMES = ("value", "of")
BRACED = re.compile(r"\{([^\W\d]\w*)\}")
"""A word in braces: a placeholder, a misspelt one, or text ({y}); other braces ({.class}, {{ x }}) are text."""


def check_placeholders(text: Mapping[str, str], *, total: bool) -> None:
    """Refuse a language's line with ``{value}`` missing or twice, ``{of}`` wrongly, or a misspelt placeholder."""
    wanted = {"value": 1, "of": 1 if total else 0}
    for lang, line in text.items():
        found = BRACED.findall(line)
        for name in found:
            hint = suggest(name, NAMES) if name not in NAMES else None
            if hint:  # {valeu}, {valor}: a placeholder misspelt; {y} or {equation} is text
                message = f"{shown('{' + name + '}')} is not a placeholder; write {{value}} for the number"
                if total:
                    message += " and {of} for the whole"
                raise _fail("placeholder", message + f" (did you mean {{{hint}}}?)", at=lang)
        for name, count in wanted.items():
            times = found.count(name)
            if times == count:
                continue
            if name == "of" and not count:
                message = "holds {of}, but the figure has no 'of'; add of: (the whole) or remove {of}"
            elif not times:
                where = "the number" if name == "value" else "the whole (the figure's 'of')"
                message = f"has no {{{name}}}; write {{{name}}} where {where} goes"
            else:
                message = f"holds {{{name}}} {times} times; write it once"
            raise _fail("placeholder", message, at=lang)
