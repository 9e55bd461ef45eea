"""What a native editor's read of new releases found in the lead (session 18): a noun that names a body
only in Portuguese, by ellipsis ("o Turismo de Portugal"), and a sector the name says in a word every
reader sees across languages. Each test failed before the change it stands for."""

from __future__ import annotations

from pathlib import Path

import pytest

from .newfacts import checked, per_lang
from .test_grant import _grant

PURPOSE = per_lang(
    "O programa apoia projetos costeiros.",
    "El programa apoya proyectos costeros.",
    "The programme supports coastal projects.",
    "Le programme soutient des projets côtiers.",
)
"""A programme's purpose with no history before it: said in the lead, after the sentence naming it."""

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
    assert "Frutas Tormes, a fruit company," in lead, lead


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
    change = {
        **_grant(months=36, start="2026-09-01"),
        "award.purpose": PURPOSE,
        "organisation.type": "research centre",
        "organisation.managed_by": {"name": "Universidade de Aveiro", "type": "university"},
    }
    for lang, md in checked(tmp_path, change).items():
        sentences = _lead(md).split(". ")
        assert "Universidade de Aveiro" in sentences[1], (lang, sentences)


LED_BY = {
    "name": "Marta Quiroga Leal",
    "title": per_lang("Dra.", "Dra.", "Dr", "Pr"),
    "gender": "f",
    "role": per_lang(
        "investigadora principal do projeto",
        "investigadora principal del proyecto",
        "principal investigator",
        "chercheuse principale",
    ),
}


def test_a_grant_names_who_leads_the_project_right_after_the_grant(tmp_path: Path) -> None:
    md = checked(tmp_path, _grant(led_by=LED_BY))
    said = {
        "pt": "O projeto é coordenado pela Dra. Marta Quiroga Leal, investigadora principal do projeto.",
        "es": "El proyecto lo dirige la Dra. Marta Quiroga Leal, investigadora principal del proyecto.",
        "en": "The project is led by Dr Marta Quiroga Leal, principal investigator.",
        "fr": "Le projet est dirigé par la Pr Marta Quiroga Leal, chercheuse principale.",
    }
    for lang, sentence in said.items():
        assert _lead(md[lang]).split(". ", 1)[1].startswith(sentence), _lead(md[lang])


def test_a_researcher_without_a_title_is_named_bare(tmp_path: Path) -> None:
    md = checked(tmp_path, _grant(led_by={"name": "Marta Quiroga Leal"}))
    assert "O projeto é coordenado por Marta Quiroga Leal." in md["pt"]
    assert "El proyecto lo dirige Marta Quiroga Leal." in md["es"]


def test_check_finds_the_researcher_changed_in_one_version(tmp_path: Path) -> None:
    from drafter.checker import check

    md = checked(tmp_path, _grant(led_by=LED_BY))
    folder = tmp_path / "release"
    es = folder / "es.md"
    es.write_text(md["es"].replace("Marta Quiroga Leal", "Marta Quiroga Lema"), encoding="utf-8")
    found = check([folder]).findings
    assert any(f.severity == "error" and "Quiroga Leal" in f.message for f in found), [f.message for f in found]


@pytest.mark.parametrize(("written", "code"), [("France", "FR"), ("España", "ES"), ("alemanha", "DE")])
def test_a_country_written_by_its_name_is_refused_with_its_code(tmp_path: Path, written: str, code: str) -> None:
    from .newfacts import refused

    assert refused(tmp_path, {"organisation.country": written}) == [
        f"organisation.country: write the country as its ISO 3166 code: {code} for '{written}'"
    ]


def test_a_key_that_belongs_one_block_down_is_pointed_to(tmp_path: Path) -> None:
    """ "award.website": the award's web address is its issuer's ``url``."""
    from .newfacts import refused

    problems = refused(tmp_path, {"award.website": "www.esca.example"})
    assert problems == ["award.website: unknown key; did you mean 'issuer.url'?"], problems


def test_an_issuer_just_named_in_the_awards_name_is_named_next_by_its_acronym(tmp_path: Path) -> None:
    """ "…renewed its Nordic Care Council Accreditation (NCC)… NCC confirmed the renewal", not the
    council's whole name twice in a row; Spanish, which says the noun and the body, the same."""
    change = {
        "release.kind": "renewal",
        "award.name": "Nordic Care Council Accreditation",
        "award.acronym": "NCC",
        "award.noun": per_lang("acreditação", "acreditación", "accreditation", "accréditation"),
        "award.issuer": {"name": "Nordic Care Council", "url": "www.ncc.example"},
        "award.first_awarded": 2019,
    }
    md = checked(tmp_path, change, drop=("award.level",))
    assert "[NCC](https://www.ncc.example) confirmed the renewal" in md["en"], _lead(md["en"])
    assert "[NCC](https://www.ncc.example) confirmó la renovación" in md["es"], _lead(md["es"])
    assert "Nordic Care Council" in _lead(md["es"])  # named once, in the award's name


def test_a_lead_that_names_who_leads_the_project_ends_there(tmp_path: Path) -> None:
    """With a researcher named, the grant's date and the programme's purpose open the next paragraph: a lead
    of three sentences, not six (s18's second read)."""
    change = {
        **_grant(led_by=LED_BY),
        "award.purpose": PURPOSE,
    }
    md = checked(tmp_path, change)
    opens = {"pt": "O apoio foi atribuído", "es": "La ayuda se concedió", "en": "The grant was awarded"}
    opens["fr"] = "La subvention a été accordée"
    for lang, opening in opens.items():
        lead = _lead(md[lang])
        assert opening not in lead, lead
        after = md[lang].split(lead, 1)[1].lstrip("\n")
        assert after.startswith(opening), after[:200]
