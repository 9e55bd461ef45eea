"""The facts file's texts may give one thing with other numbers and names in each language (a school
year, grades as ages, a river for its valley): a version saying its own language's text is faithful,
and one departing from it is still reported."""

from __future__ import annotations

import shutil
from pathlib import Path

from drafter.checker import check

from .newfacts import checked, per_lang

ABOUT = per_lang(
    "O Conservatório de Ribamar fica no Vale do Loire, a sul de Tours, e ensina 640 alunos do 5.º ao 12.º ano.",
    "El Conservatorio de Ribamar está a orillas del Loira, al sur de Tours, y enseña a 640 alumnos de 10 a 18 años.",
    "Ribamar Conservatoire lies in the Loire Valley, south of Tours, and teaches 640 pupils aged 10 to 18.",
    "Le conservatoire de Ribamar se trouve dans le Val de Loire, au sud de Tours, et accueille 640 élèves "
    "de 10 à 18 ans.",
)
QUOTE = {
    "speaker": "Inês Calado",
    "role": per_lang(
        "aluna do 10.º ano e violinista da orquestra",
        "alumna de 4.º de ESO y violinista de la orquesta",
        "Year 11 pupil and violinist in the orchestra",
        "élève de seconde et violoniste de l’orchestre",
    ),
    "text": per_lang(
        "Tocámos para toda a cidade.",
        "Tocamos para toda la ciudad.",
        "We played for the whole town.",
        "Nous avons joué pour toute la ville.",
    ),
}
CHANGE = {"organisation.about": ABOUT, "quotes": [QUOTE]}


def _findings(folder: Path) -> list[str]:
    """Each finding as 'file: message'."""
    return [f"{Path(f.where.file).name}: {f.message}" for f in check([folder]).findings]


def test_each_version_saying_its_own_languages_text_is_no_difference(tmp_path: Path) -> None:
    md = checked(tmp_path, CHANGE)  # no finding at all, with the facts file beside the drafts
    assert "do 5.º ao 12.º ano" in md["pt"] and "de 10 a 18 años" in md["es"], md
    assert "Year 11 pupil" in md["en"] and "4.º de ESO" in md["es"], md


def test_without_the_facts_file_the_versions_still_differ(tmp_path: Path) -> None:
    checked(tmp_path, CHANGE)
    alone = tmp_path / "alone"
    alone.mkdir()
    for lang in ("pt", "es", "en", "fr"):
        shutil.copy(tmp_path / "release" / f"{lang}.md", alone / f"{lang}.md")
    assert _findings(alone), "the versions give other numbers: only the facts file says they are the same"


def test_a_version_departing_from_its_own_languages_text_is_reported(tmp_path: Path) -> None:
    checked(tmp_path, CHANGE)
    folder = tmp_path / "release"
    es = folder / "es.md"
    es.write_text(es.read_text(encoding="utf-8").replace("de 10 a 18 años", "de 10 a 16 años"), encoding="utf-8")
    found = _findings(folder)
    assert any(f.startswith("es.md") and "16" in f for f in found), found


def test_a_fact_every_languages_text_gives_is_still_missed(tmp_path: Path) -> None:
    checked(tmp_path, CHANGE)
    folder = tmp_path / "release"
    fr = folder / "fr.md"
    fr.write_text(fr.read_text(encoding="utf-8").replace(", au sud de Tours,", ""), encoding="utf-8")
    found = _findings(folder)
    assert any(f.startswith("fr.md") and "Tours" in f for f in found), found


def test_without_facts_an_ordinal_and_a_count_are_not_one_number_mistyped(tmp_path: Path) -> None:
    (tmp_path / "pt.md").write_text(
        "# A orquestra da escola toca em Tours\n\nA violinista Inês Calado, aluna do 10.º ano, tocou a 3 de maio.\n",
        encoding="utf-8",
    )
    (tmp_path / "en.md").write_text(
        "# The school orchestra plays in Tours\n\nViolinist Inês Calado, a Year 11 pupil, played on 3 May.\n",
        encoding="utf-8",
    )
    found = check([tmp_path]).findings
    assert found, "the two versions give other numbers"
    assert not [f for f in found if f.rule == "mismatch"], [f.message for f in found]
    assert {f.severity for f in found} == {"warning"}, [f.message for f in found]
