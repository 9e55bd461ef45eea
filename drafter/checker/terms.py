"""A press office's term base, and the names a facts file gives in each language: what is the same.

``drafter-terms.yaml``, in the folder of the releases or any folder above it
(up to the one checked), lists terms that are the same thing in each
language, the way Xbench and Verifika read a term base::

    terms:
      - en: Galician Rías Canners
        es: Asociación de Conserveras de las Rías Gallegas
        pt: [Associação de Conserveiras das Rias Galegas, Conserveiras Galegas]
      - en: Executive Director
        fr: directeur général

A name of one version that is a term is met by any of the term's forms in the
other version; and where a sentence uses a term and the matching sentence of
another version uses none of its forms there, though it does elsewhere, the
term is reported as translated inconsistently. A facts file's texts given per
language (an organisation's full name, a partner's, an event's) are such
terms too, for its own release.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import DrafterError, display_path
from ..extract import fold
from ..facts import Facts
from ..facts.scalars import as_written
from ..facts.yamlsource import Kind, load_data
from ..files import real
from .facts_texts import all_texts

TERMS_FILE = "drafter-terms.yaml"
_SPACES = re.compile(r"\s+")


def _folded(text: str) -> str:
    return _SPACES.sub(" ", fold(text).lower().replace("’", "'")).strip()


@dataclass(frozen=True)
class Term:
    """One thing, and how each language writes it (folded, lower case)."""

    forms: Mapping[str, tuple[str, ...]]
    shown: Mapping[str, tuple[str, ...]]
    """The forms as written, for messages."""
    declared: bool = True
    """From a term base (checked for consistency), not from a facts file."""

    def in_lang(self, lang: str) -> tuple[str, ...]:
        return self.forms.get(lang, ())


@dataclass(frozen=True)
class TermBase:
    terms: tuple[Term, ...] = ()
    source: str = ""
    _by_lang: dict[str, list[tuple[str, Term]]] = field(default_factory=dict, compare=False, repr=False)

    def with_terms(self, more: Iterable[Term]) -> TermBase:
        return TermBase((*self.terms, *more), self.source)

    def matching(self, lang: str, text: str) -> list[Term]:
        """The terms one of whose ``lang`` forms is, or holds, ``text`` (a name as written)."""
        folded = _folded(text)
        return [t for t in self.terms if any(folded == f or folded in f or f in folded for f in t.in_lang(lang))]


def term(mapping: Mapping[str, Any], declared: bool = True) -> Term | None:
    forms: dict[str, tuple[str, ...]] = {}
    shown: dict[str, tuple[str, ...]] = {}
    for lang, value in mapping.items():
        values = [value] if isinstance(value, str) else list(value) if isinstance(value, list) else []
        texts = tuple(str(v).strip() for v in values if str(v).strip())
        if texts:
            shown[str(lang)] = texts
            forms[str(lang)] = tuple(_folded(v) for v in texts)
    return Term(forms, shown, declared) if len(forms) >= 2 else None


def load_terms(folder: Path) -> TermBase:
    """The term base of ``folder``: the nearest ``drafter-terms.yaml`` in it or a folder above it,
    no higher than the top of its Git repository."""
    here = real(folder)
    while True:
        path = here / TERMS_FILE
        if path.exists() or path.is_symlink():
            return _read(path)
        if (here / ".git").exists() or here.parent == here:
            return TermBase()
        here = here.parent


TERMS = Kind(
    "term base",
    dict,
    "expected 'terms:' with a list of entries, one text (or a list) per language",
    None,
    "a term base is a few hundred kilobytes",
)


def _read(path: Path) -> TermBase:
    shown = display_path(path)
    data = as_written(load_data(path, TERMS))
    entries = data.get("terms") if isinstance(data, dict) else None
    if data is None:
        return TermBase(source=shown)
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        raise DrafterError(
            f"{shown}: expected 'terms:' with a list of entries, one text (or a list) per language, like\n"
            "terms:\n  - en: Executive Director\n    fr: directeur général"
        )
    found = []
    for number, entry in enumerate(entries, 1):
        made = term(entry)
        if made is None:
            raise DrafterError(f"{shown}: term {number} needs a text in two languages or more, like 'en: ..., es: ...'")
        found.append(made)
    return TermBase(tuple(found), shown)


def from_facts(facts: Facts) -> list[Term]:
    """Every text the facts file gives per language that is a name (no sentence): the same thing."""
    out: list[Term] = []
    for found in all_texts(facts):
        if isinstance(found, Mapping) and len(found) >= 2 and all(_name_like(v) for v in found.values()):
            made = term(found, declared=False)
            if made:
                out.append(made)
    return out


def _name_like(text: str) -> bool:
    """A name rather than a sentence: short, and no full stop at its end."""
    return len(text.split()) <= 12 and not text.rstrip().endswith((".", "!", "?"))
