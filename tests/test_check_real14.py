"""Classes of difference met in held-out real parallel releases (loans, credit lines, banks' own
releases): what a faithful translation writes differently, and what one version alone gives. Every
text here is written afresh."""

from __future__ import annotations

from pathlib import Path

import pytest

from .parallel import findings as _findings

# --- an ordinal in words from "fourth" on counts something ------------------------------------------


@pytest.mark.parametrize(
    ("texts", "alone"),
    [
        (
            {
                "en": "The fund and the bank signed the credit line, their ninth, in Évora on 3 March 2025.\n",
                "es": "El fondo y el banco firmaron la línea de crédito en Évora el 3 de marzo de 2025.\n",
            },
            "ninth",
        ),
        (
            {
                "es": "Es el octavo préstamo que la región firma con el banco desde 2011, por 40 millones de euros.\n",
                "pt": "É um empréstimo que a região assina com o banco desde 2011, no valor de 40 milhões de euros.\n",
            },
            "octavo",
        ),
        (
            {
                "pt": "A feira de Aveiro celebra a sua décima edição com 120 expositores, a 9 de maio de 2026.\n",
                "fr": "Le salon d’Aveiro réunit 120 exposants le 9 mai 2026.\n",
            },
            "décima",
        ),
        (
            {
                "fr": "La coopérative signe sa cinquième convention avec la banque, pour 12 millions d’euros.\n",
                "en": "The cooperative signs an agreement with the bank for EUR 12 million.\n",
            },
            "cinquième",
        ),
    ],
)
def test_an_ordinal_from_fourth_on_given_in_one_version_only_is_reported(
    tmp_path: Path, texts: dict[str, str], alone: str
) -> None:
    found = _findings(tmp_path / "loan", texts)
    assert [f for f in found if alone in f and "warning unmatched" in f], found


@pytest.mark.parametrize(
    "texts",
    [
        {
            "en": "This is the bank’s fourth contribution to the tramway, after the lines to Porto and Braga.\n",
            "es": "Es la cuarta aportación del banco al tranvía, después de las líneas a Oporto y Braga.\n",
        },
        {
            "pt": "É a quarta contribuição do banco para o elétrico, depois das linhas para Lisboa e Braga.\n",
            "fr": "C’est la quatrième contribution de la banque au tramway, après les lignes vers Lisbonne et Braga.\n",
        },
        {
            "en": "The city wins the award for the third time, and for the first time in the north.\n",
            "fr": "La ville remporte de nouveau le prix, et c’est une première dans le nord.\n",
        },
    ],
)
def test_the_same_ordinal_written_two_ways_and_a_low_ordinal_as_wording_are_no_difference(
    tmp_path: Path, texts: dict[str, str]
) -> None:
    assert _findings(tmp_path / "same", texts) == []


# --- a person's name is never translated ------------------------------------------------------------


@pytest.mark.parametrize(
    ("texts", "alone"),
    [
        (
            {
                "pt": "O banco, presidido por Nuno Amado, assinou hoje em Lisboa o contrato de 80 milhões de euros.\n",
                "en": "The bank signed the EUR 80 million contract in Lisbon today.\n",
            },
            "Nuno Amado",
        ),
        (
            {
                "es": "La cooperativa, dirigida por Carmen Blanco, recibe hoy en Sevilla un préstamo de 15 millones.\n",
                "fr": "La coopérative reçoit aujourd’hui à Séville un prêt de 15 millions.\n",
            },
            "Carmen Blanco",
        ),
        (
            {
                "fr": "Le prix est remis à Lyon par Pierre Marchand le 4 juin 2025.\n",
                "en": "The prize is presented in Lyon on 4 June 2025.\n",
            },
            "Pierre Marchand",
        ),
    ],
)
def test_a_persons_name_of_ordinary_words_given_in_one_version_only_is_reported(
    tmp_path: Path, texts: dict[str, str], alone: str
) -> None:
    found = _findings(tmp_path / "name", texts)
    assert [f for f in found if alone in f and "warning unmatched" in f], found


def test_a_persons_name_is_no_translation_of_a_banks(tmp_path: Path) -> None:
    texts = {
        "en": "The loan was announced by Millbrook Capital in Porto on 2 May 2025.\n",
        "pt": "O empréstimo foi anunciado por Rui Valente no Porto a 2 de maio de 2025.\n",
    }
    found = _findings(tmp_path / "bank", texts)
    assert [f for f in found if "Rui Valente" in f], found
    assert [f for f in found if "Millbrook Capital" in f], found


def test_a_person_under_a_translated_title_is_the_same_person(tmp_path: Path) -> None:
    texts = {
        "en": "Vice-President Rosa Blanco signed the loan in Madrid on 2 May 2025.\n",
        "es": "La vicepresidenta Rosa Blanco firmó el préstamo en Madrid el 2 de mayo de 2025.\n",
        "pt": "A vice-presidente Rosa Blanco assinou o empréstimo em Madrid a 2 de maio de 2025.\n",
    }
    assert _findings(tmp_path / "title", texts) == []
