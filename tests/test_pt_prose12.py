"""European Portuguese drafts as a native press editor would pass them: an eighth pass, on kinds of release
the examples lack (a campsite's Green Key, a software firm's ISO/IEC 27001, a regional weekly's journalism
prize, a city's European Capital of Innovation title, a start-up's grant from a national innovation agency,
an insurer's Top Employer renewed after seven years).

Each test pins one class the editor marked: an award whose name says no noun is not made the object of
"conquista" or "renova" as a thing, but named by the noun the press puts before it ("o galardão Green Key",
"o título de Capital Europeia da Inovação", "o estatuto PME Líder", "a certificação B Corp"), while a name
that says what it is keeps its own article ("o Selo Água Segura", "a Bandeira Azul"); a name that starts
with the noun of an establishment or a title of the press takes that noun's gender, whatever the type ("o
Jornal do Fundão, uma empresa", "a Livraria Bertrand"); a jury that assessed an award proposes it, as in a
prize ("sob proposta do Júri…"), rather than carrying out "uma avaliação".
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from .newfacts import checked, per_lang


def _checked(tmp_path: Path, change: dict[str, Any], drop: tuple[str, ...] = ()) -> dict[str, str]:
    """Every draft, once drafter check has found every fact in all four."""
    return checked(tmp_path, change, drop)


def _award(kind: str, name: str | dict[str, str]) -> dict[str, Any]:
    change: dict[str, Any] = {"release.kind": kind, "award.name": name, "award.launched": 2001}
    if kind == "renewal":
        change["award.first_awarded"] = 2019
    return change


CAPITAL = per_lang(
    "Capital Europeia da Inovação",
    "Capital Europea de la Innovación",
    "European Capital of Innovation",
    "Capitale européenne de l’innovation",
)
SPORT_CITY = per_lang(
    "Cidade Europeia do Desporto", "Ciudad Europea del Deporte", "European City of Sport", "Ville européenne du sport"
)


@pytest.mark.parametrize(
    ("kind", "name", "headline", "lead", "origin"),
    [
        # A foreign brand that says no noun: "o galardão", as the press names the Green Key.
        (
            "award",
            "Green Key",
            "# Habitat conquista o galardão Green Key",
            "obteve o galardão Green Key.",
            "O galardão Green Key foi criado em 2001.",
        ),
        (
            "renewal",
            "Top Employer",
            "# Habitat renova o galardão Top Employer",
            "renovou o galardão Top Employer, que obteve pela primeira vez em 2019.",
            "O galardão Top Employer foi criado em 2001.",
        ),
        ("award", "ECOXXI", "# Habitat conquista o galardão ECOXXI", "obteve o galardão ECOXXI.", None),
        # A title a place is given: the city wins the title, it is not the capital it names.
        (
            "award",
            CAPITAL,
            "# Habitat conquista o título de Capital Europeia da Inovação",
            "obteve o título de Capital Europeia da Inovação.",
            "O título de Capital Europeia da Inovação foi criado em 2001.",
        ),
        (
            "renewal",
            SPORT_CITY,
            "# Habitat renova o título de Cidade Europeia do Desporto",
            "renovou o título de Cidade Europeia do Desporto, que",
            "O título de Cidade Europeia do Desporto foi criado em 2001.",
        ),
        # A company's status, and a certification known by its scheme's name.
        ("award", "PME Líder", "# Habitat conquista o estatuto PME Líder", "obteve o estatuto PME Líder.", None),
        ("renewal", "PME Excelência", "# Habitat renova o estatuto PME Excelência", None, None),
        (
            "award",
            "B Corp",
            "# Habitat conquista a certificação B Corp",
            "obteve a certificação B Corp.",
            "A certificação B Corp foi criada em 2001.",
        ),
        ("renewal", "LEED", "# Habitat renova a certificação LEED", "renovou a certificação LEED, que", None),
        # A name that says what it is keeps its own article, in any of the four languages.
        (
            "award",
            per_lang("Selo Água Segura", "Sello Agua Segura", "Safe Water Seal", "Label Eau sûre"),
            "# Habitat conquista o Selo Água Segura",
            "obteve o Selo Água Segura.",
            "O Selo Água Segura foi criado em 2001.",
        ),
        ("renewal", "Green Flag Award", "# Habitat renova o Green Flag Award", "renovou o Green Flag Award, que", None),
        (
            "award",
            per_lang("Bandeira Azul", "Bandera Azul", "Blue Flag", "Pavillon bleu"),
            "# Habitat conquista a Bandeira Azul",
            "obteve a Bandeira Azul.",
            "A Bandeira Azul foi criada em 2001.",
        ),
    ],
)
def test_a_name_that_says_no_noun_is_given_one(
    tmp_path: Path,
    kind: str,
    name: str | dict[str, str],
    headline: str,
    lead: str | None,
    origin: str | None,
) -> None:
    """«conquista o galardão Green Key», «o título de Capital Europeia da Inovação», not «conquista a
    Capital Europeia da Inovação», which is the city, nor «renova o Top Employer»."""
    md = _checked(tmp_path, _award(kind, name), drop=("award.level",))["pt"]
    assert md.startswith(headline + "\n"), md.split("\n\n")[0]
    if lead:
        assert lead in md, md.split("\n\n")[1]
    if origin:
        assert origin in md, md.split("\n\n")[2]


def test_a_level_of_a_name_that_says_no_noun(tmp_path: Path) -> None:
    """The level is the noun's: «o nível Ouro do galardão Green Key», «do título de…»."""
    for i, (name, said) in enumerate([("Green Key", "do galardão Green Key"), (CAPITAL, "do título de Capital")]):
        md = _checked(tmp_path / str(i), {"award.name": name})["pt"]
        assert f"# Habitat conquista o nível Ouro {said}" in md, md.split("\n\n")[0]


