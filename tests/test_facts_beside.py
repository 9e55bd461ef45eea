"""A folder of drafts with neither facts file nor manifest is checked against the facts file named after
it beside it (``label/`` and ``label.yaml``), with the cache and without, and the cache sees it come and go."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import drafter
from drafter.checker import cache, check, listings, releases
from drafter.cli import cli
from drafter.output import MANIFEST

from .conftest import ROOT

EXAMPLE = ROOT / "examples" / "secpho-bronze-2013.yaml"


@pytest.fixture
def copied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """``label/`` holding the drafts without their manifest, one of them giving another total, and
    ``label.yaml`` beside it; checked from ``tmp_path``."""
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "label"
    folder.mkdir()
    for name, text in drafter.draft(EXAMPLE).files("md").items():
        if name == "en.md":
            text = text.replace("13 of the 40", "13 of the 41")
        (folder / name).write_text(text, encoding="utf-8")
    shutil.copy(EXAMPLE, tmp_path / "label.yaml")
    return tmp_path


def _rules(result: Any) -> set[str]:
    return {finding.rule for finding in result.findings}


def test_the_facts_file_beside_the_folder_is_its_facts_file(copied: Path) -> None:
    result = check([Path("label")])
    assert result.without_facts == ()
    (different,) = [f for f in result.findings if f.rule == "fact-different"]
    assert different.path == "figures[0].of"
    assert "where label.yaml says 40" in different.message
    assert check([copied / "label"]).findings == result.findings  # an absolute path too


def test_yml_serves_when_there_is_no_yaml(copied: Path) -> None:
    (copied / "label.yaml").rename(copied / "label.yml")
    assert "fact-different" in _rules(check([Path("label")]))


def test_no_facts_file_beside_is_a_check_of_the_versions_against_each_other(copied: Path) -> None:
    (copied / "label.yaml").rename(copied / "other.yaml")
    result = check([Path("label")])
    assert "fact-different" not in _rules(result)
    assert "mismatch" in _rules(result)
    assert len(result.without_facts) == 1


def test_a_yaml_file_that_is_no_facts_file_is_not_taken(copied: Path) -> None:
    (copied / "label.yaml").write_text("other: yaml\n", encoding="utf-8")
    assert "fact-different" not in _rules(check([Path("label")]))


def test_a_facts_file_inside_the_folder_comes_first(copied: Path) -> None:
    inside = EXAMPLE.read_text(encoding="utf-8").replace("of: 40", "of: 41")
    assert inside != EXAMPLE.read_text(encoding="utf-8")
    (copied / "label" / "facts.yaml").write_text(inside, encoding="utf-8")
    messages = [f.message for f in check([Path("label")]).findings if f.path == "figures[0].of"]
    assert messages and all("where facts.yaml says 41" in m for m in messages)  # the folder's own


def test_a_manifest_comes_first(tmp_path: Path, runner: CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    shutil.copy(EXAMPLE, tmp_path / "facts.yaml")
    assert runner.invoke(cli, ["draft", "facts.yaml", "--out", "label/"]).exit_code == 0
    assert (tmp_path / "label" / MANIFEST).is_file()
    (tmp_path / "label.yaml").write_text(EXAMPLE.read_text(encoding="utf-8").replace("of: 40", "of: 41"), "utf-8")
    assert check([Path("label")]).findings == ()  # against facts.yaml, which the manifest names


def test_only_a_folder_named_takes_it(copied: Path) -> None:
    shutil.move(str(copied / "label"), str(copied / "archive" / "label"))
    shutil.move(str(copied / "label.yaml"), str(copied / "archive" / "label.yaml"))
    result = check([Path("archive") / "label"])
    assert "fact-different" in _rules(result)
    whole = check([Path("archive")])  # the archive's own facts file: it joins the archive's release
    assert len(whole.releases) == 2


def test_facts_names_another(copied: Path) -> None:
    other = copied / "other.yaml"
    other.write_text(EXAMPLE.read_text(encoding="utf-8").replace("of: 40", "of: 41"), encoding="utf-8")
    messages = [f.message for f in check([Path("label")], facts=other).findings if f.path == "figures[0].of"]
    assert messages and all("where other.yaml says 41" in m for m in messages)


def test_the_command_line_with_the_cache_and_without(copied: Path, runner: CliRunner) -> None:
    outputs = []
    for options in ([], ["--no-cache"], []):
        result = runner.invoke(cli, ["check", "label/", *options])
        assert result.exit_code == 1, result.output
        assert "where label.yaml says 40" in result.output
        outputs.append(result.output)
    assert outputs[0] == outputs[1] == outputs[2]
    (copied / "label.yaml").write_text(EXAMPLE.read_text(encoding="utf-8").replace("of: 40", "of: 41"), "utf-8")
    for options in ([], ["--no-cache"]):
        result = runner.invoke(cli, ["check", "label/", *options])
        assert "where label.yaml says 40" not in result.output, options
        assert "where label.yaml says 41" in result.output, options


@pytest.mark.parametrize("change", ["removed", "renamed to yml", "no facts file", "other facts", "added"])
def test_the_walks_memory_sees_the_facts_file_beside_change(
    copied: Path, monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory, change: str
) -> None:
    monkeypatch.setattr(listings, "RACY", 0.0)  # the changes below come after the walk that saw the files
    monkeypatch.setattr(cache, "RACY", 0.0)
    beside = copied / "label.yaml"
    if change == "added":
        beside.rename(copied / "elsewhere.yaml")
    kept = tmp_path_factory.mktemp("cache")  # not beside the folder: its making would change the folder holding it

    def run() -> tuple[Any, ...]:
        return check([Path("label")], jobs=1, cache=kept).findings

    first = run()
    walks: list[int] = []
    walk = releases.walk

    def counting(*args: Any, **kwargs: Any) -> Any:
        walks.append(1)
        return walk(*args, **kwargs)

    monkeypatch.setattr(releases, "walk", counting)
    assert run() == first
    assert walks == []  # nothing changed: the walk is remembered
    if change == "removed":
        beside.unlink()
    elif change == "renamed to yml":
        beside.rename(copied / "label.yml")
    elif change == "no facts file":
        beside.write_text("other: yaml\n", encoding="utf-8")
    elif change == "other facts":
        beside.write_text(EXAMPLE.read_text(encoding="utf-8").replace("of: 40", "of: 41"), encoding="utf-8")
    else:
        (copied / "elsewhere.yaml").rename(beside)
    plain = check([Path("label")], jobs=1).findings
    assert plain != first
    assert run() == plain
    assert run() == plain
