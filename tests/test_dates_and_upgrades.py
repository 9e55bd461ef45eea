"""Dates known to the month, a release without a dateline date or a media contact, and an upgrade.

A date may be ``2013-03`` where its day is not known: drafted "in March 2013", "em março de
2013", "en marzo de 2013", "en mars 2013", and looked for by ``drafter check`` as a month. The
dateline's date stays a whole day, and may be left out with the media contact. An award may record
the level held before it (``previous``): it then reads as an upgrade in every language.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter import draft
from drafter.checker import check
from drafter.facts.dates import Month

from .newfacts import drafts, facts_file, loaded, per_lang, refused


def _checked(tmp_path: Path, change: dict[str, object], edits: dict[str, tuple[str, str]] | None = None) -> list[str]:
    """Draft the release, make ``edits`` ({lang: (old, new)}), check it: each finding as 'rule key'."""
    folder = tmp_path / "release"
    folder.mkdir(parents=True)
    facts = facts_file(folder, change)
    for lang, md in draft(facts).markdown.items():
        old, new = (edits or {}).get(lang, ("", ""))
        if old:
            assert old in md, (lang, old)
            md = md.replace(old, new, 1)
        (folder / f"{lang}.md").write_text(md, encoding="utf-8")
    return [f"{f.rule} {f.path}" for f in check([folder]).findings]


# --- dates known to the month -------------------------------------------------------------------------


def test_an_award_date_known_to_the_month(tmp_path: Path) -> None:
    assert loaded(tmp_path, {"award.date": "2026-04"}).award.date == Month(2026, 4)
    md = drafts(tmp_path, {"award.date": "2026-04"})
    assert "awarded the label in April 2026." in md["en"]
    assert "atribuiu-lhe o selo em abril de 2026." in md["pt"]
    assert "le concedió el sello en abril de 2026." in md["es"]
    assert "lui a décerné le label en avril 2026." in md["fr"]


def test_a_certificate_valid_until_a_month(tmp_path: Path) -> None:
    change = {
        "release.kind": "certification",
        "award.name": "ISO 50001:2018",
        "award.level": None,
        "award.date": "2025-03",
        "award.valid_until": "2028-03",
    }
    md = drafts(tmp_path, change)
    assert "issued the certificate in March 2025. It is valid until March 2028." in md["en"]
    assert "emitiu o certificado em março de 2025, com validade até março de 2028." in md["pt"]
    assert "emitió el certificado en marzo de 2025, con validez hasta marzo de 2028." in md["es"]
    assert "lui a délivré en mars 2025 un certificat valable jusqu’en mars 2028." in md["fr"]
    day = drafts(tmp_path, {**change, "award.valid_until": "2028-03-01"})
    assert "de 2025, con validez hasta el 1 de marzo de 2028." in day["es"]
    assert "valable jusqu’au 1er mars 2028" in day["fr"]


def test_an_event_and_a_first_award_known_to_the_month(tmp_path: Path) -> None:
    event = {
        "name": per_lang("Feira do Mar", "Feria del Mar", "Sea Fair", "Salon de la mer"),
        "city": "Vigo",
        "date": "2025-10",
    }
    md = drafts(tmp_path, {"release.kind": "prize", "award.name": "Ocean Prize", "event": event})
    assert "held in Vigo in October 2025." in md["en"]
    assert "realizada em Vigo, em outubro de 2025." in md["pt"]
    assert "celebrada en Vigo en octubre de 2025." in md["es"]
    assert "qui s’est tenu à Vigo en octobre 2025." in md["fr"]
    renewal = drafts(tmp_path, {"release.kind": "renewal", "award.first_awarded": "2013-03"})
    assert "which it has held since March 2013." in renewal["en"]
    assert "que obteve pela primeira vez em março de 2013." in renewal["pt"]
    assert "que obtuvo por primera vez en marzo de 2013." in renewal["es"]
    assert "obtenu pour la première fois en mars 2013." in renewal["fr"]
    assert (
        "which it has held since 2013."
        in drafts(tmp_path, {"release.kind": "renewal", "award.first_awarded": 2013})["en"]
    )


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        (
            "award.date",
            "2013-13",
            "2013-13 is not a real month; write YYYY-MM with the month from 01 to 12, like 2013-03",
        ),
        (
            "award.date",
            "2013-3",
            "2013-3 is not a real month; write YYYY-MM with the month from 01 to 12, like 2013-03",
        ),
        (
            "award.date",
            "March 2013",
            "expected a date written YYYY-MM-DD, or YYYY-MM when the day is not known, got 'March 2013'",
        ),
        ("release.date", "2013-03", "expected a date written YYYY-MM-DD, got '2013-03'"),
        (
            "award.first_awarded",
            "2013-00",
            "2013-00 is not a real month; write YYYY-MM with the month from 01 to 12, like 2013-03",
        ),
    ],
)
def test_a_month_that_cannot_be_is_refused(tmp_path: Path, key: str, value: str, message: str) -> None:
    change: dict[str, object] = {key: value}
    if key == "award.first_awarded":
        change["release.kind"] = "renewal"
    assert refused(tmp_path, change) == [f"{key}: {message}"]


def test_an_award_known_to_the_month_at_an_event_of_that_month_is_dated_by_the_event(tmp_path: Path) -> None:
    """The drafts say the event's day and not the month again; check expects the same."""
    event = {"name": per_lang("Feira do Mar", "Feria del Mar", "Sea Fair", "Salon de la mer"), "city": "Vigo"}
    change = {
        "release.kind": "prize",
        "award.name": "Ocean Prize",
        "award.date": "2026-04",
        "event": {**event, "date": "2026-04-12"},
    }
    assert _checked(tmp_path / "one-day", change) == []
    several = {**change, "event": {**event, "date": "2026-04-12", "end": "2026-04-14"}}
    assert _checked(tmp_path / "days", several) == []
    # The event's day edited in one version is still found.
    edits = {"es": ("12 de abril de 2026", "13 de abril de 2026")}
    assert "fact-different event.date" in _checked(tmp_path / "edited", change, edits)


