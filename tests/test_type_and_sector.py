"""Where the lead says an organisation's type and sector, and how a certification's issuer names
what it hands over (issue 11): a type or a sector the name already says is not said again, in any
of the four languages and whatever the language of the name; a university's teaching is what
"université" says; a label or a seal is "the seal", "el sello", "o selo", "ce label", never "the
certificate". Each case is read sentence by sentence, and ``drafter check`` finds nothing in it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from drafter import draft
from drafter.checker import check
from drafter.lang.leads import Org, institution_does, lead, name_says_type, sector_said

from .newfacts import LANGS4, facts_file, per_lang


def _lead(markdown: str) -> str:
    """The lead: the paragraph that opens with the dateline, without it."""
    paragraph = next(p for p in markdown.split("\n\n") if p.startswith("**") and "** " in p)
    return " ".join(paragraph.split("** ", 1)[1].split()).removeprefix("– ")


def _leads(tmp_path: Path, change: dict[str, Any]) -> dict[str, str]:
    """Each language's lead, once ``drafter check`` has read the four drafts and found nothing."""
    folder = tmp_path / "release"
    folder.mkdir()
    markdown = draft(facts_file(folder, change)).markdown
    for lang, text in markdown.items():
        (folder / f"{lang}.md").write_text(text, encoding="utf-8")
    assert [f"{f.rule}: {f.message}" for f in check([folder]).findings] == []
    return {lang: _lead(text) for lang, text in markdown.items()}


COUNCIL = {
    "organisation.name": per_lang(
        "Câmara Municipal de Valdeserra",
        "Ayuntamiento de Valdeserra",
        "Valdeserra City Council",
        "Mairie de Valdeserra",
    ),
    "organisation.type": "public body",
    "organisation.gender": per_lang("f", "m", "m", "f"),
    "organisation.article": True,
    "organisation.sector": per_lang(
        "a mobilidade urbana", "la movilidad urbana", "urban mobility", "la mobilité urbaine"
    ),
}


def test_a_council_is_not_said_to_be_a_public_body(tmp_path: Path) -> None:
    leads = _leads(tmp_path, COUNCIL)
    assert leads["pt"].startswith("A Câmara Municipal de Valdeserra, dedicada à mobilidade urbana, obteve")
    assert leads["es"].startswith("El Ayuntamiento de Valdeserra, dedicado a la movilidad urbana, ha obtenido")
    assert leads["en"].startswith("The Valdeserra City Council, which is responsible for urban mobility, has")
    assert leads["fr"].startswith("La Mairie de Valdeserra, spécialisée dans la mobilité urbaine, a obtenu")


def test_a_council_named_in_another_language_is_not_said_to_be_a_public_body(tmp_path: Path) -> None:
    leads = _leads(
        tmp_path, {**COUNCIL, "organisation.name": "Câmara Municipal de Valdeserra", "organisation.gender": "f"}
    )
    assert leads["es"].startswith("La Câmara Municipal de Valdeserra, dedicada a la movilidad urbana, ha")
    assert leads["en"].startswith("The Câmara Municipal de Valdeserra, which is responsible for urban mobility,")
    assert leads["fr"].startswith("La Câmara Municipal de Valdeserra, spécialisée dans la mobilité urbaine, a")


def test_a_cooperative_whose_name_says_so_in_another_language_is_not_said_to_be_one(tmp_path: Path) -> None:
    leads = _leads(
        tmp_path,
        {
            "organisation.name": "Coopérative des Producteurs de Lirac",
            "organisation.type": per_lang("cooperativa", "cooperativa", "cooperative", "coopérative"),
            "organisation.gender": "f",
            "organisation.article": True,
        },
    )
    assert leads["pt"].startswith("A Coopérative des Producteurs de Lirac, do setor da construção sustentável, obteve")
    assert leads["es"].startswith("La Coopérative des Producteurs de Lirac, del sector de la construcción sostenible,")
    assert leads["en"].startswith(
        "The Coopérative des Producteurs de Lirac, which works in the sustainable construction"
    )
    assert leads["fr"].startswith("La Coopérative des Producteurs de Lirac, spécialisée dans la construction durable,")


def test_a_federation_is_not_said_to_be_an_association(tmp_path: Path) -> None:
    """The name is Portuguese in every language: its noun says what the glossary's type would."""
    leads = _leads(
        tmp_path,
        {
            "organisation.name": "Federação Portuguesa de Remo",
            "organisation.type": "association",
            "organisation.gender": "f",
            "organisation.article": True,
        },
    )
    for lang, said in {"es": "una asociación", "en": "an association", "fr": "une association"}.items():
        assert said not in leads[lang], lang
    assert leads["en"].startswith(
        "The Federação Portuguesa de Remo, which works in the sustainable construction sector,"
    )
    assert leads["fr"].startswith("La Federação Portuguesa de Remo, spécialisée dans la construction durable, a")


