"""What the facts file's own texts state is read where the draft copies them, and read apart only where
the draft does not hold them whole: the same facts either way."""

from __future__ import annotations

from pathlib import Path

from drafter.checker.expect import family
from drafter.checker.inputs import Draft
from drafter.checker.stated import stated, stated_each
from drafter.checker.version import Version, paragraphs
from drafter.extract import Mention, extract

QUOTE = "Com 42 empresas associadas, o Cluster do Mar cresceu 12 % desde 2021."
ABOUT = "A Ondabio reúne 87 membros em Portugal e Espanha."


def _version(text: str) -> Version:
    draft = Draft(Path("pt.md"), "pt.md", "pt", text, "name")
    return Version(draft, "pt", tuple(extract(text, "pt")), paragraphs(text))


def _apart(texts: list[str]) -> set[tuple[str, str]]:
    return {(family(m.kind), m.value) for m in extract("\n\n".join(texts), "pt")}


class Reader:
    """extract, remembering what it was asked to read."""

    def __init__(self) -> None:
        self.read: list[str] = []

    def __call__(self, text: str) -> list[Mention]:
        self.read.append(text)
        return extract(text, "pt")


def test_texts_the_draft_copies_are_read_in_place() -> None:
    version = _version(f"# Título\n\nO presidente disse: «{QUOTE}»\n\n{ABOUT}\n")
    reader = Reader()
    assert stated(version, [QUOTE, ABOUT, "FR"], reader) == _apart([QUOTE, ABOUT, "FR"])
    assert reader.read == ["FR"]  # a short code may stand inside a word: read apart


def test_a_text_the_draft_changed_is_read_apart() -> None:
    version = _version(f"«{QUOTE.replace('42', '43')}»\n\n{ABOUT}\n")
    reader = Reader()
    found = stated(version, [QUOTE, ABOUT], reader)
    assert reader.read == [QUOTE]
    assert ("number", "42") in found and ("number", "43") not in found


def test_a_fact_across_a_texts_edge_sends_it_apart() -> None:
    # "... desde 2021" then "." is the quote; a draft that runs a date over its edge is read apart.
    text = "A Ondabio reúne 87 membros"
    version = _version(f"{text} desde 5 de maio de 2020.\n")
    reader = Reader()
    assert stated(version, ["87 membros desde 5 de maio"], reader) == _apart(["87 membros desde 5 de maio"])
    assert reader.read == ["87 membros desde 5 de maio"]


def test_a_text_inside_a_longer_word_is_not_in_place() -> None:
    version = _version("Os Ondabiomarinhos reúnem 87 membros.\n")
    reader = Reader()
    stated(version, ["Os Ondabio"], reader)
    assert reader.read == ["Os Ondabio"]


def test_each_text_keeps_its_own_facts_in_place_or_apart() -> None:
    # The quote is copied, the two others reworded or left out: read apart together, and each of their
    # facts is given back to its own text, across lines too.
    other = "Fundada em 1998,\nconta 15 sócios."
    version = _version(f"«{QUOTE}»\n\n{ABOUT.replace('87', '88')}\n")
    reader = Reader()
    found = stated_each(version, [QUOTE, ABOUT, other], reader)
    assert reader.read == [f"{ABOUT}\n\n{other}"]
    values = [{m.value for m in held} for held in found]
    assert {"42", "2021"} <= values[0] and "87" in values[1] and "15" in values[2] and "1998" in values[2], values
    assert not values[1] & {"15", "1998"} and "88" not in values[1], values
