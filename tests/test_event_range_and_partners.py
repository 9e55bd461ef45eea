"""Two frames a native editor found false or clumsy, pinned in every language.

An event that ran over several days is said as a range ("from 7 to 11 July 2025"), and `drafter
check` reads the range as one fact, so a hand edit of either day is flagged. Partners counted but
not all listed with a country are never all placed in the listed countries: "two partners,
including one from France", not "two partners from France".
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from drafter import draft
from drafter.checker import check
from drafter.extract import extract

from .newfacts import facts_file, per_lang, refused

PRIZE: dict[str, Any] = {
    "release.kind": "prize",
    "award.name": "Ocean Prize",
    "award.date": "2025-07-11",
    "event": {"name": "Atlantic Sea Week", "city": "Brest", "date": "2025-07-07", "end": "2025-07-11", "gender": "m"},
}
PROJECT = per_lang("um projeto", "un proyecto", "a project", "un projet")


def _with_event(**event: str) -> dict[str, Any]:
    change = dict(PRIZE)
    change["event"] = {**PRIZE["event"], **event}
    return change


def _release(tmp_path: Path, change: dict[str, Any]) -> Path:
    """The drafts of every language beside their facts file, as a press office keeps them."""
    folder = tmp_path / "release"
    folder.mkdir()
    facts = facts_file(folder, change)
    for lang, text in draft(facts).markdown.items():
        (folder / f"{lang}.md").write_text(text, encoding="utf-8")
    return folder


# --- an event over several days ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("event", "expected"),
    [
        (
            {},
            per_lang(
                "realizado em Brest de 7 a 11 de julho de 2025.",
                "celebrado en Brest del 7 al 11 de julio de 2025.",
                "held in Brest from 7 to 11 July 2025.",
                "qui s’est tenu à Brest du 7 au 11 juillet 2025.",
            ),
        ),
        (
            {"date": "2025-06-28", "end": "2025-07-02"},
            per_lang(
                "de 28 de junho a 2 de julho de 2025.",
                "del 28 de junio al 2 de julio de 2025.",
                "from 28 June to 2 July 2025.",
                "du 28 juin au 2 juillet 2025.",
            ),
        ),
        (
            {"date": "2025-12-29", "end": "2026-01-02"},
            per_lang(
                "de 29 de dezembro de 2025 a 2 de janeiro de 2026.",
                "del 29 de diciembre de 2025 al 2 de enero de 2026.",
                "from 29 December 2025 to 2 January 2026.",
                "du 29 décembre 2025 au 2 janvier 2026.",
            ),
        ),
        ({"date": "2025-07-01"}, per_lang("de 1 a 11", "del 1 al 11", "from 1 to 11", "du 1er au 11 juillet 2025.")),
    ],
)
def test_an_event_over_several_days_is_a_range(tmp_path: Path, event: dict[str, str], expected: dict[str, str]) -> None:
    folder = _release(tmp_path, _with_event(**event))
    for lang, want in expected.items():
        assert want in (folder / f"{lang}.md").read_text(encoding="utf-8"), lang
    assert check([folder]).findings == ()  # every range is read back as the facts' range


def test_a_one_day_event_keeps_its_day(tmp_path: Path) -> None:
    change = dict(PRIZE)
    change["event"] = {k: v for k, v in PRIZE["event"].items() if k != "end"}
    md = draft(facts_file(tmp_path, change)).markdown
    assert "held in Brest on 7 July 2025." in md["en"]
    assert "celebrado en Brest el 7 de julio de 2025." in md["es"]


@pytest.mark.parametrize(
    ("lang", "written", "edited"),
    [
        ("es", "del 7 al 11 de julio", "del 7 al 12 de julio"),
        ("pt", "de 7 a 11 de julho", "de 8 a 11 de julho"),
        ("en", "from 7 to 11 July", "from 7 to 10 July"),
        ("fr", "du 7 au 11 juillet", "du 6 au 11 juillet"),
    ],
)
def test_a_hand_edit_of_either_day_is_flagged(tmp_path: Path, lang: str, written: str, edited: str) -> None:
    folder = _release(tmp_path, PRIZE)
    path = folder / f"{lang}.md"
    text = path.read_text(encoding="utf-8")
    assert written in text
    path.write_text(text.replace(written, edited), encoding="utf-8")
    found = check([folder]).findings
    assert [(f.path, Path(f.locations[0].file).name) for f in found] == [("event.date", path.name)], found


def test_the_range_is_read_as_its_two_days() -> None:
    """What the checker relies on: the extractor reads each language's range as first/last."""
    for lang, text in {
        "es": "del 7 al 11 de julio de 2025",
        "pt": "de 7 a 11 de julho de 2025",
        "en": "from 7 to 11 July 2025",
        "fr": "du 1er au 11 juillet 2025",
    }.items():
        dates = [m.value for m in extract(text, lang) if m.kind == "date"]
        assert dates == [("2025-07-01" if lang == "fr" else "2025-07-07") + "/2025-07-11"], lang


