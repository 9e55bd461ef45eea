"""A release in four languages to vary one fact at a time, for the tests of what the facts can say."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import yaml

from drafter import draft
from drafter.errors import FactsError
from drafter.facts import Facts, load_facts

LANGS4 = ("pt", "es", "en", "fr")

BASE: dict[str, Any] = {
    "release": {"kind": "award", "date": "2026-05-04", "city": "Aveiro", "languages": list(LANGS4)},
    "organisation": {
        "name": "Habitat",
        "country": "PT",
        "website": "www.habitat.example",
        "sector": {
            "pt": "a construção sustentável",
            "es": "la construcción sostenible",
            "en": "sustainable construction",
            "fr": "la construction durable",
        },
        "about": {
            "pt": "O Habitat reúne empresas da construção.",
            "es": "Habitat reúne a empresas de la construcción.",
            "en": "Habitat brings together building companies.",
            "fr": "Habitat réunit des entreprises du bâtiment.",
        },
    },
    "award": {
        "name": "Cluster Management Excellence Label",
        "level": "gold",
        "date": "2026-04-28",
        "issuer": {"name": "European Secretariat for Cluster Analysis", "acronym": "ESCA"},
    },
    "contact": {"name": "Rita Mourão", "email": "imprensa@habitat.example"},
}


def facts_data(change: dict[str, Any] | None = None, drop: tuple[str, ...] = ()) -> dict[str, Any]:
    """BASE with ``change`` set and ``drop`` removed, each given by its dotted key."""
    data = copy.deepcopy(BASE)
    for dotted, value in (change or {}).items():
        *parents, last = dotted.split(".")
        target = data
        for part in parents:
            target = target.setdefault(part, {})
        target[last] = value
    for dotted in drop:
        *parents, last = dotted.split(".")
        target = data
        for part in parents:
            target = target[part]
        del target[last]
    return data


def facts_file(tmp_path: Path, change: dict[str, Any] | None = None, drop: tuple[str, ...] = ()) -> Path:
    path = tmp_path / "facts.yaml"
    path.write_text(yaml.safe_dump(facts_data(change, drop), allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def loaded(tmp_path: Path, change: dict[str, Any] | None = None, drop: tuple[str, ...] = ()) -> Facts:
    return load_facts(facts_file(tmp_path, change, drop))


def drafts(tmp_path: Path, change: dict[str, Any] | None = None, drop: tuple[str, ...] = ()) -> dict[str, str]:
    """The Markdown draft of each language."""
    return draft(facts_file(tmp_path, change, drop)).markdown


def checked(tmp_path: Path, change: dict[str, Any] | None = None, drop: tuple[str, ...] = ()) -> dict[str, str]:
    """The Markdown draft of each language, written beside its facts file in ``tmp_path/release``, once
    ``drafter check`` has found every fact in every one of them."""
    from drafter.checker import check

    folder = tmp_path / "release"
    folder.mkdir(parents=True)
    md = draft(facts_file(folder, change, drop)).markdown
    for lang, text in md.items():
        (folder / f"{lang}.md").write_text(text, encoding="utf-8")
    assert [f"{f.rule} {f.path}" for f in check([folder]).findings] == []
    return md


def refused(tmp_path: Path, change: dict[str, Any] | None = None, drop: tuple[str, ...] = ()) -> list[str]:
    """Each problem as 'key.path: message'."""
    try:
        load_facts(facts_file(tmp_path, change, drop))
    except FactsError as exc:
        return [f"{p.path}: {p.message}" for p in exc.problems]
    raise AssertionError("the facts were accepted")


def per_lang(pt: str, es: str, en: str, fr: str) -> dict[str, str]:
    return {"pt": pt, "es": es, "en": en, "fr": fr}
