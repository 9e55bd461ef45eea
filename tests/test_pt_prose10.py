"""European Portuguese drafts as a native press editor would pass them: a sixth pass, on kinds of release
the examples lack (a hospital accredited by a certification company, a wine cooperative's medal at a
competition abroad, a polytechnic's trophy).

Each test pins one class the editor marked: a body named by a one-word brand, of no stated type or gender,
is named as the company it is ("a Certilusa", "por iniciativa da Certilusa"), not "o Certilusa"; a medal,
a trophy or a cup is won ("conquistou") and is what is presented ("atribuiu-lhe a medalha", "o troféu"),
where a prize is "vencido" and "o prémio"; an event of two days in a row names both ("a 1 e 2 de março"),
not a span ("de 1 a 2 de março"); an award whose name starts with its noun agrees with it when the facts
give no gender ("a Bandeira Azul… foi criada").
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from drafter import draft

from .newfacts import checked, facts_file, per_lang

NO_LEVEL = ("award.level",)


def _drafts(tmp_path: Path, change: dict[str, Any]) -> dict[str, str]:
    return draft(facts_file(tmp_path, change, NO_LEVEL)).markdown


def _checked(tmp_path: Path, change: dict[str, Any]) -> dict[str, str]:
    """Every draft, once drafter check has found every fact in all four."""
    return checked(tmp_path, change, NO_LEVEL)


ACCREDITATION = per_lang(
    "Acreditação em Qualidade e Segurança Clínica",
    "Acreditación en Calidad y Seguridad Clínica",
    "Clinical Quality and Safety Accreditation",
    "Accréditation qualité et sécurité clinique",
)


def _certified(issuer: dict[str, Any], **change: Any) -> dict[str, Any]:
    return {
        "release.kind": "certification",
        "release.date": "2026-11-16",
        "award.name": ACCREDITATION,
        "award.gender": "f",
        "award.date": "2026-11-12",
        "award.issuer": issuer,
        **change,
    }


@pytest.mark.parametrize(
    ("issuer", "said"),
    [
        ({"name": "Certilusa"}, "A Certilusa concedeu-lhe a acreditação a 12 de novembro de 2026."),
        (
            {"name": "Certilusa", "url": "www.certilusa.example"},
            "A [Certilusa](https://www.certilusa.example) concedeu-lhe a acreditação",
        ),
        ({"name": "Kiwa"}, "A Kiwa concedeu-lhe a acreditação"),
        # What the facts say wins: a gender, or a type whose word gives one.
        ({"name": "Certilusa", "gender": "m"}, "O Certilusa concedeu-lhe a acreditação"),
        ({"name": "Certilusa", "type": "research centre"}, "O Certilusa concedeu-lhe a acreditação"),
        # Not a brand: a name of several words takes the gender of its noun.
        ({"name": "Instituto Lusitano de Acreditação"}, "O Instituto Lusitano de Acreditação concedeu-lhe"),
    ],
)
def test_a_one_word_brand_is_named_as_a_company(tmp_path: Path, issuer: dict[str, Any], said: str) -> None:
    """A certifier named by a one-word brand is a company, and Portuguese names it so: "a Certilusa", not "o
    Certilusa"; Spanish, English and French still name it bare."""
    texts = _checked(tmp_path, _certified(issuer))
    assert said in texts["pt"], texts["pt"].split("\n\n")[2]
    if issuer == {"name": "Certilusa"}:
        assert "Certilusa concedió la acreditación" in texts["es"]
        assert "Certilusa granted the accreditation" in texts["en"]


def test_a_brand_named_again_keeps_its_article(tmp_path: Path) -> None:
    """The same brand in a second role: "por iniciativa da Certilusa"."""
    md = _checked(
        tmp_path,
        _certified({"name": "Certilusa"}, **{"award.launched": 2015, "award.launched_by": {"name": "Certilusa"}}),
    )["pt"]
    assert "A Acreditação em Qualidade e Segurança Clínica foi criada em 2015 por iniciativa da Certilusa." in md, (
        md.split("\n\n")[3]
    )


def _prize(name: dict[str, str], **change: Any) -> dict[str, Any]:
    return {
        "release.kind": "prize",
        "award.name": name,
        "award.date": "2026-03-02",
        "award.issuer": {"name": "Associação Portuguesa da Vinha", "acronym": "APV", "gender": "f"},
        "event": {
            "name": per_lang(
                "Concurso Internacional de Vinhos",
                "Concurso Internacional de Vinos",
                "International Wine Competition",
                "Concours international des vins",
            ),
            "city": "Paris",
            "country": "FR",
            "date": "2026-03-02",
            "gender": "m",
        },
        **change,
    }


MEDAL = per_lang("Medalha de Ouro", "Medalla de Oro", "Gold Medal", "Médaille d’or")
TROPHY = per_lang(
    "Troféu Inovação Agroalimentar",
    "Trofeo Innovación Agroalimentaria",
    "Agri-Food Innovation Trophy",
    "Trophée de l’innovation agroalimentaire",
)
PRIZE = per_lang("Prémio Vinho do Ano", "Premio Vino del Año", "Wine of the Year Prize", "Prix du vin de l’année")


