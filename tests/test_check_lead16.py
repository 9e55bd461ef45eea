"""False alarms and misses of ``drafter check`` found by a native editor's read of new releases (session 16)."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.checker.proofread import _prose

from .parallel import findings

PATH = "environment.ec.europa.eu/topics/urban-environment/european-green-capital-award-winners_en"

ES = f"""# Villarreal, Capital Verde Europea

**Villarreal, 3 de junio de 2027.** El ayuntamiento de Villarreal ha recibido el premio Capital Verde Europea
por su plan de movilidad.

## Enlaces

- La página del concurso en la web de la Comisión Europea: [{PATH}](https://{PATH})
"""
EN = f"""# Villarreal, European Green Capital

**Villarreal, 3 June 2027.** Villarreal town council has received the European Green Capital award
for its mobility plan.

## Links

- The competition's page on the European Commission's website: [{PATH}](https://{PATH})
"""


def test_a_web_address_without_www_does_not_make_a_line_read_as_another_language(tmp_path: Path) -> None:
    """The words of a link's text ("urban-environment", "award-winners") are in no language: a Spanish line
    that shows one was taken for French, an error that failed the release."""
    assert findings(tmp_path, {"es": ES, "en": EN}) == []


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        (f"La web del concurso: {PATH}", "La web del concurso:"),
        ("Ver europa.eu, y también cinea.ec.europa.eu/life.", "Ver , y también"),
        ("Escriba a prensa@villarreal.es o visite villarreal.es.", "Escriba a o visite ."),
        ("Hay 2.5 veces más, p. ej. en la web.", "Hay veces más, p. ej. en la web."),
    ],
)
def test_host_names_are_left_out_of_a_paragraphs_words(line: str, kept: str) -> None:
    assert _prose(line) == kept
