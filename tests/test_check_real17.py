"""Misses a native editor found (issue 12) and classes of false finding met on new real releases: the way a
change went between versions, a region said through the place it is named after or its adjective, a fact
said twice in one version (once right, once wrong), a person with a first name the list lacked, and a
name with a hyphenated word. Every text here is written afresh; each test failed before the change it stands for."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.extract import extract

from .parallel import findings as _findings

# --- 1. the way a change went, between versions ----------------------------------------------------------


@pytest.mark.parametrize(
    "texts",
    [
        pytest.param(
            {
                "es": "Reducción del 31 % del tráfico de coches en el centro en 2026.\n",
                "en": "A rise of 31% in car traffic in the centre in 2026.\n",
                "pt": "Redução de 31 % do tráfego automóvel no centro em 2026.\n",
            },
            id="es and pt a fall, en a rise",
        ),
        pytest.param(
            {
                "fr": "La consommation d’eau du parc est en hausse de 22 % depuis 2024.\n",
                "pt": "O consumo de água do parque caiu 22 % desde 2024.\n",
            },
            id="fr a rise, pt a fall, the verb after or before",
        ),
    ],
)
def test_a_change_said_to_go_opposite_ways_is_an_error(tmp_path: Path, texts: dict[str, str]) -> None:
    found = [f for f in _findings(tmp_path, texts) if f.startswith("error") and "way" in f]
    assert len(found) == 1, _findings(tmp_path, texts)
    assert "a rise" in found[0] and "a fall" in found[0]


def test_a_change_every_version_says_the_same_way_passes(tmp_path: Path) -> None:
    texts = {
        "es": "Reducción del 31 % del tráfico de coches en el centro en 2026.\n",
        "en": "A fall of 31% in car traffic in the centre in 2026.\n",
        "fr": "Baisse de 31 % de la circulation automobile dans le centre en 2026.\n",
    }
    assert _findings(tmp_path, texts) == []


def test_a_way_one_version_leaves_unsaid_is_no_finding(tmp_path: Path) -> None:
    """ "up to 100%" beside "até 100 %": English says no change there, and Portuguese none at all."""
    texts = {
        "en": "The bank will finance up to 100% of each project in 2026.\n",
        "pt": "O banco financiará até 100 % de cada projeto em 2026.\n",
    }
    assert _findings(tmp_path, texts) == []


# --- 2. a region said through the place it is named after, or its adjective --------------------------------


@pytest.mark.parametrize(
    "texts",
    [
        pytest.param(
            {
                "en": "The vineyard, in the Loire Valley, won a gold medal in 2026.\n",
                "pt": "A vinha, no vale do Loire, ganhou uma medalha de ouro em 2026.\n",
                "es": "El viñedo, en el valle del Loira, ganó una medalla de oro en 2026.\n",
                "fr": "Le vignoble ligérien a gagné une médaille d’or en 2026.\n",
            },
            id="Loire: the valley, lower case, and the French adjective",
        ),
        pytest.param(
            {
                "en": "The winery, in the Douro Valley, opened its cellar in 2026.\n",
                "pt": "A adega, no vale do Douro, abriu a cave em 2026.\n",
                "es": "La bodega, en el valle del Duero, abrió su cava en 2026.\n",
            },
            id="Douro: the valley written in lower case",
        ),
    ],
)
def test_a_region_said_through_its_place_or_adjective_is_the_region(tmp_path: Path, texts: dict[str, str]) -> None:
    assert _findings(tmp_path, texts) == []


def test_a_region_no_version_gives_in_any_form_is_still_reported(tmp_path: Path) -> None:
    texts = {
        "en": "The vineyard, in the Loire Valley, won a gold medal in 2026.\n",
        "pt": "A vinha ganhou uma medalha de ouro em 2026.\n",
    }
    assert any("Loire Valley" in f for f in _findings(tmp_path, texts))


# --- 3. a fact said twice in one version, once right and once wrong ---------------------------------------

_FACTS = """\
release:
  kind: renewal
  date: 2026-12-01
  city: Rennes
  languages: [es, en]
organisation:
  name: Mutuelle Kervel
  type: {es: mutua de seguros, en: mutual insurer}
  gender: f
  country: FR
  website: www.mutuelle-kervel.example
  about:
    es: Mutuelle Kervel asegura a 12.000 mutualistas en Bretaña.
    en: Mutuelle Kervel insures 12,000 members in Brittany.
award:
  name: Label Achats Durables
  date: 2026-11-24
  first_awarded: 2020-12
  times_renewed: TIMES
  issuer:
    name: Agence des achats
    gender: f
    url: www.agence-achats.example
"""


def _renewal(tmp_path: Path, es: str, en: str, times: int = 2) -> list[str]:
    (tmp_path / "facts.yaml").write_text(_FACTS.replace("TIMES", str(times)), encoding="utf-8")
    return _findings(tmp_path, {"es": es, "en": en})


def test_a_times_said_right_in_the_headline_and_wrong_in_the_lead_is_an_error(tmp_path: Path) -> None:
    found = _renewal(
        tmp_path,
        "# Mutuelle Kervel renueva por segunda vez el Label Achats Durables\n\n"
        "Mutuelle Kervel ha renovado por tercera vez el Label Achats Durables el 24 de noviembre de 2026.\n",
        "# Mutuelle Kervel renews the Label Achats Durables for the second time\n\n"
        "Mutuelle Kervel renewed the Label Achats Durables for the second time on 24 November 2026.\n",
    )
    wrong = [f for f in found if f.startswith("error") and "tercera" in f]
    assert len(wrong) == 1, found
    assert "segunda" in wrong[0] and "es.txt" in wrong[0]


def test_a_times_said_right_twice_passes(tmp_path: Path) -> None:
    found = _renewal(
        tmp_path,
        "# Mutuelle Kervel renueva por tercera vez el Label Achats Durables\n\n"
        "Mutuelle Kervel ha renovado por tercera vez el Label Achats Durables el 24 de noviembre de 2026.\n",
        "# Mutuelle Kervel renews the Label Achats Durables for the third time\n\n"
        "Mutuelle Kervel renewed the Label Achats Durables for the third time on 24 November 2026.\n",
        times=3,
    )
    assert not [f for f in found if "time" in f or "vez" in f], found


# --- 4. classes met on new real releases --------------------------------------------------------------------


def test_a_person_named_in_one_version_only_is_reported_among_three(tmp_path: Path) -> None:
    texts = {
        "en": "The bank lent EUR 90 million to four rural banks in 2014.\n\nIt helps firms in farming areas.\n",
        "fr": "La banque a prêté 90 millions d'EUR à quatre banques rurales en 2014.\n\n"
        "Elle aide les entreprises des zones agricoles.\n",
        "es": "El banco prestó 90 millones de euros a cuatro cajas rurales en 2014.\n\n"
        "El director comercial de Bantierra, Jesús García Polo, destacó la importancia del acuerdo.\n",
    }
    assert any("García Polo" in f for f in _findings(tmp_path, texts))


def test_a_name_with_a_hyphenated_word_is_read_whole() -> None:
    names = [m.text for m in extract("It is part of the European Association of Co-operative Banks.", "en")]
    assert "European Association of Co-operative Banks" in names, names
