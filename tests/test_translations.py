"""``drafter check`` on versions people translated by hand: each class of difference and of equivalence.

Every text here is written for these tests, in each language, to show one
class: the same body under another acronym, a date written differently, a
number in words, a passage cut, a name misspelt. Equivalent forms must give
no finding; a real difference must give one, in plain words, located where a
person should look.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.checker import CheckResult, check


def _release(folder: Path, **texts: str) -> CheckResult:
    folder.mkdir(parents=True, exist_ok=True)
    for lang, text in texts.items():
        (folder / f"{lang}.txt").write_text(text, encoding="utf-8")
    return check([folder])


def _said(result: CheckResult) -> list[str]:
    return [f"{f.severity} {f.rule}: {f.message}" for f in result.findings]


# --- the same body, another acronym ---------------------------------------------------------------

BODIES = {
    "en": "The WHO and the UN met the IMF, the ILO and NATO in the US. UNESCO and the EU joined them.",
    "es": "La OMS y la ONU se reunieron con el FMI, la OIT y la OTAN en EE. UU. La Unesco y la UE se sumaron.",
    "pt": "A OMS e a ONU reuniram-se com o FMI, a OIT e a OTAN nos EUA. A Unesco e a UE juntaram-se-lhes.",
    "fr": "L'OMS et l'ONU ont rencontré le FMI, l'OIT et l'OTAN aux États-Unis. L'Unesco et l'UE les ont rejoints.",
}


@pytest.mark.parametrize("other", ["es", "pt", "fr"])
def test_acronyms_of_one_body_in_each_language_are_no_difference(tmp_path: Path, other: str) -> None:
    result = _release(tmp_path / other, en=BODIES["en"], **{other: BODIES[other]})
    assert _said(result) == []


def test_two_unknown_acronyms_left_in_matching_sentences_are_one_body(tmp_path: Path) -> None:
    result = _release(
        tmp_path,
        en="The Technical Cooperation Programme (TCP) funded 14 projects. The TCP will open again in May.",
        es="El Programa de Cooperación Técnica (PCT) financió 14 proyectos. El PCT abrirá de nuevo en mayo.",
    )
    assert _said(result) == []


# --- dates written differently ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pt", "A feira decorre a 14 e 15 de maio de 2024 em Lisboa, e a inscrição abriu em outubro de 2023."),
        ("es", "La feria se celebra el 14 y 15 de mayo de 2024 en Lisboa, y la inscripción abrió en octubre de 2023."),
        ("fr", "Le salon a lieu les 14 et 15 mai 2024 à Lisbonne ; les inscriptions ont ouvert en octobre 2023."),
    ],
)
def test_a_range_a_day_and_a_month_of_a_year_agree(tmp_path: Path, lang: str, text: str) -> None:
    english = "The fair opens on 14 May 2024 in Lisbon, and registration opened in October 2023."
    assert _said(_release(tmp_path / lang, en=english, **{lang: text})) == []


def test_a_day_without_its_year_where_the_year_is_given_elsewhere_is_no_error(tmp_path: Path) -> None:
    result = _release(
        tmp_path,
        en="Lisbon, 7 February 2025 - The cluster opened its new centre on 7 February 2025.",
        fr="Lisbonne, 7 février - Le cluster a ouvert son nouveau centre le 7 février 2025.",
    )
    assert not result.failed


def test_a_day_left_without_its_year_is_a_warning_naming_the_year(tmp_path: Path) -> None:
    result = _release(
        tmp_path,
        en="The ceremony took place today, 21 December 2023, in Loures, with 40 guests.",
        pt="A cerimónia decorreu hoje, dia 21 de dezembro, em Loures, com 40 convidados.",
    )
    (finding,) = result.findings
    assert finding.severity == "warning"
    assert "21 de dezembro without the year (2023)" in finding.message
    assert finding.where.file.endswith("pt.txt")


def test_a_changed_day_in_matching_sentences_is_an_error(tmp_path: Path) -> None:
    result = _release(
        tmp_path,
        en="Nominations are open from 15 April to 5 May 2024 for 27 categories.",
        pt="As candidaturas estão abertas de 15 de abril a 12 de maio de 2024 para 27 categorias.",
    )
    (finding,) = result.findings
    assert (finding.rule, finding.severity) == ("mismatch", "error")
    assert "15 de abril a 12 de maio de 2024" in finding.message and "15 April to 5 May 2024" in finding.message


# --- numbers ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "La quinta edición reunió a una veintena de socios, al menos tres bancos y 820 000 visitantes."),
        ("pt", "A quinta edição reuniu uma vintena de parceiros, pelo menos três bancos e 820 000 visitantes."),
        (
            "fr",
            "La cinquième édition a réuni une vingtaine de partenaires, au moins trois banques et 820 000 visiteurs.",
        ),
    ],
)
def test_number_words_ordinals_and_spaced_thousands_agree(tmp_path: Path, lang: str, text: str) -> None:
    english = "The fifth edition brought together some 20 partners, at least three banks and 820,000 visitors."
    assert _said(_release(tmp_path / lang, en=english, **{lang: text})) == []


def test_an_amount_with_and_without_its_scale_word_agrees(tmp_path: Path) -> None:
    result = _release(
        tmp_path,
        en="The bank lends EUR 500 million, of which a first EUR 150 million was signed today.",
        es="El banco presta 500 millones de euros, de los que hoy se firmó un primer tramo de 150 millones.",
    )
    assert _said(result) == []


def test_a_dozen_and_twelve_agree(tmp_path: Path) -> None:
    result = _release(tmp_path, en="A dozen firms signed in Porto.", es="Doce empresas firmaron en Oporto.")
    assert _said(result) == []


# --- a passage cut, a link mistyped -----------------------------------------------------------------


def test_a_paragraph_cut_from_one_version_is_one_finding_where_it_stands(tmp_path: Path) -> None:
    result = _release(
        tmp_path,
        en=(
            "The agency reached 79 countries in 2012.\n\n"
            "Measles vaccination reached 44 million children.\n\n"
            "In Syria, it gave 80,000 children access to school and cared for 47,000 more."
        ),
        fr=(
            "L'agence est intervenue dans 79 pays en 2012.\n\n"
            "La vaccination contre la rougeole a touché 44 millions d'enfants."
        ),
    )
    (finding,) = result.findings
    assert (finding.rule, finding.severity) == ("missing-passage", "warning")
    assert finding.where.file.endswith("en.txt") and finding.where.line == 5
    assert "80,000" in finding.message and "47,000" in finding.message and "Syria" in finding.message


def test_a_mistyped_link_is_one_error_located_in_the_version_that_differs(tmp_path: Path) -> None:
    folder = tmp_path / "link"
    folder.mkdir()
    site = "https://www.clusterexcellence.eu"
    (folder / "en.md").write_text(f"Read more on [the label's site]({site}).\n", encoding="utf-8")
    (folder / "es.md").write_text(f"Más información en [la web del sello]({site}).\n", encoding="utf-8")
    (folder / "pt.md").write_text("Mais informação no [sítio do selo](https://www.clusterexcelence.eu).\n")
    result = check([folder])
    (finding,) = result.findings
    assert (finding.rule, finding.severity) == ("mismatch", "error")
    assert finding.where.file.endswith("pt.md")


# --- names ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("english", "other", "lang", "odd"),
    [
        (
            "The Instituto Politécnico de Leiria signed the agreement in Leiria.",
            "O Instituto Politéchnico de Leiria assinou o acordo em Leiria.",
            "pt",
            "Politéchnico",
        ),
        (
            "The prize went to Marta Vilanova, the project's lead engineer.",
            "El premio fue para Maria Vilanova, ingeniera jefe del proyecto.",
            "es",
            "Maria Vilanova",
        ),
        (
            "Director Inger Andersen opened the session in Nairobi.",
            "La directrice nger Andersen a ouvert la séance à Nairobi.",
            "fr",
            "nger Andersen",
        ),
    ],
)
def test_a_name_one_or_two_letters_off_is_reported_with_the_hint(
    tmp_path: Path, english: str, other: str, lang: str, odd: str
) -> None:
    result = _release(tmp_path / lang, en=english, **{lang: other})
    (finding,) = result.findings
    assert finding.rule == "mismatch"
    assert odd in finding.message and "letter" in finding.message


def test_a_name_in_one_version_only_is_a_warning_and_translated_words_are_not(tmp_path: Path) -> None:
    result = _release(
        tmp_path,
        en="The Mayor of Loures, Ricardo Leão, welcomed the jury, chaired by Katheryn Hudson.",
        pt="O Presidente da Câmara Municipal de Loures, Ricardo Leão, recebeu o júri.",
    )
    (finding,) = result.findings
    assert (finding.rule, finding.severity) == ("unmatched", "warning")
    assert "Katheryn Hudson" in finding.message and "Mayor" not in finding.message


def test_cities_and_countries_translated_are_the_same(tmp_path: Path) -> None:
    result = _release(
        tmp_path,
        en="Delegations from Geneva, Lisbon and Seville met in Brussels with Spanish and Brazilian firms.",
        es="Delegaciones de Ginebra, Lisboa y Sevilla se reunieron en Bruselas con empresas españolas y brasileñas.",
        pt="Delegações de Genebra, Lisboa e Sevilha reuniram-se em Bruxelas com empresas espanholas e brasileiras.",
        fr=(
            "Des délégations de Genève, Lisbonne et Séville se sont réunies à Bruxelles "
            "avec des entreprises espagnoles et brésiliennes."
        ),
    )
    assert _said(result) == []


# --- a term base --------------------------------------------------------------------------------


def test_the_term_base_makes_translated_names_the_same_and_flags_one_left_out(tmp_path: Path) -> None:
    (tmp_path / "drafter-terms.yaml").write_text(
        "terms:\n"
        "  - en: Southern Agri-food Cluster\n"
        "    pt: Cluster Agroalimentar do Sul\n"
        "  - en: Quality Seal\n"
        "    pt: [Selo de Qualidade, Selo da Qualidade]\n",
        encoding="utf-8",
    )
    result = _release(
        tmp_path / "release",
        en="The Southern Agri-food Cluster won the Quality Seal in 2024 for its 12 members.",
        pt="O Cluster Agroalimentar do Sul conquistou em 2024 a distinção, pelos seus 12 membros.",
    )
    (finding,) = result.findings
    assert (finding.rule, finding.severity) == ("term-inconsistent", "warning")
    assert "Quality Seal" in finding.message and "Selo de Qualidade" in finding.message
    assert finding.where.file.endswith("pt.txt")


def test_a_bad_term_base_is_one_clear_message(tmp_path: Path) -> None:
    from drafter.errors import DrafterError

    (tmp_path / "drafter-terms.yaml").write_text("terms:\n  - en: Only English\n", encoding="utf-8")
    (tmp_path / "en.txt").write_text("Text with 12 words.", encoding="utf-8")
    (tmp_path / "pt.txt").write_text("Texto com 12 palavras.", encoding="utf-8")
    with pytest.raises(DrafterError, match="term 1 needs a text in two languages or more"):
        check([tmp_path])


# --- faithful translations give nothing ---------------------------------------------------------


def test_a_faithful_translation_of_a_loan_announcement_gives_no_finding(tmp_path: Path) -> None:
    result = _release(
        tmp_path,
        en=(
            "Luxembourg, 3 March 2025 - The European Investment Bank (EIB) has signed a EUR 75 million loan "
            "with Banco Atlântico to finance small and medium-sized enterprises (SMEs) in Portugal.\n\n"
            "The loan, the third between the two banks since 2019, will reach some 400 firms, said EIB "
            "Vice-President Ana Ferreira.\n\n"
            "More information: www.eib.org/loans"
        ),
        pt=(
            "Luxemburgo, 3 de março de 2025 - O Banco Europeu de Investimento (BEI) assinou um empréstimo de "
            "75 milhões de euros com o Banco Atlântico para financiar pequenas e médias empresas (PME) em Portugal.\n\n"
            "O empréstimo, o terceiro entre os dois bancos desde 2019, chegará a cerca de 400 empresas, "
            "afirmou a Vice-Presidente do BEI, Ana Ferreira.\n\n"
            "Mais informação: www.eib.org/loans"
        ),
    )
    assert _said(result) == []
