"""A certificate named once: a name that already says it is a certification, a label or a seal, in
any of the four languages, is not preceded by the generic noun again ("la certificación Biosphere
Sustainable Tourism Certification"), and takes the article of the word that says it (el sello, la
certification, o selo); any other name keeps the generic noun ("la certificación B Corp")."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from drafter import draft
from drafter.checker import check

from .newfacts import LANGS4, facts_file, per_lang


def _certification(name: str | dict[str, str]) -> dict[str, Any]:
    return {
        "release.kind": "certification",
        "award.level": None,
        "award.name": name,
        "award.launched": 2009,
        "benefits": [per_lang("novos clientes", "nuevos clientes", "new customers", "de nouveaux clients")],
    }


def _lines(tmp_path: Path, name: str | dict[str, str]) -> dict[str, list[str]]:
    """Each language's headline, lead, origin and benefits line: the lines that name the certificate."""
    folder = tmp_path / "release"
    folder.mkdir()
    facts = facts_file(folder, _certification(name))
    out = {}
    for lang, text in draft(facts).markdown.items():
        (folder / f"{lang}.md").write_text(text, encoding="utf-8")
        out[lang] = [line for line in text.splitlines() if "2009" in line or line.startswith(("# ", "**"))]
    assert check([folder]).findings == ()  # the checker reads the name however it is introduced
    return out


BIOSPHERE = "Biosphere Sustainable Tourism Certification"


def test_a_name_that_says_certification_is_not_preceded_by_it(tmp_path: Path) -> None:
    lines = _lines(tmp_path, BIOSPHERE)
    assert lines["es"][0] == f"# Habitat obtiene la {BIOSPHERE}"
    # s19: the history's one sentence runs on in the lead (drafter/paragraphs.py)
    assert f"ha obtenido la {BIOSPHERE}." in lines["es"][1]
    assert lines["es"][1].endswith(f". La {BIOSPHERE} se creó en 2009.")
    assert lines["fr"][0] == f"# Habitat obtient la {BIOSPHERE}"
    assert f"a obtenu la {BIOSPHERE}." in lines["fr"][1]
    assert lines["fr"][1].endswith(f". La {BIOSPHERE} a été créée en 2009.")
    assert lines["pt"][0] == f"# Habitat obtém a {BIOSPHERE}"
    assert lines["pt"][1].endswith(f" A {BIOSPHERE} foi criada em 2009.")
    assert lines["en"][0] == f"# Habitat achieves the {BIOSPHERE}"
    for lang in LANGS4:
        assert not re.search(r"(?i)certifica\w* [^.\n]*Certification", "\n".join(lines[lang])), lang


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        # A seal in Spanish, a label in French: the word that says it gives the article and the agreement.
        (
            "Sello de Municipio Sostenible",
            per_lang(
                "O Sello de Municipio Sostenible foi criado em 2009.",
                "El Sello de Municipio Sostenible se creó en 2009.",
                "The Sello de Municipio Sostenible was created in 2009.",
                "Le Sello de Municipio Sostenible a été créé en 2009.",
            ),
        ),
        (
            "Label Qualité Sport",
            per_lang(
                "O Label Qualité Sport foi criado em 2009.",
                "El Label Qualité Sport se creó en 2009.",
                "The Label Qualité Sport was created in 2009.",
                "Le Label Qualité Sport a été créé en 2009.",
            ),
        ),
        # French elides before the name; a word anywhere in the name says what it is.
        (
            "Accréditation Cofrac",
            per_lang(
                "A Accréditation Cofrac foi criada em 2009.",
                "La Accréditation Cofrac se creó en 2009.",
                "The Accréditation Cofrac was created in 2009.",
                "L’Accréditation Cofrac a été créée en 2009.",
            ),
        ),
        (
            "Seal of Excellence",
            per_lang(
                "O Seal of Excellence foi criado em 2009.",
                "El Seal of Excellence se creó en 2009.",
                "The Seal of Excellence was created in 2009.",
                "Le Seal of Excellence a été créé en 2009.",
            ),
        ),
        # A name that does not say what it is keeps the generic noun.
        (
            "B Corp",
            per_lang(
                "A certificação B Corp foi criada em 2009.",
                "La certificación B Corp se creó en 2009.",
                "B Corp certification was created in 2009.",
                "La certification B Corp a été créée en 2009.",
            ),
        ),
    ],
)
def test_the_word_that_names_it_gives_the_article(tmp_path: Path, name: str, expected: dict[str, str]) -> None:
    lines = _lines(tmp_path, name)
    # s19: the history's one sentence runs on in the lead (drafter/paragraphs.py)
    assert {lang: lines[lang][1][-len(expected[lang]) :] for lang in LANGS4} == expected


def test_a_name_given_per_language_is_judged_in_each(tmp_path: Path) -> None:
    """The draft's own language's name decides: "Selo Verde" in pt, "Green Standard" in en."""
    name = per_lang("Selo Verde", "Distintivo Verde", "Green Standard", "Label Vert")
    lines = _lines(tmp_path, name)
    assert lines["pt"][0] == "# Habitat obtém o Selo Verde"
    assert lines["es"][0] == "# Habitat obtiene el Distintivo Verde"
    assert lines["en"][0] == "# Habitat achieves Green Standard certification"
    assert lines["fr"][0] == "# Habitat obtient le Label Vert"


def test_english_names_a_bare_certificate_the_same_way_throughout(tmp_path: Path) -> None:
    """The sentences award.md writes name it as certification.md does: never "The B Corp is recognised…"."""
    change = {**_certification("B Corp"), "award.backed_by": {"name": "B Lab", "article": False}}
    md = draft(facts_file(tmp_path, change, drop=("award.launched",))).markdown["en"]
    assert "B Corp certification is recognised and promoted by B Lab." in md
    assert "The B Corp" not in md
