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

import yaml

from .errors import TemplateError, display_path

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
            merged = _merge(merged, _read_glossary((base / lang / "glossary.yaml").resolve()))
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


@cache
def _read_glossary(path: Path) -> dict[str, Any]:
    if not path.is_file():
        return {}
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise TemplateError(f"{display_path(path)}: cannot be read: {exc}") from None
    if not isinstance(data, dict):
        raise TemplateError(f"{display_path(path)}: a glossary must be a mapping of terms")
    _only_text(data, path, ())
    return data


def _only_text(value: Any, path: Path, key: tuple[str, ...]) -> None:
    """Every term is text: YAML reads an unquoted no, on or yes as true or false, and 2013 as a number."""
    if isinstance(value, dict):
        for k, v in value.items():
            _only_text(v, path, (*key, str(k)))
    elif not isinstance(value, str):
        raise TemplateError(
            f"{display_path(path)}: {'.'.join(key)}: {value!r} is not text; quote it, as in '{key[-1]}: \"no\"'"
        )
