"""A prize's event as the lead names it: an event called by a common noun (a ceremony, a gala, a night, a
dinner) takes that noun's article in every language, as a fair or a congress does; an event whose name
already says its city is not "held in" that city too; an assessor that is itself a panel or a committee
proposes the winner, in Portuguese as in the other languages, rather than "a jury appointed by" it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from drafter.event_view import names_city
from drafter.lang.events import event_gender

from .newfacts import checked, drafts, per_lang

PRIZE: dict[str, Any] = {
    "release.kind": "prize",
    "award.name": per_lang(
        "Prémio Litoral Sustentável", "Premio Litoral Sostenible", "Sustainable Coast Award", "prix Littoral durable"
    ),
}
NO_LEVEL = ("award.level",)


def _event(name: str | dict[str, str], city: str = "Faro", country: str = "PT") -> dict[str, Any]:
    return {"name": name, "city": city, "date": "2026-04-28", "country": country}


def _lead(md: str) -> str:
    return md.split("\n\n")[1]


@pytest.mark.parametrize(
    ("name", "said"),
    [
        (
            per_lang(
                "Cerimónia de Entrega dos Galardões Mar Limpo",
                "Ceremonia de Entrega de los Galardones Mar Limpio",
                "Clean Sea Awards Ceremony",
                "Cérémonie de remise des trophées Mer propre",
            ),
            per_lang(
                "na Cerimónia de Entrega dos Galardões Mar Limpo, realizada em Faro",
                "en la Ceremonia de Entrega de los Galardones Mar Limpio, celebrada en Faro",
                "at the Clean Sea Awards Ceremony, held in Faro",
                "lors de la Cérémonie de remise des trophées Mer propre, qui s’est tenue à Faro",
            ),
        ),
        (
            per_lang(
                "Noite dos Vinhos do Atlântico",
                "Noche de los Vinos del Atlántico",
                "Atlantic Wine Night",
                "Soirée des vins de l’Atlantique",
            ),
            per_lang(
                "na Noite dos Vinhos do Atlântico, realizada",
                "en la Noche de los Vinos del Atlántico, celebrada",
                "at the Atlantic Wine Night, held",
                "lors de la Soirée des vins de l’Atlantique, qui s’est tenue",
            ),
        ),
        (
            per_lang(
                "Jantar dos Prémios Empresariais do Atlântico",
                "Cena de los Premios Empresariales del Atlántico",
                "Atlantic Business Awards Dinner",
                "Dîner des trophées de l’entreprise de l’Atlantique",
            ),
            per_lang(
                "no Jantar dos Prémios Empresariais do Atlântico, realizado",
                "en la Cena de los Premios Empresariales del Atlántico, celebrada",
                "at the Atlantic Business Awards Dinner, held",
                "lors du Dîner des trophées de l’entreprise de l’Atlantique, qui s’est tenu",
            ),
        ),
        # One word, the noun alone: no brand (« à VivaTech »), but « lors du Gala ».
        (
            "Gala",
            per_lang(
                "na Gala, realizada", "en la Gala, celebrada", "at the Gala, held", "lors du Gala, qui s’est tenu"
            ),
        ),
    ],
)
def test_an_event_named_by_its_noun_takes_that_noun_s_article(
    tmp_path: Path, name: dict[str, str] | str, said: dict[str, str]
) -> None:
    """ "en Ceremonia de los Premios…", "at European Green Capital Awards Ceremony", « lors de Soirée… »: a
    ceremony, a night, a dinner, a gala is named with its article, as "la Feria" and "the Congress" are."""
    md = checked(tmp_path, {**PRIZE, "event": _event(name)}, NO_LEVEL)
    for lang, words in said.items():
        assert words in _lead(md[lang]), (lang, _lead(md[lang]))


@pytest.mark.parametrize(
    ("lang", "name", "gender"),
    [
        ("es", "Ceremonia de los Premios del Mar", "f"),
        ("es", "Velada de los Premios del Mar", "f"),
        ("pt", "Cerimónia dos Prémios do Mar", "f"),
        ("pt", "Jantar dos Prémios do Mar", "m"),
        ("fr", "Remise des prix de la Mer", "f"),
        ("fr", "Dîner des prix de la Mer", "m"),
        ("fr", "Sea Awards Evening", "f"),
        ("es", "Sea Awards Ceremony", "f"),
        ("pt", "Sea Awards Reception", "f"),
    ],
)
def test_event_nouns_have_their_gender(lang: str, name: str, gender: str) -> None:
    assert event_gender(name, lang) == gender


def test_a_brand_still_goes_bare(tmp_path: Path) -> None:
    """A name that says no event noun in any language stays a brand: « à Marexpo », "at Marexpo"."""
    md = drafts(tmp_path, {**PRIZE, "event": _event("Marexpo")}, NO_LEVEL)
    assert "lors de Marexpo, qui s’est tenu à Faro" in _lead(md["fr"])
    assert "at Marexpo, held in Faro" in _lead(md["en"])


def test_an_event_named_after_its_city_is_not_held_there_again(tmp_path: Path) -> None:
    """ "at Vinexpo Bordeaux, held in Bordeaux, France": the name says the city; the country and the date stay."""
    show = per_lang("Feira Náutica de Cádis", "Feria Náutica de Cádiz", "Cádiz Boat Show", "Salon nautique de Cadix")
    md = checked(tmp_path, {**PRIZE, "event": _event(show, "Cádiz", "ES")}, NO_LEVEL)
    assert "na Feira Náutica de Cádis (Espanha) a 28 de abril de 2026." in _lead(md["pt"])
    assert "en la Feria Náutica de Cádiz (España) el 28 de abril de 2026." in _lead(md["es"])
    assert "at the Cádiz Boat Show, Spain, on 28 April 2026." in _lead(md["en"])
    assert "lors du Salon nautique de Cadix, en Espagne, le 28 avril 2026." in _lead(md["fr"])
    for text in md.values():
        assert "realizad" not in _lead(text) and "celebrad" not in _lead(text)
        assert "held in" not in _lead(text) and "s’est tenu" not in _lead(text)


def test_a_city_is_named_by_whole_words_only() -> None:
    assert names_city("Salão Vinexpo Bordéus", ("Bordéus", "Bordeaux"))
    assert not names_city("Feira de Portalegre", ("Porto",))
    assert not names_city("Feira de Portalegre", ("", ""))


@pytest.mark.parametrize(
    "assessor",
    [
        per_lang(
            "painel de avaliadores externos",
            "panel de evaluadores externos",
            "panel of external assessors",
            "comité d'évaluateurs externes",
        ),
        per_lang(
            "comité científico do festival",
            "comité científico del festival",
            "festival's scientific committee",
            "comité scientifique du festival",
        ),
    ],
)
def test_a_panel_or_a_committee_proposes_itself(tmp_path: Path, assessor: dict[str, str]) -> None:
    """ "sob proposta de um júri nomeado por um painel de peritos": a panel is a jury; it proposes."""
    md = drafts(tmp_path, {**PRIZE, "event": _event("Gala"), "award.assessor": {"name": assessor}}, NO_LEVEL)
    assert f"sob proposta de um {assessor['pt']}." in _lead(md["pt"]), _lead(md["pt"])
    assert "júri nomeado" not in md["pt"]
    assert "jury convened" not in md["en"] and "jury réuni" not in md["fr"]
