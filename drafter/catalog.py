"""Where templates and glossaries live, and which languages they cover.

The built-in templates sit at the top of the repository (``templates/``) and
ship inside the wheel as ``drafter/templates``. A press office's own folder,
laid out the same way, comes first: a template found there replaces the
built-in one of the same name and language.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from .errors import FactsError, Problem, TemplateError, display_path
from .facts.scalars import as_text
from .facts.yamlsource import Document, Kind, load_yaml
from .files import is_regular, real

ENV_VAR = "DRAFTER_TEMPLATES"


def builtin_dir() -> Path:
    """``drafter/templates`` in an installed wheel, else the repository's ``templates/``."""
    here = Path(__file__).resolve().parent
    packaged = here / "templates"
    if packaged.is_dir():
        return packaged
    return here.parent / "templates"


@dataclass(frozen=True)
class Catalog:
    """The template folders to search, the press office's first."""

    dirs: tuple[Path, ...]

    @classmethod
    def find(cls, override: Path | str | None = None) -> Catalog:
        chosen = override or os.environ.get(ENV_VAR) or None
        dirs: list[Path] = []
        if chosen:
            path = Path(chosen)
            if not path.is_dir():
                raise TemplateError(f"templates folder {display_path(path)} does not exist")
            dirs.append(path)
        dirs.append(builtin_dir())
        return cls(tuple(dirs))

    def languages(self) -> list[str]:
        """Every language with a folder holding a glossary, in any of the folders."""
        found = {
            sub.name
            for base in self.dirs
            if base.is_dir()
            for sub in base.iterdir()
            if sub.is_dir() and (sub / "glossary.yaml").is_file()
        }
        return sorted(found)

    def search_path(self, lang: str) -> list[str]:
        return [str(base / lang) for base in self.dirs if (base / lang).is_dir()]

    def glossary(self, lang: str) -> dict[str, Any]:
        """The language's recurring terms; the press office's entries win, key by key."""
        merged: dict[str, Any] = {}
        for base in reversed(self.dirs):
            merged = _merge(merged, _read_glossary(real(base / lang / "glossary.yaml")))
        if not merged:
            raise TemplateError(f"no glossary for language {lang!r} in {', '.join(map(str, self.dirs))}")
        return merged


def _merge(base: dict[str, Any], top: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key, value in top.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merge(out[key], value)
        else:
            out[key] = value
    return out


GLOSSARY = Kind(
    "glossary",
    dict,
    "a glossary must be a mapping of terms, like 'by: pela'",
    None,
    "a glossary is a few kilobytes",
)


@cache
def _read_glossary(path: Path) -> dict[str, Any]:
    """Read by the facts file's rules: YAML 1.2 values, no aliases (no alias bombs), every problem located."""
    if not is_regular(path):
        return {}
    doc = load_yaml(path, GLOSSARY)
    problems = list(doc.problems)
    data = _only_text(doc.data or {}, doc, (), problems)
    if problems:
        raise FactsError(problems)
    return data  # type: ignore[no-any-return]


def _only_text(value: Any, doc: Document, key: tuple[str, ...], problems: list[Problem]) -> Any:
    """Every term is text; a number keeps its digits as written."""
    if isinstance(value, dict):
        return {k: _only_text(v, doc, (*key, str(k)), problems) for k, v in value.items()}
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return as_text(value)
    if not isinstance(value, str):
        shown = "true" if value is True else "false" if value is False else "nothing" if value is None else "a list"
        problems.append(doc.problem(key, f"{shown} is not text; write the term, quoted if need be: '{key[-1]}: \"…\"'"))
    return value
