"""Drafts as native press editors would pass them, on kinds of release the examples lack (issue 11: a
hospital's JCI accreditation, a school group's Eco-Schools Green Flag, a start-up's prize at a pitch
competition abroad, a research centre's ERC grant with two partner universities, a small municipality's
European Green Leaf Award, a family winery's B Corp certification, a library network's seal renewed).

Each test pins one class the editors marked, in every language it concerns: a part that is the whole
("All nine schools", "Los nueve centros", « Les neuf écoles »); what a prize gives its winners, not its
holders; a municipality's noun that gives its name the article (« La Municipalité d’Alcoutim »); a Spanish
acronym spelt from its full name's syllables, which takes that name's article ("El CIMAR"); a purpose
after "B Corp certification was created" that opens on "It"; a renewal's first year after its count, in a
sentence of its own; a plural name that says its institution needs no "a network"; a wine producer's noun
that says its sector; and "the" before a name kept in another language whose noun is followed by its own
"of" ("the Hospital de Santa Luzia").
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from .newfacts import checked, per_lang

SCHOOLS = per_lang(
    "escolas do agrupamento hastearam a bandeira",
    "centros de la agrupación izaron la bandera",
    "schools in the group raised the flag",
    "écoles du groupement ont hissé le pavillon",
)


def _figure(value: int, of: int, gender: dict[str, str] | None = None, **more: Any) -> dict[str, Any]:
    figure: dict[str, Any] = {"value": value, "of": of, "what": dict(SCHOOLS), **more}
    if gender:
        figure["gender"] = dict(gender)  # a copy each: YAML would write one mapping twice as an alias
    return figure


def test_a_part_that_is_the_whole_is_all_of_it(tmp_path: Path) -> None:
    """A whole is "All nine schools…", "Los nueve centros…", « Les neuf écoles… », "Todas as nove escolas…", not
    "Nine of the nine schools…"; a part of a whole, or a rounded one, is still counted."""
    genders = {"pt": "f", "es": "m", "fr": "f"}
    figures = [
        _figure(9, 9, genders),
        _figure(14, 14, genders),
        _figure(5, 9, genders),
    ]
    md = checked(tmp_path, {"figures": figures})
    assert "- All nine schools in the group raised the flag\n" in md["en"], md["en"]
    assert "- All 14 schools in the group raised the flag\n" in md["en"]
    assert "- Five of the nine schools in the group raised the flag\n" in md["en"]
    assert "- Los nueve centros de la agrupación izaron la bandera\n" in md["es"], md["es"]
    assert "- Los 14 centros de la agrupación izaron la bandera\n" in md["es"]
    assert "- Cinco de los nueve centros de la agrupación izaron la bandera\n" in md["es"]
    assert "- Les neuf écoles du groupement ont hissé le pavillon\n" in md["fr"], md["fr"]
    assert "- Les 14 écoles du groupement ont hissé le pavillon\n" in md["fr"]
    assert "- Cinq des neuf écoles du groupement ont hissé le pavillon\n" in md["fr"]
    assert "- Todas as nove escolas do agrupamento hastearam a bandeira\n" in md["pt"], md["pt"]


def test_a_whole_without_its_gender_in_spanish_is_counted_as_before(tmp_path: Path) -> None:
    """es: "Los"/"Las" needs the noun's gender; without it (and no ending that tells) the line keeps its count."""
    what = per_lang("jovens participaram", "jóvenes participaron", "young people took part", "jeunes ont participé")
    md = checked(tmp_path, {"figures": [{"value": 12, "of": 12, "what": what}]})
    assert "- 12 de un total de 12 jóvenes participaron\n" in md["es"], md["es"]
    assert "- All 12 young people took part\n" in md["en"]
    assert "- Les 12 jeunes ont participé\n" in md["fr"]


PRIZE = per_lang(
    "Prémio Folha Verde Europeia",
    "Premio Hoja Verde Europea",
    "European Green Leaf Award",
    "prix Feuille verte européenne",
)
BENEFIT = per_lang(
    "uma verba para projetos ambientais",
    "una dotación para proyectos ambientales",
    "funding for environmental projects",
    "une dotation pour des projets environnementaux",
)


