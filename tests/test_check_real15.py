"""Classes of false finding and of difference missed, met in held-out real parallel releases (a
foundation's prize, a university's awards, a research body's grants, a bank's foundation, an innovation
body's awards) and in drafts of kinds the examples lack. Every text here is written afresh."""

from __future__ import annotations

from pathlib import Path

import pytest

from .parallel import findings as _findings

# --- what a faithful translation writes differently ---------------------------------------------


@pytest.mark.parametrize(
    "texts",
    [
        pytest.param(
            {
                "en": "The marine laboratory of Rita Moura counts 18 researchers since 2019.\n\n"
                "Attached to the University of Coimbra, it studies the estuary.\n",
                "fr": "Le laboratoire marin de Rita Moura compte 18 chercheurs depuis 2019.\n\n"
                "Rattachée à l’Université de Coimbra, elle étudie l’estuaire.\n",
            },
            id="an article elided onto a name's word",
        ),
        pytest.param(
            {
                "en": "The clinic in Setúbal receives the Gold Seal of Approval from the commission in 2026.\n",
                "pt": "A clínica de Setúbal recebe o Gold Seal of Approval da comissão em 2026.\n",
            },
            id="a level kept inside a name in the other version",
        ),
        pytest.param(
            {
                "en": "The bakery is the Platinum Partner and the mill the Silver Sponsor of the 2026 fair.\n",
                "fr": "La boulangerie est le partenaire Platine et le moulin le commanditaire Argent du salon 2026.\n",
            },
            id="a level and the role it names stay a level",
        ),
        pytest.param(
            {
                "fr": "« Nous grandissons », a déclaré Inês Lobo, PDG de la fromagerie, le 12 mars 2026. "
                "Cette ETI de Rennes emploie 240 personnes.\n",
                "en": "“We are growing,” said Inês Lobo, head of the cheese maker, on 12 March 2026. "
                "This mid-sized firm from Rennes employs 240 people.\n",
            },
            id="acronyms of a role and of a kind of company",
        ),
        pytest.param(
            {
                "en": "Vice-President Carmen Ortiz Pardo signed the loan in Porto on 2 May 2026.\n",
                "es": "La vicepresidenta Carmen Ortiz firmó el préstamo en Oporto el 2 de mayo de 2026.\n",
            },
            id="a person's name given shorter",
        ),
        pytest.param(
            {
                "en": "The grants fund projects of up to 1,200,000 Swiss francs over four years.\n",
                "fr": "Les bourses financent des projets jusqu’à 1'200'000 francs suisses sur quatre ans.\n",
            },
            id="digits grouped by apostrophes",
        ),
        pytest.param(
            {
                "en": "The fund is Europe’s largest for small harbours, with 90 projects in 2025.\n",
                "fr": "Ce fonds est le plus grand fonds européen pour les petits ports, avec 90 projets en 2025.\n",
            },
            id="a place given by its adjective in -éen",
        ),
        pytest.param(
            {
                "en": "Two researchers receive the 2026 award of the university.\n\n"
                "Professor Tomas Lindqvist, Department of Chemistry\n\n"
                "Professor Lindqvist’s research bridges chemistry and biology.\n",
                "fr": "Deux chercheurs reçoivent le prix 2026 de l’université.\n\n"
                "Professeur Tomas Lindqvist, Département de chimie\n\nLe professeur Lindqv",
            },
            id="a name cut where the page is cut",
        ),
        pytest.param(
            {
                "fr": "La coopérative de Grenade torréfie 300 tonnes de café en 2025.\n",
                "es": "La cooperativa de Granada tuesta 300 toneladas de café en 2025.\n",
            },
            id="a city whose French name is a country's",
        ),
    ],
)
def test_the_same_facts_written_another_way_are_no_difference(tmp_path: Path, texts: dict[str, str]) -> None:
    assert _findings(tmp_path / "release", texts) == []


def test_a_caption_given_in_both_languages_belongs_in_either_version(tmp_path: Path) -> None:
    caption = "Prof. Rita Moura - lauréate du prix de la recherche marine - winner of the marine research prize\n"
    texts = {
        "en": f"The University of Coimbra honours two researchers on 4 March 2026.\n\n{caption}",
        "fr": f"L’Université de Coimbra honore deux chercheurs le 4 mars 2026.\n\n{caption}",
    }
    assert not [f for f in _findings(tmp_path / "caption", texts) if "reads as" in f]


# --- what one version alone gives ---------------------------------------------------------------


def test_two_people_joined_by_a_conjunction_are_judged_apart(tmp_path: Path) -> None:
    texts = {
        "es": "El premio de física fue para Marta Mayor y Pedro Lobo, premiados en 2019.\n",
        "en": "The physics prize went to Pedro Lobo, awarded in 2019.\n",
    }
    found = _findings(tmp_path / "people", texts)
    assert [f for f in found if "Marta Mayor" in f], found


def test_a_photographers_name_in_a_passage_one_version_alone_gives(tmp_path: Path) -> None:
    texts = {
        "en": "Professor Rita Moura wins the 2026 prize of the marine society.\n\n"
        "The prize will be presented in Aveiro in May 2026.\n",
        "fr": "La professeure Rita Moura remporte le prix 2026 de la société marine.\n\n"
        "Rita Moura. Crédit : Alain Marchand (EPFL)\n\n"
        "Le prix sera remis à Aveiro en mai 2026.\n",
    }
    found = _findings(tmp_path / "credit", texts)
    assert [f for f in found if "Alain Marchand" in f], found


def test_a_person_not_the_shorter_form_is_still_reported(tmp_path: Path) -> None:
    texts = {
        "en": "Vice-President Carmen Ortiz Pardo signed the loan in Porto on 2 May 2026.\n",
        "es": "La vicepresidenta Carmen Ruiz firmó el préstamo en Oporto el 2 de mayo de 2026.\n",
    }
    assert _findings(tmp_path / "other-person", texts)


def test_an_amount_grouped_by_apostrophes_that_differs_is_reported(tmp_path: Path) -> None:
    texts = {
        "en": "The grants fund projects of up to 1,200,000 Swiss francs over four years.\n",
        "fr": "Les bourses financent des projets jusqu’à 1'300'000 francs suisses sur quatre ans.\n",
    }
    found = _findings(tmp_path / "amount", texts)
    assert [f for f in found if "1'300'000" in f], found
