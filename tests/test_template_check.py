"""``drafter templates check``: the shipped templates pass; every kind of planted drift is reported, exactly."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import jinja2
import pytest
from click.testing import CliRunner, Result

from drafter.catalog import Catalog, builtin_dir
from drafter.cli import cli
from drafter.errors import display_path
from drafter.report import as_text
from drafter.template_check import check_templates

from .conftest import ROOT

SHIPPED = ROOT / "templates"
LANGS = tuple(sorted(p.parent.name for p in SHIPPED.glob("*/glossary.yaml")))
COUNT = len(list(SHIPPED.glob("*/*.md")))
"""Templates in the shipped set, every language counted."""
TOTAL = f"{COUNT} templates in {', '.join(LANGS)}"
"""The start of the summary line; the tests follow languages and templates added to the set."""


@pytest.fixture(autouse=True)
def _no_spelling(monkeypatch: pytest.MonkeyPatch) -> None:
    """No dictionary: what these tests expect is the same on every machine (spelling: tests/test_spelling.py)."""
    monkeypatch.delenv("DICPATH", raising=False)
    monkeypatch.setattr("drafter.spelling.FOLDERS", ())


@pytest.fixture
def copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the shipped templates at ./templates, to plant drift in."""
    monkeypatch.chdir(tmp_path)
    shutil.copytree(SHIPPED, tmp_path / "templates")
    return Path("templates")


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} is not in {path} once"
    path.write_text(text.replace(old, new), encoding="utf-8")


def _line(path: Path, text: str) -> int:
    """The line of ``path`` where ``text`` first stands, so the tests follow the templates' edits."""
    lines = path.read_text(encoding="utf-8").split("\n")
    return next(i for i, line in enumerate(lines, 1) if text in line)


def _others(*lacking: str) -> str:
    return ", ".join(lang for lang in LANGS if lang not in lacking)


def _also(folder: Path, name: str, needle: str, *lacking: str) -> str:
    """The other locations of a finding: ``needle``'s line in each language but ``lacking``."""
    files = [folder / lang / name for lang in LANGS if lang not in lacking]
    return ", ".join(f"{display_path(f)}:{_line(f, needle)}:1" for f in files)


def _run(runner: CliRunner, folder: Path | str, *args: str) -> Result:
    # Absolute: the catalog caches glossaries by path, and every test has its own ./templates.
    return runner.invoke(cli, ["templates", "check", "--templates", str(Path(folder).resolve()), *args])


def _text(folder: Path) -> str:
    """The text report on ``folder`` alone, without the built-in templates behind it, as the CLI prints it."""
    result = check_templates(Catalog((folder.resolve(),)))
    return as_text(result)


# --- the shipped templates ---------------------------------------------------------------------------


def test_the_shipped_templates_pass(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["templates", "check"])
    assert result.exit_code == 0, result.output
    assert result.stdout == f"{TOTAL}: no findings\n"
    assert check_templates(Catalog.find()).findings == ()


def test_a_faithful_copy_passes(runner: CliRunner, copy: Path) -> None:
    result = _run(runner, copy)
    assert result.exit_code == 0, result.output
    assert result.stdout == f"{TOTAL}: no findings\n"


# --- facts and conditions ----------------------------------------------------------------------------


def test_a_fact_dropped_from_one_language(runner: CliRunner, copy: Path) -> None:
    pt = copy / "pt" / "award.md"
    _edit(pt, "{%- if award.motto %} («{{ award.motto }}»){% endif %}\n{#- O que", "{#- O que")
    result = _run(runner, copy)
    assert result.exit_code == 1
    assert result.stdout == (
        "templates\n"
        f"templates/pt/award.md:{_line(pt, 'para {{ award.tier.the }}')}:1: error: award.motto is used in "
        f"{_others('pt')} but not in pt (also {_also(copy, 'award.md', 'award.motto', 'pt')}) "
        "[fact-drift 5478350301f7]\n"
        "\n"
        f"{TOTAL}: 1 error\n"
    )


