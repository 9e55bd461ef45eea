"""Forms met in real parallel releases (prizes, labels, grants) that a faithful translation writes
differently, and the drift in them a check must still see. Every text here is written afresh."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import cast

from drafter.checker.adjectives import adjective_of
from drafter.checker.names import Text
from drafter.checker.version import Version
from drafter.extract import Mention
from drafter.lang.frequency import ordinary_words
from drafter.lang.numbers import parse_half
from drafter.lang.weekdays import weekday

from .parallel import findings as _findings


def test_a_prize_named_in_ordinary_words_one_shared_by_both_languages_is_translated(tmp_path: Path) -> None:
    texts = {
        "en": "The Harbour Lab start-up also won the Audience Choice Award, worth €5 000, on 4 June 2024.\n",
        "fr": "La jeune pousse Harbour Lab a aussi remporté le prix du public, doté de 5 000 EUR, le 4 juin 2024.\n",
    }
    assert _findings(tmp_path / "prize", texts) == []
    assert ordinary_words(["audience", "choice", "award"], "en", "fr")
    assert not ordinary_words(["audience", "award"], "en", "fr")  # half the words shared: a name that may stay


def test_a_title_in_capitals_against_the_same_words_in_lower_case(tmp_path: Path) -> None:
    texts = {
        "es": "Braga, Capital Europea de la Innovación en 2023, acoge la gala el 9 de octubre de 2025.\n",
        "fr": "Braga, capitale européenne de l’innovation en 2023, accueille la cérémonie le 9 octobre 2025.\n",
    }
    assert _findings(tmp_path / "title", texts) == []


def test_a_name_holding_a_bodys_acronym_is_met_by_the_acronym_the_other_language_writes(tmp_path: Path) -> None:
    texts = {
        "en": (
            "The EIB Group Institute gave 12 grants to young teams on 3 May 2023.\n\n"
            "The Institute belongs to the European Investment Bank Group.\n"
        ),
        "fr": (
            "L’Institut BEI a accordé 12 subventions à de jeunes équipes le 3 mai 2023.\n\n"
            "L’Institut fait partie du Groupe Banque européenne d’investissement.\n"
        ),
    }
    assert _findings(tmp_path / "institute", texts) == []


def test_a_region_under_its_plural_spanish_name(tmp_path: Path) -> None:
    texts = {
        "es": "La cooperativa Marais Bleu, de la región de Países del Loira, obtuvo el sello el 2 de julio de 2024.\n",
        "fr": "La coopérative Marais Bleu, de la région Pays de la Loire, a obtenu le label le 2 juillet 2024.\n",
    }
    assert _findings(tmp_path / "loire", texts) == []


def test_a_region_given_by_its_adjective_is_there_and_a_city_dropped_is_not(tmp_path: Path) -> None:
    texts = {
        "pt": "A adega alentejana Monte Alto, de Serpa, ganhou a medalha de ouro a 8 de abril de 2025.\n",
        "en": "The Monte Alto winery in Serpa, in the Alentejo, won the gold medal on 8 April 2025.\n",
    }
    assert _findings(tmp_path / "alentejo", texts) == []
    dropped = {"pt": texts["pt"].replace(", de Serpa,", ""), "en": texts["en"]}
    assert any("Serpa" in f for f in _findings(tmp_path / "serpa", dropped))


def test_an_adjective_is_the_places_stem_and_an_adjectives_ending() -> None:
    def version(text: str, lang: str) -> Version:
        return cast(Version, SimpleNamespace(text=Text(text), lang=lang))  # all adjective_of reads

    portuguese = version("Uma empresa portuguesa e os vinhos portugais.", "pt")
    porto = Mention(1, 1, "place", "porto", "Porto")
    assert not adjective_of(porto, portuguese)  # "portuguesa" is no adjective of Porto
    assert adjective_of(porto, version("A equipa portuense venceu.", "pt"))
    assert adjective_of(Mention(1, 1, "place", "lisbon", "Lisbon"), version("A startup lisboeta venceu.", "pt"))


def test_half_a_million_is_five_hundred_thousand(tmp_path: Path) -> None:
    assert parse_half("en", [("half", ""), ("a", ""), ("million", "")]) == (3, 500_000)
    assert parse_half("es", [("medio", ""), ("millon", "")]) == (2, 500_000)
    assert parse_half("fr", [("demi", ""), ("million", "-")]) == (2, 500_000)
    assert parse_half("pt", [("meio", ""), ("dia", "")]) is None
    texts = {
        "en": "The first prize, worth half a million euros, went to the Ria Formosa cooperative.\n",
        "es": "El primer premio, dotado con 500.000 euros, fue para la cooperativa Ria Formosa.\n",
        "fr": "Le premier prix, d’un demi-million d’euros, a été remis à la coopérative Ria Formosa.\n",
        "pt": "O primeiro prémio, no valor de meio milhão de euros, foi para a cooperativa Ria Formosa.\n",
    }
    assert _findings(tmp_path / "half", texts) == []


def test_thousands_against_millions_is_reported(tmp_path: Path) -> None:
    texts = {
        "en": "The first prize, worth half a billion euros, went to the Ria Formosa cooperative.\n",
        "es": "El primer premio, dotado con 500.000 euros, fue para la cooperativa Ria Formosa.\n",
    }
    found = _findings(tmp_path / "scale", texts)
    assert any("500.000" in f and f.startswith("error") for f in found), found


def test_one_day_on_two_weekdays_is_reported(tmp_path: Path) -> None:
    assert weekday("sexta-feira, 15 de maio", "pt") == 4
    assert weekday("miércoles 3 de junio", "es") == 2
    assert weekday("15 May", "en") is None
    texts = {
        "en": "Entries for the Blue Coast award close on Friday 15 May, and 40 projects have entered.\n",
        "fr": "Les candidatures au prix Blue Coast sont closes le vendredi 15 mai, et 40 projets sont inscrits.\n",
    }
    assert _findings(tmp_path / "same", texts) == []
    texts["fr"] = texts["fr"].replace("vendredi", "jeudi")
    found = _findings(tmp_path / "weekday", texts)
    assert any("jeudi 15 mai" in f and "weekday" in f for f in found), found


def test_a_term_spelt_out_with_its_own_acronym_in_each_language(tmp_path: Path) -> None:
    texts = {
        "en": (
            "The Blue Schools network promotes Education for Sustainable Development (ESD) in 80 schools. "
            "Its ESD courses started on 6 March 2023.\n"
        ),
        "fr": (
            "Le réseau Blue Schools promeut l’éducation en vue du développement durable (EDD) dans 80 écoles. "
            "Ses cours d’EDD ont commencé le 6 mars 2023.\n"
        ),
    }
    assert _findings(tmp_path / "own", texts) == []
    typo = {**texts, "fr": texts["fr"].replace("cours d’EDD", "cours d’EED")}
    assert any("EED" in f for f in _findings(tmp_path / "typo", typo))  # spelt out nowhere: a misspelling


def test_a_deputys_title_is_a_role_and_no_name(tmp_path: Path) -> None:
    texts = {
        "es": "La Subdirectora General de Cultura, Marta Lobo, entregó el premio el 3 de mayo de 2022.\n",
        "en": "The Assistant Director-General for Culture, Marta Lobo, presented the award on 3 May 2022.\n",
    }
    assert _findings(tmp_path / "deputy", texts) == []
