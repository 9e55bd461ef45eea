"""A count written in words and changed by hand is reported, and the message says how numbers differ.

Drafts write one to nine (ten in es and pt) in words. A press officer who
changes "Cinco" to "Oito" in one version has changed a fact; with no facts file
the versions' matching sentences show it. The hint in a message reads right
for digits ("one digit differs", "two digits swapped") and for words ("Oito is 8").
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from drafter import draft
from drafter.checker import check
from drafter.checker.keys import changed_in_words
from drafter.checker.nearmiss import similar
from drafter.extract import Mention

from .conftest import ROOT


def _drafts(folder: Path, *, facts: bool) -> dict[str, str]:
    """The SECPhO release with two figures in words (5 and 7) and five partners, drafted into ``folder``."""
    data: dict[str, Any] = yaml.safe_load((ROOT / "examples" / "secpho-bronze-2013.yaml").read_text(encoding="utf-8"))
    data["figures"] = [
        {"value": 5, "what": data["figures"][0]["what"]},
        {"value": 7, "what": data["figures"][1]["what"]},
    ]
    data["partnership"]["count"] = 5
    path = folder / "facts.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    markdown = draft(path).markdown
    for lang, md in markdown.items():
        (folder / f"{lang}.md").write_text(md, encoding="utf-8")
    if not facts:
        path.unlink()
    return markdown


def _edit(folder: Path, lang: str, old: str, new: str) -> None:
    path = folder / f"{lang}.md"
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), encoding="utf-8")


def _errors(folder: Path) -> list[str]:
    return [f"{Path(f.where.file).name}: {f.message}" for f in check([folder]).findings if f.severity == "error"]


def test_fresh_drafts_with_counts_in_words_give_no_finding(tmp_path: Path) -> None:
    _drafts(tmp_path, facts=False)
    assert _errors(tmp_path) == []


def test_a_count_in_words_changed_in_one_version_is_reported_without_a_facts_file(tmp_path: Path) -> None:
    """The old value still stands in the draft ("cinco socios"): only the matching sentences show the change."""
    _drafts(tmp_path, facts=False)
    _edit(tmp_path, "pt", "- Cinco clusters de fotónica", "- Oito clusters de fotónica")
    assert _errors(tmp_path) == [
        "pt.md: A number differs: Oito in pt.md, where en.md and es.md have Five and Cinco (Oito is 8, Five is 5). "
        "Correct the one that is wrong."
    ]


def test_a_count_in_words_changed_against_the_facts_file_says_which_number_each_word_is(tmp_path: Path) -> None:
    _drafts(tmp_path, facts=True)
    _edit(tmp_path, "pt", "- Cinco clusters de fotónica", "- Oito clusters de fotónica")
    errors = _errors(tmp_path)
    assert any("is Oito in pt.md, where facts.yaml says cinco (Oito is 8, cinco is 5)" in e for e in errors), errors
    assert not any("digit" in e for e in errors), errors


def _number(value: str, text: str) -> Mention:
    return Mention(1, 1, "number", value, text)


def test_only_a_lone_small_count_other_than_one_is_taken_for_a_change() -> None:
    five, seven, one, digits = _number("5", "cinco"), _number("7", "seven"), _number("1", "one"), _number("7", "7")
    assert changed_in_words(five, seven, True) == "cinco is 5, seven is 7"
    assert changed_in_words(five, digits, True) == "cinco is 5"
    assert changed_in_words(five, seven, False) is None  # another number beside it, or sentences not surely matched
    assert changed_in_words(one, seven, True) is None  # "one of the", "uma das": wording as often as a count
    assert changed_in_words(_number("17", "17"), _number("12", "12"), True) is None  # digits: the usual rules
    assert changed_in_words(five, _number("5", "five"), True) is None


@pytest.mark.parametrize(
    ("a", "b", "hint"),
    [
        ("1774", "1744", "one digit differs"),
        ("1774", "1747", "two digits swapped"),
        ("1774", "174", "one digit added or left out"),
        ("1774", "1477", "two digits differ"),
        ("40", "41", "one digit differs"),
    ],
)
def test_numbers_in_digits_are_said_to_differ_as_a_reader_would_check_them(a: str, b: str, hint: str) -> None:
    assert similar("number", a, b) == hint
    assert similar("number", a, b, (a, b)) == hint


def test_numbers_in_words_are_never_said_to_be_digits_apart() -> None:
    assert similar("number", "8", "9", ("Oito", "nove")) == "Oito is 8, nove is 9"
    assert similar("number", "8", "9", ("Oito", "9")) == "Oito is 8"
    assert similar("number", "20", "30", ("twenty", "30")) == "twenty is 20"
