"""Leads a native editor passes (issue 11, s18 reading), by class, in every language and through every
template that opens on the organisation: a full name that adds a noun before the name said alone with
that noun's article ("A Associação Raízes do Tâmega, uma…"), and a short sector said as a modifier of
the type where the language does so ("a social care NGO", « une ONG d’action sociale »)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from .newfacts import checked, per_lang
from .test_prose_s17_org import KINDS


def _lead(text: str) -> str:
    return next(line for line in text.splitlines() if line.startswith("**") and ("–" in line or ".**" in line))


NGO: dict[str, Any] = {
    "organisation.name": "Raízes do Tâmega",
    "organisation.full_name": "Associação Raízes do Tâmega",
    "organisation.type": per_lang("organização não governamental", "ONG", "NGO", "ONG"),
    "organisation.sector": per_lang("a ação social", "la acción social", "social care", "l’action sociale"),
}


@pytest.mark.parametrize("kind", sorted({**KINDS, "grant": {}}))
def test_a_full_name_that_adds_a_noun_before_the_name_is_said_alone_with_its_article(tmp_path: Path, kind: str) -> None:
    grant = {
        "release.kind": "grant",
        "award.name": "Programa Envelhecer em Casa",
        "award.issuer": {"name": "Fundação Albergaria Nova", "type": "foundation"},
        "grant": {"amount": 285000, "project": per_lang("o projeto X", "el proyecto X", "project X", "le projet X")},
    }
    md = checked(
        tmp_path, {**NGO, **(grant if kind == "grant" else KINDS[kind])}, drop=("award.level",) * (kind == "grant")
    )
    openings = {
        "pt": "A Associação Raízes do Tâmega, uma organização não governamental dedicada à ação social, ",
        "es": "La Associação Raízes do Tâmega, una ONG dedicada a la acción social, ",
        "en": "– Associação Raízes do Tâmega, a social care NGO, ",
        "fr": "L’Associação Raízes do Tâmega, une ONG d’action sociale, ",
    }
    for lang, opening in openings.items():
        lead = _lead(md[lang])
        assert opening in lead, lead
        assert "(Associação Raízes do Tâmega)" not in md[lang]
    # the name alone elsewhere, with the article its language gives a name of no noun of its own
    assert "## Sobre a Raízes do Tâmega\n" in md["pt"]
    assert "## Acerca de Raízes do Tâmega\n" in md["es"] and "de la Raízes" not in md["es"]
    assert "## À propos de Raízes do Tâmega\n" in md["fr"]


def test_the_full_names_own_noun_gives_its_gender(tmp_path: Path) -> None:
    """A masculine noun before a name whose type is feminine: the lead's article is the noun's."""
    change = {
        "organisation.name": "Mar Aberto",
        "organisation.full_name": "Clube Mar Aberto",
        "organisation.type": "association",
    }
    md = checked(tmp_path, change)
    assert ".** O Clube Mar Aberto, " in _lead(md["pt"]), _lead(md["pt"])
    assert ".** El Clube Mar Aberto, " in _lead(md["es"]), _lead(md["es"])
    assert ".** Le Clube Mar Aberto, " in _lead(md["fr"]), _lead(md["fr"])


@pytest.mark.parametrize(
    ("sector", "en", "fr"),
    [
        (
            per_lang("o vestuário profissional", "la ropa laboral", "workwear", "les vêtements de travail"),
            "a workwear company",
            "une entreprise spécialisée dans les vêtements de travail",
        ),
        (
            per_lang("o azeite", "el aceite de oliva", "olive oil", "l’huile d’olive"),
            "an olive oil company",
            "une entreprise spécialisée dans l’huile d’olive",
        ),
        (
            per_lang("a água", "el agua", "food and drink", "le cycle de l’eau"),
            "a company in the food and drink sector",
            "une entreprise spécialisée dans le cycle de l’eau",
        ),
        (
            per_lang("a água", "el agua", "urban water", "la gestion durable"),
            "an urban water company",
            "une entreprise de gestion durable",
        ),
    ],
)
def test_a_short_sector_is_said_as_a_modifier_where_the_language_does(
    tmp_path: Path, sector: dict[str, str], en: str, fr: str
) -> None:
    md = checked(
        tmp_path, {"organisation.name": "Vandermolen", "organisation.type": "company", "organisation.sector": sector}
    )
    assert f"Vandermolen, {en}, has " in _lead(md["en"]), _lead(md["en"])
    assert f"Vandermolen, {fr}, a " in _lead(md["fr"]), _lead(md["fr"])
    # Spanish and Portuguese keep their frame
    assert "Vandermolen, una empresa del sector de" in _lead(md["es"]), _lead(md["es"])


def _gender_findings(tmp_path: Path, change: dict[str, Any]) -> list[Any]:
    from drafter import draft
    from drafter.checker import check

    from .newfacts import facts_file

    folder = tmp_path / "release"
    folder.mkdir(parents=True)
    for lang, text in draft(facts_file(folder, change)).markdown.items():
        (folder / f"{lang}.md").write_text(text, encoding="utf-8")
    return [f for f in check([folder]).findings if f.rule == "facts-gender"]


COUNCIL = per_lang(
    "Câmara Municipal de Amarante", "Ayuntamiento de Amarante", "Amarante Town Council", "Mairie d’Amarante"
)


@pytest.mark.parametrize("where", ["organisation", "award.issuer"])
def test_a_gender_the_names_noun_contradicts_is_reported_with_the_fix(tmp_path: Path, where: str) -> None:
    change = {f"{where}.name": COUNCIL, f"{where}.gender": "f"}
    if where == "organisation":
        change["organisation.about"] = per_lang("A Câmara.", "El Ayuntamiento.", "The council.", "La mairie.")
    found = _gender_findings(tmp_path, change)
    assert [(f.path, f.severity) for f in found] == [(f"{where}.gender", "warning")]
    message = found[0].message
    assert message.startswith("In Spanish, “Ayuntamiento de Amarante” starts with “Ayuntamiento”, a masculine")
    assert "gender: {pt: f, es: m, fr: f}" in message
    location = found[0].locations[0]
    line = (tmp_path / "release" / "facts.yaml").read_text(encoding="utf-8").splitlines()[location.line - 1]
    assert line.strip() == "gender: f"


@pytest.mark.parametrize("gender", [None, {"pt": "f", "es": "m", "fr": "f"}])
def test_a_gender_left_out_or_given_per_language_is_no_finding(tmp_path: Path, gender: Any) -> None:
    change: dict[str, Any] = {"award.issuer.name": COUNCIL}
    if gender:
        change["award.issuer.gender"] = gender
    assert _gender_findings(tmp_path, change) == []


JCI: dict[str, Any] = {
    "award.name": "Joint Commission International Accreditation",
    "award.acronym": "JCI",
    "award.noun": per_lang("acreditação", "acreditación", "accreditation", "accréditation"),
    "award.issuer": {"name": "Joint Commission International", "gender": "f", "article": True},
    "award.launched": 1994,
}


@pytest.mark.parametrize("kind", ["award", "renewal"])
def test_an_award_named_after_its_issuer_in_another_language_is_said_by_its_noun(tmp_path: Path, kind: str) -> None:
    change = {**JCI, **({"release.kind": "renewal", "award.first_awarded": 2014} if kind == "renewal" else {})}
    md = checked(tmp_path, change, drop=("award.level",))
    said = {
        "pt": "a acreditação da Joint Commission International (JCI)",
        "es": "la acreditación de la Joint Commission International (JCI)",
        "fr": "l’accréditation de la Joint Commission International (JCI)",
    }
    for lang, words in said.items():
        assert words in _lead(md[lang]), _lead(md[lang])
        assert "Joint Commission International Accreditation" not in md[lang]
        # the headline and the scheme's creation say it so too
        assert words.removesuffix(" (JCI)") in md[lang].splitlines()[0], md[lang].splitlines()[0]
    assert ". La acreditación de la Joint Commission International se creó en 1994." in md["es"]  # s19: runs on
    # English keeps the name, which is its own
    assert "Joint Commission International Accreditation (JCI)" in _lead(md["en"]), _lead(md["en"])


def test_an_award_whose_name_is_in_the_drafts_language_keeps_it(tmp_path: Path) -> None:
    change = {**JCI, "award.name": "Acreditación Joint Commission International", "award.acronym": None}
    md = checked(tmp_path, {k: v for k, v in change.items() if v is not None}, drop=("award.level",))
    assert "Acreditación Joint Commission International" in md["es"]


@pytest.mark.parametrize(
    ("name", "es"),
    [
        ("Aberwen University", "**Aveiro, 4 de mayo de 2026.** Aberwen University, "),
        ("Imperial College London", "**Aveiro, 4 de mayo de 2026.** Imperial College London, "),
        ("European Space Agency", "**Aveiro, 4 de mayo de 2026.** La European Space Agency, "),
    ],
)
def test_spanish_keeps_bare_a_name_english_keeps_bare(tmp_path: Path, name: str, es: str) -> None:
    md = checked(tmp_path, {"organisation.name": name, "organisation.type": "university", "organisation.country": "GB"})
    assert _lead(md["es"]).startswith(es), _lead(md["es"])
    # Portuguese names every body with its article, French with its noun's
    assert _lead(md["pt"]).startswith(("**Aveiro, 4 de maio de 2026.** A ", "**Aveiro, 4 de maio de 2026.** O ")), (
        _lead(md["pt"])
    )


def test_a_purpose_opening_on_the_schemes_noun_and_name_is_not_said_twice(tmp_path: Path) -> None:
    """ "La certificación B Corp se creó en 2007. Evalúa…", not "… La certificación B Corp evalúa…"."""
    change = {
        "release.kind": "certification",
        "award.name": "Sello Ríos Vivos",
        "award.noun": per_lang("selo", "sello", "seal", "label"),
        "award.launched": 2012,
        "award.purpose": per_lang(
            "O selo Ríos Vivos distingue as empresas que devolvem a água limpa aos rios.",
            "El sello Ríos Vivos distingue a las empresas que devuelven el agua limpia a los ríos.",
            "The Ríos Vivos seal recognises companies that return clean water to rivers.",
            "Le label Ríos Vivos distingue les entreprises qui rendent une eau propre aux rivières.",
        ),
    }
    md = checked(tmp_path, change, drop=("award.level",))
    assert " 2012. Distingue a las empresas que devuelven" in md["es"], md["es"]
    assert " 2012. Distingue as empresas que devolvem" in md["pt"], md["pt"]
    assert " 2012. Il distingue les entreprises" in md["fr"], md["fr"]
