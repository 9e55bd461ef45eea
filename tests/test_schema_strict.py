"""``drafter schema`` refuses what drafter refuses: every bad input, fed to the loader and to the schema.

The schema an editor uses is the one the modeline of ``drafter new`` names:
for a release in its languages (``drafter schema --lang``). Each case JSON
Schema cannot express is listed below with the reason, and the test demands
that the schema does accept it, so the list stays true.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from click.testing import CliRunner

from drafter.catalog import Catalog
from drafter.cli import cli
from drafter.errors import FactsError
from drafter.facts import load_facts, schema
from drafter.facts.yamlsource import load_yaml

from .conftest import EXAMPLES, ROOT

BAD = ROOT / "tests" / "bad_inputs"
AVAILABLE = Catalog.find().languages()

NOT_YAML = "not YAML at all: the editor's YAML parser reports it, before any schema is read"
NOT_FOR_A_SCHEMA = {
    "alias.yaml": NOT_YAML,  # an alias with no anchor
    "anchor-alias.yaml": "a YAML anchor: a schema sees the values, which are valid; drafter refuses anchors",
    "duplicate-key.yaml": "a key given twice: YAML keeps one value, the only one a schema sees "
    "(yaml-language-server reports the duplicate itself)",
    "yaml-indent-deeper.yaml": NOT_YAML,
    "yaml-indent-shallower.yaml": NOT_YAML,
    "yaml-missing-colon.yaml": NOT_YAML,
    "yaml-tab.yaml": NOT_YAML,
    "yaml-two-documents.yaml": NOT_YAML,
    "yaml-unclosed-bracket.yaml": NOT_YAML,
    "yaml-unclosed-quote.yaml": NOT_YAML,
}
GENERIC_GAPS = {
    "missing-language-text.yaml": "without --lang, the schema cannot tie a text's languages to release.languages",
    "extra-language-text.yaml": "without --lang, the schema cannot tie a text's languages to release.languages",
}
CASES = sorted(p for p in BAD.glob("*.yaml") if p.name != "valid.yaml")


def _plain(value: Any) -> Any:
    """The data as an editor's YAML 1.2 parser gives it to the schema: plain JSON values."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return float(value)
    return str(value)


def _editor_view(path: Path) -> Any:
    """What the schema is given for ``path``; None when no YAML parser makes data of it."""
    try:
        return _plain(load_yaml(path).data)
    except FactsError:
        pass
    try:
        return _plain(yaml.load(path.read_text(encoding="utf-8"), Loader=_Yaml12))  # an alias, a list, nothing
    except yaml.YAMLError:
        return NotImplemented


class _Yaml12(yaml.SafeLoader):
    """PyYAML without YAML 1.1's dates: a date stays text, as in YAML 1.2 and an editor's parser."""

    yaml_implicit_resolvers = {
        first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }


def _languages(data: Any) -> list[str] | None:
    langs = data.get("release", {}).get("languages") if isinstance(data, dict) else None
    if isinstance(langs, list) and langs and all(lang in AVAILABLE for lang in langs) and len(set(langs)) == len(langs):
        return langs
    return None


def _errors(data: Any, langs: list[str] | None) -> list[str]:
    validator = jsonschema.Draft202012Validator(
        schema(langs, AVAILABLE), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )
    return [error.message for error in validator.iter_errors(data)]


def _refused_by_loader(path: Path) -> bool:
    try:
        load_facts(path, available=AVAILABLE)
    except FactsError:
        return True
    return False


@pytest.mark.parametrize("case", CASES, ids=[p.name for p in CASES])
def test_the_schema_refuses_every_bad_input_the_loader_refuses(case: Path) -> None:
    assert _refused_by_loader(case)
    data = _editor_view(case)
    if data is NotImplemented:
        assert NOT_FOR_A_SCHEMA.get(case.name) == NOT_YAML
        return
    errors = _errors(data, _languages(data))
    if case.name in NOT_FOR_A_SCHEMA:
        assert not errors, f"the schema now refuses {case.name}: take it out of NOT_FOR_A_SCHEMA"
    else:
        assert errors, f"{case.name}: drafter refuses it, the schema accepts it"
    generic = _errors(data, None)
    if case.name in NOT_FOR_A_SCHEMA or case.name in GENERIC_GAPS:
        assert not generic
    else:
        assert generic, f"{case.name}: the schema without --lang accepts it"


def _example(name: str) -> dict[str, Any]:
    data: dict[str, Any] = _plain(load_yaml(ROOT / "examples" / f"{name}.yaml").data)
    return data


def _del(*path: str | int) -> Callable[[Any], None]:
    def change(data: Any) -> None:
        for key in path[:-1]:
            data = data[key]
        del data[path[-1]]

    return change


def _set(value: Any, *path: str | int) -> Callable[[Any], None]:
    def change(data: Any) -> None:
        for key in path[:-1]:
            data = data[key]
        data[path[-1]] = value

    return change


