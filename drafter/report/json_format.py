"""The report for programs: JSON with a schema (docs/check-report.schema.json) that only grows."""

from __future__ import annotations

import json
from typing import Any

from ..checker import CheckResult
from ..checker.findings import Finding, Location

REPORT_VERSION = 1


def _location(loc: Location) -> dict[str, Any]:
    """Line and column of the text drafter read; in a Word or OpenDocument draft, also its paragraph."""
    out: dict[str, Any] = {"file": loc.file, "line": loc.line, "column": loc.column}
    if loc.paragraph is not None:
        out["paragraph"] = loc.paragraph
    return out


def _finding(finding: Finding) -> dict[str, Any]:
    out: dict[str, Any] = {
        "rule": finding.rule,
        "severity": finding.severity,
        "message": finding.message,
        "release": finding.release,
        "signature": finding.signature,
        "locations": [_location(loc) for loc in finding.locations],
    }
    if finding.path:
        out["path"] = finding.path
    return out


def render(result: CheckResult, colour: bool = False) -> str:
    payload = {
        "version": REPORT_VERSION,
        "findings": [_finding(f) for f in result.findings],
        "dismissed": [_finding(f) for f in result.dismissed],
        "summary": {
            "releases": len(result.releases),
            "drafts": result.drafts,
            "errors": result.count("error"),
            "warnings": result.count("warning"),
            "infos": result.count("info"),
            "dismissed": len(result.dismissed),
            "passed": not result.failed,
        },
    }
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