def test_check_finds_a_month_date_as_a_month(tmp_path: Path) -> None:
    change = {"award.date": "2026-04"}
    assert _checked(tmp_path / "a", change) == []
    moved = _checked(tmp_path / "b", change, {"es": ("en abril de 2026", "en mayo de 2026")})
    assert moved == ["fact-different award.date"]
    dayed = _checked(tmp_path / "c", change, {"en": ("in April 2026", "on 17 April 2026")})
    assert sorted(dayed) == ["fact-missing award.date", "orphan "]  # 17 April 2026: a day the facts do not have


# --- no dateline date, no media contact ----------------------------------------------------------------


def test_no_dateline_date_leaves_no_dangling_comma(tmp_path: Path) -> None:
    md = drafts(tmp_path, drop=("release.date",))
    assert (
        "**Aveiro** – Habitat, a sustainable construction organisation" in md["en"]
    )  # an English dateline ends in a dash
    assert "**Aveiro.** O Habitat, uma organização" in md["pt"]
    assert "**Aveiro.** Habitat, una organización" in md["es"]
    assert "**Aveiro.** Habitat, une organisation" in md["fr"]
    assert loaded(tmp_path, drop=("release.date",)).release.date is None


def test_no_contact_leaves_no_heading(tmp_path: Path) -> None:
    md = drafts(tmp_path, drop=("contact",))
    headings = {lang: [line for line in text.splitlines() if line.startswith("## ")] for lang, text in md.items()}
    assert headings == {
        "pt": ["## Sobre o Habitat"],
        "es": ["## Acerca de Habitat"],
        "en": ["## About Habitat"],
        "fr": ["## À propos d’Habitat"],  # elided before a mute h; "de Hambourg" before an aspirated one
    }
    for text in md.values():
        assert text.endswith("[www.habitat.example](https://www.habitat.example)\n")


def test_check_needs_no_contact_or_date_that_the_facts_leave_out(tmp_path: Path) -> None:
    assert _checked(tmp_path, {}, {}) == []
    folder = tmp_path / "none"
    folder.mkdir()
    facts = facts_file(folder, None, ("release.date", "contact"))
    for lang, md in draft(facts).markdown.items():
        (folder / f"{lang}.md").write_text(md, encoding="utf-8")
    assert check([folder]).findings == ()


# --- an upgrade ----------------------------------------------------------------------------------------


def test_an_upgrade_reads_as_one_in_every_language(tmp_path: Path) -> None:
    md = drafts(tmp_path, {"award.previous": {"level": "bronze", "year": 2013}, "organisation.type": "cluster"})
    assert "Excellence Label at Gold level, up from the Bronze level it reached in 2013." in md["en"]
    assert "passou do nível Bronze, que obteve em 2013, para o nível Ouro do Cluster Management" in md["pt"]
    assert "ha ascendido del nivel Bronce, que obtuvo en 2013, al nivel Oro del Cluster Management" in md["es"]
    assert "Cluster Management Excellence Label, après avoir décroché le niveau Bronze en 2013." in md["fr"]
    assert md["en"].startswith("# Habitat moves up to the Gold Cluster Management Excellence Label")
    assert md["pt"].startswith("# Habitat sobe ao nível Ouro do Cluster Management Excellence Label")
    assert md["es"].startswith("# Habitat sube al nivel Oro del Cluster Management Excellence Label")
    assert md["fr"].startswith("# Habitat passe au niveau Or du Cluster Management Excellence Label")
    spanish = drafts(
        tmp_path, {"award.previous": {"level": "silver", "year": 2019}, "organisation.article": {"es": True}}
    )
    assert "sostenible, ha ascendido del nivel Plata, que obtuvo en 2019, al nivel Oro" in spanish["es"]
    assert "había obtenido" not in spanish["es"]  # the upgrade is told once, in the lead


def test_an_upgrade_must_go_up_and_come_before(tmp_path: Path) -> None:
    assert refused(tmp_path, {"award.previous": {"level": "gold", "year": 2013}}) == [
        "award.previous.level: gold is not below the level awarded now (gold); "
        "an upgrade moves up: correct one of them, or remove previous"
    ]
    assert refused(tmp_path, {"award.previous": {"level": "bronze", "year": 2027}}) == [
        "award.previous.year: 2027 is after the award's date (2026-04-28); the level held before came first"
    ]
    assert refused(tmp_path, {"award.previous": {"level": "bronze"}}) == [
        "award.previous.year: missing; this fact is required (The year it was obtained)"
    ]
    assert refused(tmp_path, {"release.kind": "renewal", "award.previous": {"level": "bronze", "year": 2013}}) == [
        "award.previous: is for an award only; this release is a renewal: remove it"
    ]


def test_check_finds_the_level_and_year_held_before(tmp_path: Path) -> None:
    change = {"award.previous": {"level": "bronze", "year": 2013}}
    assert _checked(tmp_path / "a", change) == []
    found = _checked(tmp_path / "b", change, {"pt": ("que obteve em 2013", "que obteve em 2012")})
    assert found == ["fact-different award.previous.year"]
    cut = {"en": (", up from the Bronze level it reached in 2013.", ".")}
    dropped = _checked(tmp_path / "c", change, cut)
    assert sorted(dropped) == ["fact-missing award.previous.level", "fact-missing award.previous.year"]
