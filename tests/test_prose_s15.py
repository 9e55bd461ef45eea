"""Drafts as native press editors would pass them with a word changed (issue 11), on kinds of release the
examples lack: a hospital's JCI accreditation, a dental clinic's accessibility seal, a hotel's seal renewed
three times, an olive-oil producer's prize in a named category, a laboratory certified by AFNOR, a research
institute's grant from a European agency with a long name.

Each test pins one class the editors marked, in every language it concerns: a scheme's noun not said again
before a name that ends with it in another language; the Spanish full stop after the closing quotation mark;
a renewal's first year and a validity that do not say their noun twice; a sector an English reader cannot read
in a Portuguese name; a category written as a name; a long funder named by its acronym in every headline; the
type of a body whose name says it in another language; a seal awarded as a seal, and its benefits introduced
as an agency writer would; « C'est le seul » in French; and a quoted person's role checked in each language.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from drafter.checker import check

from .newfacts import checked, drafts, facts_file, per_lang

ACCREDITATION = per_lang("acreditação", "acreditación", "accreditation", "accréditation")
JCI = "Joint Commission International Accreditation"


def _plain(text: str) -> str:
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def test_a_scheme_noun_the_name_ends_with_in_another_language_is_not_said_again(tmp_path: Path) -> None:
    """pt, es, fr: "a Joint Commission International Accreditation", not "a acreditação … Accreditation";
    the noun comes back after it on its own ("concedeu-lhe a acreditação")."""
    change = {"award.name": JCI, "award.noun": dict(ACCREDITATION), "award.noun_gender": "f"}
    md = checked(tmp_path, change, ("award.level",))
    assert "obteve a Joint Commission International Accreditation." in md["pt"], md["pt"]
    assert "ha obtenido la Joint Commission International Accreditation." in md["es"], md["es"]
    assert "a obtenu la Joint Commission International Accreditation." in _plain(md["fr"]), md["fr"]
    for lang, noun in ACCREDITATION.items():
        assert f"{noun} {JCI}".casefold() not in md[lang].casefold(), (lang, md[lang])


@pytest.mark.parametrize("kind", ["award", "certification", "renewal"])
def test_english_names_a_seal_by_its_own_noun_whatever_the_facts_call_it(tmp_path: Path, kind: str) -> None:
    """en: "the Safe Water Seal" is never "the Safe Water Seal label" (as main wrote a certification and a
    renewal); the facts' noun is said on its own, where `drafter check` finds it ("awarded the label")."""
    noun = per_lang("selo", "sello", "label", "label")
    name = per_lang("Selo Água Segura", "Sello Agua Segura", "Safe Water Seal", "Label Eau sûre")
    change = {"release.kind": kind, "award.name": name, "award.noun": noun, "award.gender": "m"}
    md = checked(tmp_path, change, ("award.level",))["en"]
    assert "Safe Water Seal label" not in md, md
    assert " Safe Water Seal." in md, md


QUOTE = {
    "speaker": "Helena Costa Martins",
    "role": per_lang(
        "diretora-geral do Habitat",
        "directora general de Habitat",
        "director-general of Habitat",
        "directrice générale d’Habitat",
    ),
    "text": per_lang(
        "Este resultado é de todos os nossos profissionais.",
        "Este resultado es de todos nuestros profesionales.",
        "This result belongs to all our staff.",
        "Ce résultat appartient à tous nos professionnels.",
    ),
}


