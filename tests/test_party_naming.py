"""How bodies and partners are named, in every language, sentence by sentence (drafter/parties.py).

A body in a second role is named again by its acronym, with its article and no second link; a
partner's country is given where it is not the organisation's; a long list is grouped by country;
one partner from each of several countries is said so, with the count kept; a Spanish verb agrees
with the co-funders. Every case's drafts pass ``drafter check`` with no finding.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

from drafter import draft
from drafter.catalog import Catalog, builtin_dir
from drafter.checker import check
from drafter.view import build_view

from .newfacts import facts_file, loaded, per_lang

LIA: dict[str, Any] = {
    "name": per_lang(
        "Laboratórios Ibéricos da Água",
        "Laboratorios Ibéricos del Agua",
        "Iberian Water Laboratories",
        "Laboratoires ibériques de l’eau",
    ),
    "acronym": "LIA",
    "gender": "mp",
    "url": "https://www.lia.example",
}
PROJECT = per_lang("um projeto", "un proyecto", "a project", "un projet")
GRANT = {"amount": 480000, "project": per_lang("o projeto X", "el proyecto X", "the X project", "le projet X")}


def _checked_drafts(tmp_path: Path, change: dict[str, Any]) -> dict[str, str]:
    """The drafts of ``change`` in each language, after checking that ``drafter check`` finds nothing in them."""
    change = json.loads(json.dumps(change))  # one dict in two roles would be written as a YAML anchor
    drop = ("award.level",) if change.get("release.kind") in ("grant", "certification") else ()
    facts = facts_file(tmp_path, change, drop)
    markdown = draft(facts).markdown
    for lang, text in markdown.items():
        (tmp_path / f"{lang}.md").write_text(text, encoding="utf-8")
    findings = [f"{f.rule} {f.path}: {f.message}" for f in check([tmp_path]).findings]
    assert findings == []
    return markdown


def _has(md: dict[str, str], expected: dict[str, list[str]]) -> None:
    for lang, sentences in expected.items():
        for sentence in sentences:
            assert sentence in md[lang], f"{lang}: {sentence!r} not in\n{md[lang]}"


# --- a body named again ------------------------------------------------------------------------------


def test_a_body_in_three_roles_is_named_in_full_once(tmp_path: Path) -> None:
    lia = {"award.issuer": LIA, "award.launched_by": LIA, "award.backed_by": LIA, "award.launched": 2014}
    md = _checked_drafts(tmp_path, lia)
    _has(
        md,
        {
            "pt": [
                "Os [Laboratórios Ibéricos da Água (LIA)](https://www.lia.example) atribuíram-lhe o selo",
                "O Cluster Management Excellence Label foi criado em 2014 por iniciativa dos LIA. "
                "Conta com o reconhecimento e o apoio dos LIA.",
            ],
            "es": [
                "Los [Laboratorios Ibéricos del Agua (LIA)](https://www.lia.example) le concedieron el sello",
                "El Cluster Management Excellence Label se creó en 2014 por iniciativa de los LIA. "
                "Cuenta con el reconocimiento y el apoyo de los LIA.",
            ],
            "en": [
                "The [Iberian Water Laboratories (LIA)](https://www.lia.example) awarded the label on 28 April 2026.",
                "The Cluster Management Excellence Label was created in 2014 on the initiative of the LIA. "
                "It is recognised and promoted by the LIA.",
            ],
            "fr": [
                "Les [Laboratoires ibériques de l’eau (LIA)](https://www.lia.example) lui ont décerné",
                "Le Cluster Management Excellence Label a été créé en 2014 à l’initiative des LIA. "
                "Ceux-ci le reconnaissent et le soutiennent aujourd’hui.",
            ],
        },
    )
    for text in md.values():
        assert text.count("(LIA)") == 1 and text.count("lia.example") == 1


def test_a_body_without_an_acronym_is_named_again_by_its_name_unlinked(tmp_path: Path) -> None:
    foundation = {"name": "Fundação Atlântica", "gender": "f", "url": "https://www.atlantica.example"}
    md = _checked_drafts(tmp_path, {"award.issuer": foundation, "award.launched_by": foundation})
    _has(
        md,
        {
            "pt": ["foi criado por iniciativa da Fundação Atlântica."],
            "es": ["se creó por iniciativa de la Fundação Atlântica."],
            "en": ["was created on the initiative of the Fundação Atlântica."],
            "fr": ["a été créé à l’initiative de la Fundação Atlântica."],
        },
    )
    for text in md.values():
        assert text.count("atlantica.example") == 1


def test_a_standard_published_by_its_certifier_names_it_by_its_acronym(tmp_path: Path) -> None:
    une = {
        "name": per_lang(
            "Associação Espanhola de Normalização",
            "Asociación Española de Normalización",
            "Spanish Association for Standardisation",
            "Association espagnole de normalisation",
        ),
        "acronym": "UNE",
        "gender": "f",
    }
    change = {
        "release.kind": "certification",
        "award.name": "UNE 166002:2021",
        "award.issuer": une,
        "award.launched_by": une,
        "award.launched": 2006,
    }
    md = _checked_drafts(tmp_path, change)
    _has(
        md,
        {
            "pt": ["A UNE publicou a norma UNE 166002 pela primeira vez em 2006."],
            "es": ["La UNE publicó la norma UNE 166002 por primera vez en 2006."],
            "en": ["The UNE first published UNE 166002 in 2006."],
            "fr": ["L’UNE a publié la norme UNE 166002 pour la première fois en 2006."],
        },
    )


def test_a_co_funder_that_grants_too_is_named_by_its_acronym(tmp_path: Path) -> None:
    funder = {k: v for k, v in LIA.items() if k != "url"}
    salinas = {"name": "Salinas Moura", "article": False}
    change = {"release.kind": "grant", "award.issuer": LIA, "grant": {**GRANT, "co_funded_by": [funder, salinas]}}
    md = _checked_drafts(tmp_path, change)
    _has(
        md,
        {
            "pt": ["O projeto é cofinanciado pelos LIA e por Salinas Moura."],
            "es": ["El proyecto lo cofinancian los LIA y Salinas Moura."],
            "en": ["The project is co-funded by the LIA and Salinas Moura."],
            "fr": ["Le projet est cofinancé par les LIA et Salinas Moura."],
        },
    )


def test_roles_are_one_body_by_name_or_by_acronym(tmp_path: Path) -> None:
    """The order is the text's: the issuer first; a role named later takes the again form."""
    other = {"name": "Iberian Water Labs", "acronym": "LIA"}  # another name, the same acronym
    manager = {"name": "iberian water laboratories"}  # the same name, case aside, without the acronym
    change = {"award.issuer": copy.deepcopy(LIA), "award.backed_by": other, "organisation.managed_by": manager}
    view = build_view(loaded(tmp_path, change), "en", Catalog((builtin_dir(),)))
    issuer, backer = view["award"]["issuer"], view["award"]["backed_by"]
    assert view["org"]["managed_by"]["mention"]["name"] == "LIA"  # the acronym the first mention gave
    assert issuer["mention"]["name"] == "Iberian Water Laboratories (LIA)"
    assert issuer["mention"]["url"] == "https://www.lia.example"
    assert backer["mention"] == {**backer["again"], "url": None} and backer["mention"]["name"] == "LIA"
    assert issuer["again"]["name"] == "LIA"  # its own again form, should a template name it twice


