"""Figures written as a press editor writes them: small counts in words ("Nine of the 11 plants",
"duas das quatro marinas"), digits before a unit ("5 GWh"), a figure's gender for "62 dos 75" and
agreement, round millions as the sums are ("3,2 milhões de latas"); and ``drafter check`` reading
each of these back in every language, and flagging a hand edit of them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from drafter import draft
from drafter.checker import check

from .newfacts import facts_file, per_lang, refused

MARINAS = per_lang(
    "marinas da região já tratam as águas residuais",
    "marinas de la región ya depuran sus aguas residuales",
    "marinas in the region already treat their waste water",
    "marinas de la région traitent déjà leurs eaux usées",
)
PLANTS = per_lang(
    "estações usam painéis solares", "plantas usan paneles solares", "plants use solar panels", "stations"
)
VISITS = per_lang(
    "Os técnicos visitaram {value} fábricas",
    "Los técnicos visitaron {value} fábricas",
    "The engineers visited {value} factories",
    "Les techniciens ont visité {value} usines",
)
POWER = per_lang(
    "Os painéis produzem {value} GWh por ano",
    "Los paneles generan {value} GWh al año",
    "The panels generate {value} GWh a year",
    "Les panneaux produisent {value} GWh par an",
)
TINS = per_lang(
    "latas saíram da fábrica em 2024",
    "latas salieron de la fábrica en 2024",
    "tins left the plant in 2024",
    "boîtes sont sorties de l’usine en 2024",
)
RESIDENTS = per_lang(
    "habitantes são servidos pelas estações",
    "habitantes reciben el servicio de las plantas",
    "residents are served by the plants",
    "habitants sont desservis par les stations",
)
INVESTED = per_lang(
    "euros foram investidos nos painéis",
    "euros se invirtieron en los paneles",
    "euros were invested in the panels",
    "euros ont été investis dans les panneaux",
)

EACH = per_lang(
    "euros por cada painel instalado",
    "euros por cada panel instalado",
    "euros for each panel installed",
    "euros par panneau installé",
)


def _items(md: str) -> list[str]:
    return [line for line in md.splitlines() if line.startswith("- ")]


def _release(tmp_path: Path, *figures: dict[str, Any]) -> Path:
    folder = tmp_path / "release"
    folder.mkdir()
    facts = facts_file(folder, {"figures": list(figures)})
    for lang, md in draft(facts).markdown.items():
        (folder / f"{lang}.md").write_text(md, encoding="utf-8")
    return folder


def _drafts(tmp_path: Path, *figures: dict[str, Any]) -> dict[str, list[str]]:
    folder = _release(tmp_path, *figures)
    assert check([folder]).findings == ()  # the checker reads every form drafter writes
    return {lang: _items((folder / f"{lang}.md").read_text(encoding="utf-8")) for lang in ("pt", "es", "en", "fr")}


def test_small_counts_in_words_and_the_first_word_capitalised(tmp_path: Path) -> None:
    md = _drafts(tmp_path, {"value": 9, "of": 11, "what": PLANTS}, {"value": 3, "text": VISITS})
    # Beside the digits of its whole, a count stays in digits, but in English ("Nine of the 11").
    assert md["en"] == ["- Nine of the 11 plants use solar panels", "- The engineers visited three factories"]
    assert md["fr"] == ["- 9 des 11 stations", "- Les techniciens ont visité trois usines"]
    assert md["pt"] == [
        "- 9 das 11 estações usam painéis solares",
        "- Os técnicos visitaram três fábricas",
    ]
    assert md["es"] == [
        "- 9 de las 11 plantas usan paneles solares",
        "- Los técnicos visitaron tres fábricas",
    ]


def test_a_count_of_a_whole_in_words_stays_in_words(tmp_path: Path) -> None:
    md = _drafts(tmp_path, {"value": 3, "of": 8, "what": PLANTS})
    assert md["es"] == ["- Tres de las ocho plantas usan paneles solares"]
    assert md["fr"] == ["- Trois des huit stations"]
    assert md["en"] == ["- Three of the eight plants use solar panels"]


def test_ten_is_a_word_in_portuguese_and_spanish_only(tmp_path: Path) -> None:
    md = _drafts(tmp_path, {"value": 10, "text": VISITS})
    assert md["pt"] == ["- Os técnicos visitaram dez fábricas"]
    assert md["es"] == ["- Los técnicos visitaron diez fábricas"]
    assert md["en"] == ["- The engineers visited 10 factories"]
    assert md["fr"] == ["- Les techniciens ont visité 10 usines"]


def test_digits_before_a_unit_and_in_a_percentage(tmp_path: Path) -> None:
    share = per_lang("das estações", "de las plantas", "of the plants", "des stations")
    md = _drafts(tmp_path, {"value": 5, "text": POWER}, {"value": 3, "percent": True, "what": share})
    assert md["en"] == ["- The panels generate 5 GWh a year", "- 3% of the plants"]
    assert md["pt"] == ["- Os painéis produzem 5 GWh por ano", "- 3% das estações"]
    assert md["es"][0] == "- Los paneles generan 5 GWh al año"
    assert md["fr"][0] == "- Les panneaux produisent 5 GWh par an"


def test_a_figures_gender_gives_the_article_and_the_agreement(tmp_path: Path) -> None:
    md = _drafts(
        tmp_path,
        {"value": 2, "of": 4, "gender": "f", "what": MARINAS},
        {"value": 62, "of": 75, "gender": {"pt": "f", "es": "f", "en": "m", "fr": "f"}, "what": PLANTS},
        {"value": 2, "gender": "f", "text": VISITS},
    )
    assert md["pt"] == [
        "- Duas das quatro marinas da região já tratam as águas residuais",
        "- 62 das 75 estações usam painéis solares",
        "- Os técnicos visitaram duas fábricas",
    ]
    assert md["es"] == [
        "- Dos de las cuatro marinas de la región ya depuran sus aguas residuales",
        "- 62 de las 75 plantas usan paneles solares",
        "- Los técnicos visitaron dos fábricas",
    ]
    assert md["fr"][0] == "- Deux des quatre marinas de la région traitent déjà leurs eaux usées"
    assert md["en"][0] == "- Two of the four marinas in the region already treat their waste water"


def test_without_a_gender_it_is_read_only_from_a_safe_ending(tmp_path: Path) -> None:
    """Portuguese "dois"/"duas" agrees with its noun: without the figure's gender, it is read from the
    ending of the word after the number where that cannot mislead ("fábricas"), and the count stays in
    digits where it could ("atletas", either gender). Spanish "dos" and French "deux" do not agree."""
    athletes = per_lang(
        "Os treinadores acompanharam {value} atletas",
        "Los entrenadores acompañaron a {value} atletas",
        "The coaches trained {value} athletes",
        "Les entraîneurs ont suivi {value} athlètes",
    )
    md = _drafts(tmp_path, {"value": 2, "text": VISITS}, {"value": 2, "text": athletes})
    assert md["pt"] == ["- Os técnicos visitaram duas fábricas", "- Os treinadores acompanharam 2 atletas"]
    assert md["es"] == ["- Los técnicos visitaron dos fábricas", "- Los entrenadores acompañaron a dos atletas"]
    assert md["en"] == ["- The engineers visited two factories", "- The coaches trained two athletes"]


def test_a_gender_is_m_or_f(tmp_path: Path) -> None:
    problems = refused(tmp_path, {"figures": [{"value": 2, "gender": "n", "what": MARINAS}]})
    assert len(problems) == 1 and problems[0].startswith("figures[0].gender")


def test_round_millions_as_the_sums_are_written(tmp_path: Path) -> None:
    md = _drafts(tmp_path, {"value": 3_200_000, "what": TINS}, {"value": 1_200_000, "what": RESIDENTS})
    assert md["en"] == ["- 3.2 million tins left the plant in 2024", "- 1.2 million residents are served by the plants"]
    assert md["pt"] == [
        "- 3,2 milhões de latas saíram da fábrica em 2024",
        "- 1,2 milhões de habitantes são servidos pelas estações",
    ]
    assert md["es"] == [
        "- 3,2 millones de latas salieron de la fábrica en 2024",
        "- 1,2 millones de habitantes reciben el servicio de las plantas",
    ]
    assert md["fr"] == [
        "- 3,2 millions de boîtes sont sorties de l’usine en 2024",
        "- 1,2 million d’habitants sont desservis par les stations",
    ]


def test_a_figure_that_is_not_round_keeps_its_digits(tmp_path: Path) -> None:
    md = _drafts(tmp_path, {"value": 3_250_000, "what": TINS})
    assert md["en"] == ["- 3,250,000 tins left the plant in 2024"]
    assert md["pt"] == ["- 3\u00a0250\u00a0000 latas saíram da fábrica em 2024"]


@pytest.mark.parametrize(
    ("lang", "old", "new"),
    [
        ("pt", "3,2 milhões", "3,3 milhões"),
        ("es", "3,2 millones", "3,3 millones"),
        ("en", "3.2 million", "3.3 million"),
        ("fr", "3,2 millions", "3,3 millions"),
        ("en", "3.2 million", "3,300,000"),
    ],
)
def test_a_hand_edit_of_a_million_is_flagged(tmp_path: Path, lang: str, old: str, new: str) -> None:
    folder = _release(tmp_path, {"value": 3_200_000, "what": TINS})
    path = folder / f"{lang}.md"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")
    found = [(f.rule, f.path, f.where.file.rsplit("/", 1)[-1]) for f in check([folder]).findings]
    assert found == [("fact-different", "figures[0].value", f"{lang}.md")]


@pytest.mark.parametrize(
    ("lang", "figure", "old", "new"),
    [
        ("en", {"value": 9, "of": 11, "what": PLANTS}, "Nine of", "Eight of"),
        ("pt", {"value": 3, "text": VISITS}, "três", "quatro"),
        ("fr", {"value": 3, "text": VISITS}, "trois", "quatre"),
    ],
)
def test_a_hand_edit_of_a_number_in_words_is_flagged(
    tmp_path: Path, lang: str, figure: dict[str, Any], old: str, new: str
) -> None:
    folder = _release(tmp_path, figure)
    path = folder / f"{lang}.md"
    path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    found = [(f.rule, f.path) for f in check([folder]).findings]
    assert found == [("fact-different", "figures[0].value")]


def test_a_figure_counted_in_euros_is_read_as_an_amount(tmp_path: Path) -> None:
    """A figure of "480 000 euros foram investidos": extraction reads an amount there, and the check expects one
    (it used to expect a number: a false fact-missing error and an orphan warning)."""
    md = _drafts(tmp_path, {"value": 480_000, "what": INVESTED}, {"value": 5, "what": EACH})
    assert md["pt"] == ["- 480\u00a0000 euros foram investidos nos painéis", "- 5 euros por cada painel instalado"]
    assert md["en"] == ["- 480,000 euros were invested in the panels", "- 5 euros for each panel installed"]


def test_a_million_euros_is_written_as_a_sum(tmp_path: Path) -> None:
    md = _drafts(tmp_path, {"value": 3_000_000, "what": INVESTED})
    assert md["pt"] == ["- 3 milhões de euros foram investidos nos painéis"]
    assert md["es"] == ["- 3 millones de euros se invirtieron en los paneles"]
    assert md["en"] == ["- 3 million euros were invested in the panels"]
    assert md["fr"] == ["- 3 millions d’euros ont été investis dans les panneaux"]


def test_a_count_of_one_in_words_is_also_the_article(tmp_path: Path) -> None:
    """A count of one, "uma estação", "una planta", "une station": the word for one is the article too, so the check
    does not look for it as a number (as it does not for a partnership of one)."""
    new = per_lang(
        "Há {value} estação nova em Ourense",
        "Hay {value} planta nueva en Ourense",
        "There is {value} new plant in Ourense",
        "Il y a {value} station nouvelle à Ourense",
    )
    md = _drafts(tmp_path, {"value": 1, "gender": "f", "text": new})
    assert md["pt"] == ["- Há uma estação nova em Ourense"]
    assert md["es"] == ["- Hay una planta nueva en Ourense"]
    assert md["en"] == ["- There is one new plant in Ourense"]
    assert md["fr"] == ["- Il y a une station nouvelle à Ourense"]


def test_one_without_a_gender_stays_a_digit_in_every_language() -> None:
    """Without the figure's gender pt, es and fr cannot write one in words (uma/um, una/un, une/un),
    so English keeps the digit too and every version gives the same number (found by the property
    tests: "1 clústeres" in es against "One cluster" in en)."""
    from babel import Locale

    from drafter import figures

    for lang in ("en", "es", "pt", "fr"):
        assert figures.small(1, Locale.parse(lang), None) is None
        assert figures.small(1, Locale.parse(lang), "f") is not None
        assert figures.small(2, Locale.parse(lang), "m") is not None


def test_a_number_word_in_capitals_inside_a_sentence_is_an_acronym() -> None:
    """ "Fundación ONCE" is a name, not eleven; the same word in lower case, or on a line in capitals, is a number."""
    from drafter.extract import extract

    def numbers(text: str) -> list[str]:
        return [m.value for m in extract(text, "es") if m.kind == "number"]

    assert numbers("Entre los socios figuran la Fundación ONCE y el Grupo CIEN.") == []
    assert numbers("El proyecto reúne a once socios.") == ["11"]
    assert numbers("LA FUNDACIÓN REÚNE A ONCE SOCIOS") == ["11"]


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        ("es", "El Foro DÉCIMO reúne a los socios.", "ordinal"),
        ("fr", "Le Club DIXIÈME accueille les membres.", "ordinal"),
        ("en", "The TWENTY-FIRST Group meets in Porto.", "ordinal"),
        ("es", "El Grupo MILES presentó su plan.", "number"),
        ("fr", "La Fondation VINGTAINE ouvre ses portes.", "number"),
        ("en", "The DOZEN Collective meets in Porto.", "number"),
    ],
)
def test_every_number_word_in_capitals_inside_a_sentence_is_an_acronym(lang: str, text: str, kind: str) -> None:
    """Ordinal and collective number words follow the rule of the cardinals: a name's acronym inside a
    sentence in lower case, an ordinal or a number on a line in capitals."""
    from drafter.extract import extract

    assert [m.kind for m in extract(text, lang) if m.kind in ("ordinal", "number")] == []
    shouted = [m.kind for m in extract(text.upper().rstrip("."), lang) if m.kind in ("ordinal", "number")]
    assert shouted == [kind]
    word = next(w for w in text.split() if w.isupper() and len(w) > 1)
    assert [m.kind for m in extract(text.replace(word, word.lower()), lang) if m.kind == kind] == [kind]
