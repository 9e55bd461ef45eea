"""European Portuguese drafts as a native press editor would pass them: a ninth pass, on kinds of release
the examples lack (a municipal beach's Blue Flag, a district hospital's renewed international
accreditation, an R&D company's NP 4457 certificate, a museum's prize at a museology gala, a marine
research centre's Horizon Europe grant, a farming cooperative's gold sustainability seal).

Each test pins one class the editor marked: a phrase of two conjuncts, each with its article, takes the
contracted preposition before each ("do setor do azeite e do vinho", never "do azeite e o vinho"); a
certificate issued with no audit to name says its validity in the same sentence ("emitiu o certificado
a…, com validade até…"), not in a second that names the certificate again; a body's name that starts
with a feminine noun the glossaries did not know ("Organização", "Assembleia", "União") takes the
feminine article ("A Organização Internacional de Normalização publicou…").
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from drafter.grammar import after
from drafter.lang import words

from .newfacts import checked, per_lang


def _lead(md: str) -> str:
    return md.split("\n\n")[1]


@pytest.mark.parametrize(
    ("sector", "said"),
    [
        ("o azeite e o vinho", "do setor do azeite e do vinho,"),
        ("a pesca e a aquicultura", "do setor da pesca e da aquicultura,"),
        ("os têxteis técnicos e as fibras", "do setor dos têxteis técnicos e das fibras,"),
        ("o turismo ou a restauração", "do setor do turismo ou da restauração,"),
        # One article for both: only the first contracts, as docs/facts.md advises.
        ("a fotónica e ótica", "do setor da fotónica e ótica,"),
        ("a pesca e as conservas", "do setor da pesca e das conservas,"),
        ("o turismo e o gás natural", "do setor do turismo e do gás natural,"),
        # "a" before a plural is the preposition, not an article: nothing to contract.
        ("o apoio a idosos e a crianças", "dedicada ao apoio a idosos e a crianças,"),
        # "entre … e …" joins the two ends of one thing: the second keeps its bare article.
        ("a relação entre o turismo e o mar", "do setor da relação entre o turismo e o mar,"),
    ],
)
def test_each_conjunct_of_a_sector_takes_the_preposition(tmp_path: Path, sector: str, said: str) -> None:
    """«do setor do azeite e do vinho», never «do setor do azeite e o vinho»."""
    change: dict[str, Any] = {
        "organisation.type": "company",
        "organisation.sector": per_lang(sector, "el aceite y el vino", "olive oil and wine", "l’huile et le vin"),
    }
    md = checked(tmp_path, change)
    assert said in _lead(md["pt"]), _lead(md["pt"])
    # Spanish says the preposition once, as its press does.
    assert "del sector del aceite y el vino," in _lead(md["es"]), _lead(md["es"])


def test_each_conjunct_of_a_changed_quantity_takes_the_preposition(tmp_path: Path) -> None:
    """A fall in two quantities: «Redução de 12% no consumo de água e na produção de resíduos»."""
    figure = {
        "change": -12,
        "percent": True,
        "what": per_lang(
            "o consumo de água e a produção de resíduos",
            "el consumo de agua y la producción de residuos",
            "water use and waste",
            "la consommation d’eau et la production de déchets",
        ),
    }
    md = checked(tmp_path, {"figures": [figure]})["pt"]
    assert "- Redução de 12% no consumo de água e na produção de resíduos\n" in md


def test_the_repeated_preposition_is_portuguese_only() -> None:
    """The flag is a language's: Spanish and French drafts keep their own wording."""
    assert after("em", "o porto e a marina", words("pt")) == "no porto e na marina"
    assert after("de", "el puerto y la marina", words("es")) == "del puerto y la marina"
    assert after("de", "le port et la marina", words("fr")) == "du port et la marina"


CERTIFICATE = {"release.kind": "certification", "award.name": "ISO 9001:2015", "award.date": "2026-03-31"}


