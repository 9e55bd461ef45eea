"""Write ``drafter check``'s findings for a person, a program, or GitHub Actions.

The JSON form is a stable interface (``"version": 1``): fields may be added,
none removed or renamed without a new version.
"""

from __future__ import annotations

import json
import os
from typing import Any

import click

from .check import CheckResult
from .findings import Finding

REPORT_VERSION = 1
FORMATS = ("text", "json", "github")
_COLOURS = {"error": "red", "warning": "yellow", "info": "cyan"}


def as_text(result: CheckResult, *, colour: bool = False) -> str:
    """Grouped by release, one line per finding: FILE:LINE:COL: severity: rule: message [signature]."""
    lines: list[str] = []
    current: str | None = None
    for finding in result.findings:
        if finding.release != current:
            if current is not None:
                lines.append("")
            current = finding.release
            lines.append(click.style(f"{current}", bold=True) if colour else current)
        severity: str = finding.severity
        if colour:
            severity = click.style(severity, fg=_COLOURS[finding.severity], bold=True)
        others = ", ".join(str(loc) for loc in finding.locations[1:])
        also = f" (also {others})" if others else ""
        lines.append(f"{finding.where}: {severity}: {finding.rule}: {finding.message}{also} [{finding.signature}]")
    if lines:
        lines.append("")
    lines.append(result.summary())
    return "\n".join(lines) + "\n"


def _finding(finding: Finding) -> dict[str, Any]:
    return {
        "rule": finding.rule,
        "severity": finding.severity,
        "message": finding.message,
        "release": finding.release,
        "signature": finding.signature,
        "locations": [{"file": loc.file, "line": loc.line, "column": loc.column} for loc in finding.locations],
    }


def as_json(result: CheckResult) -> str:
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


def _escape(text: str, *, prop: bool = False) -> str:
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return text.replace(":", "%3A").replace(",", "%2C") if prop else text


def as_github(result: CheckResult) -> str:
    """Workflow commands: each finding becomes an annotation on its file and line."""
    lines = []
    for finding in result.findings:
        level = {"error": "error", "warning": "warning", "info": "notice"}[finding.severity]
        loc = finding.where
        props = f"file={_escape(loc.file, prop=True)},line={loc.line},col={loc.column}"
        title = _escape(f"drafter {finding.rule}", prop=True)
        lines.append(f"::{level} {props},title={title}::{_escape(finding.message)} [{finding.signature}]")
    lines.append(result.summary())
    return "\n".join(lines) + "\n"


def render(result: CheckResult, fmt: str, *, terminal: bool = False) -> tuple[str, bool]:
    """The report in ``fmt``, and whether it carries colour (text on a terminal, unless NO_COLOR)."""
    if fmt == "json":
        return as_json(result), False
    if fmt == "github":
        return as_github(result), False
    colour = terminal and not os.environ.get("NO_COLOR")
    return as_text(result, colour=colour), colour
