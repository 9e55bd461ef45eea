"""Languages beyond the first three: French ships with drafter, and any further one is a folder away.

French drafts carry every value as CLDR writes it for fr_FR and read well
(elided articles, French quotation marks); `drafter check` reads French,
number words and ordinals included. Italian, which drafter does not ship, is
added here from a folder of templates (tests/data/it/) and drafted and
checked like the others. Language identification covers every shipped
language.
"""

from __future__ import annotations

import copy
import datetime as dt
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner

from drafter import draft
from drafter.catalog import Catalog
from drafter.checker import check
from drafter.checker.langid import available_profiles, identify
from drafter.cli import cli
from drafter.extract import extract
from drafter.localize import country_name, format_date, format_list, format_number, format_percent, locale_for
from drafter.template_check import check_templates

from .conftest import ROOT

ONDABIO = ROOT / "examples" / "ondabio-gold-2026.yaml"
SECPHO = ROOT / "examples" / "secpho-bronze-2013.yaml"
ITALIAN = ROOT / "tests" / "data" / "it"
SHIPPED = sorted(p.parent.name for p in (ROOT / "templates").glob("*/glossary.yaml"))
NBSP, NNBSP = "\u00a0", "\u202f"
ANY_SPACE = f"[ {NBSP}{NNBSP}]"