@pytest.mark.parametrize(
    ("name", "org_type", "lead", "about"),
    [
        ("Jornal do Fundão", "company", "O Jornal do Fundão, uma empresa do setor", "## Sobre o Jornal do Fundão"),
        ("Diário de Coimbra", "company", "O Diário de Coimbra, uma empresa do setor", "## Sobre o Diário de Coimbra"),
        ("Hotel Avenida Palace", "company", "O Hotel Avenida Palace, uma empresa", "## Sobre o Hotel Avenida Palace"),
        ("Camping Mira Sul", "company", "O Camping Mira Sul, uma empresa do setor", "## Sobre o Camping Mira Sul"),
        # No type: the usual masculine gives way to the noun's feminine.
        ("Livraria Bertrand", None, "A Livraria Bertrand, uma organização", "## Sobre a Livraria Bertrand"),
        ("Pousada de Viseu", None, "A Pousada de Viseu, uma organização", "## Sobre a Pousada de Viseu"),
        ("Revista Visão Verde", None, "A Revista Visão Verde, uma organização", "## Sobre a Revista Visão Verde"),
    ],
)
def test_an_establishment_takes_its_nouns_gender(
    tmp_path: Path, name: str, org_type: str | None, lead: str, about: str
) -> None:
    """«O Jornal do Fundão, uma empresa…», «Sobre o Hotel…», not «A Jornal do Fundão», as a company's
    gender would have it; «a Livraria Bertrand», not «o Livraria…» of an organisation of no type."""
    change: dict[str, Any] = {"organisation.name": name}
    if org_type:
        change["organisation.type"] = org_type
    md = _checked(tmp_path, change)["pt"]
    assert lead in md, md.split("\n\n")[1]
    assert about in md


@pytest.mark.parametrize(
    ("assessor", "said"),
    [
        (
            {
                "name": per_lang(
                    "Júri Independente de Peritos",
                    "Jurado Independiente de Expertos",
                    "Independent Jury of Experts",
                    "Jury indépendant d’experts",
                )
            },
            "atribuiu-lhe o selo a 28 de abril de 2026, sob proposta do Júri Independente de Peritos.",
        ),
        (
            {"name": "International Jury", "acronym": "IJ"},
            "atribuiu-lhe o selo a 28 de abril de 2026, sob proposta do International Jury (IJ).",
        ),
        # Any other assessor assesses.
        (
            {"name": "Instituto da Qualidade", "acronym": "IQ"},
            "atribuiu-lhe o selo a 28 de abril de 2026, após uma avaliação realizada pelo Instituto da Qualidade (IQ).",
        ),
    ],
)
def test_a_jury_proposes_an_award(tmp_path: Path, assessor: dict[str, Any], said: str) -> None:
    """A jury proposes the winner of an award as of a prize: «sob proposta do Júri…», not «após uma
    avaliação realizada pelo Júri…»."""
    md = _checked(tmp_path, {"award.assessor": assessor})["pt"]
    assert said in md, md.split("\n\n")[1]


ACCREDITOR = {"name": "Instituto Português de Acreditação", "acronym": "IPAC"}