def test_spanish_puts_the_full_stop_after_the_closing_quotation_mark(tmp_path: Path) -> None:
    """es (RAE): «… profesionales».; pt, en-GB and fr keep a whole sentence's stop inside its marks."""
    md = checked(tmp_path, {"quotes": [QUOTE]})
    assert "> «Este resultado es de todos nuestros profesionales».\n" in md["es"], md["es"]
    assert "> «Este resultado é de todos os nossos profissionais.»\n" in md["pt"], md["pt"]
    assert "> “This result belongs to all our staff.”\n" in md["en"], md["en"]
    assert "> « Ce résultat appartient à tous nos professionnels. »\n" in _plain(md["fr"]), md["fr"]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("¿Quién lo habría dicho hace diez años?", "«¿Quién lo habría dicho hace diez años?»."),
        ("Es el «sello» de todos.", "«Es el “sello” de todos»."),
        ("Seguiremos...", "«Seguiremos...»."),
    ],
)
def test_a_spanish_quote_ending_otherwise_takes_the_stop_after_its_mark(tmp_path: Path, text: str, said: str) -> None:
    """es: a question keeps its ? inside and takes the stop after («¿…?».); a stop after an inner quotation
    goes after the outer mark; an ellipsis typed as dots stays whole."""
    quote = {**QUOTE, "text": {**QUOTE["text"], "es": text}}
    md = drafts(tmp_path, {"quotes": [quote]})["es"]
    assert f"> {said}\n" in md, md


RENEWAL = {"release.kind": "renewal", "award.first_awarded": 2017}


@pytest.mark.parametrize(("times", "said"), [(1, "for the first time"), (3, "for the third time"), (None, "")])
def test_english_says_a_renewals_first_year_once_for_every_count(tmp_path: Path, times: int | None, said: str) -> None:
    """en: "… for the first time. It has held the label since 2017." (was "… for the first time. It first
    obtained…"); without a count, "…, which it has held since 2017"."""
    change: dict[str, Any] = {**RENEWAL, "award.times_renewed": times} if times else dict(RENEWAL)
    md = checked(tmp_path, change)["en"]
    if times:
        assert f"at Gold level {said}. It has held the label since 2017." in md, md
    else:
        assert "at Gold level, which it has held since 2017." in md, md
    assert "first obtained" not in md


def test_english_says_a_validity_without_its_noun_again(tmp_path: Path) -> None:
    """en: "… granted the accreditation on …. It is valid until…" (was "The accreditation is valid until");
    after an audit by another body, the audit comes first, so that "It" is the certificate."""
    change = {"release.kind": "certification", "award.name": JCI, "award.valid_until": "2029-02"}
    md = checked(tmp_path, change, ("award.level",))["en"]
    assert "granted the accreditation on 28 April 2026. It is valid until February 2029." in md, md
    audited = {
        **change,
        "award.name": "ISO 9001:2015",
        "award.assessor": {"name": "Certinorte"},
    }
    md = checked(tmp_path / "audited", audited, ("award.level",))["en"]
    assert "Following an audit by Certinorte, the [" not in md  # the issuer has no address here
    assert (
        "Following an audit by Certinorte, the European Secretariat for Cluster Analysis (ESCA) issued the "
        "certificate on 28 April 2026. It is valid until February 2029." in md
    ), md


OLIVES = {
    "organisation.name": "Oliveiras do Tua",
    "organisation.type": "company",
    "organisation.sector": per_lang("o azeite", "el aceite de oliva", "olive oil", "l’huile d’olive"),
}


def test_english_keeps_a_sector_a_name_says_only_in_another_language(tmp_path: Path) -> None:
    """en: "Oliveiras do Tua, an olive oil company" (was "…, a company,": "Oliveiras" is no
    "olive" to an English reader); a name that says the sector in English still drops it."""
    md = checked(tmp_path, OLIVES, ("award.level",))["en"]
    assert "Oliveiras do Tua, an olive oil company, has achieved" in md, md
    english = {**OLIVES, "organisation.name": "Olive Groves of the Tua"}
    md = checked(tmp_path / "en", english, ("award.level",))["en"]
    assert "sector" not in md.split("\n\n")[1], md


PRIZE = {
    "release.kind": "prize",
    "award.name": per_lang(
        "Prémio Mario Solinas", "Premio Mario Solinas", "Mario Solinas Quality Award", "prix Mario Solinas"
    ),
    "award.date": "2026-04-15",
    "event": {
        "name": per_lang(
            "Concurso Mario Solinas", "Concurso Mario Solinas", "Mario Solinas Competition", "Concours Mario Solinas"
        ),
        "city": "Madrid",
        "country": "ES",
        "date": "2026-04-15",
    },
}


