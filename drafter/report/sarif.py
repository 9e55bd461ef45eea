"""SARIF 2.1.0, the format code scanning reads (GitHub, GitLab, Azure DevOps): each finding a result.

What GitHub's code scanning asks of an upload, and how this report meets it:

- every result has a location with a file (a file with none is rejected whole): a finding that
  concerns a whole release stands at its folder, as in the text report;
- paths are relative to the top of the Git repository (``%SRCROOT%``), as the repository holds
  them, and ``originalUriBaseIds`` is left out: code scanning does not read it;
- ``partialFingerprints`` come from the finding's signature (its rule, release and what it is
  about, never its line), so an alert stays one alert when the text around it moves;
- at most 25,000 results a run: past that, errors are kept before warnings and dismissed findings,
  and a notification says how many were left out;
- a dismissed finding (``drafter-dismissed.yaml``) is a result with an accepted suppression.
"""

from __future__ import annotations

import json
import os
from importlib.metadata import PackageNotFoundError, metadata
from pathlib import Path
from typing import Any
from urllib.parse import quote

from .. import __version__
from ..checker import CheckResult
from ..checker.findings import Finding, Location
from ..checker.rules import RULES, Rule
from ..errors import printable

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
ROOT_ID = "%SRCROOT%"
MAX_RESULTS = 25_000
"""GitHub refuses a run of more results than this."""
LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def render(result: CheckResult, colour: bool = False) -> str:
    files = _Files(Path.cwd())
    index = {rule_id: i for i, rule_id in enumerate(RULES)}
    ranked = [(f, False) for f in result.findings] + [(f, True) for f in result.dismissed]
    kept = _within_limit(ranked)
    invocation: dict[str, Any] = {"executionSuccessful": True}
    if len(kept) < len(ranked):
        left = len(ranked) - len(kept)
        invocation["toolExecutionNotifications"] = [
            {
                "level": "warning",
                "message": {
                    "text": f"{left} findings were left out: code scanning takes {MAX_RESULTS:,} a run. "
                    "Check fewer releases at a time, or read them all with --format json."
                },
            }
        ]
    run = {
        "tool": {"driver": _driver()},
        "invocations": [invocation],
        "columnKind": "unicodeCodePoints",
        "results": [_result(f, index[f.rule], files, dismissed) for f, dismissed in kept],
    }
    log = {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}
    return json.dumps(log, ensure_ascii=False, separators=(",", ":")) + "\n"  # compact: a report may be large


def _within_limit(ranked: list[tuple[Finding, bool]]) -> list[tuple[Finding, bool]]:
    """All of them, or the most severe up to the limit, in their order."""
    if len(ranked) <= MAX_RESULTS:
        return ranked
    order = {"error": 0, "warning": 1, "info": 2}
    chosen = sorted(range(len(ranked)), key=lambda i: (ranked[i][1], order[ranked[i][0].severity], i))
    return [ranked[i] for i in sorted(chosen[:MAX_RESULTS])]


def _driver() -> dict[str, Any]:
    driver: dict[str, Any] = {"name": "drafter", "version": __version__, "semanticVersion": __version__}
    home = _home_page()
    if home:
        driver["informationUri"] = home
    driver["rules"] = [_rule(rule) for rule in RULES.values()]
    return driver


def _home_page() -> str | None:
    """The project's address as its package metadata gives it, if it gives one."""
    try:
        meta = metadata("drafter")
    except PackageNotFoundError:
        return None
    for entry in meta.get_all("Project-URL") or []:
        label, _, url = str(entry).partition(",")
        if label.strip().lower() in ("homepage", "home", "source", "repository"):
            return url.strip()
    home = meta["Home-page"] if "Home-page" in meta else None
    return str(home) if home else None


def _rule(rule: Rule) -> dict[str, Any]:
    return {
        "id": rule.id,
        "name": rule.id,
        "shortDescription": {"text": rule.title or rule.id},
        "fullDescription": {"text": rule.summary},
        "help": {"text": rule.help or rule.summary},
        "defaultConfiguration": {"level": LEVELS[rule.severities[0]]},
        "properties": {"tags": [f"drafter {rule.command}"]},
    }


def _result(finding: Finding, rule_index: int, files: _Files, dismissed: bool) -> dict[str, Any]:
    first = finding.where
    others = finding.locations[1:]
    text = printable(finding.message)
    if first.paragraph is not None:
        text = f"{first}: {text}"  # code scanning shows no line of a Word document: say where in words
    if others:
        links = ", ".join(f"[{_escape_link(str(loc))}]({i})" for i, loc in enumerate(others, 1))
        text += f" Also: {links}."
    out: dict[str, Any] = {
        "ruleId": finding.rule,
        "ruleIndex": rule_index,
        "level": LEVELS[finding.severity],
        "message": {"text": text},
        "locations": [{"physicalLocation": files.physical(first)}],
    }
    if others:
        out["relatedLocations"] = [
            {"id": i, "physicalLocation": files.physical(loc), "message": {"text": str(loc)}}
            for i, loc in enumerate(others, 1)
        ]
    # The signature, under drafter's own key and under the one code scanning matches alerts by (which
    # upload-sarif fills from the line's text when it is absent: an edit nearby would then open a new alert).
    out["partialFingerprints"] = {
        "drafterSignature/v1": finding.signature,
        "primaryLocationLineHash": f"{finding.signature}:1",
    }
    properties: dict[str, Any] = {"release": finding.release, "signature": finding.signature}
    if finding.path:
        properties["factsKey"] = finding.path
    out["properties"] = properties
    if dismissed:
        out["suppressions"] = [{"kind": "external", "status": "accepted"}]
    return out


def _escape_link(text: str) -> str:
    """Square brackets inside a link's text are escaped, as SARIF's embedded links want."""
    return text.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]")


class _Files:
    """Where each file is for code scanning, worked out once a file (an archive's report names each many times)."""

    def __init__(self, cwd: Path) -> None:
        self.cwd = cwd
        self.root = repository_root(cwd)
        self.artifacts: dict[str, dict[str, str]] = {}

    def artifact(self, file: str) -> dict[str, str]:
        """The file relative to the repository's top (``%SRCROOT%``), else its absolute address."""
        found = self.artifacts.get(file)
        if found is None:
            path = Path(os.path.normpath(self.cwd / file))
            try:
                found = {"uri": quote(path.relative_to(self.root).as_posix()), "uriBaseId": ROOT_ID}
            except ValueError:
                found = {"uri": path.as_uri()}
            self.artifacts[file] = found
        return dict(found)

    def physical(self, loc: Location) -> dict[str, Any]:
        """The file, and its line and column; or, in a Word or OpenDocument draft, its first line with the
        paragraph alongside."""
        out: dict[str, Any] = {"artifactLocation": self.artifact(loc.file)}
        paragraph = loc.paragraph
        if paragraph is not None:
            out["region"] = {"startLine": 1}
            out["properties"] = {"paragraph": paragraph}
        else:
            out["region"] = {"startLine": loc.line, "startColumn": loc.column}
        return out


def repository_root(start: Path) -> Path:
    """The top of the Git repository holding ``start`` (where code scanning's paths begin), else ``start``."""
    here = start
    while True:
        if (here / ".git").exists():
            return here
        if here.parent == here:
            return start
        here = here.parent
