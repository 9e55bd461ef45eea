"""Parallel releases written out for a test: each language's text as a draft of one folder, checked."""

from __future__ import annotations

from pathlib import Path

from drafter.checker import check


def findings(folder: Path, texts: dict[str, str]) -> list[str]:
    """The errors and warnings of ``drafter check`` on ``texts`` (language -> text), as "severity rule: message"."""
    folder.mkdir(parents=True, exist_ok=True)
    for lang, text in texts.items():
        (folder / f"{lang}.txt").write_text(text, encoding="utf-8")
    result = check([folder], jobs=1)
    return [f"{f.severity} {f.rule}: {f.message}" for f in result.findings if f.severity in ("error", "warning")]
