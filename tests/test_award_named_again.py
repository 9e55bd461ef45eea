"""Portuguese names an award again by the noun its name says, as Spanish and French do: "atribuiu-lhe o
selo" (its validity then leaves the subject implicit: "Tem validade…"), never "a distinção" for a label
(a name that says no noun keeps it)."""

from __future__ import annotations

from pathlib import Path

from .newfacts import checked


def test_a_label_is_named_again_as_a_seal_in_portuguese(tmp_path: Path) -> None:
    # after an assessor the validity has a sentence of its own, which names the award again
    md = checked(tmp_path, {"award.valid_until": "2029-05", "award.assessor": {"name": "Certivale"}})
    assert "atribuiu-lhe o selo a 28 de abril de 2026" in md["pt"], md["pt"]
    # s19: after an assessment, by its noun again (a pronoun would stand for the assessment)
    assert "pela Certivale. O selo tem validade até maio de 2029." in md["pt"], md["pt"]
    assert "distinção" not in md["pt"]


def test_a_name_that_says_no_noun_keeps_the_distinction(tmp_path: Path) -> None:
    md = checked(tmp_path, {"award.name": "Cluster Excellence", "award.level": None})
    assert "atribuiu-lhe a distinção" in md["pt"], md["pt"]
