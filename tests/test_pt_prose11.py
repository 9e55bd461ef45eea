"""European Portuguese drafts as a native press editor would pass them: a seventh pass, on kinds of release
the examples lack (a football club's prize at a sports gala, a municipality's Blue Flag, a winery's grant
from the recovery plan, a school group's Eco-Schools flag renewed, a science museum accredited abroad, a
wine cooperative's silver medal).

Each test pins one class the editor marked: a partner of no type takes its article as every other body
does in Portuguese, in the feminine of the company it most likely is ("a Frutas Tormes"), unless its name
says it is another body or is an acronym ("o Porto Lab", "o CSIC"), not bare beside "a Universidade…";
a type of one's own names the organisation again by its first noun ("o clube"); a medal with a level
has it after its name ("a Medalha de Prata Vinalies"), not before it as a prize of
its own ("a Prata da Medalha Vinalies"); a part that is the whole is "todas as sete escolas", not "sete
das sete escolas".
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from .newfacts import checked, per_lang


def _checked(tmp_path: Path, change: dict[str, Any], drop: tuple[str, ...] = ()) -> dict[str, str]:
    """Every draft, once drafter check has found every fact in all four."""
    return checked(tmp_path, change, drop)


PROJECT = per_lang(
    "um programa de apoio escolar",
    "un programa de apoyo escolar",
    "a homework support programme",
    "un programme de soutien scolaire",
)


def _partners(*partners: dict[str, Any]) -> dict[str, Any]:
    return {"partnership": {"project": PROJECT, "partners": list(partners)}}


@pytest.mark.parametrize(
    ("partners", "said"),
    [
        (
            [
                {"name": "Universidade do Minho", "type": "university", "country": "PT"},
                {"name": "Frutas Tormes", "country": "ES"},
                {"name": "Universidad de Salamanca", "type": "university", "country": "ES"},
            ],
            "Em conjunto com três parceiros, a Universidade do Minho, a Frutas Tormes (Espanha) e a Universidad de "
            "Salamanca (Espanha), o Habitat está a desenvolver um programa de apoio escolar.",
        ),
        # A name that says it is a body, or an acronym, keeps the usual masculine; a gender given wins.
        (
            [{"name": "Porto Lab", "country": "PT"}, {"name": "CSIC", "country": "ES"}],
            "Em conjunto com dois parceiros, o Porto Lab e o CSIC (Espanha), o Habitat",
        ),
        (
            [{"name": "Science Museum Group", "country": "GB"}, {"name": "Bioria", "gender": "m", "country": "PT"}],
            "Em conjunto com dois parceiros, o Science Museum Group (Reino Unido) e o Bioria, o Habitat",
        ),
        # One partner alone, and a name whose article the facts turn off.
        ([{"name": "Lipor", "country": "PT"}], "Em conjunto com a Lipor, o Habitat está a desenvolver"),
        ([{"name": "Lipor", "country": "PT", "article": False}], "Em conjunto com Lipor, o Habitat"),
        # A name joined by "de" may be an institution's as well as a company's: no gender is guessed.
        ([{"name": "Resíduos do Nordeste", "country": "PT"}], "Em conjunto com Resíduos do Nordeste, o Habitat"),
        # Unless its first noun names a body, which gives it its gender.
        ([{"name": "Clínica do Dragão Azul", "country": "PT"}], "Em conjunto com a Clínica do Dragão Azul, o"),
        ([{"name": "Turismo de Portugal", "country": "PT"}], "Em conjunto com o Turismo de Portugal, o Habitat"),
        ([{"name": "Caixa Geral de Depósitos", "country": "PT"}], "Em conjunto com a Caixa Geral de Depósitos, o"),
    ],
)
def test_a_partner_of_no_type_takes_its_article(tmp_path: Path, partners: list[dict[str, Any]], said: str) -> None:
    """Portuguese names every body with its article, a partner of no type too: "a Frutas Tormes", as the
    company it most likely is; Spanish and English still name it bare."""
    texts = _checked(tmp_path, _partners(*partners))
    assert said in texts["pt"], texts["pt"]
    if partners[0]["name"] == "Universidade do Minho":
        assert "la Universidade do Minho, Frutas Tormes (España) y la Universidad de Salamanca" in texts["es"]


def test_a_partner_in_a_list_by_country_takes_its_article(tmp_path: Path) -> None:
    """Grouped by country, every name in brackets has its article: none bare beside "a Aquatec Ibérica"."""
    texts = _checked(
        tmp_path,
        _partners(
            {"name": "Experimentarium", "country": "DK"},
            {"name": "Cosmocaixa", "country": "ES"},
            {"name": "Aquatec Ibérica", "type": "company", "country": "ES"},
            {"name": "Science Museum Group", "country": "GB"},
        ),
    )
    assert (
        "Os parceiros são da Dinamarca (a Experimentarium), de Espanha (a Cosmocaixa e a Aquatec Ibérica) e do "
        "Reino Unido (o Science Museum Group)."
    ) in texts["pt"], texts["pt"]


MEDAL = per_lang("Medalha Vinalies", "Medalla Vinalies", "Vinalies Medal", "Médaille Vinalies")
EVENT = {
    "name": per_lang(
        "Concurso Vinalies Internationales",
        "Concurso Vinalies Internationales",
        "Vinalies Internationales Competition",
        "Vinalies Internationales",
    ),
    "city": "Paris",
    "country": "FR",
    "date": "2026-04-10",
    "end": "2026-04-14",
}


def _medal(name: dict[str, str], level: str) -> dict[str, Any]:
    return {
        "release.kind": "prize",
        "award.name": name,
        "award.level": level,
        "award.date": "2026-04-12",
        "award.issuer": {"name": "União dos Enólogos de França", "gender": "f"},
        "event": EVENT,
    }


@pytest.mark.parametrize(
    ("name", "level", "headline", "said"),
    [
        (
            MEDAL,
            "silver",
            "# Habitat conquista a Medalha de Prata no Concurso Vinalies Internationales",  # the event names it once
            "O Habitat, uma organização do setor da construção sustentável, conquistou a Medalha de Prata Vinalies "
            "no Concurso Vinalies Internationales, realizado em Paris (França) de 10 a 14 de abril de 2026. A União "
            "dos Enólogos de França atribuiu-lhe a medalha a 12 de abril.",
        ),
        (
            MEDAL,
            "gold",
            "# Habitat conquista a Medalha de Ouro no Concurso Vinalies",
            "conquistou a Medalha de Ouro Vinalies no",
        ),
        # A name that already says the level does not say it twice.
        (
            per_lang("Medalha de Ouro", "Medalla de Oro", "Gold Medal", "Médaille d’or"),
            "gold",
            "# Habitat conquista a Medalha de Ouro no Concurso",
            "conquistou a Medalha de Ouro no Concurso Vinalies Internationales,",
        ),
        # A prize whose name in apposition has no place for the metal ("Ano de Ouro" would be a golden year):
        # the level is still the prize's, before it, a common noun in running text (s16: was "o Ouro do").
        (
            per_lang("Prémio Vinho do Ano", "Premio Vino del Año", "Wine of the Year Prize", "Prix du vin de l’année"),
            "gold",
            "# Habitat conquista o ouro do Prémio Vinho do Ano no",
            "conquistou o ouro do Prémio Vinho do Ano no Concurso",
        ),
    ],
)
def test_a_medal_says_its_metal_in_its_name(
    tmp_path: Path, name: dict[str, str], level: str, headline: str, said: str
) -> None:
    """«a Medalha de Prata Vinalies», not «a Prata da Medalha Vinalies», which reads as a prize inside the
    medal."""
    md = _checked(tmp_path, _medal(name, level))["pt"]
    assert md.startswith(headline), md.split("\n\n")[0]
    assert said in md, md.split("\n\n")[1]


def test_a_part_that_is_the_whole_is_all_of_it(tmp_path: Path) -> None:
    """«Todas as sete escolas…», not «Sete das sete escolas…»; a part of it is still counted."""
    figures = [
        {
            "value": 7,
            "of": 7,
            "gender": "f",
            "what": per_lang(
                "escolas do agrupamento têm o galardão",
                "escuelas de la agrupación tienen el galardón",
                "schools in the group hold the flag",
                "écoles du groupement ont le label",
            ),
        },
        {
            "value": 14,
            "of": 14,
            "gender": "m",
            "what": per_lang(
                "clubes da região participam",
                "clubes de la región participan",
                "clubs in the region take part",
                "clubs de la région participent",
            ),
        },
        {
            "value": 5,
            "of": 7,
            "gender": "f",
            "what": per_lang(
                "escolas têm horta", "escuelas tienen huerto", "schools have a garden", "écoles ont un potager"
            ),
        },
    ]
    md = _checked(tmp_path, {"figures": figures})["pt"]
    assert "- Todas as sete escolas do agrupamento têm o galardão\n" in md, md
    assert "- Todos os 14 clubes da região participam\n" in md, md
    assert "- Cinco das sete escolas têm horta\n" in md, md


CLUB = per_lang("clube de futebol", "club de fútbol", "football club", "club de football")


@pytest.mark.parametrize(
    ("kind", "manager", "said"),
    [
        (CLUB, {"name": "Vitória SAD", "type": "company"}, "O clube é gerido pela Vitória SAD."),
        (
            per_lang("empresa vitivinícola", "bodega", "winery", "domaine viticole"),
            {"name": "Sociedade Agrícola do Monte", "gender": "f"},
            "A empresa é gerida pela Sociedade Agrícola do Monte.",
        ),
        # The body that runs it starts with the same noun: the organisation is named by its name.
        (CLUB, {"name": "Clube Desportivo de Vilar", "gender": "m"}, "O Habitat é gerido pelo Clube Desportivo"),
    ],
)
def test_a_type_of_ones_own_names_it_again_by_its_noun(
    tmp_path: Path, kind: dict[str, str], manager: dict[str, Any], said: str
) -> None:
    """Named again, the organisation is "o clube", the noun its type starts with, not "o clube de futebol"."""
    change = {"organisation.type": kind, "organisation.gender": "f" if "empresa" in kind["pt"] else "m"}
    md = _checked(tmp_path, {**change, "organisation.managed_by": manager})["pt"]
    assert said in md, md.split("\n\n")[1]
