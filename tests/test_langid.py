"""Language identification: langdetect judges, and a cheap first look spares it the plain paragraphs.

:func:`drafter.checker.langid.plainly` may say a paragraph is in the draft's
language only where langdetect says so too, and never of a paragraph in
another language: these tests hold it to every paragraph of the golden drafts
and of the test corpus, each taken as its own language and as every other.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.checker import check, langid, proofread
from drafter.checker.version import paragraphs

from .conftest import ROOT

DRAFTS = sorted((ROOT / "tests" / "golden").glob("*/*.md")) + sorted((ROOT / "tests" / "corpus").glob("*/*.md"))
LANGS = ["en", "es", "fr", "pt"]


def _judged(path: Path) -> list[str]:
    """The paragraphs of a draft that ``drafter check`` judges, as it judges them."""
    text = path.read_text(encoding="utf-8")
    lines = text.split("\n")
    out = []
    for first, last in paragraphs(text):
        if lines[first - 1].lstrip().startswith("#"):
            continue
        block = proofread._prose(" ".join(lines[first - 1 : last]))
        if sum(1 for w in block.split() if w.islower() and len(w) > 1) >= langid.MIN_WORDS:
            out.append(block)
    return out


@pytest.mark.parametrize("path", DRAFTS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_a_paragraph_is_plainly_in_a_language_only_where_langdetect_says_so(path: Path) -> None:
    blocks = _judged(path)
    assert blocks
    for block in blocks:
        found = langid.identify(block, LANGS)
        for lang in LANGS:
            if langid.plainly(block, lang, LANGS):
                assert found == lang, block


def test_most_paragraphs_of_a_draft_need_no_langdetect() -> None:
    blocks = [(path.stem, block) for path in DRAFTS if path.parent.parent.name == "golden" for block in _judged(path)]
    plain = sum(1 for lang, block in blocks if langid.plainly(block, lang, LANGS))
    assert plain >= 0.75 * len(blocks)


@pytest.mark.parametrize(
    "text, lang",
    [
        ("Το βραβείο απονεμήθηκε στο σύμπλεγμα για την εξαιρετική διαχείριση και τις υπηρεσίες του", "en"),
        ("O prémio foi entregue ao cluster the award was given for the quality of its management and services", "pt"),
        ("El premio se entregó al clúster por la calidade da sua gestão e dos serviços que presta aos sócios", "es"),
        ("O premio foi entregado ao clúster pola calidade da súa xestión e dos servizos que presta aos socios", "pt"),
        ("The cluster received the award on Monday.", "en"),  # too short to judge
    ],
)
def test_mixed_short_or_other_texts_are_left_to_langdetect(text: str, lang: str) -> None:
    assert not langid.plainly(text, lang, ["pt", "es", "en"])


def test_a_language_langdetect_cannot_tell_is_never_plain() -> None:
    text = "The cluster received the award for the quality of its management and of the services it offers"
    assert langid.plainly(text, "en", ["en", "es"])
    assert not langid.plainly(text, "en", ["en", "xx"])  # langdetect alone would answer for one language
    assert not langid.plainly(text, "en", ["en", "ro"])  # a language with no list of words cannot be ruled out


def test_langdetect_is_asked_about_few_paragraphs(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    judged: list[str] = []
    other_than, plainly = langid.other_than, langid.plainly

    def counted(text: str, want: str, langs: list[str]) -> str | None:
        asked.append(text)
        return other_than(text, want, langs)

    def looked(text: str, lang: str, langs: list[str]) -> bool:
        judged.append(text)
        return plainly(text, lang, langs)

    monkeypatch.setattr(proofread, "other_than", counted)
    monkeypatch.setattr(proofread, "plainly", looked)
    proofread._kept_language.cache_clear()  # paragraphs judged by an earlier test are not judged again
    result = check([ROOT / "tests" / "golden"], jobs=1)
    assert result.drafts >= 15 and len(judged) >= 5 * result.drafts  # about eight paragraphs a draft
    assert len(asked) <= 0.25 * len(judged)  # most of them plain (82 % of the golden drafts')


def _texts() -> list[str]:
    """Every paragraph of the test drafts, and texts made to mislead: two paragraphs run together,
    cut short, in capitals, with another script, Romanian and Vietnamese letters, addresses."""
    blocks = [block for path in DRAFTS for block in _judged(path)]
    out = blocks + [a + " " + b for a, b in zip(blocks, blocks[7:], strict=False)]
    out += [block[: len(block) // 3] for block in blocks] + [block.upper() for block in blocks[:40]]
    out += [
        "Το βραβείο απονεμήθηκε στο σύμπλεγμα, the award went to the cluster, ДЖ 中文 ひらがな カタカナ",
        "Ştiinţa şi tehnologia: știința și tehnologia româneşti, Việt Nam ạ ắ ề",
        "Write to press@example.org or see https://example.org/news for the cluster's news and awards",
        "ÉÇÃÕ ÉÉ CLUSTER DA ÁGUA ganhou o prémio pela gestão e pelos serviços que presta aos sócios",
    ]
    return out


@pytest.mark.parametrize("langs", [("en", "es", "pt"), ("en", "es", "fr", "pt"), ("es", "pt"), ("en", "fr")])
def test_the_detector_written_out_gives_langdetects_numbers(langs: tuple[str, ...]) -> None:
    from langdetect.lang_detect_exception import LangDetectException

    factory = langid._factory(langs)
    for text in _texts():
        theirs, ours = factory.create(), factory.create()
        theirs.append(text)
        ours.append(text)
        try:
            expected = [(found.lang, found.prob) for found in theirs.get_probabilities()]
        except LangDetectException:
            with pytest.raises(LangDetectException):
                langid.probabilities(ours, langs)
            continue
        assert langid.probabilities(ours, langs) == expected, text


SPANISH_PARTNERS = (
    "Em conjunto com a Universidad de Santiago de Compostela, a Fundación Centro Tecnológico de la "
    "Acuicultura de Andalucía, a Consejería de Agricultura de la Junta de Andalucía e a Diputación de "
    "Pontevedra, o cluster está a desenvolver um projeto de aquacultura sustentável para o Atlântico."
)


def test_the_names_in_a_paragraph_do_not_tell_its_language() -> None:
    """A Portuguese paragraph that names Spanish bodies is Portuguese: the names' words are left out."""
    block = proofread._prose(SPANISH_PARTNERS)
    assert "Universidad" not in block and "Junta" not in block and " la " not in f" {block} "
    assert proofread.prose_language(block, "pt", ("pt", "es", "en", "fr")) in ("pt", None)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("- Formação para gestores de clusters", "Formação para gestores de clusters"),  # an item's first word
        ("the University of the Highlands and Islands works with SahelNOW", "the works with"),
        ("em Vigo, Habitat reúne", "em Vigo, Habitat reúne"),  # a comma parts names
    ],
)
def test_a_name_is_two_capitalised_words_or_more_linked_by_short_ones(text: str, kept: str) -> None:
    assert proofread._prose(text).replace("- ", "") == kept


