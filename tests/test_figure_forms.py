"""Figures as a line of one's own with ``{value}`` in it, and changes (a rise or a fall) as figures.

A figure's ``text`` is its whole line in each language, the number standing at ``{value}`` (and
the whole at ``{of}``), so it need not start with its number. A ``change`` is a signed number:
with ``percent: true`` and ``what`` (the quantity that changed) the templates write "An 18.4%
fall in …", "Redução de 18,4% no …", "Reducción del 18,4 % en el …", "Baisse de 18,4 % de
la …"; in a ``text``, ``{value}`` is the size of the change and the line says which way it went.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from drafter import draft
from drafter.checker import check

from .newfacts import drafts, facts_file, loaded, per_lang, refused

ENERGY = per_lang(
    "o consumo de energia por molde desde 2021",
    "el consumo de energía por molde desde 2021",
    "energy use per mould since 2021",
    "la consommation d’énergie par moule depuis 2021",
)
FELL = per_lang(
    "O consumo de energia caiu {value} em três anos",
    "El consumo de energía bajó un {value} en tres años",
    "energy use fell by {value} in three years",
    "La consommation d’énergie a baissé de {value} en trois ans",
)


def _items(md: str) -> list[str]:
    return [line for line in md.splitlines() if line.startswith("- ")]


def _figures(tmp_path: Path, *figures: dict[str, Any]) -> dict[str, str]:
    return drafts(tmp_path, {"figures": list(figures)})


def test_a_figure_as_a_line_with_its_number_inside(tmp_path: Path) -> None:
    md = _figures(tmp_path, {"value": 18.4, "percent": True, "text": FELL})
    assert _items(md["en"]) == ["- Energy use fell by 18.4% in three years"]
    assert _items(md["pt"]) == ["- O consumo de energia caiu 18,4% em três anos"]
    assert _items(md["es"]) == ["- El consumo de energía bajó un 18,4\u00a0% en tres años"]
    assert _items(md["fr"]) == ["- La consommation d’énergie a baissé de 18,4\u00a0% en trois ans"]


def test_a_line_with_the_whole_too(tmp_path: Path) -> None:
    text = per_lang(
        "{value} dos {of} associados exportam",
        "{value} de los {of} socios exportan",
        "{value} of the {of} members export",
        "{value} des {of} adhérents exportent",
    )
    md = _figures(tmp_path, {"value": 12, "of": 110, "text": text})
    assert _items(md["es"]) == ["- 12 de los 110 socios exportan"]
    assert _items(md["pt"]) == ["- 12 dos 110 associados exportam"]
    assert _items(md["en"]) == ["- 12 of the 110 members export"]


def test_a_fall_and_a_rise_in_percent(tmp_path: Path) -> None:
    exports = per_lang("as exportações", "las exportaciones", "exports", "les exportations")
    turnover = per_lang("o volume de negócios", "el volumen de negocio", "turnover", "le chiffre d’affaires")
    md = _figures(
        tmp_path,
        {"change": -18.4, "percent": True, "what": ENERGY},
        {"change": 12, "percent": True, "what": exports},
        {"change": 7, "percent": True, "approx": True, "what": turnover},
    )
    assert _items(md["en"]) == [
        "- An 18.4% fall in energy use per mould since 2021",  # "an" as "eighteen" is said
        "- A 12% rise in exports",
        "- A roughly 7% rise in turnover",  # not "About 7% increase"
    ]
    assert _items(md["pt"]) == [
        "- Redução de 18,4% no consumo de energia por molde desde 2021",
        "- Aumento de 12% nas exportações",
        "- Aumento de cerca de 7% no volume de negócios",
    ]
    assert _items(md["es"]) == [
        "- Reducción del 18,4\u00a0% en el consumo de energía por molde desde 2021",
        "- Aumento del 12\u00a0% en las exportaciones",
        "- Aumento de cerca del 7\u00a0% en el volumen de negocio",
    ]
    assert _items(md["fr"]) == [
        "- Baisse de 18,4\u00a0% de la consommation d’énergie par moule depuis 2021",
        "- Hausse de 12\u00a0% des exportations",
        "- Hausse d’environ 7\u00a0% du chiffre d’affaires",
    ]


def test_a_change_in_a_line_of_ones_own(tmp_path: Path) -> None:
    md = _figures(
        tmp_path,
        {"change": -1200, "text": per_lang(*(f"{t} {{value}} t" for t in ("menos", "menos", "down", "moins")))},
    )
    assert _items(md["en"]) == ["- Down 1,200 t"]
    facts = loaded(tmp_path, {"figures": [{"change": -18.4, "percent": True, "what": ENERGY}]})
    assert facts.figures[0].change == -18.4 and facts.figures[0].value is None


def _bad(tmp_path: Path, **figure: Any) -> list[str]:
    return refused(tmp_path, {"figures": [figure]})


@pytest.mark.parametrize(
    ("figure", "problem"),
    [
        (
            {"value": 3, "text": {**FELL, "es": "El consumo bajó mucho"}},
            "figures[0].text.es: has no {value}; write {value} where the number goes",
        ),
        (
            {"value": 3, "text": {**FELL, "en": "{value} and {value}"}},
            "figures[0].text.en: holds {value} 2 times; write it once",
        ),
        (
            {"value": 3, "text": {**FELL, "fr": "{valeur} de moins"}},
            "figures[0].text.fr: '{valeur}' is not a placeholder; write {value} for the number (did you mean {value}?)",
        ),
        (
            {"value": 3, "text": {**FELL, "pt": "{value} de {of}"}},
            "figures[0].text.pt: holds {of}, but the figure has no 'of'; add of: (the whole) or remove {of}",
        ),
        (
            {"value": 3, "of": 9, "text": FELL},
            "figures[0].text.pt: has no {of}; write {of} where the whole (the figure's 'of') goes",
        ),
        (
            {"what": ENERGY},
            "figures[0]: a figure needs a value (the number) or a change (a rise or a fall, like -18.4)",
        ),
        ({"value": 3, "change": 4, "what": ENERGY}, "figures[0]: give either value or change, not both"),
        (
            {"value": 3},
            "figures[0]: a figure needs what (the words after the number) or text (a line with {value} in it)",
        ),
        ({"value": 3, "what": ENERGY, "text": FELL}, "figures[0]: give either what or text, not both"),
        (
            {"change": 0, "percent": True, "what": ENERGY},
            "figures[0].change: a change of 0 is no change; give the rise (12) or the fall (-18.4)",
        ),
        (
            {"change": -3, "of": 9, "text": per_lang(*["{value} / {of}"] * 4)},
            "figures[0].of: a change has no 'of'; remove it",
        ),
        (
            {"change": -3, "what": ENERGY},
            "figures[0].change: a change written with what is a percentage: add percent: true, "
            "or write the line as a text with {value}",
        ),
        (
            {"value": 3, "approx": True, "text": FELL},
            "figures[0].approx: a figure given as a text says 'about' in its own words: remove approx",
        ),
        (
            {"change": "down", "percent": True, "what": ENERGY},
            "figures[0].change: expected a number written with digits only (1774, 29.9), got 'down'",
        ),
    ],
)
def test_a_figure_that_cannot_be_drafted_is_refused(tmp_path: Path, figure: dict[str, Any], problem: str) -> None:
    assert _bad(tmp_path, **figure) == [problem]


def _release(tmp_path: Path, figures: list[dict[str, Any]]) -> Path:
    folder = tmp_path / "release"
    folder.mkdir()
    facts = facts_file(folder, {"figures": figures})
    for lang, md in draft(facts).markdown.items():
        (folder / f"{lang}.md").write_text(md, encoding="utf-8")
    return folder


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_check_finds_a_change_and_a_figure_given_as_a_line(tmp_path: Path) -> None:
    figures = [
        {"change": -18.4, "percent": True, "what": ENERGY},
        {"value": 1460, "text": per_lang(*(f"{w} {{value}}" for w in ("moldes:", "moldes:", "moulds:", "moules :")))},
    ]
    folder = _release(tmp_path, figures)
    assert check([folder]).findings == ()
    _edit(folder / "es.md", "Reducción del 18,4", "Reducción del 18,5")
    _edit(folder / "en.md", "Moulds: 1,460", "Moulds: 1,470")
    found = sorted((f.rule, f.path, f.where.file.rsplit("/", 1)[-1]) for f in check([folder]).findings)
    assert found == [
        ("fact-different", "figures[0].change", "es.md"),
        ("fact-different", "figures[1].value", "en.md"),
    ]