@pytest.mark.parametrize(
    ("name", "said"),
    [
        (
            PRIZE,
            per_lang(
                "O Prémio Folha Verde Europeia oferece aos premiados:",
                "El Premio Hoja Verde Europea ofrece a los premiados:",
                "The winners of the European Green Leaf Award receive:",
                "Le prix Feuille verte européenne offre à ses lauréats :",
            ),
        ),
        (
            "Cluster Management Excellence Label",
            per_lang(
                "O Cluster Management Excellence Label oferece aos seus titulares:",
                "El Cluster Management Excellence Label ofrece a sus titulares:",
                "Holders of the Cluster Management Excellence Label benefit from:",
                "Le Cluster Management Excellence Label offre à ses titulaires :",
            ),
        ),
    ],
)
def test_a_prize_gives_its_winners_what_a_label_gives_its_holders(
    tmp_path: Path, name: Any, said: dict[str, str]
) -> None:
    """A first award whose name says it is a prize or an award has winners ("premiados", « lauréats »);
    a label has holders ("titulares")."""
    md = checked(tmp_path, {"award.name": name, "benefits": [BENEFIT]}, ("award.level",))
    for lang, sentence in said.items():
        assert sentence in md[lang].replace("\u00a0", " ").replace("\u202f", " "), (lang, md[lang])


def test_a_municipality_takes_the_article_of_its_noun_in_french(tmp_path: Path) -> None:
    """fr: « La Municipalité d’Alcoutim a obtenu… », « la Collectivité… », not a bare « Municipalité d’… »."""
    name = per_lang(
        "Câmara Municipal de Alcoutim", "Ayuntamiento de Alcoutim", "Alcoutim Town Council", "Municipalité d’Alcoutim"
    )
    change = {
        "organisation.name": name,
        "organisation.type": "public body",
        "organisation.gender": {"pt": "f", "es": "m", "fr": "f"},
    }
    md = checked(tmp_path, change, ("organisation.sector",))["fr"]
    assert "# La Municipalité d’Alcoutim obtient le niveau Or du Cluster Management Excellence Label\n" in md, md
    assert "2026.** La Municipalité d’Alcoutim a obtenu le niveau Or" in md
    assert "## À propos de la Municipalité d’Alcoutim\n" in md


def test_a_spanish_acronym_spelt_from_its_full_name_takes_its_article(tmp_path: Path) -> None:
    """es: "El CIMAR (Centro de Investigación Mariña…)", "Acerca del CIMAR", as "el CNIO": an acronym of
    the syllables of a research centre's name, as of its initials."""
    change = {
        "organisation.name": "CIMAR",
        "organisation.full_name": "Centro de Investigación Mariña Rías Baixas",
        "organisation.type": "research centre",
        "organisation.country": "ES",
    }
    md = checked(tmp_path, change)["es"]
    assert "# El CIMAR obtiene el nivel Oro del Cluster Management Excellence Label\n" in md, md
    assert "2026.** El CIMAR (Centro de Investigación Mariña Rías Baixas)" in md
    assert "## Acerca del CIMAR\n" in md


PURPOSE = per_lang(
    "A certificação avalia o impacto de uma empresa nos trabalhadores.",
    "La certificación evalúa el impacto de una empresa en sus trabajadores.",
    "The certification assesses a company’s impact on its workers.",
    "La certification évalue l’impact d’une entreprise sur ses salariés.",
)


def test_a_brand_certifications_purpose_after_its_creation_opens_on_it(tmp_path: Path) -> None:
    """en: "B Corp certification was created in 2007. It assesses…", not "… The certification assesses…",
    as the other languages already drop or replace the subject."""
    change = {
        "release.kind": "certification",
        "award.name": "B Corp",
        "award.launched": 2007,
        "award.purpose": PURPOSE,
        "award.issuer": {"name": "B Lab", "article": False},
    }
    md = checked(tmp_path, change, ("award.level",))
    assert "B Corp certification was created in 2007. It assesses a company’s impact on its workers." in md["en"]
    assert "La certificación B Corp se creó en 2007. Evalúa el impacto" in md["es"], md["es"]
    assert "A certificação B Corp foi criada em 2007. Avalia o impacto" in md["pt"], md["pt"]
    assert "La certification B Corp a été créée en 2007. Elle évalue l’impact" in md["fr"], md["fr"]


