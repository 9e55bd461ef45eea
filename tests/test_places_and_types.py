"""Organisations, partners and countries as an editor would write them, in every language.

The type of an organisation reaches the templates as a key (``org.type.key``), so a template picks
its frame by type and never by matching glossary words; a name or full name that says the type is
not followed by the type again; a partner of a stated type takes its article where the language's
names do; a country in running prose takes its article and its preposition ("the Netherlands",
"aux Pays-Bas", "d’Espagne", "nos Países Baixos"), and the checker still finds it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from drafter import draft
from drafter.catalog import Catalog, builtin_dir
from drafter.checker import check
from drafter.extract import extract
from drafter.facts import load_facts
from drafter.localize import country_forms, country_name, locale_for
from drafter.view import build_view

from .newfacts import drafts, facts_file, per_lang

LANGS = ("pt", "es", "en", "fr")
PROJECT = per_lang("um projeto", "un proyecto", "a project", "un projet")


def _view(tmp_path: Path, change: dict[str, Any], lang: str) -> dict[str, Any]:
    return build_view(load_facts(facts_file(tmp_path, change)), lang, Catalog((builtin_dir(),)))


def _lead(md: str) -> str:
    return next(line for line in md.splitlines() if line.startswith("**Aveiro"))


# --- the type: its key, and not said twice -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("given", "key"),
    [("company", "company"), ("research centre", "research_centre"), ("public body", "public_body"), (None, "")],
)
def test_the_type_reaches_the_template_as_a_key(tmp_path: Path, given: str | None, key: str) -> None:
    """The same key in every language; a type of one's own has none; no type is an organisation."""
    own = per_lang("uma cooperativa", "una cooperativa", "a cooperative", "une coopérative")
    change = {"organisation.type": given if given else own}
    for lang in LANGS:
        assert _view(tmp_path, change, lang)["org"]["type"]["key"] == key, lang
    assert _view(tmp_path, {}, "pt")["org"]["type"]["key"] == "organisation"


def test_a_full_name_that_says_the_type_is_not_followed_by_it(tmp_path: Path) -> None:
    full = per_lang(
        "Cluster Ibérico da Construção",
        "Clúster Ibérico de la Construcción",
        "Iberian Construction Cluster",
        "Cluster ibérique de la construction",
    )
    md = drafts(tmp_path, {"organisation.type": "cluster", "organisation.full_name": full})
    assert "Habitat (Iberian Construction Cluster), which works in the sustainable construction sector," in _lead(
        md["en"]
    )
    assert "O Habitat (Cluster Ibérico da Construção), do setor da construção sustentável," in _lead(md["pt"])
    assert "Habitat (Clúster Ibérico de la Construcción), del sector de la construcción sostenible," in _lead(md["es"])
    assert "Habitat (Cluster ibérique de la construction), spécialisé dans la construction durable," in _lead(md["fr"])
    for lang in LANGS:  # the full name is the only place the type is said
        assert (
            _view(tmp_path, {"organisation.type": "cluster", "organisation.full_name": full}, lang)["org"]["type"]["a"]
            == ""
        ), lang


def test_a_full_name_without_the_type_keeps_it(tmp_path: Path) -> None:
    full = per_lang("Habitat Sustentável", "Habitat Sostenible", "Sustainable Habitat", "Habitat durable")
    md = drafts(tmp_path, {"organisation.type": "cluster", "organisation.full_name": full})
    # a full name that adds a word before the name stands for it (s18)
    assert "– Sustainable Habitat, a sustainable construction cluster," in _lead(md["en"])
    # a full name that only extends the name leads alone (s17), with the type after it
    assert "O Habitat Sustentável, um cluster do setor da construção sustentável," in _lead(md["pt"])


