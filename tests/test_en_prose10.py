"""British English drafts as a native press editor would pass them, on facts the examples lack (sixth pass).

Each test pins one class an editor marked: "an", not "a", before an initialism read letter by letter
whose first letter's name starts with a vowel sound ("an SME", "an NGO", "an EU agency"), and "a" before
one said "you" or read as a word ("a UN agency", "a NATO body"); a co-funder that is a company or a brand
is named bare, as an issuer is ("co-funded by Iberdrola", not "the Iberdrola"); after a sentence that ends
with the partners' project, the named partners are "The partners include…", never "They include…",
which would take the project's last plural noun ("a plan to plant 500 trees. They include…"); and a
certification whose name says it is a flag, a charter or a badge is named as one ("has obtained the
Blue Flag", "awarded the flag"; "The flag can be flown until…"), not "Blue Flag certification" with a
certificate nobody issued; an acronym said as a word is named without "the" ("on the initiative of
ESCA", "UNICEF granted…"), one said letter by letter keeps it ("the OECD"); a prize is presented as what
its name says it is ("presented the badge"); and a local authority's English name goes without "the"
("run by Bristol City Council"), a national body's keeps it ("the Arts Council").
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from drafter import draft

from .newfacts import checked, facts_file, per_lang

NO_LEVEL = ("award.level",)


def _en(tmp_path: Path, change: dict[str, Any], drop: tuple[str, ...] = NO_LEVEL) -> str:
    return draft(facts_file(tmp_path, change, drop)).markdown["en"]


def _checked(tmp_path: Path, change: dict[str, Any], drop: tuple[str, ...] = NO_LEVEL) -> str:
    """The English draft, after drafter check has found every fact in every version."""
    return checked(tmp_path, change, drop)["en"]


@pytest.mark.parametrize(
    ("word", "said"),
    [
        ("SME", "Habitat, a sustainable construction SME,"),
        ("NGO", "Habitat, a sustainable construction NGO,"),
        ("EU agency", "Habitat, an EU agency working in sustainable construction,"),
        ("NHS trust", "Habitat, an NHS trust in the"),
        ("RSPB reserve", "Habitat, an RSPB reserve in the"),
        ("EU-funded network", "Habitat, an EU-funded network in the"),
        # Said "you", or read as a word: the spelling says how.
        ("UN agency", "Habitat, a UN agency working in"),
        ("UK charity", "Habitat, a UK charity in the"),
        ("WWF office", "Habitat, a WWF office in the"),
        ("NATO body", "Habitat, a NATO body in the"),
        ("UNESCO site", "Habitat, a UNESCO site in the"),
        ("LIFE project team", "Habitat, a LIFE project team in the"),
        ("European network", "Habitat, a European network in the"),
        # A number by how it is said: eight, eleven, eighteen.
        ("18-hole golf club", "Habitat, an 18-hole golf club working in sustainable construction,"),
        ("800-year-old abbey", "Habitat, an 800-year-old abbey in the"),
        ("11,000-member network", "Habitat, an 11,000-member network in the"),
        ("12-strong team", "Habitat, a 12-strong team in the"),
        ("110-year-old firm", "Habitat, a 110-year-old firm in the"),
        # The press officer's own article stands.
        ("a SME", "Habitat, a SME in the"),
    ],
)
def test_an_initialism_takes_the_article_of_its_first_letter(tmp_path: Path, word: str, said: str) -> None:
    kind = per_lang("organização", "organización", word, "organisation")
    assert said in _en(tmp_path, {"organisation.type": kind, "organisation.gender": "f"}, ())


GRANT: dict[str, Any] = {
    "release.kind": "grant",
    "award.name": per_lang("Programa Mar Vivo", "Programa Mar Vivo", "Living Sea Programme", "Programme Mer vivante"),
    "grant": {
        "amount": 250000,
        "budget": 400000,
        "project": per_lang("o projeto X", "el proyecto X", "project X", "le projet X"),
    },
}


@pytest.mark.parametrize(
    ("funder", "said"),
    [
        ({"name": "Iberdrola", "type": "company"}, "It is co-funded by Iberdrola."),
        ({"name": "Iberdrola"}, "It is co-funded by Iberdrola."),
        ({"name": "Salinas Moura", "type": "company"}, "It is co-funded by Salinas Moura."),
        # A body's name takes "the", and the facts' article still decides.
        ({"name": "Galician Energy Agency", "gender": "f"}, "It is co-funded by the Galician Energy Agency."),
        ({"name": "Iberdrola", "article": True}, "It is co-funded by the Iberdrola."),
    ],
)
def test_a_co_funder_that_is_a_brand_takes_no_article(tmp_path: Path, funder: dict[str, Any], said: str) -> None:
    change = {**GRANT, "grant": {**GRANT["grant"], "co_funded_by": [funder]}}
    assert said in _checked(tmp_path, change)


def test_two_co_funders_a_brand_and_a_public_body(tmp_path: Path) -> None:
    funders = [{"name": "Iberdrola", "type": "company"}, {"name": "Galician Energy Agency", "gender": "f"}]
    change = {**GRANT, "grant": {**GRANT["grant"], "co_funded_by": funders}}
    assert "It is co-funded by Iberdrola and the Galician Energy Agency." in _en(tmp_path, change)


def test_the_named_partners_are_the_partners_not_they(tmp_path: Path) -> None:
    partnership = {
        "project": per_lang(
            "um plano para plantar 500 árvores",
            "un plan para plantar 500 árboles",
            "a plan to plant 500 trees",
            "un plan pour planter 500 arbres",
        ),
        "count": 3,
        "partners": [
            {"name": "Avon Wildlife Trust", "type": "foundation"},
            {"name": "Fiberlab", "country": "ES"},
        ],
    }
    md = _checked(tmp_path, {"partnership": partnership}, ())
    assert (
        "Habitat is working with three partners to develop a plan to plant 500 trees. "
        "The partners include the Avon Wildlife Trust and Fiberlab (Spain)."
    ) in md
    assert "They include" not in md


CERTIFIED: dict[str, Any] = {
    "release.kind": "certification",
    "award.date": "2026-04-27",
    "award.valid_until": "2027-05",
    "award.issuer": {"name": "Foundation for Environmental Education", "acronym": "FEE", "gender": "f"},
}


@pytest.mark.parametrize(
    ("name", "said"),
    [
        (
            "Blue Flag",
            "# Habitat achieves the Blue Flag\n\n**Aveiro, 4 May 2026** – Habitat, a sustainable "
            "construction organisation, has obtained the Blue Flag. The Foundation for Environmental "
            "Education (FEE) awarded the flag on 27 April 2026. It can be flown until May 2027.",
        ),
        (
            "European Charter for Sustainable Tourism",
            "has obtained the European Charter for Sustainable Tourism. The Foundation for Environmental "
            "Education (FEE) awarded the charter on 27 April 2026. It is valid until May 2027.",
        ),
        (
            "Disability Confident Badge",
            "has obtained the Disability Confident Badge. The Foundation for Environmental Education (FEE) "
            "awarded the badge on 27 April 2026. It is valid until May 2027.",
        ),
        # A name that says nothing of the kind is still certification, with its certificate.
        ("B Corp", "has achieved B Corp certification. The Foundation for Environmental Education (FEE) issued "),
    ],
)
def test_a_flag_a_charter_or_a_badge_is_awarded_as_one(tmp_path: Path, name: str, said: str) -> None:
    md = _checked(tmp_path, {**CERTIFIED, "award.name": name})
    assert said in md
    if name != "B Corp":
        assert "certificat" not in md.split("## About")[0]


ESCA = {"name": "European Secretariat for Cluster Analysis", "acronym": "ESCA"}


@pytest.mark.parametrize(
    ("change", "said"),
    [
        # Named again by an acronym said as a word: bare, as "UNESCO" is.
        (
            {"award.assessor": dict(ESCA), "award.launched_by": dict(ESCA), "award.launched": 2009},
            "The Cluster Management Excellence Label was created in 2009 on the initiative of ESCA.",
        ),
        # Said letter by letter, it keeps "the".
        (
            {
                "award.issuer": {"name": "Organisation for Economic Co-operation and Development", "acronym": "OECD"},
                "award.launched_by": {
                    "name": "Organisation for Economic Co-operation and Development",
                    "acronym": "OECD",
                },
            },
            "The Cluster Management Excellence Label was created on the initiative of the OECD.",
        ),
        # A body whose only name is such an acronym, and a partner's.
        ({"award.issuer": {"name": "UNICEF"}}, "Gold level. UNICEF awarded the label on 28 April 2026."),
        ({"award.issuer": {"name": "OECD"}}, "Gold level. The OECD awarded the label on 28 April 2026."),
        (
            {
                "partnership": {
                    "project": per_lang("um projeto", "un proyecto", "a project", "un projet"),
                    "partners": [
                        {"name": "CETMAR", "type": "research centre", "country": "ES"},
                        {"name": "CSIC", "type": "research centre", "country": "ES"},
                    ],
                }
            },
            "Habitat is working with two partners from Spain, CETMAR and the CSIC, to develop a project.",
        ),
    ],
)
def test_an_acronym_said_as_a_word_takes_no_article(tmp_path: Path, change: dict[str, Any], said: str) -> None:
    assert said in _checked(tmp_path, change, ())


PRIZE: dict[str, Any] = {
    "release.kind": "prize",
    "award.date": "2026-03-06",
    "event": {"name": "Smart City Expo", "city": "Barcelona", "country": "ES", "date": "2026-03-04", "article": False},
}


@pytest.mark.parametrize(
    ("name", "noun"),
    [
        ("Innovation Badge", "badge"),
        ("Founders’ Cup", "cup"),
        ("Digital Shield", "shield"),
        ("Innovation Prize", "prize"),
    ],
)
def test_a_prize_is_presented_as_what_its_name_says(tmp_path: Path, name: str, noun: str) -> None:
    md = _checked(tmp_path, {**PRIZE, "award.name": name})
    assert "at Smart City Expo, held in Barcelona, Spain, on 4 March 2026. The European Secretariat for Cluster " in md
    # The event's date just gave the year (tests/test_dates_durations.py).
    assert f"(ESCA) presented the {noun} on 6 March." in md


@pytest.mark.parametrize(
    ("change", "said"),
    [
        (
            {"organisation.managed_by": {"name": "Bristol City Council", "type": "public body"}},
            "Habitat is run by Bristol City Council.",
        ),
        ({"award.issuer": {"name": "Kent County Council"}}, "Gold level. Kent County Council awarded the label"),
        (
            {
                "release.kind": "grant",
                "award.name": per_lang("Programa X", "Programa X", "Living Sea Programme", "Programme X"),
                "grant": {
                    "amount": 250000,
                    "project": per_lang("o projeto X", "el proyecto X", "project X", "le projet X"),
                    "co_funded_by": [{"name": "Hackney Borough Council", "type": "public body"}],
                },
            },
            "The project is co-funded by Hackney Borough Council.",
        ),
        # A national body's name keeps it.
        ({"award.issuer": {"name": "Arts Council"}}, "Gold level. The Arts Council awarded the label"),
        ({"award.issuer": {"name": "Council of Europe"}}, "Gold level. The Council of Europe awarded the label"),
    ],
)
def test_a_local_council_is_named_without_the(tmp_path: Path, change: dict[str, Any], said: str) -> None:
    drop = NO_LEVEL if change.get("release.kind") == "grant" else ()
    assert said in _checked(tmp_path, change, drop)