def _load(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return data


def _write(folder: Path, data: dict[str, Any]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "facts.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def _drafted(folder: Path, data: dict[str, Any], catalog: Catalog | None = None) -> dict[str, str]:
    """facts.yaml and one ``<lang>.md`` per language in ``folder``; the Markdown of each."""
    markdown = draft(_write(folder, data), catalog=catalog).markdown
    for lang, text in markdown.items():
        (folder / f"{lang}.md").write_text(text, encoding="utf-8")
    return markdown


def _findings(folder: Path, catalog: Catalog | None = None) -> list[str]:
    return [f"{f.severity} {f.rule}: {f.message}" for f in check([folder], catalog=catalog).findings]


# --- French ------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def french() -> str:
    return draft(ONDABIO, ["fr"]).markdown["fr"]


def test_french_is_a_shipped_language() -> None:
    assert "fr" in Catalog.find().languages()
    assert "fr" in _load(ONDABIO)["release"]["languages"]
    assert str(locale_for("fr")) == "fr_FR"


def test_french_dates_are_cldr_fr_fr(french: str) -> None:
    fr = locale_for("fr")
    assert format_date(dt.date(2026, 2, 3), fr) == "3 février 2026"
    assert "**Aveiro, le 3 février 2026.**" in french
    assert "lui a décerné le label le 27 janvier 2026." in french


def test_french_numbers_and_percentages(french: str) -> None:
    fr = locale_for("fr")
    assert format_number(1774, fr) == f"1{NNBSP}774"  # CLDR groups French thousands with a narrow no-break space
    assert format_percent(38.5, fr) == f"38,5{NBSP}%"
    assert re.search(f"^- 1{ANY_SPACE}774 personnes travaillent", french, re.M)
    assert re.search(f"^- 38,5{ANY_SPACE}% du chiffre d’affaires des adhérents", french, re.M)
    assert "- Environ 120 entreprises et organismes de recherche" in french


def test_french_drafts_keep_cldr_no_break_spaces(french: str) -> None:
    assert f"1{NNBSP}774 personnes" in french
    assert f"38,5{NBSP}% du chiffre" in french


def test_french_countries_and_lists(french: str, tmp_path: Path) -> None:
    fr = locale_for("fr")
    assert [country_name(c, fr) for c in ("ES", "FR", "DE", "NO")] == ["Espagne", "France", "Allemagne", "Norvège"]
    assert (
        "Ces partenaires viennent du Portugal (Algamar Ingredientes et Bioria Laboratórios), d’Espagne (Rías Baixas "
        "Biotech), de France (Océalis Bioprocédés) et de Norvège (Havtang Bioraffineri)."
    ) in french
    assert "ONDABIO · Portugal · " in french
    # Partners without names are placed one by one, each country with its preposition.
    data = _load(ONDABIO)
    data["partnership"]["partners"] = [{"country": c} for c in ("ES", "FR", "DE")]
    data["partnership"]["count"] = 5
    text = draft(_write(tmp_path, data), ["fr"]).markdown["fr"]
    assert format_list(["Espagne", "France", "Allemagne"], fr) == "Espagne, France et Allemagne"
    assert "Avec cinq partenaires, dont trois établis en Espagne, en France et en Allemagne, ONDABIO développe" in text


def test_french_typography(french: str) -> None:
    assert f"> «{NBSP}Atteindre l’Or est le fruit" in french
    assert f"de chaque entreprise du cluster.{NBSP}»" in french
    assert f"offre à ses titulaires{NBSP}:" in french
    assert "\n\n**– FIN –**\n\n## À propos d’ONDABIO\n" in french  # the end mark, before the notes


def test_french_articles_elide_before_a_vowel(french: str, tmp_path: Path) -> None:
    assert "L’[European Secretariat for Cluster Analysis (ESCA)](https://www.cluster-analysis.org) lui" in french
    assert "est reconnu et soutenu par la Commission européenne" in french
    assert "## À propos d’ONDABIO" in french
    data = _load(ONDABIO)
    data["organisation"]["name"] = "BIOMAR"
    data["award"]["backed_by"] = {"name": "Airbus", "article": False}
    data["award"]["launched_by"] = {"name": "Agence européenne pour l’innovation", "gender": "f"}
    data["award"]["launched"] = 2009
    data["award"]["gender"] = "f"
    data["award"]["name"] = "Étoile de l’excellence"
    text = draft(_write(tmp_path, data), ["fr"]).markdown["fr"]
    assert "# BIOMAR obtient le niveau Or de l’Étoile de l’excellence" in text
    assert "L’Étoile de l’excellence a été créée en 2009 à l’initiative de l’Agence européenne" in text
    assert "Elle est reconnue et soutenue par Airbus." in text
    assert "## À propos de BIOMAR" in text


def test_french_draft_checks_clean_against_its_facts_and_the_other_languages(tmp_path: Path) -> None:
    markdown = _drafted(tmp_path, _load(ONDABIO))
    assert list(markdown) == ["pt", "es", "en", "fr"]
    assert _findings(tmp_path) == []


def test_check_reports_a_french_figure_changed(tmp_path: Path) -> None:
    _drafted(tmp_path, _load(ONDABIO))
    fr = tmp_path / "fr.md"
    fr.write_text(fr.read_text(encoding="utf-8").replace("Environ 120", "Environ 130"), encoding="utf-8")
    found = _findings(tmp_path)
    assert any("130" in f and "120" in f for f in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le 5 mars 2013, quatre partenaires se sont réunis.", [("date", "2013-03-05"), ("number", "4")]),
        ("Vingt et un membres et soixante-dix entreprises.", [("number", "21"), ("number", "70")]),
        ("Quatre-vingt-dix-neuf clusters et deux mille emplois.", [("number", "99"), ("number", "2000")]),
        ("Mille sept cent soixante-quatorze personnes.", [("number", "1774")]),
        ("Un budget de 60 millions d’euros, soit cinq pour cent.", [("amount", "EUR 60000000"), ("percent", "5")]),
        ("La vingt-deuxième édition, la 3e et la XVIe.", [("ordinal", "22"), ("ordinal", "3"), ("ordinal", "16")]),
        ("La 1re édition eut lieu le 1er mars 2013.", [("ordinal", "1"), ("date", "2013-03-01")]),
        ("Pour la première fois, un cluster et une entreprise.", []),  # première, un, une: wording
        ("Il visait l’Or, or il n’avait pas d’argent.", [("term", "level:gold")]),  # or: but; argent: money
        ("Or, le niveau Argent lui revient.", [("term", "level:silver")]),  # Or opening a sentence: but
        ("Le Ve congrès réunit Les Échos.", [("ordinal", "5"), ("name", "echos")]),  # not Le, Les: the paper
        ("COMMUNIQUÉ POUR LES MÉDIAS\n\nLe cluster ONDABIO.", [("name", "ondabio")]),  # a heading in capitals
    ],
)
def test_check_reads_french(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(m.kind, m.value) for m in extract(text, "fr")] == expected


# --- a further language, from a folder of templates ----------------------------------------------------


def _italian_templates(tmp_path: Path) -> Path:
    """tmp/templates/it: the English templates copied, then every file replaced by its Italian version."""
    folder = tmp_path / "templates" / "it"
    shutil.copytree(ROOT / "templates" / "en", folder)
    for path in (ITALIAN / "templates").iterdir():
        shutil.copy(path, folder / path.name)
    assert sorted(p.name for p in folder.iterdir()) == sorted(p.name for p in (ITALIAN / "templates").iterdir())
    return folder.parent


def _with_texts(target: Any, texts: Any, langs: list[str], lang: str) -> None:
    """Give every per-language mapping of ``target`` the ``lang`` text at the same place in ``texts``."""
    if isinstance(texts, dict):
        pairs: list[tuple[Any, Any]] = list(texts.items())
    else:
        pairs = list(enumerate(texts))
    for key, text in pairs:
        if isinstance(target[key], dict) and sorted(target[key]) == sorted(langs):
            target[key][lang] = text
        else:
            _with_texts(target[key], text, langs, lang)


def _italian_facts() -> dict[str, Any]:
    data = copy.deepcopy(_load(SECPHO))
    langs = list(data["release"]["languages"])
    _with_texts(data, _load(ITALIAN / "secpho-bronze-2013.it.yaml"), langs, "it")
    data["release"]["languages"] = [*langs, "it"]
    return data


def test_a_further_language_is_a_folder_of_templates_away(tmp_path: Path) -> None:
    templates = _italian_templates(tmp_path)
    catalog = Catalog.find(templates)
    assert "it" in catalog.languages()
    assert "it" not in Catalog.find().languages()
    assert check_templates(catalog).findings == ()

    markdown = _drafted(tmp_path / "release", _italian_facts(), catalog)
    italian = markdown["it"]
    assert "**Barcelona, 6 marzo 2013.**" in italian
    assert "Il riconoscimento è stato assegnato il 5 marzo 2013" in italian
    assert "Insieme a 4 partner provenienti da Spagna, Francia e Germania, SECPhO sta sviluppando" in italian
    assert "- 13 su 40 cluster europei della fotonica" in italian
    assert "conferito dall’[European Cluster Excellence Initiative (ECEI)]" in italian
    assert "SECPhO · Spagna · " in italian
    assert _findings(tmp_path / "release", catalog) == []


def test_a_further_language_from_the_command_line(
    tmp_path: Path, runner: CliRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    templates = _italian_templates(tmp_path)
    facts = _write(tmp_path / "release", _italian_facts())
    result = runner.invoke(cli, ["draft", str(facts), "--lang", "it", "--templates", str(templates)])
    assert result.exit_code == 0, result.stderr
    assert "# SECPhO ottiene il livello Bronzo del Cluster Management Excellence Label" in result.stdout

    monkeypatch.setenv("DRAFTER_TEMPLATES", str(templates))
    result = runner.invoke(cli, ["draft", str(facts), "--out", str(facts.parent)])
    assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in facts.parent.glob("*.md")) == ["en.md", "es.md", "it.md", "pt.md"]
    result = runner.invoke(cli, ["check", str(facts.parent)])
    assert result.exit_code == 0, result.stdout + result.stderr
    assert "no findings" in result.stdout


def test_without_its_templates_a_further_language_is_refused(tmp_path: Path, runner: CliRunner) -> None:
    facts = _write(tmp_path, _italian_facts())
    result = runner.invoke(cli, ["draft", str(facts), "--lang", "it"])
    assert result.exit_code == 2
    assert "'it' has no templates" in result.stderr


# --- language identification ---------------------------------------------------------------------------

PARAGRAPHS = {
    "pt": "O cluster reúne empresas, centros de investigação e universidades que transformam os recursos do mar "
    "em produtos de elevado valor acrescentado e apoia os associados na internacionalização.",
    "es": "El clúster reúne a empresas, centros de investigación y universidades que convierten los recursos del "
    "mar en productos de alto valor añadido y acompaña a sus socios en la internacionalización.",
    "en": "The cluster brings together companies, research centres and universities that turn marine resources "
    "into high-value products, and it supports its members as they grow abroad.",
    "fr": "Le cluster réunit des entreprises, des centres de recherche et des universités qui transforment les "
    "ressources de la mer en produits à forte valeur ajoutée et accompagne ses adhérents à l’international.",
    "it": "Il cluster riunisce imprese, centri di ricerca e università che trasformano le risorse del mare in "
    "prodotti ad alto valore aggiunto e accompagna i suoi soci nell’internazionalizzazione.",
}


def test_every_shipped_language_has_a_paragraph_here() -> None:
    assert set(SHIPPED) <= set(PARAGRAPHS), "write a paragraph for the new language in PARAGRAPHS"


@pytest.mark.parametrize("lang", SHIPPED)
def test_identification_covers_every_shipped_language(lang: str) -> None:
    assert lang in available_profiles()
    assert identify(PARAGRAPHS[lang], SHIPPED) == lang
    assert identify(PARAGRAPHS[lang], [*SHIPPED, "it"]) == lang


def test_identification_knows_the_further_language() -> None:
    assert "it" in available_profiles()
    assert identify(PARAGRAPHS["it"], [*SHIPPED, "it"]) == "it"
