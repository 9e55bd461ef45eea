"""Proofreading: the shipped templates' own words, and every golden draft, by Hunspell's dictionaries.

pt_PT, es_ES, en_GB and fr_FR, as Debian's hunspell, hunspell-pt-pt, hunspell-es,
hunspell-en-gb and hunspell-fr install them. Without them these tests skip, and in
CI (``CI`` set) they fail. The golden drafts carry the examples' names and
acronyms, which no dictionary has: tests/data/spelling-allowed.yaml lists them,
per language, each with its reason. The templates themselves may use no such
word but a term of the trade listed, with its reason, in their ``<lang>/words.txt``
(Portuguese "cluster"): they must pass ``drafter templates check`` as shipped.
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from drafter.catalog import Catalog, builtin_dir
from drafter.checker.findings import Location
from drafter.cli import cli
from drafter.spelling import DICTIONARIES, Speller, accepted, speller, stem, words
from drafter.template_check import check_templates
from drafter.template_check.spelling import Written, accepted_words, glossary_words, template_words
from drafter.template_check.walker import WORDING, Template, read_template

from .conftest import ROOT, SHIPPED

ALLOWED_FILE = ROOT / "tests" / "data" / "spelling-allowed.yaml"
GOLDEN = ROOT / "tests" / "golden"
REASON = re.compile(r"(name|person|place|acronym|foreign|term): \S.*")
"""The reasons a word may be allowed: a name of an organisation, a programme or a product; a person's
name; a place; an acronym; a word of a name in another language; a term of the language the
dictionary lacks."""
PACKAGES = "hunspell hunspell-pt-pt hunspell-es hunspell-en-gb hunspell-fr"
TOTAL = f"{len(list((ROOT / 'templates').glob('*/*.md')))} templates in {', '.join(sorted(SHIPPED))}"


def _missing(name: str, reason: str) -> None:
    """Skip here, fail in CI."""
    message = f"{name}: {reason}"
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


@pytest.fixture(scope="module")
def spellers() -> dict[str, Speller]:
    out: dict[str, Speller] = {}
    if shutil.which("hunspell") is None:
        _missing("the hunspell program", f"not installed (Debian: {PACKAGES})")
    for lang in SHIPPED:
        found = speller(lang)
        if found is None:
            _missing(f"Hunspell's {DICTIONARIES[lang][0]} dictionary", f"not installed (Debian: {PACKAGES})")
            raise AssertionError  # not reached
        out[lang] = found
    return out


def _allowed() -> dict[str, dict[str, str]]:
    data = yaml.safe_load(ALLOWED_FILE.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def _template_words(lang: str) -> list[Written]:
    """The words the built-in templates and glossary of ``lang`` write, as drafter templates check reads them."""
    out: list[Written] = []
    for path in sorted((builtin_dir() / lang).glob("*.md")):
        template = read_template(path, lang, path.name, WORDING, "templates")
        assert isinstance(template, Template), template
        out.extend(template_words(template))
    return out + list(glossary_words(builtin_dir() / lang / "glossary.yaml"))


def _golden_words(lang: str) -> list[Written]:
    out: list[Written] = []
    for path in sorted(GOLDEN.glob(f"*/{lang}.*")):
        if path.suffix not in (".md", ".txt"):
            continue
        shown = str(path.relative_to(ROOT))
        for number, line in enumerate(path.read_text(encoding="utf-8").split("\n"), 1):
            out.extend(Written(word, Location(shown, number, offset + 1)) for offset, word in words(line))
    return out


def _report(unknown: dict[str, tuple[str, ...]], written: list[Written]) -> str:
    lines = []
    for word, suggestions in unknown.items():
        where = next(w.where for w in written if w.word == word)
        lines.append(f"{where}: {word} (Hunspell suggests: {', '.join(suggestions[:5]) or 'nothing'})")
    return "\n".join(lines)


# --- the shipped templates and the golden drafts --------------------------------------------------


@pytest.mark.parametrize("lang", SHIPPED)
def test_the_templates_are_spelt_right(spellers: dict[str, Speller], lang: str) -> None:
    written = _template_words(lang)
    assert len(written) > 100, "the templates' words were not found"
    listed = accepted_words(Catalog.find(), lang)  # templates/<lang>/words.txt: terms of the trade, with reasons
    unknown = spellers[lang].unknown(w.word for w in written if w.word not in listed)
    assert unknown == {}, f"misspelt in templates/{lang}: correct them\n{_report(unknown or {}, written)}"
    found = check_templates(Catalog.find()).findings
    assert [f.message for f in found if f.rule == "spelling"] == []


@pytest.mark.parametrize("lang", SHIPPED)
def test_the_golden_drafts_are_spelt_right(spellers: dict[str, Speller], lang: str) -> None:
    # The examples' names (tests/data), and the templates' own terms of the trade (<lang>/words.txt).
    allowed = set(_allowed().get(lang, {})) | set(accepted_words(Catalog.find(), lang))
    written = [w for w in _golden_words(lang) if not accepted(w.word, allowed)]
    unknown = spellers[lang].unknown(w.word for w in written)
    assert unknown == {}, (
        f"misspelt in the golden {lang} drafts: correct the templates or the example, or, for a name or an "
        f"acronym, add the word to {ALLOWED_FILE.relative_to(ROOT)} with its reason\n{_report(unknown or {}, written)}"
    )


def test_every_allowed_word_has_a_reason_and_is_needed(spellers: dict[str, Speller]) -> None:
    """No word is allowed without a reason, or that the dictionary knows, or that no draft uses any more."""
    allowed = _allowed()
    assert set(allowed) <= set(SHIPPED)
    for lang, entries in allowed.items():
        bad = {word: reason for word, reason in entries.items() if not REASON.fullmatch(str(reason))}
        assert bad == {}, f"{lang}: give each word a reason, like 'name: …' ({REASON.pattern})"
        used = {stem(w.word) for w in _golden_words(lang)} | {w.word for w in _golden_words(lang)}
        assert sorted(set(entries) - used) == [], f"{lang}: allowed, but in no golden draft: remove them"
        known = set(entries) - set(spellers[lang].unknown(entries, suggest=False) or {})
        assert sorted(known) == [], f"{lang}: the {spellers[lang].name} dictionary knows them: remove them"


# --- drafter templates check ----------------------------------------------------------------------


@pytest.fixture
def copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    shutil.copytree(ROOT / "templates", tmp_path / "templates")
    return Path("templates")


def _plant(path: Path, old: str, new: str) -> int:
    """Replace ``old`` once; the line it stood on."""
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} is not in {path} once"
    path.write_text(text.replace(old, new), encoding="utf-8")
    return text[: text.index(old)].count("\n") + 1


def test_a_misspelt_word_is_a_warning(runner: CliRunner, copy: Path, spellers: dict[str, Speller]) -> None:
    line = _plant(copy / "en" / "prize.md", " won {{ won }}", " wonn {{ won }}")
    column = (copy / "en" / "prize.md").read_text(encoding="utf-8").splitlines()[line - 1].index("wonn") + 1
    result = runner.invoke(cli, ["templates", "check", "--templates", str(copy.resolve())])
    assert result.exit_code == 0, result.output  # a warning: the check passes
    assert result.stdout.startswith(
        f"templates\ntemplates/en/prize.md:{line}:{column}: warning: “wonn” is not in the en_GB dictionary "
        "(did you mean won, "
    )
    assert result.stdout.endswith(
        "correct it, or, if it is right (a name, a term of the trade), add it to templates/en/words.txt "
        "[spelling 820ddac2aeb8]\n\n"
        f"{TOTAL}: 1 warning\n"
    )


def test_printed_strings_and_glossary_terms_are_read(copy: Path, spellers: dict[str, Speller]) -> None:
    at = _plant(copy / "pt" / "award.md", '"é gerida"', '"é gerrida"')
    column = (copy / "pt" / "award.md").read_text(encoding="utf-8").splitlines()[at - 1].index("gerrida") + 1
    term = _plant(copy / "fr" / "glossary.yaml", "figures: En chiffres", "figures: En chifres")
    found = check_templates(Catalog((copy.resolve(),))).findings
    shown = [(f.rule, f.severity, str(f.where), f.message.split(" (")[0]) for f in found]
    assert shown == [
        ("spelling", "warning", f"templates/fr/glossary.yaml:{term}:15", "“chifres” is not in the fr_FR dictionary"),
        ("spelling", "warning", f"templates/pt/award.md:{at}:{column}", "“gerrida” is not in the pt_PT dictionary"),
    ]
    assert "did you mean chiffres" in found[0].message and "gerida" in found[1].message


def test_a_word_listed_as_right_is_not_reported(copy: Path, spellers: dict[str, Speller]) -> None:
    _plant(copy / "es" / "award.md", " obtenido {{ award.tier.the }}", " obtenido con Ondalia {{ award.tier.the }}")
    (copy / "es" / "words.txt").write_text("# the name of our own label\nOndalia\n", encoding="utf-8")
    found = check_templates(Catalog((copy.resolve(),))).findings
    assert [f.rule for f in found] == []


@pytest.mark.parametrize("missing", ["program", "dictionaries"])
def test_without_hunspell_spelling_is_silent(copy: Path, monkeypatch: pytest.MonkeyPatch, missing: str) -> None:
    _plant(copy / "en" / "prize.md", " won {{ won }}", " wonn {{ won }}")
    if missing == "program":
        monkeypatch.setenv("PATH", "")
    else:
        monkeypatch.delenv("DICPATH", raising=False)
        monkeypatch.setattr("drafter.spelling.FOLDERS", ())
    result = check_templates(Catalog((copy.resolve(),)))
    assert result.findings == ()
    assert result.summary() == f"{TOTAL}: no findings"


def test_words_are_cut_as_a_writer_would() -> None:
    text = "l’organisation d'excellence, decision-making; ONDABIO’s 1.º 2nd \ufffcs"
    assert [w for _, w in words(text)] == ["l’organisation", "d'excellence", "decision-making", "ONDABIO’s"]
    addresses = "write to [press@example.eu](mailto:press@example.eu) or www.example.org, not &amp; \\*"
    assert [w for _, w in words(addresses)] == ["write", "to", "or", "not"]
    assert stem("d’ONDABIO") == stem("ONDABIO’s") == stem("ONDABIO") == "ONDABIO"
