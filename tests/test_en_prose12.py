"""British English drafts as a native press editor would pass them, on facts the examples lack (eighth pass).

Each test pins one class an editor marked: a laboratory or an inspection body is accredited, never
certified, to a standard of conformity assessment ("have been accredited to ISO/IEC 17025:2017", "UKAS
granted the accreditation"), while a management standard is still certified to; a body whose name ends
with its initials is a brand, named without "the" ("Advance HE awarded the label"), unlike one whose
initials stand inside its name; a prize whose name is a phrase that says no noun, as a title "of the
Year" is, goes without "the" ("wins Campaign of the Year"), and with a level is that level's award for it;
a speaker's apostrophe is printed as the apostrophe (O’Donnell); and a
figure whose own words start with a scale word ("{value} million uniforms" with 1.2) is found by
drafter check as the 1,200,000 every draft writes, not reported as a different number.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from .newfacts import checked, per_lang

NO_LEVEL = ("award.level",)


def _checked(tmp_path: Path, change: dict[str, Any], drop: tuple[str, ...] = ()) -> str:
    """The English draft, after drafter check has found every fact in every version."""
    return checked(tmp_path, change, drop)["en"]


CERTIFIED: dict[str, Any] = {
    "release.kind": "certification",
    "award.date": "2026-01-29",
    "award.valid_until": "2030-01",
    "award.issuer": {"name": "United Kingdom Accreditation Service", "acronym": "UKAS"},
}


@pytest.mark.parametrize("standard", ["ISO/IEC 17025:2017", "ISO 15189:2022", "ISO/IEC 17020:2012"])
def test_a_conformity_assessment_standard_is_accredited_not_certified(tmp_path: Path, standard: str) -> None:
    md = _checked(tmp_path, {**CERTIFIED, "award.name": standard}, NO_LEVEL)
    assert md.startswith(f"# Habitat achieves {standard} accreditation\n")
    assert f"has been accredited to {standard}." in md
    assert (
        "The United Kingdom Accreditation Service (UKAS) granted the accreditation on 29 January 2026. "
        "It is valid until January 2030."
    ) in md
    assert "certif" not in md.split("## About")[0]


@pytest.mark.parametrize("standard", ["ISO 9001:2015", "ISO/IEC 27001:2022"])
def test_a_management_standard_is_still_certified_to(tmp_path: Path, standard: str) -> None:
    md = _checked(tmp_path, {**CERTIFIED, "award.name": standard}, NO_LEVEL)
    assert md.startswith(f"# Habitat achieves {standard} certification\n")
    assert f"has been certified to {standard}." in md
    assert "issued the certificate on 29 January 2026" in md


@pytest.mark.parametrize(
    ("issuer", "said"),
    [
        ({"name": "Advance HE", "type": "public body"}, "Advance HE awarded the label on 28 April 2026."),
        ({"name": "Age NI"}, "Age NI awarded the label on 28 April 2026."),
        ({"name": "Sport NI", "type": "public body"}, "Sport NI awarded the label on 28 April 2026."),
        # Initials inside the name, or a name of capitals, keep the language's habit.
        ({"name": "Leeds NHS Charitable Trust"}, "The Leeds NHS Charitable Trust awarded the label"),
        ({"name": "Institute of Physics UK"}, "The Institute of Physics UK awarded the label"),
    ],
)
def test_a_body_named_with_its_initials_last_goes_without_the(
    tmp_path: Path, issuer: dict[str, Any], said: str
) -> None:
    md = _checked(tmp_path, {"award.issuer": issuer})
    assert said in md
    if not said.startswith("The "):
        assert f"The {issuer['name']}" not in md and f"the {issuer['name']}" not in md


PRIZE: dict[str, Any] = {
    "release.kind": "prize",
    "award.date": "2025-11-24",
    "award.issuer": {"name": "Society of Regional Editors", "acronym": "SRE"},
    "event": {"name": "Regional Press Awards", "city": "London", "country": "GB", "date": "2025-11-24"},
}


@pytest.mark.parametrize("name", ["Campaign of the Year", "Newspaper of the Year", "Best in Show"])
def test_a_prize_named_by_a_phrase_goes_without_the(tmp_path: Path, name: str) -> None:
    md = _checked(tmp_path, {**PRIZE, "award.name": name}, NO_LEVEL)
    assert md.startswith(f"# Habitat wins {name} at the Regional Press Awards\n")
    assert f"has won {name} at the Regional Press Awards, held in London, the United Kingdom" in md or (
        f"has won {name} at the Regional Press Awards, held in London" in md
    )
    assert f"the {name}" not in md
    assert "The Society of Regional Editors (SRE) presented the award." in md


def test_a_phrase_prize_with_a_level_is_that_level_s_award(tmp_path: Path) -> None:
    md = _checked(tmp_path, {**PRIZE, "award.name": "Campaign of the Year", "award.level": "gold"})
    assert md.startswith("# Habitat wins the Gold award for Campaign of the Year at the Regional Press Awards\n")
    # A prize whose name says its noun keeps "the", its metal what was won in it (s19: tests/test_prize_levels.py).
    md = _checked(tmp_path / "b", {**PRIZE, "award.name": "Regional Journalism Prize", "award.level": "gold"})
    assert md.startswith("# Habitat wins gold in the Regional Journalism Prize at the Regional Press Awards\n")


@pytest.mark.parametrize("speaker", ["Claire O'Donnell", "Seán D'Arcy"])
def test_a_speaker_s_apostrophe_is_the_apostrophe(tmp_path: Path, speaker: str) -> None:
    text = per_lang("Obrigada.", "Gracias.", "Thank you.", "Merci.")
    quote = {"speaker": speaker, "role": per_lang("diretora", "directora", "editor", "rédactrice"), "text": text}
    md = _checked(tmp_path, {"quotes": [quote]})
    assert f"— **{speaker.replace(chr(39), '’')}**, editor" in md


@pytest.mark.parametrize(
    ("value", "line", "said"),
    [
        (1.2, "The NHS throws away about {value} million uniforms a year", "about 1.2 million uniforms"),
        (3, "Some {value} million visitors came in 2025", "Some three million visitors"),
    ],
)
def test_a_figure_with_its_own_scale_word_is_found_by_the_check(
    tmp_path: Path, value: float, line: str, said: str
) -> None:
    lines = {
        "pt": line.replace("million", "milhões de"),
        "es": line.replace("million", "millones de"),
        "en": line,
        "fr": line.replace("million", "millions de"),
    }
    md = _checked(tmp_path, {"figures": [{"value": value, "text": lines}]})
    assert said in md


def test_a_figure_with_its_own_scale_word_changed_by_hand_is_still_reported(tmp_path: Path) -> None:
    from drafter.checker import check

    lines = per_lang(
        "Cerca de {value} milhões de visitantes",
        "Unos {value} millones de visitantes",
        "About {value} million visitors",
        "Environ {value} millions de visiteurs",
    )
    md = checked(tmp_path, {"figures": [{"value": 1.2, "text": lines}]})
    folder = tmp_path / "release"
    (folder / "en.md").write_text(md["en"].replace("1.2 million", "1.3 million"), encoding="utf-8")
    found = [(f.rule, f.path) for f in check([folder]).findings]
    assert any(rule == "fact-different" for rule, _ in found), found