# --- partners ------------------------------------------------------------------------------------------


def test_only_a_partner_from_abroad_has_its_country(tmp_path: Path) -> None:
    partners = [
        {"name": "Universidade do Minho", "type": "university", "country": "PT"},
        {"name": "Porto Lab", "country": "PT"},
        {"name": "Bioria", "country": "PT"},
        {"name": "Aquatec Ibérica", "country": "ES", "type": "company"},
    ]
    md = _checked_drafts(tmp_path, {"partnership": {"project": PROJECT, "partners": partners}})
    _has(
        md,
        {
            "pt": ["Os parceiros são a Universidade do Minho, o Porto Lab, a Bioria e a Aquatec Ibérica (Espanha)."],
            "es": ["Los socios son la Universidade do Minho, Porto Lab, Bioria y Aquatec Ibérica (España)."],
            "en": ["The partners are the Universidade do Minho, Porto Lab, Bioria and Aquatec Ibérica (Spain)."],
            "fr": ["Ces partenaires sont l’Universidade do Minho, Porto Lab, Bioria et Aquatec Ibérica (Espagne)."],
        },
    )


def test_a_long_list_from_several_countries_is_grouped_by_country(tmp_path: Path) -> None:
    partners = [
        {"name": "Algamar", "country": "PT"},
        {"name": "Rías Biotech", "country": "ES"},
        {"name": "Cetmar", "country": "ES"},
        {"name": "Océalis", "country": "FR"},
        {"name": "Havtang", "country": "NO"},
    ]
    md = _checked_drafts(tmp_path, {"partnership": {"project": PROJECT, "partners": partners}})
    _has(
        md,
        {
            "pt": [
                "Em conjunto com cinco parceiros, o Habitat está a desenvolver um projeto.",
                "Os parceiros são de Portugal (a Algamar), de Espanha (a Rías Biotech e a Cetmar), "
                "de França (a Océalis) e da Noruega (a Havtang).",
            ],
            "es": [
                "Junto con cinco socios, Habitat desarrolla un proyecto.",
                "Los socios proceden de Portugal (Algamar), de España (Rías Biotech y Cetmar), de Francia (Océalis) "
                "y de Noruega (Havtang).",
            ],
            "en": [
                "Habitat is working with five partners to develop a project.",
                "The partners come from Portugal (Algamar), Spain (Rías Biotech and Cetmar), France (Océalis) "
                "and Norway (Havtang).",
            ],
            "fr": [
                "Avec cinq partenaires, Habitat développe un projet.",
                "Ces partenaires viennent du Portugal (Algamar), d’Espagne (Rías Biotech et Cetmar), de France "
                "(Océalis) et de Norvège (Havtang).",
            ],
        },
    )


