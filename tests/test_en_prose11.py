"""British English drafts as a native press editor would pass them, on facts the examples lack (seventh pass).

Each test pins one class an editor marked: a partner named among others counted is "One of the partners
is…", never "One of them is…", whose "them" would take the project's last plural noun; partners placed
one to a country among more are "including one from Spain and one from France", not "including two (one
from Spain and one from France)"; a local council is named without "the" when its names in the other
languages say it is one ("co-funded by Setúbal Council") or its name is a county's ("North Yorkshire
Council"), and so is a body named after its nation ("Arts Council England", but "the Bank of England");
a category of nouns joined by "and" goes before "category" ("in the health and life sciences
category"); a brand's accreditation or certification in two words is a state, said without "the"
("achieves UKAS Accreditation"); and an award whose name is a phrase that says no noun ("Investors in
People") goes without "the", its level after it ("moves up to Investors in People Gold").
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from .newfacts import checked, per_lang

NO_LEVEL = ("award.level",)
PROJECT = per_lang(
    "um plano para plantar 500 árvores",
    "un plan para plantar 500 árboles",
    "a plan to plant 500 trees",
    "un plan pour planter 500 arbres",
)


def _checked(tmp_path: Path, change: dict[str, Any], drop: tuple[str, ...] = ()) -> str:
    """The English draft, after drafter check has found every fact in every version."""
    return checked(tmp_path, change, drop)["en"]


def test_one_named_partner_among_others_is_one_of_the_partners(tmp_path: Path) -> None:
    partnership = {"project": PROJECT, "count": 3, "partners": [{"name": "Fiberlab", "country": "ES"}]}
    md = _checked(tmp_path, {"partnership": partnership})
    assert (
        "Habitat is working with three partners to develop a plan to plant 500 trees. "
        "One of the partners is Fiberlab (Spain)."
    ) in md
    assert "One of them" not in md


@pytest.mark.parametrize(
    ("partners", "said"),
    [
        (
            [{"name": "Doñana Lab", "country": "ES"}, {"country": "FR"}],
            "Habitat is working with four partners, including one from Spain and one from France, to develop",
        ),
        (
            [{"country": "ES"}, {"country": "FR"}, {"country": "NL"}],
            "Habitat is working with five partners, including one from Spain, one from France and one from "
            "the Netherlands, to develop",
        ),
    ],
)
def test_partners_one_to_a_country_among_more_are_not_counted_twice(
    tmp_path: Path, partners: list[dict[str, Any]], said: str
) -> None:
    count = 4 if len(partners) == 2 else 5
    md = _checked(tmp_path, {"partnership": {"project": PROJECT, "count": count, "partners": partners}})
    assert said in md
    assert "including two (" not in md and "including three (" not in md


def test_one_from_each_country_all_listed_keeps_its_brackets(tmp_path: Path) -> None:
    partners = [{"country": "ES"}, {"country": "FR"}, {"country": "NL"}]
    md = _checked(tmp_path, {"partnership": {"project": PROJECT, "partners": partners}})
    assert (
        "Habitat is working with three partners (one from Spain, one from France and one from the Netherlands) "
        "to develop a plan to plant 500 trees."
    ) in md


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
        # Its other names say it is a local authority, whatever the English one says of the place.
        (
            {
                "name": per_lang(
                    "Câmara de Setúbal", "Ayuntamiento de Setúbal", "Setúbal Council", "Mairie de Setúbal"
                ),
                "gender": per_lang("f", "m", "m", "f"),
            },
            "It is co-funded by Setúbal Council.",
        ),
        # A county's.
        ({"name": "North Yorkshire Council", "type": "public body"}, "It is co-funded by North Yorkshire Council."),
        ({"name": "Wiltshire Council"}, "It is co-funded by Wiltshire Council."),
        # A national body's keeps "the", in one language or all.
        ({"name": "Design Council"}, "It is co-funded by the Design Council."),
        (
            {"name": per_lang("Conselho das Artes", "Consejo de las Artes", "Arts Council", "Conseil des arts")},
            "It is co-funded by the Arts Council.",
        ),
        # Named after its nation, bare; after "of" or "for", not.
        ({"name": "Arts Council England"}, "It is co-funded by Arts Council England."),
        ({"name": "Historic Environment Scotland"}, "It is co-funded by Historic Environment Scotland."),
        ({"name": "Innovate UK"}, "It is co-funded by Innovate UK."),
        ({"name": "Bank of England"}, "It is co-funded by the Bank of England."),
        ({"name": "National Trust for Scotland"}, "It is co-funded by the National Trust for Scotland."),
    ],
)
def test_a_local_council_or_a_nation_s_body_is_named_without_the(
    tmp_path: Path, funder: dict[str, Any], said: str
) -> None:
    change = {**GRANT, "grant": {**GRANT["grant"], "co_funded_by": [funder]}}
    assert said in _checked(tmp_path, change, NO_LEVEL)


def test_a_funder_named_after_its_nation_in_the_headline(tmp_path: Path) -> None:
    md = _checked(tmp_path, {**GRANT, "award.issuer": {"name": "Arts Council England"}}, NO_LEVEL)
    assert md.startswith("# Habitat receives €250,000 from Arts Council England\n")
    assert "has received a grant of €250,000 from Arts Council England for project X." in md


PRIZE: dict[str, Any] = {
    "release.kind": "prize",
    "release.date": "2026-11-20",
    "award.name": "Start-up of the Year Award",
    "award.date": "2026-11-13",
    "event": {"name": "Web Summit", "city": "Lisbon", "country": "PT", "date": "2026-11", "article": False},
}


@pytest.mark.parametrize(
    ("category", "said"),
    [
        ("health and life sciences", "in the health and life sciences category at Web Summit"),
        ("food & drink", "in the food & drink category at Web Summit"),
        # A description of who competes still follows "for".
        ("single malts aged over 15 years", "in the category for single malts aged over 15 years at Web Summit"),
        ("companies with fewer than 50 employees", "in the category for companies with fewer than 50 employees"),
    ],
)
def test_a_category_of_nouns_joined_by_and_goes_before_category(tmp_path: Path, category: str, said: str) -> None:
    cat = per_lang(category, category, category, category)
    assert said in _checked(tmp_path, {**PRIZE, "award.category": cat}, NO_LEVEL)


CERTIFIED: dict[str, Any] = {
    "release.kind": "certification",
    "award.date": "2026-01",
    "award.valid_until": "2030-01",
    "award.launched": 1995,
    "award.issuer": {"name": "United Kingdom Accreditation Service", "acronym": "UKAS"},
}


@pytest.mark.parametrize(
    ("name", "said"),
    [
        (
            "UKAS Accreditation",
            "# Habitat achieves UKAS Accreditation\n\n**Aveiro, 4 May 2026** – Habitat, a sustainable "
            "construction organisation, has achieved UKAS Accreditation. The United Kingdom Accreditation "
            "Service (UKAS) granted the accreditation in January 2026. It is valid until January "
            "2030. UKAS Accreditation was created in 1995.",
        ),
        ("Fairtrade Certification", "# Habitat achieves Fairtrade Certification\n"),
        # A longer name is a title, with "the".
        (
            "Biosphere Sustainable Tourism Certification",
            "has obtained the Biosphere Sustainable Tourism Certification.",
        ),
    ],
)
def test_a_brand_s_accreditation_is_a_state_without_the(tmp_path: Path, name: str, said: str) -> None:
    assert said in _checked(tmp_path, {**CERTIFIED, "award.name": name}, NO_LEVEL)


IIP: dict[str, Any] = {
    "award.name": "Investors in People",
    "award.launched": 1991,
    "award.issuer": {"name": "Investors in People", "article": False},
    "benefits": [per_lang("um plano", "un plan", "a tailored improvement plan", "un plan")],
}


def test_an_award_named_by_a_phrase_goes_without_the(tmp_path: Path) -> None:
    md = _checked(tmp_path, {**IIP, "award.previous": {"level": "silver", "year": 2023}})
    assert md.startswith("# Habitat moves up to Investors in People Gold\n")
    assert (
        "has achieved Investors in People at Gold level, up from the Silver level it reached in 2023. "
        "Investors in People granted the award on 28 April 2026. Investors in People was created in 1991."
    ) in md
    assert "Holders of Investors in People benefit from:" in md
    assert "the Investors" not in md and "The Investors" not in md


@pytest.mark.parametrize(
    ("change", "headline"),
    [
        ({}, "# Habitat achieves Investors in People Gold\n"),
        ({"release.kind": "renewal"}, "# Habitat renews its Investors in People Gold\n"),
        # A name that says what it is keeps "the", as before.
        ({"award.name": "Order of Merit"}, "# Habitat wins the Gold Order of Merit\n"),
        ({"award.name": "Green Key"}, "# Habitat wins the Gold Green Key\n"),
    ],
)
def test_the_headline_of_an_award_named_by_a_phrase(tmp_path: Path, change: dict[str, Any], headline: str) -> None:
    assert _checked(tmp_path, {**IIP, **change}).startswith(headline)


@pytest.mark.parametrize(
    ("assessor", "said"),
    [
        ({"name": "Pathway Assessment Partners"}, "following an assessment by Pathway Assessment Partners."),
        ({"name": "Burness Paull LLP"}, "following an assessment by Burness Paull LLP."),
        ({"name": "Certinorte Ltd"}, "following an assessment by Certinorte Ltd."),
        # A plural name given as one keeps its article.
        ({"name": "Assessment Partners", "gender": "mp"}, "following an assessment by the Assessment Partners."),
        ({"name": "Scottish Quality Group"}, "following an assessment by the Scottish Quality Group."),
    ],
)
def test_a_firm_s_name_goes_without_the(tmp_path: Path, assessor: dict[str, Any], said: str) -> None:
    assert said in _checked(tmp_path, {"award.assessor": assessor})


@pytest.mark.parametrize(
    ("name", "said"),
    [
        ("Edinburgh Napier University", "Edinburgh Napier University"),
        ("Cardiff University", "Cardiff University"),
        ("London Metropolitan University", "London Metropolitan University"),
        # Named by an adjective, or "of" a place, it keeps "the".
        ("Open University", "the Open University"),
        ("Catholic University", "the Catholic University"),
        ("University of Hull", "the University of Hull"),
    ],
)
def test_a_university_named_by_a_place_goes_without_the(tmp_path: Path, name: str, said: str) -> None:
    partners = [
        {"name": name, "type": "university", "country": "PT"},
        {"name": "Fiberlab", "country": "ES"},
        {"name": "Textura", "country": "FR"},
        {"name": "Nordweb", "country": "DE"},
    ]
    md = _checked(tmp_path, {"partnership": {"project": PROJECT, "partners": partners}})
    assert f"The partners are {said}, Fiberlab (Spain), Textura (France) and Nordweb (Germany)." in md


def test_a_foreign_name_s_small_words_are_no_phrase(tmp_path: Path) -> None:
    md = _checked(tmp_path, {"award.name": "Selo de Qualidade"})
    assert md.startswith("# Habitat wins the Gold Selo de Qualidade\n")
    assert "has achieved the Selo de Qualidade at Gold level." in md