def test_a_clause_dropped_is_one_finding_for_the_whole_party(runner: CliRunner, copy: Path) -> None:
    es = copy / "es" / "award.md"
    clause = (
        "{%- if award.assessor and award.assessor.full != award.issuer.full and award.assessor.jury %},\n"
        "a propuesta {{ award.assessor.of }} {{ award.assessor.full | linked(award.assessor.url) }}\n"
        "{%- elif award.assessor and award.assessor.full != award.issuer.full %},\n"
        "tras una evaluación a cargo {{ award.assessor.of }} {{ award.assessor.full | linked(award.assessor.url) }}\n"
        "{%- elif award.assessor %}, tras una evaluación independiente{% endif %}"
    )
    _edit(es, clause, "")
    _edit(es, " and not award.assessor and", " and")  # the validity said in the lead's sentence after it
    result = _run(runner, copy)
    said = _line(es, "{% set validity.said")  # the first line that names it in the other languages
    assert result.exit_code == 1
    assert result.stdout == (
        "templates\n"
        f"templates/es/award.md:{said}:1: error: award.assessor is "
        f"used in {_others('es')} but not in es (also {_also(copy, 'award.md', 'set validity.said', 'es')}) "
        "[fact-drift 1ad2c01b551f]\n"
        "\n"
        f"{TOTAL}: 1 error\n"
    )


def test_a_condition_removed_from_one_language(runner: CliRunner, copy: Path) -> None:
    pt = copy / "pt" / "award.md"
    _edit(pt, "{% if thanks %}\n\n{{ thanks }}\n{% endif %}\n", "\n{{ thanks }}\n")
    result = _run(runner, copy)
    assert result.exit_code == 1
    assert result.stdout == (
        "templates\n"
        f"templates/pt/award.md:{_line(pt, '{{ thanks }}')}:1: error: thanks is tested in a "
        f"condition in {_others('pt')} but not in pt (also {_also(copy, 'award.md', '{% if thanks %}', 'pt')}) "
        "[condition-drift b344695c443d]\n"
        "\n"
        f"{TOTAL}: 1 error\n"
    )


def test_a_conditional_block_removed_from_one_language(runner: CliRunner, copy: Path) -> None:
    pt = copy / "pt" / "award.md"
    _edit(pt, "{% if thanks %}\n\n{{ thanks }}\n{% endif %}\n", "")
    result = _run(runner, copy)
    assert result.exit_code == 1
    at = _line(pt, "{{ quote.speaker")  # the last fact before it that pt still has
    assert result.stdout == (
        "templates\n"
        f"templates/pt/award.md:{at}:1: error: thanks is used in {_others('pt')} but not in pt "
        f"(also {_also(copy, 'award.md', '{% if thanks %}', 'pt')}) [fact-drift e2b7c3fceecb]\n"
        "\n"
        f"{TOTAL}: 1 error\n"
    )


def test_renewal_is_compared_by_its_own_blocks(runner: CliRunner, copy: Path) -> None:
    en = copy / "en" / "renewal.md"
    _edit(en, "{%- if award.first_awarded %}{{", "{%- if false %}{{")
    _edit(en, " {{ award.first_awarded }}{% endif %}", "{% endif %}")
    result = _run(runner, copy)
    assert result.exit_code == 1
    assert result.stdout == (
        "templates\n"
        f"templates/en/renewal.md:{_line(en, 'award.awarded_to %} for')}:1: error: award.first_awarded is used "
        f"in {_others('en')} but not in en (also {_also(copy, 'renewal.md', 'first_awarded', 'en')}) "
        "[fact-drift d18bd6354fc3]\n"
        "\n"
        f"{TOTAL}: 1 error\n"
    )


def test_facts_typed_into_the_text(runner: CliRunner, copy: Path) -> None:
    en = copy / "en" / "award.md"
    _edit(
        en,
        '{{ org.gender | agree("has", "have") }} {{ "won" if award.noun.won else "achieved" }} '
        "{% if award.by_issuer %}",
        "founded in 2013 (www.example.eu, press@example.eu), with 40 members and 3 sites, "
        '{{ org.gender | agree("has", "have") }} {{ "won" if award.noun.won else "achieved" }} '
        "{% if award.by_issuer %}",
    )
    _edit(en, "- {{ benefit | capitalize_first }}", "1. {{ benefit | capitalize_first }}")
    result = _run(runner, copy)
    assert result.exit_code == 1
    at = _line(en, "founded in 2013")
    assert result.stdout == (
        "templates\n"
        f"templates/en/award.md:{at}:12: error: year 2013 is typed into the text; "
        "take it from the facts [literal-fact 9739dd74f611]\n"
        f"templates/en/award.md:{at}:18: error: web address www.example.eu is typed into the text; "
        "take it from the facts [literal-fact e7635f987d65]\n"
        f"templates/en/award.md:{at}:34: error: e-mail press@example.eu is typed into the text; "
        "take it from the facts [literal-fact fb25a277504a]\n"
        f"templates/en/award.md:{at}:58: error: number 40 is typed into the text; "
        "take it from the facts [literal-fact 51b071b4e426]\n"
        "\n"
        f"{TOTAL}: 4 errors\n"
    )


