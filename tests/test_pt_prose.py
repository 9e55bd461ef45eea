"""Portuguese drafts as a native editor of a Portuguese paper would pass them, on facts the examples lack.

Each test pins one class an editor marked: a prize's category set off by a pair of commas; a prize
"atribuído sob proposta de um júri", never "entregue sob proposta", with the pronoun agreeing with
the winner; benefits after a frame that fits any benefit ("oferece aos seus titulares", "aos
premiados", "aos beneficiários"), where "dá acesso a: maior visibilidade" did not; a counted noun in
-ar or -el known to be masculine ("Dois lagares", "13 dos 40 hotéis").
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from drafter import draft
from drafter.checker import check

from .newfacts import facts_file, per_lang

PRIZE: dict[str, Any] = {
    "release.kind": "prize",
    "award.name": per_lang(
        "Prémio do Azeite Novo", "Premio del Aceite Nuevo", "New Oil Prize", "Prix de l’huile nouvelle"
    ),
    "award.date": "2026-04-15",
    "award.category": per_lang("colheita precoce", "cosecha temprana", "early harvest", "Récolte précoce"),
    "award.issuer": {"name": "Associação Olivícola Europeia", "acronym": "AOE", "gender": "f"},
    "award.assessor": {"name": "Conselho dos Provadores", "acronym": "CP", "gender": "m"},
    "event": {"name": "Feira do Azeite", "city": "Paris", "country": "FR", "date": "2026-04-14", "end": "2026-04-16"},
}
GRANT: dict[str, Any] = {
    "release.kind": "grant",
    "award.name": per_lang("Programa Mar Vivo", "Programa Mar Vivo", "Living Sea Programme", "Programme Mer vivante"),
    "grant": {"amount": 250000, "project": per_lang("o projeto X", "el proyecto X", "project X", "le projet X")},
}
BENEFITS = [per_lang("maior visibilidade", "mayor visibilidad", "greater visibility", "une visibilité accrue")]
NO_LEVEL = ("award.level",)


def _pt(tmp_path: Path, change: dict[str, Any], drop: tuple[str, ...] = NO_LEVEL) -> str:
    return draft(facts_file(tmp_path, change, drop)).markdown["pt"]


def test_a_prize_category_is_set_off_by_two_commas(tmp_path: Path) -> None:
    md = _pt(tmp_path, PRIZE)
    assert "venceu o Prémio do Azeite Novo, na categoria de colheita precoce, na Feira do Azeite," in md
    assert "categoria de colheita precoce, na Feira" in _pt(tmp_path, {**PRIZE, "award.level": "gold"}, ())


@pytest.mark.parametrize(
    ("change", "said"),
    [
        (
            {},
            "Associação Olivícola Europeia (AOE) atribuiu-lhe o prémio a 15 de abril, sob proposta de um júri",
        ),
        ({"organisation.gender": "mp"}, "atribuiu-lhes o prémio a 15 de abril"),
        (
            {"award.issuer": {"name": "Laboratórios do Sul", "gender": "mp"}},
            "Os Laboratórios do Sul atribuíram-lhe o prémio",
        ),
        (
            {"award.date": "2026-04-14", "event.end": None},
            "(AOE) atribuiu-lhe o prémio sob proposta de um júri nomeado",
        ),
    ],
)
def test_a_prize_is_awarded_on_a_jury_s_proposal(tmp_path: Path, change: dict[str, Any], said: str) -> None:
    """A jury proposes the winner: the body "atribuiu-lhe o prémio sob proposta", never "entregou o prémio sob
    proposta", which would say the jury proposed the handing over; "lhe" and the verb agree in number."""
    facts = {**PRIZE, **{k: v for k, v in change.items() if not k.startswith("event.")}}
    if "event.end" in change:
        facts["event"] = {k: v for k, v in PRIZE["event"].items() if k != "end"}
    md = _pt(tmp_path, facts)
    assert said in md, md.split("\n\n")[1]
    assert "entreg" not in md


@pytest.mark.parametrize(
    ("change", "intro"),
    [
        ({}, "O Cluster Management Excellence Label oferece aos seus titulares:"),
        (
            {"release.kind": "certification", "award.name": "ISO 9001:2015"},
            "A certificação oferece aos seus titulares:",
        ),
        (PRIZE, "O Prémio do Azeite Novo oferece aos premiados:"),
        (GRANT, "O Programa Mar Vivo oferece aos beneficiários:"),
    ],
)
def test_benefits_follow_a_frame_every_benefit_fits(tmp_path: Path, change: dict[str, Any], intro: str) -> None:
    md = _pt(tmp_path, {**change, "benefits": BENEFITS}, NO_LEVEL if change else ())
    assert f"{intro}\n\n- Maior visibilidade" in md
    assert "dá acesso a" not in md


@pytest.mark.parametrize(
    ("figure", "line"),
    [
        ({"value": 2, "what": per_lang("lagares foram renovados", "x", "x", "x")}, "- Dois lagares foram renovados"),
        ({"value": 2, "what": per_lang("painéis solares", "x", "x", "x")}, "- Dois painéis solares"),
        ({"value": 13, "of": 40, "what": per_lang("hotéis são acessíveis", "x", "x", "x")}, "- 13 dos 40 hotéis"),
        ({"value": 13, "of": 40, "what": per_lang("lugares estão reservados", "x", "x", "x")}, "- 13 dos 40 lugares"),
    ],
)
def test_a_noun_in_ar_or_el_is_counted_as_masculine(tmp_path: Path, figure: dict[str, Any], line: str) -> None:
    assert line in _pt(tmp_path, {"figures": [figure]}, ())


def test_the_new_wording_keeps_every_fact(tmp_path: Path) -> None:
    """drafter check finds every fact of a prize with its category, jury and benefits in the new wording."""
    folder = tmp_path / "release"
    folder.mkdir()
    facts = facts_file(folder, {**PRIZE, "benefits": BENEFITS}, NO_LEVEL)
    for lang, text in draft(facts).markdown.items():
        (folder / f"{lang}.md").write_text(text, encoding="utf-8")
    assert [f"{f.rule} {f.path}" for f in check([folder]).findings] == []


@pytest.mark.parametrize(
    ("change", "said"),
    [
        (
            {"award.motto": "Striving for Excellence"},
            "(«Striving for Excellence»). Recebeu o selo pela primeira vez em 2019.",
        ),
        (
            {"award.motto": "Striving", "organisation.gender": "mp"},
            "(«Striving»). Receberam o selo pela primeira vez",
        ),
        ({}, "Label, que obteve pela primeira vez em 2019."),
    ],
)
def test_the_first_year_of_a_renewal_never_hangs_on_its_motto(
    tmp_path: Path, change: dict[str, Any], said: str
) -> None:
    """After a motto in brackets, "que obteve" would seem to say the motto was obtained: a sentence of its own."""
    folder = tmp_path / "release"
    folder.mkdir()
    facts = facts_file(folder, {"release.kind": "renewal", "award.first_awarded": 2019, **change})
    for lang, text in draft(facts).markdown.items():
        (folder / f"{lang}.md").write_text(text, encoding="utf-8")
    assert said in (folder / "pt.md").read_text(encoding="utf-8")
    assert [f"{f.rule} {f.path}" for f in check([folder]).findings] == []