# A Portuguese paragraph with few of the words that tell Portuguese from Spanish: langdetect gives it to
# Spanish by 57 to 43. A paragraph left untranslated comes out at one to nothing.
CLOSE_CALL = "A Adega reúne viticultores do planalto de Alijó e produz moscatel do Douro desde"
LEFT_IN_SPANISH = (
    "La cooperativa reúne a los viticultores de la meseta y elabora un moscatel que se vende en todo el mundo"
)


def test_a_close_call_between_two_languages_is_doubt_not_an_error() -> None:
    assert langid.identify(CLOSE_CALL, LANGS) == "es"  # what langdetect alone says
    assert langid.other_than(CLOSE_CALL, "pt", LANGS) is None
    assert proofread.prose_language(CLOSE_CALL, "pt", tuple(LANGS)) is None
    assert langid.other_than(LEFT_IN_SPANISH, "pt", LANGS) == "es"
    assert langid.other_than(LEFT_IN_SPANISH, "es", LANGS) == "es"


def test_a_paragraph_left_in_another_language_is_still_reported(tmp_path: Path) -> None:
    body = {
        "pt": "A cooperativa junta os viticultores do planalto e faz um moscatel que é vendido no mundo inteiro, "
        "com uvas apanhadas à mão em socalcos de xisto.",
        "es": "La cooperativa reúne a los viticultores de la meseta y elabora un moscatel que se vende en todo el "
        "mundo, con uvas vendimiadas a mano en bancales de pizarra.",
    }
    (tmp_path / "es.md").write_text(body["es"] + "\n", encoding="utf-8")
    (tmp_path / "pt.md").write_text(body["es"] + "\n", encoding="utf-8")  # the Spanish left in the pt draft
    found = [f for f in check([tmp_path]).findings if f.rule == "language"]
    assert [(f.severity, Path(f.locations[0].file).name) for f in found] == [("error", "pt.md")]
    (tmp_path / "pt.md").write_text(body["pt"] + "\n", encoding="utf-8")
    assert not [f for f in check([tmp_path]).findings if f.rule == "language"]
