"""An award's purpose that names the award again, and events with plural names, in English, Spanish and
Portuguese as French already has them.

A purpose is written to stand alone; right after a sentence that named the award it takes a pronoun
("The Water Safety Label was created in 2014. It recognises…"), and Spanish and Portuguese drop the
subject (« … se creó en 2014. Distingue… »); a text that does not open with the award's name or its noun
followed by a verb is kept. An event whose name is plural (« Encuentros… », « Jornadas… ») takes the
plural article and participle: « en los Encuentros Empresariales, celebrados… ».
"""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.lang.anaphora import pronoun_again

from .newfacts import checked, per_lang

NO_LEVEL = ("award.level",)

_NAMES = per_lang("Selo Água Limpa", "Sello Agua Limpia", "Clean Water Label", "label Eau propre")


@pytest.mark.parametrize(
    ("purposes", "said"),
    [
        (
            per_lang(
                "O selo distingue os operadores.",
                "El sello distingue a los operadores.",
                "The label recognises operators.",
                "Le label distingue les opérateurs.",
            ),
            {
                "pt": "criado em 2011. Distingue os operadores.",
                "es": "se creó en 2011. Distingue a los operadores.",
                "en": "created in 2011. It recognises operators.",
            },
        ),
        (
            per_lang(
                "O Selo Água Limpa é atribuído por três anos.",
                "El Sello Agua Limpia se concede por tres años.",
                "The Clean Water Label is awarded for three years.",
                "Le label Eau propre est attribué pour trois ans.",
            ),
            {
                "pt": "criado em 2011. É atribuído por três anos.",
                "es": "se creó en 2011. Se concede por tres años.",
                "en": "created in 2011. It is awarded for three years.",
            },
        ),
    ],
)
def test_a_purpose_after_the_origin_does_not_name_the_award_again(
    tmp_path: Path, purposes: dict[str, str], said: dict[str, str]
) -> None:
    """The award's noun, or its whole name, before a verb is a pronoun, or no subject at all."""
    facts = {"award.name": _NAMES, "award.launched": 2011, "award.purpose": purposes}
    drafts = checked(tmp_path, facts, NO_LEVEL)
    for lang, text in said.items():
        assert text in drafts[lang], drafts[lang]


def test_a_purpose_that_opens_its_paragraph_keeps_the_name(tmp_path: Path) -> None:
    """Without a sentence about the award's origin, a pronoun would have nothing to stand for."""
    facts = {
        "award.name": _NAMES,
        "award.purpose": per_lang(
            "O selo distingue os operadores.",
            "El sello distingue a los operadores.",
            "The label recognises operators.",
            "Le label distingue les opérateurs.",
        ),
    }
    drafts = checked(tmp_path, facts, NO_LEVEL)
    assert "2026. O selo distingue" in drafts["pt"], drafts["pt"]  # s19: one sentence runs on in the lead
    assert "2026. El sello distingue" in drafts["es"], drafts["es"]
    assert "2026. The label recognises" in drafts["en"], drafts["en"]


def test_a_standards_purpose_does_not_name_the_standard_again(tmp_path: Path) -> None:
    """ "ISO 14001 was first published in 1996. It sets…", « … se publicó por primera vez en 1996. Fija… »."""
    facts = {
        "release.kind": "certification",
        "award.name": "ISO 14001:2015",
        "award.launched": 1996,
        "award.purpose": per_lang(
            "A norma fixa requisitos.",
            "La norma fija requisitos.",
            "The standard sets requirements.",
            "La norme fixe les exigences.",
        ),
    }
    drafts = checked(tmp_path, facts, NO_LEVEL)
    assert "em 1996. Fixa requisitos." in drafts["pt"], drafts["pt"]
    assert "en 1996. Fija requisitos." in drafts["es"], drafts["es"]
    assert "in 1996. It sets requirements." in drafts["en"], drafts["en"]


@pytest.mark.parametrize(
    ("text", "name", "lang", "said"),
    [
        ("The Blue Flag recognises beaches.", "Blue Flag", "en", "It recognises beaches."),
        ("The flag recognises beaches.", "Blue Flag", "en", "It recognises beaches."),
        ("The prize rewards designers.", "European Prize for Urban Design", "en", "It rewards designers."),
        ("The seal is renewed yearly.", "Seal of Excellence in Water", "en", "It is renewed yearly."),
        ("El distintivo no caduca.", "distintivo Playa Limpia", "es", "No caduca."),
        ("Las Becas Mar financian estancias.", "Becas Mar", "es", "Financian estancias."),
        ("O selo destina-se às empresas.", "selo Empresa Verde", "pt", "Destina-se às empresas."),
        ("A marca não caduca.", "marca Portugal Sou Eu", "pt", "Não caduca."),
    ],
)
def test_the_award_named_again_takes_the_languages_pronoun(text: str, name: str, lang: str, said: str) -> None:
    assert pronoun_again(text, name, "m", lang) == said


