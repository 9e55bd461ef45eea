"""GitHub Actions workflow commands: each finding an annotation on its file and line."""

from __future__ import annotations

from ..checker import CheckResult
from ..errors import printable


def _escape(text: str, *, prop: bool = False) -> str:
    """Workflow-command escaping, after control characters (a file name may hold one) are made visible."""
    text = printable(text).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return text.replace(":", "%3A").replace(",", "%2C") if prop else text


def render(result: CheckResult, colour: bool = False) -> str:
    lines = []
    for finding in result.findings:
        level = {"error": "error", "warning": "warning", "info": "notice"}[finding.severity]
        loc = finding.where
        props = f"file={_escape(loc.file, prop=True)}"
        if loc.paragraph is None:  # a Word document has no lines GitHub could show
            props += f",line={loc.line},col={loc.column}"
        title = _escape(f"drafter {finding.rule}", prop=True)
        place = f"{loc}: " if loc.paragraph is not None else ""  # GitHub shows no line of a Word document
        lines.append(f"::{level} {props},title={title}::{_escape(place + finding.message)} [{finding.signature}]")
    lines.append(result.summary())
    return "\n".join(lines) + "\n"
