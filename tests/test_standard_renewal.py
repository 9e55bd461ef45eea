"""A certificate to a standard, renewed: it is renewed as a certification ("renews its ISO 14001:2015
certification"), after a new audit, and the standard was first published in its year, never "The ISO
14001:2015 was created in 1996", which states a false year of the edition certified."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .newfacts import checked

ISO = {"name": "International Organization for Standardization", "acronym": "ISO"}


def _renewal(**award: Any) -> dict[str, Any]:
    facts: dict[str, Any] = {
        "release.kind": "renewal",
        "award.name": "ISO 14001:2015",
        "award.first_awarded": 2019,
        "award.issuer": {"name": "Certivia", "article": {"pt": True, "es": False, "en": False, "fr": False}},
        "award.assessor": {"name": "Certivia", "article": {"pt": True, "es": False, "en": False, "fr": False}},
    }
    facts.update({f"award.{key}": value for key, value in award.items()})
    return facts


def _drafted(tmp_path: Path, facts: dict[str, Any]) -> dict[str, str]:
    return checked(tmp_path, facts, drop=("award.level",))


def test_a_standard_is_renewed_as_a_certification_after_an_audit(tmp_path: Path) -> None:
    md = _drafted(tmp_path, _renewal(launched=1996))
    assert "# Habitat renews its ISO 14001:2015 certification" in md["en"]
    assert "has renewed its ISO 14001:2015 certification, which it has held since 2019." in md["en"]
    assert "following a new audit." in md["en"]
    assert "ISO 14001 was first published in 1996." in md["en"]
    assert "# Habitat renouvelle sa certification ISO 14001:2015" in md["fr"]
    assert "a renouvelé sa certification ISO 14001:2015, qu’il avait obtenue pour la première fois en 2019." in md["fr"]
    assert "à l’issue d’un nouvel audit." in md["fr"]
    assert "La norme ISO 14001 a été publiée pour la première fois en 1996." in md["fr"]
    assert "# Habitat renova a certificação ISO 14001:2015" in md["pt"]
    assert "após uma nova auditoria." in md["pt"]
    assert "A norma ISO 14001 foi publicada pela primeira vez em 1996." in md["pt"]
    assert "La norma ISO 14001 se publicó por primera vez en 1996." in md["es"]
    for text in md.values():
        assert "2015 was created" not in text and "2015 a été créé" not in text and "2015 foi criad" not in text


def test_the_body_that_publishes_the_standard_is_named(tmp_path: Path) -> None:
    md = _drafted(tmp_path, _renewal(launched=1996, launched_by=ISO, backed_by={"name": "European Commission"}))
    assert "The International Organization for Standardization (ISO) first published ISO 14001 in 1996." in md["en"]
    assert "The standard is recognised and promoted by the European Commission." in md["en"]
    assert "L’International Organization for Standardization (ISO) a publié la norme ISO 14001" in md["fr"]


def test_a_label_is_still_renewed_as_itself(tmp_path: Path) -> None:
    md = _drafted(tmp_path, {"release.kind": "renewal", "award.first_awarded": 2019})
    assert "# Habitat renews its Cluster Management Excellence Label\n" in md["en"]
    assert "certification" not in md["en"].split("\n")[0]
