"""Output that any console can take: a character its encoding lacks is written as the nearest one it has.

A Windows console or a pipe in cp1252, or a terminal in ASCII, cannot write
every character a release holds (a French narrow no-break space before a
colon, a Polish or Czech name). Python would stop with a traceback; drafter
instead writes the nearest character the encoding has (a no-break space, the
letter without its accent, a plain hyphen), else "?". Set once, for standard
output and standard error, when the command starts.
"""

from __future__ import annotations

import codecs
import io
import sys
import unicodedata
from collections.abc import Callable

_HANDLER = "drafter-console"
_DASHES = {"Pd": ("–", "-")}
"""A dash the encoding lacks: an en dash, else a hyphen."""
_QUOTES = dict.fromkeys("‘’‚‛‹›", "'") | dict.fromkeys("“”„‟«»", '"')
"""A quotation mark the encoding lacks: a straight one."""


def tolerant_streams() -> None:
    """Make standard output and standard error write what their encoding lacks as its nearest character."""
    for stream, default in ((sys.stdout, "strict"), (sys.stderr, "backslashreplace")):
        if not isinstance(stream, io.TextIOWrapper) or stream.errors != default:
            continue  # a stream set up by its owner (a test runner, PYTHONIOENCODING=...:replace) is left so
        encoding = codecs.lookup(stream.encoding).name
        if encoding == "utf-8":
            continue
        name = f"{_HANDLER}-{encoding}"
        try:
            codecs.lookup_error(name)
        except LookupError:
            codecs.register_error(name, _nearest(encoding))
        stream.reconfigure(errors=name)


def _nearest(encoding: str) -> Callable[[UnicodeError], tuple[str, int]]:
    def handler(error: UnicodeError) -> tuple[str, int]:
        if not isinstance(error, UnicodeEncodeError):
            raise error
        text = error.object[error.start : error.end]
        return "".join(nearest(char, encoding) for char in text), error.end

    return handler


def nearest(char: str, encoding: str) -> str:
    """``char`` as ``encoding`` can write it: itself, a space, a dash, a straight quotation mark, the letter
    without its accent (or what it stands for: "..." for "…"), else "?"."""
    category = unicodedata.category(char)
    candidates: list[str] = [char]
    if category == "Zs":
        candidates += ["\u00a0", " "]
    candidates += _DASHES.get(category, ())
    if char in _QUOTES:
        candidates.append(_QUOTES[char])
    bare = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
    if bare:
        candidates.append(bare)
    for candidate in candidates:
        try:
            candidate.encode(encoding)
        except UnicodeEncodeError:
            continue
        return candidate
    return "?"
