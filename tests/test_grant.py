"""A grant: a funder gives the organisation a sum for a project (issue 11, item 5).

The sum is written as each language's press writes it in a sentence (€480,000; 480 000 euros;
1,2 milhões de euros), the lead says who gave it, for what and under which programme, and a
second paragraph gives the budget, the length, the start and the co-funders when the facts have
them. ``drafter check`` finds each of them, and the facts file refuses a grant that cannot be.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from babel import Locale

from drafter import draft
from drafter.amounts import format_money
from drafter.checker import check
from drafter.facts import load_facts, schema
from drafter.skeleton import skeleton

from .conftest import ROOT
from .newfacts import drafts, facts_file, per_lang, refused

EXAMPLE = ROOT / "examples" / "estuaria-grant-2026.yaml"

GRANT: dict[str, Any] = {
    "release.kind": "grant",
    "award.level": None,
    "award.name": per_lang(
        "Programa Oceano Comum", "Programa Océano Común", "Common Ocean Programme", "programme Océan commun"
    ),
    "award.issuer": {
        "name": per_lang(*["Fundação Maré"] * 2, "Maré Foundation", "Fondation Maré"),
        "type": "foundation",
    },
    "grant": {
        "amount": 480000,
        "project": per_lang(
            "o projeto PRADOS",
            "el proyecto PRADOS",
            "the PRADOS project",
            "le projet PRADOS",
        ),
    },
}


def _grant(**fields: Any) -> dict[str, Any]:
    return {**GRANT, "grant": {**GRANT["grant"], **fields}}


# --- sums ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "currency", "locale", "written"),
    [
        (480000, "EUR", "pt_PT", "480\u00a0000 euros"),
        (480000, "EUR", "es_ES", "480.000 euros"),
        (480000, "EUR", "en_GB", "€480,000"),
        (480000, "EUR", "fr_FR", "480\u202f000 euros"),
        (1200000, "EUR", "pt_PT", "1,2 milhões de euros"),
        (1000000, "EUR", "es_ES", "1 millón de euros"),
        (1200000, "EUR", "en_GB", "€1.2 million"),
        (1200000, "EUR", "fr_FR", "1,2 million d’euros"),
        (2000000000, "EUR", "pt_PT", "2 mil milhões de euros"),
        (1234567, "EUR", "es_ES", "1.234.567 euros"),  # not round: every digit
        (12500.5, "EUR", "en_GB", "€12,500.50"),  # cents when it has them
        (480000, "CHF", "en_GB", "CHF\u00a0480,000"),  # a symbol in letters keeps its space
        (480000, "USD", "es_ES", "480.000 dólares"),  # the press's name, not CLDR's "dólares estadounidenses"
        (250000, "USD", "pt_PT", "250\u00a0000 dólares"),
        (1, "USD", "fr_FR", "1 dollar"),
        (2500000, "GBP", "pt_PT", "2,5 milhões de libras"),
        (480000, "USD", "en_GB", "480,000 US dollars"),  # a dollar sign is mathematics to some Markdown engines
        (480000, "CAD", "en_GB", "480,000 Canadian dollars"),
        (480000, "JPY", "pt_PT", "480\u00a0000 ienes japoneses"),  # no shorter name known: CLDR's
        (1200000, "EUR", "pt_BR", "1,2 milhão de euros"),  # Brazil: singular below two, lower case
        (480000, "EUR", "de_DE", "480.000 Euro"),  # a language with no style of its own: CLDR's
    ],
)
def test_a_sum_is_written_as_the_language_writes_it_in_a_sentence(
    value: float, currency: str, locale: str, written: str
) -> None:
    assert format_money(value, currency, Locale.parse(locale)) == written


# --- the lead ----------------------------------------------------------------------------------------


def test_the_example_reads_as_a_grant_in_every_language() -> None:
    md = draft(EXAMPLE).markdown
    assert md["en"].startswith("# Estuária receives €480,000 from the Ribera Atlántica Foundation\n")
    assert md["pt"].startswith("# Estuária recebe 480\u00a0000 euros da Fundación Ribera Atlántica\n")
    assert md["es"].startswith("# Estuária recibe 480.000 euros de la Fundación Ribera Atlántica\n")
    assert md["fr"].startswith("# Estuária reçoit 480\u202f000 euros de la Fondation Ribera Atlántica\n")
    for lang, sentence in {
        "en": "The grant was awarded on 18 March 2026 under the 2026 call of the Common Ocean Programme.",
        "pt": "O apoio foi atribuído a 18 de março de 2026, no âmbito do concurso de 2026 do Programa Oceano Comum.",
        "es": "La ayuda se concedió el 18 de marzo de 2026 en el marco de la convocatoria de 2026 del Programa "
        "Océano Común.",
        "fr": "La subvention a été accordée le 18 mars 2026 dans le cadre de l’appel à projets 2026 du programme "
        "Océan commun.",
    }.items():
        assert sentence in md[lang], lang
    second = {lang: text.split("\n\n")[3] for lang, text in md.items()}
    assert second["en"] == (
        "The project has a total budget of €640,000 and runs for three years from April 2026. "
        "It is co-funded by the Sado Valley Intermunicipal Community and Salinas Moura."
    )
    assert second["pt"] == (
        "O projeto tem um orçamento total de 640\u00a0000 euros e decorre ao longo de três anos, a partir de abril "
        "de 2026. É cofinanciado pela Comunidade Intermunicipal do Vale do Sado e pela Salinas Moura."
    )
    assert second["es"] == (
        "El proyecto cuenta con un presupuesto total de 640.000 euros y tiene una duración de tres años a partir "
        "de abril de 2026. Lo cofinancian la Comunidad Intermunicipal del Valle del Sado y Salinas Moura."
    )
    assert second["fr"] == (
        "Le projet dispose d’un budget total de 640\u202f000 euros et s’étend sur trois ans à compter d’avril 2026. "
        "Il est cofinancé par la Communauté intercommunale de la vallée du Sado et Salinas Moura."
    )


def test_the_docs_quote_the_drafts() -> None:
    """docs/facts.md shows what the grant template writes for the example: the very sentences."""
    doc = " ".join((ROOT / "docs" / "facts.md").read_text(encoding="utf-8").split())
    section = doc[doc.index("**`grant`**, a sum of money") : doc.index("Without `call`")]
    quoted = re.findall(r"\"(?:… )?([^\"]+)\"", section)
    assert len(quoted) >= 12
    md = {
        lang: " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split())
        for lang, text in draft(EXAMPLE).markdown.items()
    }
    for sentence in quoted:
        plain = sentence.replace("[", "").replace("]", "")
        assert any(
            plain in re.sub(r"\]\([^)]*\)", "", text).replace("[", "").replace("# ", "") for text in md.values()
        ), sentence


def test_a_grant_with_only_its_sum_and_project(tmp_path: Path) -> None:
    md = drafts(tmp_path, GRANT)
    assert "has received a grant of €480,000 from the Maré Foundation for the PRADOS project. " in md["en"]
    assert "The grant was awarded on 28 April 2026 under the Common Ocean Programme.\n" in md["en"]
    assert "O apoio foi atribuído a 28 de abril de 2026, no âmbito do Programa Oceano Comum.\n" in md["pt"]
    assert "La ayuda se concedió el 28 de abril de 2026 en el marco del Programa Océano Común.\n" in md["es"]
    assert "La subvention a été accordée le 28 avril 2026 dans le cadre du programme Océan commun.\n" in md["fr"]
    for text in md.values():
        assert "\n\n\n" not in text


def test_a_start_without_a_length_and_a_lone_co_funder(tmp_path: Path) -> None:
    funder = {"name": per_lang("Câmara de Setúbal", "Ayuntamiento de Setúbal", "Setúbal Council", "Mairie de Setúbal")}
    md = drafts(tmp_path, _grant(start="2026-04-01", co_funded_by=[{**funder, "gender": per_lang("f", "m", "m", "f")}]))
    assert "The project runs from 1 April 2026. It is co-funded by Setúbal Council." in md["en"]
    assert "O projeto arranca a 1 de abril de 2026. É cofinanciado pela Câmara de Setúbal." in md["pt"]
    assert "El proyecto arranca el 1 de abril de 2026. Lo cofinancia el Ayuntamiento de Setúbal." in md["es"]
    assert "Le projet démarre le 1er avril 2026. Il est cofinancé par la Mairie de Setúbal." in md["fr"]
    alone = drafts(tmp_path, _grant(co_funded_by=[{"name": "Salinas Moura", "article": False}]))
    assert "The project is co-funded by Salinas Moura." in alone["en"]
    assert "O projeto é cofinanciado por Salinas Moura." in alone["pt"]
    assert "El proyecto lo cofinancia Salinas Moura." in alone["es"]
    assert "Le projet est cofinancé par Salinas Moura." in alone["fr"]


def test_a_length_from_a_day_and_a_sum_in_millions(tmp_path: Path) -> None:
    md = drafts(tmp_path, _grant(amount=1200000, budget=2500000, months=24, start="2026-04-01"))
    assert md["en"].startswith("# Habitat receives €1.2 million from the Maré Foundation\n")
    assert "The project has a total budget of €2.5 million and runs for two years from 1 April 2026." in md["en"]
    assert "recebeu um financiamento de 1,2 milhões de euros da Fundação Maré" in md["pt"]
    assert "decorre ao longo de dois anos, a partir de 1 de abril de 2026." in md["pt"]
    assert "tiene una duración de dos años a partir del 1 de abril de 2026." in md["es"]
    assert "a reçu une subvention de 1,2 million d’euros de la Fondation Maré" in md["fr"]
    assert "s’étend sur deux ans à compter du 1er avril 2026." in md["fr"]


# --- the facts file --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        ({"grant": None}, "grant: missing; a grant needs it (the amount and the project)"),
        (
            {"release.kind": "award", "award.level": "gold"},
            "grant: is for a grant only; this release is an award: remove it",
        ),
        (
            {"award.level": "gold"},
            "award.level: is for an award, a renewal or a prize only; this release is a grant: remove it",
        ),
        (
            {"grant": _grant(amount=0)["grant"]},
            "grant.amount: a grant of 0 is no grant; give the sum granted, like 480000",
        ),
        (
            {"grant": _grant(budget=400000)["grant"]},
            "grant.budget: the project's budget (400000) is smaller than the grant (480000); "
            "the budget is the project's whole cost: correct one of them",
        ),
        ({"grant": _grant(currency="eur")["grant"]}, "grant.currency: write currency codes in capitals: 'EUR'"),
        (
            {"grant": _grant(currency="EURO")["grant"]},
            "grant.currency: 'EURO' is not an ISO 4217 currency code like EUR",
        ),
    ],
)
def test_a_grant_that_cannot_be_is_refused(tmp_path: Path, change: dict[str, Any], problem: str) -> None:
    assert problem in refused(tmp_path, {**GRANT, **change})


def test_the_skeleton_offers_a_grant_that_validates_once_filled(tmp_path: Path) -> None:
    text = skeleton(["pt", "es", "en"])
    start = text.index("# grant:")
    end = text.index("\nfigures:")
    block = "\n".join(re.sub(r"^# ?", "", line) for line in text[start:end].splitlines())
    text = text[:start] + block + "\n" + text[end:]
    text = text.replace("  kind: award ", "  kind: grant ", 1).replace("  level: bronze ", "  # level: bronze ", 1)
    text = re.sub(r"<<date YYYY-MM-DD>>", "2026-06-01", text).replace("<<date YYYY-MM>>", "2026-09")
    text = re.sub(r"<<number>>", "12", text).replace("<<country code>>", "PT").replace("<<web address>>", "x.org")
    text = text.replace("<<e-mail>>", "press@x.org").replace("<<phone number>>", "+351 210 000 000")
    text = re.sub(r"<<([^<>]*)>>", r"Filled \1", text)
    path = tmp_path / "release.yaml"
    path.write_text(text, encoding="utf-8")
    assert sorted(yaml.safe_load(text)["grant"]) == [
        "amount", "budget", "call", "co_funded_by", "currency", "led_by", "months", "project", "start",
    ]  # fmt: skip
    facts = load_facts(path)
    assert facts.grant is not None and facts.grant.co_funded_by[0].type == "public body"
    assert facts.grant.led_by is not None and facts.grant.led_by.name == "Filled researcher name"


def test_the_schema_holds_the_grant() -> None:
    defs = schema()["$defs"]
    assert defs["Grant"]["required"] == ["amount", "project"]
    assert set(defs["Grant"]["properties"]) >= {"currency", "call", "budget", "months", "start", "co_funded_by"}
    assert "url" not in defs["CoFunder"]["properties"]  # named in a list, never linked
    assert "grant" in defs["Release"]["properties"]["kind"]["enum"]


# --- drafter check -----------------------------------------------------------------------------------


def _checked(tmp_path: Path, edits: dict[str, tuple[str, str]]) -> list[str]:
    folder = tmp_path / "release"
    folder.mkdir(parents=True)
    facts = facts_file(
        folder, _grant(budget=640000, months=36, co_funded_by=[{"name": "Salinas Moura", "article": False}])
    )
    for lang, md in draft(facts).markdown.items():
        old, new = edits.get(lang, ("", ""))
        if old:
            assert old in md, (lang, old)
            md = md.replace(old, new)
        (folder / f"{lang}.md").write_text(md, encoding="utf-8")
    return sorted({f"{f.rule} {f.path}" for f in check([folder]).findings})


@pytest.mark.parametrize("currency", ["USD", "GBP", "CAD", "JPY"])
def test_a_grant_in_any_currency_checks_clean(tmp_path: Path, currency: str) -> None:
    """Every language writes the sum so that check reads it back (en once wrote "US&#36;640,000",
    the Markdown escape of the dollar sign, which check did not read as a sum)."""
    folder = tmp_path / "release"
    folder.mkdir()
    facts = facts_file(folder, _grant(budget=640000, currency=currency))
    for lang, md in draft(facts).markdown.items():
        (folder / f"{lang}.md").write_text(md, encoding="utf-8")
    assert [f.message for f in check([folder]).findings] == []


def test_check_finds_the_grant_facts(tmp_path: Path) -> None:
    assert _checked(tmp_path / "clean", {}) == []
    found = _checked(
        tmp_path / "edited", {"es": ("480.000 euros", "430.000 euros"), "en": ("Salinas Moura", "Salinas")}
    )
    assert "fact-different grant.amount" in found
    assert "fact-missing grant.co_funded_by[0].name" in found
    budget = _checked(tmp_path / "budget", {"fr": ("640\u202f000 euros", "64\u202f000 euros")})
    assert "fact-different grant.budget" in budget


def test_a_short_length_is_written_in_words_and_checked_as_a_number(tmp_path: Path) -> None:
    md = drafts(tmp_path, _grant(months=6))
    assert "The project runs for six months." in md["en"]
    assert "O projeto decorre ao longo de seis meses." in md["pt"]
    assert "El proyecto tiene una duración de seis meses." in md["es"]
    assert "Le projet s’étend sur six mois." in md["fr"]
    folder = tmp_path / "release"
    folder.mkdir()
    for lang, text in draft(facts_file(folder, _grant(months=6))).markdown.items():
        (folder / f"{lang}.md").write_text(text.replace("seis meses", "siete meses"), encoding="utf-8")
    found = {(f.rule, f.message.split(" is ")[0]) for f in check([folder]).findings if f.path == "grant.months"}
    assert ("fact-different", "The project's length in months") in found