@pytest.mark.parametrize(
    ("category", "said"),
    [
        (
            per_lang(
                "Frutado Intenso Verde",
                "Frutado Intenso Verde",
                "Intense Green Fruity Extra Virgin",
                "Fruité vert intense",
            ),
            per_lang(
                ", na categoria Frutado Intenso Verde,",
                ", en la categoría Frutado Intenso Verde,",
                " in the Intense Green Fruity Extra Virgin category ",
                " dans la catégorie « Fruité vert intense » ",
            ),
        ),
        (
            per_lang(
                "empresas com menos de 50 trabalhadores",
                "empresas con menos de 50 empleados",
                "companies with fewer than 50 employees",
                "entreprises de moins de 50 salariés",
            ),
            per_lang(
                ", na categoria de empresas com menos de 50 trabalhadores,",
                ", en la categoría de empresas con menos de 50 empleados,",
                " in the category for companies with fewer than 50 employees ",
                " dans la catégorie « Entreprises de moins de 50 salariés » ",
            ),
        ),
    ],
)
def test_a_category_written_as_a_name_is_said_as_one(tmp_path: Path, category: Any, said: dict[str, str]) -> None:
    """A category written as a name, however long: "in the Intense Green Fruity Extra Virgin category", "na
    categoria Frutado Intenso Verde", "en la categoría Frutado…" (was "in the category for…", "na categoria
    de…"); one that describes who competes keeps "for" and "de"."""
    md = checked(tmp_path, {**PRIZE, "award.category": category}, ("award.level",))
    for lang, words in said.items():
        assert words in _plain(md[lang]), (lang, md[lang])


AGENCY = {
    "release.kind": "grant",
    "organisation.name": "Instituto de Biologia Marinha de Aveiro",
    "award.name": per_lang(
        "Programa Oceano Azul", "Programa Océano Azul", "Blue Ocean Programme", "programme Océan bleu"
    ),
    "award.issuer": {
        "name": per_lang(
            "Agência Europeia de Execução para o Clima, as Infraestruturas e o Ambiente",
            "Agencia Ejecutiva Europea de Clima, Infraestructuras y Medio Ambiente",
            "European Climate, Infrastructure and Environment Executive Agency",
            "Agence exécutive européenne pour le climat, les infrastructures et l’environnement",
        ),
        "acronym": "CINEA",
        "gender": "f",
    },
    "grant": {
        "amount": 1250000,
        "project": per_lang(
            "restaurar pradarias marinhas",
            "restaurar praderas marinas",
            "restoring seagrass meadows",
            "restaurer les herbiers marins",
        ),
    },
}


def test_every_headline_names_a_long_funder_by_its_acronym(tmp_path: Path) -> None:
    """A headline the funder's name would run over about 100 characters names it by its acronym, in every
    language by one rule (es did at six words, pt and en never); the lead names it in full."""
    md = checked(tmp_path, AGENCY, ("award.level",))
    heads = {lang: text.splitlines()[0] for lang, text in md.items()}
    assert heads["pt"] == "# Instituto de Biologia Marinha de Aveiro recebe 1,25 milhões de euros da CINEA", heads
    assert heads["es"].endswith(" de la CINEA"), heads
    assert heads["en"] == "# Instituto de Biologia Marinha de Aveiro receives €1.25 million from CINEA", heads
    assert heads["fr"].endswith(" de la CINEA"), heads
    assert "European Climate, Infrastructure and Environment Executive Agency (CINEA)" in md["en"]
    short = {**AGENCY, "award.issuer": {"name": "Fundação Mar", "acronym": "FM", "gender": "f"}}
    md = checked(tmp_path / "short", short, ("award.level",))
    assert md["pt"].splitlines()[0].endswith(" da Fundação Mar"), md["pt"]
    assert md["en"].splitlines()[0].endswith(" from the Fundação Mar"), md["en"]


AFNOR = {
    "release.kind": "certification",
    "award.name": "ISO 9001:2015",
    "award.issuer": {"name": "Association française de normalisation", "acronym": "AFNOR", "url": "www.afnor.org"},
}