def test_a_type_the_name_does_not_say_is_still_said(tmp_path: Path) -> None:
    leads = _leads(tmp_path, {"organisation.name": "Lumatec", "organisation.type": "company"})
    assert leads["pt"].startswith("A Lumatec, uma empresa do setor da construção sustentável, obteve")
    assert leads["es"].startswith("Lumatec, una empresa del sector de la construcción sostenible, ha")
    assert leads["en"].startswith("Lumatec, a sustainable construction company, has")
    assert leads["fr"].startswith("Lumatec, une entreprise de construction durable, a")


MARINE = {
    "organisation.name": "CIMAR",
    "organisation.full_name": per_lang(
        "Centro de Investigação Marinha do Norte",
        "Centro de Investigación Marina del Norte",
        "Northern Marine Research Centre",
        "Centre de recherche marine du Nord",
    ),
    "organisation.type": "research centre",
    "organisation.sector": per_lang(
        "as ciências do mar", "las ciencias del mar", "marine science", "les sciences de la mer"
    ),
}


def test_a_sector_the_name_says_is_not_said(tmp_path: Path) -> None:
    leads = _leads(tmp_path, MARINE)
    assert leads["pt"].startswith("O CIMAR (Centro de Investigação Marinha do Norte) obteve")
    assert leads["es"].startswith("El CIMAR (Centro de Investigación Marina del Norte) ha obtenido")  # as "el CNIO"
    assert leads["en"].startswith("CIMAR, the Northern Marine Research Centre, has achieved")
    # spelt from its Spanish and Portuguese names, it keeps the article of the French one's noun, as "le CNRS"
    assert leads["fr"].startswith("Le CIMAR (Centre de recherche marine du Nord) a obtenu")


def test_a_sector_the_name_does_not_say_is_said(tmp_path: Path) -> None:
    sector = per_lang(
        "a robótica submarina", "la robótica submarina", "underwater robotics", "la robotique sous-marine"
    )
    leads = _leads(tmp_path, {**MARINE, "organisation.sector": sector})
    assert "dedicado à robótica submarina" in leads["pt"]
    assert "dedicado a la robótica submarina" in leads["es"]
    assert "which specialises in underwater robotics" in leads["en"]  # a research centre (s18)
    assert "spécialisé dans la robotique sous-marine" in leads["fr"]


def test_a_university_s_teaching_is_not_its_speciality_in_french(tmp_path: Path) -> None:
    leads = _leads(
        tmp_path,
        {
            "organisation.name": per_lang(
                "Universidade do Litoral",
                "Universidad del Litoral",
                "University of the Coast",
                "Université du Littoral",
            ),
            "organisation.type": "university",
            "organisation.gender": "f",
            "organisation.article": True,
            "organisation.sector": per_lang(
                "o ensino superior",
                "la enseñanza superior",
                "higher education and research",
                "l’enseignement supérieur et la recherche",
            ),
        },
    )
    assert leads["fr"].startswith("L’Université du Littoral a obtenu")
    assert leads["en"].startswith("The University of the Coast has achieved")
    # Spanish and Portuguese editors keep it: "dedicada a la enseñanza superior" is how they write.
    assert "dedicada a la enseñanza superior" in leads["es"]
    assert "dedicada ao ensino superior" in leads["pt"]


def _certified(name: str | dict[str, str], valid_until: str | None = None) -> dict[str, Any]:
    change: dict[str, Any] = {"release.kind": "certification", "award.level": None, "award.name": name}
    if valid_until:
        change["award.valid_until"] = valid_until
    return change


SEAL = per_lang("Selo Cidade Acessível", "Sello Ciudad Accesible", "Accessible City Seal", "Label Ville accessible")


def test_a_seal_is_awarded_as_a_seal_not_a_certificate(tmp_path: Path) -> None:
    leads = _leads(tmp_path, _certified(SEAL, "2029-03"))
    assert "The European Secretariat for Cluster Analysis (ESCA) awarded the seal on 28 April 2026." in leads["en"]
    assert "It is valid until March 2029." in leads["en"]
    assert "concedió el sello el 28 de abril de 2026, con validez hasta marzo de 2029." in leads["es"]
    assert "atribuiu-lhe o selo a 28 de abril de 2026, com validade até março de 2029." in leads["pt"]
    assert "lui a décerné ce label le 28 avril 2026. Il est valable jusqu’en mars 2029." in leads["fr"]
    for lang, word in {"pt": "certificado", "es": "certificado", "en": "certificate", "fr": "certificat"}.items():
        assert word not in leads[lang], lang


