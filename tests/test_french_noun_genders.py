"""French reads a counted noun's gender from its ending where the ending cannot mislead, as Portuguese
and Spanish do: so "one of the three plants" is written in words in every language ("Une des trois
usines", "Uma das três fábricas"), where French alone kept every version at "1" before. A noun whose
ending says nothing for sure ("valeur", "musique", "enfant") tells nothing, and the digits stay."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter import draft
from drafter.checker import check
from drafter.lang import words

from .newfacts import facts_file, per_lang


@pytest.mark.parametrize(
    ("noun", "gender"),
    [
        ("stations", "f"),
        ("installation", "f"),
        ("régions", "f"),
        ("collectivités", "f"),
        ("infrastructures", "f"),
        ("entreprises", "f"),
        ("usines", "f"),
        ("images", "f"),  # -age, but feminine
        ("projets", "m"),
        ("équipements", "m"),
        ("bâtiments", "m"),
        ("secteurs", "m"),
        ("comités", "m"),  # -té, but masculine
        ("musées", "m"),  # -ée, but masculine
        ("clusters", "m"),
        ("valeurs", None),  # -eur: la valeur, le secteur
        ("musiques", None),
        ("magazines", None),  # -ine: le magazine, l’usine
        ("enfants", None),  # either
        ("des", None),  # too short to tell
    ],
)
def test_only_safe_endings_tell_a_french_gender(noun: str, gender: str | None) -> None:
    assert words("fr").noun_genders.of(noun) == gender


ONE_OF = [
    {"value": 1, "of": 3, "what": per_lang("fábricas", "fábricas", "factories", "usines")},
    {"value": 1, "of": 4, "what": per_lang("projetos", "proyectos", "projects", "projets")},
    {
        "value": 1,
        "text": per_lang(
            "Há {value} estação nova em Ourense",
            "Hay {value} planta nueva en Ourense",
            "There is {value} new plant in Ourense",
            "Il y a {value} installation nouvelle à Ourense",
        ),
    },
]


def _figures(tmp_path: Path, figures: list[dict[str, object]]) -> dict[str, list[str]]:
    folder = tmp_path / "release"
    folder.mkdir()
    out = {}
    for lang, text in draft(facts_file(folder, {"figures": figures})).markdown.items():
        (folder / f"{lang}.md").write_text(text, encoding="utf-8")
        out[lang] = [line for line in text.splitlines() if line.startswith("- ")]
    assert check([folder]).findings == ()  # the checker reads one in words as it reads the digit
    return out


def test_one_of_a_whole_in_words_in_french_as_in_the_others(tmp_path: Path) -> None:
    md = _figures(tmp_path, ONE_OF)
    assert md["fr"] == [
        "- Une des trois usines",
        "- Un des quatre projets",
        "- Il y a une installation nouvelle à Ourense",
    ]
    assert md["pt"] == ["- Uma das três fábricas", "- Um dos quatro projetos", "- Há uma estação nova em Ourense"]
    assert md["es"] == [
        "- Una de las tres fábricas",
        "- Uno de los cuatro proyectos",
        "- Hay una planta nueva en Ourense",
    ]
    assert md["en"] == [
        "- One of the three factories",
        "- One of the four projects",
        "- There is one new plant in Ourense",
    ]


def test_a_french_noun_of_no_sure_gender_keeps_every_version_in_digits(tmp_path: Path) -> None:
    """ "Une valeur" but "un secteur": French cannot tell, so no version writes one in words."""
    values = {"value": 1, "of": 5, "what": per_lang("indicadores", "indicadores", "indicators", "valeurs")}
    md = _figures(tmp_path, [values])
    assert md["fr"] == ["- 1 des 5 valeurs"]
    assert md["en"] == ["- 1 of the 5 indicators"]
    assert md["pt"] == ["- 1 dos 5 indicadores"]