SECPHO, CASA_VIVA, ARO, MOLDARTE, ESTUARIA = (
    "secpho-bronze-2013",
    "casa-viva-gold-2026",
    "conservas-arousa-prize-2025",
    "moldarte-iso-14001-2024",
    "estuaria-grant-2026",
)
NO_VALUE = {"es": "Sin número", "en": "No number", "pt": "Sem número"}
MORE = {
    "prize-without-event": (ARO, _del("event")),
    "certification-with-a-level": (MOLDARTE, _set("gold", "award", "level")),
    "category-outside-a-prize": (SECPHO, _set({"es": "a", "en": "a", "pt": "a"}, "award", "category")),
    "figure-with-value-and-change": (SECPHO, _set(5, "figures", 0, "change")),
    "figure-with-neither-what-nor-text": (SECPHO, _del("figures", 0, "what")),
    "figure-text-without-value": (SECPHO, lambda d: d["figures"][0].update(what=None, text=NO_VALUE)),
    "figure-percent-with-of": (SECPHO, _set(True, "figures", 0, "percent")),
    "figure-change-of-zero": (SECPHO, lambda d: d["figures"][0].update(value=None, of=None, change=0, percent=True)),
    "upgrade-from-a-higher-level": (CASA_VIVA, _set("gold", "award", "previous", "level")),
    "grant-of-nothing": (ESTUARIA, _set(0, "grant", "amount")),
    "address-not-a-url": (SECPHO, _set("not a url", "organisation", "website")),
    "country-unknown": (SECPHO, _set("XX", "organisation", "country")),
}
MORE_GAPS = {
    "upgrade-dated-after-the-award": (
        (CASA_VIVA, _set(2030, "award", "previous", "year")),
        "a year compared with another field's date: JSON Schema compares a value with constants only",
    ),
    "grant-budget-below-the-sum": (
        (ESTUARIA, _set(1000, "grant", "budget")),
        "one number compared with another: JSON Schema compares a value with constants only",
    ),
    "figure-text-with-a-misspelt-placeholder": (
        (SECPHO, lambda d: d["figures"][0].update(what=None, text={k: "{value} of {of}, {valeu}" for k in NO_VALUE})),
        "a misspelling is judged by closeness to a name; a pattern cannot tell {valeu} from a word in braces",
    ),
}


def _case(tmp_path: Path, example: str, change: Callable[[Any], None]) -> tuple[Path, Any]:
    data = copy.deepcopy(_example(example))
    change(data)
    path = tmp_path / "facts.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path, _plain(load_yaml(path).data)


@pytest.mark.parametrize("name", sorted(MORE))
def test_the_schema_refuses_what_the_loader_checks_beyond_the_shape(name: str, tmp_path: Path) -> None:
    path, data = _case(tmp_path, *MORE[name])
    assert _refused_by_loader(path)
    assert _errors(data, _languages(data)), f"{name}: drafter refuses it, the schema accepts it"
    assert _errors(data, None)


@pytest.mark.parametrize("name", sorted(MORE_GAPS))
def test_what_json_schema_cannot_say_is_the_loaders_alone(name: str, tmp_path: Path) -> None:
    (example, change), _reason = MORE_GAPS[name]
    path, data = _case(tmp_path, example, change)
    assert _refused_by_loader(path)
    assert not _errors(data, _languages(data)), f"the schema now refuses {name}: take it out of MORE_GAPS"


@pytest.mark.parametrize("example", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_every_example_is_valid_for_the_schema(example: Path) -> None:
    data = _plain(load_yaml(example).data)
    assert _errors(data, data["release"]["languages"]) == []
    assert _errors(data, None) == []


def test_drafter_schema_prints_the_schema_for_a_set_of_languages(runner: CliRunner) -> None:
    generic = runner.invoke(cli, ["schema"])
    assert generic.exit_code == 0
    assert json.loads(generic.output) == schema(None, AVAILABLE)
    for_three = runner.invoke(cli, ["schema", "--lang", "pt,es,en"])
    assert json.loads(for_three.output) == schema(["pt", "es", "en"], AVAILABLE)
    refused = runner.invoke(cli, ["schema", "--lang", "pt,xx"])
    assert refused.exit_code == 2
    assert "give each language once, among" in refused.stderr


def test_drafter_new_names_its_schema_on_the_first_line_and_writes_it(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "label.yaml"
    result = runner.invoke(cli, ["new", str(path), "--lang", "pt,es,en"])
    assert result.exit_code == 0, result.output
    first = path.read_text(encoding="utf-8").splitlines()[0]
    assert first == "# yaml-language-server: $schema=facts.en-es-pt.schema.json"
    written = tmp_path / "facts.en-es-pt.schema.json"
    assert json.loads(written.read_text(encoding="utf-8")) == schema(["pt", "es", "en"], AVAILABLE)
    assert "and facts.en-es-pt.schema.json beside it" in result.stderr
    written.write_text("{}\n", encoding="utf-8")  # a schema of one's own is never replaced
    again = runner.invoke(cli, ["new", str(tmp_path / "other.yaml"), "--lang", "en,es,pt"])
    assert again.exit_code == 0
    assert written.read_text(encoding="utf-8") == "{}\n"
    assert "beside it" not in again.stderr
