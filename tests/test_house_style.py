"""A press office's own template: examples/house-style/en/award.md.

It is the built-in English award.md with the headline and the lead reworded.
Drafted with it, a release differs from the built-in draft in those two places
only, still carries every fact, and everything the folder does not hold (other
languages, other kinds, the glossary) comes from the built-in templates. The
README shows the command and the first lines it prints; they are checked here.
"""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter import draft, load_facts
from drafter.catalog import ENV_VAR, Catalog
from drafter.cli import cli

from .conftest import ROOT
from .test_roundtrip import _forms, expected_facts, plain

HOUSE = ROOT / "examples" / "house-style"
SECPHO = ROOT / "examples" / "secpho-bronze-2013.yaml"
RENEWAL = ROOT / "examples" / "acpmr-bronze-renewal.yaml"
STATEMENT = re.compile(r"\{%.*?%\}", re.S)
EXPRESSION = re.compile(r"\{\{.*?\}\}", re.S)


def _blocks(markdown: str) -> list[str]:
    return markdown.split("\n\n")


def _house(path: Path, lang: str = "en") -> str:
    return draft(path, [lang], catalog=Catalog.find(HOUSE)).markdown[lang]


def _builtin(path: Path, lang: str = "en") -> str:
    return draft(path, [lang]).markdown[lang]


def test_the_house_folder_holds_one_template_only() -> None:
    assert sorted(p.relative_to(HOUSE).as_posix() for p in HOUSE.rglob("*") if p.is_file()) == ["en/award.md"]


def test_the_house_template_keeps_every_variable_and_condition() -> None:
    """Only wording changes: the same conditions and blocks, in order, and the same variables."""
    house = (HOUSE / "en" / "award.md").read_text(encoding="utf-8")
    builtin = (ROOT / "templates" / "en" / "award.md").read_text(encoding="utf-8")
    assert STATEMENT.findall(house) == STATEMENT.findall(builtin)
    assert sorted(EXPRESSION.findall(house)) == sorted(EXPRESSION.findall(builtin))
    assert house != builtin


def test_only_the_headline_and_the_lead_differ() -> None:
    house, builtin = _blocks(_house(SECPHO)), _blocks(_builtin(SECPHO))
    assert len(house) == len(builtin)
    differ = [i for i, (h, b) in enumerate(zip(house, builtin, strict=True)) if h != b]
    headline = 0
    lead = next(i for i, block in enumerate(builtin) if block.startswith("**Barcelona, "))
    assert differ == [headline, lead]
    assert house[headline].startswith("# ") and house[headline] != builtin[headline]
    # The lead block starts with the organisation's name and what it is: that part is the built-in one.
    opening = builtin[lead].split(" has ", 1)[0] + " has "
    assert house[lead].startswith(opening)


def test_the_house_draft_still_carries_every_fact() -> None:
    facts = load_facts(SECPHO)
    text = plain(draft(SECPHO, ["en"], catalog=Catalog.find(HOUSE)).output("txt"))
    missing = [
        f"{key}: {value!r}"
        for key, value in expected_facts(facts, "en")
        if not any(plain(form) in text for form in _forms(value))
    ]
    assert not missing, "the house-style draft lacks:\n" + "\n".join(missing)


@pytest.mark.parametrize("lang", ["es", "pt"])
def test_other_languages_fall_back_to_the_builtin_templates(lang: str) -> None:
    assert _house(SECPHO, lang) == _builtin(SECPHO, lang)


def test_a_renewal_uses_the_house_award_but_keeps_its_own_headline_and_lead() -> None:
    """renewal.md extends award.md and replaces exactly the blocks the house style reworded."""
    assert _house(RENEWAL) == _builtin(RENEWAL)


def test_the_environment_variable_does_the_same(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_VAR, str(HOUSE))
    assert draft(SECPHO, ["en"]).markdown["en"] == _house(SECPHO)


def test_the_readme_shows_what_the_command_prints(monkeypatch: pytest.MonkeyPatch) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("\n## Your own templates\n", 1)[1].split("\n## ", 1)[0]
    shown = re.search(r"^    \$ (drafter draft .*)\n((?:    .*\n|\n)+)", section, re.M)
    assert shown, "README.md: '## Your own templates' shows no `$ drafter draft …` example"
    command = shlex.split(shown.group(1))
    assert command[1:] == [
        "draft",
        "examples/secpho-bronze-2013.yaml",
        "--lang",
        "en",
        "--templates",
        "examples/house-style",
    ]
    printed = [line.removeprefix("    ") for line in shown.group(2).rstrip("\n").split("\n")]
    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(cli, command[1:])
    assert result.exit_code == 0, result.output
    assert result.stdout.split("\n")[: len(printed)] == printed
