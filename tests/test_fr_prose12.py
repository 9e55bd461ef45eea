"""French (France) drafts as a native editor of a Paris press agency would pass them: a twelfth pass, on a
library network's « Bibliothèque numérique de référence » label, a marine laboratory's Cofrac ISO/IEC 17025
accreditation, a regional airport's renewed Airport Carbon Accreditation, a community radio's journalism
prize at Bayeux, a seafood company's EcoVadis medal moving from silver to gold and a start-up's Bpifrance
grant.

Each test pins one class an editor marked: an award's name kept in English takes the gender of the word a
French reader names it by, which its last noun says (« l’Airport Carbon Accreditation, qu’il avait
obtenue », « la Green Key a été créée »), not the masculine; a name that cites a standard in a dated
edition names it without the edition in the sentence that says when the scheme was created
(« L’Accréditation Cofrac ISO/IEC 17025 a été créée en 1994 », not « …17025:2017 a été créée en
1994 »); and a medal with levels is named by its metal, as the press does (« passe à la Médaille d’or
EcoVadis, après avoir décroché la Médaille d’argent », « renouvelle sa Médaille d’or », « a remporté la
médaille d’argent de l’Innovation »), not « le niveau Or de la Médaille EcoVadis » nor « la médaille…,
niveau argent, ». And a false alarm of ``drafter check``: an English lead that names a French network
and its French label (« Réseau des médiathèques de Quimperlé Communauté has achieved the label
Bibliothèque numérique de référence ») is English; the facts' names are left out before its language is
judged.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .newfacts import checked, per_lang

NO_LEVEL = ("award.level",)
EVENT = {"name": "Salon de la mer", "city": "Lorient", "date": "2026-04-20", "gender": "m"}


@pytest.mark.parametrize(
    ("name", "org"),
    [("Airport Carbon Accreditation", "Aéroport Brest Bretagne"), ("Green Key", "Camping Les Mouettes")],
)
def test_an_english_name_takes_the_gender_of_its_last_noun(tmp_path: Path, name: str, org: str) -> None:
    """ "l’Airport Carbon Accreditation, qu’il avait obtenu", "a été créé": an accreditation, a key (une
    clef) are feminine in French, and the participles agree with them."""
    facts = {
        "release.kind": "renewal",
        "organisation.name": org,
        "award.name": name,
        "award.first_awarded": 2019,
        "award.launched": 2009,
    }
    fr = checked(tmp_path, facts, NO_LEVEL)["fr"]
    assert f"{name}, qu’il avait obtenue pour la première fois en 2019." in fr, fr
    assert f"{name} a été créée en 2009." in fr, fr


def test_an_english_name_ending_in_a_masculine_noun_stays_masculine(tmp_path: Path) -> None:
    """The Green Flag Award is « un prix »: « qu’il avait obtenu », « a été créé »."""
    facts = {
        "release.kind": "renewal",
        "award.name": "Green Flag Award",
        "award.first_awarded": 2019,
        "award.launched": 1996,
    }
    fr = checked(tmp_path, facts, NO_LEVEL)["fr"]
    assert "Green Flag Award, qu’il avait obtenu pour la première fois en 2019." in fr, fr
    assert "Green Flag Award a été créé en 1996." in fr, fr


@pytest.mark.parametrize(
    ("kind", "name", "launched", "said"),
    [
        (
            "certification",
            "Accréditation Cofrac ISO/IEC 17025:2017",
            1994,
            "L’Accréditation Cofrac ISO/IEC 17025 a été créée en 1994.",
        ),
        (
            "award",
            "Label Cybersécurité ISO/IEC 27001:2022",
            2016,
            "Le Label Cybersécurité ISO/IEC 27001 a été créé en 2016.",
        ),
    ],
)
def test_the_creation_of_a_scheme_is_not_dated_by_a_later_edition(
    tmp_path: Path, kind: str, name: str, launched: int, said: str
) -> None:
    """ "L’Accréditation Cofrac ISO/IEC 17025:2017 a été créée en 1994" says an edition of 2017 was made in
    1994: the creation names the standard without its edition; the lead keeps the edition certified."""
    facts = {"release.kind": kind, "award.name": name, "award.launched": launched}
    fr = checked(tmp_path, facts, NO_LEVEL)["fr"]
    assert said in fr, fr
    assert f"obtenu l’{name}" in fr or f"obtenu le {name}" in fr, fr
    assert f"{name} a été" not in fr


def test_a_medal_moving_up_is_named_by_its_metals(tmp_path: Path) -> None:
    """ "passe au niveau Or de la Médaille EcoVadis, après avoir décroché le niveau Argent": the press
    says « la médaille d’or », « la médaille d’argent »."""
    facts = {
        "organisation.name": "Armor Saveurs",
        "award.name": "Médaille EcoVadis",
        "award.previous": {"level": "silver", "year": 2024},
    }
    fr = checked(tmp_path, facts)["fr"]
    assert fr.startswith("# Armor Saveurs passe à la Médaille d’or EcoVadis\n"), fr
    assert "a obtenu la Médaille d’or EcoVadis, après avoir décroché la Médaille d’argent en 2024." in fr, fr
    assert "niveau" not in fr.split("\n\n")[1]


def test_a_medal_is_named_by_its_metal_before_the_rest_of_its_name(tmp_path: Path) -> None:
    """A first bronze medal of an academy: « la médaille de bronze de l’Académie… », with « de » before a
    consonant, not « le niveau Bronze de la médaille de l’Académie… »."""
    facts = {"award.name": "médaille de l’Académie d’agriculture", "award.level": "bronze"}
    fr = checked(tmp_path, facts)["fr"]
    assert fr.startswith("# Habitat obtient la médaille de bronze de l’Académie d’agriculture\n"), fr
    assert "a obtenu la médaille de bronze de l’Académie d’agriculture." in fr, fr


def test_a_renewed_medal_is_hers_and_agrees(tmp_path: Path) -> None:
    """ "renouvelle le niveau Or de la Médaille EcoVadis, qu’il avait obtenu": « sa médaille d’or », which
    he had « obtenue »."""
    facts = {
        "release.kind": "renewal",
        "organisation.name": "Kerlys",
        "award.name": "Médaille EcoVadis",
        "award.first_awarded": 2022,
    }
    fr = checked(tmp_path, facts)["fr"]
    assert fr.startswith("# Kerlys renouvelle sa Médaille d’or EcoVadis\n"), fr
    assert "a renouvelé sa Médaille d’or EcoVadis, qu’il avait obtenue pour la première fois en 2022." in fr, fr


def test_a_medal_won_at_an_event_is_named_by_its_metal(tmp_path: Path) -> None:
    """ "a remporté la médaille de l’Innovation, niveau argent,": « la médaille d’argent de l’Innovation »."""
    facts = {"release.kind": "prize", "event": EVENT, "award.name": "médaille de l’Innovation", "award.level": "silver"}
    fr = checked(tmp_path, facts)["fr"]
    assert "# Habitat remporte la médaille d’argent de l’Innovation au Salon de la mer\n" in fr, fr
    assert "a remporté la médaille d’argent de l’Innovation lors du Salon de la mer" in fr, fr
    assert "niveau argent" not in fr


@pytest.mark.parametrize(
    ("org", "award"),
    [
        ("Réseau des médiathèques de Quimperlé Communauté", "label Bibliothèque numérique de référence"),
        ("Fédération des parcs naturels régionaux de France", "marque Valeurs Parc naturel régional"),
    ],
)
def test_a_lead_naming_french_bodies_in_english_is_english(tmp_path: Path, org: str, award: str) -> None:
    """ "This paragraph reads as French, not English" on an English lead whose words are mostly the French
    names the facts give: the names are left out before the paragraph's language is judged."""
    facts = {
        "organisation.name": org,
        "award.name": award,
        "award.issuer": {
            "name": per_lang(
                "Ministério da Cultura", "Ministerio de Cultura", "Ministry of Culture", "ministère de la Culture"
            )
        },
    }
    md = checked(tmp_path, facts, (*NO_LEVEL, "organisation.sector"))
    assert f"{org} has achieved" in md["en"] and award in md["en"], md["en"]
