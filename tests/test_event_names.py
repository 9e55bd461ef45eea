"""An event takes the gender of the noun its name starts with (French "le Salon…", "la Foire…"), and a
Portuguese city that takes the article keeps it ("realizado no Porto", "em Lisboa"): both from the
language data, not from lists in the templates."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from drafter import draft
from drafter.checker import check

from .newfacts import facts_file, per_lang

PRIZE: dict[str, Any] = {
    "release.kind": "prize",
    "award.name": per_lang("Prémio do Mar", "Premio del Mar", "Sea Prize", "Prix de la mer"),
    "award.date": "2026-04-15",
    "award.issuer": {"name": "Associação Náutica Europeia", "acronym": "ANE", "gender": "f"},
}


def _drafts(tmp_path: Path, event: dict[str, Any]) -> dict[str, str]:
    tmp_path.mkdir(exist_ok=True)
    drafted = draft(facts_file(tmp_path, {**PRIZE, "event": {"date": "2026-04-15", **event}}, ("award.level",)))
    for name, text in drafted.files("md").items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    assert check([tmp_path]).findings == ()
    return drafted.markdown


def test_a_salon_is_masculine_and_a_fair_feminine_in_french(tmp_path: Path) -> None:
    salon = per_lang("Salão Náutico", "Salón Náutico", "Boat Show", "Salon nautique")
    md = _drafts(tmp_path / "salon", {"name": salon, "city": "Paris", "country": "FR"})
    assert "lors du Salon nautique, qui s’est tenu à Paris" in md["fr"]
    assert "no Salão Náutico, realizado em Paris" in md["pt"]
    assert "en el Salón Náutico, celebrado en París" in md["es"]
    fair = per_lang("Feira do Mar", "Feria del Mar", "Sea Fair", "Foire de la mer")
    md = _drafts(tmp_path / "fair", {"name": fair, "city": "Paris", "country": "FR"})
    assert "lors de la Foire de la mer, qui s’est tenue à Paris" in md["fr"]


def test_the_facts_gender_has_the_last_word(tmp_path: Path) -> None:
    salon = per_lang("Salão Náutico", "Salón Náutico", "Boat Show", "Salon nautique")
    md = _drafts(tmp_path, {"name": salon, "city": "Paris", "country": "FR", "gender": "f"})
    assert "lors de la Salon nautique, qui s’est tenue" in md["fr"]  # as written, however odd


@pytest.mark.parametrize(
    ("city", "held"),
    [("Porto", "realizado no Porto"), ("Lisboa", "realizado em Lisboa"), ("Caldas da Rainha", "nas Caldas da Rainha")],
)
def test_a_portuguese_city_keeps_its_article(tmp_path: Path, city: str, held: str) -> None:
    congress = per_lang("Congresso do Mar", "Congreso del Mar", "Sea Congress", "Congrès de la mer")
    md = _drafts(tmp_path, {"name": congress, "city": city, "country": "PT"})
    assert held in md["pt"]


def test_a_prize_named_after_its_event_is_won_at_an_edition_of_it(tmp_path: Path) -> None:
    """ "…gold medal of the Concours Mondial de Bruxelles at the Concours Mondial de Bruxelles" says the event
    twice: the headline names it once, the lead places the prize at the event's edition of that year."""
    from .newfacts import checked

    name = per_lang(
        "Concurso Mundial de Bruxelas",
        "Concurso Mundial de Bruselas",
        "Concours Mondial de Bruxelles",
        "Concours mondial de Bruxelles",
    )
    md = checked(
        tmp_path,
        {
            "release.kind": "prize",
            "award.name": per_lang(
                "medalha de ouro do Concurso Mundial de Bruxelas",
                "medalla de oro del Concurso Mundial de Bruselas",
                "Concours Mondial de Bruxelles gold medal",
                "médaille d’or du Concours mondial de Bruxelles",
            ),
            "award.level": None,
            "award.date": "2026-04-30",
            "event": {
                "name": name,
                "city": per_lang("Bruxelas", "Bruselas", "Brussels", "Bruxelles"),
                "country": "BE",
                "date": "2026-04-28",
                "end": "2026-04-30",
                "gender": "m",
            },
        },
    )
    for lang, edition in {
        "pt": "na edição de 2026, realizada em Bruxelas",
        "es": "en la edición de 2026, celebrada en Bruselas",
        "en": "at the 2026 edition, held in Brussels",
        "fr": "lors de l’édition 2026, qui s’est tenue à Bruxelles",
    }.items():
        headline, _, body = md[lang].partition("\n")
        assert edition in body, md[lang][:600]
        assert headline.count(name[lang].split()[-1]) == 1, headline
        lead = next(part for part in body.strip().split("\n\n") if part.startswith("**"))
        assert lead.count(name[lang]) == 1  # in the prize's name only, not again as its place


