"""Classes a native editor marked in new releases (issue 11, s16), fixed in every language: a trophy or a cup
won at a level says its metal in its name, as a medal does (a prize's metal is what was won in it, s19:
tests/test_prize_levels.py) ("el Trofeo de Oro a la Innovación",
"o Troféu Inovação de Ouro", « le trophée d’or de l’Innovation », "the Gold Innovation Trophy"), never a
capital metal in running text, and the French headline gives the level as the others do."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from .newfacts import checked, per_lang, refused

FAIR = {
    "name": per_lang("Feira do Vinho", "Feria del Vino", "Wine Fair", "Salon du vin"),
    "gender": {"pt": "f", "es": "f", "fr": "m"},
    "city": "Bordeaux",
    "country": "FR",
    "date": "2026-04-20",
}


def _prize(name: Any, level: str = "gold", kind: str = "prize") -> dict[str, Any]:
    change: dict[str, Any] = {"release.kind": kind, "award.name": name, "award.level": level}
    if kind == "prize":
        change["event"] = FAIR
    return change


@pytest.mark.parametrize(
    ("name", "said"),
    [
        (
            per_lang("Troféu Inovação", "Trofeo a la Innovación", "Innovation Trophy", "trophée de l’Innovation"),
            (
                "o Troféu Inovação de Ouro",
                "el Trofeo de Oro a la Innovación",
                "the Gold Innovation Trophy",
                "le trophée d’or de l’Innovation",
            ),
        ),
        (
            per_lang("Taça Garnacha", "Copa Garnacha", "Grenache Cup", "coupe Grenache"),
            ("a Taça Garnacha de Ouro", "la Copa Garnacha de Oro", "the Gold Grenache Cup", "la coupe d’or Grenache"),
        ),
    ],
)
def test_a_trophy_or_cup_says_its_metal_in_its_name(tmp_path: Path, name: Any, said: tuple[str, ...]) -> None:
    md = checked(tmp_path, _prize(name))
    for lang, words in zip(("pt", "es", "en", "fr"), said, strict=True):
        headline, lead = md[lang].split("\n", 1)
        assert words in lead, md[lang]
        assert words.split(" ", 1)[1] in headline, headline  # the headline carries the level too
    for text in md.values():
        assert "niveau or" not in text and " Ouro do " not in text and "oro del" not in text


@pytest.mark.parametrize("kind", ["award", "renewal"])
def test_an_award_or_a_renewal_of_a_trophy_names_its_metal_too(tmp_path: Path, kind: str) -> None:
    name = per_lang("Troféu Inovação", "Trofeo a la Innovación", "Innovation Trophy", "trophée de l’Innovation")
    md = checked(tmp_path, _prize(name, "silver", kind))
    assert "Troféu Inovação de Prata" in md["pt"]
    assert "Trofeo de Plata a la Innovación" in md["es"]
    assert "Silver Innovation Trophy" in md["en"]
    assert "trophée d’argent de l’Innovation" in md["fr"]
    if kind == "renewal":
        assert "son trophée d’argent" in md["fr"], md["fr"]  # the possessive agrees with the trophy


def test_a_metal_said_alone_is_a_common_noun_in_running_text(tmp_path: Path) -> None:
    # s19: at a competition, the metal is one of its medals, in lower case ("uma medalha de prata no…")
    name = per_lang("Concurso Garnacha", "Concurso Garnacha", "Grenache Contest", "Concours Grenache")
    md = checked(tmp_path, _prize(name, "silver"))
    assert "conquistou uma medalha de prata no Concurso Garnacha" in md["pt"], md["pt"]
    assert "ganado una medalla de plata en el Concurso Garnacha" in md["es"], md["es"]


JCI: dict[str, Any] = {
    "award.name": "Joint Commission International",
    "award.noun": per_lang("acreditação", "acreditación", "accreditation", "accréditation"),
    "award.level": None,
    "award.date": "2026-11-18",
    "release.date": "2026-11-30",
    "award.issuer": {"name": "Joint Commission International", "acronym": "JCI", "gender": "f"},
}


def test_an_award_named_after_its_issuer_names_the_issuer_once(tmp_path: Path) -> None:
    md = checked(tmp_path, JCI)
    assert (
        "obteve a acreditação da Joint Commission International (JCI), atribuída a 18 de novembro de 2026."
        in (md["pt"])
    ), md["pt"]
    assert (
        "ha obtenido la acreditación de la Joint Commission International (JCI), que se la concedió el 18 de"
        " noviembre de 2026." in md["es"]
    ), md["es"]
    assert (
        "has achieved accreditation from the Joint Commission International (JCI), which granted it on 18 November"
        " 2026." in md["en"]
    ), md["en"]
    assert (
        "a obtenu l’accréditation de la Joint Commission International (JCI), qui la lui a accordée le 18 novembre"
        " 2026." in md["fr"]
    ), md["fr"]
    for text in md.values():
        lead = next(p for p in text.split("\n\n") if p.startswith("**Aveiro"))
        assert lead.count("Joint Commission International") == 1, lead


def test_an_award_named_after_its_issuers_acronym_and_a_masculine_noun(tmp_path: Path) -> None:
    change = {
        **JCI,
        "award.name": "JCI",
        "award.noun": per_lang("selo", "sello", "seal", "label"),
        "award.date": "2026-11",
        "award.assessor": {"name": "Bureau Veritas"},
    }
    md = checked(tmp_path, change)
    assert "o selo da Joint Commission International (JCI), atribuído em novembro de 2026, após" in md["pt"], md["pt"]
    assert "el sello de la Joint Commission International (JCI), que se lo concedió en noviembre" in md["es"], md["es"]
    assert "the seal from the Joint Commission International (JCI), which awarded it in November 2026," in md["en"]
    assert "le label de la Joint Commission International (JCI), qui le lui a décerné en novembre 2026," in md["fr"]


def test_an_award_named_otherwise_keeps_its_issuers_sentence(tmp_path: Path) -> None:
    md = checked(tmp_path, {**JCI, "award.name": "Gold Seal of Approval"})
    assert "Gold Seal of Approval. A Joint Commission International (JCI) atribuiu-lhe" in md["pt"], md["pt"]


def _change(way: int, what: dict[str, str]) -> dict[str, Any]:
    return {"figures": [{"change": way, "percent": True, "what": what}]}


def _figure_line(text: str) -> str:
    """The first line of the figures, its no-break spaces plain."""
    return " ".join(next(line for line in text.splitlines() if line.startswith("- ")).split())


@pytest.mark.parametrize(
    ("way", "what", "said"),
    [
        (
            -27,
            per_lang(
                "as reduções de pessoal desde 2023",
                "las reducciones de plantilla desde 2023",
                "falls among inpatients since 2023",
                "les baisses de tarifs depuis 2023",
            ),
            (
                "- Descida de 27% nas reduções de pessoal desde 2023",
                "- Descenso del 27 % en las reducciones de plantilla desde 2023",
                "- A 27% drop in falls among inpatients since 2023",
                "- Diminution de 27 % des baisses de tarifs depuis 2023",
            ),
        ),
        (
            12,
            per_lang(
                "os aumentos salariais",
                "los aumentos salariales",
                "rises in rent",
                "les hausses de loyer",
            ),
            (
                "- Subida de 12% nos aumentos salariais",
                "- Subida del 12 % en los aumentos salariales",
                "- A 12% increase in rises in rent",
                "- Augmentation de 12 % des hausses de loyer",
            ),
        ),
        (
            -5,
            per_lang("o consumo de água", "el consumo de agua", "water use", "la consommation d’eau"),
            (
                "- Redução de 5% no consumo de água",
                "- Reducción del 5 % en el consumo de agua",
                "- A 5% fall in water use",
                "- Baisse de 5 % de la consommation d’eau",
            ),
        ),
    ],
)
def test_a_change_never_opens_on_the_noun_it_counts(
    tmp_path: Path, way: int, what: dict[str, str], said: tuple[str, ...]
) -> None:
    md = checked(tmp_path, _change(way, what))
    for lang, line in zip(("pt", "es", "en", "fr"), said, strict=True):
        assert _figure_line(md[lang]) == line, md[lang]


@pytest.mark.parametrize(
    ("sector", "said"),
    [
        ("le café de spécialité", "Habitat, une entreprise active dans le café de spécialité, a obtenu"),
        ("les activités de spécialité", "Habitat, une entreprise du secteur des activités de spécialité, a obtenu"),
        ("la construction durable", "Habitat, une entreprise de construction durable, a obtenu"),
    ],
)
def test_the_french_sector_frame_never_repeats_a_word_of_the_sector(tmp_path: Path, sector: str, said: str) -> None:
    sectors = per_lang("o café de especialidade", "el café de especialidad", "speciality coffee", sector)
    md = checked(tmp_path, {"organisation.type": "company", "organisation.sector": sectors})
    assert said in md["fr"], md["fr"]


def test_a_brand_issuer_bare_in_three_languages_keeps_its_portuguese_article(tmp_path: Path) -> None:
    issuer = {"name": "B Lab", "article": {"en": False, "es": False, "fr": False}, "gender": "f"}
    md = checked(tmp_path, {"award.issuer": issuer})
    assert "A B Lab atribuiu-lhe" in md["pt"], md["pt"]
    assert "B Lab le concedió" in md["es"] and "La B Lab" not in md["es"] and "El B Lab" not in md["es"]
    assert "B Lab awarded" in md["en"] and "The B Lab" not in md["en"]
    assert "B Lab lui a décerné" in md["fr"] and "Le B Lab" not in md["fr"] and "La B Lab" not in md["fr"]


BEACHES = per_lang(
    "as nove praias do concelho", "las nueve playas del municipio", "its nine beaches", "ses neuf plages"
)
FLAG: dict[str, Any] = {
    "award.name": per_lang("Bandeira Azul", "Bandera Azul", "Blue Flag", "Pavillon bleu"),
    "award.level": None,
    "award.awarded_to": BEACHES,
}


@pytest.mark.parametrize("kind", ["award", "renewal"])
def test_an_award_says_what_it_is_granted_to(tmp_path: Path, kind: str) -> None:
    change: dict[str, Any] = {**FLAG, "release.kind": kind}
    if kind == "renewal":
        change |= {"award.first_awarded": 1992, "award.times_renewed": 34}
    md = checked(tmp_path, change)
    assert "a Bandeira Azul para as nove praias do concelho" in md["pt"], md["pt"]
    assert "la Bandera Azul para las nueve playas del municipio" in md["es"], md["es"]
    assert "Blue Flag for its nine beaches" in md["en"], md["en"]
    assert "Pavillon bleu pour ses neuf plages" in md["fr"], md["fr"]
    if kind == "renewal":  # the first year in a sentence of its own: never "the beaches, which it first won…"
        assert "as nove praias do concelho. Recebeu a bandeira pela primeira vez em 1992." in md["pt"]
        assert "las nueve playas del municipio. Obtuvo la bandera por primera vez en 1992." in md["es"]
        assert "for the 34th time. It has held the flag since 1992." in md["en"]
        assert "ses neuf plages. Il avait obtenu le pavillon pour la première fois en 1992." in md["fr"]


def test_a_version_that_drops_what_the_award_is_granted_to_is_told(tmp_path: Path) -> None:
    from drafter.checker import check

    md = checked(tmp_path, FLAG)
    folder = tmp_path / "release"
    (folder / "es.md").write_text(md["es"].replace(" para las nueve playas del municipio", ""), encoding="utf-8")
    found = [(f.rule, f.path, f.message) for f in check([folder]).findings]
    assert any(path == "award.awarded_to" and "las nueve playas del municipio" in msg for _, path, msg in found), found


def test_awarded_to_is_for_an_award_a_renewal_or_a_prize(tmp_path: Path) -> None:
    problems = refused(tmp_path, {"release.kind": "certification", "award.awarded_to": BEACHES})
    assert any("award.awarded_to: is for an award, a renewal or a prize only" in p for p in problems), problems


def test_the_skeleton_and_the_schema_offer_awarded_to(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from drafter.cli import cli

    runner = CliRunner()
    new = runner.invoke(cli, ["new", str(tmp_path / "new.yaml"), "--lang", "pt,en"])
    assert new.exit_code == 0, new.output
    skeleton = (tmp_path / "new.yaml").read_text(encoding="utf-8")
    assert "# awarded_to:" in skeleton and "#   pt: <<awarded_to>>" in skeleton, skeleton
    schema = runner.invoke(cli, ["schema"])
    assert "awarded_to" in schema.output
