"""How the French templates open a release and name a body again (issue 11, read by a French editor).

A type with no sector does not hang in apposition ("Hidrolena Eaux, une entreprise, a obtenu"): it
goes before a name without an article, and is left out after a name that says what the body is.
The body that granted the award is named by its acronym the second time; a certificate's backer
follows a sentence about the standard without an "Elle" that would mean the standards body.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import yaml

from drafter import draft

BASE: dict[str, Any] = {
    "release": {"kind": "award", "date": "2026-05-04", "city": "Rungis", "languages": ["fr"]},
    "organisation": {
        "name": "Primeurs Vallée",
        "type": "company",
        "country": "FR",
        "website": "www.primeurs.example",
        "about": {"fr": "Primeurs Vallée distribue des fruits et des légumes."},
    },
    "award": {
        "name": "Label Engagé RSE",
        "gender": "m",
        "date": "2026-04-28",
        "issuer": {"name": "Agence française de normalisation", "acronym": "AFNOR", "gender": "f"},
    },
}


def _lead(tmp_path: Path, change: dict[str, Any]) -> str:
    data = copy.deepcopy(BASE)
    for dotted, value in change.items():
        *parents, last = dotted.split(".")
        node = data
        for key in parents:
            node = node.setdefault(key, {})
        node[last] = value
    path = tmp_path / "release.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    md = draft(path).markdown["fr"]
    return "\n".join(line for line in md.splitlines() if line and not line.startswith("#"))


@pytest.mark.parametrize(
    ("change", "opening"),
    [
        ({}, "** L’entreprise Primeurs Vallée a obtenu le Label"),
        (
            {"organisation.type": {"fr": "coopérative agricole"}, "organisation.gender": "f"},
            "** La coopérative agricole Primeurs Vallée a obtenu",
        ),
        (
            {"organisation.name": "Union des grossistes", "organisation.article": True, "organisation.gender": "f"},
            "** L’Union des grossistes a obtenu",
        ),
        (
            {
                "organisation.name": "Ville de Rungis",
                "organisation.gender": "f",
                "organisation.article": True,
                "organisation.type": "public body",
            },
            "** La Ville de Rungis a obtenu",
        ),
        ({"organisation.name": "Rungis", "organisation.type": "public body"}, "** Rungis a obtenu"),
        (
            {
                "organisation.name": "Canoë Kayak Nantais",
                "organisation.gender": "m",
                "organisation.article": True,
                "organisation.type": "association",
            },
            # a bare type between commas reads as a slip (s17): the name alone
            "** Le Canoë Kayak Nantais a obtenu",
        ),
        (
            {"organisation.sector": {"fr": "les fruits et légumes"}},
            "** Primeurs Vallée, une entreprise de fruits et légumes, a obtenu",
        ),
    ],
)
def test_a_bare_type_never_hangs_in_apposition(tmp_path: Path, change: dict[str, Any], opening: str) -> None:
    assert opening in _lead(tmp_path, change)


def test_the_awarding_body_is_named_by_its_acronym_the_second_time(tmp_path: Path) -> None:
    issuer = BASE["award"]["issuer"]
    text = _lead(tmp_path, {"award.launched": 2017, "award.launched_by": issuer})
    assert "Le Label Engagé RSE a été créé en 2017 à l’initiative de l’AFNOR." in text
    other = {"name": "Conseil du commerce", "acronym": "CDC", "gender": "m"}
    text = _lead(tmp_path, {"award.launched_by": other})
    assert "à l’initiative du Conseil du commerce (CDC)." in text


def test_a_certificates_backer_follows_the_standard_by_name(tmp_path: Path) -> None:
    text = _lead(
        tmp_path,
        {
            "release.kind": "certification",
            "award.name": "ISO 9001:2015",
            "award.gender": "f",
            "award.launched": 1987,
            "award.launched_by": {"name": "Organisation internationale de normalisation", "acronym": "ISO"},
            "award.backed_by": {"name": "Haute Autorité de santé", "acronym": "HAS", "gender": "f"},
        },
    )
    assert "a publié la norme ISO 9001 pour la première fois en 1987. La certification ISO 9001:2015 est" in text
    assert "reconnue et soutenue par la Haute Autorité de santé (HAS)." in text


@pytest.mark.parametrize(
    ("name", "handed"), [("Trophée de l’export", "le trophée"), ("Grand Prix du salon", "le prix")]
)
def test_what_is_handed_over_is_what_the_name_says(tmp_path: Path, name: str, handed: str) -> None:
    text = _lead(
        tmp_path,
        {
            "release.kind": "prize",
            "award.name": name,
            "award.date": "2026-04-20",
            "event": {"name": "Salon du frais", "gender": "m", "city": "Paris", "country": "FR", "date": "2026-04-18"},
        },
    )
    assert f"lui a remis {handed} le 20 avril." in text  # the event's date just before gives the year
