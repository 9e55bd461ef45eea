"""The sentence on an award's validity does not name it by its noun again (issue 11).

The lead's last sentence has the award as its object ("ESCA awarded the label on…"); the next says how
long it holds as a writer does: "It is valid until…", "Tiene validez hasta…", "Tem validade até…", « Il
est valable… » where the issuer is of the other gender, else « Ce label est valable… ». An award and a
renewal (a certification says it in its lead); ``drafter check`` finds the date in each.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from drafter.lang.valid_again import valid_again

from .newfacts import checked, per_lang

FOUNDATION = {
    "name": per_lang("Fundação Marea", "Fundación Marea", "Marea Foundation", "Fondation Marea"),
    "type": "foundation",
}
EVENT = {
    "name": per_lang(*["Feira Habitat"] * 2, "Habitat Fair", "Salon Habitat"),
    "city": "Porto",
    "date": "2026-04-20",
}


@pytest.mark.parametrize("kind", ["award", "renewal"])
def test_the_validity_names_the_award_by_no_noun_again(tmp_path: Path, kind: str) -> None:
    change: dict[str, Any] = {"release.kind": kind, "award.valid_until": "2028-04"}
    md = checked(tmp_path, change)
    if kind == "award":  # s19: a first award says it in the sentence that ends on its date
        assert "awarded the label on 28 April 2026; it is valid until April 2028." in md["en"]
        assert ", con validez hasta abril de 2028." in md["es"]
        assert ", com validade até abril de 2028." in md["pt"]
    else:
        assert "It is valid until April 2028." in md["en"]
        assert "Tiene validez hasta abril de 2028." in md["es"]
        assert "Tem validade até abril de 2028." in md["pt"]
    for lang, again in {
        "en": "The label is valid",
        "es": "El sello tiene",
        "pt": "O selo tem",
        "fr": "Le label est",
    }.items():
        assert again not in md[lang], lang


def test_french_says_it_in_the_sentence_or_by_the_demonstrative(tmp_path: Path) -> None:
    # s19: a first award says it in the sentence that ends on its date; after an assessment, the
    # demonstrative (« il » would stand for the assessment); il or elle: see the unit cases below
    md = checked(tmp_path, {"award.valid_until": "2028-04", "award.issuer": FOUNDATION})
    assert "La Fondation Marea lui a décerné le label le 28 avril 2026, valable jusqu’en avril 2028." in md["fr"]
    md = checked(tmp_path / "a", {"award.valid_until": "2028-04", "award.assessor": {"name": "Certivale"}})
    assert "Ce label est valable jusqu’en avril 2028." in md["fr"], md["fr"]


@pytest.mark.parametrize(
    ("scheme", "standard", "again", "issuer", "said"),
    [
        ({"the": "la médaille", "gender": "f"}, "", None, "f", "cette médaille"),
        ({"the": "l’accréditation", "gender": "f"}, "", None, "f", "cette accréditation"),
        (None, "certification", None, "m", "elle"),
        (None, "", "le trophée", "f", "il"),
        (None, "", None, "f", "cette distinction"),
    ],
)
def test_french_subjects(
    scheme: dict[str, str] | None, standard: str, again: str | None, issuer: str, said: str
) -> None:
    assert valid_again("fr", scheme, standard, again, issuer) == said


def test_a_language_without_a_rule_names_it_by_its_noun() -> None:
    assert valid_again("it", None, "", "il marchio", "m") is None
