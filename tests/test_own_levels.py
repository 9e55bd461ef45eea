"""Levels a scheme names itself (award.level as a block), a scheme's former name, and medals named with their
metal: the model, each language's wording with agreement, the upgrade, the check and the schema."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from drafter import draft
from drafter.checker import check
from drafter.errors import FactsError
from drafter.facts import load_facts
from drafter.facts.editor_schema import schema
from drafter.facts.levels import OwnLevel

from .newfacts import facts_file, per_lang

MENTION = {
    "name": per_lang("Menção Honrosa", "Mención de Honor", "Honourable Mention", "Mention d’honneur"),
    "alone": True,
    "gender": "f",
}
STARS = {"name": per_lang("5 Estrelas", "5 Estrellas", "5 Star", "5 étoiles"), "rank": 5}
CATEGORY = {
    "name": "Excellent",
    "noun": per_lang("categoria", "categoría", "category", "catégorie"),
    "gender": "f",
}
PRIZE: dict[str, Any] = {
    "release.kind": "prize",
    "release.date": "2026-05-11",
    "award.name": per_lang("Prémio Garnacha", "Premio Garnacha", "Grenache Prize", "prix Garnacha"),
    "award.date": "2026-05-09",
    "award.issuer": {"name": "Concours Mondial de Bruxelles", "gender": "m"},
    "event": {
        "name": per_lang("Concurso Mundial", "Concurso Mundial", "World Competition", "Concours mondial"),
        "gender": "m",
        "city": "Porto",
        "country": "PT",
        "date": "2026-05-07",
        "end": "2026-05-09",
    },
}


def _drafts(tmp_path: Path, change: dict[str, Any]) -> dict[str, str]:
    tmp_path.mkdir(parents=True, exist_ok=True)
    return draft(facts_file(tmp_path, change)).markdown


def _findings(tmp_path: Path, change: dict[str, Any], lang: str, old: str, new: str) -> list[str]:
    folder = tmp_path / "release"
    folder.mkdir(parents=True)
    md = draft(facts_file(folder, change)).markdown
    assert old in md[lang]
    md[lang] = md[lang].replace(old, new)
    for code, text in md.items():
        (folder / f"{code}.md").write_text(text, encoding="utf-8")
    return [f"{f.path} {f.message}" for f in check([folder]).findings]


def test_a_level_is_a_metal_or_a_block(tmp_path: Path) -> None:
    assert load_facts(facts_file(tmp_path, {"award.level": "silver"})).award.level == "silver"
    level = load_facts(facts_file(tmp_path, {"award.level": CATEGORY})).award.level
    assert isinstance(level, OwnLevel) and level.name == "Excellent"


@pytest.mark.parametrize(
    ("level", "said"),
    [
        ("Gold", "'Gold' is not one of: bronze, silver, gold, platinum; did you mean 'gold'?"),
        ({"nam": "Excellent"}, "award.level.nam: unknown key; did you mean 'name'?"),
        ({"name": "x", "alone": True, "noun": "y"}, "a level said alone qualifies no noun"),
    ],
)
def test_a_bad_level_is_one_clear_message(tmp_path: Path, level: Any, said: str) -> None:
    with pytest.raises(FactsError) as caught:
        load_facts(facts_file(tmp_path, {"award.level": level}))
    assert said in str(caught.value)


def test_a_level_qualifies_its_noun_with_agreement(tmp_path: Path) -> None:
    md = _drafts(tmp_path, {"release.kind": "renewal", "award.level": CATEGORY, "award.first_awarded": 2020})
    assert "renova a categoria Excellent do Cluster" in md["pt"]
    assert "renueva la categoría Excellent del Cluster" in md["es"]
    assert "Label in the Excellent category, which it has held since 2020." in md["en"]
    assert "la catégorie Excellent du Cluster Management Excellence Label, qu’il avait obtenue" in md["fr"]


def test_a_level_said_alone_is_what_was_won(tmp_path: Path) -> None:
    md = _drafts(tmp_path, {**PRIZE, "award.level": MENTION})
    assert md["pt"].startswith("# Habitat conquista a Menção Honrosa do Prémio Garnacha no Concurso Mundial")
    assert md["es"].startswith("# Habitat gana la Mención de Honor del Premio Garnacha en el Concurso Mundial")
    assert md["en"].startswith("# Habitat wins the Honourable Mention in the Grenache Prize at the World")
    assert md["fr"].startswith("# Habitat remporte la Mention d’honneur du prix Garnacha au Concours mondial")


def test_a_level_without_the_article_in_english(tmp_path: Path) -> None:
    best = {
        "name": per_lang("Melhor da Mostra", "Mejor de la Muestra", "Best in Show", "Meilleur du salon"),
        "alone": True,
    }
    md = _drafts(tmp_path, {**PRIZE, "award.level": {**best, "article": {"en": False}}})
    assert "has won Best in Show in the Grenache Prize" in md["en"]
    assert "conquistou o Melhor da Mostra do Prémio Garnacha" in md["pt"]
    # a rank won in a prize is a place, which English says bare whatever the facts (tests/test_prize_levels.py)
    first = {"name": per_lang("primeiro prémio", "primer premio", "first prize", "premier prix"), "alone": True}
    md = _drafts(tmp_path / "first", {**PRIZE, "award.level": first})
    assert "has won first place in the Grenache Prize" in md["en"]
    assert "conquistou o primeiro lugar do Prémio Garnacha" in md["pt"]


def test_an_upgrade_between_own_levels_climbs_by_rank(tmp_path: Path) -> None:
    four = {"name": per_lang("4 Estrelas", "4 Estrellas", "4 Star", "4 étoiles"), "rank": 4}
    md = _drafts(tmp_path, {"award.level": STARS, "award.previous": {"level": four, "year": 2022}})
    assert "passou do nível 4 Estrelas, que obteve em 2022, para o nível 5 Estrelas do" in md["pt"]
    assert "ha ascendido del nivel 4 Estrellas, que obtuvo en 2022, al nivel 5 Estrellas del" in md["es"]
    assert "at 5 Star level, up from the 4 Star level it reached in 2022" in md["en"]
    assert "a obtenu le niveau 5 étoiles du" in md["fr"] and "après avoir décroché le niveau 4 étoiles" in md["fr"]
    with pytest.raises(FactsError, match="is not below the level awarded now"):
        load_facts(facts_file(tmp_path, {"award.level": four, "award.previous": {"level": STARS, "year": 2022}}))
    with pytest.raises(FactsError, match="is the level awarded now"):
        load_facts(
            facts_file(
                tmp_path, {"award.level": STARS, "award.previous": {"level": copy.deepcopy(STARS), "year": 2022}}
            )
        )


def test_an_upgrade_whose_order_cannot_be_known_is_read_as_given(tmp_path: Path) -> None:
    facts = load_facts(
        facts_file(tmp_path, {"award.level": CATEGORY, "award.previous": {"level": "gold", "year": 2020}})
    )
    assert facts.award.previous is not None and facts.award.previous.level == "gold"


def test_the_former_name_is_said_once(tmp_path: Path) -> None:
    former = per_lang("Prémio Tinto", "Premio Tinto", "Red Wine Prize", "prix du Vin rouge")
    md = _drafts(tmp_path, {**PRIZE, "award.level": "gold", "award.former_name": former})
    assert "(anteriormente Prémio Tinto)" in md["pt"] and md["pt"].count("Prémio Tinto") == 1
    assert "(anteriormente, Premio Tinto)" in md["es"]
    assert "(formerly the Red Wine Prize)" in md["en"]
    assert "(anciennement prix du Vin rouge)" in md["fr"]


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("pt", "a Medalha de Ouro Olea Verona"),
        ("es", "la Medalla de Oro Olea Verona"),
        ("en", "the Olea Verona Gold Medal"),
        ("fr", "la Médaille d’or Olea Verona"),
    ],
)
def test_a_medal_says_its_metal_in_its_name(tmp_path: Path, lang: str, said: str) -> None:
    medal = per_lang("Medalha Olea Verona", "Medalla Olea Verona", "Olea Verona Medal", "Médaille Olea Verona")
    md = _drafts(tmp_path, {**PRIZE, "award.name": medal, "award.level": "gold"})
    assert said in md[lang].split("\n")[0]


def test_check_reads_them_all(tmp_path: Path) -> None:
    former = per_lang("Prémio Tinto", "Premio Tinto", "Red Wine Prize", "prix du Vin rouge")
    change = {**PRIZE, "award.level": MENTION, "award.former_name": former}
    assert _findings(tmp_path / "a", change, "es", "Premio Garnacha", "Premio Garnacha") == []
    dropped = _findings(tmp_path / "b", change, "es", "Mención de Honor", "Mención")
    missing = "the level awarded (mención de honor) is missing"
    assert any(f.startswith("award.level ") and missing in f.lower() for f in dropped), dropped
    renamed = _findings(tmp_path / "c", change, "en", "Red Wine Prize", "Wine Prize")
    assert any(f.startswith("award.former_name ") and "former name" in f.lower() for f in renamed), renamed


def test_the_schema_offers_metals_or_a_block() -> None:
    node = schema()["$defs"]["Award"]["properties"]["level"]["anyOf"][0]["oneOf"]
    assert node[0] == {"enum": ["bronze", "silver", "gold", "platinum"]}
    own = schema()["$defs"]["OwnLevel"]
    assert {"name", "noun", "alone", "gender", "article", "rank"} <= set(own["properties"])
    rules = schema()["$defs"]["Award"]["allOf"]
    gold = next(r for r in rules if r.get("if", {}).get("properties", {}).get("level") == {"const": "gold"})
    assert gold["then"]["properties"]["previous"]["properties"]["level"]["anyOf"][0] == {"enum": ["bronze", "silver"]}


@pytest.mark.parametrize(
    ("lang", "headline", "lead"),
    [
        (
            "pt",
            "sobe à Medalha de Ouro EcoVadis",
            "passou da Medalha de Prata, que obteve em 2024, para a Medalha de Ouro",
        ),
        (
            "es",
            "sube a la Medalla de Oro EcoVadis",
            "ascendido de la Medalla de Plata, que obtuvo en 2024, a la Medalla de Oro",
        ),
        ("en", "moves up to the EcoVadis Gold Medal", "has won the EcoVadis Gold Medal, up from the Silver Medal it"),
        ("fr", "passe à la Médaille d’or EcoVadis", "après avoir décroché la Médaille d’argent en 2024"),
    ],
)
def test_a_medal_upgraded_says_both_metals_in_its_name(tmp_path: Path, lang: str, headline: str, lead: str) -> None:
    medal = per_lang("Medalha EcoVadis", "Medalla EcoVadis", "EcoVadis Medal", "Médaille EcoVadis")
    change = {"award.name": medal, "award.level": "gold", "award.previous": {"level": "silver", "year": 2024}}
    md = _drafts(tmp_path, change)[lang]
    assert headline in md.split("\n")[0] and lead in md


def test_a_renewed_medal_says_its_metal_in_its_name(tmp_path: Path) -> None:
    medal = per_lang("Medalha EcoVadis", "Medalla EcoVadis", "EcoVadis Medal", "Médaille EcoVadis")
    md = _drafts(tmp_path, {"release.kind": "renewal", "award.name": medal, "award.level": "silver"})
    assert md["pt"].startswith("# Habitat renova a Medalha de Prata EcoVadis\n")
    assert md["es"].startswith("# Habitat renueva la Medalla de Plata EcoVadis\n")
    assert md["en"].startswith("# Habitat renews its EcoVadis Silver Medal\n")


def test_an_estate_named_quinta_is_no_ordinal_in_spanish() -> None:
    """An estate named "Quinta do Souto" in Spanish as in Portuguese; "la quinta edición" is still the fifth."""
    from drafter.extract import extract

    def ordinals(text: str) -> list[str]:
        return [m.value for m in extract(text, "es") if m.kind == "ordinal"]

    assert ordinals("Quinta do Souto gana el Gran Oro del Premio.") == []
    assert ordinals("Es la quinta edición del premio, en la Quinta de Olivos.") == ["5"]
    assert ordinals("Fue la quinta visita de la Quinta Edición.") == ["5", "5"]


def test_english_says_a_level_of_its_own_as_of_the_award(tmp_path: Path) -> None:
    seal = {"name": per_lang("Selo de Ouro", "Sello de Oro", "Gold Seal", "Sceau d’or"), "alone": True}
    md = _drafts(tmp_path / "a", {"award.level": MENTION})
    assert md["en"].startswith("# Habitat wins the Honourable Mention of the Cluster Management Excellence Label\n")
    md = _drafts(tmp_path / "b", {"release.kind": "renewal", "award.level": seal})
    assert md["en"].startswith("# Habitat renews the Gold Seal of its Cluster Management Excellence Label\n")
    assert "has renewed the Gold Seal of its Cluster Management Excellence Label." in md["en"]
    assert "renova o Selo de Ouro do Cluster" in md["pt"] and "renueva el Sello de Oro del Cluster" in md["es"]
