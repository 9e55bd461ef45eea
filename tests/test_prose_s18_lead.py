"""What a native editor's read of new releases found in the lead (session 18): a noun that names a body
only in Portuguese, by ellipsis ("o Turismo de Portugal"), and a sector the name says in a word every
reader sees across languages. Each test failed before the change it stands for."""

from __future__ import annotations

from pathlib import Path

from .newfacts import checked, per_lang

TOURISM = {
    "organisation.name": "Turismo Serra do Caramulo",
    "organisation.type": "association",
    "organisation.sector": per_lang("o turismo", "el turismo", "tourism", "le tourisme"),
}


def _lead(md: str) -> str:
    return next(p for p in md.split("\n\n") if p.startswith("**Aveiro"))


def test_a_tourism_board_is_o_turismo_in_portuguese_only(tmp_path: Path) -> None:
    md = checked(tmp_path, TOURISM)
    assert "O Turismo Serra do Caramulo" in _lead(md["pt"])
    for lang in ("es", "en", "fr"):
        assert "Turismo Serra do Caramulo" in _lead(md[lang]), md[lang]  # « L’association Turismo… » in fr
        assert not any(f"{a} Turismo Serra" in md[lang] for a in ("El", "el", "The", "the", "Le", "le", "du", "del"))


def test_a_sector_the_name_says_by_its_cognate_is_not_said_again(tmp_path: Path) -> None:
    lead = {lang: _lead(text) for lang, text in checked(tmp_path, TOURISM).items()}
    assert "tourism sector" not in lead["en"] and "tourisme" not in lead["fr"], lead
    assert "del sector" not in lead["es"] and "do setor" not in lead["pt"], lead


def test_a_sector_a_foreign_name_does_not_plainly_say_is_kept(tmp_path: Path) -> None:
    """ "Frutas" is not "fruit" to a reader of English: the sector stays."""
    change = {
        "organisation.name": "Frutas Tormes",
        "organisation.type": "company",
        "organisation.sector": per_lang("a fruta", "la fruta", "fruit", "les fruits"),
    }
    lead = _lead(checked(tmp_path, change)["en"])
    assert "fruit sector" in lead, lead


def test_a_medal_is_awarded_and_named_as_a_medal_in_english(tmp_path: Path) -> None:
    """ "Ordaz awarded the medal on…", not "granted the award"; "up from the Silver Medal it won in 2024"."""
    change = {
        "award.name": per_lang("Medalha Ordaz ESG", "Medalla Ordaz ESG", "Ordaz ESG Medal", "médaille Ordaz ESG"),
        "award.previous": {"level": "silver", "year": 2024},
        "award.issuer": {"name": "Ordaz", "type": "company"},
    }
    lead = _lead(checked(tmp_path, change)["en"])
    assert "up from the Silver Medal it won in 2024" in lead, lead
    assert "Ordaz awarded the medal on 28 April 2026" in lead, lead


def test_a_grant_says_who_runs_the_organisation_right_after_the_grant(tmp_path: Path) -> None:
    """The sentence on the body the organisation belongs to follows the lead's first sentence in every
    language, as docs/facts.md says: not after the programme's purpose (es, pt) nor among the project's
    length and budget (en)."""
    from .test_grant import _grant

    change = {
        **_grant(months=36, start="2026-09-01"),
        "award.purpose": per_lang(
            "O programa apoia projetos costeiros.",
            "El programa apoya proyectos costeros.",
            "The programme supports coastal projects.",
            "Le programme soutient des projets côtiers.",
        ),
        "organisation.type": "research centre",
        "organisation.managed_by": {"name": "Universidade de Aveiro", "type": "university"},
    }
    for lang, md in checked(tmp_path, change).items():
        sentences = _lead(md).split(". ")
        assert "Universidade de Aveiro" in sentences[1], (lang, sentences)
