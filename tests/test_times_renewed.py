"""How many times a renewal renews (award.times_renewed): an ordinal in words up to the tenth, in
digits after, agreeing with the word for "time" in each language; drafter check finds it and reports a
version whose count differs or is missing."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter import draft
from drafter.checker import check
from drafter.lang.times import times_said

from .newfacts import checked, drafts, facts_file, refused

RENEWAL = {"release.kind": "renewal", "award.first_awarded": 2013}


def test_the_count_is_said_in_the_headline_and_the_lead(tmp_path: Path) -> None:
    md = drafts(tmp_path, {**RENEWAL, "award.times_renewed": 3})
    assert md["en"].startswith("# Habitat renews its Gold Cluster Management Excellence Label for the third time\n")
    # "which" would hang on the time: the first year has a sentence of its own
    said = "has renewed its Cluster Management Excellence Label at Gold level for the third time. It has held"
    assert said + " the label since 2013." in md["en"]
    assert md["pt"].startswith("# Habitat renova pela terceira vez o nível Ouro do Cluster Management")
    assert "renovou pela terceira vez o nível Ouro" in md["pt"]
    assert md["es"].startswith("# Habitat renueva por tercera vez el nivel Oro del Cluster Management")
    assert "ha renovado por tercera vez el nivel Oro" in md["es"]
    assert md["fr"].startswith("# Habitat renouvelle pour la troisième fois le niveau Or du Cluster Management")
    assert "a renouvelé pour la troisième fois le niveau Or" in md["fr"]


def test_without_a_count_nothing_is_said(tmp_path: Path) -> None:
    md = drafts(tmp_path, RENEWAL)
    assert "third" not in md["en"] and "vez o nível" not in md["pt"] and "fois le niveau" not in md["fr"]


@pytest.mark.parametrize(
    ("number", "said"),
    [
        (1, ("pela primeira vez", "por primera vez", "for the first time", "pour la première fois")),
        (2, ("pela segunda vez", "por segunda vez", "for the second time", "pour la deuxième fois")),
        (10, ("pela décima vez", "por décima vez", "for the tenth time", "pour la dixième fois")),
        (12, ("pela 12.ª vez", "por 12.ª vez", "for the 12th time", "pour la 12e fois")),
        (21, ("pela 21.ª vez", "por 21.ª vez", "for the 21st time", "pour la 21e fois")),
    ],
)
def test_ordinals_in_words_to_the_tenth_and_in_digits_after(number: int, said: tuple[str, ...]) -> None:
    assert tuple(times_said(lang, number) for lang in ("pt", "es", "en", "fr")) == said


@pytest.mark.parametrize("number", [1, 2, 3, 12])
def test_check_finds_the_count_in_every_version(tmp_path: Path, number: int) -> None:
    md = checked(tmp_path, {**RENEWAL, "award.times_renewed": number})
    assert times_said("en", number) in md["en"]


def _checked_with(tmp_path: Path, number: int, lang: str, old: str, new: str) -> list[str]:
    folder = tmp_path / "release"
    folder.mkdir()
    md = draft(facts_file(folder, {**RENEWAL, "award.times_renewed": number})).markdown
    assert old in md[lang]
    md[lang] = md[lang].replace(old, new)
    for code, text in md.items():
        (folder / f"{code}.md").write_text(text, encoding="utf-8")
    return [f"{f.rule}: {f.message}" for f in check([folder]).findings if f.path == "award.times_renewed"]


def test_check_reports_a_count_that_differs(tmp_path: Path) -> None:
    found = _checked_with(tmp_path, 3, "pt", "terceira", "sétima")
    assert found == [
        "fact-different: How many times the award has been renewed is sétima in pt.md, where facts.yaml says "
        "pela terceira vez (sétima is 7, pela terceira vez is 3). Correct the draft, or the facts file. "
        "[award.times_renewed]"
    ]


def test_check_reports_a_count_that_is_missing(tmp_path: Path) -> None:
    found = _checked_with(tmp_path, 3, "es", "por tercera vez ", "")
    assert found == [
        "fact-missing: How many times the award has been renewed (por tercera vez) is missing from es.md. "
        "Add it, or check facts.yaml. [award.times_renewed]"
    ]


def test_check_reports_a_second_time_said_otherwise(tmp_path: Path) -> None:
    found = _checked_with(tmp_path, 2, "en", "for the second time", "again")
    assert [f.split(":")[0] for f in found] == ["fact-missing"]


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (
            {"award.times_renewed": 3},
            "award.times_renewed: is for a renewal only; this release is an award: remove it",
        ),
        (
            {**RENEWAL, "award.times_renewed": 0},
            "award.times_renewed: expected a whole number of 1 or more, got 0",
        ),
    ],
)
def test_a_count_that_cannot_be_is_refused(tmp_path: Path, change: dict[str, object], problem: str) -> None:
    assert refused(tmp_path, change) == [problem]


def test_the_schema_and_the_skeleton_offer_the_count() -> None:
    from drafter.facts.model import schema
    from drafter.skeleton import skeleton

    field = schema()["$defs"]["Award"]["properties"]["times_renewed"]
    assert {"type": "integer", "minimum": 1} in field["anyOf"]
    assert "  # times_renewed: 3" in skeleton(["pt", "en"])
