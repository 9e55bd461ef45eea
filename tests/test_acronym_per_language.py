"""An acronym may differ by language, as the EU's bodies' do (EIB in English, BEI in the others): each draft
writes its own, `drafter check` expects its own in each version and takes them for one body."""

from __future__ import annotations

from pathlib import Path

from drafter.checker import check

from .newfacts import checked, facts_file, per_lang, refused

EIB = {
    "name": per_lang(
        "Banco Europeu de Investimento",
        "Banco Europeo de Inversiones",
        "European Investment Bank",
        "Banque européenne d’investissement",
    ),
    "acronym": per_lang("BEI", "BEI", "EIB", "BEI"),
}


def test_each_language_writes_its_own_acronym_and_the_check_passes(tmp_path: Path) -> None:
    md = checked(tmp_path, {"award.issuer": EIB})
    assert "Banco Europeo de Inversiones (BEI)" in md["es"]
    assert "European Investment Bank (EIB)" in md["en"]
    assert "Banque européenne d’investissement (BEI)" in md["fr"]
    assert "EIB" not in md["es"] + md["pt"] + md["fr"]
    assert "BEI" not in md["en"]


def test_another_acronym_in_one_version_is_reported(tmp_path: Path) -> None:
    md = checked(tmp_path, {"award.issuer": EIB})
    folder = tmp_path / "edited"
    folder.mkdir()
    facts_file(folder, {"award.issuer": EIB})
    for lang, text in md.items():
        (folder / f"{lang}.md").write_text(text.replace("(BEI)", "(BIE)") if lang == "es" else text, encoding="utf-8")
    found = [(f.rule, f.path) for f in check([folder]).findings if f.severity == "error"]
    assert ("fact-missing", "award.issuer.acronym") in found, found


def test_a_partners_acronym_per_language_needs_its_name(tmp_path: Path) -> None:
    partner = {"country": "ES", "acronym": per_lang("CSIC", "CSIC", "CSIC", "CSIC")}
    change = {
        "partnership": {
            "project": per_lang("um projeto", "un proyecto", "a project", "un projet"),
            "partners": [partner],
        }
    }
    assert any("acronym" in problem and "name" in problem for problem in refused(tmp_path, change))