def test_a_body_whose_name_says_its_type_in_another_language_is_introduced_by_it(tmp_path: Path) -> None:
    """pt, es: "A associação Association française de normalisation (AFNOR)", "La asociación…" (was "A
    Association…"); French and English read the name as it is, and a name a Portuguese reader reads as
    his own (a Spanish "Fundación") is not introduced, nor in French, whose press prints Iberian names as they are."""
    md = checked(tmp_path, AFNOR, ("award.level",))
    assert "A associação [Association française de normalisation (AFNOR)]" in md["pt"], md["pt"]
    assert "La asociación [Association française de normalisation (AFNOR)]" in md["es"], md["es"]
    assert "L’[Association française de normalisation (AFNOR)]" in md["fr"], md["fr"]
    assert "The [Association française de normalisation (AFNOR)]" in md["en"], md["en"]
    spanish = {**AFNOR, "award.issuer": {"name": "Fundación Ribera Atlántica", "gender": "f"}}
    md = checked(tmp_path / "es", spanish, ("award.level",))
    assert "A Fundación Ribera Atlántica emitiu" in md["pt"], md["pt"]
    assert "La Fundación Ribera Atlántica" in md["fr"], md["fr"]


SEAL = {
    "award.name": per_lang("Selo Água Segura", "Sello Agua Segura", "Safe Water Seal", "Label Eau sûre"),
    "award.gender": "m",
    "benefits": [
        per_lang(
            "o direito de usar o selo",
            "el derecho a usar el sello",
            "the right to display the seal",
            "le droit d’afficher le label",
        )
    ],
}


def test_english_awards_a_seal_as_a_seal_and_introduces_its_benefits(tmp_path: Path) -> None:
    """en: "The ESCA awarded the seal on…" (was "granted the award"); "Holders of the Safe Water Seal benefit
    from:" (was "The Safe Water Seal brings its holders:"); a prize's winners receive."""
    md = checked(tmp_path, SEAL, ("award.level",))["en"]
    assert "(ESCA) awarded the seal on 28 April 2026." in md, md
    assert "Holders of the Safe Water Seal benefit from:\n" in md, md
    prize = {**SEAL, "award.name": "European Green Leaf Award"}
    md = checked(tmp_path / "prize", prize, ("award.level",))["en"]
    assert "The winners of the European Green Leaf Award receive:\n" in md, md


def test_french_presents_a_noun_phrase_with_ce(tmp_path: Path) -> None:
    """fr: « Le label … a été créé en 2015. C’est le seul… » (was « Il est le seul »); a passive keeps « Il »."""
    purpose = per_lang(
        "O selo é o único que audita a água.",
        "El sello es el único que audita el agua.",
        "The seal is the only one that audits water.",
        "Le label est le seul à contrôler l’eau.",
    )
    md = checked(tmp_path, {**SEAL, "award.launched": 2015, "award.purpose": purpose}, ("award.level",))
    assert "a été créé en 2015. C’est le seul à contrôler l’eau." in md["fr"], md["fr"]
    assert "It is the only one that audits water." in md["en"], md["en"]
    passive = {**purpose, "fr": "Le label est décerné chaque année."}
    md = checked(tmp_path / "passive", {**SEAL, "award.launched": 2015, "award.purpose": passive}, ("award.level",))
    assert "Il est décerné chaque année." in md["fr"], md["fr"]


def test_a_quoted_persons_role_is_checked_in_each_language(tmp_path: Path) -> None:
    """Each language's role ("directora general", « directrice générale ») is a fact `drafter check` finds:
    a version that gives another role is reported under quotes[0].role."""
    folder = tmp_path / "release"
    folder.mkdir()
    facts_file(folder, {"quotes": [QUOTE]})
    from drafter import draft

    md = draft(folder / "facts.yaml").markdown
    for lang, text in md.items():
        (folder / f"{lang}.md").write_text(text, encoding="utf-8")
    assert [f.path for f in check([folder]).findings] == []
    (folder / "es.md").write_text(md["es"].replace("directora general", "directora financiera"), encoding="utf-8")
    found = [f for f in check([folder]).findings if f.path == "quotes[0].role"]
    assert found and "role of the person quoted" in found[0].message, [f.message for f in check([folder]).findings]
