"""What a native editor changed in the drafts of kinds the examples do not cover.

A grant's purpose that opens on the programme the lead has just named takes its noun after a
demonstrative ("Este programa financia…", « Ce programme finance… », "The programme funds…"), not its
name again, nor a pronoun that would read as the grant. A prize whose name is kept in another language
takes the article of its noun there, which its translation shares ("el Prémio Escola Digital", never
"la", from "Escola"). A college named with its city ("Imperial College London") goes without "the" in
English in every role, and is masculine in Spanish and Portuguese, as a college is.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from drafter.lang.anaphora import programme_again

from .newfacts import checked, per_lang

NO_LEVEL = ("award.level",)

GRANT: dict[str, Any] = {
    "release.kind": "grant",
    "award.issuer": {
        "name": per_lang("Comissão Europeia", "Comisión Europea", "European Commission", "Commission européenne"),
        "gender": "f",
    },
    "grant": {"amount": 2500000, "project": per_lang("o projeto X", "el proyecto X", "project X", "le projet X")},
}


@pytest.mark.parametrize(
    ("name", "purpose", "said"),
    [
        (
            per_lang("Horizonte Europa", "Horizonte Europa", "Horizon Europe", "Horizon Europe"),
            per_lang(
                "O Horizonte Europa financia a investigação.",
                "Horizonte Europa financia la investigación.",
                "Horizon Europe funds research.",
                "Horizon Europe finance la recherche.",
            ),
            per_lang(
                "do Horizonte Europa. Este programa financia a investigação.",
                "de Horizonte Europa. Este programa financia la investigación.",
                "of Horizon Europe. The programme funds research.",
                "d’Horizon Europe. Ce programme finance la recherche.",
            ),
        ),
        (
            per_lang("Programa Mar Vivo", "Programa Mar Vivo", "Living Sea Programme", "programme Mer vivante"),
            per_lang(
                "O programa apoia a pesca.",
                "El Programa Mar Vivo apoya la pesca.",
                "The Living Sea Programme supports fishing.",
                "Le programme finance la pêche.",
            ),
            per_lang(
                "do Programa Mar Vivo. Este programa apoia a pesca.",
                "del Programa Mar Vivo. Este programa apoya la pesca.",
                "of the Living Sea Programme. The programme supports fishing.",
                "du programme Mer vivante. Ce programme finance la pêche.",
            ),
        ),
        (
            per_lang("Iniciativa Nautilus", "Iniciativa Nautilus", "Nautilus Initiative", "initiative Nautilus"),
            per_lang(
                "A Iniciativa Nautilus apoia a pesca.",
                "La iniciativa apoya la pesca.",
                "The initiative supports fishing.",
                "L’initiative Nautilus soutient la pêche.",
            ),
            per_lang(
                "da Iniciativa Nautilus. Esta iniciativa apoia a pesca.",
                "de la Iniciativa Nautilus. Esta iniciativa apoya la pesca.",
                "of the Nautilus Initiative. The initiative supports fishing.",
                "de l’initiative Nautilus. Cette initiative soutient la pêche.",
            ),
        ),
    ],
)
def test_a_grants_purpose_names_its_programme_by_its_noun(
    tmp_path: Path, name: dict[str, str], purpose: dict[str, str], said: dict[str, str]
) -> None:
    call = per_lang("o concurso de 2026", "la convocatoria de 2026", "the 2026 call", "l’appel à projets 2026")
    md = checked(tmp_path, {**GRANT, "award.name": name, "award.purpose": purpose, "grant.call": call}, NO_LEVEL)
    for lang, text in said.items():
        assert text in md[lang], lang


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Horizon Europe was set up in 2021.", "en"),  # "was" opens a predicate, but the name is another's
        ("Les projets sont évalués par un jury.", "fr"),
        ("O programa europeu financia a investigação.", "pt"),  # an adjective after the noun: kept
    ],
)
def test_a_purpose_that_opens_otherwise_is_kept(text: str, lang: str) -> None:
    assert programme_again(text, "Programa Mar Vivo" if lang == "pt" else "Erasmus Plus", lang) == text


@pytest.mark.parametrize(
    ("name", "articles"),
    [
        ("Prémio Escola Digital", {"es": "el Prémio Escola Digital", "fr": "le Prémio Escola Digital"}),
        ("Medalha Escola Digital", {"es": "la Medalha Escola Digital", "fr": "la Medalha Escola Digital"}),
        ("Premio Escuela Digital", {"pt": "o Premio Escuela Digital", "fr": "le Premio Escuela Digital"}),
        ("Médaille Innovation Bleue", {"pt": "a Médaille Innovation Bleue", "es": "la Médaille Innovation Bleue"}),
        ("Prix Innovation Bleue", {"pt": "o Prix Innovation Bleue", "es": "el Prix Innovation Bleue"}),
    ],
)
def test_a_prize_named_in_another_language_takes_its_nouns_article(
    tmp_path: Path, name: str, articles: dict[str, str]
) -> None:
    event = {
        "name": per_lang("Feira de Lisboa", "Feria de Lisboa", "Lisbon Fair", "Foire de Lisbonne"),
        "city": "Lisboa",
        "date": "2026-04-20",
    }
    md = checked(tmp_path, {"release.kind": "prize", "event": event, "award.name": name}, NO_LEVEL)
    for lang, said in articles.items():
        assert said in md[lang].replace("O ", "o ").replace("El ", "el ").replace("La ", "la "), lang
        wrong = {"m": "la ", "f": "el "}["f" if said.split()[0] in ("la", "a") else "m"]
        assert f"{wrong}{name}" not in md[lang].lower().replace(name.lower(), name), lang


@pytest.mark.parametrize("name", ["Imperial College London", "Trinity College Dublin"])
def test_a_college_named_with_its_city_is_bare_in_english_in_every_role(tmp_path: Path, name: str) -> None:
    partnership = {
        "project": per_lang("o projeto X", "el proyecto X", "the X project", "le projet X"),
        "partners": [{"name": name, "type": "university", "country": "GB"}, {"name": "Fiberlab", "country": "ES"}],
    }
    md = checked(tmp_path, {"award.issuer": {"name": name}, "partnership": partnership})
    assert f"the {name}" not in md["en"].replace("The ", "the ")
    assert f"{name} awarded" in md["en"]
    assert f"partners, {name} (United Kingdom)" in md["en"]
    assert f"o {name}" in md["pt"].replace("O ", "o ").replace("pelo ", "o ")
    assert f"el {name}" in md["es"].replace("El ", "el ")
    assert f"a {name}" not in md["pt"] and f"la {name}" not in md["es"]  # as a partner, of type university


@pytest.mark.parametrize("name", ["Royal College of Art", "European Secretariat for Cluster Analysis"])
def test_a_body_named_by_its_noun_keeps_the_in_english(tmp_path: Path, name: str) -> None:
    md = checked(tmp_path, {"award.issuer": {"name": name}})
    assert f"The {name} awarded" in md["en"]


@pytest.mark.parametrize(
    ("name", "said"),
    [
        ("Museu Municipal de Évora", "– The Museu Municipal de Évora,"),
        ("Fundación Ribera Norte", "– The Fundación Ribera Norte,"),
        ("Cluster Ribera Norte", "– Cluster Ribera Norte,"),  # a noun English shares: a name of its own
    ],
)
def test_an_organisation_named_in_another_language_by_its_noun_takes_the_in_english(
    tmp_path: Path, name: str, said: str
) -> None:
    md = checked(tmp_path, {"organisation.name": name})
    assert said in md["en"]


def test_a_branch_named_by_its_acronym_and_country_and_a_recognition_read_bare(tmp_path: Path) -> None:
    """ "The UNICEF Spain confirmed…" and "its Child Friendly City recognition certification" were English no
    editor writes: a body's branch named by its acronym and a country is bare, as "Arts Council England" is,
    and a recognition is a scheme's noun, which needs no "certification" after it."""
    en = checked(
        tmp_path,
        {
            "release.kind": "renewal",
            "award.name": "Child Friendly City recognition",
            "award.level": None,
            "award.launched": 1996,
            "award.issuer": {"name": "UNICEF Spain"},
        },
    )["en"]
    assert "renews its Child Friendly City recognition\n" in en
    assert (
        "has renewed its Child Friendly City recognition," in en
        or "has renewed its Child Friendly City recognition." in en
    )
    assert "UNICEF Spain confirmed the renewal" in en and "The UNICEF" not in en
    assert "The Child Friendly City recognition was created in 1996." in en
    assert "recognition certification" not in en
