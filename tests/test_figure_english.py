"""English says a change's size before its noun, as an English writer does (issue 11).

"A 27% drop in falls among inpatients", "An 18.4% fall in…", "A roughly 30% rise in…", "27% growth in…",
not the translated "A drop of 27% in…"; the article goes by how the number is said ("an eight", "an
eleven", "an eighteen", "an eighty"). A change that is no percentage keeps "of". ``drafter check`` reads the
way from the noun after the size.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.lang.frames import change_opening

from .newfacts import checked, per_lang


@pytest.mark.parametrize(
    ("way", "what", "size", "approx", "said"),
    [
        ("down", "falls among inpatients", "27%", False, "A 27% drop"),
        ("down", "energy use", "18.4%", False, "An 18.4% fall"),
        ("down", "energy use", "8%", False, "An 8% fall"),
        ("up", "energy use", "80%", False, "An 80% rise"),
        ("up", "energy use", "11%", False, "An 11% rise"),
        ("up", "energy use", "110%", False, "A 110% rise"),
        ("up", "energy use", "1.8%", False, "A 1.8% rise"),
        ("down", "energy use", "58%", False, "A 58% fall"),
        ("up", "energy use", "30%", True, "A roughly 30% rise"),
        ("up", "rises and increases", "27%", False, "27% growth"),
        ("down", "energy use", "", False, "A fall"),
        ("up", "rises", "", False, "An increase"),
    ],
)
def test_the_size_goes_before_its_noun(way: str, what: str, size: str, approx: bool, said: str) -> None:
    assert change_opening("en", way, what, size, approx) == said


def test_the_other_languages_keep_the_noun_first() -> None:
    assert change_opening("pt", "down", "o consumo", "18,4%") == "Redução"
    assert change_opening("fr", "up", "les ventes", "12 %") == "Hausse"


def test_a_line_of_figures_reads_as_english_and_checks(tmp_path: Path) -> None:
    falls = per_lang(
        "as quedas dos doentes", "las caídas de pacientes", "falls among inpatients", "les chutes des patients"
    )
    md = checked(tmp_path, {"figures": [{"change": -27, "percent": True, "what": falls}]})
    assert "- A 27% drop in falls among inpatients\n" in md["en"], md["en"]
    assert "- Redução de 27% nas quedas dos doentes\n" in md["pt"], md["pt"]
