"""Every file drafter writes takes the permissions the umask gives a new file, as any editor's would."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter.cli import cli

from .conftest import ROOT


@pytest.fixture(params=[0o002, 0o077])
def umask(request: pytest.FixtureRequest) -> Iterator[int]:
    mask: int = request.param
    before = os.umask(mask)
    try:
        yield mask
    finally:
        os.umask(before)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_drafts_the_manifest_review_pages_and_new_facts_files_follow_the_umask(umask: int, tmp_path: Path) -> None:
    runner = CliRunner()
    out = tmp_path / "drafts"
    result = runner.invoke(cli, ["draft", str(ROOT / "examples" / "secpho-bronze-2013.yaml"), "--out", str(out)])
    assert result.exit_code == 0, result.output
    page = tmp_path / "review.html"
    result = runner.invoke(cli, ["review", str(out), "-o", str(page)])
    assert result.exit_code == 0, result.output
    skeleton = tmp_path / "new.yaml"
    result = runner.invoke(cli, ["new", str(skeleton)])
    assert result.exit_code == 0, result.output
    written = [
        *sorted(out.glob("*.md")),
        out / ".drafter.json",
        page,
        skeleton,
        tmp_path / "facts.en-es-pt.schema.json",
    ]
    assert {path.name: _mode(path) for path in written} == dict.fromkeys((p.name for p in written), 0o666 & ~umask)
    assert not [p for p in out.iterdir() if p.name.startswith(".") and p.name != ".drafter.json"]


def test_a_file_replaced_keeps_the_permissions_given_to_it(umask: int, tmp_path: Path) -> None:
    runner = CliRunner()
    out = tmp_path / "drafts"
    facts = str(ROOT / "examples" / "secpho-bronze-2013.yaml")
    assert runner.invoke(cli, ["draft", facts, "--out", str(out)]).exit_code == 0
    page = tmp_path / "review.html"
    assert runner.invoke(cli, ["review", str(out), "-o", str(page)]).exit_code == 0
    (out / "en.md").chmod(0o640)
    page.chmod(0o600)
    assert runner.invoke(cli, ["draft", facts, "--out", str(out), "--force"]).exit_code == 0
    assert runner.invoke(cli, ["review", str(out), "-o", str(page)]).exit_code == 0
    assert _mode(out / "en.md") == 0o640
    assert _mode(page) == 0o600
    assert _mode(out / "es.md") == 0o666 & ~umask
