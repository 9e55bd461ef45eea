"""Spanish (Spain) drafts as a native press editor would pass them: an eighth pass, on a food laboratory's
ISO/IEC 17025 accreditation by ENAC, a family campsite's Green Key, a regional newspaper's journalism prize at
a congress, a start-up's CDTI grant, a town council's European Green Leaf and an NGO's transparency seal
renewed.

Each test pins one class the editor marked: an award's name whose first noun drafter does not know takes the
gender its adjectives say ("obtiene la Hoja Verde Europea", "La Antena Dorada se creó"), and a city's European
titles the gender of the noun they start with ("la Capital Europea de la Innovación", "la Llave Verde"); a
standard a laboratory or a body is accredited to (ISO/IEC 17025, ISO 15189, ISO/IEC 17065…) is an
accreditation, not a certification ("obtiene la acreditación ISO/IEC 17025:2017", "concedió la acreditación",
"renueva la acreditación"); a name that starts with a lodging's noun takes the article as a hotel's does in
the press ("El Hotel Miramar ha obtenido", "Acerca del Càmping Llevant"), as does a newspaper's named by its
noun ("el Diario de Navarra"), while one whose name holds its article is not contracted ("Acerca de El
Correo"); a percentage typed in the facts
gets the same no-break space as drafter's own ("el 40 % de la electricidad"); a funder of six words or more
goes by its acronym in a grant's headline ("recibe 325.000 euros del CDTI"), as the press writes it, and by
its full name in the lead.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from drafter import draft

from .newfacts import checked, facts_file, per_lang

NBSP = "\u00a0"


def _es(tmp_path: Path, change: dict[str, Any], drop: tuple[str, ...] = ()) -> str:
    return draft(facts_file(tmp_path, change, drop)).markdown["es"]


TITLE: dict[str, Any] = {"award.launched": 2015}


@pytest.mark.parametrize(
    "name",
    [
        "Hoja Verde Europea",
        "Antena Dorada",
        "Capital Europea de la Innovación",
        "Ciudad Europea del Deporte",
        "Llave Verde",
    ],
)
def test_an_award_named_by_an_unknown_noun_takes_the_gender_its_adjectives_or_head_say(
    tmp_path: Path, name: str
) -> None:
    md = checked(tmp_path, {**TITLE, "award.name": name}, ("award.level",))["es"]
    assert f"# Habitat obtiene la {name}\n" in md
    assert f"ha obtenido la {name}." in md
    assert f"La {name} se creó en 2015." in md
    assert f"el {name}" not in md and f"El {name}" not in md


@pytest.mark.parametrize(
    "name",
    ["Green Key", "Red Dot Award", "Global Gaia Award", "Faro Europeo de la Innovación", "Premio Ciudad Abierta"],
)
def test_a_name_whose_words_say_masculine_or_nothing_keeps_el(tmp_path: Path, name: str) -> None:
    md = _es(tmp_path, {**TITLE, "award.name": name}, ("award.level",))
    assert f"# Habitat obtiene el {name}\n" in md
    assert f"El {name} se creó en 2015." in md


ENAC = {"name": "Entidad Nacional de Acreditación", "acronym": "ENAC", "gender": "f"}


@pytest.mark.parametrize("name", ["ISO/IEC 17025:2017", "UNE-EN ISO 15189:2023", "ISO/IEC 17065:2012"])
def test_a_standard_one_is_accredited_to_is_an_accreditation(tmp_path: Path, name: str) -> None:
    change = {"release.kind": "certification", "award.name": name, "award.issuer": ENAC}
    md = checked(tmp_path, change, ("award.level",))["es"]
    assert f"# Habitat obtiene la acreditación {name}\n" in md
    assert f"ha obtenido la acreditación {name}." in md
    assert "La Entidad Nacional de Acreditación (ENAC) concedió la acreditación el 28 de abril de 2026." in md
    assert "certifica" not in md and "certificado" not in md


@pytest.mark.parametrize("name", ["ISO/IEC 17025:2017", "ISO 15189:2022"])
def test_an_accreditation_to_a_standard_is_renewed_as_one(tmp_path: Path, name: str) -> None:
    change = {"release.kind": "renewal", "award.name": name, "award.issuer": ENAC, "award.first_awarded": 2012}
    md = checked(tmp_path, change, ("award.level",))["es"]
    assert f"# Habitat renueva la acreditación {name}\n" in md
    assert f"ha renovado la acreditación {name}, que obtuvo por primera vez en 2012." in md
    assert "certificación" not in md


@pytest.mark.parametrize("name", ["ISO 9001:2015", "ISO/IEC 27001:2022"])
def test_a_management_standard_is_still_a_certification(tmp_path: Path, name: str) -> None:
    md = _es(tmp_path, {"release.kind": "certification", "award.name": name}, ("award.level",))
    assert f"# Habitat obtiene la certificación {name}\n" in md
    assert "acreditación" not in md


@pytest.mark.parametrize("name", ["Hotel Miramar", "Càmping Llevant", "Parador de Cuenca", "Hostal La Sierra"])
def test_a_lodging_takes_the_article(tmp_path: Path, name: str) -> None:
    about = per_lang(
        f"{name} é um alojamento.", f"{name} es un alojamiento.", f"{name} is a lodging.", f"{name} est un hébergement."
    )
    md = checked(tmp_path, {"organisation.name": name, "organisation.about": about})["es"]
    assert f"# El {name} obtiene el nivel Oro del Cluster Management Excellence Label\n" in md
    assert f"El {name}, una organización del sector de la construcción sostenible, ha obtenido" in md
    assert f"## Acerca del {name}\n" in md


@pytest.mark.parametrize(
    ("typed", "printed"),
    [
        ("Una planta solar cubre el 40 % de la electricidad.", f"cubre el 40{NBSP}% de la electricidad."),
        ("El consumo de agua bajó un 31% en tres años.", f"bajó un 31{NBSP}% en tres años."),
        ("Solo el 7,5 % de los residuos va al vertedero.", f"Solo el 7,5{NBSP}% de los residuos"),
    ],
)
def test_a_percentage_in_the_facts_takes_a_no_break_space(tmp_path: Path, typed: str, printed: str) -> None:
    meaning = per_lang("Texto.", typed, "Text.", "Texte.")
    md = _es(tmp_path, {"award.meaning": meaning})
    assert printed in md


def test_a_percent_sign_in_a_web_address_stays_as_typed(tmp_path: Path) -> None:
    meaning = per_lang(
        "Texto.", "Más datos en www.habitat.example/informe%202025 y en el 40 % del sitio.", "Text.", "Texte."
    )
    md = _es(tmp_path, {"award.meaning": meaning})
    assert "example/informe%202025 y en" in md
    assert f"el 40{NBSP}% del sitio" in md


GRANT: dict[str, Any] = {
    "release.kind": "grant",
    "award.name": per_lang("Programa NEOTEC", "Programa NEOTEC", "NEOTEC Programme", "programme NEOTEC"),
    "grant": {"amount": 325000, "project": per_lang("o projeto X", "el proyecto X", "project X", "le projet X")},
}


@pytest.mark.parametrize(
    ("issuer", "headline"),
    [
        (
            {"name": "Centro para el Desarrollo Tecnológico y la Innovación", "acronym": "CDTI"},
            "# Habitat recibe 325.000 euros del CDTI\n",
        ),
        (
            {"name": "Fundación Española para la Ciencia y la Tecnología", "acronym": "FECYT", "gender": "f"},
            "# Habitat recibe 325.000 euros de la FECYT\n",
        ),
    ],
)
def test_a_long_funder_goes_by_its_acronym_in_the_headline(
    tmp_path: Path, issuer: dict[str, Any], headline: str
) -> None:
    md = checked(tmp_path, {**GRANT, "award.issuer": issuer}, ("award.level",))["es"]
    assert headline in md
    assert f"{issuer['name']} ({issuer['acronym']})" in md  # the lead names it in full


@pytest.mark.parametrize(
    "issuer",
    [
        {"name": "Agencia Estatal de Investigación", "acronym": "AEI", "gender": "f"},
        {"name": "Fundación Ribera Atlántica", "gender": "f"},
        {"name": "Centro para el Desarrollo Tecnológico y la Innovación"},
    ],
)
def test_a_short_funder_or_one_without_an_acronym_keeps_its_name(tmp_path: Path, issuer: dict[str, Any]) -> None:
    md = _es(tmp_path, {**GRANT, "award.issuer": issuer}, ("award.level",))
    assert f" de la {issuer['name']}\n" in md or f" del {issuer['name']}\n" in md


@pytest.mark.parametrize("name", ["Diario de Navarra", "Heraldo de Aragón", "Diario de la Ribera"])
def test_a_newspaper_named_by_its_noun_takes_the_article(tmp_path: Path, name: str) -> None:
    about = per_lang(
        f"{name} é um jornal.", f"{name} es un periódico.", f"{name} is a newspaper.", f"{name} est un journal."
    )
    md = checked(tmp_path, {"organisation.name": name, "organisation.about": about})["es"]
    assert f"# El {name} obtiene el nivel Oro" in md
    assert f"## Acerca del {name}\n" in md


@pytest.mark.parametrize("name", ["El Correo", "El Periódico de Aragón"])
def test_a_newspaper_whose_name_holds_its_article_is_not_contracted(tmp_path: Path, name: str) -> None:
    md = _es(tmp_path, {"organisation.name": name, "organisation.gender": "m"})
    assert f"# {name} obtiene el nivel Oro" in md
    assert f"## Acerca de {name}\n" in md