@pytest.mark.parametrize(
    ("name", "valid", "said"),
    [
        (
            "ISO 9001:2015",
            "2029-03-30",
            "emitiu o certificado a 31 de março de 2026, com validade até 30 de março de 2029.",
        ),
        ("ISO 9001:2015", "2029-03", "emitiu o certificado a 31 de março de 2026, com validade até março de 2029."),
        (
            "ISO/IEC 17025:2017",
            "2030-03-30",
            "concedeu-lhe a acreditação a 31 de março de 2026, com validade até 30 de março de 2030.",
        ),
        (
            per_lang(
                "Selo Cidade Sustentável", "Sello Ciudad Sostenible", "Sustainable City Seal", "Label Ville durable"
            ),
            "2028-03-30",
            "atribuiu-lhe o selo a 31 de março de 2026, com validade até 30 de março de 2028.",
        ),
    ],
)
def test_a_validity_with_no_audit_closes_the_issuers_sentence(
    tmp_path: Path, name: str | dict[str, str], valid: str, said: str
) -> None:
    """«A Certivia emitiu o certificado a…, com validade até…», not «… a 31 de março de 2026. O certificado
    é válido até…», which names the certificate twice in a row."""
    change = {**CERTIFICATE, "award.name": name, "award.valid_until": valid}
    lead = _lead(checked(tmp_path, change, drop=("award.level",))["pt"])
    assert said in lead, lead
    assert "é válid" not in lead, lead


@pytest.mark.parametrize(
    ("assessor", "said"),
    [
        (
            {"name": "Auditores do Norte", "gender": "mp"},
            "Após uma auditoria realizada pelos Auditores do Norte, o European Secretariat for Cluster Analysis"
            " (ESCA) emitiu o certificado a 31 de março de 2026, com validade até 30 de março de 2029.",
        ),
        (
            {"name": "European Secretariat for Cluster Analysis", "acronym": "ESCA"},
            "Após uma auditoria independente, o European Secretariat for Cluster Analysis (ESCA) emitiu o"
            " certificado a 31 de março de 2026, com validade até 30 de março de 2029.",
        ),
    ],
)
def test_after_an_audit_the_audit_comes_first(tmp_path: Path, assessor: dict[str, str], said: str) -> None:
    """With an audit, the validity cannot follow it (it would read as the audit's): the audit opens the
    sentence, «Após uma auditoria…, a Certinorte emitiu o certificado a…, com validade até…»."""
    change = {**CERTIFICATE, "award.valid_until": "2029-03-30", "award.assessor": assessor}
    lead = _lead(checked(tmp_path, change, drop=("award.level",))["pt"])
    assert said in lead, lead
    assert "é válid" not in lead, lead


def test_an_audit_without_a_validity_follows_the_issue(tmp_path: Path) -> None:
    """No validity: the issue first, then the audit, as before."""
    change = {**CERTIFICATE, "award.issuer": {"name": "Certinorte"}, "award.assessor": {"name": "Certinorte"}}
    lead = _lead(checked(tmp_path, change, drop=("award.level",))["pt"])
    assert "A Certinorte emitiu o certificado a 31 de março de 2026, após uma auditoria independente." in lead, lead


def test_a_bare_issuer_after_the_audit(tmp_path: Path) -> None:
    """A name used without an article keeps none after the audit: «Após uma auditoria independente, Kiwa…»."""
    change = {
        **CERTIFICATE,
        "award.valid_until": "2029-03",
        "award.issuer": {"name": "Kiwa Iberia", "article": False},
        "award.assessor": {"name": "Kiwa Iberia", "article": False},
    }
    lead = _lead(checked(tmp_path, change, drop=("award.level",))["pt"])
    assert (
        "Após uma auditoria independente, Kiwa Iberia emitiu o certificado a 31 de março de 2026, com validade" in lead
    ), lead


