"""Facts a press office writes by mistake that drafter would print wrong without a word: refused.

A sum's line that writes its scale or its currency again, and a day the award was given that comes
after the release that says, in the past tense, it was given."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from .newfacts import checked, per_lang, refused


def _sum(value: float, **lines: str) -> dict[str, Any]:
    return {"value": value, "currency": "EUR", "text": per_lang(**lines)}


GRANTED = {
    "pt": "O município destinou {value} à reabilitação das margens.",
    "es": "El municipio destinó {value} a rehabilitar las orillas.",
    "en": "The council set aside {value} to restore the riverbanks.",
    "fr": "La commune a consacré {value} à la restauration des berges.",
}


@pytest.mark.parametrize(
    ("lang", "line", "word"),
    [
        ("pt", "O município destinou {value} milhões à reabilitação das margens.", "milhões"),
        ("es", "El municipio destinó {value} millones a rehabilitar las orillas.", "millones"),
        ("en", "The council set aside {value} million to restore the riverbanks.", "million"),
        ("fr", "La commune a consacré {value} millions à la restauration des berges.", "millions"),
        ("en", "The council set aside {value}bn to restore the riverbanks.", "bn"),
    ],
)
def test_a_scale_word_after_a_sums_value_is_refused(tmp_path: Path, lang: str, line: str, word: str) -> None:
    problems = refused(tmp_path, {"figures": [_sum(2.4, **{**GRANTED, lang: line})]})
    whole = "2400000000" if word == "bn" else "2400000"
    assert len(problems) == 1, problems
    assert problems[0].startswith(f"figures[0].text.{lang}: “{{value}} {word}” with currency: EUR prints"), problems
    assert f"Write value: {whole} and drop “{word}”" in problems[0], problems


def test_the_message_shows_the_sum_as_the_draft_would_print_it(tmp_path: Path) -> None:
    line = "A commune a consacré {value} milliards."
    problems = refused(tmp_path, {"figures": [_sum(1.5, **{**GRANTED, "fr": line})]})
    assert "prints “1,50 euro milliards”" in problems[0].replace("\u202f", " ").replace("\u00a0", " "), problems


def test_a_scale_word_in_what_is_refused_too(tmp_path: Path) -> None:
    figure = {
        "value": 3.2,
        "currency": "EUR",
        "what": per_lang("milhões investidos", "millones invertidos", "million invested", "millions investis"),
    }
    problems = refused(tmp_path, {"figures": [figure]})
    assert any(p.startswith("figures[0].what.") and "Write value: 3200000" in p for p in problems), problems


@pytest.mark.parametrize(
    ("lang", "line", "word"),
    [
        ("en", "The council set aside €{value} to restore the riverbanks.", "€"),
        ("en", "The council set aside EUR {value} to restore the riverbanks.", "EUR"),
        ("pt", "O município destinou {value} € à reabilitação das margens.", "€"),
        ("es", "El municipio destinó {value} euros a rehabilitar las orillas.", "euros"),
    ],
)
def test_a_currency_written_beside_a_sums_value_is_refused(tmp_path: Path, lang: str, line: str, word: str) -> None:
    problems = refused(tmp_path, {"figures": [_sum(480000, **{**GRANTED, lang: line})]})
    assert len(problems) == 1, problems
    assert problems[0].startswith(f"figures[0].text.{lang}: "), problems
    assert "prints the currency twice" in problems[0] and f"Drop “{word}” from the text" in problems[0], problems


def test_a_sum_whose_line_leaves_scale_and_currency_to_drafter_is_drafted(tmp_path: Path) -> None:
    md = checked(tmp_path, {"figures": [_sum(2400000, **GRANTED)]})
    assert "set aside €2.4 million to restore" in md["en"], md["en"]
    assert "destinou 2,4 milhões de euros à" in md["pt"], md["pt"]


def test_a_scale_word_without_a_currency_stays_the_press_offices(tmp_path: Path) -> None:
    line = per_lang(
        "{value} milhões de visitantes",
        "{value} millones de visitantes",
        "{value} million visitors",
        "{value} millions de visiteurs",
    )
    md = checked(tmp_path, {"figures": [{"value": 1.2, "text": line}]})
    assert "1.2 million visitors" in md["en"], md["en"]


def test_an_award_given_after_the_release_is_refused(tmp_path: Path) -> None:
    problems = refused(tmp_path, {"release.date": "2026-03-02", "award.date": "2026-03-09"})
    assert len(problems) == 1, problems
    assert problems[0].startswith("award.date: the award's date (2026-03-09) is after the release's date (2026-03-02)")
    assert "in the past tense" in problems[0] and "release.date: 2026-03-09 or later" in problems[0], problems


def test_an_award_given_in_a_later_month_is_refused_and_in_the_same_month_drafted(tmp_path: Path) -> None:
    assert refused(tmp_path, {"release.date": "2026-03-31", "award.date": "2026-04"})
    md = checked(tmp_path, {"release.date": "2026-03-31", "award.date": "2026-03"})
    assert "in March 2026" in md["en"], md["en"]


def test_an_award_given_on_the_release_day_is_drafted(tmp_path: Path) -> None:
    md = checked(tmp_path, {"release.date": "2026-03-09", "award.date": "2026-03-09"})
    assert "9 March 2026" in md["en"], md["en"]


FAIR = {"name": "Salão Atlântico do Mar", "city": "Vigo"}


def test_a_prize_event_held_after_the_release_is_refused(tmp_path: Path) -> None:
    change = {"release.kind": "prize", "release.date": "2026-09-15", "award.date": "2026-09-14"}
    problems = refused(tmp_path, {**change, "event": {**FAIR, "date": "2026-09-20"}})
    assert any(p.startswith("event.date: the event") and "in the past tense" in p for p in problems), problems


def test_a_prize_announced_while_its_fair_still_runs_is_drafted(tmp_path: Path) -> None:
    # a prize presented on the fair's second day, announced that day, the fair closing the day after
    change = {"release.kind": "prize", "release.date": "2026-09-15", "award.date": "2026-09-15"}
    md = checked(tmp_path, {**change, "event": {**FAIR, "date": "2026-09-14", "end": "2026-09-16"}})
    assert "from 14 to 16 September 2026" in md["en"], md["en"]
