"""A prize's day said without the year an event's dates just gave, and a project's length in years.

An editor writes "held from 21 to 22 October 2026 … presented the prize on 23 October": ``drafter
check`` takes the year of the nearest full date before it in the same paragraph (or the sentence just
before), never the dateline's, never another version's. A project of 60 months runs for "five years",
which the check reads as 60 months, not 5. Every facts file here is written afresh."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from drafter import draft
from drafter.checker import check
from drafter.extract import extract

from .newfacts import checked, facts_file, per_lang

PRIZE: dict[str, Any] = {
    "release.kind": "prize",
    "release.date": "2026-10-26",
    "award.name": per_lang("Prémio Cidade Azul", "Premio Ciudad Azul", "Blue City Prize", "Prix Ville bleue"),
    "award.date": "2026-10-23",
    "event": {
        "name": per_lang("Feira do Mar", "Feria del Mar", "Sea Fair", "Salon de la mer"),
        "city": "Valencia",
        "country": "ES",
        "date": "2026-10-20",
        "end": "2026-10-22",
        "gender": per_lang("f", "f", "f", "m"),
    },
}
DAY = per_lang("a 23 de outubro", "el 23 de octubre", "on 23 October", "le 23 octobre")


def _drafted(
    folder: Path, change: dict[str, Any], edits: dict[str, tuple[str, str]], drop: tuple[str, ...] = ()
) -> list[str]:
    """Draft the release into ``folder``, make ``edits`` ({lang: (old, new)}), check it."""
    folder.mkdir(parents=True)
    for lang, md in draft(facts_file(folder, change, drop)).markdown.items():
        old, new = edits.get(lang, ("", ""))
        if old:
            assert old in md, (lang, old)
            md = md.replace(old, new, 1)
        (folder / f"{lang}.md").write_text(md, encoding="utf-8")
    return [f"{f.severity} {f.rule} {f.path}" for f in check([folder]).findings]


def _dates(text: str, lang: str) -> list[str]:
    return [m.value for m in extract(text, lang) if m.kind == "date"]


# --- a day whose year the event just gave ------------------------------------------------------------


def test_a_prize_presented_after_the_event_is_dated_without_the_year_again(tmp_path: Path) -> None:
    md = checked(tmp_path, PRIZE)
    for lang, day in DAY.items():
        assert f"{day} de 2026" not in md[lang] and f"{day} 2026" not in md[lang], lang
        assert day in md[lang], lang


def test_a_planted_wrong_day_is_still_reported(tmp_path: Path) -> None:
    found = _drafted(tmp_path / "r", PRIZE, {"es": ("el 23 de octubre", "el 25 de octubre")})
    assert "error fact-different award.date" in found


def test_an_award_in_another_year_than_the_event_keeps_its_year(tmp_path: Path) -> None:
    change = {**PRIZE, "award.date": "2027-01-12", "release.date": "2027-01-14"}
    change["event"] = {**PRIZE["event"], "date": "2026-12-28", "end": "2026-12-30"}
    md = checked(tmp_path, change)
    assert "on 12 January 2027" in md["en"]
    assert "el 12 de enero de 2027" in md["es"]


def test_the_year_comes_from_the_paragraph_or_the_sentence_before() -> None:
    held = "The fair was held from 20 to 22 October 2026. The prize was presented on 23 October."
    assert _dates(held, "en") == ["2026-10-20/2026-10-22", "2026-10-23"]
    after = "La feria se celebró el 20 de octubre de 2026.\n\nEl premio se entregó el 23 de octubre."
    assert _dates(after, "es")[-1] == "2026-10-23"
    # Not from further back: another sentence stands between them.
    far = "Le salon s’est tenu le 20 octobre 2026. Il a réuni 40 exposants.\n\nLe prix a été remis le 23 octobre."
    assert _dates(far, "fr")[-1] == "--10-23"


def test_the_dateline_alone_gives_no_year() -> None:
    text = "**Lisboa, 26 de outubro de 2026** – A associação entregou o prémio a 23 de outubro."
    assert _dates(text, "pt") == ["2026-10-26", "--10-23"]


def test_a_version_never_takes_its_year_from_another(tmp_path: Path) -> None:
    folder = tmp_path / "pair"
    folder.mkdir()
    (folder / "en.txt").write_text("Harbour Lab won the prize on 23 October.\n", encoding="utf-8")
    (folder / "es.txt").write_text("Harbour Lab ganó el premio el 23 de octubre de 2026.\n", encoding="utf-8")
    assert [f.rule for f in check([folder], jobs=1).findings] != []


# --- a project's length in years -----------------------------------------------------------------------

GRANT: dict[str, Any] = {
    "release.kind": "grant",
    "award.name": per_lang(
        "Programa Rio Limpo", "Programa Río Limpio", "Clean River Programme", "Programme Rivière propre"
    ),
    "grant": {
        "amount": 180000,
        "project": per_lang("o projeto Lontra", "el proyecto Nutria", "the Otter project", "le projet Loutre"),
        "months": 60,
    },
}
NO_LEVEL = ("award.level",)


def _grant(months: int) -> dict[str, Any]:
    return {**GRANT, "grant": {**GRANT["grant"], "months": months}}


@pytest.mark.parametrize(
    ("months", "said"),
    [
        (60, per_lang("cinco anos", "cinco años", "five years", "cinq ans")),
        (24, per_lang("dois anos", "dos años", "two years", "deux ans")),
        (12, per_lang("12 meses", "12 meses", "12 months", "12 mois")),  # "un año": an article, not a count
        (18, per_lang("18 meses", "18 meses", "18 months", "18 mois")),
    ],
)
def test_a_whole_number_of_years_is_said_in_years(tmp_path: Path, months: int, said: dict[str, str]) -> None:
    md = checked(tmp_path, _grant(months), NO_LEVEL)
    for lang, words in said.items():
        assert words in md[lang], (lang, words)


def test_five_months_is_not_five_years(tmp_path: Path) -> None:
    found = _drafted(tmp_path / "r", _grant(60), {"en": ("five years", "five months")}, NO_LEVEL)
    assert "error fact-different grant.months" in found


@pytest.mark.parametrize(
    ("lang", "text", "other"),
    [
        ("en", "The project runs for 5 years.", "O projeto decorre ao longo de 60 meses."),
        ("fr", "Le projet s’étend sur cinq ans.", "O projeto decorre ao longo de 60 meses."),
        ("es", "El proyecto tiene una duración de cinco años.", "O projeto decorre ao longo de 60 meses."),
    ],
)
def test_years_meet_their_months_between_versions(tmp_path: Path, lang: str, text: str, other: str) -> None:
    folder = tmp_path / "pair"
    folder.mkdir()
    (folder / f"{lang}.txt").write_text(text + "\n", encoding="utf-8")
    (folder / "pt.txt").write_text(other + "\n", encoding="utf-8")
    assert [f.rule for f in check([folder], jobs=1).findings] == []
