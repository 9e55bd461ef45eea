"""Classes of false finding met in drafts a native editor wrote for five new releases (issue 11): a word
for a kind of place opening a name, a Portuguese verb with its pronoun, a region's adjective, a region said
through its city, cities' names in each language, and a release drafted in two formats in one folder.
Every text here is written afresh; each test failed before the change it stands for."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.checker import check
from drafter.cli import cli
from drafter.extract import extract
from drafter.extract.names import table

from .parallel import findings as _findings

# --- 1. a word for a kind of place that opens a name -------------------------------------------------


@pytest.mark.parametrize(
    "texts",
    [
        pytest.param(
            {
                "pt": "A Praia da Amoreira recebe a distinção de Praia Acessível, com 240 metros de passadiços.\n",
                "es": "La playa de Amoreira recibe el distintivo de Playa Accesible, con 240 metros de pasarelas.\n",
                "en": "Amoreira beach gains Accessible Beach status, with 240 metres of boardwalks.\n",
                "fr": "La plage d’Amoreira reçoit la distinction Plage accessible, avec 240 mètres de passerelles.\n",
            },
            id="Praia (a capital city) opening a beach's name",
        ),
        pytest.param(
            {
                "pt": "A vinha fica no Vale do Tejo e o robô trabalha lá desde 2024.\n",
                "es": "El viñedo está en el valle del Tajo y el robot trabaja allí desde 2024.\n",
                "en": "The vineyard lies in the Tagus Valley and the robot has worked there since 2024.\n",
                "fr": "Le vignoble se trouve dans la vallée du Tage et le robot y travaille depuis 2024.\n",
            },
            id="Vale before a river the table knows",
        ),
        pytest.param(
            {
                "pt": "O percurso de 14 quilómetros começa na Serra da Lousã e acaba na Ilha da Culatra.\n",
                "es": "El recorrido de 14 kilómetros empieza en la sierra de Lousã y acaba en la isla de Culatra.\n",
                "en": "The 14-kilometre route starts in the Lousã Mountains and ends on Culatra Island.\n",
                "fr": "Le parcours de 14 kilomètres commence dans la Serra da Lousã et finit sur l’île de Culatra.\n",
            },
            id="Serra and Ilha, kept or translated, before or after the name",
        ),
        pytest.param(
            {
                "pt": "As aves voltam à Baía de Setúbal e ao Lago de Alqueva em março de 2026.\n",
                "es": "Las aves vuelven a la bahía de Setúbal y al lago de Alqueva en marzo de 2026.\n",
                "en": "The birds return to Setúbal Bay and Lake Alqueva in March 2026.\n",
            },
            id="Baía and Lago, and English Bay after a city",
        ),
        pytest.param(
            {
                "pt": "O congresso decorre na Praia da Vitória a 19 de maio de 2026.\n",
                "es": "El congreso se celebra en Praia da Vitória el 19 de mayo de 2026.\n",
                "en": "The congress takes place in Praia da Vitória on 19 May 2026.\n",
            },
            id="a town's name kept in Portuguese in every version",
        ),
    ],
)
def test_a_word_for_a_kind_of_place_is_no_place_and_no_name(tmp_path: Path, texts: dict[str, str]) -> None:
    assert _findings(tmp_path / "r", texts) == []


def test_praia_the_capital_is_still_a_place() -> None:
    values = [(m.kind, m.value) for m in extract("A reunião decorre na Praia, em Cabo Verde, a 3 de maio.", "pt")]
    assert ("place", "praia") in values
    opened = [(m.kind, m.value) for m in extract("A Praia da Amoreira tem 240 metros de passadiços.", "pt")]
    assert ("place", "praia") not in opened and ("name", "amoreira") in opened


def test_a_beach_one_version_leaves_unnamed_is_still_reported(tmp_path: Path) -> None:
    found = _findings(
        tmp_path / "r",
        {
            "pt": "Este ano, a Praia da Amoreira recebe a Bandeira Azul pela 12.ª vez.\n",
            "es": "Este año, la playa del municipio recibe la Bandera Azul por 12.ª vez.\n",
        },
    )
    assert any("Amoreira" in f for f in found)


# --- 2. a Portuguese verb with its pronoun, at a sentence's start -------------------------------------


@pytest.mark.parametrize(
    "texts",
    [
        pytest.param(
            {
                "pt": "«Este selo é da equipa de 900 pessoas. Comparámo-nos com os melhores e ganhámos.»\n",
                "en": "“This seal belongs to the team of 900 people. We compared ourselves with the best and won.”\n",
            },
            id="Comparámo-nos",
        ),
        pytest.param(
            {
                "pt": "A cooperativa tem 64 sócios. Dedica-se à apanha de amêijoa desde 1987.\n",
                "es": "La cooperativa tiene 64 socios. Se dedica a la recogida de almeja desde 1987.\n",
            },
            id="Dedica-se",
        ),
        pytest.param(
            {
                "pt": "O festival recebeu 12 000 visitantes. Orgulhamo-nos deste número, disse a diretora.\n",
                "fr": "Le festival a accueilli 12 000 visiteurs. Nous en sommes fiers, a dit la directrice.\n",
            },
            id="Orgulhamo-nos",
        ),
    ],
)
def test_a_verb_with_its_pronoun_is_no_name(tmp_path: Path, texts: dict[str, str]) -> None:
    assert _findings(tmp_path / "r", texts) == []


def test_a_verb_with_its_pronoun_is_no_name_mid_sentence_either() -> None:
    assert [m for m in extract("Diz a autarca: «Medimo-nos com 40 municípios.»", "pt") if m.kind == "name"] == []


def test_a_rare_word_opening_a_sentence_is_still_a_name(tmp_path: Path) -> None:
    found = _findings(
        tmp_path / "r",
        {
            "pt": "A fábrica abre em 2026. Quintelhos fotografou a obra para o relatório.\n",
            "en": "The factory opens in 2026. The photographs of the works are in the report.\n",
        },
    )
    assert any("Quintelhos" in f for f in found)


# --- 3. a region's adjective is the region -----------------------------------------------------------


@pytest.mark.parametrize(
    "texts",
    [
        pytest.param(
            {
                "pt": "É a primeira torrefação da Andaluzia com o selo, desde 2026.\n",
                "es": "Es la primera tostadora andaluza con el sello, desde 2026.\n",
                "fr": "C’est le premier torréfacteur andalou doté du label, depuis 2026.\n",
                "en": "It is the first roaster in Andalusia to hold the seal, since 2026.\n",
            },
            id="andaluza, andalou, Andalusia",
        ),
        pytest.param(
            {
                "en": "The dairy buys milk from 30 farms in Brittany and Wales.\n",
                "fr": "La laiterie achète le lait de 30 fermes bretonnes et galloises.\n",
            },
            id="bretonnes, galloises",
        ),
        pytest.param(
            {
                "es": "El 40 % de los clientes del hotel son gallegos o asturianos.\n",
                "en": "40% of the hotel's guests come from Galicia or Asturias.\n",
            },
            id="gallegos, asturianos",
        ),
    ],
)
def test_a_regions_adjective_is_the_region(tmp_path: Path, texts: dict[str, str]) -> None:
    assert _findings(tmp_path / "r", texts) == []


def test_a_region_no_version_gives_in_any_form_is_still_reported(tmp_path: Path) -> None:
    found = _findings(
        tmp_path / "r",
        {
            "pt": "É a primeira torrefação da Andaluzia com o selo, desde 2026.\n",
            "es": "Es la primera tostadora de España con el sello, desde 2026.\n",
        },
    )
    assert any("Andaluzia" in f for f in found)


def test_the_region_adjectives_are_a_table_of_the_regions_the_checker_knows() -> None:
    regions = table("places")["regions"]
    adjectives = table("demonyms")["regions"]
    assert len(adjectives) >= 40
    for region, forms in adjectives.items():
        assert region in regions, region
        assert set(forms) == {"en", "es", "pt", "fr"}, region


# --- 4. a region said through its main city ----------------------------------------------------------


@pytest.mark.parametrize(
    "texts",
    [
        pytest.param(
            {
                "es": "Es el primer hospital público de la Comunitat Valenciana con el sello, en 2026.\n",
                "en": "It is the first public hospital in the Valencia region to hold the seal, in 2026.\n",
                "fr": "C’est le premier hôpital public de la région de Valence à obtenir le label, en 2026.\n",
                "pt": "É o primeiro hospital público da região de Valência com o selo, em 2026.\n",
            },
            id="the Valencia region",
        ),
        pytest.param(
            {
                "es": "La planta de la Región de Murcia abre en 2027.\n",
                "en": "The plant in the Murcia region opens in 2027.\n",
            },
            id="the Murcia region",
        ),
    ],
)
def test_a_region_said_through_its_city_is_the_region(tmp_path: Path, texts: dict[str, str]) -> None:
    assert _findings(tmp_path / "r", texts) == []


def test_a_city_without_the_word_for_a_region_is_the_city() -> None:
    (city,) = [m for m in extract("The office in Valencia opens in 2027.", "en") if m.kind == "place"]
    assert city.value == "valencia" and city.alias == ""
    (region,) = [m for m in extract("The office in the Valencia region opens in 2027.", "en") if m.kind == "place"]
    assert region.alias == "pl:valencian-community"


# --- 5. cities' names in each language, from the table ------------------------------------------------

_SENTENCES = {
    "pt": "A feira de {} recebe 320 expositores a 2 de dezembro de 2026.\n",
    "es": "La feria de {} recibe a 320 expositores el 2 de diciembre de 2026.\n",
    "en": "The fair in {} welcomes 320 exhibitors on 2 December 2026.\n",
    "fr": "Le salon de {} accueille 320 exposants le 2 décembre 2026.\n",
}


def _cities() -> list[str]:
    """Cities whose name differs in every language drafter writes: the class, read from the table."""
    places = table("places")["places"]
    ids = ["bordeaux", "london", "geneva", "granada"]  # those the editor met, then others of the kind
    ids += [
        p
        for p, e in sorted(places.items())
        if len({str((e.get(lang) or [""])[0]) for lang in _SENTENCES}) == 4 and p not in ids
    ][:8]
    return ids


@pytest.mark.parametrize("city", _cities())
def test_a_citys_name_in_each_language_is_one_place(tmp_path: Path, city: str) -> None:
    entry = table("places")["places"][city]
    texts = {lang: text.format(entry[lang][0]) for lang, text in _SENTENCES.items()}
    assert _findings(tmp_path / "r", texts) == []


def test_a_citys_name_that_another_language_gives_a_country_is_the_city(tmp_path: Path) -> None:
    """French "Mexico" is Mexico City (the country is "Mexique"), as « Grenade » is Granada: from the table."""
    texts = {
        lang: text.format(name)
        for (lang, text), name in zip(
            _SENTENCES.items(), ("Cidade do México", "Ciudad de México", "Mexico City", "Mexico"), strict=True
        )
    }
    assert _findings(tmp_path / "r", texts) == []
    values = [(m.kind, m.value) for m in extract("Le Mexique et Mexico ; Granada, le 3 mai ; la Grenade.", "fr")]
    assert values[:4] == [("country", "MX"), ("place", "mexico-city"), ("place", "granada"), ("date", "--05-03")]
    assert [(m.kind, m.value) for m in extract("Luxembourg et Singapour.", "fr")] == [
        ("country", "LU"),
        ("country", "SG"),
    ]  # a city named as its country is the country


def test_a_city_kept_in_its_own_language_in_a_translation_is_the_city(tmp_path: Path) -> None:
    texts = {
        "es": "La feria se celebra en Bordeaux del 1 al 3 de diciembre de 2026.\n",
        "pt": "A feira realiza-se em Bordéus de 1 a 3 de dezembro de 2026.\n",
        "fr": "Le salon se tient à Bordeaux du 1er au 3 décembre 2026.\n",
    }
    assert _findings(tmp_path / "r", texts) == []


# --- 6. one release in two formats in one folder ------------------------------------------------------


def _two_formats(folder: Path) -> Path:
    folder.mkdir(parents=True)
    texts = {
        "pt": "A cooperativa emprega 96 pessoas em Évora desde 1964.",
        "en": "The cooperative has employed 69 people in Évora since 1964.",
    }
    for lang, text in texts.items():
        (folder / f"{lang}.md").write_text(f"# Título\n\n{text}\n", encoding="utf-8")
        (folder / f"{lang}.html").write_text(f"<h1>Título</h1>\n<p>{text}</p>\n", encoding="utf-8")
    return folder


def test_a_release_in_two_formats_is_one_release_each_finding_once(tmp_path: Path) -> None:
    result = check([_two_formats(tmp_path / "news")], jobs=1)
    assert result.releases == (str(tmp_path / "news"),) or len(result.releases) == 1
    assert result.drafts == 4
    assert result.summary().startswith("1 release, 4 drafts: ")
    (finding,) = [f for f in result.findings if f.rule == "mismatch"]
    files = {Path(loc.file).name for loc in finding.locations}
    assert {"pt.md", "en.md", "pt.html", "en.html"} <= files
    assert "The same in" in finding.message and ".html" in finding.message


_ONCE = {
    "text": lambda out: [line for line in out.splitlines() if "[mismatch " in line],
    "json": lambda out: [f for f in json.loads(out)["findings"] if f["rule"] == "mismatch"],
    "github": lambda out: [line for line in out.splitlines() if "drafter mismatch" in line],
    "sarif": lambda out: [r for r in json.loads(out)["runs"][0]["results"] if r["ruleId"] == "mismatch"],
    "junit": lambda out: [line for line in out.splitlines() if '<failure type="mismatch"' in line],
}
"""Each report's findings of the rule the two formats share, as that report writes them."""