def test_a_short_list_with_one_partner_a_country_stays_a_list(tmp_path: Path) -> None:
    partners = [{"name": n, "country": c} for n, c in (("A Lab", "ES"), ("B Lab", "FR"), ("C Lab", "DE"), ("D", "IT"))]
    md = _checked_drafts(tmp_path, {"partnership": {"project": PROJECT, "partners": partners}})
    assert "The partners are A Lab (Spain), B Lab (France), C Lab (Germany) and D (Italy)." in md["en"]


def test_one_partner_from_each_country_keeps_the_count(tmp_path: Path) -> None:
    partners = [{"country": "ES"}, {"country": "PT"}, {"country": "FR"}]
    md = _checked_drafts(tmp_path, {"partnership": {"project": PROJECT, "partners": partners}})
    _has(
        md,
        {
            "pt": ["Em conjunto com três parceiros (um de Espanha, outro de Portugal e outro de França), o Habitat"],
            "es": ["Junto con tres socios (uno de España, otro de Portugal y otro de Francia), Habitat desarrolla"],
            "en": ["Habitat is working with three partners (one from Spain, one from Portugal and one from France)"],
            "fr": ["Avec trois partenaires établis en Espagne, au Portugal et en France, Habitat développe"],
        },
    )


def test_one_partner_from_each_country_among_more_states_how_many(tmp_path: Path) -> None:
    """The two placed partners are counted ("deux"), which check looks for, then placed one by one."""
    doñana = {"name": "Estación Biológica de Doñana", "type": "research centre", "gender": "f", "country": "ES"}
    partnership = {"project": PROJECT, "count": 4, "partners": [doñana, {"country": "FR"}]}
    md = _checked_drafts(tmp_path, {"partnership": partnership})
    _has(
        md,
        {
            "pt": ["Em conjunto com quatro parceiros, entre os quais dois (um de Espanha e outro de França), o"],
            "es": ["Junto con cuatro socios, entre ellos dos (uno de España y otro de Francia), Habitat desarrolla"],
            "en": ["working with four partners, including one from Spain and one from France, to develop"],
            "fr": ["Avec quatre partenaires, dont deux établis en Espagne et en France, Habitat développe"],
        },
    )