def test_the_frame_follows_the_type_key(tmp_path: Path) -> None:
    """pt and es: a university is "dedicada a" its field even when its name says what it is."""
    change = {
        "organisation.name": "Universidade Habitat",
        "organisation.type": "university",
        "organisation.article": True,
    }
    md = drafts(tmp_path, change)
    assert "A Universidade Habitat, dedicada à construção sustentável, obteve" in _lead(md["pt"])
    # es: "Universidade" says "universidad" in Portuguese: the type is not said again, the frame stays.
    assert "La Universidade Habitat, dedicada a la construcción sostenible," in _lead(md["es"])
    md = drafts(tmp_path, {"organisation.type": "public body"})
    assert "Habitat, um organismo público dedicado à construção sustentável," in _lead(md["pt"])
    assert "Habitat, un organismo público dedicado a la construcción sostenible," in _lead(md["es"])
    assert "Habitat, a public body responsible for sustainable construction," in _lead(md["en"])


# --- partners' articles ---------------------------------------------------------------------------------------


def test_a_typed_partner_takes_its_article_where_names_do(tmp_path: Path) -> None:
    partners = [
        {"name": "Aquatec Ibérica", "country": "ES", "type": "company"},
        {"name": "Porto Lab", "country": "PT", "type": "company", "article": False},
        {"name": "Bioria", "country": "PT"},
    ]
    md = drafts(tmp_path, {"partnership": {"project": PROJECT, "partners": partners}})
    # The organisation is Portuguese: only the partner from abroad is followed by its country.
    assert "a Aquatec Ibérica (Espanha), Porto Lab e a Bioria" in md["pt"]
    assert "Aquatec Ibérica (España), Porto Lab y Bioria" in md["es"]
    assert "Aquatec Ibérica (Spain), Porto Lab and Bioria" in md["en"]
    assert "Aquatec Ibérica (Espagne), Porto Lab et Bioria" in md["fr"]


# --- countries in running prose -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "code", "the", "at", "of"),
    [
        ("en", "NL", "the Netherlands", "in the Netherlands", "from the Netherlands"),
        ("en", "GB", "the United Kingdom", "in the United Kingdom", "from the United Kingdom"),
        ("en", "PH", "the Philippines", "in the Philippines", "from the Philippines"),
        ("en", "CZ", "the Czech Republic", "in the Czech Republic", "from the Czech Republic"),
        (
            "en",
            "CD",
            "the Democratic Republic of the Congo",
            "in the Democratic Republic of the Congo",
            "from the Democratic Republic of the Congo",
        ),
        ("en", "ES", "Spain", "in Spain", "from Spain"),
        ("fr", "ES", "l’Espagne", "en Espagne", "d’Espagne"),
        ("fr", "PT", "le Portugal", "au Portugal", "du Portugal"),
        ("fr", "NL", "les Pays-Bas", "aux Pays-Bas", "des Pays-Bas"),
        ("fr", "FR", "la France", "en France", "de France"),
        ("fr", "IR", "l’Iran", "en Iran", "d’Iran"),
        ("fr", "MX", "le Mexique", "au Mexique", "du Mexique"),
        ("fr", "HU", "la Hongrie", "en Hongrie", "de Hongrie"),
        ("fr", "IL", "Israël", "en Israël", "d’Israël"),
        ("fr", "CU", "Cuba", "à Cuba", "de Cuba"),
        ("fr", "DO", "la République dominicaine", "en République dominicaine", "de la République dominicaine"),
        ("fr", "CI", "la Côte d’Ivoire", "en Côte d’Ivoire", "de Côte d’Ivoire"),
        ("pt", "NL", "os Países Baixos", "nos Países Baixos", "dos Países Baixos"),
        ("pt", "BR", "o Brasil", "no Brasil", "do Brasil"),
        ("pt", "DE", "a Alemanha", "na Alemanha", "da Alemanha"),
        ("pt", "PT", "Portugal", "em Portugal", "de Portugal"),
        ("pt", "ES", "Espanha", "em Espanha", "de Espanha"),
        ("es", "NL", "los Países Bajos", "en los Países Bajos", "de los Países Bajos"),
        ("es", "GB", "el Reino Unido", "en el Reino Unido", "del Reino Unido"),
        ("es", "FR", "Francia", "en Francia", "de Francia"),
    ],
)
def test_a_country_in_running_prose(lang: str, code: str, the: str, at: str, of: str) -> None:
    forms = country_forms(code, locale_for(lang))
    assert (forms["the"], forms["at"], forms["of"]) == (the, at, of)