def test_a_renewals_first_year_after_its_count_has_a_sentence_of_its_own(tmp_path: Path) -> None:
    """en: "… for the second time. It has held the label since June 2020.", not "… for the second time,
    which it first obtained…", where "which" hangs on the time; the other languages put the count first."""
    change = {"release.kind": "renewal", "award.times_renewed": 2, "award.first_awarded": "2020-06"}
    md = checked(tmp_path, change)
    assert (
        "has renewed its Cluster Management Excellence Label at Gold level for the second time. "
        "It has held the label since June 2020."
    ) in md["en"], md["en"]
    assert "renovou pela segunda vez o nível Ouro do Cluster Management Excellence Label, que obteve pela " in md["pt"]
    assert "ha renovado por segunda vez el nivel Oro del Cluster Management Excellence Label, que obtuvo" in md["es"]
    assert "pour la deuxième fois le niveau Or du Cluster Management Excellence Label, qu’il avait obtenu" in md["fr"]
    once = checked(tmp_path / "once", {"release.kind": "renewal", "award.first_awarded": 2013})["en"]
    assert "has renewed its Cluster Management Excellence Label at Gold level, which it has held since 2013." in once


LIBRARIES = per_lang(
    "Bibliotecas Municipais de Oeiras",
    "Bibliotecas Municipales de Oeiras",
    "Oeiras Municipal Libraries",
    "Bibliothèques municipales d’Oeiras",
)


def test_a_plural_name_that_says_its_institution_needs_no_type(tmp_path: Path) -> None:
    """pt: "As Bibliotecas Municipais de Oeiras renovaram…", not "…, uma rede, renovaram…": a plural name's
    noun says what it is, as a singular one's does ("A Biblioteca Municipal…")."""
    change = {
        "organisation.name": LIBRARIES,
        "organisation.type": "network",
        "organisation.gender": {"pt": "fp", "es": "fp", "en": "mp", "fr": "fp"},
        "organisation.article": True,
    }
    md = checked(tmp_path, change, ("organisation.sector",))
    assert "2026.** As Bibliotecas Municipais de Oeiras obtiveram o nível Ouro" in md["pt"], md["pt"]
    assert "2026.** Las Bibliotecas Municipales de Oeiras han obtenido el nivel Oro" in md["es"], md["es"]
    assert "2026** – The Oeiras Municipal Libraries have achieved the" in md["en"], md["en"]
    assert "2026.** Les Bibliothèques municipales d’Oeiras ont obtenu le niveau Or" in md["fr"], md["fr"]


def test_a_wine_producers_noun_says_its_sector(tmp_path: Path) -> None:
    """es: "Bodegas Lasierra ha obtenido…", not "Bodegas Lasierra, del sector del vino, ha obtenido…"; "uma
    adega familiar", not "uma adega familiar do setor do vinho": a winery is in wine."""
    change = {
        "organisation.name": "Bodegas Lasierra",
        "organisation.type": per_lang(
            "adega familiar", "bodega familiar", "family winery", "domaine viticole familial"
        ),
        "organisation.gender": "f",
        "organisation.sector": per_lang("o vinho", "el vino", "wine", "le vin"),
    }
    md = checked(tmp_path, change)
    assert "2026.** Bodegas Lasierra ha obtenido el nivel Oro" in md["es"], md["es"]
    assert "2026.** A Bodegas Lasierra, uma adega familiar, obteve o nível Ouro" in md["pt"], md["pt"]
    assert "2026** – Bodegas Lasierra, a family winery, has achieved" in md["en"], md["en"]
    assert "2026.** Le domaine viticole familial Bodegas Lasierra a obtenu" in md["fr"], md["fr"]


