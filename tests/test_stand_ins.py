"""What stands where a fact should (s18 editor's reading of drafter check): another level of the awarded
level's series said beside the right one or in its stead, a speaker's name respelt at the place the other
versions give it, a word cut at its apostrophe read as a first name, a French département's compound
adjective for the département. Every text here is written afresh."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from drafter import draft
from drafter.checker import check
from drafter.extract import extract
from drafter.lang.ranks import rivals

from .newfacts import facts_file, per_lang
from .parallel import findings as parallel_findings

PRIZE: dict[str, Any] = {
    "release.kind": "prize",
    # a competition: a rank won in a prize is said as a place (tests/test_prize_levels.py)
    "award.name": per_lang(
        "Concurso Lusco-Fusco", "Concurso Lusco-Fusco", "Lusco-Fusco Competition", "concours Lusco-Fusco"
    ),
    "release.date": "2026-05-11",
    "award.date": "2026-05-09",
    "award.issuer": {"name": "Fundação Marés Vivas", "gender": "f"},
    "event": {
        "name": per_lang("Gala dos Faróis", "Gala de los Faros", "Lighthouse Gala", "Gala des Phares"),
        "gender": "f",
        "city": "Porto",
        "country": "PT",
        "date": "2026-05-08",
    },
    "award.level": {
        "name": per_lang("segundo prémio", "segundo premio", "second prize", "deuxième prix"),
        "alone": True,
        "gender": "m",
        "article": {"en": False},
    },
}
SAID = {"pt": "segundo prémio", "es": "segundo premio", "en": "second prize", "fr": "deuxième prix"}


def _edited(tmp_path: Path, change: dict[str, Any], lang: str, old: str, new: str, count: int) -> list[str]:
    """The errors of ``drafter check`` once ``old`` is ``new`` in ``lang``'s draft (all of them where
    ``count`` is 0; else from the ``count``-th on), as "file:line:column message"."""
    folder = tmp_path / "release"
    folder.mkdir(parents=True)
    md = draft(facts_file(folder, change)).markdown
    text = md[lang]
    assert text.count(old) >= max(count, 1), text
    if count:
        head, _, tail = text.partition(old)
        for _ in range(count - 1):
            part, _, tail = tail.partition(old)
            head += old + part
        text = head + new + tail.replace(old, new)
    else:
        text = text.replace(old, new)
    md[lang] = text
    for code, draft_text in md.items():
        (folder / f"{code}.md").write_text(draft_text, encoding="utf-8")
    return [
        f"{f.locations[0].line}:{f.locations[0].column} {f.message}"
        for f in check([folder], jobs=1).findings
        if f.severity == "error"
    ]


def test_a_faithful_release_of_a_ranked_prize_has_no_finding(tmp_path: Path) -> None:
    folder = tmp_path / "release"
    folder.mkdir()
    md = draft(facts_file(folder, PRIZE)).markdown
    for lang, text in md.items():
        assert SAID[lang] in text.lower(), text
        (folder / f"{lang}.md").write_text(text, encoding="utf-8")
    assert [f.message for f in check([folder], jobs=1).findings] == []


@pytest.mark.parametrize(
    ("lang", "new"),
    [("pt", "primeiro prémio"), ("es", "tercer premio"), ("en", "first prize"), ("fr", "troisième prix")],
)
def test_another_rank_beside_the_right_one_is_an_error_where_it_stands(tmp_path: Path, lang: str, new: str) -> None:
    found = _edited(tmp_path, PRIZE, lang, SAID[lang], new, 2)
    assert len(found) == 1, found
    assert f"The level awarded is said two ways in {lang}.md: “{new}” here, and “{SAID[lang]}” elsewhere" in found[0]
    assert not found[0].startswith("1:"), found  # the lead's, not the headline's


@pytest.mark.parametrize(("lang", "new"), [("pt", "3.º prémio"), ("en", "third prize"), ("fr", "premier prix")])
def test_another_rank_in_every_place_is_reported_where_it_stands(tmp_path: Path, lang: str, new: str) -> None:
    found = _edited(tmp_path, PRIZE, lang, SAID[lang], new, 0)
    said = f"The level awarded is “{new}” in {lang}.md, where facts.yaml says “{SAID[lang]}”."
    assert [f for f in found if said in f] == found and found, found
    assert all(f.split(" ")[0] != "1:1" for f in found), found


def test_a_metal_beside_the_awarded_one_is_an_error(tmp_path: Path) -> None:
    found = _edited(tmp_path, {}, "en", "Gold", "Platinum", 2)
    assert any("The level awarded is said two ways in en.md: “Platinum” here, and “Gold” elsewhere" in f for f in found)


def test_the_level_held_before_is_no_rival(tmp_path: Path) -> None:
    folder = tmp_path / "release"
    folder.mkdir()
    md = draft(facts_file(folder, {"award.previous": {"level": "silver", "year": 2024}})).markdown
    assert "Silver" in md["en"] and "Gold" in md["en"]
    for lang, text in md.items():
        (folder / f"{lang}.md").write_text(text, encoding="utf-8")
    assert [f.message for f in check([folder], jobs=1).findings] == []


def test_the_rivals_of_a_level_are_the_other_ranks_and_metals_of_its_series() -> None:
    assert {"primeiro prémio", "terceiro prémio", "1.º prémio", "décimo prémio"} <= set(rivals("segundo prémio", "pt"))
    assert "segundo prémio" not in set(rivals("segundo prémio", "pt"))
    assert {"primer premio", "tercer premio"} <= set(rivals("segundo premio", "es"))
    assert {"Grand Silver", "Grand Platinum"} <= set(rivals("Grand Gold", "en"))
    assert "Medalla de Plata" in set(rivals("Medalla de Oro", "es"))
    assert "médaille d’argent" in set(rivals("médaille d’or", "fr"))
    assert list(rivals("Excellent", "en")) == [] and list(rivals("Mention d’honneur", "fr")) == []


def test_a_speakers_name_respelt_is_reported_where_it_stands(tmp_path: Path) -> None:
    quote = {
        "speaker": "Benedikta Ó Ceallacháin",
        "role": per_lang("presidente", "presidenta", "chair", "présidente"),
        "text": per_lang("Obrigada.", "Gracias.", "Thank you.", "Merci."),
    }
    found = _edited(tmp_path, {"quotes": [quote]}, "fr", "Ó Ceallacháin", "Ó Callaghan", 0)
    said = "The name of the person quoted is “Benedikta Ó Callaghan” in fr.md, where facts.yaml says"
    assert [f for f in found if said in f] and all(not f.startswith("1:1 ") for f in found), found


@pytest.mark.parametrize(
    "text",
    [
        "The tenants told us, ‘Don’t build it for us’, and we listened.",
        "The neighbours said, ‘They’re here at last’, and waved.",
        "The chair asked, ‘Isn’t it time we met?’, and no one answered.",
    ],
)
def test_a_word_cut_at_its_apostrophe_is_no_name(text: str) -> None:
    assert [m.text for m in extract(text, "en") if m.kind == "name"] == []


def test_a_name_before_a_possessive_stays_a_name() -> None:
    assert [m.text for m in extract("The jury praised Dunmoray’s new ramps.", "en") if m.kind == "name"] == ["Dunmoray"]


@pytest.mark.parametrize(
    ("fr", "other"),
    [
        ("Le fournisseur haut-savoyard livre 40 machines.", "The Haute-Savoie supplier delivers 40 machines."),
        ("La coopérative bas-rhinoise livre 40 machines.", "La cooperativa del Bajo Rin entrega 40 máquinas."),
        ("L’atelier franc-comtois livre 40 machines.", "A oficina do Franco-Condado entrega 40 máquinas."),
    ],
)
def test_a_departements_compound_adjective_is_the_departement(tmp_path: Path, fr: str, other: str) -> None:
    lang = "en" if other.startswith("The") else "es" if " del " in other else "pt"
    assert parallel_findings(tmp_path / "r", {"fr": fr + "\n", lang: other + "\n"}) == []


def test_a_departement_no_version_gives_is_still_reported(tmp_path: Path) -> None:
    found = parallel_findings(
        tmp_path / "r",
        {
            "fr": "Le fournisseur savoyard livre 40 machines.\n",
            "es": "El proveedor de la Alta Saboya entrega 40 máquinas.\n",
        },
    )
    assert any("Alta Saboya" in f for f in found), found
