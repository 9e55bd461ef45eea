"""A change's way is a fact: a draft that turns a fall into a rise keeps every number, and is still wrong."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter import draft
from drafter.checker import check
from drafter.lang.directions import FALL, RISE, way

from .newfacts import facts_file

ENERGY = {
    "pt": "o consumo de energia por peça",
    "es": "el consumo de energía por pieza",
    "en": "energy use per part",
    "fr": "la consommation d’énergie par pièce",
}


def _drafts(tmp_path: Path, change: float) -> dict[str, str]:
    figure = {"change": change, "percent": True, "what": ENERGY}
    markdown = draft(facts_file(tmp_path, {"figures": [figure]})).markdown
    for lang, text in markdown.items():
        (tmp_path / f"{lang}.md").write_text(text, encoding="utf-8")
    return markdown


# What each language's draft says for a fall, and the same words turned into a rise by hand.
TURNED = {
    "pt": ("Redução de 18,4%", "Aumento de 18,4%"),
    "es": ("Reducción del 18,4\u00a0%", "Aumento del 18,4\u00a0%"),
    "en": ("An 18.4% fall", "An 18.4% rise"),
    "fr": ("Baisse de 18,4\u00a0%", "Hausse de 18,4\u00a0%"),
}


def test_faithful_drafts_of_a_fall_have_no_finding(tmp_path: Path) -> None:
    md = _drafts(tmp_path, -18.4)
    for lang, (said, _) in TURNED.items():
        assert said in md[lang], md[lang]
    assert check([tmp_path], jobs=1).findings == ()


@pytest.mark.parametrize("lang", sorted(TURNED))
def test_a_fall_turned_into_a_rise_by_hand_is_an_error(tmp_path: Path, lang: str) -> None:
    md = _drafts(tmp_path, -18.4)
    said, turned = TURNED[lang]
    (tmp_path / f"{lang}.md").write_text(md[lang].replace(said, turned), encoding="utf-8")
    findings = check([tmp_path], jobs=1).findings
    assert [(f.rule, f.severity, f.path) for f in findings] == [("fact-different", "error", "figures[0].change")]
    message = findings[0].message
    assert f"reads as a rise in {lang}.md" in message and "gives a fall of" in message, message


def test_a_rise_turned_into_a_fall_is_an_error_too(tmp_path: Path) -> None:
    md = _drafts(tmp_path, 12)
    assert "A 12% rise in energy use per part" in md["en"]
    (tmp_path / "en.md").write_text(md["en"].replace("A 12% rise", "A 12% fall"), encoding="utf-8")
    assert [f.path for f in check([tmp_path], jobs=1).findings] == ["figures[0].change"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Energy use per part fell by 18.4% since 2023.", FALL),
        ("en", "The firm reduced energy use per mould by 18.4% in a year.", FALL),
        ("en", "Exports are up 18.4% on last year.", RISE),
        ("en", "More than 18.4% of members export.", None),  # a bound, not a way
        ("en", "Sales rose. Costs were 18.4% of turnover.", None),  # another sentence
        ("en", "Energy use was cut by up to 18.4% a site.", FALL),  # "up to" is a bound, not a rise
        ("en", "Up to 18.4% of the water is reused.", None),
        ("en", "Prices rose by up to 18.4% this year.", RISE),
        ("pt", "O consumo caiu 18,4% face a 2023.", FALL),
        ("pt", "As exportações cresceram 18,4% num ano.", RISE),
        ("es", "Las ventas crecieron un 18,4 % y los costes bajaron.", RISE),
        ("es", "Un 18,4 % menos de consumo.", None),  # "menos" is a comparative
        ("fr", "Une baisse de 18,4 % de la consommation.", FALL),
        ("fr", "18,4 % de hausse en un an.", RISE),
        ("fr", "Plus de 18,4 % des membres exportent.", None),
        ("it", "Un calo del 18,4 %.", None),  # a language without word lists says nothing
    ],
)
def test_the_way_is_read_from_the_nearest_words_of_the_clause(lang: str, text: str, expected: str | None) -> None:
    size = next(s for s in ("18,4 %", "18,4%", "18.4%") if s in text)
    start = text.index(size)
    assert way(text, start, start + len(size), lang) == expected


def test_the_nearest_word_says_the_way_and_before_the_size_first() -> None:
    text = "Costs fell and sales rose 18.4% apart."  # "rose" is the nearest: a rise
    start = text.index("18.4%")
    assert way(text, start, start + 5, "en") == RISE
    both = "a drop 18.4% rise"
    start = both.index("18.4%")
    assert way(both, start, start + 5, "en") == FALL


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "A rise of 27% in falls among inpatients", RISE),
        ("en", "A drop of 27% in falls among inpatients", FALL),
        ("en", "An increase of 27% in falls among inpatients", RISE),
        ("pt", "Aumento de 27% nas quedas dos doentes internados", RISE),
        ("pt", "Redução de 27% nas quedas dos doentes internados", FALL),
    ],
)
def test_a_line_that_opens_on_its_way_is_read_so_whatever_changed(lang: str, text: str, expected: str) -> None:
    """The thing that changed may be a word of a way ("falls", "quedas"): the line's opening says the way."""
    start = text.index("27%")
    assert way(text, start, start + 3, lang) == expected


@pytest.mark.parametrize(
    ("lang", "said", "turned"), [("en", "A 27% drop", "A 27% rise"), ("pt", "Redução de 27%", "Aumento de 27%")]
)
def test_a_fall_in_falls_turned_into_a_rise_is_an_error(tmp_path: Path, lang: str, said: str, turned: str) -> None:
    falls = {
        "pt": "as quedas dos doentes internados",
        "es": "las caídas de los pacientes ingresados",
        "en": "falls among inpatients",
        "fr": "les chutes des patients hospitalisés",
    }
    figure = {"change": -27, "percent": True, "what": falls}
    md = draft(facts_file(tmp_path, {"figures": [figure]})).markdown
    assert said in md[lang], md[lang]
    for code, text in md.items():
        (tmp_path / f"{code}.md").write_text(text.replace(said, turned) if code == lang else text, encoding="utf-8")
    assert "figures[0].change" in [f.path for f in check([tmp_path], jobs=1).findings if f.severity == "error"]
