"""Drafts are checked against the facts file drafter wrote them from, wherever it lies."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

import drafter
from drafter.checker import check
from drafter.cli import cli

from .conftest import ROOT

EXAMPLE = ROOT / "examples" / "secpho-bronze-2013.yaml"


@pytest.fixture
def drafted(tmp_path: Path, runner: CliRunner, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    shutil.copy(EXAMPLE, tmp_path / "label.yaml")
    result = runner.invoke(cli, ["draft", "label.yaml", "--out", "drafts/"])
    assert result.exit_code == 0, result.output
    return tmp_path


def test_the_manifest_records_the_facts_file(drafted: Path) -> None:
    manifest = json.loads((drafted / "drafts" / ".drafter.json").read_text(encoding="utf-8"))
    assert manifest["facts"]["en.md"]["relative"] == "../label.yaml"


def test_the_facts_file_and_its_drafts_are_one_release(drafted: Path, runner: CliRunner) -> None:
    result = runner.invoke(cli, ["check", "label.yaml", "drafts/"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[-1] == "1 release, 3 drafts: no findings"


def test_the_drafts_alone_are_checked_against_the_facts_file(drafted: Path) -> None:
    en = drafted / "drafts" / "en.md"
    en.write_text(en.read_text(encoding="utf-8").replace("13 of the 40", "13 of the 41"), encoding="utf-8")
    result = check([drafted / "drafts"])
    rules = {f.rule for f in result.findings}
    assert "fact-different" in rules
    (different,) = [f for f in result.findings if f.rule == "fact-different"]
    assert different.path == "figures[0].of"
    assert "(its total) is 41 in en.md, where label.yaml says 40" in different.message


def test_the_facts_file_is_found_after_the_drafts_move(drafted: Path) -> None:
    shutil.move(str(drafted / "drafts"), str(drafted / "archive" / "2013"))
    result = check([drafted / "archive"])
    assert result.releases == (str(Path("archive") / "2013"),) or len(result.releases) == 1
    assert result.findings == ()  # the absolute path recorded still leads to label.yaml


def test_facts_names_the_facts_file_explicitly(tmp_path: Path) -> None:
    folder = tmp_path / "drafts"
    folder.mkdir()
    for name, text in drafter.draft(EXAMPLE).files("md").items():
        (folder / name).write_text(text.replace("13 of the 40", "31 of the 40"), encoding="utf-8")
    alone = check([folder])  # no facts file known: only the versions are compared, en stands apart
    assert [(f.rule, Path(f.where.file).name) for f in alone.findings] == [("mismatch", "en.md")]
    with_facts = check([folder], facts=EXAMPLE)
    assert with_facts.failed
    assert any(f.rule == "fact-different" and f.path == "figures[0].value" for f in with_facts.findings)


def test_a_facts_file_with_no_drafts_is_a_warning(tmp_path: Path, runner: CliRunner) -> None:
    shutil.copy(EXAMPLE, tmp_path / "label.yaml")
    result = runner.invoke(cli, ["check", str(tmp_path / "label.yaml")])
    assert result.exit_code == 0
    assert "warning: No drafts were found for label.yaml, so nothing was checked against it" in result.output
    assert result.output.splitlines()[-1] == "1 release, 0 drafts: 1 warning"


def test_the_api_reads_in_three_lines(tmp_path: Path) -> None:
    from drafter import check as check_api
    from drafter import draft, review

    assert all(callable(f) for f in (draft, check_api, review))
    for name, text in draft(EXAMPLE).files("md").items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    shutil.copy(EXAMPLE, tmp_path / "facts.yaml")
    assert check_api([tmp_path]).findings == ()
    assert "<!DOCTYPE html>" in review([tmp_path]).html
