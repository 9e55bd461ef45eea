"""The extraction package stays in modules one can read: none over 400 lines (wordscan.py reached 429
before its per-word tables and the French level words moved out)."""

from __future__ import annotations

from pathlib import Path

import drafter.extract

LIMIT = 400


def test_no_module_of_the_extraction_package_is_over_400_lines() -> None:
    folder = Path(drafter.extract.__file__).parent
    sizes = {path.name: len(path.read_text(encoding="utf-8").splitlines()) for path in folder.glob("*.py")}
    assert "wordscan.py" in sizes and "wordplans.py" in sizes and "levels.py" in sizes
    assert {name: size for name, size in sizes.items() if size > LIMIT} == {}
