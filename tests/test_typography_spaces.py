"""French prints a no-break space at its marks: narrow (U+202F) before ; ! ?, word-wide (U+00A0) before :
and inside « », as the templates write them. A text of the facts typed with an ordinary space there, or
none, gets the right one, so that a CMS never wraps a line before the mark; web addresses, e-mails,
times and code stay as written, and ``drafter check`` reads the draft against its facts as before."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from drafter import draft
from drafter.checker import check
from drafter.lang import words
from drafter.typography import apostrophes, nested, spaced

from .newfacts import LANGS4, facts_file, per_lang

FR = words("fr")
NARROW, WIDE = "\u202f", "\u00a0"


@pytest.mark.parametrize(
    ("typed", "printed"),
    [
        ("Bravo !", f"Bravo{NARROW}!"),
        ("Bravo!", f"Bravo{NARROW}!"),
        ("Pourquoi ? Parce que", f"Pourquoi{NARROW}? Parce que"),
        ("d’abord ; ensuite", f"d’abord{NARROW}; ensuite"),
        ("une priorité : l’eau", f"une priorité{WIDE}: l’eau"),
        ("une priorité: l’eau", f"une priorité{WIDE}: l’eau"),
        ("le label « Or » reste", f"le label «{WIDE}Or{WIDE}» reste"),
        ("le label «Or» reste", f"le label «{WIDE}Or{WIDE}» reste"),
        (f"Bravo{WIDE}!", f"Bravo{NARROW}!"),  # the wrong no-break space made the right one
        ("Vraiment ?!", f"Vraiment{NARROW}?!"),  # one space, before the first mark only
        ("Et alors… ?", f"Et alors…{NARROW}?"),
        ("Voir www.example.org : la carte", f"Voir www.example.org{WIDE}: la carte"),
        ("Écrire à presse@example.org ; merci", f"Écrire à presse@example.org{NARROW}; merci"),
        ("« »", f"«{WIDE}»"),
    ],
)
def test_a_mark_gets_its_no_break_space(typed: str, printed: str) -> None:
    assert apostrophes(typed, FR) == printed


@pytest.mark.parametrize(
    "typed",
    [
        "à 10:30 précises",
        "la norme ISO 50001:2018",
        "un rapport de 3:1",
        "https://example.org/carte?zone=nord;page=2!",
        "www.example.org/a:b",
        "mailto:presse@example.org",
        "la commande `make test; make demo` suffit",
        "«»",
        "! au début",
    ],
)
def test_addresses_times_and_code_stay_as_written(typed: str) -> None:
    assert apostrophes(typed, FR) == typed


@pytest.mark.parametrize("lang", [lang for lang in LANGS4 if lang != "fr"])
def test_other_languages_keep_their_spaces(lang: str) -> None:
    typed = "Bravo ! Note : « oui » ; fin ?"
    assert spaced(typed, words(lang)) == typed


def test_a_quotation_inside_a_quote_keeps_its_marks_and_gets_the_spaces() -> None:
    """Guillemets typed inside a quote become the inner marks, “…”, which take no space in French."""
    said = nested("Nous avons dit « Bravo ! » : c’est fait", FR)
    assert said == f"Nous avons dit “Bravo{NARROW}!”{WIDE}: c’est fait"


PIECES = ["a", "1", " ", " ", NARROW, WIDE, "\n", ":", ";", "!", "?", "«", "»", "…", ".", "`", "@", "www.", "https://"]
TEXT = st.lists(st.sampled_from(PIECES), max_size=16).map("".join)
"""Texts of the pieces where spacing can go wrong: marks, spaces of each kind, and the starts of code."""


@settings(max_examples=400, deadline=None, derandomize=True, database=None)
@given(TEXT)
@example("« »")
@example(f"a{WIDE} :\n: «b »!")
def test_spacing_is_stable_and_changes_only_spaces(text: str) -> None:
    once = spaced(text, FR)
    assert spaced(once, FR) == once, "spacing twice changes nothing"
    assert re.sub(r"[^\S\n]", "", once) == re.sub(r"[^\S\n]", "", text), "only spaces are added or changed"
    if not re.search(r"[^\S\n]{2}", text):
        assert not re.search(r"[^\S\n]{2}", once), "a space is put where there was one or none, never beside one"
    if not set(text) & set(";:!?«»%"):
        assert once == text, "a text without these marks is as it was"


@settings(max_examples=200, deadline=None, derandomize=True, database=None)
@given(st.text(max_size=60))
def test_any_text_without_the_marks_is_unchanged(text: str) -> None:
    plain = re.sub("[;:!?«»%]", "", text)
    assert spaced(plain, FR) == plain


QUOTE = {
    "speaker": "Ana Lopes",
    "role": per_lang("diretora", "directora", "director", "directrice"),
    "text": per_lang(
        "Uma prioridade: a água, em 12 cidades. Parabéns!",
        "Una prioridad: el agua, en 12 ciudades. ¡Enhorabuena!",
        "One priority: water, in 12 cities. Well done!",
        "Une priorité : l’eau, dans 12 villes. Bravo ! Rendez-vous à 10:30 ; venez nombreux.",
    ),
}
ABOUT = per_lang(
    "O Habitat reúne empresas da construção.",
    "Habitat reúne a empresas de la construcción.",
    "Habitat brings together building companies.",
    "Habitat réunit des entreprises du bâtiment : « bâtir mieux » ? Voir www.habitat.example.",
)


def test_a_french_draft_prints_the_spaces_and_check_stays_clean(tmp_path: Path) -> None:
    folder = tmp_path / "release"
    folder.mkdir()
    facts = facts_file(folder, {"quotes": [QUOTE], "organisation.about": ABOUT})
    drafted = draft(facts)
    for lang, text in drafted.markdown.items():
        (folder / f"{lang}.md").write_text(text, encoding="utf-8")
    fr, en = drafted.files("txt")["fr.txt"], drafted.files("txt")["en.txt"]
    said = f"Une priorité{WIDE}: l’eau, dans 12 villes. Bravo{NARROW}! Rendez-vous à 10:30{NARROW}; venez nombreux."
    assert said in fr
    assert f"du bâtiment{WIDE}: «{WIDE}bâtir mieux{WIDE}»{NARROW}? Voir www.habitat.example." in fr
    assert "One priority: water, in 12 cities. Well done!" in en
    assert [f"{f.rule} {f.path}" for f in check([folder], facts=facts).findings] == []
    path = folder / "fr.md"  # a version whose spaces a CMS made ordinary again reads the same
    path.write_text(path.read_text(encoding="utf-8").replace(NARROW, " ").replace(WIDE, " "), encoding="utf-8")
    assert [f"{f.rule} {f.path}" for f in check([folder], facts=facts).findings] == []
    path.write_text(path.read_text(encoding="utf-8").replace("dans 12 villes", "dans 13 villes"), encoding="utf-8")
    assert check([folder], facts=facts).findings, "a number changed by hand beside the spaces is still found"
