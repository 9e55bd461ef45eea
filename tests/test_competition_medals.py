"""A metal won at a competition is one of its medals (issue 11, s19 read): "wins a gold medal at the International
Cider Competition", "gana una medalla de oro en el Concurso…", "conquista uma medalha de ouro no Concurso…",
« remporte une médaille d’or au Concours… », and the medal is named again as such ("presented the medal").
Said as a prize's level ("gold in the International Cider Competition"), it read as if the whole competition had
been won. Every text here is written afresh."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from drafter.checker import check
from drafter.lang.competitions import competition

from .newfacts import checked, per_lang

FAIR = {
    "name": per_lang("Feira da Sidra", "Feria de la Sidra", "Cider Fair", "Foire du cidre"),
    "gender": {"pt": "f", "es": "f", "fr": "f"},
    "city": "Gijón",
    "country": "ES",
    "date": "2026-05-20",
}
CIDER = per_lang(
    "Concurso Internacional de Sidras",
    "Concurso Internacional de Sidras",
    "International Cider Competition",
    "Concours international des cidres",
)


def _medal(level: Any = "gold", name: Any = CIDER) -> dict[str, Any]:
    return {
        "release.kind": "prize",
        "release.date": "2026-05-22",  # after the fair: every draft says the medal was presented
        "award.name": name,
        "award.level": level,
        "event": FAIR,
        "award.date": "2026-05-20",
    }


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("pt", "uma medalha de ouro no Concurso Internacional de Sidras"),
        ("es", "una medalla de oro en el Concurso Internacional de Sidras"),
        ("en", "a gold medal at the International Cider Competition"),
        ("fr", "une médaille d’or au Concours international des cidres"),
    ],
)
def test_a_metal_won_at_a_competition_is_one_of_its_medals(tmp_path: Path, lang: str, said: str) -> None:
    md = checked(tmp_path, _medal())
    headline, _, lead = md[lang].partition("\n")
    assert said in headline
    assert said in lead
    assert "ouro do Concurso" not in md[lang] and "oro del Concurso" not in md[lang]
    assert "gold in the" not in md[lang] and "l’or du" not in md[lang]
    if lang == "en":  # one "at" in the headline: the fair is named in the lead
        assert headline.endswith("at the International Cider Competition")


def test_the_medal_is_named_again_as_a_medal(tmp_path: Path) -> None:
    md = checked(tmp_path, _medal("silver"))
    assert "a silver medal at the International Cider Competition" in md["en"]
    assert "presented the medal" in md["en"]
    assert "entregó la medalla" in md["es"]
    assert "atribuiu-lhe a medalha" in md["pt"]
    assert "lui a remis la médaille" in md["fr"]
    assert "une médaille d’argent au Concours" in md["fr"]


def test_a_prize_that_is_no_competition_keeps_its_level_as_what_was_won(tmp_path: Path) -> None:
    prize = per_lang("Prémio Sidra Nova", "Premio Sidra Nueva", "New Cider Prize", "prix Cidre nouveau")
    md = checked(tmp_path, _medal("gold", prize))
    assert "gold in the New Cider Prize" in md["en"]
    assert "o ouro do Prémio Sidra Nova" in md["pt"]
    assert "medal" not in md["en"].split("## ")[0]


def test_another_metal_in_one_version_is_still_reported(tmp_path: Path) -> None:
    folder = tmp_path / "release"
    md = checked(tmp_path, _medal())
    (folder / "es.md").write_text(md["es"].replace("una medalla de oro", "una medalla de plata", 1), encoding="utf-8")
    found = [f for f in check([folder]).findings if f.severity == "error"]
    assert any(f.path == "award.level" for f in found), [f.message for f in found]


@pytest.mark.parametrize(
    ("name", "lang", "found"),
    [
        ("International Olive Oil Competition", "en", True),
        ("Great Cheese Contest 2026", "en", True),
        ("Concurso Mundial de Bruselas", "es", True),
        ("Concours général agricole", "fr", True),
        ("Certame de Vinhos do Dão", "pt", True),
        ("Water Innovation Prize", "en", False),
        ("Prémio Concurso de Ideias", "pt", False),
        ("Competition Law Award", "en", False),
    ],
)
def test_a_competition_is_known_by_the_noun_that_heads_its_name(name: str, lang: str, found: bool) -> None:
    assert (competition(name, lang) is not None) is found


ENTRY = per_lang("a sua Sidra Brava 2025", "su Sidra Brava 2025", "its Sidra Brava 2025", "sa Sidra Brava 2025")


def test_a_prize_can_name_the_entry_that_won_it(tmp_path: Path) -> None:
    # the s19 read: a wine's medal whose lead could not say which wine won it
    md = checked(tmp_path, {**_medal(), "award.awarded_to": ENTRY})
    assert "a gold medal at the International Cider Competition with its Sidra Brava 2025" in md["en"]
    assert "en el Concurso Internacional de Sidras con su Sidra Brava 2025" in md["es"]
    assert "no Concurso Internacional de Sidras com a sua Sidra Brava 2025" in md["pt"]
    assert "au Concours international des cidres avec sa Sidra Brava 2025" in md["fr"]
    assert "Sidra Brava" not in md["en"].partition("\n")[0]  # the headline keeps the medal alone


def test_a_version_that_drops_the_entry_is_reported(tmp_path: Path) -> None:
    folder = tmp_path / "release"
    md = checked(tmp_path, {**_medal(), "award.awarded_to": ENTRY})
    (folder / "fr.md").write_text(md["fr"].replace(" avec sa Sidra Brava 2025", ""), encoding="utf-8")
    found = [f for f in check([folder]).findings if f.severity == "error"]
    assert [f.path for f in found] == ["award.awarded_to"], [f.message for f in found]
