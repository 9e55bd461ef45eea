"""A body's branch in a country, named by the body's acronym and the country ("UNICEF España", "WWF
Portugal"), goes without the article in Spanish and English, as the branch names itself, and keeps it
in Portuguese and French ("a UNICEF Portugal", "l’UNICEF France"). A name of an acronym and a word that
is no country ("UNICEF Comité") is not a branch."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.localize import is_branch

from .newfacts import drafts, per_lang


@pytest.mark.parametrize(
    ("name", "lang", "branch"),
    [
        ("UNICEF España", "es", True),
        ("WWF Portugal", "pt", True),
        ("IEEE France", "fr", True),
        ("UNICEF Spain", "en", True),
        ("UNICEF Spain", "es", False),  # the country as Spanish writes it, not English
        ("UNICEF Comité", "es", False),
        ("Unicef España", "es", False),  # no acronym
        ("UNICEF", "es", False),
        ("ESCA Reino Unido", "es", True),
    ],
)
def test_is_branch(name: str, lang: str, branch: bool) -> None:
    assert is_branch(name, lang) is branch


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("es", "UNICEF España le concedió el sello"),
        ("en", "UNICEF Spain"),
        ("pt", "A UNICEF Espanha"),
        ("fr", "L’UNICEF Espagne"),
    ],
)
def test_an_issuer_that_is_a_branch(tmp_path: Path, lang: str, said: str) -> None:
    issuer = {"name": per_lang("UNICEF Espanha", "UNICEF España", "UNICEF Spain", "UNICEF Espagne"), "gender": "f"}
    text = drafts(tmp_path, {"award.issuer": issuer})[lang]
    assert said in text
    assert "El UNICEF" not in text and "el UNICEF" not in text and "the UNICEF" not in text


def test_a_partner_that_is_a_branch_in_spanish(tmp_path: Path) -> None:
    partnership = {
        "project": per_lang("um projeto", "un proyecto", "a project", "un projet"),
        "partners": [
            {"name": "WWF España", "type": "foundation", "country": "ES"},
            {"name": "Universidad de Vigo", "type": "university", "country": "ES"},
        ],
    }
    text = drafts(tmp_path, {"partnership": partnership})["es"]
    assert "WWF España" in text and "el WWF España" not in text and "la WWF España" not in text
    assert "la Universidad de Vigo" in text
