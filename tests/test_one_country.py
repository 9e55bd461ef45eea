"""Partners all from one country abroad: the country is said once, before their names.

"Junto con dos socios de España, la Universidad de Vigo y Tecnalia", never "la Universidad de Vigo
(España) y Tecnalia (España)"; and only where every partner is listed, or the country would be said of
partners the facts do not place.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from drafter import draft
from drafter.checker import check

from .newfacts import drafts, facts_file, per_lang

PROJECT = per_lang(
    "um projeto de aquacultura", "un proyecto de acuicultura", "an aquaculture project", "un projet d’aquaculture"
)


def _partnership(*partners: dict[str, Any], count: int | None = None) -> dict[str, Any]:
    ship: dict[str, Any] = {"project": PROJECT, "partners": list(partners)}
    if count:
        ship["count"] = count
    return {"partnership": ship}


VIGO = {
    "name": per_lang("Universidade de Vigo", "Universidad de Vigo", "University of Vigo", "Université de Vigo"),
    "type": "university",
    "country": "ES",
}
TECNALIA = {"name": "Tecnalia", "type": "research centre", "country": "ES"}
MINHO = {"name": "Universidade do Minho", "type": "university", "country": "PT"}


def test_two_partners_from_one_country_abroad_name_it_once(tmp_path: Path) -> None:
    md = drafts(tmp_path, _partnership(VIGO, TECNALIA))
    assert "Em conjunto com dois parceiros de Espanha, a Universidade de Vigo e o Tecnalia," in md["pt"]
    assert "Junto con dos socios de España, la Universidad de Vigo y Tecnalia," in md["es"]
    assert "working with two partners from Spain, the University of Vigo and Tecnalia," in md["en"]
    assert "Avec deux partenaires établis en Espagne, l’Université de Vigo et Tecnalia," in md["fr"]
    for lang, text in md.items():
        assert "(Espanha)" not in text and "(España)" not in text and "(Spain)" not in text, lang
        assert "(Espagne)" not in text, lang


def test_partners_from_home_or_from_two_countries_keep_theirs(tmp_path: Path) -> None:
    md = drafts(tmp_path, _partnership(VIGO, MINHO))
    assert "la Universidad de Vigo (España) y la Universidade do Minho," in md["es"]
    assert "partners from" not in md["en"]


def test_a_partner_not_listed_keeps_the_country_with_the_names(tmp_path: Path) -> None:
    md = drafts(tmp_path, _partnership(VIGO, TECNALIA, count=3))
    assert "socios de España" not in md["es"]
    assert "la Universidad de Vigo (España) y Tecnalia (España)" in md["es"]


def test_check_finds_the_country_said_once(tmp_path: Path) -> None:
    facts = facts_file(tmp_path, _partnership(VIGO, TECNALIA))
    for name, text in draft(facts).files("md").items():
        (tmp_path / name).write_text(str(text), encoding="utf-8")
    report = check(sorted(tmp_path.glob("*.md")), facts=facts)
    assert not report.findings, report.findings


def test_an_acronym_stays_alone_in_its_bracket_when_the_country_is_said_once(tmp_path: Path) -> None:
    cima = {"name": "Centre for Marine Research", "acronym": "CIMA", "type": "research centre", "country": "ES"}
    md = drafts(tmp_path, _partnership(cima, TECNALIA))
    assert "two partners from Spain, the Centre for Marine Research (CIMA) and Tecnalia," in md["en"]
