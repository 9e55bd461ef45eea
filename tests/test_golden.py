"""Every example, in every language and format, byte for byte.

Golden files are reviewed like code. After an intended change to templates or
formatting, regenerate them with ``make golden`` and read the diff.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from drafter import draft

from .conftest import EXAMPLES, ROOT

GOLDEN = ROOT / "tests" / "golden"
UPDATE = os.environ.get("DRAFTER_UPDATE_GOLDEN") == "1"
FORMATS = ("md", "html", "txt", "json")


def _cases() -> list[tuple[Path, str]]:
    return [(facts, fmt) for facts in EXAMPLES for fmt in FORMATS]


@pytest.mark.parametrize(("facts", "fmt"), _cases(), ids=lambda v: v.stem if isinstance(v, Path) else v)
def test_drafts_match_golden_files(facts: Path, fmt: str) -> None:
    files = draft(facts).files(fmt)
    folder = GOLDEN / facts.stem
    for name, text in files.items():
        path = folder / name
        if UPDATE:
            folder.mkdir(parents=True, exist_ok=True)
            path.write_bytes(text.encode("utf-8"))
        assert path.read_bytes() == text.encode("utf-8"), f"{path} differs; run `make golden` and review"


def test_every_golden_file_has_an_example() -> None:
    stems = {facts.stem for facts in EXAMPLES}
    assert {p.name for p in GOLDEN.iterdir() if p.is_dir()} == stems


def test_drafting_twice_gives_the_same_bytes() -> None:
    for facts in EXAMPLES:
        assert draft(facts).files("json") == draft(facts).files("json")
