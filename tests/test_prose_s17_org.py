"""Organisations and partners as a native writer names them (issue 11, s17), by class, in every language
and through every template that opens on the organisation: a place as the organisation ("The French town
of Lorvanne has won", "A cidade francesa de Lorvanne obteve", no article before a town in Portuguese), no
bare type between commas, a full name that only extends the name said alone, a type of one's own kept
where it says more than the name's noun, a name kept in English taking the gender of its own noun ("el
Wetlands Restoration Trust"), a trading name bare in English ("Hotel Quinta das Lajes has achieved"), and
partners from many countries said by their countries."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from .newfacts import checked, per_lang
from .test_prose_s16 import FAIR

KINDS: dict[str, dict[str, Any]] = {
    "award": {},
    "prize": {"release.kind": "prize", "award.name": "Green Mobility Prize", "event": FAIR},
    "renewal": {"release.kind": "renewal", "award.first_awarded": 2020},
}
"""The kinds whose lead opens on the organisation, each as little as it needs (award.md's lead, which the
others extend)."""


PROJECT = per_lang("um método comum", "un método común", "a shared method", "une méthode commune")
"""The partners' joint work, for the tests that name partners."""


def _lead(text: str) -> str:
    return next(line for line in text.splitlines() if line.startswith("**") and ("–" in line or ".**" in line))


def _town(name: str, country: str, kind: str = "town", **more: Any) -> dict[str, Any]:
    return {
        "organisation.name": name,
        "organisation.type": kind,
        "organisation.country": country,
        "organisation.about": per_lang(
            f"{name} é uma cidade.", f"{name} es una ciudad.", f"{name} is a town.", f"{name} est une ville."
        ),
        **{f"organisation.{k}": v for k, v in more.items()},
    }


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_a_town_is_said_for_what_it_is_before_its_name(tmp_path: Path, kind: str) -> None:
    md = checked(tmp_path, {**_town("Lorvanne", "FR"), **KINDS[kind]}, drop=("organisation.sector",))
    assert "– The French town of Lorvanne has " in _lead(md["en"]), _lead(md["en"])
    # a town is "una localidad", "uma vila": "ciudad" and "cidade" are a city's (s18's editor)
    assert ".** La localidad francesa de Lorvanne ha " in _lead(md["es"]), _lead(md["es"])
    assert ".** A vila francesa de Lorvanne " in _lead(md["pt"]), _lead(md["pt"])
    # no adjective for readers of the place's own language
    assert ".** La ville de Lorvanne a " in _lead(md["fr"]), _lead(md["fr"])
    # Portuguese names a town without an article, in the headline and "About" too
    assert md["pt"].startswith("# Lorvanne ") and "## Sobre Lorvanne\n" in md["pt"]
    for text in md.values():
        assert "Lorvanne, a town" not in text and ", una localidad," not in text and ", uma vila," not in text


def test_a_place_agrees_with_its_noun_and_is_placed_abroad_only(tmp_path: Path) -> None:
    md = checked(tmp_path, _town("Villaverde", "ES", "municipality"), drop=("organisation.sector",))
    assert ".** El municipio de Villaverde ha obtenido" in _lead(md["es"])
    assert ".** O município espanhol de Villaverde obteve" in _lead(md["pt"])
    assert "– The Spanish municipality of Villaverde has " in _lead(md["en"])
    assert ".** La commune espagnole de Villaverde a obtenu" in _lead(md["fr"])


def test_a_region_keeps_its_article_in_portuguese_and_its_name_in_french_apposition(tmp_path: Path) -> None:
    change = {
        **_town("Occitanie", "FR", "region", gender="f"),
        "organisation.name": per_lang("Occitânia", "Occitania", "Occitanie", "Occitanie"),
    }
    md = checked(tmp_path, change, drop=("organisation.sector",))
    assert ".** A região francesa da Occitânia obteve" in _lead(md["pt"])
    assert ".** La región francesa de Occitania ha obtenido" in _lead(md["es"])
    assert "– The French region of Occitanie has " in _lead(md["en"])
    assert ".** La région Occitanie a obtenu" in _lead(md["fr"])


