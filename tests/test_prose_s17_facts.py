"""Facts a native editor found the file could not say (issue 11, s16 reading, classes C, D, G, H), and the
frames they forced, fixed in pt, es, en and fr: an award's edition year and its own acronym, a sum of money
and a score among the figures, a speaker's title per language; the award named again by its noun, a
described jury with its indefinite article, an event named once in a prize's headline, and French spaces
before "%" in the officer's own texts. Each new fact is found by ``drafter check``."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from .newfacts import checked, per_lang, refused

GREEN = {
    "award.name": per_lang("Prémio Cidade Azul", "Premio Ciudad Azul", "Blue City Award", "prix Ville bleue"),
    "award.edition": 2028,
    "award.launched": 2011,
    "award.purpose": per_lang(
        "O prémio distingue cidades que cuidam da água.",
        "El premio distingue a ciudades que cuidan el agua.",
        "The award recognises cities that look after their water.",
        "Le prix distingue les villes qui prennent soin de leur eau.",
    ),
}
NO_LEVEL = ("award.level",)
RFAR = {
    "award.acronym": "QAR",
    "award.name": per_lang("Selo Águas Limpas", "Sello Aguas Limpias", "Clean Water Seal", "label Eaux propres"),
}


def _folder(tmp_path: Path) -> Path:
    return tmp_path / "release"


def _findings(tmp_path: Path) -> list[tuple[str, str, str]]:
    from drafter.checker import check

    return [(f.rule, f.path, f.message) for f in check([_folder(tmp_path)]).findings]


def _edit(tmp_path: Path, lang: str, old: str, new: str) -> None:
    path = _folder(tmp_path) / f"{lang}.md"
    text = path.read_text(encoding="utf-8")
    assert old in text, text
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_the_edition_year_follows_the_name_in_headline_and_lead_only(tmp_path: Path) -> None:
    md = checked(tmp_path, GREEN, NO_LEVEL)
    said = {"pt": "Prémio Cidade Azul 2028", "es": "Premio Ciudad Azul 2028", "en": "Blue City Award 2028"}
    said["fr"] = "prix Ville bleue 2028"
    for lang, name in said.items():
        headline, rest = md[lang].split("\n", 1)
        assert name in headline and name in rest.strip().split("\n\n")[0], md[lang]
        assert md[lang].count(" 2028") == 2, md[lang]  # never in the award's history
    assert "The Blue City Award was created in 2011. It recognises" in md["en"], md["en"]
    assert "O Prémio Cidade Azul foi criado em 2011." in md["pt"], md["pt"]
    assert "El Premio Ciudad Azul se creó en 2011." in md["es"], md["es"]
    assert "Le prix Ville bleue a été créé en 2011." in md["fr"], md["fr"]


def test_a_version_without_the_edition_year_is_told(tmp_path: Path) -> None:
    checked(tmp_path, GREEN, NO_LEVEL)
    _edit(tmp_path, "es", "Premio Ciudad Azul 2028", "Premio Ciudad Azul")
    found = _findings(tmp_path)
    assert any(path == "award.edition" for _, path, _ in found), found


@pytest.mark.parametrize(("key", "value"), [("award.edition", 2028), ("award.acronym", "QAR")])
def test_an_edition_or_an_acronym_is_not_for_a_certification(tmp_path: Path, key: str, value: Any) -> None:
    problems = refused(tmp_path, {"release.kind": "certification", key: value})
    assert any(p.startswith(f"{key}:") for p in problems), problems


def test_the_awards_acronym_is_said_once_in_the_lead(tmp_path: Path) -> None:
    md = checked(tmp_path, RFAR)
    for lang, name in zip(
        ("pt", "es", "en", "fr"),
        ("Selo Águas Limpas (QAR)", "Sello Aguas Limpias (QAR)", "Clean Water Seal (QAR)", "label Eaux propres (QAR)"),
        strict=True,
    ):
        assert md[lang].count("(QAR)") == 1 and name in md[lang], md[lang]
    _edit(tmp_path, "fr", " (QAR)", "")
    found = _findings(tmp_path)
    assert any(path == "award.acronym" for _, path, _ in found), found


PRIZE_MONEY = {
    "value": 250000,
    "currency": "EUR",
    "text": per_lang(
        "O prémio tem um valor de {value} para projetos de água",
        "El premio está dotado con {value} para proyectos de agua",
        "The award carries {value} of prize money for water projects",
        "Le prix est doté de {value} pour des projets liés à l’eau",
    ),
}


def test_a_figure_in_a_currency_is_written_as_a_sum(tmp_path: Path) -> None:
    md = checked(tmp_path, {"figures": [PRIZE_MONEY, {**copy.deepcopy(PRIZE_MONEY), "value": 1900000}]})
    assert "The award carries €250,000 of prize money" in md["en"], md["en"]
    assert "The award carries €1.9 million of prize money" in md["en"], md["en"]
    assert "tem um valor de 250 000 euros" in md["pt"].replace("\u00a0", " "), md["pt"]
    assert "dotado con 1,9 millones de euros" in md["es"], md["es"]
    assert "doté de 1,9 million d’euros" in md["fr"], md["fr"]
    _edit(tmp_path, "en", "€250,000", "€205,000")
    found = _findings(tmp_path)
    assert any(path == "figures[0].value" for _, path, _ in found), found


SCORE = {"value": 94, "out_of": 100, "what": per_lang("o tinto", "el tinto", "the red", "le rouge")}


def test_a_score_is_said_as_one(tmp_path: Path) -> None:
    md = checked(tmp_path, {"figures": [SCORE]})
    assert "- O tinto obteve 94 pontos em 100" in md["pt"], md["pt"]
    assert "- El tinto obtuvo 94 puntos sobre 100" in md["es"], md["es"]
    assert "- The red scored 94 out of 100" in md["en"], md["en"]
    assert "- Le rouge a obtenu 94 points sur 100" in md["fr"], md["fr"]
    _edit(tmp_path, "es", "94 puntos sobre 100", "94 puntos sobre 1000")
    found = _findings(tmp_path)
    assert any("figures[0]" in path for _, path, _ in found), found


def test_of_with_points_is_refused_for_out_of(tmp_path: Path) -> None:
    figure = {
        "value": 94,
        "of": 100,
        "what": per_lang("pontos obteve o tinto", "puntos obtuvo", "points went", "points"),
    }
    problems = refused(tmp_path, {"figures": [figure]})
    assert any("is a score: write out_of: 100 instead of of" in p for p in problems), problems


@pytest.mark.parametrize("clash", [{"of": 100}, {"percent": True}, {"currency": "EUR"}])
def test_a_score_has_no_whole_percentage_or_currency(tmp_path: Path, clash: dict[str, Any]) -> None:
    assert refused(tmp_path, {"figures": [{**SCORE, **clash}]})


def test_a_speakers_title_per_language(tmp_path: Path) -> None:
    quote = {
        "speaker": "Iolo Pritchard",
        "title": per_lang("Prof.", "Prof.", "Prof.", "Pr"),
        "role": "director",
        "text": per_lang("Obrigado.", "Gracias.", "Thank you.", "Merci."),
    }
    md = checked(tmp_path, {"quotes": [quote]})
    assert "**Pr Iolo Pritchard**" in md["fr"], md["fr"]
    assert "**Prof. Iolo Pritchard**" in md["en"], md["en"]
    _edit(tmp_path, "fr", "Pr Iolo", "Iolo")
    found = _findings(tmp_path)
    assert any(path == "quotes[0].title" for _, path, _ in found), found


def test_a_label_and_a_prize_are_named_again_by_their_noun(tmp_path: Path) -> None:
    # after an assessor, the validity is a sentence of its own that names the award again
    md = checked(tmp_path, {**RFAR, "award.valid_until": "2029-11", "award.assessor": {"name": "Certivale"}})
    assert "Ce label est valable jusqu’en novembre 2029." in md["fr"], md["fr"]
    assert "El sello tiene validez hasta noviembre de 2029." in md["es"], md["es"]
    assert "distinction" not in md["fr"] and "distinción" not in md["es"]
    prize = checked(tmp_path / "prize", {"award.name": GREEN["award.name"]}, NO_LEVEL)
    assert "lui a décerné le prix le" in prize["fr"], prize["fr"]
    assert "le concedió el premio el" in prize["es"], prize["es"]


def test_a_described_jury_takes_the_indefinite_article(tmp_path: Path) -> None:
    jury = per_lang(
        "júri internacional de especialistas",
        "jurado internacional de expertos",
        "international jury of experts",
        "jury international d’experts",
    )
    md = checked(tmp_path, {"award.assessor": {"name": jury}})
    assert "on the recommendation of an international jury of experts" in md["en"], md["en"]
    assert "sob proposta de um júri internacional de especialistas" in md["pt"], md["pt"]
    assert "a propuesta de un jurado internacional de expertos" in md["es"], md["es"]
    assert "sur proposition d’un jury international d’experts" in md["fr"], md["fr"]


def test_a_named_jury_keeps_its_definite_article(tmp_path: Path) -> None:
    jury = per_lang("Júri Internacional", "Jurado Internacional", "International Jury", "Jury international")
    md = checked(tmp_path, {"award.assessor": {"name": jury}})
    assert "on the recommendation of the International Jury" in md["en"], md["en"]
    assert "sob proposta do Júri Internacional" in md["pt"], md["pt"]


BOTTLE = {
    "release.kind": "prize",
    "release.date": "2026-05-22",
    "award.name": per_lang("Medalha Rosalia", "Medalla Rosalia", "Rosalia Medal", "médaille Rosalia"),
    "event": {
        "name": per_lang(
            "Concurso Internacional Rosalia",
            "Concurso Internacional Rosalia",
            "Rosalia International Competition",
            "Concours international Rosalia",
        ),
        "gender": "m",
        "city": "Colmar",
        "country": "FR",
        "date": "2026-05-20",
    },
}


def test_a_prize_headline_names_the_event_once(tmp_path: Path) -> None:
    md = checked(tmp_path, BOTTLE)
    headlines = {lang: text.split("\n", 1)[0] for lang, text in md.items()}
    assert headlines["es"].endswith("gana la Medalla de Oro en el Concurso Internacional Rosalia"), headlines
    assert headlines["pt"].endswith("conquista a Medalha de Ouro no Concurso Internacional Rosalia"), headlines
    assert headlines["en"].endswith("wins the Gold Medal at the Rosalia International Competition"), headlines
    assert headlines["fr"].endswith("remporte la médaille d’or au Concours international Rosalia"), headlines
    for text in md.values():  # the lead keeps the whole name
        assert text.split("\n", 1)[1].count("Rosalia") >= 2


def test_an_ordinary_word_both_names_share_stays(tmp_path: Path) -> None:
    change = {
        **BOTTLE,
        "award.name": per_lang(
            "Prémio Internacional Rosa",
            "Premio Internacional Rosa",
            "Rosa International Prize",
            "prix international Rosa",
        ),
    }
    md = checked(tmp_path, change)
    # s19: a prize's metal is what was won in it ("el oro del Premio…")
    assert "el oro del Premio Internacional Rosa en el Concurso Internacional Rosalia" in md["es"].split("\n", 1)[0], (
        md["es"]
    )


def test_french_spaces_the_percent_sign_in_the_officers_texts(tmp_path: Path) -> None:
    sub = per_lang(
        "Compra 62% localmente", "Compra el 62 % en la región", "It buys 62% locally", "Elle achète 62 % localement"
    )
    md = checked(tmp_path, {"release.subheadline": sub})
    assert "62\u00a0% localement" in md["fr"], md["fr"]
    assert "62 % localement" not in md["fr"]


def test_the_skeleton_and_the_schema_offer_the_new_facts(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from drafter.cli import cli

    runner = CliRunner()
    new = runner.invoke(cli, ["new", str(tmp_path / "new.yaml"), "--lang", "pt,en"])
    assert new.exit_code == 0, new.output
    skeleton = (tmp_path / "new.yaml").read_text(encoding="utf-8")
    for key in ("# edition:", "# acronym:", "currency: EUR", "out_of: 100", "# title:"):
        assert key in skeleton, key
    schema = runner.invoke(cli, ["schema"]).output
    for key in ('"edition"', '"out_of"', '"currency"', '"title"'):
        assert key in schema, key
