"""Small archives of drafted examples for the cache's tests, and copies of them left alone."""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import drafter

from .conftest import ROOT


def build(root: Path, examples: Sequence[str], edit: Callable[[int, str, str], str] | None = None) -> Path:
    """Each example drafted into ``root/batch-N/rI`` (two releases a batch); ``edit(i, file, text)``
    gives the text written, for a hand edit."""
    for number, name in enumerate(examples):
        folder = root / f"batch-{number // 2}" / f"r{number}"
        folder.mkdir(parents=True)
        shutil.copy(ROOT / "examples" / f"{name}.yaml", folder / "facts.yaml")
        for file, text in drafter.draft(folder / "facts.yaml").files("md").items():
            assert isinstance(text, str)
            (folder / file).write_text(text if edit is None else edit(number, file, text), encoding="utf-8")
    return root


def left_alone(built: Path, tmp_path: Path) -> Path:
    """A copy of ``built`` whose every file and folder was last changed an hour ago: its times stand
    for its bytes."""
    copy = tmp_path / "archive"
    shutil.copytree(built, copy)
    past = time.time() - 3600
    for path in [copy, *copy.rglob("*")]:
        os.utime(path, (past, past))
    return copy
