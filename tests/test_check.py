"""``drafter check`` on releases written by hand: exactly the planted differences, nothing else."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from drafter.checker import check
from drafter.checker.findings import Finding
from drafter.cli import cli
from drafter.facts import load_facts

from .conftest import ROOT

CORPUS = ROOT / "tests" / "corpus"
RELEASES = sorted(p for p in CORPUS.iterdir() if p.is_dir())
RULES = {"language": {"language"}, "leftover": {"leftover"}}


def _expected(folder: Path) -> list[dict[str, object]]:
    data = yaml.safe_load((folder / "expected.yaml").read_text(encoding="utf-8"))
    return list(data["findings"])


def _tolerated(folder: Path) -> list[dict[str, object]]:
    """Warnings the release gives by design: a name translated in words the checker cannot pair."""
    data = yaml.safe_load((folder / "expected.yaml").read_text(encoding="utf-8"))
    return list(data.get("warnings") or [])


def _is_tolerated(finding: Finding, known: list[dict[str, object]]) -> bool:
    def fits(w: dict[str, object]) -> bool:
        where = finding.where
        return (
            where.file.endswith(f"/{w['language']}.md")
            and where.line == w["line"]
            and str(w["name"]) in finding.message
        )

    return finding.severity == "warning" and any(fits(w) for w in known)


def _matches(finding: Finding, want: dict[str, object]) -> bool:
    (lang,) = want["languages"]  # type: ignore[misc]
    rules = RULES.get(str(want["kind"]), {"mismatch", "unmatched", "missing-passage"})
    if finding.rule not in rules or finding.where.line != want["line"]:
        return False
    if not finding.where.file.endswith(f"/{lang}.md"):
        return False
    odd = want["odd"]
    return want["kind"] == "language" or odd is None or str(odd) in finding.message


@pytest.mark.parametrize("folder", RELEASES, ids=lambda p: p.name)
def test_corpus_release_gives_exactly_the_planted_findings(folder: Path) -> None:
    findings = list(check([folder]).findings)
    expected = _expected(folder)
    tolerated = _tolerated(folder)
    unmatched = [w for w in expected if not any(_matches(f, w) for f in findings)]
    extra = [f for f in findings if not any(_matches(f, w) for w in expected) and not _is_tolerated(f, tolerated)]
    assert not unmatched, f"not found: {unmatched}\nfound: {[f.message for f in findings]}"
    assert not extra, f"unexpected: {[(str(f.where), f.rule, f.message) for f in extra]}"


def test_the_corpus_covers_consistent_and_planted_releases() -> None:
    kinds = {str(w["kind"]) for folder in RELEASES for w in _expected(folder)}
    assert kinds >= {"number", "date", "url", "email", "phone", "percent", "amount", "name", "country", "term"}
    assert kinds >= {"language", "leftover"}
    assert sum(1 for folder in RELEASES if not _expected(folder)) >= 5


def _drafted(tmp_path: Path, example: str = "secpho-bronze-2013") -> Path:
    from drafter import draft

    folder = tmp_path / example
    folder.mkdir()
    shutil.copy(ROOT / "examples" / f"{example}.yaml", folder / "facts.yaml")
    for lang, md in draft(folder / "facts.yaml").markdown.items():
        (folder / f"{lang}.md").write_text(md, encoding="utf-8")
    return folder


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_fresh_drafts_of_every_example_give_no_finding(tmp_path: Path) -> None:
    examples = sorted((ROOT / "examples").glob("*.yaml"))
    for example in examples:
        _drafted(tmp_path, example.stem)
    result = check([tmp_path])
    assert result.findings == ()
    assert result.drafts == sum(len(load_facts(example).languages) for example in examples)


def test_an_edited_draft_is_checked_against_the_facts(tmp_path: Path, runner: CliRunner) -> None:
    folder = _drafted(tmp_path)
    _edit(folder / "es.md", "13 de los 40", "13 de los 41")
    _edit(folder / "en.md", "5 March 2013,", "5 March,")
    _edit(
        folder / "pt.md", "press@secpho.org](mailto:press@secpho.org)", "prensa@secpho.org](mailto:prensa@secpho.org)"
    )
    _edit(folder / "en.md", "Spain, France and Germany", "Spain and France")
    _edit(
        folder / "es.md",
        "## Próximos pasos",
        "## Próximos pasos\n\nWe will keep working with our partners across Europe in the months ahead.",
    )
    result = CliRunner().invoke(cli, ["check", str(folder)])
    assert result.exit_code == 1
    lines = [line.rsplit(" [", 1)[0] for line in result.stdout.splitlines()]
    es, en, pt = (f"{folder}/{lang}.md" for lang in ("es", "en", "pt"))
    assert lines == [
        str(folder),
        f"{en}:3:271: warning: The date of the award is given as 5 March in en.md, without the year 2013 that "
        "facts.yaml gives (5 March 2013). Add the year if a reader could not tell it. [award.date]",
        f"{en}:25:1: error: Partner 4's country (Germany) is missing from en.md. Add it, or check facts.yaml. "
        "[partnership.partners[3].country]",
        f"{es}:11:13: error: The figure “clústeres de fotónica de Europa cuentan ya con el sello, entre ellos SECPhO” "
        "(its total) is 41 in es.md, where facts.yaml says 40 (one digit differs). Correct the draft, or the facts "
        "file. [figures[0].of]",
        f"{es}:25:1: error: This paragraph reads as English, not Spanish: translate it, or check it belongs in this "
        "version",
        f"{pt}:46:66: error: The press contact's e-mail is prensa@secpho.org in pt.md, where facts.yaml says "
        "press@secpho.org (2 letters apart). Correct the draft, or the facts file. [contact.email]",
        "",
        "1 release, 3 drafts: 4 errors, 1 warning",
    ]


def test_orphans_are_warnings(tmp_path: Path) -> None:
    folder = _drafted(tmp_path)
    for lang, text in (("es", "Más información en www.secpho.org/premio."), ("en", "More at www.secpho.org/premio.")):
        _edit(folder / f"{lang}.md", "\n## ", f"\n{text}\n\n## ")
    _edit(folder / "pt.md", "\n## ", "\nMais informação em www.secpho.org/premio.\n\n## ")
    result = check([folder])
    assert [(f.rule, f.severity) for f in result.findings] == [("orphan", "warning")] * 3
    assert not result.failed


def test_drafts_without_facts_are_compared_with_each_other(tmp_path: Path) -> None:
    folder = _drafted(tmp_path)
    (folder / "facts.yaml").unlink()
    _edit(folder / "en.md", "www.clusterexcellence.eu", "www.cllusterexcellence.eu")
    (finding,) = check([folder]).findings
    assert finding.rule == "mismatch"
    assert finding.message == (
        "A web address differs: www.cllusterexcellence.eu in en.md, where es.md and pt.md have "
        "www.clusterexcellence.eu (1 letter apart). Correct the one that is wrong."
    )
    assert finding.where.file.endswith("/en.md")  # where to look: the version that stands apart


def test_json_report(tmp_path: Path, runner: CliRunner) -> None:
    result = runner.invoke(cli, ["check", str(CORPUS / "planted-research-grant"), "--format", "json"])
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    assert report["version"] == 1
    assert report["summary"] == {
        "releases": 1,
        "drafts": 3,
        "errors": 2,
        "warnings": 0,
        "infos": 0,
        "dismissed": 0,
        "passed": False,
    }
    first = report["findings"][0]
    assert set(first) <= {"rule", "severity", "message", "release", "signature", "locations", "path"}
    assert {"rule", "severity", "message", "release", "signature", "locations"} <= set(first)
    assert set(first["locations"][0]) == {"file", "line", "column"}


def test_github_annotations(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["check", str(CORPUS / "planted-sustainability-ranking"), "--format", "github"])
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    first, second = (line for line in lines if line.startswith("::error"))
    assert first.startswith("::error file=tests/corpus/planted-sustainability-ranking/en.md,line=5,col=")
    assert ",title=drafter mismatch::A percentage differs: 41.5%25 in en.md" in first  # % escaped in commands
    assert second.startswith("::error file=tests/corpus/planted-sustainability-ranking/es.md,line=7,col=1,")
    assert lines[-1] == "1 release, 3 drafts: 2 errors, 1 warning"


def test_no_colour_unless_a_terminal(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["check", str(CORPUS / "planted-research-grant")], env={"NO_COLOR": "1"})
    assert "\x1b[" not in result.stdout


def test_a_dismissed_finding_stays_dismissed_when_the_text_moves(tmp_path: Path) -> None:
    folder = tmp_path / "grant"
    shutil.copytree(CORPUS / "planted-research-grant", folder)
    first = check([folder])
    url = next(f for f in first.findings if "web address" in f.message)
    (folder / "drafter-dismissed.yaml").write_text(
        f"- signature: {url.signature}\n  reason: the Portuguese site really is spelt so\n", encoding="utf-8"
    )
    _edit(folder / "pt.md", "\n", "\nUma linha nova no início.\n\n")
    again = check([folder])
    assert [f.signature for f in again.dismissed] == [url.signature]
    assert url.signature not in {f.signature for f in again.findings}
    assert len(again.findings) == len(first.findings) - 1


def test_language_from_content_and_from_option(tmp_path: Path, runner: CliRunner) -> None:
    folder = tmp_path / "rel"
    shutil.copytree(CORPUS / "consistent-research-grant", folder)
    (folder / "es.md").rename(folder / "nota.md")
    (folder / "pt.md").rename(folder / "comunicado.md")
    assert check([folder]).findings == ()
    wrong = runner.invoke(cli, ["check", str(folder), "--lang", f"{folder / 'nota.md'}=pt"])
    assert wrong.exit_code == 1
    assert "reads as Spanish, but its --lang says Portuguese" in wrong.stdout


def test_stems_group_releases_and_facts_join_them(tmp_path: Path) -> None:
    folder = _drafted(tmp_path)
    for lang in ("es", "en", "pt"):
        (folder / f"{lang}.md").rename(folder / f"label.{lang}.md")
    (folder / "facts.yaml").rename(folder / "label.yaml")
    result = check([folder])
    assert result.releases == (f"{folder}/label",)
    assert result.findings == ()


def test_bad_input_exits_2(runner: CliRunner, tmp_path: Path) -> None:
    missing = runner.invoke(cli, ["check", str(tmp_path / "nope")])
    assert missing.exit_code == 2
    assert missing.stderr == f"Error: {tmp_path / 'nope'} does not exist\n"
    bad_lang = runner.invoke(cli, ["check", str(CORPUS), "--lang", "nonsense"])
    assert bad_lang.exit_code == 2
    assert bad_lang.stderr == "Error: --lang nonsense: write FILE=LANG, like press.md=pt\n"


def test_unreadable_drafts_are_findings_not_crashes(tmp_path: Path) -> None:
    (tmp_path / "en.md").write_bytes(b"\xff\xfe caf\xe9 bytes")
    (tmp_path / "es.md").write_bytes(b"\x00\x01binary")
    result = check([tmp_path])
    assert [(f.rule, f.message) for f in result.findings] == [
        ("unreadable", f"{tmp_path / 'en.md'} is not UTF-8 (byte 0xff on line 1); save it as UTF-8"),
        ("unreadable", f"{tmp_path / 'es.md'} holds NUL bytes; it is not a text file"),
    ]


def test_naming_one_draft_checks_its_whole_release(tmp_path: Path) -> None:
    folder = _drafted(tmp_path)
    _edit(folder / "en.md", "5 March 2013,", "7 March 2013,")
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "en.md").write_text("Unrelated.\n", encoding="utf-8")
    result = check([folder / "es.md"])
    assert result.releases == (str(folder),)
    assert result.drafts == 3
    assert [f.rule for f in result.findings] == ["fact-different"]


def test_the_json_report_follows_its_documented_schema(runner: CliRunner) -> None:
    import jsonschema

    schema = json.loads((ROOT / "docs" / "check-report.schema.json").read_text(encoding="utf-8"))
    result = runner.invoke(cli, ["check", str(CORPUS), "--format", "json"])
    report = json.loads(result.stdout)
    jsonschema.validate(report, schema)
    assert {f["rule"] for f in report["findings"]} >= {"mismatch", "unmatched", "language", "leftover"}


def test_a_draft_older_than_its_facts_is_not_stale_by_its_time_alone(tmp_path: Path) -> None:
    """Staleness is decided by what the facts said when drafter wrote a draft (tests/test_stale.py)."""
    import os

    folder = _drafted(tmp_path)
    now = (folder / "facts.yaml").stat().st_mtime
    os.utime(folder / "es.md", (now - 3600, now - 3600))
    assert check([folder]).findings == ()


def test_symlink_loops_and_deep_folders_end(tmp_path: Path) -> None:
    folder = _drafted(tmp_path)
    (folder / "loop").symlink_to(folder, target_is_directory=True)
    deep = tmp_path
    for i in range(120):
        deep = deep / f"d{i}"
    deep.mkdir(parents=True)
    (deep / "en.md").write_text("A short note.\n", encoding="utf-8")
    result = check([tmp_path])
    assert result.drafts == 4
    assert result.findings == ()


def test_empty_and_whitespace_drafts_are_checked_not_crashed(tmp_path: Path) -> None:
    for lang, text in (("en", ""), ("es", "   \n\n\t\n"), ("pt", "\ufeff")):
        (tmp_path / f"{lang}.md").write_text(text, encoding="utf-8")
    assert check([tmp_path]).findings == ()
