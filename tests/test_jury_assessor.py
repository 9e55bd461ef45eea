"""A prize's assessor that is itself a jury proposes the winner: "tras el fallo del Jurado Internacional",
never "de un jurado convocado por el Jurado Internacional", in every language; another assessor still
convenes one."""

from __future__ import annotations

from pathlib import Path

from .newfacts import checked, per_lang

JURY = per_lang(
    "Júri Internacional do Mar",
    "Jurado Internacional del Mar",
    "International Sea Jury",
    "Jury international de la mer",
)
INSTITUTE = per_lang("Instituto do Mar", "Instituto del Mar", "Sea Institute", "Institut de la mer")


def _prize(assessor: dict[str, str]) -> dict[str, object]:
    return {
        "release.kind": "prize",
        "award.name": "Ocean Prize",
        "award.assessor": {"name": assessor},
        "event": {
            "name": per_lang("Feira do Mar", "Feria del Mar", "Sea Fair", "Salon de la mer"),
            "city": "Vigo",
            "date": "2026-04-28",
        },
    }


def _drafted(tmp_path: Path, assessor: dict[str, str]) -> dict[str, str]:
    return checked(tmp_path, _prize(assessor))


def test_a_jury_proposes_the_winner_itself(tmp_path: Path) -> None:
    md = _drafted(tmp_path, JURY)
    assert "sob proposta do Júri Internacional do Mar." in md["pt"]
    assert "tras el fallo del Jurado Internacional del Mar." in md["es"]
    assert "on the recommendation of the International Sea Jury." in md["en"]
    assert "sur proposition du Jury international de la mer." in md["fr"]
    for text in md.values():
        assert "convocado" not in text and "nomeado" not in text and "convened" not in text and "jury réuni" not in text


def test_another_assessor_convenes_a_jury(tmp_path: Path) -> None:
    md = _drafted(tmp_path, INSTITUTE)
    assert "sob proposta de um júri nomeado pelo Instituto do Mar." in md["pt"]
    assert "tras el fallo de un jurado convocado por el Instituto del Mar." in md["es"]
    assert "on the recommendation of a jury convened by the Sea Institute." in md["en"]
    assert "sur proposition d’un jury réuni par l’Institut de la mer." in md["fr"]