@pytest.mark.parametrize(
    ("event", "words"),
    [
        ({"end": "2025-07-07"}, "before or on the day it starts"),
        ({"end": "2025-07-02"}, "before or on the day it starts"),
        ({"date": "2025-07"}, "its date is only a month"),
    ],
)
def test_an_end_that_is_not_after_the_start_is_refused(tmp_path: Path, event: dict[str, str], words: str) -> None:
    problems = refused(tmp_path, _with_event(**event))
    assert any(p.startswith("event.end: ") and words in p for p in problems), problems


# --- partners not all placed ------------------------------------------------------------------------------


def _partnership(count: int, partners: list[dict[str, str]]) -> dict[str, Any]:
    return {"partnership": {"project": PROJECT, "count": count, "partners": partners}}


def test_a_partner_counted_but_not_listed_is_not_placed(tmp_path: Path) -> None:
    md = draft(facts_file(tmp_path, _partnership(2, [{"country": "FR"}]))).markdown
    assert "Em conjunto com dois parceiros, um deles de França, o Habitat" in md["pt"]
    assert "Junto con dos socios, entre ellos uno de Francia, Habitat desarrolla" in md["es"]
    assert "Habitat is working with two partners, including one from France, to develop" in md["en"]
    assert "Avec deux partenaires, dont un établi en France, Habitat développe" in md["fr"]
    for text in md.values():
        assert not any(wrong in text for wrong in ("socios de Francia", "partners from France", "(França)"))


def test_several_countries_stand_for_the_partners_listed(tmp_path: Path) -> None:
    md = draft(facts_file(tmp_path, _partnership(5, [{"country": "ES"}, {"country": "NL"}]))).markdown
    assert "five partners, including one from Spain and one from the Netherlands, to develop" in md["en"]
    assert "cinco socios, entre ellos dos (uno de España y otro de los Países Bajos)," in md["es"]
    assert "cinq partenaires, dont deux établis en Espagne et aux Pays-Bas," in md["fr"]


def test_a_listed_partner_without_a_country_also_keeps_the_others_unplaced(tmp_path: Path) -> None:
    partners = [{"country": "FR"}, {"name": "Porto Digital"}, {"country": "ES"}, {"country": "ES"}]
    md = draft(facts_file(tmp_path, _partnership(4, partners))).markdown
    assert "four partners, including three from France and Spain, to develop" in md["en"]


def test_every_partner_placed_says_where_they_all_are(tmp_path: Path) -> None:
    md = draft(facts_file(tmp_path, _partnership(2, [{"country": "FR"}, {"country": "FR"}]))).markdown
    assert "Junto con dos socios de Francia, Habitat desarrolla" in md["es"]
    assert "Habitat is working with two partners from France to develop" in md["en"]
    assert "Em conjunto com dois parceiros de França, o Habitat" in md["pt"]
    assert "Avec deux partenaires établis en France, Habitat développe" in md["fr"]