@pytest.mark.parametrize("standard", ["ISO/IEC 17025:2017", "ISO 15189:2022", "ISO/IEC 17020:2012"])
def test_a_standard_one_is_accredited_to_is_an_accreditation(tmp_path: Path, standard: str) -> None:
    """A laboratory is accredited to ISO/IEC 17025 or ISO 15189, not certified: «obtém a acreditação…», «o
    IPAC concedeu-lhe a acreditação», «A acreditação é válida até…», and it renews the accreditation."""
    certified = _checked(
        tmp_path / "c",
        {
            "release.kind": "certification",
            "award.name": standard,
            "award.issuer": ACCREDITOR,
            "award.valid_until": "2030-03",
        },
        drop=("award.level",),
    )["pt"]
    assert certified.startswith(f"# Habitat obtém a acreditação {standard}\n"), certified.split("\n\n")[0]
    assert (
        f"obteve a acreditação {standard}. O Instituto Português de Acreditação (IPAC) concedeu-lhe a acreditação "
        "a 28 de abril de 2026, com validade até março de 2030."
    ) in certified, certified.split("\n\n")[1]
    assert "certificado" not in certified and "certificação" not in certified
    renewed = _checked(
        tmp_path / "r",
        {"release.kind": "renewal", "award.name": standard, "award.issuer": ACCREDITOR},
        ("award.level",),
    )["pt"]
    assert renewed.startswith(f"# Habitat renova a acreditação {standard}\n"), renewed.split("\n\n")[0]
    assert f"renovou a acreditação {standard}." in renewed


def test_a_standard_one_is_certified_to_stays_a_certification(tmp_path: Path) -> None:
    """ISO/IEC 27001 and ISO 9001 are certified: «obtém a certificação…», «emitiu o certificado»."""
    for i, standard in enumerate(("ISO/IEC 27001:2022", "ISO 9001:2015")):
        md = _checked(
            tmp_path / str(i),
            {"release.kind": "certification", "award.name": standard, "award.issuer": {"name": "SGS Portugal"}},
            drop=("award.level",),
        )["pt"]
        assert md.startswith(f"# Habitat obtém a certificação {standard}\n"), md.split("\n\n")[0]
        assert "A SGS Portugal emitiu o certificado a 28 de abril de 2026." in md, md.split("\n\n")[1]


@pytest.mark.parametrize(
    ("issuer", "said"),
    [
        ({"name": "SGS Portugal"}, "A SGS Portugal emitiu o certificado"),
        ({"name": "Bureau Veritas"}, "A Bureau Veritas emitiu o certificado"),
        ({"name": "TÜV Rheinland"}, "A TÜV Rheinland emitiu o certificado"),
        # A body's noun, a "de" or "of", a phrase, an acronym or a gender given keep the usual masculine.
        ({"name": "Top Employers Institute"}, "O Top Employers Institute emitiu o certificado"),
        ({"name": "Instituto de Soldadura e Qualidade"}, "O Instituto de Soldadura e Qualidade emitiu"),
        ({"name": "Great Place to Work"}, "O Great Place to Work emitiu o certificado"),
        ({"name": "European Secretariat for Cluster Analysis"}, "O European Secretariat for Cluster Analysis emitiu"),
        ({"name": "Lusa Cert", "gender": "m"}, "O Lusa Cert emitiu o certificado"),
    ],
)
def test_a_certifiers_brand_of_several_words_is_a_company(tmp_path: Path, issuer: dict[str, Any], said: str) -> None:
    """A certification body of no type named by a brand of several words is the company it is, as a one-word
    brand or a partner is: «a SGS Portugal», «a Bureau Veritas», not «o SGS Portugal»."""
    md = _checked(
        tmp_path,
        {"release.kind": "certification", "award.name": "ISO 9001:2015", "award.issuer": issuer},
        ("award.level",),
    )["pt"]
    assert said in md, md.split("\n\n")[1]


SUMMIT = {
    "name": per_lang(
        "Cimeira Europeia da Inovação",
        "Cumbre Europea de la Innovación",
        "European Innovation Summit",
        "Sommet européen de l’innovation",
    ),
    "city": "Bruxelas",
    "country": "BE",
    "date": "2026-04-28",
}


@pytest.mark.parametrize(
    ("name", "said"),
    [
        (CAPITAL, "venceu o título de Capital Europeia da Inovação na Cimeira Europeia da Inovação"),
        (SPORT_CITY, "venceu o título de Cidade Europeia do Desporto na Cimeira"),
        # A prize that says its noun, or an English award, is won as before.
        ("Red Dot Award", "venceu o Red Dot Award na Cimeira"),
        (
            per_lang("Prémio Inovação", "Premio Innovación", "Innovation Prize", "prix de l’Innovation"),
            "venceu o Prémio",
        ),
    ],
)
def test_a_title_won_at_an_event(tmp_path: Path, name: str | dict[str, str], said: str) -> None:
    """A title presented at an event is a title there too: «vence o título de Capital Europeia…»."""
    change = {"release.kind": "prize", "award.name": name, "event": SUMMIT}
    md = _checked(tmp_path, change, ("award.level",))["pt"]
    assert said in md, md.split("\n\n")[1]
