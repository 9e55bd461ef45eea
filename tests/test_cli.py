"""The command line: what it prints, what it writes, and what it refuses."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from drafter import load_facts
from drafter.cli import cli

from .conftest import ROOT

SECPHO = ROOT / "examples" / "secpho-bronze-2013.yaml"
GOLDEN = ROOT / "tests" / "golden" / "secpho-bronze-2013"


def test_one_language_prints_to_stdout(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["draft", str(SECPHO), "--lang", "es"])
    assert result.exit_code == 0, result.output
    assert result.stdout == (GOLDEN / "es.md").read_text(encoding="utf-8")
    assert result.stderr == ""


@pytest.mark.parametrize("fmt", ["html", "txt"])
def test_formats_print_to_stdout(runner: CliRunner, fmt: str) -> None:
    result = runner.invoke(cli, ["draft", str(SECPHO), "--lang", "pt", "--format", fmt])
    assert result.exit_code == 0
    assert result.stdout == (GOLDEN / f"pt.{fmt}").read_text(encoding="utf-8")


def test_json_holds_every_language(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["draft", str(SECPHO), "--format", "json"])
    assert result.exit_code == 0
    payload = json.loads(result.stdout)
    assert payload["languages"] == ["es", "en", "pt"]
    assert set(payload["drafts"]["en"]) == {"title", "subtitle", "markdown", "html", "text"}
    assert payload["drafts"]["en"]["title"] == "SECPhO wins the Bronze Cluster Management Excellence Label"


def test_several_languages_need_out(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["draft", str(SECPHO)])
    assert result.exit_code == 2
    assert result.stderr == (
        "Error: 3 languages (es, en, pt) cannot share stdout; "
        "pass --out DIR, pick one with --lang, or use --format json\n"
    )
    assert result.stdout == ""


def test_a_language_not_in_the_release(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["draft", str(SECPHO), "--lang", "fr"])
    assert result.exit_code == 2
    assert result.stderr == (
        "Error: --lang fr: not among the release's languages (es, en, pt); "
        "add it to release.languages with a text for each\n"
    )


def test_out_writes_one_file_per_language(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "drafts"
    result = runner.invoke(cli, ["draft", str(SECPHO), "--out", str(out), "--format", "html"])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == [".drafter.json", "en.html", "es.html", "pt.html"]
    for lang in ("es", "en", "pt"):
        assert (out / f"{lang}.html").read_bytes() == (GOLDEN / f"{lang}.html").read_bytes()
    json_out = tmp_path / "json"
    assert runner.invoke(cli, ["draft", str(SECPHO), "--out", str(json_out), "--format", "json"]).exit_code == 0
    assert (json_out / "release.json").read_bytes() == (GOLDEN / "release.json").read_bytes()


def test_redrafting_replaces_untouched_drafts_and_keeps_edited_ones(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "drafts"
    assert runner.invoke(cli, ["draft", str(SECPHO), "--out", str(out)]).exit_code == 0
    assert runner.invoke(cli, ["draft", str(SECPHO), "--out", str(out)]).exit_code == 0
    edited = (out / "es.md").read_text(encoding="utf-8").replace("FIN", "FIN\n\nNota añadida a mano.")
    (out / "es.md").write_text(edited, encoding="utf-8")
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    result = runner.invoke(cli, ["draft", str(SECPHO), "--out", str(out)])
    assert result.exit_code == 2
    assert result.stderr == (
        f"Error: {out / 'es.md'} changed since drafter wrote it; nothing was written. "
        "Move your edited drafts elsewhere, or pass --force to replace them\n"
    )
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    forced = runner.invoke(cli, ["draft", str(SECPHO), "--out", str(out), "--force"])
    assert forced.exit_code == 0
    assert "Nota añadida a mano" not in (out / "es.md").read_text(encoding="utf-8")


def test_a_file_drafter_did_not_write_is_not_overwritten(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "drafts"
    out.mkdir()
    (out / "en.md").write_text("My own notes\n", encoding="utf-8")
    result = runner.invoke(cli, ["draft", str(SECPHO), "--out", str(out)])
    assert result.exit_code == 2
    assert (out / "en.md").read_text(encoding="utf-8") == "My own notes\n"
    assert sorted(p.name for p in out.iterdir()) == ["en.md"]


def test_bad_facts_write_nothing(runner: CliRunner, tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(SECPHO.read_text(encoding="utf-8").replace("level: bronze", "level: diamond"), "utf-8")
    out = tmp_path / "drafts"
    result = runner.invoke(cli, ["draft", str(bad), "--out", str(out)])
    assert result.exit_code == 2
    assert re.fullmatch(
        r".*bad\.yaml:\d+:10: award\.level: 'diamond' is not one of: bronze, silver, gold, platinum; a level the "
        r"scheme names itself is a block: \{name: Excellent\}\n",
        result.stderr,
    )
    assert not out.exists()


def test_new_writes_a_skeleton_that_validates_once_filled(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "release.yaml"
    result = runner.invoke(cli, ["new", str(path)])
    assert result.exit_code == 0
    text = path.read_text(encoding="utf-8")
    assert "<<" in text
    unfilled = runner.invoke(cli, ["draft", str(path), "--lang", "en"])
    assert unfilled.exit_code == 2
    assert all("still holds the placeholder" in line for line in unfilled.stderr.splitlines())
    filled = re.sub(r"<<([^<>]*)>>", lambda m: _fill(m.group(1)), text)
    path.write_text(filled, encoding="utf-8")
    facts = load_facts(path)
    assert facts.languages == ["pt", "es", "en"]
    assert runner.invoke(cli, ["draft", str(path), "--format", "json"]).exit_code == 0


def _fill(hint: str) -> str:
    """A plausible value for each kind of placeholder ``drafter new`` writes."""
    if hint.startswith("date"):
        return "2026-06-01"
    if hint == "number":
        return "12"
    if hint == "country code":
        return "PT"
    if hint == "web address":
        return "www.example.org"
    if hint == "e-mail":
        return "press@example.org"
    if hint == "phone number":
        return "+351 210 000 000"
    return f"Filled {hint}."


def test_new_refuses_to_overwrite(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "release.yaml"
    path.write_text("mine\n", encoding="utf-8")
    result = runner.invoke(cli, ["new", str(path)])
    assert result.exit_code == 2
    assert result.stderr == f"Error: {path} already exists; drafter new never overwrites a file\n"
    assert path.read_text(encoding="utf-8") == "mine\n"


def test_new_for_other_languages(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "release.yaml"
    assert runner.invoke(cli, ["new", str(path), "--lang", "en,pt"]).exit_code == 0
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert data["release"]["languages"] == ["en", "pt"]
    assert list(data["organisation"]["about"]) == ["en", "pt"]
    bad = runner.invoke(cli, ["new", str(tmp_path / "x.yaml"), "--lang", "en,xx"])
    assert bad.exit_code == 2
    assert bad.stderr == "Error: --lang: 'xx' has no templates; available: en, es, fr, pt\n"


def test_schema_is_json_schema_of_the_facts_file(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["schema"])
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    assert schema["title"] == "drafter facts file"
    assert set(schema["required"]) == {"release", "organisation", "award"}
    assert schema["additionalProperties"] is False


def test_schema_accepts_the_examples(runner: CliRunner) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(runner.invoke(cli, ["schema"]).stdout)
    for path in sorted((ROOT / "examples").glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        data = json.loads(json.dumps(data, default=str))
        jsonschema.validate(data, schema)


@pytest.mark.parametrize("args", [[], ["new"], ["draft"], ["schema"], ["review"]])
def test_every_command_has_help_with_an_example(runner: CliRunner, args: list[str]) -> None:
    result = runner.invoke(cli, [*args, "--help"])
    assert result.exit_code == 0
    assert "drafter " in result.stdout


def test_usage_errors_exit_2(runner: CliRunner) -> None:
    assert runner.invoke(cli, ["draft"]).exit_code == 2
    assert runner.invoke(cli, ["draft", str(SECPHO), "--format", "pdf"]).exit_code == 2
    assert runner.invoke(cli, ["nonsense"]).exit_code == 2


def test_python_dash_m_works() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "drafter", "draft", str(SECPHO), "--lang", "en", "--format", "txt"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == (GOLDEN / "en.txt").read_text(encoding="utf-8")


def test_a_missing_facts_file(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(cli, ["draft", str(tmp_path / "nope.yaml")])
    assert result.exit_code == 2
    assert result.stderr == f"{tmp_path / 'nope.yaml'}:1:1: file not found\n"
