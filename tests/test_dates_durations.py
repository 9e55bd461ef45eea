"""A prize's day said without the year an event's dates just gave, and a project's length in years.

An editor writes "held from 21 to 22 October 2026 … presented the prize on 23 October": ``drafter
check`` takes the year of the nearest full date before it in the same paragraph (or the sentence just
before), never the dateline's, never another version's. A project of 60 months runs for "five years",
which the check reads as 60 months, not 5. Every facts file here is written afresh."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from drafter import draft
from drafter.checker import check
from drafter.extract import extract
from drafter.localize import format_date, locale_for

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


@pytest.mark.parametrize(
    ("lang", "years", "months"),
    [
        ("pt", "cinco anos", "cinco meses"),
        ("es", "cinco años", "cinco meses"),
        ("en", "five years", "five months"),
        ("fr", "cinq ans", "cinq mois"),
    ],
)
def test_five_months_is_not_five_years(tmp_path: Path, lang: str, years: str, months: str) -> None:
    found = _drafted(tmp_path / "r", _grant(60), {lang: (years, months)}, NO_LEVEL)
    assert "error fact-different grant.months" in found


@pytest.mark.parametrize(
    ("lang", "text", "other"),
    [
        ("en", "The project runs for 5 years.", "O projeto decorre ao longo de 60 meses."),
        ("fr", "Le projet s’étend sur cinq ans.", "O projeto decorre ao longo de 60 meses."),
        ("es", "El proyecto tiene una duración de cinco años.", "O projeto decorre ao longo de 60 meses."),
        ("pt", "O projeto decorre ao longo de cinco anos.", "El proyecto tiene una duración de 60 meses."),
    ],
)
def test_years_meet_their_months_between_versions(tmp_path: Path, lang: str, text: str, other: str) -> None:
    folder = tmp_path / "pair"
    folder.mkdir()
    (folder / f"{lang}.txt").write_text(text + "\n", encoding="utf-8")
    (folder / ("es.txt" if lang == "pt" else "pt.txt")).write_text(other + "\n", encoding="utf-8")
    assert [f.rule for f in check([folder], jobs=1).findings] == []


@pytest.mark.parametrize(
    ("lang", "text", "other"),
    [
        ("en", "The project runs for five months.", "O projeto decorre ao longo de 60 meses."),
        ("fr", "Le projet s’étend sur cinq mois.", "O projeto decorre ao longo de 60 meses."),
        ("es", "El proyecto tiene una duración de cinco meses.", "O projeto decorre ao longo de 60 meses."),
        ("pt", "O projeto decorre ao longo de cinco meses.", "El proyecto tiene una duración de 60 meses."),
    ],
)
def test_months_never_meet_the_months_of_years(tmp_path: Path, lang: str, text: str, other: str) -> None:
    folder = tmp_path / "pair"
    folder.mkdir()
    (folder / f"{lang}.txt").write_text(text + "\n", encoding="utf-8")
    (folder / ("es.txt" if lang == "pt" else "pt.txt")).write_text(other + "\n", encoding="utf-8")
    assert [f.rule for f in check([folder], jobs=1).findings] != []


# --- properties: the year a paragraph gives, a day changed in one version -------------------------------

SENTENCES = {
    "pt": ("A feira decorreu a {held}.", "O prémio foi entregue a {day}.", "Reuniu 40 expositores."),
    "es": ("La feria se celebró el {held}.", "El premio se entregó el {day}.", "Reunió a 40 expositores."),
    "en": ("The fair was held on {held}.", "The prize was presented on {day}.", "It brought together 40 exhibitors."),
    "fr": ("Le salon s’est tenu le {held}.", "Le prix a été remis le {day}.", "Il a réuni 40 exposants."),
}
"""A full date, a day and month said after it, and a sentence with no date, in each language."""
langs = st.sampled_from(sorted(SENTENCES))
year_days = st.dates(dt.date(2000, 1, 1), dt.date(2030, 12, 31))


def _two_days(lang: str, held: dt.date, day: dt.date, between: str) -> str:
    loc = locale_for(lang, None)
    first, second, _ = SENTENCES[lang]
    return first.format(held=format_date(held, loc)) + between + second.format(day=format_date(day, loc, year=False))


def _in_year(year: int, offset: int) -> dt.date:
    """The day ``offset`` days after 1 January of ``year`` (0 to 364: always in that year)."""
    return dt.date(year, 1, 1) + dt.timedelta(days=offset)


@settings(max_examples=40, deadline=None)
@given(lang=langs, held=year_days, offset=st.integers(0, 364))
def test_a_day_without_its_year_takes_the_paragraphs(lang: str, held: dt.date, offset: int) -> None:
    day = _in_year(held.year, offset)
    for between in (" ", "\n\n"):  # the same paragraph, or the first sentence of the next
        assert _dates(_two_days(lang, held, day, between), lang) == [held.isoformat(), day.isoformat()]
    far = " " + SENTENCES[lang][2] + "\n\n"  # a sentence between them, then another paragraph: no year
    assert _dates(_two_days(lang, held, day, far), lang)[-1] == f"--{day.month:02d}-{day.day:02d}"


@settings(max_examples=20, deadline=None)
@given(
    pair=st.lists(langs, min_size=2, max_size=2, unique=True),
    held=year_days,
    offsets=st.lists(st.integers(0, 364), min_size=2, max_size=2, unique=True),
)
def test_a_day_changed_in_one_version_is_an_error(
    tmp_path_factory: pytest.TempPathFactory, pair: list[str], held: dt.date, offsets: list[int]
) -> None:
    """The day said without its year, changed in one version only: an error, whatever the two days."""
    (lang, other), (changed, day) = pair, [_in_year(held.year, o) for o in offsets]
    folder = tmp_path_factory.mktemp("pair")
    (folder / f"{lang}.txt").write_text(_two_days(lang, held, changed, " ") + "\n", encoding="utf-8")
    (folder / f"{other}.txt").write_text(_two_days(other, held, day, " ") + "\n", encoding="utf-8")
    findings = check([folder], jobs=1).findings
    assert any(f.severity == "error" for f in findings), findings


@pytest.mark.parametrize("lang", ["pt", "es", "en", "fr"])
def test_a_dateline_changed_while_its_date_stands_elsewhere_is_an_error(tmp_path: Path, lang: str) -> None:
    """Sent on the day the prize was presented: the dateline gives the date in full, the prize's sentence
    the day alone. A dateline changed in one version is still reported as an error, though that version
    still gives the release's date (the day, with the year its paragraph gives)."""
    loc = locale_for(lang, None)
    release = dt.date(2026, 10, 23)  # "2026-10-23" and "2025-03-07": too far apart to look like a slip
    changed = format_date(dt.date(2025, 3, 7), loc)
    found = _drafted(
        tmp_path / "r", {**PRIZE, "release.date": "2026-10-23"}, {lang: (format_date(release, loc), changed)}
    )
    assert any(f.startswith("error ") for f in found), found
