"""JUnit XML, the test report CI services read (GitLab, Jenkins, Azure DevOps): each rule a test.

A release is a test suite, and each rule of the command a test case in it,
failed by the errors of that rule and passed otherwise; its warnings and
dismissed findings are the test's output, so they show without failing the
build, as ``drafter check`` exits 0 on warnings. The file holds no time or
host name: the same findings give the same bytes.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable

from ..checker import CheckResult
from ..checker.findings import Finding
from ..checker.rules import RULES
from ..errors import printable


def render(result: CheckResult, colour: bool = False) -> str:
    command = _command(result)
    suites = ET.Element("testsuites", name=f"drafter {command}")
    tests = failures = 0
    by_release: dict[str, tuple[list[Finding], list[Finding]]] = {name: ([], []) for name in result.releases}
    for finding in result.findings:
        by_release.setdefault(finding.release, ([], []))[0].append(finding)
    for finding in result.dismissed:
        by_release.setdefault(finding.release, ([], []))[1].append(finding)
    for release, (found, dismissed) in by_release.items():
        suite = ET.SubElement(suites, "testsuite", name=printable(release))
        rules = [r.id for r in RULES.values() if r.command == command]
        rules += sorted({f.rule for f in (*found, *dismissed)} - set(rules), key=list(RULES).index)
        failed = 0
        for rule in rules:
            failed += _testcase(suite, release, rule, [f for f in found if f.rule == rule], dismissed)
        suite.set("tests", str(len(rules)))
        suite.set("failures", str(failed))
        suite.set("errors", "0")
        suite.set("skipped", "0")
        tests += len(rules)
        failures += failed
    suites.set("tests", str(tests))
    suites.set("failures", str(failures))
    suites.set("errors", "0")
    ET.indent(suites, space="  ")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suites, encoding="unicode") + "\n"


def _command(result: CheckResult) -> str:
    from ..template_check import TemplateCheckResult

    return "templates check" if isinstance(result, TemplateCheckResult) else "check"


def _testcase(suite: ET.Element, release: str, rule: str, found: list[Finding], dismissed: list[Finding]) -> int:
    """One rule's test case in ``suite``; 1 if its errors fail it, else 0."""
    case = ET.SubElement(suite, "testcase", name=f"{rule}: {RULES[rule].title or rule}", classname=printable(release))
    errors = [f for f in found if f.severity == "error"]
    if errors:
        first = printable(errors[0].message)
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        failure = ET.SubElement(case, "failure", type=rule, message=first + more)
        failure.text = _lines(errors)
    rest = [f for f in found if f.severity != "error"]
    gone = [f for f in dismissed if f.rule == rule]
    if rest or gone:
        out = ET.SubElement(case, "system-out")
        out.text = "\n".join(x for x in (_lines(rest), _lines(gone, "dismissed")) if x)
    return 1 if errors else 0


def _lines(findings: Iterable[Finding], severity: str | None = None) -> str:
    """As the text report writes them: FILE:LINE:COL: severity: message (also …) [rule signature]."""
    lines = []
    for finding in findings:
        others = ", ".join(str(loc) for loc in finding.locations[1:])
        also = f" (also {others})" if others else ""
        message = printable(f"{finding.message}{also}")
        where = printable(str(finding.where))
        lines.append(f"{where}: {severity or finding.severity}: {message} [{finding.rule} {finding.signature}]")
    return "\n".join(lines)
