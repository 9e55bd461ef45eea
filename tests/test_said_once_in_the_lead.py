"""The lead says each thing once and prints it as the press does: a type without the words the name has just
said ("uma escola privada" after "Escola Profissional…"); an award's validity in the sentence of its date,
not a second sentence naming the award again; an English acronym right after the name it stands for; a
public body responsible for its remit in English; a name's apostrophe curled in every language; the
figures' lines without a full stop typed at the end of one."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.figures import without_stop
from drafter.lang.type_words import unsaid_type

from .newfacts import checked, drafts, per_lang

NO_LEVEL = ("award.level",)


def _lead(md: str) -> str:
    return md.split("\n\n")[1]


SCHOOL = {
    "organisation.name": "Escola Profissional Rio Tâmega",
    "organisation.gender": "f",
    "organisation.type": per_lang(
        "escola profissional privada", "escuela profesional privada", "private vocational school", "école privée"
    ),
}


def test_a_type_leaves_out_what_the_name_says(tmp_path: Path) -> None:
    """ "A Escola Secundária…, uma escola secundária pública,": the type keeps its noun and what only it
    says, in every language (French leaves out a type after a name that is a school's, as before)."""
    md = checked(tmp_path, SCHOOL, ("organisation.sector",))
    assert "A Escola Profissional Rio Tâmega, uma escola privada, obteve" in _lead(md["pt"])
    assert "La Escola Profissional Rio Tâmega, una escuela privada, ha obtenido" in _lead(md["es"])
    # "vocational" is no cognate of "Profissional" a reader sees: said
    assert "The Escola Profissional Rio Tâmega, a private vocational school, has" in _lead(md["en"])
    assert "L’Escola Profissional Rio Tâmega a obtenu" in _lead(md["fr"])


@pytest.mark.parametrize(
    ("word", "names", "lang", "left"),
    [
        ("escola secundária pública", ("Escola Secundária da Batalha",), "pt", "escola pública"),
        ("escola profissional e artística", ("Escola Profissional do Sado",), "pt", "escola artística"),
        ("escola artística e profissional", ("Escola Profissional do Sado",), "pt", "escola artística"),
        # a phrase after a preposition stays whole: "educación" is said nowhere else
        (
            "instituto público de educación secundaria",
            ("Instituto Secundario Miño",),
            "es",
            "instituto público de educación secundaria",
        ),
        ("public teaching hospital", ("Hospital Público de Ourense",), "en", "teaching hospital"),
        ("grande empresa familiar", ("Conservas Lamela",), "pt", "grande empresa familiar"),
        # the noun itself stays, whatever the name says
        ("hospital", ("Hospital de Lamego",), "pt", "hospital"),
    ],
)
def test_unsaid_type(word: str, names: tuple[str, ...], lang: str, left: str) -> None:
    assert unsaid_type(word, names, lang) == left


def test_the_validity_follows_the_date_it_was_awarded(tmp_path: Path) -> None:
    """ "awarded the label on 28 April. The label is valid until…": one sentence, the label named once."""
    md = checked(tmp_path, {"award.valid_until": "2029-04"}, NO_LEVEL)
    assert "atribuiu-lhe o selo a 28 de abril de 2026, com validade até abril de 2029." in _lead(md["pt"])
    assert "le concedió el sello el 28 de abril de 2026, con validez hasta abril de 2029." in _lead(md["es"])
    assert "awarded the label on 28 April 2026; it is valid until April 2029." in _lead(md["en"])
    assert "lui a décerné le label le 28 avril 2026, valable jusqu’en avril 2029." in _lead(md["fr"])
    for text in md.values():
        assert not any(stop in text for stop in ("O selo tem", "El sello tiene", "The label is", "Le label est"))


def test_after_an_assessor_the_validity_keeps_its_sentence(tmp_path: Path) -> None:
    """Joined after "following an assessment by Certivale", "it" would be the assessment."""
    md = drafts(tmp_path, {"award.valid_until": "2029-04-27", "award.assessor": {"name": "Certivale"}}, NO_LEVEL)
    assert "following an assessment by Certivale. The label is valid until 27 April 2029." in _lead(md["en"])
    assert "tras una evaluación a cargo de Certivale. El sello tiene validez hasta el 27 de abril de 2029." in _lead(
        md["es"]
    )


NOUN = per_lang("certificação", "certificación", "certification", "certification")
SCHEME = {"award.name": "Harbour Safety Review System", "award.acronym": "HSRS", "award.noun": NOUN}


def test_an_english_acronym_stands_right_after_its_name(tmp_path: Path) -> None:
    """ "its Port Environmental Review System certification (PERS)": the acronym abbreviates the name."""
    renewal = {"release.kind": "renewal", **SCHEME, "award.first_awarded": 2019}
    md = checked(tmp_path / "renewal", renewal, NO_LEVEL)
    assert "has renewed its Harbour Safety Review System (HSRS) certification, which" in _lead(md["en"])
    # the Romance languages put the noun first, the acronym after the name as before
    assert "renovou a certificação Harbour Safety Review System (HSRS), que" in _lead(md["pt"])
    assert "la certification Harbour Safety Review System (HSRS), qu’il" in _lead(md["fr"])
    md = checked(tmp_path / "award", SCHEME, NO_LEVEL)
    assert "has achieved Harbour Safety Review System (HSRS) certification." in _lead(md["en"])
    assert "ha obtenido la certificación Harbour Safety Review System (HSRS)." in _lead(md["es"])


def test_a_public_body_is_responsible_for_its_remit(tmp_path: Path) -> None:
    """ "The Ría de Arousa Port Authority, which works in maritime transport": a body is responsible for it."""
    agency = {
        "organisation.name": per_lang(
            "Agência de Águas do Vale Verde",
            "Agencia del Agua del Valle Verde",
            "Vale Verde Water Agency",
            "Agence de l’eau du Vale Verde",
        ),
        "organisation.type": "public body",
        "organisation.gender": "f",
        "organisation.sector": per_lang(
            "a gestão da água", "la gestión del agua", "water management", "la gestion de l’eau"
        ),
    }
    md = drafts(tmp_path, agency)
    assert "The Vale Verde Water Agency, which is responsible for water management, has" in _lead(md["en"])
    assert "A Agência de Águas do Vale Verde, dedicada à gestão da água, obteve" in _lead(md["pt"])
    named = {**agency, "organisation.name": "Vale Verde"}
    assert "Vale Verde, a public body responsible for water management, has" in _lead(drafts(tmp_path, named)["en"])


def test_a_name_s_apostrophe_is_curled_in_every_language(tmp_path: Path) -> None:
    """ "Lloyd’s Register" in English and French, "Lloyd's Register" in Portuguese and Spanish: one mark."""
    md = checked(tmp_path, {"award.assessor": {"name": "Hartley's Marine Survey", "article": False}}, NO_LEVEL)
    for lang, text in md.items():
        assert "Hartley’s Marine Survey" in _lead(text), lang
        assert "Hartley's" not in text, lang


def test_a_figure_line_ends_as_the_others_do(tmp_path: Path) -> None:
    """A `text` typed as a sentence ("… por ano.") among lines without a stop loses its stop; an
    abbreviation's stays."""
    figures = [
        {
            "value": 12,
            "text": per_lang(
                "A obra durou {value} meses.",
                "La obra duró {value} meses.",
                "The works took {value} months.",
                "Le chantier a duré {value} mois.",
            ),
        },
        {
            "value": 40,
            "what": per_lang("empresas associadas", "empresas asociadas", "member companies", "entreprises membres"),
        },
    ]
    md = checked(tmp_path, {"figures": figures})
    assert "- A obra durou 12 meses\n" in md["pt"]
    assert "- La obra duró 12 meses\n" in md["es"]
    assert "- The works took 12 months\n" in md["en"]
    assert "- Le chantier a duré 12 mois\n" in md["fr"]


@pytest.mark.parametrize(
    ("line", "printed"),
    [
        ("A obra durou 12 meses.", "A obra durou 12 meses"),
        ("Três parceiros: Lusoterm S.A.", "Três parceiros: Lusoterm S.A."),
        ("Aço, vidro, cortiça, etc.", "Aço, vidro, cortiça, etc."),
        ("E depois...", "E depois..."),
        ("12 meses de obra", "12 meses de obra"),
    ],
)
def test_without_stop(line: str, printed: str) -> None:
    assert without_stop(line) == printed
