"""SARIF and JUnit reports: valid against their schemas, read by real parsers, as code scanning and CI expect.

The schemas are the official ones, kept in tests/data (see tests/data/SOURCES.md):
SARIF 2.1.0's JSON Schema (OASIS) and the JUnit XSD that Jenkins and pytest
validate JUnit files with.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import junitparser
import pytest
import xmlschema
from click.testing import CliRunner

from drafter.checker import CheckResult
from drafter.checker.findings import Finding, Location
from drafter.checker.rules import RULES
from drafter.cli import cli
from drafter.report import REGISTRY, render
from drafter.report import sarif as sarif_module

from .conftest import ROOT

DATA = ROOT / "tests" / "data"
SARIF_SCHEMA = json.loads((DATA / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
JUNIT_SCHEMA = xmlschema.XMLSchema(DATA / "junit-10.xsd")
PLANTED = ROOT / "tests" / "corpus" / "planted-partnership-countries"


def _finding(rule: str, severity: str, message: str, *locations: Location, release: str = "drafts") -> Finding:
    return Finding(rule, severity, message, release, tuple(locations), (message,))  # type: ignore[arg-type]


FINDINGS = (
    _finding(
        "fact-different",
        "error",
        "The figure “clusters” is 14 in en.md, where label.yaml says 13. Correct the draft. [figures[0].value]",
        Location("drafts/en.md", 11, 3),
        Location("drafts/es.md", 11, 5),
        Location("drafts/pt.md", 12, 1),
    ),
    _finding("missing-version", "warning", "No French version, though label.yaml lists it"),
    _finding("unmatched", "warning", "Only es.docx gives 2019", Location("drafts/es.docx", 7, 1)),
    _finding(
        "mismatch", "error", "A web address differs: x.eu and y.eu", Location("other/pt.md", 3, 9), release="other"
    ),
)
DISMISSED = (_finding("orphan", "warning", "A number the facts file does not have: 7", Location("drafts/en.md", 5, 2)),)
RESULT = CheckResult(("drafts", "other", "clean"), 7, FINDINGS, DISMISSED)


def _sarif(result: CheckResult = RESULT) -> dict[str, Any]:
    text, colour = render(result, "sarif")
    assert not colour
    data: dict[str, Any] = json.loads(text)
    return data


def _valid_sarif(data: dict[str, Any]) -> None:
    jsonschema.Draft4Validator(SARIF_SCHEMA, format_checker=jsonschema.FormatChecker()).validate(data)


# --- SARIF ----------------------------------------------------------------------------------------------------


def test_sarif_is_valid_against_the_official_schema() -> None:
    _valid_sarif(_sarif())


def test_the_schema_check_can_fail() -> None:
    broken = _sarif()
    broken["runs"][0]["results"][0]["level"] = "fatal"
    with pytest.raises(jsonschema.ValidationError):
        _valid_sarif(broken)


def test_sarif_describes_every_rule_of_the_registry() -> None:
    driver = _sarif()["runs"][0]["tool"]["driver"]
    assert driver["name"] == "drafter"
    assert [rule["id"] for rule in driver["rules"]] == list(RULES)
    for described, rule in zip(driver["rules"], RULES.values(), strict=True):
        assert described["shortDescription"]["text"] == rule.title
        assert described["fullDescription"]["text"] == rule.summary
        assert described["help"]["text"] == rule.help
        assert (
            described["defaultConfiguration"]["level"] == {"error": "error", "warning": "warning"}[rule.severities[0]]
        )
        # GitHub's limits on a rule's descriptions
        assert 0 < len(rule.title) <= 1024 and len(rule.summary) <= 1024


def test_sarif_results_carry_rule_level_message_and_locations() -> None:
    run = _sarif()["runs"][0]
    results = run["results"]
    assert len(results) == len(FINDINGS) + len(DISMISSED)
    first = results[0]
    assert first["ruleId"] == "fact-different"
    assert run["tool"]["driver"]["rules"][first["ruleIndex"]]["id"] == "fact-different"
    assert first["level"] == "error"
    assert first["message"]["text"].startswith("The figure “clusters” is 14 in en.md")
    location = first["locations"][0]["physicalLocation"]
    assert location["region"] == {"startLine": 11, "startColumn": 3}
    related = first["relatedLocations"]
    assert [r["physicalLocation"]["region"]["startLine"] for r in related] == [11, 12]
    assert "[drafts/es.md:11:5](1)" in first["message"]["text"]  # the related locations, linked from the text
    assert first["properties"] == {"release": "drafts", "signature": FINDINGS[0].signature}


def test_every_result_has_a_file_so_github_accepts_the_upload() -> None:
    """GitHub refuses a whole SARIF file if one result has no location with a file."""
    for result in _sarif()["runs"][0]["results"]:
        assert result["locations"], result
        assert result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        assert result["locations"][0]["physicalLocation"]["region"]["startLine"] >= 1


def test_a_word_document_is_located_by_paragraph_in_words() -> None:
    result = next(r for r in _sarif()["runs"][0]["results"] if r["ruleId"] == "unmatched")
    location = result["locations"][0]["physicalLocation"]
    paragraph = Location("drafts/es.docx", 7, 1).paragraph
    assert paragraph is not None
    assert location["properties"] == {"paragraph": paragraph}
    assert result["message"]["text"].startswith(f"drafts/es.docx, paragraph {paragraph}: ")


def test_dismissed_findings_are_accepted_suppressions() -> None:
    results = _sarif()["runs"][0]["results"]
    suppressed = [r for r in results if "suppressions" in r]
    assert [r["ruleId"] for r in suppressed] == ["orphan"]
    assert suppressed[0]["suppressions"] == [{"kind": "external", "status": "accepted"}]


def test_fingerprints_follow_the_finding_not_its_line() -> None:
    moved = _finding(
        "fact-different",
        "error",
        FINDINGS[0].message,
        Location("drafts/en.md", 40, 1),
        Location("drafts/es.md", 41, 1),
    )
    again = _sarif(CheckResult(("drafts",), 3, (moved,), ()))["runs"][0]["results"][0]
    before = _sarif()["runs"][0]["results"][0]
    assert again["partialFingerprints"] == before["partialFingerprints"]
    assert before["partialFingerprints"]["drafterSignature/v1"] == FINDINGS[0].signature
    other = _sarif()["runs"][0]["results"][3]
    assert other["partialFingerprints"] != before["partialFingerprints"]


def test_paths_are_relative_to_the_top_of_the_repository(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / "press").mkdir()
    monkeypatch.chdir(tmp_path / "press")
    result = CheckResult(
        ("releases",), 1, (_finding("leftover", "error", "TODO left", Location("a b/en.md", 2, 1)),), ()
    )
    artifact = _sarif(result)["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert artifact == {"uri": "press/a%20b/en.md", "uriBaseId": "%SRCROOT%"}
    outside = CheckResult(("x",), 1, (_finding("leftover", "error", "TODO", Location("/elsewhere/en.md", 1, 1)),), ())
    artifact = _sarif(outside)["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert artifact == {"uri": "file:///elsewhere/en.md"}


def test_past_githubs_limit_errors_are_kept_first_and_the_rest_counted(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sarif_module, "MAX_RESULTS", 2)
    run = _sarif()["runs"][0]
    assert [r["level"] for r in run["results"]] == ["error", "error"]
    notes = run["invocations"][0]["toolExecutionNotifications"]
    assert notes[0]["message"]["text"].startswith("3 findings were left out")
    _valid_sarif(_sarif())


def test_sarif_is_the_same_on_every_run() -> None:
    assert render(RESULT, "sarif") == render(RESULT, "sarif")


def test_drafter_check_writes_sarif_end_to_end(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    args = ["check", str(PLANTED.relative_to(ROOT)), "--format", "sarif", "--jobs", "1", "--no-cache"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 1, result.output
    data = json.loads(result.output)
    _valid_sarif(data)
    results = data["runs"][0]["results"]
    assert any(r["level"] == "error" and r["ruleId"] == "mismatch" for r in results)
    uris = {loc["physicalLocation"]["artifactLocation"]["uri"] for r in results for loc in r["locations"]}
    assert uris <= {f"tests/corpus/planted-partnership-countries/{lang}.md" for lang in ("en", "es", "pt")}


def test_templates_check_writes_valid_sarif(runner: CliRunner, tmp_path: Path) -> None:
    house = tmp_path / "house" / "en"
    house.mkdir(parents=True)
    (house / "award.md").write_text("# {{ organisation.name }} wins in 2013\n\nTODO\n", encoding="utf-8")
    result = runner.invoke(cli, ["templates", "check", "--templates", str(tmp_path / "house"), "--format", "sarif"])
    assert result.exit_code == 1, result.output
    data = json.loads(result.output)
    _valid_sarif(data)
    assert any(r["ruleId"] == "literal-fact" for r in data["runs"][0]["results"])


# --- JUnit ----------------------------------------------------------------------------------------------------


def _junit(result: CheckResult = RESULT) -> str:
    return render(result, "junit")[0]


def test_junit_is_valid_against_the_jenkins_schema() -> None:
    JUNIT_SCHEMA.validate(_junit())


def test_the_junit_schema_check_can_fail() -> None:
    with pytest.raises(xmlschema.XMLSchemaValidationError):
        JUNIT_SCHEMA.validate(_junit().replace(' failures="', ' fails="', 1))


def test_junit_as_a_ci_parser_reads_it(tmp_path: Path) -> None:
    path = tmp_path / "drafter.xml"
    path.write_text(_junit(), encoding="utf-8")
    xml = junitparser.JUnitXml.fromfile(str(path))
    suites = {suite.name: suite for suite in xml}
    assert list(suites) == ["drafts", "other", "clean"]
    check_rules = [r for r in RULES.values() if r.command == "check"]
    drafts = suites["drafts"]
    assert drafts.tests == len(check_rules)
    assert drafts.failures == 1  # fact-different; the warnings do not fail it
    cases = {case.name.split(":")[0]: case for case in drafts}
    failed = cases["fact-different"]
    assert not failed.is_passed
    (failure,) = failed.result
    assert isinstance(failure, junitparser.Failure)
    assert failure.message.startswith("The figure “clusters” is 14 in en.md")
    assert "drafts/en.md:11:3: error: The figure" in (failure.text or "")
    assert cases["missing-version"].is_passed
    assert "warning: No French version" in (cases["missing-version"].system_out or "")
    assert "dismissed: A number the facts file does not have" in (cases["orphan"].system_out or "")
    assert suites["other"].failures == 1 and suites["clean"].failures == 0
    assert sum(s.tests for s in suites.values()) == 3 * len(check_rules)


def test_junit_is_the_same_on_every_run_and_holds_no_time() -> None:
    assert _junit() == _junit()
    assert "time" not in _junit() and "timestamp" not in _junit()


def test_templates_check_junit_has_the_template_rules(runner: CliRunner, tmp_path: Path) -> None:
    house = tmp_path / "house" / "en"
    house.mkdir(parents=True)
    (house / "award.md").write_text("# {{ organisation.name }} wins in 2013\n", encoding="utf-8")
    result = runner.invoke(cli, ["templates", "check", "--templates", str(tmp_path / "house"), "--format", "junit"])
    assert result.exit_code == 1, result.output
    JUNIT_SCHEMA.validate(result.output)
    path = tmp_path / "templates.xml"
    path.write_text(result.output, encoding="utf-8")
    (suite,) = list(junitparser.JUnitXml.fromfile(str(path)))
    names = [case.name.split(":")[0] for case in suite]
    expected = [r.id for r in RULES.values() if r.command == "templates check"]
    assert names[: len(expected)] == expected
    assert not {case.name.split(":")[0]: case for case in suite}["literal-fact"].is_passed


def test_the_report_formats_are_the_registry() -> None:
    assert {"text", "json", "github", "sarif", "junit"} <= set(REGISTRY)
    assert all(rule.title and rule.help for rule in RULES.values()), "every rule needs a title and help for SARIF"


def test_the_text_report_says_when_no_facts_file_was_found(tmp_path: Path) -> None:
    """A pass without a facts file proves the versions agree, not that they carry the facts: the report says
    so, once, after its summary (tests/test_check.py holds a report with its facts file, which has no such line)."""
    from drafter.cli import cli

    drafts = tmp_path / "drafts"
    drafts.mkdir()
    (drafts / "en.md").write_text("The cluster has 140 members and opened on 3 March 2026.\n", encoding="utf-8")
    (drafts / "pt.md").write_text("O cluster tem 140 associados e abriu a 3 de março de 2026.\n", encoding="utf-8")
    run = CliRunner().invoke(cli, ["check", str(drafts)])
    assert run.exit_code == 0
    assert run.stdout.splitlines()[-1].startswith("No facts file was found for 1 release (")
    assert "checked against each other only" in run.stdout
    json_run = CliRunner().invoke(cli, ["check", "--format", "json", str(drafts)])
    assert "No facts file" not in json_run.stdout
