"""A type of one's own takes the gender of its head noun, after any adjective before it, whatever the
name's gender: "uma escola secundária", "una pyme", « une haute école »."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.lang import words
from drafter.parties import typed_kind

from .newfacts import drafts, per_lang

CASES = [
    ("pt", "escola secundária", "m", "uma escola secundária"),
    ("pt", "grande empresa", "m", "uma grande empresa"),
    ("pt", "pequena e média empresa", "m", "uma pequena e média empresa"),
    ("pt", "IPSS", "m", "uma IPSS"),
    ("pt", "instituto politécnico", "f", "um instituto politécnico"),
    ("es", "escuela de idiomas", "m", "una escuela de idiomas"),
    ("es", "pyme", "m", "una pyme"),
    ("es", "gran empresa", "m", "una gran empresa"),
    ("es", "editorial", "m", "una editorial"),
    ("es", "consejo regulador", "f", "un consejo regulador"),
    ("fr", "école d’ingénieurs", "m", "une école d’ingénieurs"),
    ("fr", "haute école", "m", "une haute école"),
    ("fr", "start-up", "m", "une start-up"),
    ("fr", "PME", "m", "une PME"),
    ("fr", "plateforme technologique", "m", "une plateforme technologique"),
    ("fr", "syndicat", "f", "un syndicat"),
]


@pytest.mark.parametrize(("lang", "word", "gender", "expected"), CASES)
def test_a_type_takes_its_head_nouns_gender(lang: str, word: str, gender: str, expected: str) -> None:
    kind = typed_kind({"a": "", "word": word, "key": ""}, gender, words(lang))
    assert kind is not None and kind["a"] == expected


def test_an_unknown_head_takes_the_organisations_gender() -> None:
    kind = typed_kind({"a": "", "word": "CoLAB", "key": ""}, "f", words("pt"))
    assert kind is not None and kind["a"] == "uma CoLAB"


def test_a_draft_names_a_school_by_its_type(tmp_path: Path) -> None:
    md = drafts(
        tmp_path,
        {
            "organisation.name": "Colégio Vale Verde",
            "organisation.type": {
                "pt": "escola secundária",
                "es": "pequeña empresa",
                "en": "secondary school",
                "fr": "grande école",
            },
        },
    )
    assert "uma escola secundária" in md["pt"]
    assert "una pequeña empresa" in md["es"]
    assert "une grande école" in md["fr"]


THE = [
    "Basque Center for Applied Mathematics",
    "Fraunhofer Institute for Solar Energy Systems",
    "University of Aveiro",
    "Royal Hospital for Children",
    "Queen Elizabeth Hospital",
    "Royal College of Art",
    "London School of Economics",
    "European Research Council",
]
BARE = ["Acme Group", "St Aidan’s Primary School", "St Mary’s Hospital", "Leeds City Council", "Cardiff University"]


@pytest.mark.parametrize("name", THE + BARE)
def test_english_names_a_body_as_its_issuer_and_its_partner(tmp_path: Path, name: str) -> None:
    """Every place an English draft names a body agrees: "the" by its institution's noun, else bare."""
    md = drafts(
        tmp_path,
        {
            "award.issuer": {"name": name},
            "partnership": {
                "project": per_lang("um projeto", "un proyecto", "a project on glass", "un projet"),
                "partners": [{"name": name, "country": "GB"}, {"name": "Vidros Lda", "country": "PT"}],
            },
        },
    )["en"]
    the = name in THE
    assert (f"The {name} awarded" in md) is the
    assert (f"partners, the {name} (United Kingdom)" in md) is the
    assert (f"partners, {name} (United Kingdom)" in md) is not the


def test_english_names_the_organisation_by_its_noun(tmp_path: Path) -> None:
    md = drafts(tmp_path, {"organisation.name": "Basque Center for Applied Mathematics"})["en"]
    assert "The Basque Center for Applied Mathematics, a sustainable construction organisation" in md
    assert "## About the Basque Center" in md


def test_a_spanish_acronym_takes_the_article_the_facts_give_it(tmp_path: Path) -> None:
    """An acronym says neither its gender nor whether it is a brand: the facts do (docs/facts.md)."""
    brand = drafts(tmp_path, {"award.issuer": {"name": "AENOR", "article": {"es": False}}})["es"]
    assert "AENOR le concedió" in brand and "El AENOR" not in brand
    body = drafts(tmp_path, {"award.issuer": {"name": "AEI", "gender": "f"}})["es"]
    assert "La AEI le concedió" in body
