"""A prize's level said by what it is (issue 11, s19): a metal is what was won in the prize ("gold in the
Tidewater Prize", "o ouro do Prémio…", "el oro del Premio…", « l’or du prix… »), a rank won in a prize the
place it is ("o segundo lugar do Prémio…", "el segundo puesto del Premio…", "second place in the…",
« la deuxième place du prix… »), a medal, a trophy or a cup its metal in its name; and ``drafter check``
takes the place for the level the facts name, and still reports another. Every text here is written afresh."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from drafter import draft
from drafter.checker import check
from drafter.facts.levels import OwnLevel
from drafter.lang.ranks import a_prize, as_place

from .newfacts import checked, facts_file, per_lang

QUAY = {
    "name": per_lang("Mostra do Cais", "Muestra del Muelle", "Quayside Show", "Salon du Quai"),
    "gender": {"pt": "f", "es": "f", "fr": "m"},
    "city": "Porto",
    "country": "PT",
    "date": "2026-03-12",
}
TIDEWATER = per_lang("Prémio Maré Viva", "Premio Marea Viva", "Tidewater Prize", "prix Marée vive")
SECOND = {
    "name": per_lang("segundo prémio", "segundo premio", "second prize", "deuxième prix"),
    "alone": True,
    "article": {"en": False},
}


def _prize(level: Any, name: Any = TIDEWATER, kind: str = "prize") -> dict[str, Any]:
    change: dict[str, Any] = {"release.kind": kind, "award.name": name, "award.level": level}
    if kind == "prize":
        change |= {"event": QUAY, "award.date": "2026-03-12"}
    return change


def _head_and_lead(md: dict[str, str], lang: str) -> tuple[str, str]:
    headline, _, rest = md[lang].partition("\n")
    return headline, rest


@pytest.mark.parametrize(
    ("level", "said"),
    [
        (
            "gold",
            per_lang("o ouro do Prémio Maré Viva", "el oro del Premio Marea Viva", "gold in the Tidewater Prize", ""),
        ),
        (
            "silver",
            per_lang(
                "a prata do Prémio Maré Viva", "la plata del Premio Marea Viva", "silver in the Tidewater Prize", ""
            ),
        ),
    ],
)
def test_a_metal_is_what_was_won_in_the_prize(tmp_path: Path, level: str, said: dict[str, str]) -> None:
    said["fr"] = "l’or du prix Marée vive" if level == "gold" else "l’argent du prix Marée vive"
    md = checked(tmp_path, _prize(level))
    for lang, words in said.items():
        headline, lead = _head_and_lead(md, lang)
        assert words in headline and words in lead, md[lang]
    assert "Gold Tidewater" not in md["en"] and "de Ouro" not in md["pt"] and "niveau" not in md["fr"]


def test_a_competitions_metal_is_one_of_its_medals(tmp_path: Path) -> None:
    # s19: a competition gives many medals of each metal (tests/test_competition_medals.py)
    name = per_lang(
        "Concurso das Conservas", "Concurso de Conservas", "Tinned Fish Competition", "Concours des conserves"
    )
    md = checked(tmp_path, _prize("bronze", name))
    assert "wins a bronze medal at the Tinned Fish Competition" in md["en"]
    assert "remporte une médaille de bronze au Concours des conserves" in md["fr"]
    assert "conquista uma medalha de bronze no Concurso das Conservas" in md["pt"]


def test_a_rank_won_in_a_prize_is_the_place_it_is(tmp_path: Path) -> None:
    md = checked(tmp_path, _prize(SECOND))
    said = per_lang(
        "o segundo lugar do Prémio Maré Viva",
        "el segundo puesto del Premio Marea Viva",
        "second place in the Tidewater Prize",
        "la deuxième place du prix Marée vive",
    )
    for lang, words in said.items():
        headline, lead = _head_and_lead(md, lang)
        assert words in headline and words in lead, md[lang]
    assert "segundo prémio" not in md["pt"] and "second prize" not in md["en"] and "deuxième prix" not in md["fr"]


def test_a_first_place_agrees_with_the_french_place(tmp_path: Path) -> None:
    first = {"name": per_lang("primeiro prémio", "primer premio", "first prize", "premier prix"), "alone": True}
    md = checked(tmp_path, _prize(first))
    assert "remporte la première place du prix Marée vive" in md["fr"], md["fr"]
    assert "gana el primer puesto del Premio Marea Viva" in md["es"], md["es"]


def test_a_rank_in_a_competition_stays_as_the_facts_name_it(tmp_path: Path) -> None:
    name = per_lang(
        "Concurso das Conservas", "Concurso de Conservas", "Tinned Fish Competition", "Concours des conserves"
    )
    md = checked(tmp_path, _prize(SECOND, name))
    assert "o segundo prémio do Concurso das Conservas" in md["pt"]
    assert "second prize in the Tinned Fish Competition" in md["en"]


def test_a_rank_won_in_a_prize_is_a_place_in_a_first_award_too(tmp_path: Path) -> None:
    md = checked(tmp_path, _prize(SECOND, kind="award"))
    assert "o segundo lugar do Prémio Maré Viva" in md["pt"]
    assert "second place in the Tidewater Prize" in md["en"], md["en"]  # "in", never "second place of the"


def test_a_level_of_the_prizes_own_and_a_medal_keep_their_names(tmp_path: Path) -> None:
    grand = {"name": per_lang("Grande Ouro", "Gran Oro", "Grand Gold", "Grand Or"), "alone": True}
    grand["article"] = {"en": False}
    md = checked(tmp_path / "own", _prize(grand))
    assert "wins Grand Gold in the Tidewater Prize" in md["en"]
    assert "conquista o Grande Ouro do Prémio Maré Viva" in md["pt"]
    medal = per_lang("Medalha Maré Viva", "Medalla Marea Viva", "Tidewater Medal", "médaille Marée vive")
    md = checked(tmp_path / "medal", _prize("silver", medal))
    assert "the Tidewater Silver Medal" in md["en"] and "a Medalha de Prata Maré Viva" in md["pt"]
    assert "la médaille d’argent Marée vive" in md["fr"]


def _edited(tmp_path: Path, change: dict[str, Any], edits: dict[str, tuple[str, str]]) -> list[str]:
    """The errors of ``drafter check`` once each language's first ``old`` after the headline is ``new``."""
    folder = tmp_path / "release"
    folder.mkdir(parents=True)
    md = draft(facts_file(folder, change)).markdown
    for lang, text in md.items():
        if lang in edits:
            old, new = edits[lang]
            headline, _, rest = text.partition("\n")
            assert old in rest, text
            text = headline + "\n" + rest.replace(old, new, 1)
        (folder / f"{lang}.md").write_text(text, encoding="utf-8")
    return [f"{f.path} {f.message}" for f in check([folder], jobs=1).findings if f.severity == "error"]


