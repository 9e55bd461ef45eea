"""Spanish (Spain) drafts as a native press editor would pass them: a ninth pass, on a haulier's
Distintivo Igualdad en la Empresa, a builder's ISO 45001, a university's ERC grant, a marina's Blue Flag
renewed, a district hospital's prize at a congress and a municipal museum's Q de Calidad Turística, and
on the schools, sports clubs and NGOs the editor tried beside them.

Each test pins one class the editor marked: a body's name kept in English takes the gender of the
Spanish word for its English noun ("la International Organization for Standardization", "la Joint
Commission International", "el European Research Council"), in Portuguese too; a school named by its
acronym takes the article of the noun it stands for and needs no type after it ("El IES Miguel Servet ha
obtenido", "El CEIP Virgen del Pilar"); an event that presents its own prize is "la organización de la
feria", never "la organización" alone, which after the lead reads as the winner; a jury that assesses
an award or a renewal proposes it ("a propuesta del Jurado…"), it does not evaluate "a cargo de"; and an
NGO works in a field ("una ONG dedicada a la cooperación"), as a foundation does.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from drafter import draft

from .newfacts import checked, facts_file, per_lang


def _md(tmp_path: Path, change: dict[str, Any], drop: tuple[str, ...] = ()) -> dict[str, str]:
    return draft(facts_file(tmp_path, change, drop)).markdown


CERTIFICATION: dict[str, Any] = {
    "release.kind": "certification",
    "award.name": "ISO 45001:2018",
    "award.issuer": {"name": "Certiobra", "type": "company"},
    "award.launched": 2018,
}


@pytest.mark.parametrize(
    ("name", "es", "pt"),
    [
        ("International Organization for Standardization", "La", "A"),
        ("Joint Commission International", "La", "A"),
        ("World Travel & Tourism Council", "El", "O"),
        ("Research and Innovation Agency", "La", "A"),
        ("European Research Council", "El", "O"),
    ],
)
def test_a_body_named_in_english_takes_the_gender_of_its_noun(tmp_path: Path, name: str, es: str, pt: str) -> None:
    md = checked(tmp_path, {**CERTIFICATION, "award.launched_by": {"name": name}}, ("award.level",))
    assert f"{es} {name} publicó la norma ISO 45001 por primera vez en 2018." in md["es"]
    assert f"{pt} {name} publicou a norma ISO 45001 pela primeira vez em 2018." in md["pt"]


def test_a_funder_named_in_english_agrees_in_the_headline_and_the_lead(tmp_path: Path) -> None:
    change = {
        "release.kind": "grant",
        "award.name": per_lang("Programa Água", "Programa Agua", "Water Programme", "programme Eau"),
        "award.issuer": {"name": "Global Water Initiative"},
        "grant": {"amount": 250000, "project": per_lang("o projeto X", "el proyecto X", "project X", "le projet X")},
    }
    md = checked(tmp_path, change, ("award.level",))["es"]
    assert "# Habitat recibe 250.000 euros de la Global Water Initiative\n" in md
    assert "una ayuda de 250.000 euros de la Global Water Initiative para el proyecto X." in md


@pytest.mark.parametrize("name", ["Bureau Veritas", "Certiobra", "European Secretariat for Cluster Analysis"])
def test_a_brand_or_a_masculine_noun_keeps_its_gender(tmp_path: Path, name: str) -> None:
    md = _md(tmp_path, {**CERTIFICATION, "award.launched_by": {"name": name, "article": True}}, ("award.level",))
    assert f"El {name} publicó la norma ISO 45001" in md["es"]


SCHOOL_TYPE = per_lang("escola pública", "colegio público", "state school", "école publique")


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("CEIP Virgen del Pilar", SCHOOL_TYPE),
        ("IES Miguel Servet", per_lang("escola", "instituto de educación secundaria", "secondary school", "lycée")),
        ("CIFP Los Enlaces", per_lang("centro", "centro de formación profesional", "vocational school", "centre")),
    ],
)
def test_a_school_named_by_its_acronym_takes_its_article_and_no_type(
    tmp_path: Path, name: str, kind: dict[str, str]
) -> None:
    change = {"organisation.name": name, "organisation.type": kind, "award.name": "Sello de Calidad eTwinning"}
    md = checked(tmp_path, change, ("award.level", "organisation.sector"))["es"]
    assert f"# El {name} obtiene el Sello de Calidad eTwinning\n" in md
    assert f"2026.** El {name} ha obtenido el Sello de Calidad eTwinning." in md
    assert f"## Acerca del {name}\n" in md


def test_an_official_language_school_is_feminine(tmp_path: Path) -> None:
    md = _md(tmp_path, {"organisation.name": "EOI de Teruel"}, ("award.level", "organisation.sector"))["es"]
    assert "2026.** La EOI de Teruel ha obtenido" in md


def test_a_school_with_a_field_is_devoted_to_it(tmp_path: Path) -> None:
    sector = per_lang("o ensino", "la enseñanza bilingüe", "bilingual education", "l’enseignement bilingue")
    change = {"organisation.name": "IES Miguel Servet", "organisation.sector": sector}
    md = _md(tmp_path, change, ("award.level",))["es"]
    assert "El IES Miguel Servet, dedicado a la enseñanza bilingüe, ha obtenido" in md


def _prize(event: str) -> dict[str, Any]:
    name = per_lang(event, event, event, event)  # a Spanish event's name, kept in every language
    return {
        "release.kind": "prize",
        "award.name": per_lang("Prémio Inovação", "Premio a la Innovación", "Innovation Prize", "prix de l’Innovation"),
        "award.date": "2026-04-21",
        "award.issuer": {"name": dict(name)},
        "event": {"name": dict(name), "city": "Zaragoza", "date": "2026-04-20", "end": "2026-04-23"},
    }


@pytest.mark.parametrize(
    ("event", "organiser"),
    [
        ("Feria Alimentaria del Ebro", "La organización de la feria"),
        ("Congreso Nacional de Hospitales", "La organización del congreso"),
        ("Gran Salón del Mueble", "La organización del salón"),
        ("Expoebro", "La organización del certamen"),
    ],
)
def test_an_event_that_presents_its_own_prize_is_named_by_its_noun(tmp_path: Path, event: str, organiser: str) -> None:
    md = checked(tmp_path, _prize(event), ("award.level",))["es"]
    assert f"del 20 al 23 de abril de 2026. {organiser} entregó el premio el 21 de abril." in md
    assert "La organización entregó" not in md


JURY = {"name": per_lang("Júri Nacional", "Jurado de los Premios Nacionales", "National Jury", "Jury national")}


def test_a_jury_proposes_an_award(tmp_path: Path) -> None:
    issuer = {
        "name": per_lang("Conselho", "Consejo Superior de Deportes", "Sports Council", "Conseil"),
        "acronym": "CSD",
    }
    change = {"award.name": "Premio Nacional del Deporte", "award.issuer": issuer, "award.assessor": JURY}
    md = checked(tmp_path, change, ("award.level",))["es"]
    assert (
        "El Consejo Superior de Deportes (CSD) le concedió el premio el 28 de abril de 2026, "
        "a propuesta del Jurado de los Premios Nacionales." in md
    )
    assert "a cargo del Jurado" not in md


def test_a_jury_proposes_a_renewal(tmp_path: Path) -> None:
    change = {"release.kind": "renewal", "award.assessor": JURY}
    md = checked(tmp_path, change)["es"]
    assert "confirmó la renovación el 28 de abril de 2026, a propuesta del Jurado de los Premios Nacionales." in md


def test_an_assessor_that_is_no_jury_still_evaluates(tmp_path: Path) -> None:
    md = _md(tmp_path, {"award.assessor": {"name": "Auditorías Levante", "type": "company"}})["es"]
    assert "tras una evaluación a cargo de Auditorías Levante." in md


def test_an_ngo_is_devoted_to_its_field(tmp_path: Path) -> None:
    sector = per_lang(
        "a cooperação internacional",
        "la cooperación internacional",
        "international aid",
        "la coopération internationale",
    )
    change = {
        "organisation.name": "Acción Solidaria Aragón",
        "organisation.type": per_lang("ONG", "ONG", "NGO", "ONG"),
        "organisation.gender": "f",
        "organisation.sector": sector,
    }
    md = _md(tmp_path, change)["es"]
    assert "Acción Solidaria Aragón, una ONG dedicada a la cooperación internacional, ha obtenido" in md


@pytest.mark.parametrize(
    ("name", "kind", "said"),
    [
        ("Barcelona Supercomputing Center", "research centre", "El Barcelona Supercomputing Center, dedicado a"),
        ("Green Energy Alliance", "network", "La Green Energy Alliance, una red del sector"),
        ("Acme Group", "company", "Acme Group, una empresa del sector"),
    ],
)
def test_an_organisation_named_in_english_by_a_body_s_noun_takes_the_article(
    tmp_path: Path, name: str, kind: str, said: str
) -> None:
    md = checked(tmp_path, {"organisation.name": name, "organisation.type": kind})["es"]
    assert f"2026.** {said}" in md
    the = said.split()[0]
    assert (
        f"## Acerca {'del' if the == 'El' else 'de la'} {name}\n" if the in ("El", "La") else f"## Acerca de {name}\n"
    ) in md


@pytest.mark.parametrize(
    ("kind", "said", "again"),
    [
        ("ONG", "una ONG dedicada a", "La ONG está gestionada"),
        ("cooperativa vinícola", "una cooperativa vinícola del sector de", "La cooperativa está gestionada"),
        ("mutua de seguros", "una mutua de seguros del sector de", "está gestionada"),
        ("club deportivo", "un club deportivo dedicado a", "El club deportivo está gestionado"),
    ],
)
def test_a_type_of_one_s_own_takes_the_gender_of_its_noun(tmp_path: Path, kind: str, said: str, again: str) -> None:
    change = {
        "organisation.name": "Moncayo Solidario",
        "organisation.type": per_lang("entidade", kind, "body", "organisme"),
        "organisation.managed_by": {"name": "Fundación Moncayo"},
    }
    md = _md(tmp_path, change)["es"]
    assert f"Moncayo Solidario, {said} la construcción sostenible, ha obtenido" in md
    assert f"{again} por la Fundación Moncayo." in md


def test_a_plural_name_s_type_of_its_own_keeps_its_noun_s_gender(tmp_path: Path) -> None:
    change = {
        "organisation.name": "Servicios Municipales de Agua de Elche",
        "organisation.gender": "mp",
        "organisation.type": per_lang("empresa municipal", "empresa municipal", "municipal company", "régie"),
    }
    md = _md(tmp_path, change, ("organisation.sector",))["es"]
    assert "Los Servicios Municipales de Agua de Elche, una empresa municipal, han obtenido" in md
