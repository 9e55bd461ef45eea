"""The top-level help says the exit codes drafter really gives, and shell completion works as documented."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import cli

from .conftest import ROOT

EXIT_CODES = """\
  Exit codes:
    0  done (drafter check: no error; warnings are allowed)
    1  drafter check or templates check found an error
    2  bad input or usage: a file that cannot be used, an unknown option;
       nothing was written
"""


def test_the_help_lists_the_exit_codes(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["--help"])
    assert result.exit_code == 0
    assert EXIT_CODES in result.output


def test_the_exit_codes_are_the_ones_listed(runner: CliRunner, tmp_path: Path) -> None:
    clean = ROOT / "tests" / "corpus" / "consistent-research-grant"
    planted = ROOT / "tests" / "corpus" / "planted-partnership-countries"
    assert runner.invoke(cli, ["check", str(clean), "--jobs", "1", "--no-cache"]).exit_code == 0
    assert runner.invoke(cli, ["check", str(planted), "--jobs", "1", "--no-cache"]).exit_code == 1
    assert runner.invoke(cli, ["check", str(tmp_path / "nowhere")]).exit_code == 2
    assert runner.invoke(cli, ["check", str(clean), "--colour"]).exit_code == 2
    bad = tmp_path / "bad.yaml"
    bad.write_text("release: [\n", encoding="utf-8")
    result = runner.invoke(cli, ["draft", str(bad), "--out", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert not (tmp_path / "out").exists()


def _complete(env: dict[str, str]) -> str:
    environ = {**os.environ, **env}
    environ.pop("DRAFTER_TEMPLATES", None)
    result = subprocess.run([sys.executable, "-m", "drafter"], env=environ, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_the_completion_script_is_written_for_each_shell(shell: str) -> None:
    script = _complete({"_DRAFTER_COMPLETE": f"{shell}_source"})
    assert "_DRAFTER_COMPLETE" in script
    assert {
        "bash": "complete -o nosort -F _drafter_completion drafter",
        "zsh": "compdef _drafter_completion drafter",
    }.get(shell, "complete --no-files --command drafter") in script


def test_completion_completes_commands_and_formats() -> None:
    assert _complete({"_DRAFTER_COMPLETE": "bash_complete", "COMP_WORDS": "drafter che", "COMP_CWORD": "1"}) == (
        "plain,check\n"
    )
    formats = _complete(
        {"_DRAFTER_COMPLETE": "bash_complete", "COMP_WORDS": "drafter check --format ", "COMP_CWORD": "3"}
    )
    assert formats.split() == [f"plain,{name}" for name in ("text", "json", "github", "sarif", "junit")]
