"""Classes a native reader marked in new releases (issue 11), fixed in every language they concern: an
acronym kept from the organisation's name in another language still takes the article its own full
name gives it (« le CQV », "el CQV"); a programme's description that says what kind of programme it is
opens on « Il s’agit du… », "Trata-se do…", not "Ce programme est le programme-cadre…"; partners from
more than three countries, one each, are said "from as many countries (…)", not one by one; and a
university's research centre belongs to it, it is not "run by" it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .newfacts import checked, per_lang

CENTRE: dict[str, Any] = {
    "organisation.name": "CQV",
    "organisation.type": "research centre",
    "organisation.full_name": per_lang(
        "Centro de Química Verde", "Centro de Química Verde", "Green Chemistry Centre", "Centre de chimie verte"
    ),
    "organisation.about": per_lang(
        "O CQV estuda a química verde.",
        "El CQV estudia la química verde.",
        "CQV studies green chemistry.",
        "Le CQV étudie la chimie verte.",
    ),
}

UNIVERSITY = {
    "name": per_lang("Universidade de Évora", "Universidad de Évora", "University of Évora", "Université d’Évora"),
    "type": "university",
}

GRANT: dict[str, Any] = {
    **CENTRE,
    "release.kind": "grant",
    "award.level": None,
    "award.name": per_lang("Horizonte Europa", "Horizonte Europa", "Horizon Europe", "Horizon Europe"),
    "award.issuer": {
        "name": per_lang("Comissão Europeia", "Comisión Europea", "European Commission", "Commission européenne"),
        "gender": "f",
    },
    "award.purpose": per_lang(
        "O Horizonte Europa é o programa-quadro de investigação da União Europeia.",
        "Horizonte Europa es el programa marco de investigación de la Unión Europea.",
        "Horizon Europe is the European Union’s framework programme for research.",
        "Horizon Europe est le programme-cadre de recherche de l’Union européenne.",
    ),
    "grant": {"amount": 2400000, "project": per_lang("o projeto CORK", "el proyecto CORK", "CORK", "le projet CORK")},
}


def test_an_acronym_from_another_languages_name_takes_its_article(tmp_path: Path) -> None:
    md = checked(tmp_path, CENTRE)
    assert "Le CQV (Centre de chimie verte)" in md["fr"], md["fr"]
    assert "À propos du CQV" in md["fr"]
    assert "El CQV (Centro de Química Verde)" in md["es"], md["es"]


def test_a_brand_in_capitals_with_no_full_name_stays_bare_in_french(tmp_path: Path) -> None:
    md = checked(tmp_path, {**CENTRE, "organisation.full_name": None})
    assert "À propos de CQV" in md["fr"], md["fr"]


def test_a_programme_said_to_be_a_programme_opens_on_a_presentative(tmp_path: Path) -> None:
    md = checked(tmp_path, GRANT)
    assert "Trata-se do programa-quadro de investigação da União Europeia." in md["pt"], md["pt"]
    assert "Se trata del programa marco de investigación de la Unión Europea." in md["es"], md["es"]
    assert "Il s’agit du programme-cadre de recherche de l’Union européenne." in md["fr"], md["fr"]
    assert "Horizon Europe is the European Union’s framework programme for research." in md["en"], md["en"]
    for text in md.values():
        assert "programa é o programa" not in text and "programme est le programme" not in text


def test_a_programme_said_to_do_something_is_still_this_programme(tmp_path: Path) -> None:
    purpose = per_lang(
        "O Horizonte Europa financia a investigação.",
        "Horizonte Europa financia la investigación.",
        "Horizon Europe funds research.",
        "Horizon Europe finance la recherche.",
    )
    md = checked(tmp_path, {**GRANT, "award.purpose": purpose})
    assert "Este programa financia a investigação." in md["pt"], md["pt"]
    assert "Ce programme finance la recherche." in md["fr"], md["fr"]


def _partnership(count: int, codes: list[str]) -> dict[str, Any]:
    return {
        "partnership": {
            "count": count,
            "project": per_lang("um piloto", "un piloto", "a pilot", "un pilote"),
            "partners": [{"country": c} for c in codes],
        }
    }


def test_one_partner_from_each_of_many_countries_is_said_from_as_many_countries(tmp_path: Path) -> None:
    md = checked(tmp_path, _partnership(8, ["ES", "DE", "IT", "NL", "FI"]))
    # not all placed: the countries, not "cinco de otros tantos países (…)", which a native editor rewrote (s17)
    assert "oito parceiros, entre os quais parceiros de Espanha, da Alemanha, de Itália, " in md["pt"]
    assert "ocho socios, entre ellos varios de España, Alemania, Italia, los Países Bajos y Finlandia," in md["es"]
    assert (
        "eight partners, including organisations from Spain, Germany, Italy, the Netherlands and Finland," in (md["en"])
    ), md["en"]
    assert "huit partenaires, établis notamment en Espagne, en Allemagne, en Italie, " in md["fr"]
    for text in md.values():
        assert " outro d" not in text and "one from" not in text


def test_one_partner_from_each_of_three_countries_is_still_said_one_by_one(tmp_path: Path) -> None:
    md = checked(tmp_path, _partnership(5, ["ES", "DE", "IT"]))
    assert "(um de Espanha, outro da Alemanha e outro de Itália)" in md["pt"], md["pt"]
    assert "as many countries" not in md["en"]


def test_a_universitys_research_centre_belongs_to_it(tmp_path: Path) -> None:
    md = checked(tmp_path, {**CENTRE, "organisation.managed_by": UNIVERSITY})
    assert "pertence à Universidade de Évora." in md["pt"], md["pt"]
    assert "pertenece a la Universidad de Évora." in md["es"], md["es"]
    assert "is part of the University of Évora." in md["en"], md["en"]
    assert "fait partie de l’Université d’Évora." in md["fr"], md["fr"]


def test_a_cluster_run_by_an_association_is_still_run_by_it(tmp_path: Path) -> None:
    body = {"name": "Associação Habitat", "type": "association"}
    md = checked(tmp_path, {"organisation.type": "cluster", "organisation.managed_by": body})
    assert "é gerido pela Associação Habitat." in md["pt"], md["pt"]
    assert "run by the Associação Habitat." in md["en"], md["en"]


def test_an_accreditation_is_obtained_and_a_flag_won_in_a_portuguese_headline(tmp_path: Path) -> None:
    accreditation = {
        "award.level": None,
        "award.name": "Joint Commission International",
        "award.noun": per_lang("acreditação", "acreditación", "accreditation", "accréditation"),
    }
    md = checked(tmp_path / "jci", accreditation)
    assert md["pt"].startswith("# Habitat obtém a acreditação Joint Commission International\n"), md["pt"]
    flag = {"award.level": None, "award.name": per_lang("Bandeira Azul", "Bandera Azul", "Blue Flag", "Pavillon bleu")}
    md = checked(tmp_path / "flag", flag)
    assert md["pt"].startswith("# Habitat conquista a Bandeira Azul\n"), md["pt"]


def test_an_award_granted_for_a_term_says_until_when_in_every_language(tmp_path: Path) -> None:
    accreditation = {
        "award.level": None,
        "award.name": "Joint Commission International",
        "award.noun": per_lang("acreditação", "acreditación", "accreditation", "accréditation"),
        "award.valid_until": "2029-11",
        "award.assessor": {"name": "Certivale"},  # the validity then in a sentence of its own
    }
    md = checked(tmp_path / "jci", accreditation)
    # after an assessment, the award by its noun again (s19: a pronoun would stand for the assessment)
    assert "A acreditação tem validade até novembro de 2029." in md["pt"], md["pt"]
    assert (
        "tras una evaluación a cargo de Certivale. La acreditación tiene validez hasta noviembre de 2029." in md["es"]
    )
    assert "following an assessment by Certivale. The accreditation is valid until November 2029." in md["en"]
    assert "par Certivale. Cette accréditation est valable jusqu’en novembre 2029." in md["fr"]
    renewal = {"release.kind": "renewal", "award.first_awarded": 2020, "award.valid_until": "2028-04-30"}
    md = checked(tmp_path / "renewal", renewal)
    assert "confirmou a renovação a 28 de abril de 2026. Tem validade até 30 de abril de 2028." in md["pt"], md["pt"]
    assert "confirmó la renovación el 28 de abril de 2026. Tiene validez hasta el 30 de abril de 2028." in md["es"], md[
        "es"
    ]
    assert "confirmed the renewal on 28 April 2026. It is valid until 30 April 2028." in md["en"], md["en"]
    assert "Ce label est valable jusqu’au 30 avril 2028." in md["fr"], md["fr"]
