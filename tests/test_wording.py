"""Two wording defects of issue 11, in every language: a grant's purpose read as the project's, and a
prize's month said twice when the event's dates already give it."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import yaml

from drafter import draft

from .conftest import ROOT

GRANT = ROOT / "examples" / "estuaria-grant-2026.yaml"
PRIZE = ROOT / "examples" / "ubl-marine-robotics-prize-2025.yaml"
LANGS = ("pt", "es", "en", "fr")


def _drafted(tmp_path: Path, data: dict[str, Any]) -> dict[str, str]:
    path = tmp_path / "release.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return draft(path).markdown


def _lead(markdown: str) -> str:
    """The first paragraph after the dateline's, without the dateline: the lead."""
    paragraph = next(p for p in markdown.split("\n\n") if p.startswith("**") and "** " in p)
    return paragraph.split("** ", 1)[1]


def _without_origin(assessor: str | None) -> dict[str, Any]:
    data = yaml.safe_load(GRANT.read_text(encoding="utf-8"))
    for key in ("launched", "launched_by"):
        data["award"].pop(key, None)
    if assessor == "own":
        data["award"]["assessor"] = copy.deepcopy(data["award"]["issuer"])
    elif assessor == "other":
        data["award"]["assessor"] = {"name": "Painel Científico Atlântico", "gender": "m"}
    return data


@pytest.mark.parametrize("assessor", [None, "own", "other"])
def test_a_grant_s_purpose_follows_its_programme_when_no_origin_sentence_names_it(
    tmp_path: Path, assessor: str | None
) -> None:
    """Without launched or launched_by, the purpose ("It funds…", "Financia…") comes straight after
    the sentence that ends with the programme's name, not after the project's length, whose subject
    it would take."""
    data = _without_origin(assessor)
    markdown = _drafted(tmp_path, data)
    for lang in LANGS:
        purpose = " ".join(data["award"]["purpose"][lang].split())
        name = data["award"]["name"][lang]
        lead = _lead(markdown[lang])
        assert f"{name}. {purpose}" in lead, (lang, lead)
        assert markdown[lang].count(purpose[:40]) == 1, lang
        if assessor == "other":  # the assessment opens the sentence, which ends with the programme
            assert lead.index("Painel Científico Atlântico") < lead.index(f"{name}. {purpose}"), lang


def test_a_grant_s_purpose_stays_after_the_programme_s_origin(tmp_path: Path) -> None:
    data = yaml.safe_load(GRANT.read_text(encoding="utf-8"))
    markdown = _drafted(tmp_path, data)
    for lang in LANGS:
        purpose = " ".join(data["award"]["purpose"][lang].split())
        assert purpose not in _lead(markdown[lang]), lang
        assert purpose in markdown[lang], lang


MONTH = {"pt": "julho de 2025", "es": "julio de 2025", "en": "July 2025", "fr": "juillet 2025"}
SEPTEMBER = {
    "pt": "em setembro de 2025",
    "es": "en septiembre de 2025",
    "en": "in September 2025",
    "fr": "en septembre 2025",
}


def _prize(month: str) -> dict[str, Any]:
    data = yaml.safe_load(PRIZE.read_text(encoding="utf-8"))
    data["award"]["date"] = month
    return data


def test_a_prize_dated_to_the_month_of_its_event_says_the_month_once(tmp_path: Path) -> None:
    """The event ran from 7 to 11 July 2025; a prize known to be presented in July 2025 was presented
    there: "from 7 to 11 July 2025", not then "in July 2025" again."""
    markdown = _drafted(tmp_path, _prize("2025-07"))
    for lang in LANGS:
        assert _lead(markdown[lang]).count(MONTH[lang]) == 1, (lang, _lead(markdown[lang]))


def test_a_prize_dated_to_another_month_says_it(tmp_path: Path) -> None:
    data = _prize("2025-09")
    data["release"]["date"] = "2025-09-30"  # published once the prize had been presented
    markdown = _drafted(tmp_path, data)
    for lang in LANGS:
        assert SEPTEMBER[lang] in _lead(markdown[lang]), (lang, _lead(markdown[lang]))