def test_a_brand_goes_bare_where_names_do_and_keeps_its_article_in_portuguese(tmp_path: Path) -> None:
    md = _drafts(tmp_path / "brand", {"name": "Vinitech-Sifel", "city": "Bordeaux", "country": "FR", "gender": "m"})
    assert "at Vinitech-Sifel, held in Bordeaux" in md["en"], md["en"]
    assert "en Vinitech-Sifel, celebrado en Burdeos" in md["es"], md["es"]
    assert "lors de Vinitech-Sifel, qui s’est tenu à Bordeaux" in md["fr"], md["fr"]
    assert "no Vinitech-Sifel, realizado em Bordéus" in md["pt"], md["pt"]
    # the facts have the last word, in every language or in one
    md = _drafts(tmp_path / "bare", {"name": "Vinitech-Sifel", "city": "Bordeaux", "gender": "m", "article": False})
    assert "em Vinitech-Sifel, realizado em Bordéus" in md["pt"], md["pt"]
    md = _drafts(tmp_path / "the", {"name": "Vinitech-Sifel", "city": "Bordeaux", "gender": "m", "article": True})
    assert "at the Vinitech-Sifel, held in Bordeaux" in md["en"], md["en"]


@pytest.mark.parametrize(
    ("name", "said"),
    [
        ("Carrefour des technologies de l’eau", "lors du Carrefour des technologies de l’eau, qui s’est tenu"),
        ("Convention des maires de France", "lors de la Convention des maires de France, qui s’est tenue"),
        ("Rencontre nationale du bois", "lors de la Rencontre nationale du bois, qui s’est tenue"),
    ],
)
def test_more_nouns_of_french_events_give_their_article_and_gender(tmp_path: Path, name: str, said: str) -> None:
    """« à Carrefour des technologies de l’eau, qui s’est tenue » read the name as a brand."""
    md = _drafts(tmp_path, {"name": name, "city": "Lyon", "country": "FR"})
    assert said in md["fr"], md["fr"]


@pytest.mark.parametrize(
    "name",
    ["European Conference on Accessible Cities", "World Congress of Coastal Towns", "Global Summit for Ports"],
)
def test_an_english_name_is_named_by_its_noun_before_a_preposition(tmp_path: Path, name: str) -> None:
    """The noun an English name is named by stands before what it is about: "at the European Conference
    on…", never "at European Conference on…" as a brand would be; in the other languages it gives the
    gender of their word for it."""
    md = _drafts(tmp_path, {"name": name, "city": "Bruxelles", "country": "BE"})
    assert f"at the {name}, held in Brussels" in md["en"]
    said = {"conference": f"lors de l’{name}, qui s’est tenue", "congress": f"lors du {name}, qui s’est tenu"}
    assert said.get(name.split()[1].lower(), f"lors du {name}, qui s’est tenu") in md["fr"]
    assert f"{'el' if 'Congress' in name else 'la'} {name}, celebrad" in md["es"]  # congreso; conferencia, cumbre


def test_a_headline_too_long_with_its_event_leaves_it_to_the_lead(tmp_path: Path) -> None:
    """Past release.headline_max characters the headline ends with what was won; the lead names the event."""
    long = "European Conference and Exhibition on Accessible, Sustainable and Inclusive Coastal Cities"
    md = _drafts(tmp_path / "long", {"name": long, "city": "Bruxelles", "country": "BE"})
    assert md["en"].startswith("# Habitat wins the Sea Prize\n"), md["en"][:200]
    assert f"at the {long}, held in Brussels" in md["en"]
    md = _drafts(tmp_path / "short", {"name": "Boat Show", "city": "Bruxelles", "country": "BE"})
    assert md["en"].startswith("# Habitat wins the Sea Prize at the Boat Show\n"), md["en"][:200]


def test_a_french_level_ending_on_the_prizes_own_noun_does_not_repeat_it(tmp_path: Path) -> None:
    """« le Grand prix européen de la mer », not « le Grand Prix du prix européen de la mer »; a rank is the
    place it is (« la deuxième place du prix… », tests/test_prize_levels.py), never a prize of the prize."""
    level = {"name": per_lang("Grande Prémio", "Gran Premio", "Grand Prix", "Grand Prix"), "alone": True}
    event = {"name": "Boat Show", "city": "Bruxelles", "country": "BE"}
    name = per_lang("Prémio Europeu do Mar", "Premio Europeo del Mar", "European Sea Prize", "prix européen de la mer")
    tmp_path.mkdir(exist_ok=True)
    facts = facts_file(
        tmp_path, {**PRIZE, "award.name": name, "award.level": level, "event": {"date": "2026-04-15", **event}}
    )
    md = draft(facts).markdown
    assert md["fr"].startswith("# Habitat remporte le Grand prix européen de la mer au Boat Show\n"), md["fr"][:200]
    assert "a remporté le Grand prix européen de la mer lors du Boat Show" in md["fr"]
    for name, text in draft(facts).files("md").items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    assert check([tmp_path]).findings == ()
