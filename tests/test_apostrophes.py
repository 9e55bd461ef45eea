"""An apostrophe inside a word is printed as the press prints it (l’ONU, O’Brien’s) in a quotation or a
motto, in every language drafter writes; code-like text (between backticks, a web address, an e-mail)
is left as written, and so are single quotes used as quotation marks. ``drafter check`` reads ’ and '
as one: a draft against its facts either way, and versions one of which was edited by hand."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from drafter import draft
from drafter.checker import check
from drafter.lang import Words, words
from drafter.typography import nested

from .newfacts import LANGS4, facts_file, per_lang


@pytest.mark.parametrize("lang", LANGS4)
@pytest.mark.parametrize(
    ("written", "printed"),
    [
        ("l'ONU", "l’ONU"),
        ("O'Brien's plan", "O’Brien’s plan"),
        ("the 1990's", "the 1990’s"),
        ("see `don't` here", "see `don't` here"),
        ("at https://example.org/l'a today", "at https://example.org/l'a today"),
        ("write to o'brien@example.org", "write to o'brien@example.org"),
        ("the Smiths' house", "the Smiths’ house"),  # a plural's possessive (or a closing quote: ’ too)
        ("the members' exports.", "the members’ exports."),
        ("a 'word' here", "a 'word' here"),
    ],
)
def test_an_apostrophe_inside_a_word_is_typographic(lang: str, written: str, printed: str) -> None:
    assert nested(written, words(lang)) == printed


def test_a_language_drafter_has_no_words_for_keeps_it_as_written() -> None:
    assert nested("l'ONU", Words(code="it")) == "l'ONU"


QUOTE = {
    "speaker": "Ana Lopes",
    "role": per_lang("diretora", "directora", "director", "directrice"),
    "text": per_lang(
        "O apoio da ONU, desde 2019, conta muito.",
        "El apoyo de la ONU, desde 2019, cuenta mucho.",
        "The UN's support, since 2019, hasn't stopped.",
        "Le soutien de l'ONU, depuis 2019, n'a pas cessé.",
    ),
}


def _release(folder: Path, curly: bool = False) -> Path:
    """A release with a quote and a motto holding apostrophes, drafted into ``folder``; its facts written
    with straight apostrophes, or with typographic ones (``curly``) in a facts file of their own."""
    folder.mkdir()
    facts = facts_file(folder, {"quotes": [QUOTE], "award.motto": "Don't stop"})
    for lang, text in draft(facts).markdown.items():
        (folder / f"{lang}.md").write_text(text, encoding="utf-8")
    if curly:
        texts = {lang: text.replace("'", "’") for lang, text in QUOTE["text"].items()}
        other = folder.parent / "curly"
        other.mkdir()
        return facts_file(other, {"quotes": [{**QUOTE, "text": texts}], "award.motto": "Don’t stop"})
    return facts


def _findings(folder: Path, facts: Path) -> list[Any]:
    return [f"{f.rule} {f.path}" for f in check([folder], facts=facts).findings]


def test_drafts_print_typographic_apostrophes(tmp_path: Path) -> None:
    folder = tmp_path / "release"
    _release(folder)
    fr = (folder / "fr.md").read_text(encoding="utf-8")
    en = (folder / "en.md").read_text(encoding="utf-8")
    assert "Le soutien de l’ONU, depuis 2019, n’a pas cessé." in fr
    assert "The UN’s support, since 2019, hasn’t stopped." in en
    assert "(“Don’t stop”)" in en
    assert "'" not in fr + en


@pytest.mark.parametrize("curly", [False, True])
def test_check_reads_either_apostrophe_against_the_facts(tmp_path: Path, curly: bool) -> None:
    folder = tmp_path / "release"
    facts = _release(folder, curly)
    assert _findings(folder, facts) == []


@pytest.mark.parametrize("curly", [False, True])
def test_check_reads_a_version_edited_back_to_straight_apostrophes(tmp_path: Path, curly: bool) -> None:
    folder = tmp_path / "release"
    facts = _release(folder, curly)
    for lang in ("fr", "en"):
        path = folder / f"{lang}.md"
        path.write_text(path.read_text(encoding="utf-8").replace("’", "'"), encoding="utf-8")
    assert _findings(folder, facts) == []
    path = folder / "fr.md"
    path.write_text(path.read_text(encoding="utf-8").replace("2019", "2018"), encoding="utf-8")
    assert "orphan " in " ".join(_findings(folder, facts))  # what does differ is still found


def test_a_version_without_the_facts_file_matches_the_others(tmp_path: Path) -> None:
    """Between versions alone: one edited by hand with ', the others as drafted with ’."""
    folder = tmp_path / "release"
    _release(folder)
    for path in folder.glob("*.yaml"):
        shutil.move(path, tmp_path / path.name)
    path = folder / "fr.md"
    path.write_text(path.read_text(encoding="utf-8").replace("l’ONU", "l'ONU").replace("n’a", "n'a"), encoding="utf-8")
    assert [f.rule for f in check([folder]).findings] == []


@pytest.mark.parametrize("printed", ["O'Neill", "O’Neill"])
def test_a_name_with_an_apostrophe_is_the_same_name_in_both_versions(tmp_path: Path, printed: str) -> None:
    """A name's word holding an apostrophe is two words of the other version: not "a name differs"."""
    (tmp_path / "en.md").write_text(
        "# Kelp award\n\n**Porto, 3 May 2026** – The partnership with O'Neill Partners brings 12 new jobs.\n",
        encoding="utf-8",
    )
    spanish = "# Premio\n\n**Oporto, 3 de mayo de 2026.** La colaboración con {} Partners aporta 12 empleos.\n"
    (tmp_path / "es.md").write_text(spanish.format(printed), encoding="utf-8")
    assert check([tmp_path], cache=False).findings == ()
    (tmp_path / "es.md").write_text(spanish.format("O'Nail"), encoding="utf-8")
    assert [f.rule for f in check([tmp_path], cache=False).findings] == ["mismatch"]