def test_a_label_named_in_another_language_is_named_in_the_draft_s(tmp_path: Path) -> None:
    leads = _leads(tmp_path, _certified("Label Haute Valeur Environnementale"))
    assert "awarded the label on 28 April 2026" in leads["en"]
    assert "concedió el sello el 28 de abril de 2026" in leads["es"]
    assert "atribuiu-lhe o selo a 28 de abril de 2026" in leads["pt"]
    assert "lui a décerné ce label le 28 avril 2026" in leads["fr"]


def test_a_certificate_to_a_standard_is_still_a_certificate(tmp_path: Path) -> None:
    leads = _leads(tmp_path, _certified("ISO 9001:2015", "2029-03"))
    assert "issued the certificate on 28 April 2026" in leads["en"]
    assert "It is valid until March 2029." in leads["en"]
    assert "emitió el certificado el 28 de abril de 2026, con validez hasta marzo de 2029" in leads["es"]
    assert "emitiu o certificado a 28 de abril de 2026, com validade até março de 2029." in leads["pt"]
    assert "lui a délivré le 28 avril 2026 un certificat valable jusqu’en mars 2029" in leads["fr"]


def _org(name: str, type_word: str, key: str = "", sector: str | None = None, full: str | None = None) -> Org:
    return Org(name, full, {"a": f"a {type_word}", "word": type_word, "gender": "m", "key": key}, sector, "")


@pytest.mark.parametrize(
    ("org", "lang", "says"),
    [
        (_org("Coopval Cooperative", "cooperative"), "en", True),
        (_org("Cooperativa Agrícola de Moura", "cooperative"), "en", True),
        (_org("Cooperativa Agrícola de Moura", "coopérative"), "fr", True),
        (_org("Loures City Council", "public body", "public_body"), "en", True),
        (_org("Mairie de Loures", "organisme public", "public_body"), "fr", True),
        (_org("Ayuntamiento de Loures", "organismo público", "public_body"), "es", True),
        (_org("Fundação Ciência Viva", "foundation", "foundation"), "en", True),
        (_org("Red Bull", "company", "company"), "en", False),
        (_org("Lumatec", "public body", "public_body"), "en", False),
        (_org("Hidrolena Aguas", "empresa", "company"), "es", False),
    ],
)
def test_a_name_says_its_type_in_any_of_the_four_languages(org: Org, lang: str, says: bool) -> None:
    assert name_says_type(org, lang) is says


@pytest.mark.parametrize(
    ("sector", "names", "said"),
    [
        ("marine science", ["Vigo Marine Research Centre"], True),
        ("as ciências do mar", ["Centro de Investigação Marinha"], True),
        ("les sciences de la mer", ["Centre de recherche marine du Nord"], True),
        ("le vin", ["Coopérative des Vignerons de Lirac"], True),
        ("la vela adaptada", ["Federação Portuguesa de Vela Adaptada"], True),
        # A word and not its root: "agua" is not said by "Aguas" (four letters), nor by "Hidrolena".
        ("el agua", ["Hidrolena Aguas"], False),
        ("la santé", ["Hôpital Sainte-Claire"], False),
        ("marine robotics", ["Northern Marine Research Centre"], False),
        ("research", ["Northern Research Centre"], False),
    ],
)
def test_a_sector_is_said_by_a_name_that_holds_its_words(sector: str, names: list[str], said: bool) -> None:
    assert sector_said(sector, names) is said


def test_every_language_leaves_out_a_sector_its_name_says() -> None:
    for lang in (*LANGS4, "it"):
        assert lead(lang, _org("Centro di Ricerca Marina", "centre", sector="the sea")).sector is None, lang


@pytest.mark.parametrize(
    ("sector", "names", "does"),
    [
        ("healthcare", ["Val do Sil District Hospital"], True),
        ("a saúde", ["Hospital de Braga"], True),
        ("la santé", ["Hôpital de Lyon"], True),
        ("l’éducation", ["École Jean Moulin"], True),
        ("el patrimonio", ["Museo del Traje"], True),
        ("la salud mental", ["Hospital del Mar"], False),  # a speciality is news
        ("marine science", ["Museu do Mar"], False),
        ("healthcare", ["Lisbon Data Company"], False),
    ],
)
def test_a_sector_that_says_what_the_institution_does_is_not_said(sector: str, names: list[str], does: bool) -> None:
    assert institution_does(sector, names) is does
    org = Org(names[0], None, {"key": "", "a": "", "word": "", "gender": ""}, sector, "")
    assert (lead("en", org).sector is None) is does
