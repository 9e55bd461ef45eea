"""``drafter check --jobs N`` checks releases in N processes, and says exactly what one process says."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

import drafter
from drafter.checker import check, parallel
from drafter.cli import cli
from drafter.errors import FactsError, UsageError

from .conftest import ROOT

EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))
EDITS = {
    "es.md": [("13 de 40", "13 de 41")],
    "en.md": [("5 March 2013,", "5 March,"), ("Spain, France and Germany", "Spain and France")],
    "pt.md": [("www.secpho.org", "www.secfo.org")],
}


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Twelve releases, some edited by hand: findings in several, in every language."""
    root = tmp_path_factory.mktemp("archive")
    for number in range(12):
        # The hand edits are SECPhO's: every third release is SECPhO, whatever the other examples are.
        example = ROOT / "examples" / "secpho-bronze-2013.yaml" if number % 3 == 0 else EXAMPLES[number % len(EXAMPLES)]
        folder = root / f"{number:02d}-{example.stem}"
        folder.mkdir()
        shutil.copy(example, folder / "facts.yaml")
        for name, text in drafter.draft(folder / "facts.yaml").files("md").items():
            if number % 3 == 0:
                for old, new in EDITS.get(name, []):
                    text = text.replace(old, new)
            (folder / name).write_text(text, encoding="utf-8")
    return root


@pytest.mark.parametrize("fmt", ["text", "json", "github"])
def test_several_processes_print_what_one_prints(archive: Path, fmt: str) -> None:
    runner = CliRunner()
    alone = runner.invoke(cli, ["check", str(archive), "--format", fmt, "--jobs", "1"])
    assert alone.exit_code == 1, alone.output
    assert alone.stdout.count("error") >= 4
    for jobs in (["--jobs", "2"], ["--jobs", "3"], []):
        together = runner.invoke(cli, ["check", str(archive), "--format", fmt, *jobs])
        assert together.exit_code == alone.exit_code
        assert together.stdout_bytes == alone.stdout_bytes


def test_the_api_gives_the_same_result_in_parallel(archive: Path) -> None:
    assert check([archive], jobs=3) == check([archive], jobs=1)
    assert drafter.check([archive], jobs=2) == drafter.check([archive], jobs=1)


def test_processes_are_started_only_when_there_is_enough_to_share(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "cores", lambda: 2)
    assert parallel.processes(None, 1) == 1
    assert parallel.processes(None, 7) == 1
    assert parallel.processes(None, 8) == 2
    assert parallel.processes(None, 10_000) == 2
    assert parallel.processes(1, 10_000) == 1
    assert parallel.processes(16, 10_000) == 16
    with pytest.raises(UsageError, match="--jobs 0: give 1 or more processes"):
        parallel.processes(0, 10)


def test_a_release_that_cannot_be_read_stops_the_run_as_it_does_in_one_process(archive: Path, tmp_path: Path) -> None:
    copy = tmp_path / "archive"
    shutil.copytree(archive, copy)
    broken = sorted(copy.iterdir())[5] / "facts.yaml"  # a release in the middle
    broken.write_text(broken.read_text(encoding="utf-8").replace("level:", "levl:", 1) + "\nextra: [\n")
    runner = CliRunner()
    alone = runner.invoke(cli, ["check", str(copy), "--jobs", "1"])
    together = runner.invoke(cli, ["check", str(copy), "--jobs", "2"])
    assert alone.exit_code == together.exit_code == 2
    assert together.stderr == alone.stderr
    assert "facts.yaml" in alone.stderr
    with pytest.raises(FactsError) as one:
        check([copy], jobs=1)
    with pytest.raises(FactsError) as two:
        check([copy], jobs=2)
    assert one.value.problems == two.value.problems


def test_jobs_must_be_a_number_of_processes(archive: Path) -> None:
    result = CliRunner().invoke(cli, ["check", str(archive), "--jobs", "0"])
    assert result.exit_code == 2
    assert "--jobs" in result.stderr
