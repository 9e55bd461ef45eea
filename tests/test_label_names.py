"""A certification whose name says what it is, a label, a flag or a mark, in the language of the draft
("Rótulo Ecológico da UE", "Bandeira Azul", "EU Ecolabel"), is named by its name alone, with its noun's
article and agreement, and its body hands over that thing: "obtém o Rótulo Ecológico da UE", never "a
certificação Rótulo Ecológico da UE", which says the noun twice and calls a label a certification."""

from __future__ import annotations

from pathlib import Path

import pytest

from .newfacts import drafts, per_lang

CERTIFICATION = {"release.kind": "certification", "award.launched": 1992}
NO_LEVEL = ("award.level",)
ECOLABEL = per_lang("Rótulo Ecológico da UE", "Etiqueta Ecológica de la UE", "EU Ecolabel", "label écologique de l’UE")


@pytest.mark.parametrize(
    ("name", "lang", "said"),
    [
        (
            per_lang(
                "Rótulo Ecológico da UE", "Etiqueta Ecológica de la UE", "EU Ecolabel", "label écologique de l’UE"
            ),
            "pt",
            [
                "Habitat obtém o Rótulo Ecológico da UE",
                "atribuiu-lhe o rótulo",
                "O Rótulo Ecológico da UE foi criado em 1992",
            ],
        ),
        (
            per_lang(
                "Rótulo Ecológico da UE", "Etiqueta Ecológica de la UE", "EU Ecolabel", "label écologique de l’UE"
            ),
            "en",
            ["Habitat achieves the EU Ecolabel", "awarded the label", "The EU Ecolabel was created in 1992"],
        ),
        (
            per_lang("Bandeira Azul", "Bandera Azul", "Blue Flag", "Pavillon Bleu"),
            "pt",
            ["Habitat obtém a Bandeira Azul", "A Bandeira Azul foi criada em 1992"],
        ),
    ],
)
def test_a_label_is_named_by_its_name(tmp_path: Path, name: dict[str, str], lang: str, said: list[str]) -> None:
    text = drafts(tmp_path, {**CERTIFICATION, "award.name": name}, drop=NO_LEVEL)[lang]
    for words in said:
        assert words in text
    assert "certificação Rótulo" not in text and "certificação Bandeira" not in text
    assert "Ecolabel certification" not in text