def test_a_type_of_ones_own_that_says_a_place_is_one(tmp_path: Path) -> None:
    """The s16 editor's own facts: a type per language ("ville", "cidade", "ciudad", "town")."""
    own = per_lang("cidade", "ciudad", "market town", "ville")
    md = checked(tmp_path, _town("Lorvanne", "FR", own), drop=("organisation.sector",))
    assert "– The French market town of Lorvanne has " in _lead(md["en"])
    assert ".** A cidade francesa de Lorvanne obteve" in _lead(md["pt"])


def test_a_name_that_says_the_place_is_said_as_it_stands(tmp_path: Path) -> None:
    name = per_lang("Lorvanne", "Lorvanne", "Lorvanne", "Ville de Lorvanne")
    md = checked(tmp_path, {**_town("Lorvanne", "FR"), "organisation.name": name, "organisation.gender": "f"})
    assert ".** La Ville de Lorvanne, " in _lead(md["fr"]) or ".** La Ville de Lorvanne a " in _lead(md["fr"])
    assert "ville de la Ville" not in md["fr"].lower()


@pytest.mark.parametrize(
    ("change", "bare"),
    [
        (
            {"organisation.name": "Câmara Municipal de Vila Nova de Cerveira", "organisation.type": "public body"},
            "um organismo público,",
        ),
        ({"organisation.name": "Hidrolena", "organisation.type": "company"}, "uma empresa,"),
        (
            {
                "organisation.name": "Coopval",
                "organisation.type": per_lang("cooperativa", "cooperativa", "cooperative", "coopérative"),
            },
            "uma cooperativa,",
        ),
    ],
)
def test_no_bare_type_hangs_between_commas(tmp_path: Path, change: dict[str, Any], bare: str) -> None:
    md = checked(tmp_path, change, drop=("organisation.sector",))
    assert bare not in _lead(md["pt"]), _lead(md["pt"])
    for text, word in zip(
        md.values(),
        ("organismo", "empresa", "cooperativ", "public body", "company", "cooperative", "organisme", "entreprise"),
        strict=False,
    ):
        assert f", {word}" not in _lead(text)
    for lang in ("es", "en", "fr"):
        lead = _lead(md[lang])
        assert (
            ", un " not in lead and ", una " not in lead and ", a " not in lead.split("has")[0] and ", une " not in lead
        ), lead


def test_a_type_that_says_more_than_the_name_keeps_it_before_the_sector(tmp_path: Path) -> None:
    change = {
        "organisation.name": "Bodegas Marín Robles",
        "organisation.gender": "f",
        "organisation.country": "ES",
        "organisation.type": per_lang("adega familiar", "bodega familiar", "family winery", "maison familiale"),
        "organisation.sector": per_lang("o vinho de Jerez", "el vino de Jerez", "Jerez wine", "le vin de Jerez"),
    }
    md = checked(tmp_path, change)
    assert ".** Bodegas Marín Robles, una bodega familiar del sector del vino de Jerez, ha " in _lead(md["es"])
    assert "Robles, del sector" not in md["es"]
    # English names the house bare, as it names a brand
    assert "– Bodegas Marín Robles, a family winery in the Jerez wine sector, has " in _lead(md["en"])


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_a_full_name_that_extends_the_name_is_said_alone(tmp_path: Path, kind: str) -> None:
    change = {
        "organisation.name": "Mutuelle Armoricaine",
        "organisation.full_name": "Mutuelle Armoricaine d’Assurances",
        "organisation.gender": "f",
        "organisation.country": "FR",
        **KINDS[kind],
    }
    md = checked(tmp_path, change, drop=("organisation.sector",))
    for lang, opening in (("pt", "A Mutuelle"), ("es", "La Mutuelle"), ("en", "Mutuelle"), ("fr", "La Mutuelle")):
        lead = _lead(md[lang])
        assert f" {opening} Armoricaine d’Assurances " in lead, lead
        assert "(Mutuelle Armoricaine d’Assurances)" not in lead


def test_a_full_name_that_does_not_extend_it_is_said_after_it(tmp_path: Path) -> None:
    # s19: after an acronym, English gives the full name as an apposition ("MAA, the Mutuelle…,")
    md = checked(tmp_path, {"organisation.name": "MAA", "organisation.full_name": "Mutuelle Armoricaine d’Assurances"})
    assert "MAA, the Mutuelle Armoricaine d’Assurances," in _lead(md["en"]), _lead(md["en"])
    assert "(Mutuelle Armoricaine d’Assurances)" in _lead(md["es"])


