"""British English drafts as a native press editor would pass them, on facts the examples lack (ninth pass).

Each test pins one class an editor marked: a name typed with a straight apostrophe (an award "King's
…", a school "St Aidan's …", an issuer "… Canners' Association") is printed with the apostrophe the
sentences around it print, in the headline, the lead, "About" and the footer alike, while a web address
or an e-mail stays as typed; and a scheme known by its brand, every word a capital and none a noun that
says what it is ("Cyber Essentials Plus", "Top Employer", "LEED"), is named without "the" and as the
certification it is ("has renewed its Cyber Essentials Plus certification", never "its Cyber Essentials
Plus" or "The Cyber Essentials Plus was created"); a body named after a saint or a person ("St Aidan's
Primary School", "Guy's Hospital") goes without "the", unlike one named after a title or a noun ("the
King's Fund"); a first award that is a prize, an award or a medal is won, not achieved; and a funder
that is its own fund ("the National Lottery Heritage Fund") is named once, never "from the X … under the X",
while a fund named by a trust or a lottery takes "the".
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from .newfacts import checked, per_lang

NO_LEVEL = ("award.level",)


def _checked(tmp_path: Path, change: dict[str, Any], drop: tuple[str, ...] = ()) -> str:
    """The English draft, after drafter check has found every fact in every version."""
    return checked(tmp_path, change, drop)["en"]


def test_a_name_s_apostrophe_is_the_one_the_sentences_print(tmp_path: Path) -> None:
    md = _checked(
        tmp_path,
        {
            "organisation.name": "St Kilda's Academy",
            "award.name": "Queen's Prize for Schools",
            "award.issuer": {"name": "Teachers' Guild", "url": "www.teachers-guild.example"},
            "contact": {"name": "Rory O'Neill", "email": "o'neill@habitat.example"},
        },
        NO_LEVEL,
    )
    assert md.startswith("# St Kilda’s Academy wins the Queen’s Prize for Schools\n")
    assert "– St Kilda’s Academy, which works in sustainable construction, has won the Queen’s Prize for Schools." in md
    assert "The [Teachers’ Guild](https://www.teachers-guild.example) granted the award" in md
    assert "## About St Kilda’s Academy" in md
    assert "**Rory O’Neill**" in md
    assert "(mailto:o'neill@habitat.example)" in md
    assert "'" not in md.replace("o'neill@", "").replace("o'neill&#64;", "")


@pytest.mark.parametrize(
    ("name", "headline", "lead", "origin"),
    [
        (
            "Cyber Essentials Plus",
            "# Habitat renews its Cyber Essentials Plus certification\n",
            "has renewed its Cyber Essentials Plus certification, which it has held since 2023.",
            "Cyber Essentials Plus certification was created in 2014.",
        ),
        (
            "Top Employer",
            "# Habitat renews its Top Employer certification\n",
            "has renewed its Top Employer certification, which it has held since 2023.",
            "Top Employer certification was created in 2014.",
        ),
    ],
)
def test_a_scheme_s_brand_is_renewed_as_a_certification(
    tmp_path: Path, name: str, headline: str, lead: str, origin: str
) -> None:
    change = {"release.kind": "renewal", "award.name": name, "award.first_awarded": 2023, "award.launched": 2014}
    md = _checked(tmp_path, change, NO_LEVEL)
    assert md.startswith(headline)
    assert lead in md
    assert origin in md
    assert f"the {name}" not in md and f"The {name}" not in md


def test_a_scheme_s_brand_is_achieved_as_a_certification(tmp_path: Path) -> None:
    change = {
        "award.name": "Living Wage Employer",
        "award.launched": 2011,
        "award.issuer": {"name": "Living Wage Foundation", "type": "foundation"},
    }
    md = _checked(tmp_path, change, NO_LEVEL)
    assert md.startswith("# Habitat achieves Living Wage Employer certification\n")
    assert (
        "has achieved Living Wage Employer certification. "
        "The Living Wage Foundation granted the certification on 28 April 2026."
    ) in md
    assert "Living Wage Employer certification was created in 2011." in md


def test_a_scheme_s_brand_with_levels_is_that_level(tmp_path: Path) -> None:
    md = _checked(tmp_path, {"award.name": "LEED", "award.previous": {"level": "silver", "year": 2021}})
    assert md.startswith("# Habitat moves up to LEED Gold\n")
    assert "has achieved LEED certification at Gold level, up from the Silver level it reached in 2021." in md


@pytest.mark.parametrize(
    ("name", "headline"),
    [
        # A name that says what it is, a place's title, a foreign noun: "the", as before.
        ("Green Key", "# Habitat wins the Green Key\n"),
        ("European Green Capital", "# Habitat wins the European Green Capital\n"),
        ("Bandeira Azul", "# Habitat wins the Bandeira Azul\n"),
        # A phrase keeps its own form.
        ("Investors in People", "# Habitat achieves Investors in People\n"),
    ],
)
def test_other_names_are_no_brand(tmp_path: Path, name: str, headline: str) -> None:
    md = _checked(tmp_path, {"award.name": name}, NO_LEVEL)
    assert md.startswith(headline)
    assert f"{name} certification" not in md


def test_a_prize_s_name_is_no_brand(tmp_path: Path) -> None:
    change = {
        "release.kind": "prize",
        "award.name": "Golden Trowel",
        "award.date": "2026-04-28",
        "event": {"name": "Northern Building Show", "city": "Leeds", "date": "2026-04-28", "country": "GB"},
    }
    md = _checked(tmp_path, change, NO_LEVEL)
    assert "# Habitat wins the Golden Trowel at the Northern Building Show\n" in md
    assert "certification" not in md


@pytest.mark.parametrize(
    ("name", "said"),
    [
        ("St Aidan's Primary School", "– St Aidan’s Primary School, which works in"),
        ("St Mary's Academy", "– St Mary’s Academy, which works in"),
        ("Lloyd's Register Foundation", "– Lloyd’s Register Foundation, which works in"),
        # A title's or a noun's keeps "the", as a plural's does.
        ("Children's Society", "– The Children’s Society, which works in"),
        ("Mariners' Museum", "– The Mariners’ Museum, which works in"),
    ],
)
def test_a_body_named_after_someone_goes_without_the(tmp_path: Path, name: str, said: str) -> None:
    md = _checked(tmp_path, {"organisation.name": name})
    assert said in md
    assert md.startswith(f"# {name.replace(chr(39), chr(0x2019))} wins the Gold ")


@pytest.mark.parametrize(
    ("issuer", "said"),
    [
        ({"name": "St Mungo's Housing Trust"}, "St Mungo’s Housing Trust awarded the label"),
        ({"name": "King's Fund"}, "The King’s Fund awarded the label"),
        ({"name": "Mariners' Society"}, "The Mariners’ Society awarded the label"),
    ],
)
def test_an_issuer_named_after_someone_goes_without_the(tmp_path: Path, issuer: dict[str, Any], said: str) -> None:
    assert said in _checked(tmp_path, {"award.issuer": issuer})


@pytest.mark.parametrize(
    ("name", "verb"),
    [
        ("King's Award for Enterprise", "has won the King’s Award for Enterprise."),
        ("Northern Heritage Medal", "has won the Northern Heritage Medal."),
        ("Seal of Excellence", "has achieved the Seal of Excellence."),
        ("Cluster Management Excellence Label", "has achieved the Cluster Management Excellence Label."),
    ],
)
def test_a_prize_or_an_award_is_won_a_label_achieved(tmp_path: Path, name: str, verb: str) -> None:
    assert verb in _checked(tmp_path, {"award.name": name}, NO_LEVEL)


def _grant(name: str, issuer: str, call: bool = True) -> dict[str, Any]:
    grant: dict[str, Any] = {
        "amount": 250000,
        "currency": "GBP",
        "project": per_lang("o projeto X", "el proyecto X", "project X", "le projet X"),
    }
    if call:
        grant["call"] = per_lang("o concurso de 2026", "la convocatoria de 2026", "the 2026 round", "l’appel 2026")
    return {"release.kind": "grant", "award.name": name, "award.issuer": {"name": issuer}, "grant": grant}


@pytest.mark.parametrize(
    ("call", "said"),
    [
        (True, "The grant was awarded on 28 April 2026 in the 2026 round.\n"),
        (False, "The grant was awarded on 28 April 2026.\n"),
    ],
)
def test_a_funder_that_is_its_own_fund_is_named_once(tmp_path: Path, call: bool, said: str) -> None:
    fund = "National Lottery Heritage Fund"
    md = _checked(tmp_path, _grant(fund, fund, call), NO_LEVEL)
    assert md.startswith(f"# Habitat receives £250,000 from the {fund}\n")
    assert said in md
    assert md.split("## About")[0].count(fund) == 2  # the headline and the lead


def test_a_fund_named_by_a_trust_takes_the(tmp_path: Path) -> None:
    md = _checked(tmp_path, _grant("Seaside Communities Trust", "Coastal Lottery"), NO_LEVEL)
    assert "under the 2026 round of the Seaside Communities Trust." in md
