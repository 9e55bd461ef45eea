"""Bad facts files, and the exact lines drafter prints for each.

Every case is a file in ``tests/bad_inputs/``: ``valid.yaml`` with one thing broken, its first line
saying what. ``CASES`` maps each file to the lines ``drafter draft`` must print on stderr, one per
problem, as ``LINE:COL: key.path: what is wrong`` after the file name.

A case listed in ``WANTED`` does not behave that way yet: its lines are what a user needs, not what
drafter prints today, and the test is a strict xfail until the code is fixed.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from pydantic import ValidationError

from drafter.cli import cli
from drafter.errors import DrafterError, FactsError, Problem
from drafter.facts import Facts, load_facts

from .conftest import EXAMPLES, LANGS, ROOT, SHIPPED

BAD = ROOT / "tests" / "bad_inputs"
VALID = BAD / "valid.yaml"

EMPTY = "1:1: is empty; `drafter new FILE` writes a skeleton to fill in"
TOP_LEVEL = "2:1: the top level must be a mapping of sections (release:, organisation:, award: …)"
LEVELS = (
    "is not one of: bronze, silver, gold, platinum; did you mean 'bronze'? A level the scheme names itself is a "
    "block: {name: Excellent}"
)
NOT_AMONG = "which is not among release.languages (pt, es, en); add it there or remove this text"
NUMBER = "expected a number written with digits only (1774, 29.9)"
MAPPING = "expected a mapping (key: value lines)"
WHEN = "expected a date written YYYY-MM-DD, or YYYY-MM when the day is not known"

CASES: dict[str, list[str]] = {
    # The file is not YAML.
    "yaml-indent-deeper": [
        "9:11: YAML syntax error: mapping values are not allowed here; "
        "check this line's indentation, or quote a value that holds ': '"
    ],
    "yaml-indent-shallower": [
        "17:4: YAML syntax error: this line is indented differently from the lines above it",
    ],
    "yaml-unclosed-quote": ["5:9: YAML syntax error: the quote opened here is never closed"],
    "yaml-tab": ["21:1: YAML syntax error: found a tab; indent with spaces, not tabs"],
    "yaml-missing-colon": ["21:3: YAML syntax error: this line has no ':' after its key"],
    "yaml-unclosed-bracket": ["6:14: YAML syntax error: the list opened here with '[' is never closed with ']'"],
    "yaml-two-documents": [
        "28:1: YAML syntax error: expected a single document in the stream, but found another document"
    ],
    # YAML that a facts file refuses.
    "duplicate-key": ["22:3: award.level: duplicate key; already given at line 21, and only one value can stand"],
    "anchor-alias": ["11:11: YAML syntax error: anchor &sector is not allowed in a facts file; write each value out"],
    "alias": ["5:9: YAML syntax error: alias *town is not allowed in a facts file; write the value out"],
    "merge-key": ["24:5: award.issuer: merge keys and complex keys are not allowed; write each key out"],
    # Not a mapping of sections.
    "top-level-list": [TOP_LEVEL],
    "top-level-scalar": [TOP_LEVEL],
    "empty": [EMPTY],
    "only-comments": [EMPTY],
    # Unknown keys.
    "unknown-key-top": ["28:1: figure: unknown key; did you mean 'figures'?"],
    "unknown-key-nested": ["25:5: award.issuer.acronyn: unknown key; did you mean 'acronym'?"],
    "unknown-key-typo-of-required": ["21:3: award.levl: unknown key; did you mean 'level'?"],
    "unknown-key-no-match": ["28:3: contact.twitter: unknown key; expected one of: name, role, email, phone"],
    # Wrong types.
    "string-for-number": [f"29:12: figures[0].value: {NUMBER}, got 'thirteen'"],
    "bool-for-number": [f"29:12: figures[0].value: {NUMBER}, got true"],
    "string-for-bool": ["30:13: figures[0].approx: expected true or false, got 'maybe'"],
    "list-for-mapping": [f"24:5: award.issuer: {MAPPING}, got a list"],
    "mapping-for-list": ["29:3: figures: expected a list (lines starting with '- '), got a mapping"],
    "mapping-for-string": ["27:5: contact.name: expected a name, got a mapping"],
    "list-for-string": ["22:10: award.motto: expected a name, got a list"],
    "string-for-prose": [
        "11:11: organisation.sector: needs one text per language, as a mapping {pt: …, es: …, en: …}; "
        "got 'photonics and optics'"
    ],
    "null-for-text": ["5:8: release.city: expected text, got nothing"],
    "empty-text": ["5:9: release.city: is empty; write the text"],
    "bool-for-text": ["5:9: release.city: expected text, got true"],
    # Dates and years.
    "date-not-real": ["22:9: award.date: 2013-02-30 is not a real date: February 2013 has 28 days"],
    "date-as-text": [f"22:9: award.date: {WHEN}, got '5 March'"],
    "date-as-int": [f"22:9: award.date: {WHEN}, got 2013"],
    "year-out-of-range": ["22:13: award.launched: expected a year like 2009, got 20090"],
    # Required facts left out.
    "missing-kind": [
        "3:3: release.kind: missing; this fact is required (award, renewal, certification, prize or grant)"
    ],
    "missing-award": ["2:1: award: missing; this fact is required"],
    "missing-email": ["26:3: contact.email: missing; this fact is required"],
    # Languages.
    "missing-language-text": [
        "16:5: organisation.about: has no pt text; every release language needs one (pt, es, en)"
    ],
    "extra-language-text": [f"19:5: organisation.about.fr: a text for 'fr', {NOT_AMONG}"],
    "language-no-templates": ["10:7: release.languages[3]: 'xx' has no templates; available: en, es, fr, pt"],
    "language-no-templates-with-text": ["6:27: release.languages[3]: 'xx' has no templates; available: en, es, fr, pt"],
    "duplicate-language": ["6:27: release.languages[3]: 'en' is listed twice"],
    "language-capitals": ["6:23: release.languages[2]: write language codes in lower case: 'en'"],
    "languages-empty": ["6:14: release.languages: is empty; list the release languages, like [pt, es, en]"],
    "locale-unknown": ["7:17: release.locales.pt: 'zz_QQ' is not a CLDR locale like pt_PT or pt_BR"],
    "locale-other-language": ["7:17: release.locales.pt: 'es_ES' is not a pt locale (try pt_…)"],
    # Values outside their set.
    "unknown-level": [f"21:10: award.level: 'bronse' {LEVELS}"],
    "level-capitalised": [f"21:10: award.level: 'Bronze' {LEVELS}"],
    "unknown-kind": ["3:9: release.kind: 'jubilee' is not one of: award, renewal, certification, prize, grant"],
    "gender": [
        "25:13: award.issuer.gender: 'feminine' is not a grammatical gender; "
        "write m or f, or mp or fp for a plural name (os Serviços, les Hospices)"
    ],
    # Addresses, countries, phone numbers.
    "bad-email": ["27:10: contact.email: 'press@secpho' is not an e-mail address like press@example.org"],
    "bad-url-scheme": [
        "10:12: organisation.website: 'javascript:alert(1)' is not a web address; use http://… or https://…"
    ],
    "bad-url-spaces": [
        "10:12: organisation.website: 'www.sec pho.org' is not a web address "
        "like www.example.org or https://example.org/page"
    ],
    "country-lowercase": ["9:12: organisation.country: write country codes in capitals: 'ES'"],
    "country-unknown": ["9:12: organisation.country: 'XX' is not an ISO 3166 country code like ES, PT, FR, DE"],
    "bad-phone": ["28:10: contact.phone: 'call the office' is not a phone number like +34 931 234 567"],
    # Left over from `drafter new`.
    "placeholders": [
        "5:9: release.city: still holds the placeholder '<<city>>'; replace it",
        "26:9: contact.name: still holds the placeholder '<<contact name>>'; replace it",
    ],
    # Partnerships.
    "count-zero": ["30:10: partnership.count: expected a whole number of 1 or more, got 0"],
    "partners-empty": ["30:13: partnership.partners: is empty; give at least one partner"],
    "partner-unnamed": ["31:7: partnership.partners[0]: a partner needs a name, a country, or both"],
    # Everything at once, from the YAML reader and from validation, in line order.
    "several-problems": [
        "3:9: release.kind: 'jubilee' is not one of: award, renewal, certification, prize, grant",
        "9:12: organisation.country: write country codes in capitals: 'ES'",
        f"21:10: award.level: 'bronse' {LEVELS}",
        "23:3: award.date: duplicate key; already given at line 22, and only one value can stand",
        "27:9: contact.name: still holds the placeholder '<<contact name>>'; replace it",
        "28:10: contact.email: 'press' is not an e-mail address like press@example.org",
    ],
}

WANTED: dict[str, str] = {}


def _cases() -> list[object]:
    return [
        pytest.param(
            case,
            lines,
            id=case,
            marks=[pytest.mark.xfail(strict=True, reason=WANTED[case])] if case in WANTED else [],
        )
        for case, lines in CASES.items()
    ]


def _draft(runner: CliRunner, path: str, *options: str) -> Result:
    return runner.invoke(cli, ["draft", path, "--lang", "en", *options])


def _refused(result: Result, expected: str) -> None:
    assert isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code == 2
    assert result.stderr == expected
    assert result.stdout == ""


@pytest.mark.parametrize(("case", "lines"), _cases())
def test_bad_inputs(
    runner: CliRunner,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    case: str,
    lines: list[str],
) -> None:
    monkeypatch.chdir(ROOT)
    path = f"tests/bad_inputs/{case}.yaml"
    _refused(_draft(runner, path), "".join(f"{path}:{line}\n" for line in lines))
    out = tmp_path / "drafts"
    result = _draft(runner, path, "--out", str(out))
    assert result.exit_code == 2
    assert not out.exists()


def test_catalogue_matches_the_folder() -> None:
    files = {p.stem for p in BAD.glob("*.yaml")}
    assert files == {*CASES, "valid"}
    assert set(WANTED) <= set(CASES)
    assert len(CASES) >= 30


@pytest.mark.parametrize("case", [*CASES, "valid"])
def test_each_case_says_what_is_broken(case: str) -> None:
    text = (BAD / f"{case}.yaml").read_text(encoding="utf-8")
    assert case == "empty" or text.startswith("# ")


def test_valid_drafts_in_every_language(runner: CliRunner, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(ROOT)
    for lang in LANGS:
        result = runner.invoke(cli, ["draft", "tests/bad_inputs/valid.yaml", "--lang", lang])
        assert result.exit_code == 0, result.stderr
        assert "SECPhO" in result.stdout
    result = runner.invoke(cli, ["draft", "tests/bad_inputs/valid.yaml", "--out", str(tmp_path / "d")])
    assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in (tmp_path / "d").glob("*.md")) == ["en.md", "es.md", "pt.md"]


# Files that are not text, or not small, written byte by byte.


def _valid_bytes() -> bytes:
    return VALID.read_bytes()


def test_not_utf8(runner: CliRunner, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "facts.yaml").write_bytes(_valid_bytes().decode("utf-8").encode("latin-1"))
    _refused(_draft(runner, "facts.yaml"), "facts.yaml:12:12: is not UTF-8 (byte 0xf3); save the file as UTF-8\n")


def test_not_utf8_column_counts_characters(runner: CliRunner, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "facts.yaml").write_bytes(_valid_bytes().replace(b"Casals", b"Casals \xff"))
    _refused(_draft(runner, "facts.yaml"), "facts.yaml:26:22: is not UTF-8 (byte 0xff); save the file as UTF-8\n")


def test_utf8_bom_is_accepted(runner: CliRunner, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "plain.yaml").write_bytes(_valid_bytes())
    (tmp_path / "bom.yaml").write_bytes(b"\xef\xbb\xbf" + _valid_bytes())
    plain = _draft(runner, "plain.yaml")
    bom = _draft(runner, "bom.yaml")
    assert bom.exit_code == 0, bom.stderr
    assert bom.stdout == plain.stdout
    # The mark is not counted as a column.
    (tmp_path / "list.yaml").write_bytes(b"\xef\xbb\xbf- release\n")
    _refused(
        _draft(runner, "list.yaml"),
        "list.yaml:1:1: the top level must be a mapping of sections (release:, organisation:, award: …)\n",
    )


def test_larger_than_one_megabyte(runner: CliRunner, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    valid = _valid_bytes()
    (tmp_path / "big.yaml").write_bytes(valid + b"#" + b"x" * 1_000_000 + b"\n")
    _refused(
        _draft(runner, "big.yaml"),
        "big.yaml:1:1: is larger than 1,000,000 bytes; a facts file is a few kilobytes\n",
    )
    (tmp_path / "edge.yaml").write_bytes(valid + b"#" + b"x" * (1_000_000 - len(valid) - 2) + b"\n")
    assert (tmp_path / "edge.yaml").stat().st_size == 1_000_000
    assert _draft(runner, "edge.yaml").exit_code == 0


def test_nul_bytes(runner: CliRunner, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "facts.yaml").write_bytes(_valid_bytes().replace(b"Barcelona", b"Barce\x00lona"))
    _refused(_draft(runner, "facts.yaml"), "facts.yaml:1:1: holds NUL bytes; it is not a text file\n")


def test_no_such_file(runner: CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    _refused(_draft(runner, "tests/bad_inputs/nope.yaml"), "tests/bad_inputs/nope.yaml:1:1: file not found\n")
    # A folder is a set of releases now; several cannot share standard output.
    many = _draft(runner, "tests/bad_inputs")
    assert many.exit_code == 2 and many.stdout == ""
    assert "tests/bad_inputs holds" in many.stderr and "pass --out DIR" in many.stderr


def test_hyphenated_locale_is_normalised(runner: CliRunner, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    text = VALID.read_text(encoding="utf-8").replace(
        "  languages: [pt, es, en]\n", "  languages: [pt, es, en]\n  locales: {pt: pt-BR}\n"
    )
    (tmp_path / "facts.yaml").write_text(text, encoding="utf-8")
    assert load_facts("facts.yaml").release.locales == {"pt": "pt_BR"}
    result = runner.invoke(cli, ["draft", "facts.yaml", "--lang", "pt"])
    assert result.exit_code == 0, result.exception
    assert "6 de março de 2013" in result.stdout


# The Python API.


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_examples_load_as_frozen_models(path: Path) -> None:
    facts = load_facts(path, available=SHIPPED)
    assert isinstance(facts, Facts)
    assert set(facts.languages) <= set(SHIPPED)
    with pytest.raises(ValidationError, match="frozen"):
        facts.release.city = "Lisboa"  # type: ignore[misc]
    with pytest.raises(ValidationError, match="frozen"):
        facts.award.level = "gold"  # type: ignore[misc]
    with pytest.raises(ValidationError, match="frozen"):
        facts.contact = facts.contact  # type: ignore[misc]


def test_examples_are_frozen_all_the_way_down() -> None:
    facts = load_facts(EXAMPLES[0], available=LANGS)
    with pytest.raises(TypeError):
        facts.organisation.about["en"] = "changed"  # type: ignore[index]
    with pytest.raises((TypeError, AttributeError)):
        facts.release.languages.append("fr")  # type: ignore[attr-defined]


def test_problems_are_located(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    with pytest.raises(FactsError) as caught:
        load_facts("tests/bad_inputs/several-problems.yaml", available=LANGS)
    error = caught.value
    file = "tests/bad_inputs/several-problems.yaml"
    assert error.problems == [
        Problem(file, 3, 9, "release.kind", "'jubilee' is not one of: award, renewal, certification, prize, grant"),
        Problem(file, 9, 12, "organisation.country", "write country codes in capitals: 'ES'"),
        Problem(file, 21, 10, "award.level", f"'bronse' {LEVELS}"),
        Problem(file, 23, 3, "award.date", "duplicate key; already given at line 22, and only one value can stand"),
        Problem(file, 27, 9, "contact.name", "still holds the placeholder '<<contact name>>'; replace it"),
        Problem(file, 28, 10, "contact.email", "'press' is not an e-mail address like press@example.org"),
    ]
    assert isinstance(error, DrafterError)
    assert error.exit_code == 2
    assert error.lines() == [str(p) for p in error.problems]
    assert str(error) == "\n".join(f"{file}:{line}" for line in CASES["several-problems"])


def test_problems_without_a_key_path(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    with pytest.raises(FactsError) as caught:
        load_facts("tests/bad_inputs/empty.yaml")
    (problem,) = caught.value.problems
    assert (problem.line, problem.column, problem.path) == (1, 1, "")
    assert str(problem) == f"tests/bad_inputs/empty.yaml:{EMPTY}"


def test_norway_unquoted_is_norway(monkeypatch: pytest.MonkeyPatch) -> None:
    """YAML 1.2 reads NO as text: the country code of Norway, as the writer meant."""
    monkeypatch.chdir(ROOT)
    facts = load_facts("tests/data/country-norway-unquoted.yaml")
    assert facts.organisation.country == "NO"


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ("  country: UK", "'UK' is not an ISO 3166 country code: the United Kingdom's is GB"),
        ("  country: EL", "Greece's is GR (EL is the European Union's own code)"),
    ],
)
def test_an_everyday_code_that_is_no_iso_code_is_refused_with_the_one_to_write(
    tmp_path: Path, line: str, said: str
) -> None:
    text = (ROOT / "examples" / "acpmr-bronze-renewal.yaml").read_text(encoding="utf-8")
    assert "\n  country: PT\n" in text
    path = tmp_path / "facts.yaml"
    path.write_text(text.replace("\n  country: PT\n", f"\n{line}\n", 1), encoding="utf-8")
    with pytest.raises(FactsError) as caught:
        load_facts(path)
    assert said in str(caught.value)


def test_a_count_written_in_words_is_told_to_be_a_whole_number(tmp_path: Path) -> None:
    text = (ROOT / "examples" / "acpmr-bronze-renewal.yaml").read_text(encoding="utf-8")
    path = tmp_path / "facts.yaml"
    assert "\n  times_renewed: 2 " in text
    path.write_text(text.replace("\n  times_renewed: 2 ", "\n  times_renewed: second ", 1), encoding="utf-8")
    with pytest.raises(FactsError) as caught:
        load_facts(path)
    said = "award.times_renewed: expected a whole number written in digits, such as 2, got 'second'"
    assert said in str(caught.value)
