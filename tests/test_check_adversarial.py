"""Errors an adversarial pass found on real parallel releases, each as a class: a surname turned into
an ordinary word of another language, an area in other units, a common noun holding a place's name.
Every text here is written afresh."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.checker import check
from drafter.extract import extract
from drafter.extract.areas import same_area


def _findings(folder: Path, texts: dict[str, str], suffix: str = ".txt") -> list[str]:
    folder.mkdir(parents=True, exist_ok=True)
    for lang, text in texts.items():
        (folder / f"{lang}{suffix}").write_text(text, encoding="utf-8")
    result = check([folder], jobs=1)
    return [f"{f.severity} {f.rule}: {f.message}" for f in result.findings if f.severity in ("error", "warning")]


# --- a person's name is never translated ------------------------------------------------------

SURNAMES = {
    "pt": (
        "O instituto nomeou Ana Ribeiro diretora científica a 12 de maio de 2025.\n\n"
        "Contacto: Pedro Costa, pedro.costa@example.org\n"
    ),
    "es": (
        "El instituto nombró a Ana Ribeiro directora científica el 12 de mayo de 2025.\n\n"
        "Contacto: Pedro Costa, pedro.costa@example.org\n"
    ),
}


def test_a_surname_kept_in_both_versions_is_no_finding(tmp_path: Path) -> None:
    assert _findings(tmp_path / "same", SURNAMES) == []


@pytest.mark.parametrize(("written", "changed"), [("Ana Ribeiro", "Ana Ribeira"), ("Pedro Costa", "Pedro Cuesta")])
def test_a_surname_changed_into_an_ordinary_word_is_reported(tmp_path: Path, written: str, changed: str) -> None:
    texts = {"pt": SURNAMES["pt"], "es": SURNAMES["es"].replace(written, changed)}
    found = _findings(tmp_path / "changed", texts)
    assert any(written in f and changed in f for f in found), found


def test_a_name_after_a_contact_label_is_a_person(tmp_path: Path) -> None:
    texts = {
        "pt": "A feira abre a 3 de junho de 2025.\n\nContacto: Neves Ribeiro, imprensa@example.org\n",
        "es": "La feria abre el 3 de junio de 2025.\n\nContacto: Neves Ribeira, imprensa@example.org\n",
    }
    assert any("Ribeira" in f for f in _findings(tmp_path / "contact", texts))


# --- an area in other units ----------------------------------------------------------------------

AREAS = {
    "pt": "O parque passa a ocupar 12 000 hectares a 2 de abril de 2025.\n",
    "en": "The park now covers 120 km² from 2 April 2025.\n",
    "fr": "Le parc couvre désormais quelque 29 650 acres depuis le 2 avril 2025.\n",
}


def test_an_area_converted_to_other_units_pairs(tmp_path: Path) -> None:
    assert _findings(tmp_path / "areas", AREAS) == []


def test_an_area_whose_conversion_disagrees_is_reported(tmp_path: Path) -> None:
    texts = {"pt": AREAS["pt"], "en": AREAS["en"].replace("120 km²", "150 km²")}
    found = _findings(tmp_path / "wrong", texts)
    assert any("12 000" in f and "150" in f and "area" in f for f in found), found


def test_areas_agree_within_a_rounding() -> None:
    assert same_area("area:120", "area:120")
    assert same_area("area:120", "area:119.988")  # 29 650 acres
    assert not same_area("area:120", "area:150")
    assert not same_area("area:120", "")


def test_a_number_before_a_unit_of_area_carries_its_square_kilometres() -> None:
    aliases = [m.alias for m in extract("12 000 ha, 45 hectáreas y 3 km² y 1 000 000 m²", "es") if m.kind == "number"]
    assert aliases == ["area:120", "area:0.45", "area:3", "area:1"]


# --- a common noun holding a place's name is not the place ----------------------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pt", "A região exporta vinho do Porto e vinhos da Madeira."),
        ("pt", "O Porto de Recreio abre em junho."),
        ("es", "El Puerto Deportivo exporta vino de Oporto."),
        ("en", "They grow Brussels sprouts and sell Madeira wine."),
        ("fr", "Le port de plaisance vend du vin de Porto et du liège."),
    ],
)
def test_a_common_noun_is_not_the_place_it_names(lang: str, text: str) -> None:
    assert [m.text for m in extract(text, lang) if m.kind in ("place", "name")] == []


@pytest.mark.parametrize(
    ("lang", "text"), [("pt", "Vive no Porto."), ("fr", "Il vit à Liège."), ("es", "Vive en Oporto.")]
)
def test_the_city_itself_is_still_read(lang: str, text: str) -> None:
    assert [m.kind for m in extract(text, lang)] == ["place"]


def test_a_marina_and_port_wine_against_their_translation(tmp_path: Path) -> None:
    texts = {
        "pt": "O Porto de Recreio de Cascais abre a 5 de junho de 2025 e a região exporta vinho do Porto.\n",
        "fr": "Le port de plaisance de Cascais ouvre le 5 juin 2025 et la région exporte du porto.\n",
    }
    assert _findings(tmp_path / "marina", texts) == []


# --- a city's byname is the city ---------------------------------------------------------------------


def test_a_citys_byname_meets_its_name_and_another_city_does_not(tmp_path: Path) -> None:
    texts = {
        "es": "El consejo se reunió el 4 de junio de 2009 en la Ciudad Condal y aprobó seis préstamos.\n",
        "en": "The board met in Barcelona on 4 June 2009 and approved six loans.\n",
    }
    assert _findings(tmp_path / "byname", texts) == []
    moved = {"es": texts["es"], "en": texts["en"].replace("Barcelona", "Valencia")}
    assert any("Valencia" in f for f in _findings(tmp_path / "moved", moved))


# --- a list in one version, a running sentence in another -------------------------------------------

LISTED = {
    "en": (
        "# Northwind Cluster opens three regional offices\n\n"
        "**Porto, 3 March 2026** – Northwind Cluster, an association of marine technology companies, has opened "
        "three regional offices to serve its 140 members.\n\n"
        "The new offices are in:\n\n"
        "- Aveiro, with 12 staff;\n- Viana do Castelo, with 8 staff;\n- Figueira da Foz, with 5 staff.\n\n"
        "The cluster will invest 2.4 million euros in the offices by 2028.\n"
    ),
    "pt": (
        "# Northwind Cluster abre três escritórios regionais\n\n"
        "**Porto, 3 de março de 2026.** O Northwind Cluster, uma associação de empresas de tecnologia marinha, "
        "abriu três escritórios regionais para servir os seus 140 associados.\n\n"
        "Os novos escritórios ficam em Aveiro, com 12 trabalhadores, em Viana do Castelo, com 8, e na Figueira "
        "da Foz, com 5.\n\n"
        "O cluster vai investir 2,4 milhões de euros nos escritórios até 2028.\n"
    ),
}


def test_a_list_against_the_same_items_in_a_sentence_pairs_and_a_changed_item_is_found(tmp_path: Path) -> None:
    """A translator who runs a bulleted list into one sentence has changed nothing; a number changed in one
    of the items is still an error."""
    assert _findings(tmp_path / "same", LISTED, ".md") == []
    changed = {**LISTED, "pt": LISTED["pt"].replace("com 8, e", "com 9, e")}
    found = _findings(tmp_path / "changed", changed, ".md")
    assert len(found) == 1 and found[0].startswith("error mismatch: A number differs: 9 in pt.md"), found
