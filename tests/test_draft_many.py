"""``drafter draft`` drafts many releases in many formats in one run, each where a person would look for it."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

import drafter
from drafter import emit
from drafter.cli import cli

from .conftest import ROOT

SECPHO = ROOT / "examples" / "secpho-bronze-2013.yaml"
MOLDARTE = ROOT / "examples" / "moldarte-iso-14001-2024.yaml"


@pytest.fixture
def releases(tmp_path: Path) -> Path:
    """releases/2013/secpho.yaml, releases/2024/moldarte.yaml, and a README that is no facts file."""
    root = tmp_path / "releases"
    for year, name, example in (("2013", "secpho", SECPHO), ("2024", "moldarte", MOLDARTE)):
        (root / year).mkdir(parents=True)
        shutil.copy(example, root / year / f"{name}.yaml")
    (root / "README.md").write_text("Our releases.\n")
    (root / "2024" / "notes.yaml").write_text("notes: not a release\n")
    return root


def _run(*args: str) -> object:
    return CliRunner().invoke(cli, ["draft", *args])


def test_a_folder_is_drafted_release_by_release_in_every_format(releases: Path, tmp_path: Path) -> None:
    out = tmp_path / "drafts"
    result = CliRunner().invoke(cli, ["draft", str(releases), "--out", str(out), "--format", "md,html,txt"])
    assert result.exit_code == 0, result.output
    assert result.stderr == f"drafted 2 of 2 releases: 18 files in {out}\n"
    for place, example in (("2013/secpho", SECPHO), ("2024/moldarte", MOLDARTE)):
        expected = drafter.draft(example)
        for fmt in ("md", "html", "txt"):
            for name, text in expected.files(fmt).items():
                assert (out / place / name).read_text(encoding="utf-8") == text
        manifest = json.loads((out / place / ".drafter.json").read_text(encoding="utf-8"))
        assert manifest["facts"]["en.md"]["absolute"] == str((releases / place).with_suffix(".yaml").resolve())
    assert sorted(p.relative_to(out).as_posix() for p in out.iterdir()) == ["2013", "2024"]


def test_files_named_each_get_a_folder_named_after_them(tmp_path: Path) -> None:
    out = tmp_path / "drafts"
    result = CliRunner().invoke(cli, ["draft", str(SECPHO), str(MOLDARTE), "--out", str(out), "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (out / SECPHO.stem).iterdir()) == [".drafter.json", "en.md"]
    assert sorted(p.name for p in (out / MOLDARTE.stem).iterdir()) == [".drafter.json", "en.md"]


def test_one_facts_file_writes_every_format_into_the_folder_itself(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["draft", str(SECPHO), "--out", str(tmp_path), "--format", "txt,json,md"])
    assert result.exit_code == 0, result.output
    drafts = [f"{lang}.{ext}" for lang in ("en", "es", "pt") for ext in ("md", "txt")]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([".drafter.json", "release.json", *drafts])


def test_what_cannot_share_standard_output_is_refused(releases: Path) -> None:
    runner = CliRunner()
    several = runner.invoke(cli, ["draft", str(releases)])
    assert several.exit_code == 2
    assert several.stderr == (
        f"Error: {releases} holds 2 facts files, which cannot share standard output; "
        "pass --out DIR, and each release gets a folder of its own there\n"
    )
    formats = runner.invoke(cli, ["draft", str(SECPHO), "--lang", "en", "--format", "md,html"])
    assert formats.exit_code == 2
    assert formats.stderr == "Error: 2 formats (md, html) cannot share standard output; pass --out DIR\n"
    unknown = runner.invoke(cli, ["draft", str(SECPHO), "--format", "md,pdf"])
    assert unknown.exit_code == 2
    assert "'pdf' is not a format; choose among md, html, txt, json" in unknown.stderr
    (releases / "2013" / "secpho.yaml").unlink()
    (releases / "2024" / "moldarte.yaml").unlink()
    empty = runner.invoke(cli, ["draft", str(releases), "--out", str(releases / "out")])
    assert empty.exit_code == 2
    assert empty.stderr == f"Error: no facts file (a YAML file with a release: section) in {releases}\n"


def test_two_facts_files_for_one_folder_stop_the_run_before_anything_is_written(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    shutil.copy(SECPHO, tmp_path / "a" / "label.yaml")
    shutil.copy(MOLDARTE, tmp_path / "b" / "label.yaml")
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["draft", str(tmp_path / "a" / "label.yaml"), str(tmp_path / "b" / "label.yaml"),
                                      "--out", str(out)])  # fmt: skip
    assert result.exit_code == 2
    assert "would be drafted into one folder, label; rename one of them" in result.stderr
    assert not out.exists()


def test_a_release_that_cannot_be_drafted_is_reported_and_the_others_are_written(
    releases: Path, tmp_path: Path
) -> None:
    bad = releases / "2024" / "moldarte.yaml"
    bad.write_text(bad.read_text(encoding="utf-8").replace("kind: certification", "kind: certificate"))
    out = tmp_path / "drafts"
    result = CliRunner().invoke(cli, ["draft", str(releases), "--out", str(out)])
    assert result.exit_code == 2
    assert "moldarte.yaml:" in result.stderr and "release.kind: 'certificate' is not one of" in result.stderr
    assert "drafted 1 of 2 releases: 3 files in" in result.stderr
    assert result.stderr.endswith(
        "Error: 1 of 2 releases could not be drafted (see above); their folders were left as they were\n"
    )
    assert (out / "2013" / "secpho" / "en.md").is_file()
    assert not (out / "2024").exists()


def test_a_draft_edited_by_hand_is_kept_unless_forced(releases: Path, tmp_path: Path) -> None:
    out = tmp_path / "drafts"
    assert _run(str(releases), "--out", str(out)).exit_code == 0  # type: ignore[attr-defined]
    edited = out / "2013" / "secpho" / "es.md"
    edited.write_text("Mi versión.\n", encoding="utf-8")
    other = out / "2024" / "moldarte" / "en.md"
    other.unlink()
    again = CliRunner().invoke(cli, ["draft", str(releases), "--out", str(out)])
    assert again.exit_code == 2
    assert f"{edited} changed since drafter wrote it; nothing was written" in again.stderr
    assert edited.read_text(encoding="utf-8") == "Mi versión.\n"
    assert other.is_file()  # the other release was written
    forced = CliRunner().invoke(cli, ["draft", str(releases), "--out", str(out), "--force"])
    assert forced.exit_code == 0
    assert edited.read_text(encoding="utf-8") == drafter.draft(SECPHO).markdown["es"]


def test_each_draft_is_parsed_once_for_every_format(monkeypatch: pytest.MonkeyPatch) -> None:
    parser = emit._parser()
    real = parser.parse
    parsed: list[str] = []

    def counting(src: str, env: object = None) -> object:
        parsed.append(src)
        return real(src, env)  # type: ignore[arg-type]

    monkeypatch.setattr(parser, "parse", counting)
    emit._parsed.cache_clear()
    drafts = drafter.draft(SECPHO)
    for fmt in ("html", "txt", "json", "html"):
        drafts.files(fmt)
    assert sorted(parsed) == sorted(drafts.markdown.values())
