"""A city the facts name once is written as each language's press writes it, in the dateline and for a
prize's event: the press office writes "Bordeaux" once, the Spanish draft says "Burdeos"."""

from __future__ import annotations

from pathlib import Path

from drafter.checker import check
from drafter.checker.findings import Finding
from drafter.lang.cities import city_in

from .newfacts import LANGS4, checked, facts_file, per_lang

PRIZE = {
    "release.kind": "prize",
    "award.level": None,
    "award.name": per_lang("Prémio Inovar", "Premio Innovar", "Innovate Prize", "Prix Innover"),
}


def _dateline(text: str) -> str:
    line = next(line for line in text.splitlines() if line.startswith("**"))
    return line[2 : line.index(",")]


def test_a_dateline_city_is_each_languages_own(tmp_path: Path) -> None:
    md = checked(tmp_path, {"release.city": "Lisboa"})
    assert {lang: _dateline(md[lang]) for lang in LANGS4} == per_lang("Lisboa", "Lisboa", "Lisbon", "Lisbonne")


def test_an_events_city_is_each_languages_own_and_found_by_the_check(tmp_path: Path) -> None:
    event = {"name": "Expo Habitat", "city": "Bordeaux", "country": "FR", "date": "2025-09-10", "gender": "f"}
    md = checked(tmp_path, {**PRIZE, "event": event})
    for lang, city in per_lang("Bordéus", "Burdeos", "Bordeaux", "Bordeaux").items():
        assert city in md[lang], (lang, md[lang])
    assert "Bordeaux" not in md["es"] and "Bordeaux" not in md["pt"]


def test_a_city_given_per_language_and_one_the_table_does_not_know_stay_as_written(tmp_path: Path) -> None:
    own = per_lang("Porto", "Porto", "Oporto", "Porto")
    md = checked(tmp_path, {"release.city": own})
    assert {lang: _dateline(md[lang]) for lang in LANGS4} == own
    assert [city_in("Marinha Grande", lang) for lang in LANGS4] == ["Marinha Grande"] * 4


def test_the_first_form_is_the_one_written_whatever_form_the_facts_give() -> None:
    assert [city_in("Porto", lang) for lang in LANGS4] == ["Porto", "Oporto", "Porto", "Porto"]
    assert [city_in("Oporto", lang) for lang in LANGS4] == ["Porto", "Oporto", "Porto", "Porto"]
    assert [city_in("bruxelles", lang) for lang in LANGS4] == ["Bruxelas", "Bruselas", "Brussels", "Bruxelles"]


def _spanish_city_edited(tmp_path: Path, city: str) -> list[Finding]:
    """The findings on a release in Bordeaux whose Spanish version says ``city`` for "Burdeos"."""
    event = {"name": "Expo Habitat", "city": "Bordeaux", "country": "FR", "date": "2025-09-10", "gender": "f"}
    md = checked(tmp_path, {**PRIZE, "event": event})
    folder = tmp_path / "edited"
    folder.mkdir()
    facts_file(folder, {**PRIZE, "event": event})
    for lang, text in md.items():
        (folder / f"{lang}.md").write_text(text.replace("Burdeos", city), encoding="utf-8")
    return list(check([folder]).findings)


def test_a_version_that_keeps_the_city_as_the_facts_give_it_is_not_reported(tmp_path: Path) -> None:
    """An editor who writes "Bordeaux" in the Spanish draft has not changed a fact."""
    assert _spanish_city_edited(tmp_path, "Bordeaux") == []


def test_another_city_in_one_version_is_reported(tmp_path: Path) -> None:
    found = _spanish_city_edited(tmp_path, "Lyon")
    assert [(f.rule, f.path) for f in found if f.severity == "error"] == [("fact-missing", "event.city")], found
    assert "es.md" in found[0].message, found[0].message