@pytest.mark.parametrize(
    ("name", "said"),
    [
        ("Organização Internacional de Normalização", "A Organização Internacional de Normalização (ISO) publicou"),
        ("Iniciativa Europeia para a Qualidade", "A Iniciativa Europeia para a Qualidade (ISO) publicou"),
        ("União dos Laboratórios Europeus", "A União dos Laboratórios Europeus (ISO) publicou"),
        ("Assembleia Nacional de Normas", "A Assembleia Nacional de Normas (ISO) publicou"),
    ],
)
def test_a_body_named_by_a_feminine_noun_is_feminine(tmp_path: Path, name: str, said: str) -> None:
    """«A Organização Internacional de Normalização (ISO) publicou a norma…», not «O Organização…»: the noun
    a name starts with gives it its gender, whatever the default."""
    change = {
        **CERTIFICATE,
        "award.launched_by": {"name": name, "acronym": "ISO"},
        "award.launched": 1987,
    }
    md = checked(tmp_path, change, drop=("award.level",))["pt"]
    assert f"{said} a norma ISO 9001 pela primeira vez em 1987." in md, md.split("\n\n")[2]


@pytest.mark.parametrize(
    ("name", "gender", "kind_word", "said"),
    [
        # A plural name: the type is one body, of its own word's gender.
        (
            "Serviços Municipalizados de Ílhavo",
            "mp",
            "empresa municipal",
            "Os Serviços Municipalizados de Ílhavo, uma empresa municipal",
        ),
        (
            "Lagares do Tejo",
            "mp",
            "cooperativa de olivicultores",
            "Os Lagares do Tejo, uma cooperativa de olivicultores",
        ),
        # A name of one gender, a type's word of the other.
        ("Misericórdia de Ourém", "f", "hospital privado", "A Misericórdia de Ourém, um hospital privado"),
        ("Lagar Novo", "m", "cooperativa agrícola", "O Lagar Novo, uma cooperativa agrícola"),
        # A word whose gender nothing tells keeps the name's.
        ("Termas do Gerês", "fp", "estância termal", "As Termas do Gerês, uma estância termal"),
    ],
)
def test_a_type_of_ones_own_takes_its_words_article(
    tmp_path: Path, name: str, gender: str, kind_word: str, said: str
) -> None:
    """«os Serviços Municipalizados…, uma empresa municipal», not «um empresa municipal», which the
    masculine plural's singular would give; «a Misericórdia…, um hospital privado»."""
    change = {
        "organisation.name": name,
        "organisation.gender": gender,
        "organisation.type": per_lang(kind_word, "entidad", "body", "organisme"),
    }
    lead = _lead(checked(tmp_path, change)["pt"])
    assert said in lead, lead


PRIZE = {
    "release.kind": "prize",
    "award.name": per_lang("Prémio Ouro Verde", "Premio Oro Verde", "Green Gold Prize", "prix Or vert"),
    "award.date": "2026-03-12",
}


@pytest.mark.parametrize(
    ("event", "said"),
    [
        # A name kept in French or Spanish: its first noun's gender, as its Portuguese cognate's.
        ("Concours Mondial de Bruxelles", "no Concours Mondial de Bruxelles, realizado em"),
        ("Salon International de l’Agriculture", "no Salon International de l’Agriculture, realizado em"),
        ("Feria Internacional de Turismo", "na Feria Internacional de Turismo, realizada em"),
        # A name in English: its last noun's.
        ("Lisbon Food Summit", "na Lisbon Food Summit, realizada em"),
        ("Smart Water Congress", "no Smart Water Congress, realizado em"),
        ("Porto Design Week", "na Porto Design Week, realizada em"),
    ],
)
def test_an_event_named_in_another_language_takes_its_nouns_gender(tmp_path: Path, event: str, said: str) -> None:
    """«no Concours Mondial de Bruxelles, realizado em…», not «na Concours…, realizada», the default for a
    name drafter does not know."""
    change = {**PRIZE, "event": {"name": event, "city": "Lisboa", "date": "2026-03-10"}}
    lead = _lead(checked(tmp_path, change)["pt"])
    assert said in lead, lead


