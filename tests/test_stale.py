"""A draft is stale when drafter wrote it from other facts than its facts file holds now: by content, not time."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

from click.testing import CliRunner

from drafter import check
from drafter.cli import cli
from drafter.facts import load_facts
from drafter.facts.digest import digest

from .conftest import ROOT

EXAMPLE = ROOT / "examples" / "secpho-bronze-2013.yaml"


def _drafted(tmp_path: Path) -> tuple[Path, Path]:
    """A facts file and the drafts drafter wrote from it, in their own folder."""
    facts = tmp_path / "label.yaml"
    shutil.copy(EXAMPLE, facts)
    out = tmp_path / "drafts"
    result = CliRunner().invoke(cli, ["draft", str(facts), "--out", str(out)])
    assert result.exit_code == 0, result.output
    return facts, out


def _stale(paths: list[Path]) -> list[str]:
    return [f.message for f in check(paths, jobs=1).findings if f.rule == "stale"]


def test_the_manifest_records_what_the_facts_said(tmp_path: Path) -> None:
    facts, out = _drafted(tmp_path)
    recorded = json.loads((out / ".drafter.json").read_text(encoding="utf-8"))["facts"]
    assert {where["digest"] for where in recorded.values()} == {digest(load_facts(facts))}


def test_fresh_drafts_are_not_stale(tmp_path: Path) -> None:
    facts, out = _drafted(tmp_path)
    assert _stale([facts, out]) == []


def test_a_facts_file_copied_unchanged_beside_its_drafts_is_not_stale(tmp_path: Path) -> None:
    facts, out = _drafted(tmp_path)
    later = facts.stat().st_mtime + 3600
    copy = out / "label.yaml"
    shutil.copy(facts, copy)
    os.utime(copy, (later, later))  # newer than every draft, as a copy or a checkout leaves it
    os.utime(facts, (later, later))
    assert _stale([out]) == []
    assert _stale([facts, out]) == []


def test_a_comment_or_the_layout_of_the_facts_changes_nothing(tmp_path: Path) -> None:
    facts, out = _drafted(tmp_path)
    text = facts.read_text(encoding="utf-8")
    facts.write_text("# checked by the press office\n" + text.replace("release:", "release:   # what, when\n", 1))
    assert digest(load_facts(facts)) == digest(load_facts(EXAMPLE))
    assert _stale([facts, out]) == []


def test_a_changed_facts_file_makes_its_drafts_stale(tmp_path: Path) -> None:
    facts, out = _drafted(tmp_path)
    facts.write_text(facts.read_text(encoding="utf-8").replace("value: 13", "value: 14"), encoding="utf-8")
    messages = _stale([facts, out])
    assert len(messages) == 3
    assert messages[0] == (
        f"{out / 'en.md'} was drafted from other facts than label.yaml holds now: draft it again, or, "
        "if you carried the change into it by hand, dismiss this warning"
    )
    result = CliRunner().invoke(cli, ["draft", str(facts), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert _stale([facts, out]) == []


def test_a_stale_warning_dismissed_comes_back_when_the_facts_change_again(tmp_path: Path) -> None:
    facts, out = _drafted(tmp_path)
    text = facts.read_text(encoding="utf-8")
    facts.write_text(text.replace("value: 13", "value: 14"), encoding="utf-8")
    found = [f for f in check([facts, out], jobs=1).findings if f.rule == "stale"]
    lines = "".join(f"- {{signature: {f.signature}, reason: carried by hand}}\n" for f in found)
    (out / "drafter-dismissed.yaml").write_text(lines, encoding="utf-8")
    assert _stale([facts, out]) == []
    facts.write_text(text.replace("value: 13", "value: 15"), encoding="utf-8")
    assert len(_stale([facts, out])) == 3


def test_a_draft_drafter_did_not_write_is_never_stale(tmp_path: Path) -> None:
    facts, out = _drafted(tmp_path)
    hand = tmp_path / "by-hand"
    hand.mkdir()
    for draft in out.glob("*.md"):
        shutil.copy(draft, hand / draft.name)
    shutil.copy(facts, hand / "label.yaml")
    (hand / "label.yaml").write_text(facts.read_text(encoding="utf-8").replace("value: 13", "value: 14"))
    assert _stale([hand]) == []
