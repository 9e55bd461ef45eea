"""A certificate to a standard is named as what it is in every sentence, first granted or renewed: a
certification, or an accreditation for the standards bodies are accredited to (ISO 15189, ISO/IEC 17025),
never "the award" or "la distinción"."""

from __future__ import annotations

from pathlib import Path

import pytest

from .newfacts import checked, per_lang

RENEWAL = {
    "release.kind": "renewal",
    "award.level": None,
    "award.times_renewed": 2,
    "award.first_awarded": 2019,
    "award.valid_until": "2029-05",
    "award.issuer": {"name": "Instituto Português de Acreditação", "acronym": "IPAC"},
}

ACCREDITED = (
    per_lang(
        "renova pela segunda vez a acreditação ISO 15189:2022",
        "renueva por segunda vez la acreditación ISO 15189:2022",
        "renews its ISO 15189:2022 accreditation for the second time",
        "renouvelle pour la deuxième fois son accréditation ISO 15189:2022",
    ),
    per_lang(
        "Tem validade até maio de 2029.",
        "Tiene validez hasta mayo de 2029.",
        "It is valid until May 2029.",
        "Cette accréditation est valable jusqu’en mai 2029.",
    ),
)
CERTIFIED = (
    per_lang(
        "renova pela segunda vez a certificação ISO 14001:2015",
        "renueva por segunda vez la certificación ISO 14001:2015",
        "renews its ISO 14001:2015 certification for the second time",
        "renouvelle pour la deuxième fois sa certification ISO 14001:2015",
    ),
    per_lang(
        "Tem validade até maio de 2029.",
        "Tiene validez hasta mayo de 2029.",
        "It is valid until May 2029.",
        "Cette certification est valable jusqu’en mai 2029.",
    ),
)


@pytest.mark.parametrize(("name", "said"), [("ISO 15189:2022", ACCREDITED), ("ISO 14001:2015", CERTIFIED)])
def test_a_renewed_standard_is_named_as_a_certificate(
    tmp_path: Path, name: str, said: tuple[dict[str, str], dict[str, str]]
) -> None:
    md = checked(tmp_path, {**RENEWAL, "award.name": name})
    headline, validity = said
    for lang, text in md.items():
        assert headline[lang] in text.splitlines()[0], (lang, text.splitlines()[0])
        assert validity[lang] in text, (lang, text)
        assert "distin" not in text and "The award" not in text, (lang, text)


def test_a_first_accreditation_is_one_in_french_too(tmp_path: Path) -> None:
    scope = per_lang("as análises clínicas", "los análisis clínicos", "clinical testing", "les analyses cliniques")
    change = {**RENEWAL, "release.kind": "certification", "award.name": "ISO 15189:2022", "award.scope": scope}
    for key in ("award.times_renewed", "award.first_awarded"):
        del change[key]
    md = checked(tmp_path, change)
    assert md["fr"].startswith("# Habitat obtient l’accréditation ISO 15189:2022\n")
    assert "lui a accordé cette accréditation le 28 avril 2026. Elle est valable jusqu’en mai 2029." in md["fr"]
    assert "certific" not in md["fr"]
