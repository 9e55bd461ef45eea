"""French (France) drafts as a native editor of a French paper would pass them, on facts the examples lack.

Each test pins one class an editor marked: partners placed "établis en Espagne et aux Pays-Bas", never
"trois partenaires d’Espagne" or "(un d’Allemagne et un d’Espagne)"; the funder's own panel is not an
"évaluation indépendante" in a grant whose lead ends with its programme's purpose either; benefits after
a frame any benefit fits ("offre à ses titulaires :", not "donne accès à : une visibilité accrue"); a body
that launched an award and backs it is not named twice in a row; a grant's programme follows
award.noun.in_name, bare when its name does not say it is a programme ("dans le cadre d’Horizon Europe").
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from drafter import draft
from drafter.checker import check
from drafter.lang import award_nouns
from drafter.lang.awards import AWARDS, AwardNouns

from .newfacts import facts_file, per_lang

NO_LEVEL = ("award.level",)


def _grant(name: dict[str, str], **award: Any) -> dict[str, Any]:
    facts: dict[str, Any] = {
        "release.kind": "grant",
        "award.name": name,
        "award.issuer": {
            "name": per_lang("Comissão Europeia", "Comisión Europea", "European Commission", "Commission européenne"),
            "gender": "f",
        },
        "grant": {"amount": 250000, "project": per_lang("o projeto X", "el proyecto X", "project X", "le projet X")},
    }
    facts.update({f"award.{key}": value for key, value in award.items()})
    return facts


def _fr(tmp_path: Path, change: dict[str, Any], drop: tuple[str, ...] = NO_LEVEL) -> str:
    return draft(facts_file(tmp_path, change, drop)).markdown["fr"]


def _clean(tmp_path: Path, change: dict[str, Any], drop: tuple[str, ...] = NO_LEVEL) -> None:
    """The drafts of ``change`` pass ``drafter check``."""
    folder = tmp_path / "release"
    folder.mkdir(exist_ok=True)
    facts = facts_file(folder, change, drop)
    for lang, text in draft(facts).markdown.items():
        (folder / f"{lang}.md").write_text(text, encoding="utf-8")
    assert [f"{f.rule} {f.path} {f.message}" for f in check([folder]).findings] == []


@pytest.mark.parametrize(
    ("name", "said"),
    [
        (
            per_lang("Horizonte Europa", "Horizonte Europa", "Horizon Europe", "Horizon Europe"),
            ("dans le cadre de l’appel 2026 d’Horizon Europe.", "Horizon Europe a été créé en 2021."),
        ),
        (
            per_lang("França 2030", "Francia 2030", "France 2030", "France 2030"),
            ("dans le cadre de l’appel 2026 de France 2030.", "France 2030 a été créé en 2021."),
        ),
        (
            per_lang("Programa Mar Vivo", "Programa Mar Vivo", "Living Sea Programme", "programme Mer vivante"),
            ("dans le cadre de l’appel 2026 du programme Mer vivante.", "Le programme Mer vivante a été créé en 2021."),
        ),
        (
            per_lang("Fundo Azul", "Fondo Azul", "Blue Fund", "Fonds bleu"),
            ("dans le cadre de l’appel 2026 du Fonds bleu.", "Le Fonds bleu a été créé en 2021."),
        ),
    ],
)
def test_a_programme_s_article_follows_the_view(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: dict[str, str], said: tuple[str, ...]
) -> None:
    """A programme named by a proper name goes bare, as the French press writes "Horizon Europe" or
    "France 2030"; one whose name says it is a programme or a fund takes "le". The template reads
    award.noun.in_name; drafter/lang/nouns.py has no French grant nouns yet, so the test lends it some."""
    held = "programme fonds appel plan programme fund".split()
    monkeypatch.setattr(
        award_nouns, "AWARDS", {**AWARDS, ("fr", "grant"): AwardNouns(default="", held={w: w for w in held})}
    )
    call = per_lang("o concurso de 2026", "la convocatoria de 2026", "the 2026 call", "l’appel 2026")
    facts = _grant(name, launched=2021)
    facts["grant"] = {**facts["grant"], "call": call}
    md = _fr(tmp_path, facts)
    for words in said:
        assert words in md, md.split("\n\n")[2:4]
    assert "l’Horizon" not in md and "Le France" not in md
    _clean(tmp_path, facts)


def test_without_french_grant_nouns_a_programme_keeps_its_article(tmp_path: Path) -> None:
    name = per_lang("Programa Mar Vivo", "Programa Mar Vivo", "Living Sea Programme", "programme Mer vivante")
    assert "dans le cadre du programme Mer vivante." in _fr(tmp_path, _grant(name))


def test_a_grant_assessed_by_its_funder_is_not_independently_assessed(tmp_path: Path) -> None:
    """The funder's own jury examined the application: "Après examen de la candidature", whether the
    programme's purpose ends the lead or not."""
    funder = {
        "name": per_lang("Comissão Europeia", "Comisión Europea", "European Commission", "Commission européenne"),
        "gender": "f",
    }
    name = per_lang("Programa Mar Vivo", "Programa Mar Vivo", "Living Sea Programme", "programme Mer vivante")
    purpose = per_lang("Apoia o mar.", "Apoya el mar.", "It supports the sea.", "Il soutient la mer.")
    led = _fr(tmp_path, _grant(name, assessor=funder, purpose=purpose))
    assert "Après examen de la candidature, la subvention a été accordée le 28 avril 2026" in led
    assert "indépendante" not in led
    after = _fr(tmp_path, _grant(name, assessor=funder))
    assert "du programme Mer vivante, après examen de la candidature." in after