def test_a_template_missing_in_one_language(copy: Path) -> None:
    (copy / "es" / "renewal.md").unlink()
    where = [f"templates/{lang}/renewal.md:1:1" for lang in LANGS if lang != "es"]
    assert _text(copy) == (
        "templates\n"
        f"{where[0]}: error: there is no es version of renewal.md, "
        f"though {_others('es')} have one (also {', '.join(where[1:])}) [template-missing 13b0c8a836a3]\n"
        "\n"
        f"{COUNT - 1} templates in {', '.join(LANGS)}: 1 error\n"
    )


def test_a_glossary_term_missing_in_one_language(copy: Path) -> None:
    pt = copy / "pt" / "glossary.yaml"
    _edit(pt, "  next_steps: Próximos passos\n", "")
    # pt's templates still use g.headings.next_steps: the glossary is what drifted, not the templates.
    assert _text(copy) == (
        "templates\n"
        f"templates/pt/glossary.yaml:{_line(pt, 'headings:')}:1: error: headings.next_steps "
        f"is defined in {_others('pt')} but not in pt (also {_also(copy, 'glossary.yaml', 'next_steps:', 'pt')}) "
        "[glossary-drift 40aff84e30f0]\n"
        "\n"
        f"{TOTAL}: 1 error\n"
    )


def test_a_glossary_override_fills_the_gap(runner: CliRunner, copy: Path) -> None:
    """Drafting takes a term missing from the press office's glossary from the built-in one: no drift."""
    _edit(copy / "pt" / "glossary.yaml", "  next_steps: Próximos passos\n", "")
    assert _run(runner, copy).exit_code == 0


def test_an_english_paragraph_in_the_portuguese_template(runner: CliRunner, copy: Path) -> None:
    pt = copy / "pt" / "award.md"
    _edit(
        pt,
        "{% if award.meaning %}\n",
        "{% if award.meaning %}\n\nThe label goes to clusters that have shown, over several years,"
        " that they are run with care and with a clear plan for their members.\n",
    )
    result = _run(runner, copy)
    assert result.exit_code == 1
    assert result.stdout == (
        "templates\n"
        f"templates/pt/award.md:{_line(pt, 'The label goes')}:1: error: this paragraph reads as English, "
        "not Portuguese like the rest of pt/award.md [language 5d5fd17a1989]\n"
        "\n"
        f"{TOTAL}: 1 error\n"
    )


# --- a press office's own folder ---------------------------------------------------------------------


