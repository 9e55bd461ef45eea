"""French prize levels in lower case, as a French editor writes them ("l'or du prix de l'Innovation",
"la médaille d'argent"), read by ``drafter check``; and "or" (but, now) and "argent" (money) still read as
the everyday words they are everywhere else."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from drafter import draft
from drafter.checker import check
from drafter.extract import extract

ROOT = Path(__file__).resolve().parent.parent
PRIZE = ROOT / "examples" / "ubl-marine-robotics-prize-2025.yaml"


def _levels(text: str) -> list[str]:
    return [m.value for m in extract(text, "fr") if m.kind == "term" and m.value.startswith("level:")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Elle a remporté le prix de l’Innovation, niveau or, au salon.", ["level:gold"]),
        ("Elle a obtenu le niveau argent du label en 2024.", ["level:silver"]),
        ("Elle a décroché la médaille d’or, puis la médaille d'argent.", ["level:gold", "level:silver"]),
        ("Le trophée d’argent et deux médailles d’or.", ["level:silver", "level:gold"]),
        ("Un trophée en or massif.", ["level:gold"]),
        ("L’équipe a remporté l’or ; l’autre décroche l’argent.", ["level:gold", "level:silver"]),
        ("Le label Or et la catégorie argent.", ["level:gold", "level:silver"]),  # a capital, as before
        ("Le prix de la Navigation autonome, niveau bronze, lui revient.", ["level:bronze"]),
    ],
)
def test_a_level_in_lower_case_is_read_where_french_writes_it(text: str, expected: list[str]) -> None:
    assert _levels(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Le jury a siégé, or le prix n’a pas été remis.",  # or: but
        "Le prix, or le jury l’avait promis, sera remis en juin.",
        "Le projet manque d’argent et de temps.",  # argent: money
        "Un prix en argent de 5 000 euros récompense le lauréat.",  # a cash prize
        "Le prix de l’argent a baissé.",  # the price of money
        "C’est l’âge d’or de la robotique.",  # a golden age is no level
        "Il a gagné l’argent nécessaire.",
        "Or, l’équipe n’avait jamais concouru.",  # Or opening a sentence: now
    ],
)
def test_everyday_or_and_argent_are_no_levels(text: str) -> None:
    assert _levels(text) == []


def _prize(tmp_path: Path) -> Path:
    folder = tmp_path / "ubl"
    folder.mkdir()
    shutil.copy(PRIZE, folder / "facts.yaml")
    for lang, md in draft(folder / "facts.yaml").markdown.items():
        (folder / f"{lang}.md").write_text(md, encoding="utf-8")
    return folder


def _edited(folder: Path, old: str, new: str, count: int = 1) -> list[str]:
    path = folder / "fr.md"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, count), encoding="utf-8")
    return sorted(f"{f.rule} {f.path}" for f in check([folder]).findings)


def test_the_french_prize_says_its_level_in_lower_case_and_check_reads_it(tmp_path: Path) -> None:
    folder = _prize(tmp_path)
    fr = (folder / "fr.md").read_text(encoding="utf-8")
    # s19: a prize's metal is what was won in it, « l’or du prix… » (was « le prix d’or de la… » in s16)
    assert "a remporté l’or du prix de la Navigation autonome dans la catégorie" in fr
    assert "niveau" not in fr and "Or" not in fr.split()
    assert check([folder]).findings == ()


def test_a_hand_edit_of_the_french_level_is_flagged(tmp_path: Path) -> None:
    folder = _prize(tmp_path)
    # the lead's level changed, the headline's kept: the level is said two ways in the version, the lead's
    # against the facts (it was the versions' mismatch, which the one finding at that place now says)
    assert _edited(folder, "remporté l’or du prix", "remporté l’argent du prix") == ["fact-different award.level"]


def test_a_level_rewritten_as_a_medal_is_still_the_level(tmp_path: Path) -> None:
    folder = _prize(tmp_path)
    old = "l’or du prix de la Navigation autonome"
    assert _edited(folder, old, "la médaille d’or du prix de la Navigation autonome") == []


def test_a_french_level_left_out_is_flagged(tmp_path: Path) -> None:
    folder = _prize(tmp_path)
    assert _edited(folder, "l’or du prix de la", "le prix de la", count=-1) == ["fact-missing award.level"]
