"""Patterns' code kept between runs: the very patterns Python compiles, never trusted when spoilt or foreign."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from drafter import regexcache

PATTERNS = [
    r"(?P<day>\d{1,2})\.?\s+(?:de\s+)?(?P<month>janeiro|fevereiro|março)",
    r"(?i:ONU|Nações\s+Unidas)(?!\w)",
    r"\b(?:US\\?\$|€|EUR)\s?(?P<n>\d+(?:[.,]\d{3})*)",
    r"(?<![A-Za-z])(?P<c>£|\$)\Z",
    r"[À-ÿ]+(?=[^\w]|$)|(a)(b)?",
]


def _fresh(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``pattern`` compiled anew by Python's own compiler, past ``re``'s cache of compiled patterns."""
    return regexcache._python_compile(pattern, flags)  # type: ignore[no-any-return]


def _compiled(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``pattern`` compiled the way ``re.compile`` does it now, past ``re``'s cache."""
    re.purge()
    return re.compile(pattern, flags)


@pytest.fixture
def folder(tmp_path: Path) -> Iterator[Path]:
    kept = tmp_path / "cache" / "tables"
    kept.parent.mkdir()
    regexcache.keep_in(str(kept), "key-1")
    yield kept
    regexcache.keep_in(None)
    re.purge()


def _keep_and_reopen(folder: Path, key: str = "key-1") -> None:
    for pattern in PATTERNS:
        _compiled(pattern, re.I if "day" in pattern else 0)
    regexcache.save(at_once=True)
    regexcache.keep_in(str(folder), key)  # a fresh process's start: nothing read yet


def _no_parse(*_: Any) -> Any:
    raise AssertionError("parsed again where its code was kept")


def test_a_kept_pattern_is_the_pattern_python_compiles(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _keep_and_reopen(folder)
    assert (folder / regexcache.NAME).exists()
    monkeypatch.setattr(regexcache._parser, "parse", _no_parse)
    for pattern in PATTERNS:
        flags = re.I if "day" in pattern else 0
        kept = _compiled(pattern, flags)
        monkeypatch.undo()
        fresh = _fresh(pattern, flags)
        monkeypatch.setattr(regexcache._parser, "parse", _no_parse)
        assert kept == fresh  # the same flags, pattern and engine code
        assert (kept.groups, kept.groupindex) == (fresh.groups, fresh.groupindex)
        text = "12 de março, US$ 1.200 e € 3, ONU e Nações  Unidas, ação ab"
        assert [m.groupdict() | {"": m.span()} for m in kept.finditer(text)] == [
            m.groupdict() | {"": m.span()} for m in fresh.finditer(text)
        ]


def _spoilt_pack(raw: bytes, how: str) -> bytes:
    seal, _, body = raw.partition(b"\n")
    data = json.loads(body)
    if how == "torn":
        return raw[: len(raw) // 2]
    if how == "edited":
        return seal + b"\n" + body.replace(b"EUR", b"EUX")
    if how == "foreign key":
        data["key"] = "key-0"
    elif how == "foreign engine":
        data["engine"] = "1:4:another Python"
    elif how == "refused code":  # whole and sealed, yet code no engine runs
        for made in data["patterns"].values():
            made[1] = [9999] * len(made[1])
    elif how == "malformed":
        for name in data["patterns"]:
            data["patterns"][name] = [0, "code", -1, {"g": 99}]
    elif how == "not a table":
        data = ["key-1"]
    text = json.dumps(data).encode()
    return hashlib.sha256(text).hexdigest().encode() + b"\n" + text


@pytest.mark.parametrize(
    "how", ["torn", "edited", "foreign key", "foreign engine", "refused code", "malformed", "not a table", "missing"]
)
def test_a_spoilt_or_foreign_file_is_compiled_past_and_written_again(folder: Path, how: str) -> None:
    _keep_and_reopen(folder)
    path = folder / regexcache.NAME
    if how == "missing":
        path.unlink()
    else:
        path.write_bytes(_spoilt_pack(path.read_bytes(), how))
    for pattern in PATTERNS:
        flags = re.I if "day" in pattern else 0
        assert _compiled(pattern, flags) == _fresh(pattern, flags)
    regexcache.save(at_once=True)
    seal, _, body = path.read_bytes().partition(b"\n")
    assert seal.decode() == hashlib.sha256(body).hexdigest()
    data = json.loads(body)
    assert data["key"] == "key-1" and len(data["patterns"]) == len(PATTERNS)


def test_another_key_reads_nothing_kept(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _keep_and_reopen(folder, key="key-2")  # another version of drafter
    parsed: list[str] = []
    parse = regexcache._parser.parse
    monkeypatch.setattr(regexcache._parser, "parse", lambda p, f=0: parsed.append(p) or parse(p, f))
    compiled = _compiled(PATTERNS[0])
    assert parsed and set(parsed) == {PATTERNS[0]}  # parsed again, not read back
    assert compiled == _fresh(PATTERNS[0])


def test_without_a_cache_python_compiles_alone(tmp_path: Path) -> None:
    regexcache.keep_in(None)
    assert re._compiler.compile is regexcache._python_compile  # type: ignore[attr-defined]
    _compiled(PATTERNS[0])
    regexcache.save(at_once=True)
    assert not list(tmp_path.iterdir())


def test_writes_wait_between_them_but_not_at_the_end(folder: Path) -> None:
    _compiled(PATTERNS[0])
    regexcache.save()
    first = (folder / regexcache.NAME).read_bytes()
    _compiled(PATTERNS[1])
    regexcache.save()  # within the pause: not written yet
    assert (folder / regexcache.NAME).read_bytes() == first
    regexcache.save(at_once=True)
    assert len(json.loads((folder / regexcache.NAME).read_bytes().partition(b"\n")[2])["patterns"]) == 2


def test_a_bytes_pattern_is_python_s_alone(folder: Path) -> None:
    re.purge()
    assert re.compile(rb"\d+") == regexcache._python_compile(rb"\d+", 0)
    regexcache.save(at_once=True)
    assert not (folder / regexcache.NAME).exists()


def test_two_processes_keep_each_other_s_patterns(folder: Path) -> None:
    _compiled(PATTERNS[0])
    regexcache.save(at_once=True)
    regexcache.keep_in(str(folder), "key-1")  # another process, which read the file before the first wrote
    regexcache._store.known = {}  # type: ignore[union-attr]
    _compiled(PATTERNS[1])
    regexcache.save(at_once=True)
    kept = json.loads((folder / regexcache.NAME).read_bytes().partition(b"\n")[2])["patterns"]
    assert sorted(kept) == sorted(f"0:{p}" for p in PATTERNS[:2])


def test_no_more_patterns_are_kept_than_the_most(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(regexcache, "MOST", 2)
    for pattern in PATTERNS[1:]:
        _compiled(pattern)
    regexcache.save(at_once=True)
    kept = json.loads((folder / regexcache.NAME).read_bytes().partition(b"\n")[2])["patterns"]
    assert len(kept) == 2
    assert all(_compiled(p) == _fresh(p) for p in PATTERNS[1:])  # the others compiled as usual
