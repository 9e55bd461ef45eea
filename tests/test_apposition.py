"""English names an organisation whose name is an acronym with its full name as an apposition (issue 11).

"CISA, the Arid Soils Research Centre, which specialises in soil science, has won…", not "CISA (Arid Soils
Research Centre), which…": the brackets are kept for a name that is a word and in the other languages,
whose press writes them so. ``drafter check`` finds both names in every version.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from .newfacts import checked, per_lang

CISA: dict[str, Any] = {
    "organisation.name": "CISA",
    "organisation.full_name": per_lang(
        "Centro de Investigação dos Solos Áridos",
        "Centro de Investigación de Suelos Áridos",
        "Arid Soils Research Centre",
        "Centre de recherche sur les sols arides",
    ),
    "organisation.type": "research centre",
    "organisation.sector": per_lang("a ciência do solo", "la ciencia del suelo", "soil science", "la science du sol"),
}


@pytest.mark.parametrize("kind", ["award", "renewal", "prize", "certification", "grant"])
def test_an_acronym_has_its_full_name_as_an_apposition(tmp_path: Path, kind: str) -> None:
    change: dict[str, Any] = {**CISA, "release.kind": kind}
    if kind == "prize":
        change["event"] = {
            "name": per_lang(*["Feira Solo"] * 2, "Soil Fair", "Salon du sol"),
            "city": "Porto",
            "date": "2026-04-20",
        }
    if kind in ("certification", "grant"):
        change["award.level"] = None
    if kind == "certification":
        change["award.name"] = "ISO 9001:2015"
    if kind == "grant":
        change["award.name"] = per_lang("Programa Solo", "Programa Suelo", "Soil Programme", "programme Sol")
        change["grant"] = {
            "amount": 90000,
            "project": per_lang("o projeto X", "el proyecto X", "project X", "le projet X"),
        }
    md = checked(tmp_path, change)
    assert "– CISA, the Arid Soils Research Centre, which specialises in soil science, has " in md["en"], md["en"]
    assert "(Arid Soils" not in md["en"]
    assert "CISA (Centro de Investigação dos Solos Áridos)" in md["pt"]
    assert "CISA (Centro de Investigación de Suelos Áridos)" in md["es"]
    assert "CISA (Centre de recherche sur les sols arides)" in md["fr"]


def test_an_apposition_closes_on_a_comma_with_nothing_after_it(tmp_path: Path) -> None:
    md = checked(tmp_path, {**CISA, "organisation.sector": None, "organisation.type": None})
    assert "– CISA, the Arid Soils Research Centre, has achieved" in md["en"], md["en"]


def test_a_name_that_is_a_word_keeps_its_brackets(tmp_path: Path) -> None:
    md = checked(tmp_path, {**CISA, "organisation.name": "Terrarida"})
    assert "– Terrarida (Arid Soils Research Centre), which specialises in soil science, has " in md["en"], md["en"]
