"""Every kind of finding drafter reports, in one table: its id, how severe it is, what it means.

The checker, ``drafter templates check``, the README's table of findings and
the JSON report's schema all read this table; a test keeps the README and the
schema in step with it, and a finding of an id not here cannot be made.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Severity = Literal["error", "warning", "info"]


@dataclass(frozen=True)
class Rule:
    id: str
    severities: tuple[Severity, ...]
    """What it may be reported as: an error where drafter is sure, a warning where it is not."""
    summary: str
    """One line, for people."""
    command: Literal["check", "templates check"] = "check"


RULES: dict[str, Rule] = {
    rule.id: rule
    for rule in (
        Rule(
            "mismatch",
            ("error", "warning"),
            "A value of one version is paired with a different one in another (2005 and 2015, Inger and nger): "
            "an error where the sentences surely match, else a warning.",
        ),
        Rule(
            "unmatched",
            ("warning",),
            "A fact one version gives and another lacks anywhere, or a year one version leaves out of a date.",
        ),
        Rule(
            "missing-passage",
            ("warning",),
            "Sentences of one version with no counterpart in another (cut, or never translated), "
            "listing the facts only they give.",
        ),
        Rule(
            "term-inconsistent",
            ("warning",),
            "A term of the term base used in one version, and none of its forms in the matching sentence of another.",
        ),
        Rule("fact-missing", ("error",), "A fact of the facts file is missing from a version."),
        Rule("fact-different", ("error",), "A version gives a fact of the facts file differently."),
        Rule(
            "orphan", ("warning",), "A number, date, address or e-mail of a version that the facts file does not have."
        ),
        Rule("missing-version", ("warning",), "A language of the facts file has no version."),
        Rule("facts-unused", ("warning",), "A facts file with no drafts found for it: nothing was checked against it."),
        Rule("stale", ("warning",), "A draft older than the last change to its facts file."),
        Rule(
            "language",
            ("error", "warning"),
            "A version, or a paragraph of it, in another language than its own; or a draft whose language "
            "cannot be told.",
        ),
        Rule("duplicate", ("warning",), "A second version in one language: only the first is compared."),
        Rule("leftover", ("error",), "Template syntax, TODO, a placeholder or an empty link left in a version."),
        Rule("unreadable", ("error",), "A draft or template that cannot be read (not UTF-8, binary, too large)."),
        Rule(
            "template-missing", ("error",), "A template one language has and another lacks.", command="templates check"
        ),
        Rule("template-syntax", ("error",), "A template that does not parse.", command="templates check"),
        Rule(
            "fact-drift",
            ("error",),
            "A fact one language's template uses and another's does not.",
            command="templates check",
        ),
        Rule(
            "condition-drift",
            ("error",),
            "A condition on a fact one language's template tests and another's does not.",
            command="templates check",
        ),
        Rule(
            "literal-fact",
            ("error",),
            "A number, year, web address or e-mail typed into a template instead of taken from the facts.",
            command="templates check",
        ),
        Rule(
            "glossary-drift",
            ("error",),
            "A glossary term one language has and another lacks.",
            command="templates check",
        ),
        Rule(
            "spelling",
            ("warning",),
            "A word of a template or glossary that Hunspell's dictionary of its language lacks "
            "(checked where the dictionary is installed).",
            command="templates check",
        ),
    )
}


def markdown_table() -> str:
    """The README's table of findings, made from :data:`RULES`."""
    lines = ["| finding | reported as | by | what it means |", "|---|---|---|---|"]
    for rule in RULES.values():
        lines.append(f"| `{rule.id}` | {' or '.join(rule.severities)} | `drafter {rule.command}` | {rule.summary} |")
    return "\n".join(lines) + "\n"