@pytest.mark.parametrize(
    ("change", "headline", "said"),
    [
        (
            _prize(MEDAL, **{"award.gender": "f"}),
            "# Habitat conquista a Medalha de Ouro no Concurso Internacional de Vinhos",
            "conquistou a Medalha de Ouro no Concurso Internacional de Vinhos, realizado em Paris (França) a 2 de "
            "março de 2026. A Associação Portuguesa da Vinha (APV) atribuiu-lhe a medalha.",
        ),
        # The name says it is a medal: "a", though the facts left the gender out.
        (_prize(MEDAL), "# Habitat conquista a Medalha de Ouro no", "atribuiu-lhe a medalha."),
        (
            _prize(TROPHY),
            "# Habitat conquista o Troféu Inovação Agroalimentar no",
            "conquistou o Troféu Inovação Agroalimentar no Concurso",
        ),
        (_prize(TROPHY), "# Habitat conquista o Troféu", "(APV) atribuiu-lhe o troféu."),
        (
            _prize({**TROPHY, "pt": "Agri-Food Innovation Trophy"}),
            "# Habitat conquista o Agri-Food Innovation Trophy no",
            "atribuiu-lhe o troféu.",
        ),
        (_prize(PRIZE), "# Habitat vence o Prémio Vinho do Ano no", "venceu o Prémio Vinho do Ano no Concurso"),
        (_prize(PRIZE), "# Habitat vence o Prémio", "(APV) atribuiu-lhe o prémio."),
        (
            _prize({**PRIZE, "pt": "Galardão Vinho do Ano"}),
            "# Habitat conquista o Galardão",
            "atribuiu-lhe o galardão.",
        ),
    ],
)
def test_a_medal_or_a_trophy_is_won_and_presented(
    tmp_path: Path, change: dict[str, Any], headline: str, said: str
) -> None:
    """A medal, a trophy or a cup is "conquistada" and is what is presented ("atribuiu-lhe a medalha", "o
    troféu"); a prize is "vencido", and "o prémio" is presented, as before."""
    md = _checked(tmp_path, change)["pt"]
    assert md.startswith(headline), md.split("\n\n")[0]
    assert said in md, md.split("\n\n")[1]


@pytest.mark.parametrize(
    ("start", "end", "said"),
    [
        ("2026-03-01", "2026-03-02", "realizado em Paris (França) a 1 e 2 de março de 2026."),
        ("2026-03-09", "2026-03-10", "realizado em Paris (França) a 9 e 10 de março de 2026."),
        ("2026-03-01", "2026-03-03", "realizado em Paris (França) de 1 a 3 de março de 2026."),
        ("2026-06-30", "2026-07-01", "realizado em Paris (França) de 30 de junho a 1 de julho de 2026."),
        ("2026-06-28", "2026-07-01", "realizado em Paris (França) de 28 de junho a 1 de julho de 2026."),
        ("2025-12-31", "2026-01-01", "de 31 de dezembro de 2025 a 1 de janeiro de 2026."),
    ],
)
def test_two_days_in_a_row_are_named_not_spanned(tmp_path: Path, start: str, end: str, said: str) -> None:
    """An event of two days in the same month is held "a 1 e 2 de março", not "de 1 a 2 de março"; a longer
    one, or one across a month's end, keeps its span."""
    change = _prize(PRIZE)
    change["event"] = {**change["event"], "date": start, "end": end}
    change["award.date"] = end
    change["release.date"] = max(end, "2026-05-04")  # published once the event is over
    md = _checked(tmp_path, change)["pt"]
    assert said in md, md.split("\n\n")[1]


@pytest.mark.parametrize(
    ("change", "said"),
    [
        (
            {
                "award.name": per_lang("Bandeira Azul", "Bandera Azul", "Blue Flag", "Pavillon bleu"),
                "award.launched": 1987,
            },
            ("# Habitat conquista a Bandeira Azul\n", "obteve a Bandeira Azul.", "A Bandeira Azul foi criada em 1987."),
        ),
        (
            _prize(MEDAL, **{"award.launched": 2010}),
            ("# Habitat conquista a Medalha de Ouro no", "A Medalha de Ouro foi criada em 2010."),
        ),
        (
            _prize(TROPHY, **{"award.launched": 2012}),
            ("# Habitat conquista o Troféu", "O Troféu Inovação Agroalimentar foi criado em 2012."),
        ),
    ],
)
def test_an_award_named_by_its_noun_takes_its_gender(
    tmp_path: Path, change: dict[str, Any], said: tuple[str, ...]
) -> None:
    """Without a gender in the facts, an award's name that starts with its noun agrees with it: "a Bandeira
    Azul… foi criada", "a Medalha de Ouro… foi criada", not "o Bandeira Azul… foi criado"."""
    md = _checked(tmp_path, change)["pt"]
    for words in said:
        assert words in md, md
