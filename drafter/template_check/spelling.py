"""Spelling in templates: the words a template writes itself, and its glossary's terms, by Hunspell.

Only the template's own words are read: its literal text and the strings an
expression prints (``"gerida"`` in ``{{ "gerida" if … else "gerido" }}``),
never its code, its comments or the facts. A misspelt word is a warning. A
language whose dictionary is not installed is not checked (see
:mod:`drafter.spelling`). Words a press office's templates rightly use and the
dictionary lacks (a name, a term of the trade) are listed in ``<lang>/words.txt``
beside the templates, one a line, ``#`` starting a comment.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import yaml

from ..catalog import Catalog
from ..checker.findings import Finding, Location
from ..errors import display_path
from ..files import UnreadableFile, is_regular, read_bytes
from ..spelling import Speller, accepted, speller, words
from .walker import Template

WORDS_FILE = "words.txt"
_LIMIT = 1 << 20
"""A glossary or a list of words is a few kilobytes; past a megabyte it is no such file."""


@dataclass(frozen=True)
class Written:
    """A word a template or a glossary writes, and where."""

    word: str
    where: Location


class _Columns:
    """The column of each word found on a source line: its first, second… whole-word occurrence there."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self.seen: dict[tuple[int, str], int] = {}

    def __call__(self, line: int, word: str) -> int:
        source = self.lines[line - 1] if 0 < line <= len(self.lines) else ""
        nth = self.seen.get((line, word), 0)
        self.seen[(line, word)] = nth + 1
        spots = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", source)]
        return (spots[min(nth, len(spots) - 1)] if spots else 0) + 1


def template_words(template: Template) -> Iterator[Written]:
    """Every word ``template`` writes itself, where it stands."""
    column = _Columns(template.lines)
    for text, first in template.texts:
        for offset, word in words(text):
            line = first + text.count("\n", 0, offset)
            yield Written(word, template.at(line, column(line, word)))
    for text, line in template.said:
        for _, word in words(text):
            yield Written(word, template.at(line, column(line, word)))


def glossary_words(path: Path) -> Iterator[Written]:
    """Every word of a glossary's terms (its values; not its keys or comments), where it stands."""
    try:
        source = read_bytes(path, _LIMIT, "glossary").decode("utf-8")
        root = yaml.compose(source, Loader=yaml.SafeLoader)
    except (UnreadableFile, UnicodeDecodeError, yaml.YAMLError):
        return  # drafting reports it
    shown = display_path(path)
    column = _Columns(source.split("\n"))

    def walk(node: yaml.Node | None) -> Iterator[Written]:
        if isinstance(node, yaml.MappingNode):
            for _, value in node.value:
                yield from walk(value)
        elif isinstance(node, yaml.SequenceNode):
            for item in node.value:
                yield from walk(item)
        elif isinstance(node, yaml.ScalarNode) and isinstance(node.value, str):
            for offset, word in words(node.value):
                line = node.start_mark.line + 1 + node.value.count("\n", 0, offset)
                yield Written(word, Location(shown, line, column(line, word)))

    yield from walk(root)


def accepted_words(catalog: Catalog, lang: str) -> set[str]:
    """The words of every ``<lang>/words.txt`` of the catalog's folders."""
    out: set[str] = set()
    for base in catalog.dirs:
        path = base / lang / WORDS_FILE
        if is_regular(path):
            try:
                text = read_bytes(path, _LIMIT, "list of words").decode("utf-8", "replace")
            except UnreadableFile:
                continue
            for line in text.split("\n"):
                out.update(line.split("#", 1)[0].split())
    return out


def _listed(options: tuple[str, ...]) -> str:
    shown = options[:5]
    return shown[0] if len(shown) == 1 else f"{', '.join(shown[:-1])} or {shown[-1]}"


def _check(spell: Speller, written: list[Written], known: set[str], words_file: str, release: str) -> list[Finding]:
    todo = [w for w in written if not accepted(w.word, known)]
    unknown = spell.unknown(w.word for w in todo)
    if not unknown:
        return []
    out = []
    for word, suggestions in unknown.items():
        where = tuple(dict.fromkeys(w.where for w in todo if w.word == word))
        hint = f"did you mean {_listed(suggestions)}?" if suggestions else "Hunspell has no suggestion"
        message = (
            f"“{word}” is not in the {spell.name} dictionary ({hint}): correct it, or, "
            f"if it is right (a name, a term of the trade), add it to {words_file}"
        )
        out.append(Finding("spelling", "warning", message, release, where, (spell.lang, word)))
    return out


def spelling(templates: list[Template], catalog: Catalog, langs: list[str], release: str) -> list[Finding]:
    """A warning for each word of the templates and glossaries that the language's dictionary lacks."""
    jobs = []
    for lang in langs:
        spell = speller(lang)
        if spell is None:
            continue
        written = [w for t in templates if t.lang == lang for w in template_words(t)]
        for base in catalog.dirs:
            if is_regular(base / lang / "glossary.yaml"):
                written.extend(glossary_words(base / lang / "glossary.yaml"))
        words_file = display_path(catalog.dirs[0] / lang / WORDS_FILE)
        jobs.append((spell, written, accepted_words(catalog, lang), words_file))
    if not jobs:
        return []
    with ThreadPoolExecutor(max_workers=len(jobs)) as pool:  # one Hunspell for each language at once
        done = [pool.submit(_check, *job, release) for job in jobs]
        return [finding for job in done for finding in job.result()]