@pytest.mark.parametrize("fmt", sorted(_ONCE))
def test_each_output_format_gives_the_finding_once(tmp_path: Path, fmt: str) -> None:
    folder = _two_formats(tmp_path / "news")
    out = CliRunner().invoke(cli, ["check", str(folder), "--format", fmt, "--no-cache"]).output
    (finding,) = _ONCE[fmt](out)
    assert "pt.html" in str(finding) or "en.html" in str(finding)  # the other format's draft is named
    assert "(md)" not in out and "(html)" not in out
    if fmt == "json":
        assert json.loads(out)["summary"]["releases"] == 1


def test_one_dismissal_holds_for_both_formats_and_the_cache_keeps_the_merge(tmp_path: Path) -> None:
    folder = _two_formats(tmp_path / "news")
    cache = tmp_path / "cache"
    first = check([folder], jobs=1, cache=cache)
    again = check([folder], jobs=1, cache=cache)  # from the cache
    assert again == first and len(first.releases) == 1
    (finding,) = [f for f in first.findings if f.rule == "mismatch"]
    (folder / "drafter-dismissed.yaml").write_text(f"- {{signature: {finding.signature}, reason: test}}\n", "utf-8")
    dismissed = check([folder], jobs=1, cache=cache)
    assert not [f for f in dismissed.findings if f.rule == "mismatch"]
    assert [f.signature for f in dismissed.dismissed] == [finding.signature]