def test_an_editor_who_keeps_the_facts_words_for_the_rank_is_faithful(tmp_path: Path) -> None:
    edits = {"pt": ("segundo lugar", "segundo prémio"), "es": ("segundo puesto", "segundo premio")}
    assert _edited(tmp_path, _prize(SECOND), edits) == []


@pytest.mark.parametrize(
    ("lang", "old", "new"),
    [
        ("es", "el segundo puesto", "el primer puesto"),
        ("pt", "o segundo lugar", "o terceiro lugar"),
        ("en", "second place", "third place"),
        ("fr", "la deuxième place", "la première place"),
    ],
)
def test_another_place_under_the_headlines_is_reported_where_it_stands(
    tmp_path: Path, lang: str, old: str, new: str
) -> None:
    found = _edited(tmp_path, _prize(SECOND), {lang: (old, new)})
    written, right = (new, old) if lang == "en" else (new.split(" ", 1)[1], old.split(" ", 1)[1])  # no article
    assert len(found) == 1, found
    assert f"said two ways in {lang}.md: “{written}” here, and “{right}” elsewhere" in found[0], found


@pytest.mark.parametrize(
    ("lang", "old", "new"),
    [("en", "won gold in", "won silver in"), ("fr", "remporté l’or du", "remporté l’argent du")],
)
def test_another_metal_in_the_lead_is_reported(tmp_path: Path, lang: str, old: str, new: str) -> None:
    found = _edited(tmp_path, _prize("gold"), {lang: (old, new)})
    assert any("award.level" in f and f"said two ways in {lang}.md" in f for f in found), found


def test_a_place_and_a_prize_are_told_apart_by_their_nouns() -> None:
    assert as_place("segundo prémio", "pt") == "segundo lugar"
    assert as_place("3.er premio", "es") == "3.er puesto"
    assert as_place("Second Prize", "en") == "Second Place"
    assert as_place("1er prix", "fr") == "1re place"
    assert as_place("Grand Gold", "en") is None and as_place("Menção Honrosa", "pt") is None
    assert as_place("segunda menção", "pt") is None  # a rank of another noun is no place
    assert a_prize("Tidewater Prize", "en") and a_prize("Harbour Award", "en") and a_prize("prix Marée vive", "fr")
    assert not a_prize("Tinned Fish Competition", "en") and not a_prize("Troféu Maré", "pt")


def test_the_rivals_of_a_rank_are_its_other_places_too() -> None:
    from drafter.checker.stand_ins import level_forms, level_rivals

    level = OwnLevel.model_validate(SECOND)
    assert level_forms(level, "es") == ("segundo puesto",)
    assert {"primer puesto", "tercer premio"} <= set(level_rivals(level, "es"))
    assert "segundo puesto" not in level_rivals(level, "es")
    assert level_forms("gold", "en") == ()
