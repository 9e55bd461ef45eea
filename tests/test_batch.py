"""Drafting many releases in several processes gives, in the same order, exactly what one process gives."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

import drafter
from drafter.batch import Drafted, draft_many
from drafter.cli import cli
from drafter.errors import FactsError, UsageError

from .conftest import ROOT

EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))
FORMATS = ("md", "html", "txt")


def _alone(path: Path) -> dict[str, str | bytes]:
    """What one process drafts for ``path``, format by format, as a program calling the API would."""
    drafts = drafter.draft(path)
    files: dict[str, str | bytes] = {}
    for fmt in FORMATS:
        files.update(drafts.files(fmt))
    return files


def test_two_processes_give_the_files_of_one_in_the_order_given() -> None:
    assert len(EXAMPLES) >= 8, "enough releases for two processes (four each at least)"
    paths = [*EXAMPLES, *reversed(EXAMPLES)]  # an order of the caller's own, each file twice
    expected = [_alone(path) for path in paths]
    made = list(draft_many(paths, FORMATS, jobs=2))
    assert [d.facts for d in made] == paths
    assert [d.error for d in made] == [None] * len(paths)
    assert [d.files for d in made] == expected
    assert [list(d.files) for d in made] == [list(files) for files in expected]  # names in the same order too
    assert made == list(draft_many(paths, FORMATS, jobs=1))


def test_a_release_that_cannot_be_drafted_comes_back_in_its_place_with_its_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(EXAMPLES[0].read_text(encoding="utf-8").replace("kind: ", "kind: x", 1), encoding="utf-8")
    paths = [*EXAMPLES[:4], bad, *EXAMPLES[4:8]]
    made = list(draft_many(paths, ["md"], jobs=2))
    failed = [d for d in made if d.error is not None]
    assert [d.facts for d in failed] == [bad]
    assert isinstance(failed[0].error, FactsError)
    assert "release.kind" in "\n".join(failed[0].error.lines())
    assert failed[0] == Drafted(bad, error=failed[0].error)
    assert [d.files for d in made if d.error is None] == [drafter.draft(p).files("md") for p in paths if p != bad]


def test_no_process_at_all_is_refused() -> None:
    with pytest.raises(UsageError, match="--jobs 0: give 1 or more processes"):
        list(draft_many(EXAMPLES, ["md"], jobs=0))


def test_the_command_writes_the_same_folders_with_one_process_or_two(tmp_path: Path) -> None:
    releases = tmp_path / "releases"
    releases.mkdir()
    for example in EXAMPLES:
        shutil.copy(example, releases / example.name)
    count = sum(len(_alone(example)) for example in EXAMPLES)
    folders: dict[str, dict[str, bytes]] = {}
    for jobs in ("1", "2"):
        out = tmp_path / f"out{jobs}"
        result = CliRunner().invoke(cli, ["draft", str(releases), "--out", str(out), "--format", "md,html,txt",
                                          "--jobs", jobs])  # fmt: skip
        assert result.exit_code == 0, result.output
        assert result.stderr == f"drafted {len(EXAMPLES)} of {len(EXAMPLES)} releases: {count} files in {out}\n"
        folders[jobs] = {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}
    assert folders["1"] == folders["2"]
    assert len(folders["2"]) == count + len(EXAMPLES)  # and a manifest a folder


def test_without_digests_the_files_are_the_same_and_no_digest_is_made() -> None:
    from drafter.facts import load_facts
    from drafter.facts.digest import digest

    with_digests = list(draft_many(EXAMPLES[:3], FORMATS, jobs=1))
    without = list(draft_many(EXAMPLES[:3], FORMATS, jobs=1, digests=False))
    assert [d.files for d in without] == [d.files for d in with_digests]
    assert [d.digest for d in without] == ["", "", ""]
    assert [d.digest for d in with_digests] == [digest(load_facts(p)) for p in EXAMPLES[:3]]