@pytest.mark.parametrize(
    ("text", "name", "lang"),
    [
        ("The green label recognises sites.", "Clean Water Label", "en"),  # an adjective before the noun
        ("The label's holders are audited.", "Clean Water Label", "en"),
        ("The scheme recognises sites.", "Clean Water Label", "en"),  # another noun
        ("This label recognises sites.", "Clean Water Label", "en"),
        ("El sello verde distingue los sitios.", "Sello Agua Limpia", "es"),  # an adjective after the noun
        ("El programa financia proyectos.", "Sello Agua Limpia", "es"),
        ("Los operadores lo solicitan.", "Sello Agua Limpia", "es"),
        ("O selo europeu distingue os sítios.", "Selo Água Limpa", "pt"),
        ("A água é analisada.", "Selo Água Limpa", "pt"),
        ("The label recognises sites.", "Clean Water Label", "de"),  # no way of its own: kept
    ],
)
def test_a_purpose_that_does_not_open_with_the_award_is_kept(text: str, name: str, lang: str) -> None:
    assert pronoun_again(text, name, "m", lang) == text


@pytest.mark.parametrize(
    ("names", "at", "held"),
    [
        (
            per_lang("Jornadas Técnicas do Mar", "Encuentros Empresariales del Mar", "Sea Meetings", "Rencontres"),
            {"pt": "nas Jornadas Técnicas do Mar", "es": "en los Encuentros Empresariales del Mar"},
            {"pt": "Jornadas Técnicas do Mar, realizadas em", "es": "Encuentros Empresariales del Mar, celebrados en"},
        ),
        (
            per_lang("Encontros de Exportação", "Jornadas de Exportación", "Export Meetings", "Rencontres"),
            {"pt": "nos Encontros de Exportação", "es": "en las Jornadas de Exportación"},
            {"pt": "Encontros de Exportação, realizados em", "es": "Jornadas de Exportación, celebradas en"},
        ),
        (
            per_lang("Feira do Mar", "Feria del Mar", "Sea Fair", "Foire de la mer"),
            {"pt": "na Feira do Mar", "es": "en la Feria del Mar"},
            {"pt": "Feira do Mar, realizada em", "es": "Feria del Mar, celebrada en"},
        ),
    ],
)
def test_an_event_with_a_plural_name_is_held_in_the_plural(
    tmp_path: Path, names: dict[str, str], at: dict[str, str], held: dict[str, str]
) -> None:
    """« en los Encuentros…, celebrados », « nas Jornadas…, realizadas », not « en la Encuentros…, celebrada »."""
    facts = {
        "release.kind": "prize",
        "award.name": per_lang("Prémio Exportação", "Premio Exportación", "Export Prize", "prix de l’Export"),
        "event": {"name": names, "city": "Vigo", "date": "2026-04-28"},
    }
    drafts = checked(tmp_path, facts, NO_LEVEL)
    for lang in ("pt", "es"):
        assert drafts[lang].splitlines()[0].endswith(at[lang]), drafts[lang]
        assert held[lang] in drafts[lang], drafts[lang]


def test_an_english_name_said_with_no_article_is_said_again_as_it(tmp_path: Path) -> None:
    """ "B Corp certification was created in 2007. B Corp certification assesses…" repeated the subject."""
    purpose = per_lang(
        "A certificação B Corp avalia o impacto de uma empresa.",
        "La certificación B Corp evalúa el impacto de una empresa.",
        "B Corp certification assesses a company’s impact.",
        "La certification B Corp évalue l’impact d’une entreprise.",
    )
    change = {"release.kind": "certification", "award.name": "B Corp", "award.level": None}
    md = checked(tmp_path, {**change, "award.launched": 2007, "award.purpose": purpose})
    assert "B Corp certification was created in 2007. It assesses a company’s impact." in md["en"], md["en"]
    assert pronoun_again("B Corp certification, created in 2007, assesses.", "B Corp certification", "f", "en") == (
        "B Corp certification, created in 2007, assesses."
    )