def test_a_name_keeps_its_own_conjunct(tmp_path: Path) -> None:
    """A co-funder's name is written as it is: «pela Fundação para a Ciência e a Tecnologia», never «… e pela
    Tecnologia»; the repeated preposition is for phrases, not names."""
    change = {
        "release.kind": "grant",
        "award.name": per_lang(
            "Programa Mar Aberto", "Programa Mar Abierto", "Open Sea Programme", "programme Mer ouverte"
        ),
        "grant": {
            "amount": 250000,
            "project": per_lang("o projeto ALGA", "el proyecto ALGA", "ALGA, a project", "le projet ALGA"),
            "co_funded_by": [
                {
                    "name": per_lang(
                        "Fundação para a Ciência e a Tecnologia",
                        "Fundação para a Ciência e a Tecnologia",
                        "Foundation for Science and Technology",
                        "Fondation pour la science et la technologie",
                    ),
                    "acronym": "FCT",
                    "type": "foundation",
                }
            ],
        },
    }
    md = checked(tmp_path, change, drop=("award.level",))["pt"]
    assert "cofinanciado pela Fundação para a Ciência e a Tecnologia (FCT)." in md, md.split("\n\n")[2]


@pytest.mark.parametrize(
    ("org_type", "sector", "said"),
    [
        (
            per_lang("associação sem fins lucrativos", "asociación", "non-profit", "association"),
            "o combate ao desperdício alimentar",
            "uma associação sem fins lucrativos dedicada ao combate ao desperdício alimentar,",
        ),
        (
            per_lang("organização não governamental", "ONG", "NGO", "ONG"),
            "a ação social",
            "uma organização não governamental dedicada à ação social,",
        ),
        ("association", "a proteção dos animais", "uma associação dedicada à proteção dos animais,"),
        ("company", "a formação profissional", "uma empresa dedicada à formação profissional,"),
        # An industry stays a sector.
        ("company", "a promoção imobiliária", "uma empresa do setor da promoção imobiliária,"),
        ("association", "o calçado", "uma associação do setor do calçado,"),
    ],
)
def test_a_cause_or_a_field_is_devoted_to_not_a_sector(
    tmp_path: Path, org_type: str | dict[str, str], sector: str, said: str
) -> None:
    """«uma associação dedicada ao combate ao desperdício alimentar», not «do setor do combate ao…»: a body
    works for a cause or in a field, an industry has a sector."""
    change = {
        "organisation.type": org_type,
        "organisation.gender": "f",
        "organisation.sector": per_lang(sector, "la acción social", "social care", "l’action sociale"),
    }
    lead = _lead(checked(tmp_path, change)["pt"])
    assert said in lead, lead


def test_who_runs_a_grant_holder_closes_the_first_paragraph(tmp_path: Path) -> None:
    """«… A escola é gerida pela Associação…» stays in the lead, before the project's budget and co-funders, not
    after «É cofinanciado pela…», where it would read as one more fact of the project: since s18 right after
    the grant, as in every language (docs/facts.md)."""
    change = {
        "release.kind": "grant",
        "organisation.name": "Escola Profissional do Sado",
        "organisation.managed_by": {"name": "Associação Escola do Sado", "acronym": "AES", "type": "association"},
        "award.name": per_lang(
            "Programa Mar Aberto", "Programa Mar Abierto", "Open Sea Programme", "programme Mer ouverte"
        ),
        "grant": {
            "amount": 90000,
            "months": 18,
            "project": per_lang("o projeto VELA", "el proyecto VELA", "VELA, a project", "le projet VELA"),
            "co_funded_by": [{"name": "Câmara Municipal de Setúbal", "gender": "f"}],
        },
    }
    paragraphs = checked(tmp_path, change, drop=("award.level",))["pt"].split("\n\n")
    assert "para o projeto VELA. A escola é gerida pela Associação Escola do Sado (AES). " in paragraphs[1]
    assert paragraphs[2] == (
        "O projeto decorre ao longo de 18 meses. É cofinanciado pela Câmara Municipal de Setúbal."
    ), paragraphs[2]
