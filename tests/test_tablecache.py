"""Tables kept between runs in the cache folder: read back as built, never trusted when spoilt or foreign."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from babel import Locale

import drafter
from drafter import figures, tablecache
from drafter.extract import names, patterns

from .conftest import ROOT


@pytest.fixture
def folder(tmp_path: Path) -> Iterator[Path]:
    kept = tmp_path / "cache" / tablecache.FOLDER
    kept.parent.mkdir()
    tablecache.keep_in(kept, "key-1")
    yield kept
    tablecache.keep_in(None)


def _never() -> Any:
    raise AssertionError("built again where it was kept")


def test_a_table_is_built_once_then_read_back(folder: Path) -> None:
    built = {"ONU": {"pt": ["ONU", "Nações Unidas"]}, "n": [1, 2.5, True, None]}
    assert tablecache.kept("data-x", lambda: built) == built
    assert tablecache.kept("data-x", _never) == built
    tablecache.keep_in(folder, "key-2")  # another version of drafter: built again, and kept under its key
    assert tablecache.kept("data-x", lambda: [1]) == [1]
    assert tablecache.kept("data-x", _never) == [1]


@pytest.mark.parametrize(
    "spoil",
    [
        lambda raw: raw[: len(raw) // 2],  # torn
        lambda raw: b"",
        lambda raw: b"\x00\xff garbage",
        lambda raw: raw.replace(b"Unidas", b"Unidaz"),  # edited: the digest disagrees
        lambda raw: _sealed({"key": "key-0", "name": "data-x", "value": ["foreign"]}),  # another key
        lambda raw: _sealed({"key": "key-1", "name": "data-y", "value": ["other table"]}),  # another table
        lambda raw: _sealed({"key": "key-1", "name": "data-x"}),  # no value
        lambda raw: _sealed(["key-1", "data-x"]),
        lambda raw: hashlib.sha256(b"{").hexdigest().encode() + b"\n{",  # sealed, not JSON
    ],
)
def test_a_spoilt_or_foreign_table_is_built_again_and_replaced(folder: Path, spoil: Any) -> None:
    built = {"ONU": ["Nações Unidas"]}
    tablecache.kept("data-x", lambda: built)
    path = folder / "data-x.json"
    path.write_bytes(spoil(path.read_bytes()))
    assert tablecache.kept("data-x", lambda: built) == built
    assert tablecache.kept("data-x", _never) == built  # written whole again


def _sealed(body: object) -> bytes:
    text = json.dumps(body).encode()
    return hashlib.sha256(text).hexdigest().encode() + b"\n" + text


def test_what_json_would_change_is_not_kept(folder: Path) -> None:
    assert tablecache.kept("data-x", lambda: {1: "a"}) == {1: "a"}  # a number for a key
    assert tablecache.kept("data-y", lambda: ("a", "b")) == ("a", "b")
    assert not (folder / "data-x.json").exists() and not (folder / "data-y.json").exists()


def test_without_a_cache_nothing_is_kept(tmp_path: Path) -> None:
    tablecache.keep_in(None)
    calls: list[int] = []

    def build() -> list[int]:
        calls.append(1)
        return [1]

    assert tablecache.kept("data-x", build) == [1]
    assert tablecache.kept("data-x", build) == [1]
    assert calls == [1, 1]
    assert not list(tmp_path.iterdir())


def test_a_removed_cache_folder_is_not_made_again(tmp_path: Path) -> None:
    tablecache.keep_in(tmp_path / "gone" / tablecache.FOLDER, "key-1")
    try:
        assert tablecache.kept("data-x", lambda: [1]) == [1]
    finally:
        tablecache.keep_in(None)
    assert not (tmp_path / "gone").exists()


@pytest.mark.parametrize("name", ["bodies", "places", "demonyms", "countries"])
def test_the_names_tables_read_back_as_built(folder: Path, name: str) -> None:
    built = names._read_table(name)
    assert tablecache.kept(f"data-{name}", lambda: names._read_table(name)) == built
    assert tablecache.kept(f"data-{name}", _never) == built
    assert (folder / f"data-{name}.json").exists()


@pytest.mark.parametrize("lang", ["pt", "es", "en", "fr"])
def test_the_unit_symbols_read_back_as_built(folder: Path, lang: str) -> None:
    built = figures._unit_symbols(lang)
    assert frozenset(tablecache.kept(f"unit-symbols-{lang}", lambda: sorted(built))) == built
    assert frozenset(tablecache.kept(f"unit-symbols-{lang}", _never)) == built
    assert "GWh" in built and "km" in built


@pytest.mark.parametrize("lang", ["pt", "es", "en", "fr"])
def test_the_country_names_and_currencies_read_back_as_built(folder: Path, lang: str) -> None:
    locale = {"pt": "pt_PT", "es": "es_ES", "en": "en_GB", "fr": "fr_FR"}[lang]
    for table in (names.country_names, names.cities_over_countries):
        table.cache_clear()
    built = (names._country_names((locale,)), names._cities_over_countries(lang))
    assert (names.country_names((locale,)), names.cities_over_countries(lang)) == built  # built, and kept
    for table in (names.country_names, names.cities_over_countries):
        table.cache_clear()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(names, "_country_names", _never)
        patch.setattr(names, "_cities_over_countries", _never)
        assert (names.country_names((locale,)), names.cities_over_countries(lang)) == built  # read back
    for table in (names.country_names, names.cities_over_countries):
        table.cache_clear()
    currencies = patterns._currency_names(lang, Locale.parse(locale))
    name = tablecache.named("currencies", lang, locale)
    assert tablecache.kept(name, lambda: currencies) == currencies
    assert tablecache.kept(name, _never) == currencies
    assert "PT" in built[0].values() and currencies[0]["€"] == "EUR"


def test_a_table_name_holds_its_parts_or_is_no_name() -> None:
    assert tablecache.named("currencies", "pt", "pt_PT") == "currencies-pt-pt_pt"
    assert tablecache.named("country-names", "en_GB", "en_US") == "country-names-en_gb-en_us"
    assert tablecache.kept(tablecache.named("currencies", "../x"), lambda: [1]) == [1]  # no name: not kept


def _check(folder: Path, *options: str) -> str:
    """``drafter check`` in a fresh process (the tables are built once a process)."""
    command = ["check", str(folder), "--format", "json", "--jobs", "1", *options]
    code = f"from drafter.cli import cli\ntry:\n    cli({command!r})\nexcept SystemExit:\n    pass"
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout


def test_a_check_with_spoilt_tables_says_what_a_check_without_the_cache_says(tmp_path: Path) -> None:
    folder = tmp_path / "award"
    folder.mkdir()
    shutil.copy(ROOT / "examples" / "secpho-bronze-2013.yaml", folder / "facts.yaml")
    for name, text in drafter.draft(folder / "facts.yaml").files("md").items():
        edited = str(text).replace("2013", "2014", 1) if name == "en.md" else str(text)
        (folder / name).write_text(edited, encoding="utf-8")
    cache = tmp_path / "cache"
    alone = _check(folder, "--no-cache")
    assert json.loads(alone)["findings"]
    assert _check(folder, "--cache-dir", str(cache)) == alone
    tables = sorted(cache.glob(f"{tablecache.FOLDER}/*.json"))
    kinds = {"data-bodies", "data-places", "unit-symbols-en", "currencies-en-en_gb"}
    assert {path.stem for path in tables} >= kinds | {"cities-over-countries-en", "country-names-en_gb"}
    for number, path in enumerate(tables):  # each spoilt its own way; the entries gone: checked again
        raw = path.read_bytes()
        path.write_bytes([raw[:100], b"", raw.replace(b'"key"', b'"kez"'), raw[:65] + b"[]"][number % 4])
    shutil.rmtree(cache / "checks")
    (cache / "checks.pack").unlink(missing_ok=True)
    assert _check(folder, "--cache-dir", str(cache)) == alone
    for path in tables:
        seal, _, body = path.read_bytes().partition(b"\n")
        assert seal.decode() == hashlib.sha256(body).hexdigest()  # built and written whole again
