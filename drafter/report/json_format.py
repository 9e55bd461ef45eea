"""The report for programs: JSON with a schema (docs/check-report.schema.json) that only grows."""

from __future__ import annotations

import json
from typing import Any

from ..checker import CheckResult
from ..checker.findings import Finding

REPORT_VERSION = 1


def _finding(finding: Finding) -> dict[str, Any]:
    out: dict[str, Any] = {
        "rule": finding.rule,
        "severity": finding.severity,
        "message": finding.message,
        "release": finding.release,
        "signature": finding.signature,
        "locations": [{"file": loc.file, "line": loc.line, "column": loc.column} for loc in finding.locations],
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
