"""The facts file's genders that a name's own noun contradicts, as warnings at the `gender` key
(:mod:`drafter.lang.name_genders`): the drafts would give the name the wrong article."""

from __future__ import annotations

from pathlib import Path

from ..errors import display_path
from ..facts import Facts
from ..facts.yamlsource import dotted, load_yaml
from ..lang.name_genders import advice, clashes
from .findings import Finding, Location


def gender_findings(facts: Facts, path: Path, release: str) -> list[Finding]:
    """One warning a body and language whose `gender` its name's noun contradicts, where the key stands."""
    found = clashes(facts, tuple(facts.languages))
    if not found:
        return []
    doc = load_yaml(path)
    shown = display_path(path)
    out = []
    for clash in found:
        at = doc.where(clash.key, at_key=True)
        subject = (dotted(clash.key), clash.lang, clash.name)
        message = advice(clash)
        out.append(
            Finding(
                "facts-gender",
                "warning",
                message,
                release,
                (Location(shown, at.line, at.column),),
                subject,
                dotted(clash.key),
            )
        )
    return out
