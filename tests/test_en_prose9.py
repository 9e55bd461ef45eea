"""British English drafts as a native press editor would pass them, on facts the examples lack.

Each test pins one class an editor marked: the line before a prize's or a grant's benefits names
who gets them ("brings its winners", "brings its grant holders"), where "brings its holders" would
make a prize's winners or a programme's grantees its owners; a country whose CLDR name is written
for menus ("Trinidad & Tobago", "Cocos (Keeling) Islands") is written as a sentence writes it, with
"the" where a sentence needs it ("from the Isle of Man"); and "a", not "an", before a type of one's
own that starts with a "u" said "you" ("a UK charity", "a Ukrainian network"); an accreditation is
granted, and it is the accreditation, not "the certificate", that is valid until a date; and a
sentence that opens with a trade before a person's name ("Winemaker Ana Lima…") is no name that
drafter check looks for in the other versions.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from drafter import draft
from drafter.checker import check

from .newfacts import facts_file, per_lang

PRIZE: dict[str, Any] = {
    "release.kind": "prize",
    "award.name": per_lang("Grande Medalha de Ouro", "Gran Medalla de Oro", "Grand Gold Medal", "Grande Médaille d’or"),
    "award.gender": "f",
    "award.date": "2026-03-06",
    "award.issuer": {"name": "International Federation of Mountain Wines", "acronym": "FIVM", "gender": "f"},
    "event": {
        "name": per_lang("Concurso dos Vinhos", "Concurso de Vinos", "Mountain Wine Competition", "Concours des vins"),
        "city": "Aosta",
        "country": "IT",
        "date": "2026-03-04",
        "end": "2026-03-06",
        "gender": "m",
    },
}
GRANT: dict[str, Any] = {
    "release.kind": "grant",
    "award.name": per_lang("Programa Mar Vivo", "Programa Mar Vivo", "Living Sea Programme", "Programme Mer vivante"),
    "grant": {"amount": 250000, "project": per_lang("o projeto X", "el proyecto X", "project X", "le projet X")},
}
BENEFITS = [per_lang("maior visibilidade", "mayor visibilidad", "greater visibility", "une visibilité accrue")]
NO_LEVEL = ("award.level",)


def _en(tmp_path: Path, change: dict[str, Any], drop: tuple[str, ...] = NO_LEVEL) -> str:
    return draft(facts_file(tmp_path, change, drop)).markdown["en"]


def _checked(tmp_path: Path, change: dict[str, Any], drop: tuple[str, ...] = NO_LEVEL) -> str:
    """The English draft, after drafter check has found every fact in every version."""
    folder = tmp_path / "release"
    folder.mkdir()
    for lang, text in draft(facts_file(folder, change, drop)).markdown.items():
        (folder / f"{lang}.md").write_text(text, encoding="utf-8")
    assert [f"{f.rule} {f.path}" for f in check([folder]).findings] == []
    return (folder / "en.md").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("change", "said"),
    [
        (PRIZE, "The winners of the Grand Gold Medal receive:\n\n- Greater visibility"),
        (GRANT, "Grant holders under the Living Sea Programme benefit from:\n\n- Greater visibility"),
        ({**GRANT, "award.name": "Horizon Europe"}, "Grant holders under Horizon Europe benefit from:"),
        ({}, "Holders of the Cluster Management Excellence Label benefit from:"),
    ],
)
def test_the_benefits_name_who_gets_them(tmp_path: Path, change: dict[str, Any], said: str) -> None:
    md = _checked(tmp_path, {**change, "benefits": BENEFITS}, NO_LEVEL if change else ())
    assert said in md
    if change:
        assert "brings its holders" not in md


@pytest.mark.parametrize(
    ("countries", "said"),
    [
        (
            ["TT", "KN", "AG"],
            "(one from Trinidad and Tobago, one from St Kitts and Nevis and one from Antigua and Barbuda)",
        ),
        (["IM", "IM"], "two partners from the Isle of Man to develop"),
        (["TC", "ES"], "one from the Turks and Caicos Islands and one from Spain"),
    ],
)
def test_a_country_is_written_as_a_sentence_writes_it(tmp_path: Path, countries: list[str], said: str) -> None:
    partnership = {
        "project": per_lang("um projeto", "un proyecto", "a project", "un projet"),
        "partners": [{"country": c} for c in countries],
    }
    md = _checked(tmp_path, {"partnership": partnership}, ())
    assert said in md
    assert "&" not in md


def test_a_named_partner_s_country_has_no_bracket_of_its_own(tmp_path: Path) -> None:
    partnership = {
        "project": per_lang("um projeto", "un proyecto", "a project", "un projet"),
        "partners": [{"name": "Keeling Reef Lab", "country": "CC"}, {"name": "Sal Rei", "country": "CV"}],
    }
    md = _checked(tmp_path, {"partnership": partnership}, ())
    assert "Keeling Reef Lab (Cocos Islands)" in md


@pytest.mark.parametrize(
    ("word", "said"),
    [
        ("UK charity", "Habitat, a UK charity in the sustainable construction sector,"),
        ("Ukrainian network", "Habitat, a Ukrainian network in the"),
        ("urology clinic", "Habitat, a urology clinic in the"),
        ("US company", "Habitat, a US company in the"),
        ("unlisted company", "Habitat, an unlisted company in the"),
        ("umbrella body", "Habitat, an umbrella body in the"),
        ("university spin-off", "Habitat, a university spin-off in the"),
    ],
)
def test_a_u_said_you_takes_a(tmp_path: Path, word: str, said: str) -> None:
    kind = per_lang("organização", "organización", word, "organisation")
    assert said in _en(tmp_path, {"organisation.type": kind, "organisation.gender": "f"}, ())


CERTIFIED: dict[str, Any] = {
    "release.kind": "certification",
    "release.date": "2026-05-29",
    "award.name": per_lang(
        "Acreditação de Qualidade Assistencial",
        "Acreditación de Calidad Asistencial",
        "Quality of Care Accreditation",
        "Accréditation Qualité des soins",
    ),
    "award.gender": "f",
    "award.date": "2026-05-27",
    "award.valid_until": "2031-05-26",
    "award.issuer": {"name": "Galician Healthcare Quality Agency", "acronym": "ACSG", "gender": "f"},
    "award.assessor": {"name": "Iberian Institute for Clinical Evaluation", "acronym": "IIEC"},
}


@pytest.mark.parametrize(
    ("change", "said"),
    [
        (
            {},
            "Following an audit by the Iberian Institute for Clinical Evaluation (IIEC), the Galician Healthcare "
            "Quality Agency (ACSG) granted the accreditation on 27 May 2026. It is valid until 26 May 2031.",
        ),
        # The name in Spanish in every draft: its noun still says it is an accreditation.
        (
            {"award.name": "Acreditación de Calidad Asistencial"},
            "granted the accreditation on 27 May 2026",
        ),
        # A certificate is still issued, and a label awarded.
        ({"award.name": "ISO 9001:2015", "award.gender": "f"}, "issued the certificate on 27 May 2026"),
        ({"award.name": "Safe Water Seal", "award.gender": "m"}, "awarded the seal on 27 May 2026"),
    ],
)
def test_an_accreditation_is_granted_not_issued(tmp_path: Path, change: dict[str, Any], said: str) -> None:
    md = _checked(tmp_path, {**CERTIFIED, **change})
    assert said in md
    if "ccreditation" in said:
        assert "certificate" not in md


@pytest.mark.parametrize("role", ["Headteacher", "Winemaker", "Oenologist", "Physiotherapist", "Helmsman"])
def test_a_trade_before_a_name_is_not_part_of_it(tmp_path: Path, role: str) -> None:
    meaning = per_lang(
        "A diretora Ana Lima recebeu o selo.",
        "La directora Ana Lima recibió el sello.",
        f"{role} Ana Lima received the label.",
        "La directrice Ana Lima a reçu le label.",
    )
    assert f"{role} Ana Lima received the label." in _checked(tmp_path, {"award.meaning": meaning}, ())
