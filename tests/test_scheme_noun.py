"""A scheme's own noun (award.noun): "accreditation" for Investors in People, "award" for Athena Swan.
The release names the award by it in the lead, later and where it says when the scheme was created, in
every language and every kind; drafter check finds it; bad input is refused with one plain message."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from drafter import draft
from drafter.checker import check
from drafter.facts.model import schema
from drafter.skeleton import skeleton

from .newfacts import checked, drafts, facts_file, per_lang, refused

ACCREDITATION = per_lang("acreditação", "acreditación", "accreditation", "accréditation")
IIP: dict[str, Any] = {
    "award.name": "Investors in People",
    "award.noun": ACCREDITATION,
    "award.launched": 1991,
}


def _lead(text: str) -> str:
    """The headline and the first two paragraphs."""
    return "\n\n".join(text.split("\n\n")[:3])


def test_the_noun_names_the_award_in_the_lead_later_and_at_its_launch(tmp_path: Path) -> None:
    md = drafts(tmp_path, IIP)
    assert "# Habitat conquista o nível Ouro da acreditação Investors in People" in md["pt"]
    assert "atribuiu-lhe a acreditação a 28 de abril de 2026" in md["pt"]
    assert "A acreditação Investors in People foi criada em 1991." in md["pt"]
    assert "# Habitat obtiene el nivel Oro de la acreditación Investors in People" in md["es"]
    assert "le concedió la acreditación el 28 de abril de 2026" in md["es"]
    assert "La acreditación Investors in People se creó en 1991." in md["es"]
    assert "# Habitat achieves Investors in People Gold accreditation" in md["en"]
    assert "has achieved Investors in People accreditation at Gold level." in md["en"]
    assert "granted the accreditation on 28 April 2026" in md["en"]
    assert "The scheme was created in 1991." in md["en"]
    assert "# Habitat obtient le niveau Or de l’accréditation Investors in People" in md["fr"]
    assert "lui a accordé l’accréditation le 28 avril 2026" in md["fr"]
    assert "L’accréditation Investors in People a été créée en 1991." in md["fr"]
    for lang, generic in (("pt", "distinção"), ("es", "distinción"), ("en", "the award"), ("fr", "distinction")):
        assert generic not in md[lang]


def test_without_a_noun_the_generic_one_stays(tmp_path: Path) -> None:
    md = drafts(tmp_path, {"award.name": "Investors in People", "award.launched": 1991})
    assert "atribuiu-lhe a distinção" in md["pt"]
    assert "le concedió la distinción" in md["es"]
    assert "lui a décerné cette distinction" in md["fr"]
    assert "granted the award" in md["en"]


def test_a_counted_noun_takes_the_and_its_own_gender(tmp_path: Path) -> None:
    award = per_lang("prémio", "premio", "award", "prix")
    md = drafts(tmp_path, {"award.name": "Athena Swan", "award.noun": award, "award.launched": 2005})
    assert "# Habitat wins the Athena Swan Gold award" in md["en"]
    assert "has achieved the Athena Swan award at Gold level" in md["en"]
    assert "O prémio Athena Swan foi criado em 2005." in md["pt"]
    assert "Le prix Athena Swan a été créé en 2005." in md["fr"]


def test_a_purpose_that_opens_on_the_noun_takes_a_pronoun(tmp_path: Path) -> None:
    purpose = per_lang(
        "A acreditação distingue boas práticas.",
        "La acreditación distingue buenas prácticas.",
        "The accreditation recognises good practice.",
        "L’accréditation distingue les bonnes pratiques.",
    )
    md = drafts(tmp_path, {**IIP, "award.purpose": purpose})
    assert "foi criada em 1991. Distingue boas práticas." in md["pt"]
    assert "se creó en 1991. Distingue buenas prácticas." in md["es"]
    assert "The scheme was created in 1991. It recognises good practice." in md["en"]
    assert "a été créée en 1991. Elle distingue les bonnes pratiques." in md["fr"]


def test_a_noun_the_name_says_is_not_said_twice(tmp_path: Path) -> None:
    label = per_lang("selo", "sello", "label", "label")
    md = drafts(tmp_path, {"award.noun": label})
    assert "# Habitat wins the Gold Cluster Management Excellence Label" in md["en"]
    assert "Label label" not in md["en"]
    assert "awarded the label" in md["en"]
    assert "atribuiu-lhe o selo" in md["pt"]


def test_a_gender_given_for_a_noun_drafter_does_not_know(tmp_path: Path) -> None:
    badge = per_lang("insígnia", "insignia", "badge", "insigne")
    md = drafts(tmp_path, {**IIP, "award.noun": badge, "award.noun_gender": per_lang("f", "f", "m", "m")})
    assert "A insígnia Investors in People foi criada em 1991." in md["pt"]
    assert "La insignia Investors in People se creó en 1991." in md["es"]
    assert "L’insigne Investors in People a été créé en 1991." in md["fr"]


def test_an_english_brand_certification_with_its_noun_says_the_scheme_was_created(tmp_path: Path) -> None:
    noun = per_lang("certificação", "certificación", "certification", "certification")
    change = {
        "release.kind": "certification",
        "award.name": "Cyber Essentials Plus",
        "award.noun": noun,
        "award.launched": 2014,
    }
    md = drafts(tmp_path, change, drop=("award.level",))
    assert "has achieved Cyber Essentials Plus certification." in md["en"]
    assert "The scheme was created in 2014." in md["en"]
    assert "Cyber Essentials Plus certification was created" not in md["en"]


@pytest.mark.parametrize("kind", ["award", "renewal", "certification", "prize"])
@pytest.mark.parametrize("name", ["Investors in People", "Green Key", "European Cluster Excellence Label"])
def test_every_kind_says_the_noun_and_check_finds_it(tmp_path: Path, kind: str, name: str) -> None:
    change: dict[str, Any] = {**IIP, "release.kind": kind, "award.name": name}
    if kind == "prize":
        change["event"] = {"name": "Feira Expo", "city": "Porto", "date": "2026-04-28"}
    md = checked(tmp_path, change, drop=("award.level",) if kind == "certification" else ())
    for lang, text in md.items():
        assert ACCREDITATION[lang] in _lead(text).lower(), lang


def test_check_reports_a_version_that_swaps_the_noun(tmp_path: Path) -> None:
    folder = tmp_path / "release"
    folder.mkdir()
    md = draft(facts_file(folder, IIP)).markdown
    md["pt"] = md["pt"].replace("acreditação", "certificação").replace("criada", "criado")
    for lang, text in md.items():
        (folder / f"{lang}.md").write_text(text, encoding="utf-8")
    missing = [f for f in check([folder]).findings if f.path == "award.noun"]
    assert [f.rule for f in missing] == ["fact-missing"]
    assert "The scheme's own noun (acreditação) is missing from pt.md." in missing[0].message


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (
            {"award.noun": {**ACCREDITATION, "pt": "a acreditação"}},
            "award.noun.pt: 'a acreditação' starts with an article; write the noun alone: acreditação",
        ),
        (
            {"award.noun": {**ACCREDITATION, "fr": "l’accréditation"}},
            "award.noun.fr: 'l’accréditation' starts with an article; write the noun alone: accréditation",
        ),
        (
            {"award.noun": {**ACCREDITATION, "en": "Accreditation"}},
            "award.noun.en: 'Accreditation' is written with a capital; write the noun as in the middle of "
            "a sentence: accreditation (drafter adds the capital where a sentence starts)",
        ),
        (
            {"award.noun": {**ACCREDITATION, "pt": "insígnia"}},
            "award.noun.pt: drafter does not know the gender of 'insígnia'; add noun_gender: m or f "
            "(or one per language if it differs)",
        ),
        (
            {"award.noun_gender": "f"},
            "award.noun_gender: is the gender of noun: add noun, or remove noun_gender",
        ),
    ],
)
def test_bad_nouns_are_refused_with_one_plain_message(tmp_path: Path, change: dict[str, Any], problem: str) -> None:
    base = {} if "award.noun_gender" in change else IIP
    assert refused(tmp_path, {**base, **change}) == [problem]


def test_a_grant_has_no_scheme_noun(tmp_path: Path) -> None:
    change = {
        **IIP,
        "release.kind": "grant",
        "grant": {"amount": 100000, "project": per_lang("o projeto", "el proyecto", "the project", "le projet")},
    }
    problems = refused(tmp_path, change, drop=("award.level",))
    assert problems == [
        "award.noun: is for an award, a renewal, a certification or a prize only; this release is a grant: remove it"
    ]


def test_the_schema_and_the_skeleton_offer_the_noun() -> None:
    award = schema()["$defs"]["Award"]["properties"]
    assert {"noun", "noun_gender"} <= set(award)
    assert award["noun_gender"]["anyOf"][0] == {"enum": ["m", "f"]}
    text = skeleton(["pt", "en"])
    assert "  # noun:" in text and "  #   pt: <<noun>>" in text and "  # noun_gender: f" in text
