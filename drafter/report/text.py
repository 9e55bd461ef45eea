"""The report for people: grouped by release, one line a finding, colour only on a terminal."""

from __future__ import annotations

import click

from ..checker import CheckResult
from ..errors import printable

_COLOURS = {"error": "red", "warning": "yellow", "info": "cyan"}


def render(result: CheckResult, colour: bool = False) -> str:
    """Grouped by release, one line per finding: FILE:LINE:COL: severity: rule: message [signature]."""
    lines: list[str] = []
    current: str | None = None
    for finding in result.findings:
        if finding.release != current:
            if current is not None:
                lines.append("")
            current = finding.release
            shown = printable(current)
            lines.append(click.style(shown, bold=True) if colour else shown)
        severity: str = finding.severity
        if colour:
            severity = click.style(severity, fg=_COLOURS[finding.severity], bold=True)
        others = ", ".join(str(loc) for loc in finding.locations[1:])
        also = f" (also {others})" if others else ""
        where, message = printable(str(finding.where)), printable(finding.message + also)
        lines.append(f"{where}: {severity}: {message} [{finding.rule} {finding.signature}]")
    if lines:
        lines.append("")
    lines.append(result.summary())
    if result.without_facts:
        lines.append(without_facts(result.without_facts))
    return "\n".join(lines) + "\n"


def without_facts(names: tuple[str, ...]) -> str:
    """What a pass does not prove when no facts file was found: the versions agree, not that they are right."""
    shown = ", ".join(printable(n) for n in names[:3]) + (f" and {len(names) - 3} more" if len(names) > 3 else "")
    one = len(names) == 1
    return (
        f"No facts file was found for {len(names)} release{'' if one else 's'} ({shown}): "
        f"{'its' if one else 'their'} versions were checked against each "
        "other only. Name the facts file (drafter check facts.yaml drafts/) or pass --facts FILE."
    )
