"""``drafter --version`` and ``--help`` start as fast as click: nothing heavy is imported before a command needs it."""

from __future__ import annotations

import subprocess
import sys

import pytest

from .conftest import ROOT

HEAVY = ("pydantic", "jinja2", "markdown_it", "babel", "langdetect", "sentencex", "rapidfuzz", "wordfreq", "yaml")
"""The facts model, templates, Markdown, CLDR, and the checker's libraries: each costs tens of milliseconds."""


def _imported(code: str) -> set[str]:
    """The top-level packages among HEAVY that running ``code`` in a fresh Python imports."""
    probe = f"{code}\nimport sys\nprint(' '.join(sorted({{m.split('.')[0] for m in sys.modules}})))"
    run = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, check=False)
    return set(run.stdout.split()) & set(HEAVY)


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
