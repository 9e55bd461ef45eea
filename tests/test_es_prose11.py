"""Spanish (Spain) drafts as a native press editor would pass them: a seventh pass, on a cooperative's B Corp
certification, a town council's science-city badge, a hospital's prize at a congress abroad, a foundation's
LIFE grant with partners from several countries and a port authority's ISO 14001 renewal.

Each test pins one class the editor marked: a certificate to a standard renewed is "la certificación ISO
14001:2015", never "el ISO 14001:2015"; its standard was published ("La ISO publicó la norma ISO 14001 por
primera vez en 1996"), not "se creó", and its certification body audits it ("tras una nueva auditoría"); an
award whose facts give no gender takes that of the noun its name starts with ("obtiene la Bandera Azul", "La
Medalla al Mérito Turístico se creó"), as in Portuguese and French; an event named in English takes the
gender of the Spanish word for the noun it ends with ("en el Heart Failure Congress, celebrado", "en la World
Health Summit, celebrada"); a certification named as a flag, a mark or a Q is not "la certificación Bandera
Azul" but "la Bandera Azul", whose body "concedió el distintivo"; a hospital named by "Complejo" or "Sanatorio"
takes the article ("El Complejo Asistencial de Zamora"); an EU fund named by its Spanish acronym takes the
fund's ("en el marco del FEDER").
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from drafter import draft

from .newfacts import checked, facts_file, per_lang


def _es(tmp_path: Path, change: dict[str, Any], drop: tuple[str, ...] = ()) -> str:
    return draft(facts_file(tmp_path, change, drop)).markdown["es"]


def _checked(tmp_path: Path, change: dict[str, Any], drop: tuple[str, ...] = ()) -> dict[str, str]:
    """The drafts, after drafter check has found every fact in every one of them."""
    return checked(tmp_path, change, drop)


ISO = per_lang(
    "Organização Internacional de Normalização",
    "Organización Internacional de Normalización",
    "International Organization for Standardization",
    "Organisation internationale de normalisation",
)

RENEWAL: dict[str, Any] = {
    "release.kind": "renewal",
    "award.name": "ISO 14001:2015",
    "award.first_awarded": 2008,
    "award.issuer": {"name": "Bureau Veritas", "article": False, "type": "company"},
    "award.launched": 1996,
    "award.launched_by": {"name": ISO, "acronym": "ISO", "gender": "f"},
    "benefits": [per_lang("maior visibilidade", "mayor visibilidad", "greater visibility", "une visibilité accrue")],
}


@pytest.mark.parametrize("name", ["ISO 14001:2015", "UNE 166002:2021", "ISO/IEC 27001:2022", "UNE-EN ISO 9001:2015"])
def test_a_standard_is_renewed_as_a_certification(tmp_path: Path, name: str) -> None:
    md = _es(tmp_path, {**RENEWAL, "award.name": name}, ("award.level",))
    assert f"# Habitat renueva la certificación {name}\n" in md
    lead = "Habitat, una organización del sector de la construcción sostenible, ha renovado la certificación"
    assert f"{lead} {name}, que obtuvo" in md
    assert f"La certificación {name} ofrece a sus titulares:" in md
    assert f"el {name}" not in md


def test_the_standard_was_published_not_created(tmp_path: Path) -> None:
    backer = {"name": per_lang("Comissão Europeia", "Comisión Europea", "European Commission", "Commission européenne")}
    backer["gender"] = "f"
    md = _checked(tmp_path, {**RENEWAL, "award.backed_by": backer}, ("award.level",))["es"]
    assert (
        "La Organización Internacional de Normalización (ISO) publicó la norma ISO 14001 por primera vez en 1996."
        " La norma cuenta con el reconocimiento y el apoyo de la Comisión Europea."
    ) in md
    assert "se creó" not in md


def test_a_standard_without_its_publisher_or_year(tmp_path: Path) -> None:
    md = _es(tmp_path, RENEWAL, ("award.level", "award.launched"))
    assert "La ISO 14001 es una norma de la Organización Internacional de Normalización (ISO)." in md
    md = _es(tmp_path, RENEWAL, ("award.level", "award.launched_by"))
    assert "La norma ISO 14001 se publicó por primera vez en 1996." in md


@pytest.mark.parametrize(
    ("assessor", "said"),
    [
        (
            {"name": "AENOR", "article": False},
            "Bureau Veritas confirmó la renovación el 28 de abril de 2026, tras una nueva auditoría a cargo de AENOR.",
        ),
        (
            {"name": "Bureau Veritas", "article": False},
            "Bureau Veritas confirmó la renovación el 28 de abril de 2026, tras una nueva auditoría.",
        ),
    ],
)
def test_a_standards_body_audits(tmp_path: Path, assessor: dict[str, Any], said: str) -> None:
    md = _checked(tmp_path, {**RENEWAL, "award.assessor": assessor}, ("award.level",))["es"]
    assert said in md


def test_a_label_is_renewed_as_before(tmp_path: Path) -> None:
    """A name that is no standard keeps its own article, its creation and its assessment."""
    change = {
        **RENEWAL,
        "award.name": "Sello de Municipio Sostenible",
        "award.launched_by": {"name": "AENOR", "article": False},
        "award.assessor": {"name": "AENOR", "article": False},
    }
    md = _checked(tmp_path, change, ("award.level",))["es"]
    assert "# Habitat renueva el Sello de Municipio Sostenible\n" in md
    assert "tras una nueva evaluación a cargo de AENOR." in md
    assert "El Sello de Municipio Sostenible se creó en 1996 por iniciativa de AENOR." in md
    assert "El Sello de Municipio Sostenible ofrece a sus titulares:" in md


def test_a_levelled_renewal_is_unchanged(tmp_path: Path) -> None:
    md = _es(tmp_path, {"release.kind": "renewal", "award.first_awarded": 2013})
    assert "# Habitat renueva el nivel Oro del Cluster Management Excellence Label\n" in md
    assert "ha renovado el nivel Oro del Cluster Management Excellence Label, que obtuvo por primera vez en 2013." in md


@pytest.mark.parametrize(
    ("kind", "name", "headline", "origin"),
    [
        (
            "award",
            "Medalla al Mérito Turístico",
            "# Habitat obtiene la Medalla al Mérito Turístico\n",
            "La Medalla al Mérito Turístico se creó en 2010.",
        ),
        ("award", "Bandera Azul", "# Habitat obtiene la Bandera Azul\n", "La Bandera Azul se creó en 2010."),
        (
            "renewal",
            "Q de Calidad Turística",
            "# Habitat renueva la Q de Calidad Turística\n",
            "La Q de Calidad Turística se creó en 2010.",
        ),
        (
            "renewal",
            "Certificación Biosphere",
            "# Habitat renueva la Certificación Biosphere\n",
            "La Certificación Biosphere se creó en 2010.",
        ),
        # A masculine noun, and a name in English, keep "el".
        ("award", "Sello de Municipio Sostenible", "# Habitat obtiene el Sello", "El Sello de Municipio Sostenible se"),
        ("award", "Red Dot Award", "# Habitat obtiene el Red Dot Award\n", "El Red Dot Award se creó en 2010."),
    ],
)
def test_an_award_without_gender_takes_that_of_its_noun(
    tmp_path: Path, kind: str, name: str, headline: str, origin: str
) -> None:
    """The facts give no gender: the noun the name starts with gives it, as in Portuguese and French."""
    change: dict[str, Any] = {"release.kind": kind, "award.name": name, "award.launched": 2010}
    if kind == "renewal":
        change["award.first_awarded"] = 2019
    md = _checked(tmp_path, change, ("award.level",))["es"]
    assert headline in md
    assert origin in md


def test_a_gender_given_still_wins(tmp_path: Path) -> None:
    md = _es(tmp_path, {"award.name": "Marca Habitat", "award.gender": "m", "award.launched": 2010}, ("award.level",))
    assert "# Habitat obtiene el Marca Habitat\n" in md


PRIZE: dict[str, Any] = {
    "release.kind": "prize",
    "release.date": "2026-09-01",
    "award.name": per_lang("Prémio X", "Premio X", "X Prize", "Prix X"),
    "award.date": "2026-08-30",
    "event": {"city": "Munich", "country": "DE", "date": "2026-08-30"},
}


@pytest.mark.parametrize(
    ("event", "said"),
    [
        ("Heart Failure Congress", "en el Heart Failure Congress, celebrado en Múnich (Alemania) el 30 de agosto"),
        ("Smart City Expo World Congress", "en el Smart City Expo World Congress, celebrado en Múnich"),
        ("World Health Summit", "en la World Health Summit, celebrada en Múnich"),
        ("Barcelona Design Week", "en la Barcelona Design Week, celebrada en Múnich"),
        ("Seafood Fair", "en la Seafood Fair, celebrada en Múnich"),
        ("Digital Health Forum", "en el Digital Health Forum, celebrado en Múnich"),
        # A Spanish name: the noun it starts with.
        ("Congreso Europeo de Cardiología", "en el Congreso Europeo de Cardiología, celebrado en Múnich"),
    ],
)
def test_an_english_event_takes_the_gender_of_its_spanish_noun(tmp_path: Path, event: str, said: str) -> None:
    md = _checked(tmp_path, {**PRIZE, "event": {**PRIZE["event"], "name": event}}, ("award.level",))["es"]
    assert said in md


@pytest.mark.parametrize("name", ["B Corp", "LEED", "BREEAM"])
def test_a_scheme_named_certification_is_renewed_as_one(tmp_path: Path, name: str) -> None:
    """A certification known by its scheme's name is renewed as a certification, but was created, not
    published, and assessed, not audited."""
    change = {**RENEWAL, "award.name": name, "award.launched_by": {"name": "B Lab", "article": False}}
    change["award.assessor"] = {"name": "B Lab Europe", "article": False}
    md = _checked(tmp_path, change, ("award.level",))["es"]
    assert f"# Habitat renueva la certificación {name}\n" in md
    assert f"ha renovado la certificación {name}, que obtuvo por primera vez en 2008." in md
    assert "confirmó la renovación el 28 de abril de 2026, tras una nueva evaluación a cargo de B Lab Europe." in md
    assert f"La certificación {name} se creó en 1996 por iniciativa de B Lab." in md
    assert f"La certificación {name} ofrece a sus titulares:" in md


@pytest.mark.parametrize(
    ("name", "lead", "about"),
    [
        (
            "Complejo Asistencial de Zamora",
            "El Complejo Asistencial de Zamora, un hospital público, ha obtenido",
            "## Acerca del Complejo Asistencial de Zamora",
        ),
        (
            "Sanatorio Marítimo de Gijón",
            "El Sanatorio Marítimo de Gijón, un hospital público, ha obtenido",
            "## Acerca del Sanatorio Marítimo de Gijón",
        ),
    ],
)
def test_a_hospital_named_by_its_noun_takes_the_article(tmp_path: Path, name: str, lead: str, about: str) -> None:
    hospital = per_lang("hospital público", "hospital público", "public hospital", "hôpital public")
    md = _checked(tmp_path, {"organisation.name": name, "organisation.type": hospital}, ("organisation.sector",))
    assert f"# El {name} obtiene el nivel Oro" in md["es"]
    assert lead in md["es"]
    assert about in md["es"]


@pytest.mark.parametrize(
    ("name", "the", "granted"),
    [
        ("Bandera Azul", "la Bandera Azul", "concedió el distintivo"),
        ("Q de Calidad Turística", "la Q de Calidad Turística", "concedió el distintivo"),
        ("Marca de Garantía Calidad Rural", "la Marca de Garantía Calidad Rural", "concedió el distintivo"),
        # As before: a seal, and a name that says nothing.
        ("Sello de Municipio Sostenible", "el Sello de Municipio Sostenible", "concedió el sello"),
        ("EMAS", "la certificación EMAS", "emitió el certificado"),
    ],
)
def test_a_flag_or_a_mark_is_no_certification_named_twice(tmp_path: Path, name: str, the: str, granted: str) -> None:
    change = {"release.kind": "certification", "award.name": name, "award.launched": 2010}
    md = _checked(tmp_path, change, ("award.level",))["es"]
    assert f"# Habitat obtiene {the}\n" in md
    assert f"ha obtenido {the}. El European Secretariat for Cluster Analysis (ESCA) {granted} el 28 de abril" in md
    assert f"{the[0].upper()}{the[1:]} se creó en 2010." in md


GRANT: dict[str, Any] = {
    "release.kind": "grant",
    "award.launched": 1975,
    "award.issuer": {
        "name": per_lang("Comissão Europeia", "Comisión Europea", "European Commission", "Commission européenne"),
        "gender": "f",
    },
    "grant": {"amount": 250000, "project": per_lang("o projeto X", "el proyecto X", "project X", "le projet X")},
    "benefits": [per_lang("maior visibilidade", "mayor visibilidad", "greater visibility", "une visibilité accrue")],
}


@pytest.mark.parametrize("name", ["FEDER", "FSE+", "FEADER"])
def test_an_eu_fund_named_by_its_acronym_takes_its_article(tmp_path: Path, name: str) -> None:
    """The Spanish acronym of a fund is said with the fund's article: "en el marco del FEDER"."""
    md = _checked(tmp_path, {**GRANT, "award.name": name}, ("award.level",))["es"]
    assert f"La ayuda se concedió el 28 de abril de 2026 en el marco del {name}." in md
    assert f"El {name} se creó en 1975." in md
    assert f"El {name} ofrece a sus beneficiarios:" in md
