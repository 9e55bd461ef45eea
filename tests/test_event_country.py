"""A prize's event is placed by its city, and by its country only when that is not the organisation's
own (the "About" section says where the organisation is): the same rule in every language, for an
organisation of any country, not only Portugal's."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter import draft

from .newfacts import LANGS4, facts_file, per_lang

SPAIN = per_lang("Vigo (Espanha)", "Vigo (España)", "Vigo, Spain,", "Vigo, en Espagne,")


def _places(tmp_path: Path, org: str, event: str) -> dict[str, str]:
    """Each language's lead, from the event's city to its date."""
    change = {
        "release.kind": "prize",
        "award.level": None,
        "organisation.country": org,
        "award.name": per_lang("Prémio Inovar", "Premio Innovar", "Innovate Prize", "Prix Innover"),
        "event": {"name": "Expo Habitat", "city": "Vigo", "country": event, "date": "2025-09-10", "gender": "f"},
    }
    out = {}
    for lang, text in draft(facts_file(tmp_path, change)).markdown.items():
        lead = next(line for line in text.splitlines() if line.startswith("**"))
        out[lang] = lead[lead.index("Vigo") : lead.index("10")].strip()
    return out


@pytest.mark.parametrize(("org", "shown"), [("ES", False), ("PT", True), ("FR", True)])
def test_the_event_country_is_left_out_when_it_is_the_organisations(tmp_path: Path, org: str, shown: bool) -> None:
    places = _places(tmp_path, org, "ES")
    for lang in LANGS4:
        assert (SPAIN[lang] in places[lang]) is shown, (lang, places[lang])
        assert places[lang].startswith("Vigo"), (lang, places[lang])


def test_portugal_is_not_special(tmp_path: Path) -> None:
    """An event in Portugal is placed in Portugal for a Spanish company, in Portuguese as in the others."""
    places = _places(tmp_path, "ES", "PT")
    assert places["pt"] == "Vigo (Portugal) a"
    assert places["es"] == "Vigo (Portugal) el"
    assert all("Portugal" in places[lang] for lang in LANGS4)
    at_home = _places(tmp_path, "PT", "PT")
    assert not any("Portugal" in at_home[lang] for lang in LANGS4)