def test_congo_has_a_name_for_prose_and_brackets() -> None:
    assert country_name("CD", locale_for("en")) == "Democratic Republic of the Congo"
    assert country_name("CG", locale_for("en")) == "Republic of the Congo"
    assert country_name("CD", locale_for("fr")) == "République démocratique du Congo"
    assert country_name("CG", locale_for("es")) == "República del Congo"


PRIZE = {
    "release.kind": "prize",
    "award.level": None,
    "award.name": per_lang("Prémio Inovar", "Premio Innovar", "Innovate Prize", "Prix Innover"),
    "event": {"name": "Expo Habitat", "city": "Roterdão", "country": "NL", "date": "2026-04-28", "gender": "f"},
    "partnership": {
        "project": PROJECT,
        "count": 3,
        "partners": [{"country": "ES"}, {"country": "NL"}, {"country": "ES"}],
    },
}
PRIZE["event"]["city"] = per_lang("Roterdão", "Róterdam", "Rotterdam", "Rotterdam")


def test_countries_in_the_drafts(tmp_path: Path) -> None:
    md = drafts(tmp_path, PRIZE)
    assert "held in Rotterdam, the Netherlands, on 28 April 2026." in md["en"]
    assert "three partners from Spain and the Netherlands to develop" in md["en"]
    assert "qui s’est tenue à Rotterdam, aux Pays-Bas, le 28 avril 2026." in md["fr"]
    assert "Avec trois partenaires établis en Espagne et aux Pays-Bas," in md["fr"]
    assert "Junto con tres socios de España y los Países Bajos," in md["es"]
    assert "três parceiros de Espanha e dos Países Baixos" in md["pt"]  # each with its own article


def _release(tmp_path: Path, change: dict[str, Any], edit: tuple[str, str, str] | None = None) -> list[str]:
    folder = tmp_path / "release"
    folder.mkdir()
    facts = facts_file(folder, change)
    for lang, text in draft(facts).markdown.items():
        if edit and edit[0] == lang:
            assert edit[1] in text, (lang, edit[1])
            text = text.replace(edit[1], edit[2])
        (folder / f"{lang}.md").write_text(text, encoding="utf-8")
    return [f"{f.rule} {f.path}" for f in check([folder]).findings]


def test_check_reads_the_countries_in_prose(tmp_path: Path) -> None:
    assert _release(tmp_path, PRIZE) == []


def test_check_finds_a_country_changed_by_hand(tmp_path: Path) -> None:
    alone = {**PRIZE, "partnership": {"project": PROJECT, "count": 3, "partners": [{"country": "ES"}]}}
    found = _release(tmp_path, alone, ("fr", "aux Pays-Bas", "en Belgique"))
    assert any("event.country" in f for f in found), found


@pytest.mark.parametrize(
    ("lang", "text", "code"),
    [
        ("en", "partners from Spain and the Netherlands", "NL"),
        ("en", "a partner from the Democratic Republic of the Congo", "CD"),
        ("fr", "une foire aux Pays-Bas", "NL"),
        ("fr", "des partenaires d’Espagne", "ES"),
        ("fr", "des partenaires du Portugal", "PT"),
        ("pt", "parceiros dos Países Baixos", "NL"),
        ("es", "socios del Reino Unido", "GB"),
    ],
)
def test_extract_finds_a_country_after_its_article(lang: str, text: str, code: str) -> None:
    assert code in {m.value for m in extract(text, lang) if m.kind == "country"}
