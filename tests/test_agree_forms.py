"""A press office's template that gives ``agree`` the wrong number of forms gets one located, plain message:
from the Python API, from ``drafter draft`` (exit code 2, nothing written), and from ``drafter templates
check`` before any draft is made."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from drafter import draft
from drafter.agreement import agree
from drafter.catalog import Catalog
from drafter.cli import cli
from drafter.errors import TemplateError
from drafter.template_check import check_templates

from .newfacts import facts_file

WRONG = (
    "agree takes two forms (singular, plural) or four (m, f, mp, fp); this call gives {} — give two, "
    'as agree("ha", "han"), or four, as agree("gerido", "gerida", "geridos", "geridas")'
)

HOUSE = """\
{#- A house style's headline: the verb agrees with the organisation. -#}
# {{ org.headline }} {{ org.gender | agree("wins", "win") }} the {{ award.name }}

{{ org.the | capitalize }}{{ org.name }} {{ org.gender | agree("has", "have", "had") }} won it.
"""
"""A whole award.md of a press office's own: its fourth line gives agree three forms."""


@pytest.fixture
def house(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Templates of a press office's own at ./house, with the English award.md above; the rest built in."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "house" / "en").mkdir(parents=True)
    (tmp_path / "house" / "en" / "award.md").write_text(HOUSE, encoding="utf-8")
    return Path("house")


@pytest.mark.parametrize(
    ("forms", "said"), [(("a",), "one"), (("a", "b", "c"), "three"), (tuple("abcdefghijkl"), "12")]
)
def test_agree_refuses_other_counts_of_forms_in_plain_words(forms: tuple[str, ...], said: str) -> None:
    with pytest.raises(TemplateError) as raised:
        agree("m", *forms)
    assert raised.value.reason == WRONG.format(said)


def test_drafting_names_the_template_and_its_line(house: Path) -> None:
    facts = facts_file(Path("."))
    with pytest.raises(TemplateError) as raised:
        draft(facts, ["en"], catalog=Catalog.find(house))
    assert str(raised.value) == f"house/en/award.md:4: {WRONG.format('three')}"


def test_the_command_says_it_once_and_writes_nothing(house: Path) -> None:
    facts = facts_file(Path("."))
    result = CliRunner().invoke(cli, ["draft", str(facts), "--templates", str(house), "--out", "drafts"])
    assert result.exit_code == 2
    assert result.stderr == f"house/en/award.md:4: {WRONG.format('three')}\n"
    assert "Traceback" not in result.output
    assert not Path("drafts").exists() or not any(Path("drafts").iterdir())


def test_templates_check_finds_it_without_drafting(house: Path) -> None:
    found = [f for f in check_templates(Catalog.find(house)).findings if f.rule == "filter-call"]
    assert [(f.message, str(f.locations[0])) for f in found] == [(WRONG.format("three"), "house/en/award.md:4:58")]
    (house / "en" / "award.md").write_text(HOUSE.replace(', "had")', ")"), encoding="utf-8")
    assert not [f for f in check_templates(Catalog.find(house)).findings if f.rule == "filter-call"]


def test_the_shipped_templates_give_agree_two_or_four_forms() -> None:
    assert not [f for f in check_templates(Catalog.find()).findings if f.rule == "filter-call"]
