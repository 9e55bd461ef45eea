"""What a release can leave out, and what a partner can add: issue 11's sector, level and acronym.

An organisation without a sector (a town council) is named by its name, or by a type of its own,
with nothing left dangling; a sector its name or type already says is not said again. A label
without levels is stated without one, and ``drafter check`` expects none. A partner's acronym is
written once after its name, in one bracket with its country, and ``drafter check`` finds it.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from drafter import draft
from drafter.checker import check
from drafter.facts import schema
from drafter.said import said_by

from .newfacts import LANGS4, drafts, facts_file, loaded, per_lang, refused


def _lead(md: str) -> str:
    return next(line for line in md.splitlines() if line.startswith("**Aveiro"))


def _headline(md: str) -> str:
    return md.splitlines()[0]


PUBLIC = {
    "organisation.name": per_lang(
        "Município de Aveiro", "Ayuntamiento de Aveiro", "Aveiro Town Council", "Ville d’Aveiro"
    ),
    "organisation.type": "public body",
    "organisation.article": True,
    "organisation.gender": per_lang("m", "m", "m", "f"),
}


# --- a sector left out ---------------------------------------------------------------------------


def test_a_sector_left_out_leaves_nothing_dangling(tmp_path: Path) -> None:
    md = drafts(tmp_path, PUBLIC, drop=("organisation.sector",))
    # pt: «Município» already says what it is: no «, um organismo público,» after it.
    assert "2026.** O Município de Aveiro obteve o nível Ouro do" in _lead(md["pt"])
    assert "2026.** El Ayuntamiento de Aveiro ha obtenido el nivel Oro del" in _lead(md["es"])
    assert "– The Aveiro Town Council has achieved the Cluster" in _lead(md["en"])  # "Council" says it too
    # fr: «Ville» says it too, and «un organisme public» would misname a town.
    assert "Aveiro, le 4 mai 2026.** La Ville d’Aveiro a obtenu le niveau Or du" in _lead(md["fr"])
    for lang, text in md.items():
        lead = _lead(text)
        assert not re.search(r" ,|,,|\b(a|an|um|un|une|the|o|el|le|la|do|del|du|in|of)\s*,", lead), (lang, lead)
        assert not re.search(r"sector|setor|secteur|None", lead), (lang, lead)


def test_a_type_of_ones_own_stays_without_a_sector(tmp_path: Path) -> None:
    """A type the facts give stays, alone; with neither a type nor a sector, the name goes straight on
    to the verb: no "an organisation" that says nothing."""
    own = {
        "organisation.type": per_lang("um museu municipal", "un museo municipal", "a town museum", "un musée municipal")
    }
    md = drafts(tmp_path, own, drop=("organisation.sector",))
    assert "O Habitat, um museu municipal, obteve" in _lead(md["pt"])
    assert "Habitat, un museo municipal, ha obtenido" in _lead(md["es"])
    assert "Habitat, a town museum, has achieved" in _lead(md["en"])
    assert "2026.** Le musée municipal Habitat a obtenu" in _lead(md["fr"])  # fr: the type before a bare name
    md = drafts(tmp_path, drop=("organisation.sector",))
    assert "2026.** O Habitat obteve" in _lead(md["pt"])
    assert "2026.** Habitat ha obtenido" in _lead(md["es"])
    assert "– Habitat has achieved" in _lead(md["en"])
    assert "2026.** Habitat a obtenu" in _lead(md["fr"])


def test_a_sector_the_type_or_name_already_says_is_not_repeated(tmp_path: Path) -> None:
    sport = {
        "organisation.type": per_lang(
            "uma federação desportiva", "una federación deportiva", "a sports federation", "une fédération sportive"
        ),
        "organisation.sector": per_lang("o desporto", "el deporte", "sport", "le sport"),
    }
    md = drafts(tmp_path, sport)
    assert "O Habitat, uma federação desportiva, obteve" in _lead(md["pt"])
    assert "Habitat, una federación deportiva, ha obtenido" in _lead(md["es"])
    assert "Habitat, a sports federation, has achieved" in _lead(md["en"])
    assert "2026.** La fédération sportive Habitat a obtenu" in _lead(md["fr"])
    museum = {
        "organisation.name": per_lang("Museu Têxtil", "Museo Textil", "Textile Museum", "Musée du Textile"),
        "organisation.sector": per_lang("os museus", "los museos", "museums", "les musées"),
    }
    md = drafts(tmp_path, museum)
    assert "O Museu Têxtil obteve" in _lead(md["pt"])
    assert "Museo Textil ha obtenido" in _lead(md["es"])
    assert "Textile Museum has achieved" in _lead(md["en"])


def test_a_sector_only_partly_said_is_kept(tmp_path: Path) -> None:
    md = drafts(
        tmp_path,
        {
            **PUBLIC,
            "organisation.sector": per_lang(
                "a saúde pública", "la salud pública", "public healthcare", "la santé publique"
            ),
        },
    )
    assert "The Aveiro Town Council, which is responsible for public healthcare, has" in _lead(md["en"])
    assert "El Ayuntamiento de Aveiro, dedicado a la salud pública, ha" in _lead(md["es"])


def test_a_certification_and_a_prize_without_a_sector(tmp_path: Path) -> None:
    """certification.md and prize.md extend award.md: its opening leaves the sector out for them too."""
    change: dict[str, Any] = {
        **PUBLIC,
        "release.kind": "certification",
        "award.name": "ISO 9001:2015",
        "award.level": None,
    }
    md = drafts(tmp_path, change, drop=("organisation.sector",))
    assert "The Aveiro Town Council has been certified" in _lead(md["en"])
    assert "El Ayuntamiento de Aveiro ha obtenido la certificación ISO 9001:2015" in _lead(md["es"])


# --- a level left out ----------------------------------------------------------------------------


def test_an_award_without_a_level_reads_naturally(tmp_path: Path) -> None:
    md = drafts(
        tmp_path,
        {
            "award.name": per_lang(
                "Selo Cidade Sustentável", "Sello Ciudad Sostenible", "Sustainable City Seal", "Label Ville durable"
            )
        },
        drop=("award.level",),
    )
    assert _headline(md["pt"]) == "# Habitat conquista o Selo Cidade Sustentável"
    assert _headline(md["es"]) == "# Habitat obtiene el Sello Ciudad Sostenible"
    assert _headline(md["en"]) == "# Habitat wins the Sustainable City Seal"
    assert _headline(md["fr"]) == "# Habitat obtient le Label Ville durable"
    assert "obteve o Selo Cidade Sustentável." in _lead(md["pt"])
    assert "ha obtenido el Sello Ciudad Sostenible." in _lead(md["es"])
    assert "has achieved the Sustainable City Seal." in _lead(md["en"])
    assert "a obtenu le Label Ville durable." in _lead(md["fr"])
    for text in md.values():
        assert "None" not in text and "nível" not in _lead(text) and "level" not in _lead(text)


def test_a_renewal_without_a_level_reads_naturally(tmp_path: Path) -> None:
    change = {
        "release.kind": "renewal",
        "award.first_awarded": 2020,
        "award.gender": "f",
        "award.name": per_lang("Marca Qualidade", "Marca Calidad", "Quality Mark", "Marque Qualité"),
    }
    md = drafts(tmp_path, change, drop=("award.level",))
    assert _headline(md["pt"]) == "# Habitat renova a Marca Qualidade"
    assert _headline(md["es"]) == "# Habitat renueva la Marca Calidad"
    assert _headline(md["en"]) == "# Habitat renews its Quality Mark"
    assert _headline(md["fr"]) == "# Habitat renouvelle la Marque Qualité"
    assert "renovou a Marca Qualidade, que obteve pela primeira vez em 2020." in _lead(md["pt"])
    assert "ha renovado la Marca Calidad, que obtuvo por primera vez en 2020." in _lead(md["es"])
    assert "has renewed its Quality Mark, which it has held since 2020." in _lead(md["en"])
    assert "a renouvelé la Marque Qualité, qu’il avait obtenue pour la première fois en 2020." in _lead(md["fr"])


def test_an_upgrade_needs_the_level_it_moves_up_to(tmp_path: Path) -> None:
    problems = refused(tmp_path, {"award.previous": {"level": "bronze", "year": 2013}}, drop=("award.level",))
    assert problems == [
        "award.previous: an upgrade from bronze needs the level awarded now: add level, or remove previous"
    ]
    awarded = next(rule for rule in schema()["$defs"]["Award"]["allOf"] if "previous" in str(rule.get("if")))
    assert awarded["then"]["required"] == ["level"]


def test_check_expects_no_level_that_was_not_given(tmp_path: Path) -> None:
    folder = tmp_path / "release"
    folder.mkdir()
    for lang, md in draft(facts_file(folder, drop=("award.level",))).markdown.items():
        (folder / f"{lang}.md").write_text(md, encoding="utf-8")
    assert check([folder]).findings == ()


# --- a partner's acronym -------------------------------------------------------------------------

PARTNERS: dict[str, Any] = {
    "partnership": {
        "project": per_lang("um sensor", "un sensor", "a sensor", "un capteur"),
        "partners": [
            {
                "name": per_lang(
                    "Centro de Investigação Marinha e Ambiental",
                    "Centro de Investigación Marina y Ambiental",
                    "Centre for Marine and Environmental Research",
                    "Centre de recherche marine et environnementale",
                ),
                "acronym": "CIMA",
                "type": "research centre",
                "country": "ES",
            },
            {"name": "Kustlak Coatings", "type": "company", "country": "NL"},
        ],
    }
}
"""Two countries: partners all from one are placed once, before their names (tests/test_one_country.py)."""


def test_a_partners_acronym_is_written_once_in_one_bracket_with_its_country(tmp_path: Path) -> None:
    md = drafts(tmp_path, PARTNERS)
    assert (
        "two partners, the Centre for Marine and Environmental Research (CIMA, Spain) "
        "and Kustlak Coatings (Netherlands)," in md["en"]
    )
    assert "o Centro de Investigação Marinha e Ambiental (CIMA, Espanha)" in md["pt"]
    assert "el Centro de Investigación Marina y Ambiental (CIMA, España)" in md["es"]
    assert "le Centre de recherche marine et environnementale (CIMA, Espagne)" in md["fr"]
    for text in md.values():
        assert text.count("CIMA") == 1 and ") (" not in text


def test_a_partner_at_home_keeps_its_acronym_alone(tmp_path: Path) -> None:
    home: dict[str, Any] = {"partnership": {**PARTNERS["partnership"]}}
    home["partnership"]["partners"] = [{**p, "country": "PT"} for p in PARTNERS["partnership"]["partners"]]
    md = drafts(tmp_path, home)
    assert "Centre for Marine and Environmental Research (CIMA) and Kustlak Coatings, to develop" in md["en"]


def test_an_acronym_needs_a_name(tmp_path: Path) -> None:
    nameless = {
        "partnership": {"project": per_lang("x", "x", "x", "x"), "partners": [{"country": "ES", "acronym": "CIMA"}]}
    }
    problems = refused(tmp_path, nameless)
    assert problems == [
        "partnership.partners[0].acronym: an acronym is written after a name: give the partner's name too"
    ]


@pytest.mark.parametrize("edit", ["(CIMA, ", "(CIMAR, "])
def test_check_finds_a_partners_acronym_dropped_or_changed(tmp_path: Path, edit: str) -> None:
    folder = tmp_path / "release"
    folder.mkdir()
    markdown = draft(facts_file(folder, PARTNERS)).markdown
    for lang, md in markdown.items():
        (folder / f"{lang}.md").write_text(md, encoding="utf-8")
    assert check([folder]).findings == ()
    wrong = "(" if edit == "(CIMA, " else edit
    (folder / "es.md").write_text(markdown["es"].replace("(CIMA, ", wrong), encoding="utf-8")
    found = [(f.path, f.where.file.rsplit("/", 1)[-1]) for f in check([folder]).findings]
    assert ("partnership.partners[0].acronym", "es.md") in found


def test_the_acronym_is_in_the_schema_and_the_model() -> None:
    assert "acronym" in schema()["$defs"]["Partner"]["properties"]
    assert "sector" not in schema()["$defs"]["Organisation"]["required"]


def test_loaded_facts_keep_the_acronym(tmp_path: Path) -> None:
    facts = loaded(tmp_path, PARTNERS)
    assert facts.partnership is not None and facts.partnership.partners[0].acronym == "CIMA"
    assert set(LANGS4) == set(facts.languages)


@pytest.mark.parametrize(
    ("phrase", "name", "said"),
    [
        ("el deporte", "federación deportiva", True),
        ("los museos", "Museo Textil de Asturias", True),
        ("la automoción", "clúster de la automoción", True),
        ("la biotecnología marina", "Clúster Ibérico de Biotecnología Marina", True),
        ("footwear", "family footwear company", True),
        ("public healthcare", "public body", False),
        ("investigación marina", "centro de investigación", False),
        ("o vinho", "cooperativa vitivinícola", False),
        ("de", "de", False),
    ],
)
def test_a_sector_is_said_by_a_name_when_every_word_of_it_is(phrase: str, name: str, said: bool) -> None:
    assert said_by(phrase, [name]) is said


def test_spanish_says_a_type_only_where_it_adds_something(tmp_path: Path) -> None:
    """es: a type whose noun is already in the name is not said again ("El Hospital de Aveiro, un
    hospital público"), nor a bare "una empresa"; a hospital is devoted to its field, not "del sector"."""
    hospital = {
        "organisation.name": per_lang(
            "Hospital de Aveiro", "Hospital de Aveiro", "Aveiro Hospital", "Hôpital d’Aveiro"
        ),
        "organisation.article": True,
        "organisation.type": per_lang(
            "um hospital público", "un hospital público", "a public hospital", "un hôpital public"
        ),
    }
    md = drafts(tmp_path, hospital, drop=("organisation.sector",))
    # what only the type says stays in the lead where "About" does not say it (s18): "público"
    assert "2026.** El Hospital de Aveiro, un hospital público, ha obtenido el nivel Oro del" in _lead(md["es"])
    about = per_lang("É um hospital público.", "Es un hospital público.", "A public hospital.", "Un hôpital public.")
    md = drafts(tmp_path, {**hospital, "organisation.about": about}, drop=("organisation.sector",))
    assert "2026.** El Hospital de Aveiro ha obtenido el nivel Oro del" in _lead(md["es"])
    md = drafts(
        tmp_path, {**hospital, "organisation.sector": per_lang("a saúde", "la sanidad", "healthcare", "la santé")}
    )
    assert "2026.** El Hospital de Aveiro ha obtenido" in _lead(md["es"])  # a hospital is in healthcare
    field = per_lang("a medicina desportiva", "la medicina deportiva", "sports medicine", "la médecine du sport")
    md = drafts(tmp_path, {**hospital, "organisation.sector": field})
    assert "2026.** El Hospital de Aveiro, dedicado a la medicina deportiva, ha obtenido" in _lead(md["es"])
    md = drafts(tmp_path, {"organisation.type": "company"}, drop=("organisation.sector",))
    assert "2026.** Habitat ha obtenido" in _lead(md["es"])


def test_a_spanish_certificate_gives_its_validity_in_the_same_sentence(tmp_path: Path) -> None:
    """es: "emitió el certificado …, con validez hasta …", not a second sentence repeating "el
    certificado"; an audit then opens the sentence."""
    change: dict[str, Any] = {
        "release.kind": "certification",
        "award.name": "ISO 9001:2015",
        "award.level": None,
        "award.date": "2025-03-12",
        "award.valid_until": "2028-03-11",
        "award.issuer": {"name": "Certiber", "article": False},
        "award.assessor": {"name": "Auditores Asociados", "article": False},
    }
    lead = _lead(drafts(tmp_path, change)["es"])
    assert (
        "Tras una auditoría a cargo de Auditores Asociados, Certiber emitió el certificado el 12 de marzo de 2025,"
        " con validez hasta el 11 de marzo de 2028." in lead
    )
    assert lead.count("certificado") == 1