@pytest.mark.parametrize(
    ("name", "lead", "about"),
    [
        ("Hospital de Santa Luzia", "The Hospital de Santa Luzia has achieved", "## About the Hospital de Santa Luzia"),
        ("Museu do Côa", "The Museu do Côa has achieved", "## About the Museu do Côa"),
        ("Hospital Clínic", "Hospital Clínic has achieved", "## About Hospital Clínic"),
    ],
)
def test_english_names_a_kept_name_with_its_own_of_with_the(tmp_path: Path, name: str, lead: str, about: str) -> None:
    """en: a name kept in another language, headed by an institution's noun English shares and its own "of"
    ("de", "do", "du"), reads as "the Hospital of Santa Luzia" would; without "of", it is a name of its own."""
    md = checked(tmp_path, {"organisation.name": name}, ("organisation.sector",))["en"]
    assert f"2026** – {lead}" in md, md
    assert f"{about}\n" in md


@pytest.mark.parametrize(
    ("noun", "said"),
    [
        (per_lang("acreditação", "acreditación", "accreditation", "accréditation"), "lui a accordé l’accréditation"),
        (per_lang("selo", "sello", "seal", "label"), "lui a décerné le label"),
    ],
)
def test_french_grants_an_accreditation_and_awards_a_label(tmp_path: Path, noun: dict[str, str], said: str) -> None:
    """fr: an accreditation « s’accorde », a label, a prize or a distinction « se décerne »."""
    change = {"award.name": "Qmentum International", "award.noun": noun}
    md = checked(tmp_path, change, ("award.level",))["fr"]
    assert f"European Secretariat for Cluster Analysis (ESCA) {said} le 28 avril 2026." in md, md


ISO = per_lang(
    "Organização Internacional de Normalização",
    "Organización Internacional de Normalización",
    "International Organization for Standardization",
    "Organisation internationale de normalisation",
)


def test_a_body_named_by_a_feminine_noun_takes_its_article_in_spanish(tmp_path: Path) -> None:
    """es: "La Organización Internacional de Normalización (ISO) publicó…", "la Oficina…", not "El
    Organización…", as Portuguese already writes "A Organização…"."""
    change = {
        "release.kind": "certification",
        "award.name": "ISO 45001:2018",
        "award.launched": 2018,
        "award.launched_by": {"name": ISO, "acronym": "ISO"},
        "award.issuer": {
            "name": per_lang("Oficina Técnica", "Oficina Técnica", "Technical Office", "Bureau technique")
        },
    }
    md = checked(tmp_path, change, ("award.level",))
    assert "La Organización Internacional de Normalización (ISO) publicó la norma ISO 45001 por primera vez" in md["es"]
    assert "La Oficina Técnica emitió el certificado el 28 de abril de 2026." in md["es"], md["es"]
    assert "A Organização Internacional de Normalização (ISO) publicou a norma ISO 45001" in md["pt"], md["pt"]


def test_a_certificate_renewed_again_is_named_as_one_after_its_count(tmp_path: Path) -> None:
    """en: "… for the third time. They have held the certification since 2017.", not "the award"."""
    change = {
        "release.kind": "renewal",
        "award.name": "ISO 45001:2018",
        "award.times_renewed": 3,
        "award.first_awarded": 2017,
    }
    md = checked(tmp_path, change, ("award.level",))["en"]
    assert "has renewed its ISO 45001:2018 certification for the third time. It has held the " in md, md
    assert "It has held the certification since 2017." in md


def test_a_cause_is_what_a_body_is_devoted_to_and_a_phrase_what_it_works_in(tmp_path: Path) -> None:
    """es, pt: "una asociación dedicada a la inserción laboral…", "uma associação dedicada à inserção…", not
    "del sector de la inserción…"; en: a sector with a preposition in it cannot stand before "sector":
    "working in work integration through market gardening"."""
    change = {
        "organisation.type": "association",
        "organisation.sector": per_lang(
            "a inserção profissional através da horticultura",
            "la inserción laboral a través de la horticultura",
            "work integration through market gardening",
            "l’insertion par le maraîchage",
        ),
    }
    md = checked(tmp_path, change)
    assert "Habitat, una asociación dedicada a la inserción laboral a través de la horticultura, ha" in md["es"]
    assert "A Habitat, uma associação dedicada à inserção profissional através da horticultura, obteve" in md["pt"]
    assert "Habitat, an association working in work integration through market gardening, has" in md["en"]
    assert "Habitat, une association spécialisée dans l’insertion par le maraîchage, a obtenu" in md["fr"]