def test_a_name_kept_in_english_takes_the_gender_of_its_own_noun(tmp_path: Path) -> None:
    partners = [
        {"name": "Wetlands Restoration Trust", "type": "foundation", "country": "GB"},
        {"name": "Universidade do Algarve", "type": "university"},
    ]
    md = checked(tmp_path, {"partnership": {"project": PROJECT, "partners": partners}})
    assert "o Wetlands Restoration Trust (Reino Unido)" in md["pt"]
    assert "el Wetlands Restoration Trust (Reino Unido)" in md["es"]
    assert "le Wetlands Restoration Trust (Royaume-Uni)" in md["fr"]
    for text in md.values():
        assert "la Wetlands" not in text and "a Wetlands" not in text


@pytest.mark.parametrize("name", ["Hotel Quinta das Lajes", "Bodegas Marín Robles", "Château Lafleur-Brun"])
def test_a_trading_name_goes_bare_in_english(tmp_path: Path, name: str) -> None:
    md = checked(tmp_path, {"organisation.name": name, "organisation.gender": "m"})
    assert f"– {name}, " in _lead(md["en"]) or f"– {name} has " in _lead(md["en"]), _lead(md["en"])
    assert f"## About {name}\n" in md["en"]
    assert f"The {name}" not in md["en"] and f"the {name}" not in md["en"]


def test_an_institution_kept_in_its_language_still_takes_the_in_english(tmp_path: Path) -> None:
    md = checked(tmp_path, {"organisation.name": "Museu Municipal de Évora", "organisation.gender": "m"})
    assert "– The Museu Municipal de Évora" in _lead(md["en"])


def test_partners_from_many_countries_not_all_placed_are_said_by_their_countries(tmp_path: Path) -> None:
    partners = [{"country": c} for c in ("PT", "FR", "GB", "NL")]
    change = {"organisation.country": "GB", "partnership": {"project": PROJECT, "count": 5, "partners": partners}}
    md = checked(tmp_path, change)
    assert "cinco socios, entre ellos varios de Portugal, Francia, el Reino Unido y los Países Bajos," in md["es"]
    assert (
        "cinco parceiros, entre os quais parceiros de Portugal, de França, do Reino Unido e dos Países Baixos,"
        in md["pt"]
    )
    assert (
        "five partners, including organisations from Portugal, France, the United Kingdom and the Netherlands,"
        in md["en"]
    )
    assert "cinq partenaires, établis notamment au Portugal, en France, au Royaume-Uni et aux Pays-Bas," in md["fr"]
    for text in md.values():
        assert "otros tantos" not in text and "outros tantos" not in text and "as many" not in text
        assert "autant de" not in text


def test_a_name_given_per_language_takes_its_own_nouns_article(tmp_path: Path) -> None:
    """docs/facts.md's advice for « L’Hôtel »: a French name of its own, which French names with its article."""
    name = per_lang(
        "Hotel Quinta das Lajes", "Hotel Quinta das Lajes", "Hotel Quinta das Lajes", "Hôtel Quinta das Lajes"
    )
    md = checked(tmp_path, {"organisation.name": name, "organisation.gender": "m"})
    assert ".** L’Hôtel Quinta das Lajes, " in _lead(md["fr"]) and "## À propos de l’Hôtel Quinta das Lajes" in md["fr"]
    assert "– Hotel Quinta das Lajes, " in _lead(md["en"])


def test_a_town_as_a_partner_goes_bare_in_portuguese(tmp_path: Path) -> None:
    partners = [
        {"name": "Lorvanne", "type": "town", "country": "FR"},
        {"name": "Universidade do Algarve", "type": "university"},
    ]
    md = checked(tmp_path, {"partnership": {"project": PROJECT, "partners": partners}})
    assert (
        "a Universidade do Algarve e Lorvanne (França)" in md["pt"] or "Lorvanne (França) e a Universidade" in md["pt"]
    ), md["pt"]
    assert "a Lorvanne" not in md["pt"]
