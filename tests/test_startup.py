"""``drafter --version`` and ``--help`` start as fast as click: nothing heavy is imported before a command needs it."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import drafter

from .conftest import ROOT

HEAVY = ("pydantic", "jinja2", "markdown_it", "babel", "langdetect", "sentencex", "rapidfuzz", "wordfreq", "yaml")
"""The facts model, templates, Markdown, CLDR, and the checker's libraries: each costs tens of milliseconds."""


def _imported(code: str) -> set[str]:
    """The top-level packages among HEAVY that running ``code`` in a fresh Python imports."""
    probe = f"{code}\nimport sys\nprint(' '.join(sorted({{m.split('.')[0] for m in sys.modules}})))"
    run = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, check=False)
    return set(run.stdout.splitlines()[-1].split()) & set(HEAVY)  # the last line: what a command printed is above


@pytest.mark.parametrize(
    "code",
    [
        "import drafter",
        "import drafter.cli",
        "from drafter.cli import cli\ntry:\n    cli(['--version'])\nexcept SystemExit:\n    pass",
        "from drafter.cli import cli\ntry:\n    cli(['--help'])\nexcept SystemExit:\n    pass",
        "from drafter.cli import cli\ntry:\n    cli(['check', '--help'])\nexcept SystemExit:\n    pass",
    ],
    ids=["import drafter", "import drafter.cli", "--version", "--help", "check --help"],
)
def test_starting_imports_nothing_heavy(code: str) -> None:
    assert _imported(code) == set()


def test_a_command_imports_what_it_needs() -> None:
    assert _imported("from drafter.cli import cli\ntry:\n    cli(['schema'])\nexcept SystemExit:\n    pass") >= {
        "pydantic"
    }


CHECKING = ("pydantic", "babel", "langdetect", "rapidfuzz", "sentencex", "wordfreq", "jinja2", "markdown_it")
"""What checking a release loads: a re-check that finds every release in the cache needs none of it."""


def test_a_recheck_from_the_cache_imports_nothing_of_the_checker(tmp_path: Path) -> None:
    folder = tmp_path / "award"
    folder.mkdir()
    shutil.copy(ROOT / "examples" / "secpho-bronze-2013.yaml", folder / "facts.yaml")
    for name, text in drafter.draft(folder / "facts.yaml").files("md").items():
        (folder / name).write_text(str(text), encoding="utf-8")
    cache = tmp_path / "cache"
    command = ["check", str(folder), "--format", "json", "--cache-dir", str(cache), "--jobs", "1"]
    run = f"from drafter.cli import cli\ntry:\n    cli({command!r})\nexcept SystemExit:\n    pass"
    assert _imported(run) >= {"pydantic", "langdetect"}  # the first check, in this process: every release checked
    assert list(cache.glob("checks/*.json"))
    assert _imported(run) & set(CHECKING) == set()  # the same again: every release from the cache
