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
    title: str = ""
    """A few words that name the finding, for lists of alerts (SARIF's short description)."""
    help: str = ""
    """What to do about it, in plain words (SARIF's help text, shown beside a code-scanning alert)."""


RULES: dict[str, Rule] = {
    rule.id: rule
    for rule in (
        Rule(
            "mismatch",
            ("error", "warning"),
            "A value of one version is paired with a different one in another (2005 and 2015, Inger and nger): "
            "an error where the sentences surely match, else a warning.",
            title="A value differs between versions",
            help="Two versions give different values where they say the same thing. Correct the version that is "
            "wrong. If the difference is meant, list the finding's signature in drafter-dismissed.yaml with the "
            "reason.",
        ),
        Rule(
            "unmatched",
            ("warning",),
            "A fact one version gives and another lacks anywhere, or a year one version leaves out of a date.",
            title="A fact one version lacks",
            help="Add the fact to the version that lacks it, or take it out of the one that has it. A year left "
            "out of a date is named in the message: add it if the reader needs it.",
        ),
        Rule(
            "missing-passage",
            ("warning",),
            "Sentences of one version with no counterpart in another (cut, or never translated), "
            "listing the facts only they give.",
            title="A passage with no counterpart",
            help="A passage of one version has nothing matching it in another: translate it, or check that the "
            "cut was meant. The message lists the facts only that passage gives.",
        ),
        Rule(
            "term-inconsistent",
            ("warning",),
            "A term of the term base used in one version, and none of its forms in the matching sentence of another.",
            title="A term translated inconsistently",
            help="Use one of the forms the term base (drafter-terms.yaml) gives for this term, or add the form "
            "used here to the term base if it is right too.",
        ),
        Rule(
            "fact-missing",
            ("error",),
            "A fact of the facts file is missing from a version.",
            title="A fact of the facts file is missing",
            help="The version does not give a fact that the facts file holds. Add it to the draft, or draft the "
            "release again with drafter draft.",
        ),
        Rule(
            "fact-different",
            ("error", "warning"),
            "A version gives a fact of the facts file differently; a date without the year the facts give, a warning.",
            title="A fact differs from the facts file",
            help="The version gives a different value from the facts file. Correct the draft, or the facts file "
            "if it is the one that is wrong; the message names the key (figures[0].value). A date given without "
            'its year ("on 18 November") is the same day: add the year if a reader could not tell it.',
        ),
        Rule(
            "orphan",
            ("warning",),
            "A number, date, address or e-mail of a version that the facts file does not have.",
            title="A value the facts file does not have",
            help="The version gives a number, date, address or e-mail that is not in the facts file. Add it to "
            "the facts file if it belongs to the release, or take it out of the draft.",
        ),
        Rule(
            "missing-version",
            ("warning",),
            "A language of the facts file has no version.",
            title="A language has no version",
            help="The facts file lists a language that has no draft. Draft it, or take it out of release.languages.",
        ),
        Rule(
            "facts-gender",
            ("warning",),
            "A `gender` in the facts file that the noun its name starts with contradicts in one of the languages "
            '(`gender: f` for "Ayuntamiento de Amarante" reads "la Ayuntamiento"), with the genders to write.',
            title="A gender its name contradicts",
            help="The name starts with a noun of the other gender in this language (el Ayuntamiento, la Câmara), "
            "so the draft gives it the wrong article and agreement. Leave gender out, or give one per language.",
        ),
        Rule(
            "facts-unused",
            ("warning",),
            "A facts file with no drafts found for it: nothing was checked against it.",
            title="A facts file with no drafts",
            help="No draft was found for this facts file, so nothing was checked against it. Draft the release, "
            "or give drafter check the folder that holds its drafts.",
        ),
        Rule(
            "stale",
            ("warning",),
            "A draft that drafter wrote from other facts than its facts file now holds.",
            title="A draft written from older facts",
            help="The facts file has changed since drafter wrote this draft. Draft it again; or, if you carried "
            "the change into the draft by hand, dismiss the finding: it comes back only if the facts change again.",
        ),
        Rule(
            "language",
            ("error", "warning"),
            "A version, or a paragraph of it, in another language than its own; or a draft whose language "
            'cannot be told. Names, figures, markup and web and e-mail addresses (with or without "www.": '
            "a link's text such as `environment.ec.europa.eu/topics/urban-environment/…`) are left out before "
            "a paragraph is judged: they are in no language.",
            title="Text in another language",
            help="Translate the text into the version's language, or move the draft. Name a draft like "
            "award.en.md (or pass --lang FILE=LANG) when its language cannot be told.",
        ),
        Rule(
            "duplicate",
            ("warning",),
            "A second version in one language: only the first is compared.",
            title="A second version in one language",
            help="Only the first version in each language is compared. Remove or rename the other one.",
        ),
        Rule(
            "leftover",
            ("error",),
            "Template syntax, TODO, a placeholder or an empty link left in a version.",
            title="Something left to fill in",
            help="Template syntax, a TODO, a <<placeholder>> or an empty link was left in the version: replace "
            "it with the text meant to be there.",
        ),
        Rule(
            "unreadable",
            ("error",),
            "A draft or template that cannot be read (not UTF-8, binary, too large).",
            title="A file that cannot be read",
            help="Save the file as UTF-8 text, or replace it with the right file; the message says what is wrong "
            "with it.",
        ),
        Rule(
            "template-missing",
            ("error",),
            "A template one language has and another lacks.",
            command="templates check",
            title="A template missing in a language",
            help="Copy the template into the language's folder and translate it, or remove it from the others.",
        ),
        Rule(
            "template-syntax",
            ("error",),
            "A template that does not parse.",
            command="templates check",
            title="A template that does not parse",
            help="Correct the template's syntax at the line given: a tag left open, or a bracket missing.",
        ),
        Rule(
            "fact-drift",
            ("error",),
            "A fact one language's template uses and another's does not.",
            command="templates check",
            title="A fact used in one language only",
            help="Use the fact in every language's version of the template, or in none, so that no language drops it.",
        ),
        Rule(
            "condition-drift",
            ("error",),
            "A condition on a fact one language's template tests and another's does not.",
            command="templates check",
            title="A condition tested in one language only",
            help="Test the fact the same way in every language's version of the template ({% if ... %}), so "
            "each language shows it in the same cases.",
        ),
        Rule(
            "literal-fact",
            ("error",),
            "A number, year, web address or e-mail typed into a template instead of taken from the facts.",
            command="templates check",
            title="A fact typed into a template",
            help="Take the value from the facts ({{ award.date }}, {{ organisation.website }}) instead of "
            "typing it, so that every release gives its own.",
        ),
        Rule(
            "filter-call",
            ("error",),
            "A filter given a number of forms it cannot take: agree with other than two or four.",
            command="templates check",
            title="A filter given the wrong number of forms",
            help='Give agree two forms, singular then plural (agree("has", "have")), or four, m, f, mp, fp '
            '(agree("gerido", "gerida", "geridos", "geridas")).',
        ),
        Rule(
            "glossary-drift",
            ("error",),
            "A glossary term one language has and another lacks.",
            command="templates check",
            title="A glossary term missing in a language",
            help="Add the term to every language's glossary.yaml, or remove it from the others.",
        ),
        Rule(
            "spelling",
            ("warning",),
            "A word of a template or glossary that Hunspell's dictionary of its language lacks "
            "(checked where the dictionary is installed).",
            command="templates check",
            title="A word the dictionary lacks",
            help="Correct the spelling, or list the word in the language's words.txt if it is right.",
        ),
    )
}


def markdown_table() -> str:
    """The README's table of findings, made from :data:`RULES`."""
    lines = ["| finding | reported as | by | what it means |", "|---|---|---|---|"]
    for rule in RULES.values():
        lines.append(f"| `{rule.id}` | {' or '.join(rule.severities)} | `drafter {rule.command}` | {rule.summary} |")
    return "\n".join(lines) + "\n"