def test_check_still_misses_the_count_when_a_draft_drops_it(tmp_path: Path) -> None:
    """The count is a fact: a French draft that says only "un en Espagne et un en France" is told so."""
    partnership = {
        "project": PROJECT,
        "count": 4,
        "partners": [{"name": "Doñana Lab", "country": "ES"}, {"country": "FR"}],
    }
    md = _checked_drafts(tmp_path, {"partnership": partnership})
    edited = md["fr"].replace("dont deux établis en Espagne et en France", "dont un en Espagne et un en France")
    assert edited != md["fr"]
    (tmp_path / "fr.md").write_text(edited, encoding="utf-8")
    assert [f.path for f in check([tmp_path]).findings] == ["partnership.placed"]


def test_an_english_draft_that_counts_one_from_each_of_many_countries_is_faithful(tmp_path: Path) -> None:
    """ "Including one from Austria, one from Poland, …" says how many are placed by its "one"s: an English draft
    written that way (an older draft, or one edited by hand) is as faithful as "organisations from Austria, …"."""
    partners = [{"country": c} for c in ("AT", "PL", "NL", "FR")]
    md = _checked_drafts(tmp_path, {"partnership": {"project": PROJECT, "count": 6, "partners": partners}})
    said = "including organisations from Austria, Poland, the Netherlands and France,"
    assert said in md["en"]
    spelt = "including one from Austria, one from Poland, one from the Netherlands and one from France,"
    (tmp_path / "en.md").write_text(md["en"].replace(said, spelt), encoding="utf-8")
    assert check([tmp_path]).findings == ()
    (tmp_path / "en.md").write_text(md["en"].replace(said, spelt.replace("Poland", "Italy")), encoding="utf-8")
    assert [f.path for f in check([tmp_path]).findings] != []


# --- co-funders ------------------------------------------------------------------------------------------


def test_the_spanish_verb_agrees_with_the_co_funders(tmp_path: Path) -> None:
    funder = {k: v for k, v in LIA.items() if k != "url"}
    plural = {"release.kind": "grant", "grant": {**GRANT, "budget": 600000, "co_funded_by": [funder]}}
    (tmp_path / "plural").mkdir()
    md = _checked_drafts(tmp_path / "plural", plural)
    _has(
        md,
        {
            "pt": ["É cofinanciado pelos Laboratórios Ibéricos da Água (LIA)."],
            "es": ["Lo cofinancian los Laboratorios Ibéricos del Agua (LIA)."],
            "en": ["It is co-funded by the Iberian Water Laboratories (LIA)."],
            "fr": ["Il est cofinancé par les Laboratoires ibériques de l’eau (LIA)."],
        },
    )
    council = {"name": "Câmara Municipal de Aveiro", "gender": "f"}
    (tmp_path / "one").mkdir()
    one = _checked_drafts(tmp_path / "one", {"release.kind": "grant", "grant": {**GRANT, "co_funded_by": [council]}})
    assert "El proyecto lo cofinancia la Câmara Municipal de Aveiro." in one["es"]
    assert "O projeto é cofinanciado pela Câmara Municipal de Aveiro." in one["pt"]
    assert "Le projet est cofinancé par la Câmara Municipal de Aveiro." in one["fr"]
