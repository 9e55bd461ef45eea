"""A fourth level, platinum, above gold (EcoVadis, LEED, Investors in People): named in every language
("o nível Platina", "el nivel Platino", "at Platinum level", "le niveau Platine"), feminine in Portuguese
as Prata is ("a platina do Concurso…"), an upgrade from gold, and found by ``drafter check``. A press
office's glossary for a language drafter does not ship that has no word for it is told plainly."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import yaml
from click.testing import CliRunner

from drafter.cli import cli
from drafter.facts.model import LEVELS

from .newfacts import checked, facts_data, per_lang, refused

ROOT = Path(__file__).resolve().parents[1]
PRIZE = {
    "release.kind": "prize",
    "award.name": per_lang("Prémio Inovação", "Premio Innovación", "Innovation Prize", "Prix de l’innovation"),
    "event": {
        "name": per_lang("Feira do Mar", "Feria del Mar", "Sea Fair", "Salon de la mer"),
        "city": "Vigo",
        "date": "2026-04-28",
    },
}


def test_platinum_is_the_top_level() -> None:
    assert LEVELS[-1] == "platinum"


def test_a_platinum_label_in_every_language(tmp_path: Path) -> None:
    md = checked(tmp_path, {"award.level": "platinum"})
    assert "obteve o nível Platina do Cluster" in md["pt"]
    assert "ha obtenido el nivel Platino del Cluster" in md["es"]
    assert "Label at Platinum level" in md["en"]
    assert "a obtenu le niveau Platine du Cluster" in md["fr"]


def test_an_upgrade_from_gold(tmp_path: Path) -> None:
    md = checked(tmp_path, {"award.level": "platinum", "award.previous": {"level": "gold", "year": 2022}})
    assert "passou do nível Ouro, que obteve em 2022, para o nível Platina" in md["pt"]
    assert "up from the Gold level it reached in 2022" in md["en"]


def test_a_platinum_prize_says_its_metal_as_what_was_won(tmp_path: Path) -> None:
    # s19: a prize's metal is what was won in it, a common noun (feminine in Portuguese: "a platina")
    md = checked(tmp_path, {**PRIZE, "award.level": "platinum"})
    assert "conquistou a platina do Prémio Inovação" in md["pt"]
    assert "ganado el platino del Premio Innovación" in md["es"]
    assert "won platinum in the Innovation Prize" in md["en"]
    assert "remporté le platine du Prix de l’innovation" in md["fr"]


def test_a_platinum_contest_is_feminine_in_portuguese(tmp_path: Path) -> None:
    name = per_lang("Concurso Inovação", "Concurso Innovación", "Innovation Contest", "Concours de l’innovation")
    md = checked(tmp_path, {**PRIZE, "award.name": name, "award.level": "platinum"})
    # s19: at a competition, one of its medals ("uma medalha de platina", feminine as "a medalha")
    assert "conquistou uma medalha de platina no Concurso Inovação" in md["pt"]
    assert "ganado una medalla de platino en el Concurso Innovación" in md["es"]


def test_an_upgrade_moves_up_from_platinum_to_nothing(tmp_path: Path) -> None:
    problems = refused(tmp_path, {"award.level": "gold", "award.previous": {"level": "platinum", "year": 2022}})
    assert any("platinum is not below the level awarded now (gold)" in p for p in problems)


def test_a_glossary_without_platinum_is_told_plainly(tmp_path: Path) -> None:
    templates = tmp_path / "templates" / "it"
    shutil.copytree(ROOT / "tests" / "data" / "it" / "templates", templates)
    glossary = templates / "glossary.yaml"
    glossary.write_text(re.sub(r"\n  platinum: [^\n]*", "", glossary.read_text(encoding="utf-8")), encoding="utf-8")
    data = facts_data({"award.level": "platinum"})
    data["release"]["languages"] = ["it"]
    for value in _per_language(data):
        value["it"] = value["en"]
        for lang in ("pt", "es", "en", "fr"):
            del value[lang]
    facts = tmp_path / "facts.yaml"
    facts.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    result = CliRunner().invoke(cli, ["draft", str(facts), "--lang", "it", "--templates", str(tmp_path / "templates")])
    assert result.exit_code == 2, result.output
    assert "the it glossary has no word for the level platinum: add it under levels" in result.stderr
    assert "Traceback" not in result.output + result.stderr


def _per_language(value: object) -> list[dict[str, str]]:
    if isinstance(value, dict):
        if {"pt", "es", "en", "fr"} <= set(value):
            return [value]
        return [found for item in value.values() for found in _per_language(item)]
    if isinstance(value, list):
        return [found for item in value for found in _per_language(item)]
    return []