@pytest.mark.parametrize(
    ("partners", "count", "said"),
    [
        (
            [{"country": "ES"}, {"country": "NL"}, {"country": "ES"}],
            None,
            "Avec trois partenaires établis en Espagne et aux Pays-Bas,",
        ),
        ([{"country": "DE"}, {"country": "ES"}], None, "Avec deux partenaires établis en Allemagne et en Espagne,"),
        ([{"country": "DE"}], None, "Avec un partenaire établi en Allemagne,"),
        (
            [{"country": "DE"}, {"country": "ES"}],
            5,
            "Avec cinq partenaires, dont deux établis en Allemagne et en Espagne,",
        ),
        ([{"country": "PT"}], 4, "Avec quatre partenaires, dont un établi au Portugal,"),
    ],
)
def test_partners_are_placed_where_they_are_based(
    tmp_path: Path, partners: list[dict[str, str]], count: int | None, said: str
) -> None:
    """ "Trois partenaires d’Espagne", "un d’Allemagne" are not French press prose: partners are "établis
    en Espagne"; as many partners as countries says there is one in each."""
    project = per_lang("um sensor", "un sensor", "a sensor", "un capteur")
    ship: dict[str, Any] = {"project": project, "partners": partners}
    if count:
        ship["count"] = count
    md = _fr(tmp_path, {"partnership": ship}, ())
    assert said in md, md.split("## ")[2]
    assert " d’Allemagne" not in md and "un d’" not in md
    _clean(tmp_path, {"partnership": ship}, ())


@pytest.mark.parametrize(
    ("kind", "holders"),
    [("award", "titulaires"), ("renewal", "titulaires"), ("certification", "titulaires"), ("prize", "lauréats")],
)
def test_benefits_follow_a_frame_any_benefit_fits(tmp_path: Path, kind: str, holders: str) -> None:
    """ "Donne accès à : une visibilité accrue" is not French: the award "offre à ses titulaires", "à ses
    lauréats" for a prize, "à ses bénéficiaires" for a grant, as the other languages say."""
    benefits = [per_lang("maior visibilidade", "mayor visibilidad", "greater visibility", "une visibilité accrue")]
    facts: dict[str, Any] = {"release.kind": kind, "benefits": benefits}
    if kind == "prize":
        facts["event"] = {
            "name": per_lang("Feira X", "Feria X", "X Fair", "Salon X"),
            "city": "Paris",
            "date": "2026-04-01",
        }
    drop = NO_LEVEL if kind == "certification" else ()
    md = _fr(tmp_path, facts, drop)
    assert f"Label offre à ses {holders}\u00a0:\n\n- Une visibilité accrue" in md
    assert "donne accès" not in md
    name = per_lang("Programa Mar Vivo", "Programa Mar Vivo", "Living Sea Programme", "programme Mer vivante")
    grant = _fr(tmp_path, {**_grant(name), "benefits": benefits})
    assert "Le programme Mer vivante offre à ses bénéficiaires\u00a0:" in grant
    _clean(tmp_path, facts, drop)


def test_a_backer_that_launched_the_award_is_not_named_twice(tmp_path: Path) -> None:
    """ "… à l’initiative de la Commission européenne. Il est reconnu et soutenu par la Commission
    européenne." names it twice in a row: "Celle-ci le reconnaît et le soutient aujourd’hui."."""
    commission = {
        "name": per_lang("Comissão Europeia", "Comisión Europea", "European Commission", "Commission européenne"),
        "gender": "f",
    }
    facts = {"award.launched": 2009, "award.launched_by": commission, "award.backed_by": copy.deepcopy(commission)}
    md = _fr(tmp_path, facts, ())
    assert (
        "a été créé en 2009 à l’initiative de la Commission européenne. "
        "Celle-ci le reconnaît et le soutient aujourd’hui." in md
    )
    plural = {"name": per_lang("Laboratórios X", "Laboratorios X", "X Laboratories", "Laboratoires X"), "gender": "mp"}
    seal = {
        "award.name": per_lang("Selo X", "Sello X", "X Seal", "Marque X"),
        "award.gender": "f",
        "award.launched_by": plural,
        "award.backed_by": copy.deepcopy(plural),
    }
    assert "à l’initiative des Laboratoires X. Ceux-ci la reconnaissent et la soutiennent aujourd’hui." in _fr(
        tmp_path, seal
    )
    other = {**facts, "award.backed_by": {"name": "Interreg Europe"}}
    assert "Il est reconnu et soutenu par" in _fr(tmp_path, other, ())
    _clean(tmp_path, facts, ())
