"""No sentence left standing as a paragraph of its own (issue 11, "a professional editor passes").

An award's history in one sentence, a grant's budget and length in one, a next step in one after the
partnership: each runs on from the paragraph before, in every kind of release and every language; two
sentences or more still open a paragraph of their own. ``drafter check`` finds every fact in each.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from drafter.paragraphs import sentences, short_sentence

from .newfacts import LANGS4, checked, per_lang

MAREA = {
    "name": per_lang("Fundação Marea", "Fundación Marea", "Marea Foundation", "Fondation Marea"),
    "type": "foundation",
}


def _paragraph_of(text: str, piece: str) -> str:
    """The paragraph of ``text`` that holds ``piece``."""
    found = [p for p in text.split("\n\n") if piece in p]
    assert found, f"{piece!r} not in:\n{text}"
    return found[0]


def _lone(text: str) -> list[str]:
    """The body's paragraphs of one sentence (headings, quotes, lists, the dateline's lead and what follows
    the end mark left aside)."""
    body = text.split("* * *")[0]
    out = []
    for p in body.split("\n\n")[1:]:
        p = p.strip()
        if not p or p[0] in "#>-*" or p.endswith(":"):
            continue
        if len(re.findall(r"[.!?](?:\s|$)", p)) == 1:
            out.append(p)
    return out


CREATED = {"award.launched": 2009}
PROMOTED = {"award.backed_by": MAREA}


@pytest.mark.parametrize("kind", ["award", "renewal", "certification", "prize"])
def test_a_history_of_one_sentence_runs_on_from_the_lead(tmp_path: Path, kind: str) -> None:
    change: dict[str, Any] = {"release.kind": kind, **CREATED}
    if kind == "certification":
        change["award.level"] = None
    if kind == "prize":
        change["event"] = {
            "name": per_lang(*["Feira Habitat"] * 2, "Habitat Fair", "Salon Habitat"),
            "city": "Porto",
            "date": "2026-04-20",
        }
    md = checked(tmp_path, change)
    for lang in LANGS4:
        lead = _paragraph_of(md[lang], "2009")
        assert "Aveiro" in lead, (lang, lead)  # the dateline's paragraph
        assert _lone(md[lang]) == [], lang


def test_a_history_of_two_sentences_is_a_paragraph(tmp_path: Path) -> None:
    md = checked(tmp_path, {**CREATED, **PROMOTED})
    for lang in LANGS4:
        history = _paragraph_of(md[lang], "2009")
        assert "Aveiro" not in history and "Marea" in history, (lang, history)


GRANT: dict[str, Any] = {
    "release.kind": "grant",
    "award.level": None,
    "award.name": per_lang(
        "Programa Maré Viva", "Programa Marea Viva", "Living Tide Programme", "programme Marée vive"
    ),
    "award.issuer": MAREA,
    "grant": {
        "amount": 250000,
        "months": 60,
        "project": per_lang("o projeto DUNAS", "el proyecto DUNAS", "the DUNAS project", "le projet DUNAS"),
    },
}


@pytest.mark.parametrize(
    "more",
    [
        {},
        {"award.launched": 2015},
        {"grant.led_by": {"name": "Marta Ruas", "title": per_lang("Dra.", "Dra.", "Dr", "Dr"), "gender": "f"}},
        {
            "award.purpose": per_lang(
                "Financia a recuperação de dunas.",
                "Financia la recuperación de dunas.",
                "It funds the restoration of dunes.",
                "Il finance la restauration des dunes.",
            )
        },
    ],
    ids=["bare", "created", "led", "purpose"],
)
def test_a_grant_project_in_one_sentence_runs_on_from_the_grant(tmp_path: Path, more: dict[str, Any]) -> None:
    grant = {**GRANT["grant"], **{k[6:]: v for k, v in more.items() if k.startswith("grant.")}}
    change = {**GRANT, **{k: v for k, v in more.items() if not k.startswith("grant.")}, "grant": grant}
    md = checked(tmp_path, change)
    words = {"pt": "cinco anos", "es": "cinco años", "en": "five years", "fr": "cinq ans"}
    for lang in LANGS4:
        project = _paragraph_of(md[lang], words[lang])
        assert len(re.findall(r"[.!?](?:\s|$)", project)) > 1, (lang, project)
        assert _lone(md[lang]) == [], (lang, _lone(md[lang]))


def test_a_grant_project_in_two_sentences_is_a_paragraph(tmp_path: Path) -> None:
    grant = {**GRANT["grant"], "co_funded_by": [{"name": "Salinas Moura", "type": "company"}]}
    md = checked(tmp_path, {**GRANT, "grant": grant})
    for lang, five in {"pt": "cinco anos", "es": "cinco años", "en": "five years", "fr": "cinq ans"}.items():
        project = _paragraph_of(md[lang], five)
        assert "Salinas Moura" in project and "Aveiro" not in project, (lang, project)


STEP = per_lang(
    "O Habitat vai abrir um laboratório em 2027.",
    "Habitat abrirá un laboratorio en 2027.",
    "Habitat will open a laboratory in 2027.",
    "Habitat ouvrira un laboratoire en 2027.",
)
PARTNERS = {
    "partnership": {
        "project": per_lang("um guia de obra", "una guía de obra", "a building guide", "un guide de chantier"),
        "partners": [{"name": "Obra Viva"}, {"name": "Casa Norte"}],
    }
}


def test_a_next_step_of_one_sentence_runs_on_from_the_partnership(tmp_path: Path) -> None:
    md = checked(tmp_path, {**PARTNERS, "next_steps": [STEP]})
    for lang in LANGS4:
        assert "Obra Viva" in _paragraph_of(md[lang], "2027"), lang


def test_next_steps_alone_under_their_heading(tmp_path: Path) -> None:
    md = checked(tmp_path, {"next_steps": [STEP]})
    for lang in LANGS4:
        assert _paragraph_of(md[lang], "2027").strip() == STEP[lang], lang


@pytest.mark.parametrize(
    ("lang", "text", "count"),
    [("en", "It funds dunes. A panel assesses them.", 2), ("pt", "Financia a recuperação de dunas.", 1), ("fr", "", 0)],
)
def test_sentences_counted(lang: str, text: str, count: int) -> None:
    assert sentences(text, lang) == count


SHORT_MEANING = per_lang(
    "O selo premeia dez anos de trabalho.",
    "El sello premia diez años de trabajo.",
    "The label rewards ten years of work.",
    "Le label récompense dix ans de travail.",
)
LONG_MEANING = per_lang(
    "O selo premeia dez anos de trabalho. Coloca o Habitat entre os clusters mais bem geridos da Europa.",
    "El sello premia diez años de trabajo. Sitúa a Habitat entre los clústeres mejor gestionados de Europa.",
    "The label rewards ten years of work. It places Habitat among the best-run clusters in Europe.",
    "Le label récompense dix ans de travail. Il place Habitat parmi les clusters les mieux gérés d’Europe.",
)


def test_a_meaning_of_one_short_sentence_runs_on_from_the_paragraph_before(tmp_path: Path) -> None:
    md = checked(tmp_path, {**CREATED, **PROMOTED, "award.meaning": SHORT_MEANING})
    for lang in LANGS4:
        assert "Marea" in _paragraph_of(md[lang], SHORT_MEANING[lang]), lang
        assert _lone(md[lang]) == [], lang


def test_a_meaning_of_two_sentences_is_a_paragraph(tmp_path: Path) -> None:
    md = checked(tmp_path, {**CREATED, **PROMOTED, "award.meaning": LONG_MEANING})
    for lang in LANGS4:
        assert _paragraph_of(md[lang], LONG_MEANING[lang][-12:]).strip() == LONG_MEANING[lang], lang


@pytest.mark.parametrize(
    ("text", "short"),
    [
        ("The label rewards ten years of work.", True),
        ("It rewards work. It places Habitat first.", False),
        (" ".join(["word"] * 25) + ".", False),
        ({"en": "It rewards work.", "pt": "Premeia o trabalho. Coloca-o em primeiro."}, False),
        (None, False),
    ],
)
def test_a_short_sentence_is_short_in_every_language(text: Any, short: bool) -> None:
    assert short_sentence(text, "en") is short