def _override(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A press office's folder holding only its own English award.md."""
    monkeypatch.chdir(tmp_path)
    folder = Path("press") / "en"
    folder.mkdir(parents=True)
    shutil.copy(SHIPPED / "en" / "award.md", folder / "award.md")
    return folder / "award.md"


def test_an_override_with_other_wording_passes(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    award = _override(tmp_path, monkeypatch)
    granted = "{{ award.granted_as.verb }} the {{ award.granted_as.word }}"
    _edit(award, granted, "conferred the label")
    result = _run(runner, "press")
    assert result.exit_code == 0, result.output
    assert result.stdout == f"{TOTAL}: no findings\n"


def _first_use(path: Path, fact: str) -> int | None:
    """The first line of ``path`` whose code uses ``fact`` (``org.sector``), read off its syntax tree: comments
    and wording do not count, so the tests follow the templates' edits."""
    owner, attr = fact.split(".")
    tree = jinja2.Environment().parse(path.read_text(encoding="utf-8"))
    lines = [
        node.lineno
        for node in tree.find_all(jinja2.nodes.Getattr)
        if node.attr == attr and isinstance(node.node, jinja2.nodes.Name) and node.node.name == owner
    ]
    return min(lines, default=None)


def test_an_override_that_drops_a_fact(runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every use of org.sector in a press office's English award.md made ``none``, whatever its wording."""
    award = _override(tmp_path, monkeypatch)
    used = _first_use(award, "org.sector")
    assert used is not None, "the shipped en/award.md no longer uses org.sector: drop another fact"
    award.write_text(re.sub(r"\borg\.sector\b", "none", award.read_text(encoding="utf-8")), encoding="utf-8")
    assert _first_use(award, "org.sector") is None
    result = _run(runner, "press")
    assert result.exit_code == 1
    [finding] = check_templates(Catalog.find("press")).findings
    assert (finding.rule, finding.message) == ("fact-drift", f"org.sector is used in {_others('en')} but not in en")
    lacking, *having = finding.locations
    assert lacking.file == "press/en/award.md" and 1 <= lacking.line <= used  # where en would use it
    others = [builtin_dir() / lang / "award.md" for lang in LANGS if lang != "en"]
    assert [(loc.file, loc.line) for loc in having] == [(display_path(f), _first_use(f, "org.sector")) for f in others]
    assert result.stdout == as_text(check_templates(Catalog.find("press")))  # the CLI prints the same report


# --- how templates are read --------------------------------------------------------------------------


def _tiny(tmp_path: Path, templates: dict[str, str]) -> Path:
    """A template set with one ``t.md`` per language, and glossaries that agree."""
    for lang, text in templates.items():
        (tmp_path / lang).mkdir()
        (tmp_path / lang / "t.md").write_text(text, encoding="utf-8")
        glossary = "articles: {m: {the: the, The: The}}\nheadings: {about: x}\n"
        (tmp_path / lang / "glossary.yaml").write_text(glossary, encoding="utf-8")
    return tmp_path


def _found(tmp_path: Path, templates: dict[str, str]) -> list[tuple[str, str, str]]:
    result = check_templates(Catalog((_tiny(tmp_path, templates),)))
    return [(f.rule, f.message, f"{Path(f.where.file).parent.name}:{f.where.line}") for f in result.findings]


def test_loop_variables_stand_for_items(tmp_path: Path) -> None:
    found = _found(
        tmp_path,
        {
            "en": "{% for f in figures %}\n- {{ f.value }} {{ f.what }}\n{% endfor %}\n",
            "es": "{% for fig in figures %}\n- {{ fig.value }}\n{% endfor %}\n",
            "pt": "{% set all = figures %}{% for x in all %}\n- {{ x['value'] }} {{ x.what }}\n{% endfor %}\n",
        },
    )
    assert found == [("fact-drift", "figures[].what is used in en, pt but not in es", "es:2")]


def test_a_loop_is_its_own_condition(tmp_path: Path) -> None:
    """Its body shows only when there is something to loop over: an {% if %} around it changes nothing."""
    loop = "{% for q in quotes %}\n> {{ q.text }}\n{% endfor %}\n"
    found = _found(tmp_path, {"en": loop, "es": "{% if quotes %}\n" + loop + "{% endif %}\n", "pt": loop})
    assert found == []


def test_wording_is_not_a_fact(tmp_path: Path) -> None:
    """Articles, gender, plural numbers and a percentage's article differ by language, by design."""
    found = _found(
        tmp_path,
        {
            "en": "{{ org.the }} {{ org.name }}: {{ partnership.count }} partners\n"
            "{% for f in figures %}{{ f.value }}{% endfor %}\n",
            "es": "{{ org.The }} {{ org.name }} {{ 'gestionada' if org.gender == 'f' else 'gestionado' }}:"
            " {{ partnership.count }} {{ 'socio' if partnership.number == 1 else 'socios' }}\n"
            "{% for f in figures %}{% if f.percent %}El {% endif %}{{ f.value }}{% endfor %}\n",
            "pt": "{{ org.name }}: {{ partnership.count }}\n{% for f in figures %}{{ f.value }}{% endfor %}\n",
        },
    )
    assert found == []


def test_a_comparison_made_in_a_set_is_a_test_where_the_name_is_tested(tmp_path: Path) -> None:
    """``{% set gold = award.level == "gold" %}{% if gold %}`` tests award.level, as an ``{% if %}`` of that test."""
    direct = '{% if award.level == "gold" %}\nTop: {{ award.level }}.\n{% endif %}\n'
    found = _found(
        tmp_path,
        {
            "en": direct,
            "es": '{% set gold = award.level == "gold" %}\n{% if gold %}\nTop: {{ award.level }}.\n{% endif %}\n',
            "pt": '{% with top = not award.level in ("silver", "bronze") %}{{ award.level if top else "" }}'
            "{% endwith %}\n",
        },
    )
    assert found == []
    (tmp_path / "shown").mkdir()
    found = _found(
        tmp_path / "shown",
        {
            "en": "Level: {{ award.level }}.\n{{ award.motto }}\n",
            "es": '{% set gold = award.level == "gold" and award.motto is defined %}\n'
            "Level: {{ award.level }}.\n{% if gold %}\n{{ award.motto }}\n{% endif %}\n",
            "pt": "Level: {{ award.level }}.\n{{ award.motto }}\n",
        },
    )
    message = "award.level, award.motto are tested in a condition in es but not in en, pt"
    assert found == [("condition-drift", message, "en:1")]


def test_a_value_made_from_a_facts_text_tests_nothing(tmp_path: Path) -> None:
    """A name set from a fact's text (its last word) chooses wording, which each language does its own way."""
    found = _found(
        tmp_path,
        {
            "en": '{% set titled = (award.name | lower).endswith(" award") %}'
            '{{ "the " if titled else "" }}{{ award.name }}\n',
            "es": "{{ award.name }}\n",
            "pt": "{{ award.name }}\n",
        },
    )
    assert found == []


def test_a_condition_on_a_facts_text_chooses_wording(tmp_path: Path) -> None:
    """An {% if %} on what a fact's text says (its last word), or on two facts compared, picks words, as
    a lookup would; the same fact shown elsewhere is all the other languages must match."""
    found = _found(
        tmp_path,
        {
            "en": '{% if (org.sector | lower).split() | last in ("research", "science") %}\n'
            "working in {{ org.sector }}\n{% else %}\nin the {{ org.sector }} sector\n{% endif %}\n"
            "{% if award.issuer.name != award.name %}by {{ award.issuer.name }}{% endif %}\n",
            "es": "del sector de {{ org.sector }}\npor {{ award.issuer.name }}\n",
            "pt": "do setor de {{ org.sector }}\npelo {{ award.issuer.name }}\n",
        },
    )
    assert found == []


def test_a_test_of_presence_is_still_compared(tmp_path: Path) -> None:
    """Whether a fact is given is a test every language needs: shown unguarded, an absent one breaks."""
    found = _found(
        tmp_path,
        {
            "en": "{% if org.sector %}\nin the {{ org.sector | lower }} sector\n{% endif %}\n",
            "es": "del sector de {{ org.sector }}\n",
            "pt": "{% if org.sector %}\ndo setor de {{ org.sector }}\n{% endif %}\n",
        },
    )
    assert found == [("condition-drift", "org.sector is tested in a condition in en, pt but not in es", "es:1")]


def test_glossary_lookups_are_compared(tmp_path: Path) -> None:
    found = _found(
        tmp_path, {"en": "## {{ g.headings.about }}\n", "es": "## {{ g.headings.about }}\n", "pt": "## Sobre\n"}
    )
    assert found == [("fact-drift", "g.headings.about is used in en, es but not in pt", "pt:1")]


def test_a_template_that_does_not_parse(tmp_path: Path) -> None:
    """A finding where the parser gave up, and no comparison built on half a template."""
    found = _found(
        tmp_path, {"en": "{{ org.name }}\n", "es": "{{ org.sector }}\n", "pt": "{% if org.name %}\n{{ org.name }}\n"}
    )
    assert found == [
        (
            "template-syntax",
            "Unexpected end of template. Jinja was looking for the following tags: 'elif' or 'else' or 'endif'."
            " The innermost block that needs to be closed is 'if'.",
            "pt:2",
        )
    ]


# --- the command line --------------------------------------------------------------------------------


def test_json_and_github_formats(runner: CliRunner, copy: Path) -> None:
    _edit(copy / "pt" / "award.md", "{%- if award.motto %} («{{ award.motto }}»){% endif %}\n{#- O que", "{#- O que")
    result = _run(runner, copy, "--format", "json")
    assert result.exit_code == 1
    payload = json.loads(result.stdout)
    assert [(f["rule"], f["release"], f["signature"]) for f in payload["findings"]] == [
        ("fact-drift", "templates", "5478350301f7")
    ]
    assert [loc["file"] for loc in payload["findings"][0]["locations"]] == ["templates/pt/award.md"] + [
        f"templates/{lang}/award.md" for lang in LANGS if lang != "pt"
    ]
    assert payload["summary"]["drafts"] == COUNT and payload["summary"]["passed"] is False
    result = _run(runner, copy, "--format", "github")
    assert result.exit_code == 1
    lead = _line(copy / "pt" / "award.md", "para {{ award.tier.the }}")
    assert result.stdout == (
        f"::error file=templates/pt/award.md,line={lead},col=1,title=drafter fact-drift::"
        f"award.motto is used in {_others('pt')} but not in pt [5478350301f7]\n"
        f"{TOTAL}: 1 error\n"
    )


def test_a_folder_that_does_not_exist(runner: CliRunner, tmp_path: Path) -> None:
    result = _run(runner, tmp_path / "nowhere")
    assert result.exit_code == 2
    assert result.stderr == f"Error: templates folder {tmp_path / 'nowhere'} does not exist\n"


def test_help_has_examples(runner: CliRunner) -> None:
    for args in (["templates", "--help"], ["templates", "check", "--help"]):
        result = runner.invoke(cli, args)
        assert result.exit_code == 0
        assert "drafter templates check --templates" in result.stdout
