"""Partners take their article from their type and gender, in es, fr and en as in pt.

Spanish, French and English name a university, a research centre, a foundation, a public
body, a cluster, an association or a network with its article ("la Universitat
Politècnica de València", "le CNRS", "l’Université de Porto"), and a company
bare ("Aquatec Ibérica"). The facts' ``article`` always has the last word.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from drafter import draft

from .conftest import ROOT

PARTNERS: list[dict[str, Any]] = [
    {"name": "Universitat Politècnica de València", "type": "university", "country": "ES"},
    {"name": "CNRS", "type": "research centre", "country": "FR"},
    {"name": "Université de Porto", "type": "university", "country": "PT"},
    {"name": "Aquatec Ibérica", "type": "company", "country": "ES"},
]

LISTED = {
    "es": "de España (la Universitat Politècnica de València y Aquatec Ibérica), de Francia (el CNRS) y de Portugal "
    "(la Université de Porto)",
    "fr": "d’Espagne (l’Universitat Politècnica de València et Aquatec Ibérica), de France (le CNRS) et du Portugal "
    "(l’Université de Porto)",
    "pt": "de Espanha (a Universitat Politècnica de València e a Aquatec Ibérica), de França (o CNRS) e de Portugal "
    "(a Université de Porto)",
    "en": "Spain (the Universitat Politècnica de València and Aquatec Ibérica), France (the CNRS) and Portugal "
    "(the Université de Porto)",
}
"""Two partners from one foreign country: the partners are grouped by country, each with its article."""


def _drafted(tmp_path: Path, partners: list[dict[str, Any]]) -> dict[str, str]:
    data: dict[str, Any] = yaml.safe_load(
        (ROOT / "examples" / "hidrolena-iso-50001-2025.yaml").read_text(encoding="utf-8")
    )
    data["partnership"]["partners"] = partners
    data["partnership"]["count"] = len(partners)
    path = tmp_path / "facts.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return draft(path, ["pt", "es", "en", "fr"]).markdown


def test_partners_take_the_article_of_their_type_in_every_language(tmp_path: Path) -> None:
    drafted = _drafted(tmp_path, PARTNERS)
    for lang, listed in LISTED.items():
        assert listed in drafted[lang], (lang, drafted[lang])


@pytest.mark.parametrize(
    ("partner", "es", "fr"),
    [
        ({"type": "company"}, " Cerâmica Lis y ", " Cerâmica Lis et "),
        ({"type": "foundation", "gender": "f"}, " la Cerâmica Lis y ", " la Cerâmica Lis et "),
        ({"type": "company", "article": True, "gender": "f"}, " la Cerâmica Lis y ", " la Cerâmica Lis et "),
        ({"type": "cluster", "article": False}, " Cerâmica Lis y ", " Cerâmica Lis et "),
        (
            {"type": {"pt": "cooperativa", "es": "cooperativa", "en": "cooperative", "fr": "coopérative"}},
            " Cerâmica",
            " Cerâmica",
        ),
        (
            {
                "type": {"pt": "cooperativa", "es": "cooperativa", "en": "cooperative", "fr": "coopérative"},
                "gender": "f",
            },
            " la Cerâmica Lis y ",
            " la Cerâmica Lis et ",
        ),
        ({}, " Cerâmica Lis y ", " Cerâmica Lis et "),
    ],
)
def test_the_facts_type_gender_and_article_decide(tmp_path: Path, partner: dict[str, Any], es: str, fr: str) -> None:
    """A company, a partner with no type and one of a type of one's own with no gender go bare; the facts'
    gender gives the article's form; ``article`` overrides the type either way."""
    drafted = _drafted(tmp_path, [{"name": "Cerâmica Lis", "country": "PT", **partner}, PARTNERS[1]])
    assert es in drafted["es"], drafted["es"]
    assert fr in drafted["fr"], drafted["fr"]
    if es.startswith(" Cerâmica"):
        assert " la Cerâmica" not in drafted["es"] and " el Cerâmica" not in drafted["es"]
        assert " la Cerâmica" not in drafted["fr"] and " le Cerâmica" not in drafted["fr"]


@pytest.mark.parametrize(
    ("partner", "es", "fr"),
    [
        ({"name": "Fraunhofer", "type": "research centre"}, " y Fraunhofer (Alemania)", " et Fraunhofer (Allemagne)"),
        ({"name": "AZTI", "type": "research centre"}, " y el AZTI (Alemania)", " et l’AZTI (Allemagne)"),
        (
            {"name": "Fraunhofer", "type": "research centre", "article": True},
            " y el Fraunhofer (Alemania)",
            " et le Fraunhofer (Allemagne)",
        ),
    ],
)
def test_a_one_word_name_out_of_capitals_reads_as_a_brand(
    tmp_path: Path, partner: dict[str, Any], es: str, fr: str
) -> None:
    """A research centre is "el CSIC", "le CNRS", but "Fraunhofer" and "Tecnalia" go bare unless the facts say."""
    drafted = _drafted(tmp_path, [PARTNERS[0], {"country": "DE", **partner}])
    assert es in drafted["es"], drafted["es"]
    assert fr in drafted["fr"], drafted["fr"]
