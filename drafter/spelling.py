"""Spelling by Hunspell: which words of a text the dictionary of its language does not know.

drafter runs the ``hunspell`` program, in its pipe modes, with the dictionaries
LibreOffice and Firefox use: pt_PT, es_ES, en_GB and fr_FR, as Debian's
hunspell-pt-pt, hunspell-es, hunspell-en-gb and hunspell-fr install them in
/usr/share/hunspell. Where the program or a language's dictionary is missing,
that language is not checked, and nothing says so: spelling is advice.

Words are cut by :func:`words`; Hunspell judges each one whole, as a word
processor would (it knows "l’organisation", "decision-making", "SECPhO’s" is
SECPhO plus a possessive), and suggests corrections for the words it does not
know.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DICTIONARIES: dict[str, tuple[str, ...]] = {
    "pt": ("pt_PT",),
    "es": ("es_ES", "es"),
    "en": ("en_GB",),
    "fr": ("fr_FR", "fr"),
}
"""The dictionary of each language drafter writes, by Hunspell's names, the first found: European
Portuguese, Spain's Spanish, British English, France's French."""

FOLDERS = (
    "/usr/share/hunspell",
    "/usr/share/myspell",
    "/usr/share/myspell/dicts",
    "/usr/local/share/hunspell",
    "/opt/homebrew/share/hunspell",
    "/Library/Spelling",
    "~/Library/Spelling",
)
"""Where dictionaries are installed (Debian and its kin, Homebrew, macOS), after the folders of ``DICPATH``."""

SUGGESTED = 50
"""Words given Hunspell's suggestions, at most, per call: each costs it a tenth of a second or more."""

_TIMEOUT = 120.0

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_NOT_WORDS = re.compile(r"\]\([^)\s]*\)|<[^>\s]*>|https?://\S+|www\.\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|&#?\w+;|\\[^\w\s]")
"""Markdown link targets, autolinks and tags, web addresses, e-mails, entities and escapes: no words."""
_GLUE = "\ufffc"
"""What stands for a fact in a template's text (walker.SLOT): a word touching it is part of a word."""
_ORDINAL = re.compile(r"[ºª]+")
_ELISION = re.compile(r"^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu)['’]", re.I)
_POSSESSIVE = re.compile(r"['’]s?$")


def words(text: str) -> Iterator[tuple[int, str]]:
    """(offset, word) of each word of ``text``: letters, joined by an apostrophe or a hyphen.

    A word glued to a digit, or to a fact in a template's text, is a fragment (the "s" of
    "{{ org.name }}s", the "º" of "1.º") and is left out, and so are web addresses, e-mails and
    Markdown's link targets, entities and escapes.
    """
    text = _NOT_WORDS.sub(lambda m: " " * len(m.group()), text)
    for match in _WORD.finditer(text):
        start, end = match.span()
        before, after = text[start - 1 : start], text[end : end + 1]
        if any(c.isdigit() or c == _GLUE for c in before + after) or _ORDINAL.fullmatch(match.group()):
            continue
        yield start, match.group()


def stem(word: str) -> str:
    """The word without a French elision before it or an English possessive after it:
    d’ONDABIO and ONDABIO’s are ONDABIO, for lists of accepted words."""
    return _POSSESSIVE.sub("", _ELISION.sub("", word))


def accepted(word: str, known: frozenset[str] | set[str]) -> bool:
    """Whether ``word`` is in a list of accepted words, itself or by its :func:`stem`."""
    return word in known or stem(word) in known


@dataclass(frozen=True)
class Speller:
    """Hunspell with one language's dictionary."""

    lang: str
    program: str
    dictionary: Path
    """The dictionary's path without its .dic and .aff: /usr/share/hunspell/pt_PT."""

    @property
    def name(self) -> str:
        """pt_PT."""
        return self.dictionary.name

    def unknown(self, found: Iterable[str], *, suggest: bool = True) -> dict[str, tuple[str, ...]] | None:
        """The words the dictionary does not know, sorted, each with Hunspell's suggestions
        (the first :data:`SUGGESTED` of them, unless ``suggest`` is false); None if Hunspell failed."""
        return _unknown(self.program, str(self.dictionary), tuple(sorted(set(found))), SUGGESTED if suggest else 0)


def _run(program: str, dictionary: str, mode: str, lines: tuple[str, ...]) -> str | None:
    try:
        done = subprocess.run(
            [program, mode, "-i", "utf-8", "-d", dictionary],
            input="".join(f"{line}\n" for line in lines).encode("utf-8"),
            capture_output=True,
            timeout=_TIMEOUT,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout.decode("utf-8", "replace") if done.returncode == 0 else None


@lru_cache(maxsize=64)
def _unknown(program: str, dictionary: str, found: tuple[str, ...], suggest: int) -> dict[str, tuple[str, ...]] | None:
    """One call of ``hunspell -L`` (the lines it cannot spell, fast), then ``hunspell -a`` for suggestions."""
    if not found:
        return {}
    listed = _run(program, dictionary, "-L", found)
    if listed is None:
        return None
    asked = set(found)
    missed = [w for w in dict.fromkeys(listed.split("\n")) if w in asked]
    suggested = _suggestions(program, dictionary, missed[:suggest])
    return {w: suggested.get(w, ()) for w in missed}


def _suggestions(program: str, dictionary: str, missed: list[str]) -> dict[str, tuple[str, ...]]:
    """Hunspell's pipe mode (-a): each input line, "^" first so that no word is read as a command,
    is answered by a line per word in it ("*" known, "& word n offset: a, b" with suggestions,
    "# word offset" without) and an empty line."""
    if not missed:
        return {}
    output = _run(program, dictionary, "-a", tuple(f"^{w}" for w in missed))
    out: dict[str, list[str]] = {}
    index = 0
    for line in (output or "").split("\n")[1:]:  # the first line names Hunspell's version
        if index >= len(missed):
            break
        if not line:
            index += 1
        elif line.startswith("&") and ": " in line:
            out.setdefault(missed[index], []).extend(line.split(": ", 1)[1].split(", "))
    return {word: tuple(dict.fromkeys(found)) for word, found in out.items()}


def _folders() -> list[Path]:
    paths = [p for p in os.environ.get("DICPATH", "").split(os.pathsep) if p]
    return [Path(p).expanduser() for p in (*paths, *FOLDERS)]


def speller(lang: str) -> Speller | None:
    """Hunspell with ``lang``'s dictionary, or None if the program or the dictionary is not installed."""
    program = shutil.which("hunspell")
    if program is None:
        return None
    for name in DICTIONARIES.get(lang, ()):
        for folder in _folders():
            if (folder / f"{name}.dic").is_file() and (folder / f"{name}.aff").is_file():
                return Speller(lang, program, folder / name)
    return None
