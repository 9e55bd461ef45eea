"""European Portuguese drafts as a native press editor would pass them, on kinds of release the examples lack.

Each test pins one class the editor marked: an accreditation is granted ("concedeu-lhe a
acreditação", "A acreditação é válida até"), not issued as a certificate, whatever the language of
its name; a seal or label certified is awarded to someone ("atribuiu-lhe o selo"), the pronoun
agreeing with the organisation; an event held in a city that takes the article says so ("realizado
no Porto", "na Corunha"), never "em Porto"; a counted noun whose ending misleads agrees with its own
gender ("Duas árvores", "13 das 40 variantes", "Dois pesticidas"), or keeps the forms that need none.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from drafter import draft
from drafter.checker import check

from .newfacts import facts_file, per_lang

NO_LEVEL = ("award.level",)
ACCREDITATION = per_lang(
    "Acreditação Ibérica de Qualidade em Saúde",
    "Acreditación Ibérica de Calidad Sanitaria",
    "Iberian Healthcare Quality Accreditation",
    "Accréditation ibérique de qualité en santé",
)
SEAL = per_lang("Selo Escola Saudável", "Sello Escuela Saludable", "Healthy School Seal", "Label École en santé")


def _certified(name: Any, **change: Any) -> dict[str, Any]:
    return {
        "release.kind": "certification",
        "release.date": "2026-10-05",
        "award.name": name,
        "award.gender": "f",
        "award.date": "2026-09-30",
        "award.valid_until": "2031-09",
        "award.issuer": {"name": "Agência Ibérica de Acreditação em Saúde", "acronym": "AIAS", "gender": "f"},
        **change,
    }


def _pt(tmp_path: Path, change: dict[str, Any], drop: tuple[str, ...] = NO_LEVEL) -> str:
    return draft(facts_file(tmp_path, change, drop)).markdown["pt"]


def _checked(tmp_path: Path, change: dict[str, Any]) -> str:
    """The Portuguese draft, once drafter check has found every fact in all four drafts."""
    folder = tmp_path / "release"
    folder.mkdir()
    for lang, text in draft(facts_file(folder, change, NO_LEVEL)).markdown.items():
        (folder / f"{lang}.md").write_text(text, encoding="utf-8")
    assert [f"{f.rule} {f.path}" for f in check([folder]).findings] == []
    return (folder / "pt.md").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("change", "said"),
    [
        (
            {},
            "(AIAS) concedeu-lhe a acreditação a 30 de setembro de 2026, com validade até setembro de 2031.",
        ),
        ({"award.name": "Iberian Healthcare Quality Accreditation"}, "(AIAS) concedeu-lhe a acreditação a 30"),
        ({"award.name": "Accréditation Cofrac"}, "(AIAS) concedeu-lhe a acreditação a 30"),
        ({"organisation.gender": "mp"}, "(AIAS) concedeu-lhes a acreditação a 30"),
        (
            {"award.issuer": {"name": "Laboratórios Ibéricos", "acronym": "LI", "gender": "mp"}},
            "Os Laboratórios Ibéricos (LI) concederam-lhe a acreditação",
        ),
        (
            {"award.assessor": {"name": "Instituto de Auditoria Clínica", "acronym": "IAC", "gender": "m"}},
            "Após uma auditoria realizada pelo Instituto de Auditoria Clínica (IAC), a Agência Ibérica de"
            " Acreditação em Saúde (AIAS) concedeu-lhe a acreditação a 30 de setembro de 2026, com validade",
        ),
    ],
)
def test_an_accreditation_is_granted_not_issued(tmp_path: Path, change: dict[str, Any], said: str) -> None:
    """A body grants an accreditation ("concedeu-lhe a acreditação"), and it is the accreditation that is
    valid: not "emitiu o certificado… O certificado é válido", whatever the language of its name."""
    md = _checked(tmp_path, _certified(ACCREDITATION, **change))
    assert said in md, md.split("\n\n")[2]
    assert "certificado" not in md


@pytest.mark.parametrize(
    ("change", "said"),
    [
        ({}, "(AIAS) atribuiu-lhe o selo a 30 de setembro de 2026, com validade até setembro de 2031."),
        ({"organisation.gender": "mp"}, "(AIAS) atribuiu-lhes o selo a 30 de setembro"),
        ({"award.name": "Label Haute Valeur Environnementale"}, "(AIAS) atribuiu-lhe o selo a 30"),
    ],
)
def test_a_seal_is_awarded_to_the_organisation(tmp_path: Path, change: dict[str, Any], said: str) -> None:
    """A seal is awarded to someone: "atribuiu-lhe o selo", not "atribuiu o selo" with no one receiving it."""
    md = _checked(tmp_path, _certified(SEAL, **change))
    assert said in md, md.split("\n\n")[2]


def test_a_certificate_to_a_standard_is_still_issued(tmp_path: Path) -> None:
    md = _pt(tmp_path, _certified("ISO 9001:2015"))
    assert "(AIAS) emitiu o certificado a 30 de setembro de 2026, com validade até setembro de 2031." in md


PRIZE: dict[str, Any] = {
    "release.kind": "prize",
    "release.date": "2026-05-22",
    "award.name": per_lang("Prémio Água Limpa", "Premio Agua Limpia", "Clean Water Prize", "Prix Eau propre"),
    "award.date": "2026-05-20",
    "award.issuer": {"name": "Associação Portuguesa da Água", "acronym": "APA", "type": "association"},
}


def _event(city: Any, country: str = "PT") -> dict[str, Any]:
    return {
        "name": per_lang("Congresso da Água", "Congreso del Agua", "Water Congress", "Congrès de l’eau"),
        "city": city,
        "country": country,
        "date": "2026-05-19",
        "gender": "m",
    }


@pytest.mark.parametrize(
    ("event", "said"),
    [
        (_event("Porto"), "no Congresso da Água, realizado no Porto a 19 de maio de 2026."),
        (_event("Figueira da Foz"), "realizado na Figueira da Foz a 19 de maio"),
        (_event(per_lang("Corunha", "A Coruña", "A Coruña", "La Corogne"), "ES"), "na Corunha (Espanha)"),
        (_event(per_lang("Cairo", "El Cairo", "Cairo", "Le Caire"), "EG"), "realizado no Cairo (Egito)"),
        (
            _event(per_lang("a Póvoa de Lanhoso", "Póvoa de Lanhoso", "Póvoa de Lanhoso", "Póvoa de Lanhoso")),
            "realizado na Póvoa de Lanhoso a 19",
        ),
        (_event("Caldas da Rainha"), "realizado nas Caldas da Rainha a 19 de maio"),
        (_event("Praia da Vitória"), "realizado na Praia da Vitória a 19 de maio"),
        (_event("Vila Real"), "realizado em Vila Real a 19 de maio"),
        (_event("Lisboa"), "realizado em Lisboa a 19 de maio"),
        (_event("Portimão"), "realizado em Portimão a 19 de maio"),
    ],
)
def test_a_city_that_takes_the_article_contracts_it(tmp_path: Path, event: dict[str, Any], said: str) -> None:
    """ "realizado no Porto", "na Figueira da Foz", "na Corunha": the cities that take the article contract it
    with "em", as does a city written in the facts with its article; any other stays bare ("em Lisboa")."""
    md = _checked(tmp_path, {**PRIZE, "event": event})
    assert said in md, md.split("\n\n")[2]
    assert " em Porto" not in md


@pytest.mark.parametrize(
    ("word", "two", "of"),
    [
        ("árvores", "Duas árvores", "13 das 40 árvores"),
        ("motos", "Duas motos", "13 das 40 motos"),
        ("variantes", "Duas variantes", "13 das 40 variantes"),
        ("pesticidas", "Dois pesticidas", "13 dos 40 pesticidas"),
        ("cometas", "Dois cometas", "13 dos 40 cometas"),
        ("corações", "Dois corações", "13 dos 40 corações"),
        ("rádios", "2 rádios", "13 de um total de 40 rádios"),
        ("professores", "Dois professores", "13 dos 40 professores"),
    ],
)
def test_a_counted_noun_whose_ending_misleads_keeps_its_gender(tmp_path: Path, word: str, two: str, of: str) -> None:
    """A feminine noun in -ores, -o or -ante ("as árvores", "as motos", "as variantes") and a masculine one
    in -a or -ção ("os pesticidas", "os corações") are counted in their own gender; "rádios", a set or a
    station, tells nothing and keeps the forms that need no gender."""
    figures = [
        {"value": 2, "what": per_lang(f"{word} em uso", "x", "x", "x")},
        {"value": 13, "of": 40, "what": per_lang(f"{word} em uso", "x", "x", "x")},
    ]
    lines = _pt(tmp_path, {"figures": figures}, ()).splitlines()
    assert f"- {two} em uso" in lines
    assert f"- {of} em uso" in lines
