"""A fuzzing harness that stays: hostile facts files, drafts and templates, through the command line.

Every example must end in exit code 0 (or 1 for ``check`` with findings) or in
a located exit 2: never a traceback, never a hang, never a file half-written,
never a hand edit lost. The ``ci`` Hypothesis profile (the default) runs a
few hundred examples in about a minute; ``make fuzz`` runs the ``fuzz``
profile, tens of thousands of random examples, for as long as it takes.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import tempfile
import types
import typing
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from click.testing import CliRunner, Result
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel

from drafter.cli import cli
from drafter.facts import Facts

from .conftest import HYPOTHESIS_PROFILE, ROOT

EXAMPLES = {p.stem: p for p in sorted((ROOT / "examples").glob("*.yaml"))}
LOCATED = re.compile(r"^(?:[^\n]*?):\d+(?::\d+)?: \S")
HANG = 60
"""Seconds an example may take before it counts as a hang (a normal one takes well under one)."""

settings.register_profile(
    "ci",
    max_examples=60,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
)
settings.register_profile(
    "fuzz",
    max_examples=5_000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
)
PROFILE = HYPOTHESIS_PROFILE
LONG = 150_000 if PROFILE == "fuzz" else 6_000
"""The longest run of one character in a value: long ones cost a second an example, so CI keeps them short."""


EXAMPLES_WANTED = int(os.environ.get("DRAFTER_FUZZ_EXAMPLES") or 0)
"""Examples per test in place of the profile's (``make fuzz FUZZ_EXAMPLES=1000``); 0 keeps the profile's."""


def _profile(scale: float = 1.0) -> settings:
    base = settings.get_profile(PROFILE)
    wanted = EXAMPLES_WANTED or base.max_examples
    return settings(base, max_examples=max(1, int(wanted * scale)))


class Hang(Exception):
    pass


@contextmanager
def _within(seconds: int) -> Iterator[None]:
    """Fails the example instead of hanging the suite; the alarm is the safety net, not the test."""
    if not hasattr(signal, "SIGALRM"):
        yield
        return

    def ring(signum: int, frame: Any) -> None:
        raise Hang(f"still running after {seconds} s")

    previous = signal.signal(signal.SIGALRM, ring)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


@contextmanager
def _folder() -> Iterator[Path]:
    path = Path(tempfile.mkdtemp(prefix="drafter-fuzz-"))
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


def _run(args: list[str], cwd: Path) -> Result:
    old = Path.cwd()
    os.chdir(cwd)
    try:
        with _within(HANG):
            return CliRunner().invoke(cli, args, catch_exceptions=True)
    finally:
        os.chdir(old)


def _ended_well(result: Result, codes: tuple[int, ...] = (0,), *, located: bool = True) -> None:
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise AssertionError(f"traceback: {result.exception!r}") from result.exception
    assert "Traceback" not in result.output
    assert result.exit_code in (*codes, 2), (result.exit_code, result.output[-2000:])
    if result.exit_code == 2:
        lines = [line for line in result.stderr.splitlines() if line.strip()]
        assert lines, "exit 2 with no message"
        assert all(LOCATED.match(line) for line in lines) or not located, result.stderr[-2000:]
        assert "\x1b" not in result.stderr and "\r" not in result.stderr


def _listing(folder: Path) -> dict[str, bytes]:
    if not folder.exists():
        return {}
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def _no_leftovers(folder: Path) -> None:
    """Only drafts and the manifest may stay: never a temporary file, the journal or the lock."""
    if not folder.exists():
        return
    for path in folder.iterdir():
        name = path.name
        assert name == ".drafter.json" or not name.startswith("."), f"left behind: {name}"
        assert not name.endswith((".tmp", ".part", "~")), f"left behind: {name}"


# --- hostile values -------------------------------------------------------------------------------

PAYLOADS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "{::nomarkdown}<b>x</b>{:/}",
    '{: onclick="alert(1)" }',
    "[x](javascript:alert(1))",
    "![x](http://e.org/x.png)",
    "*[HTML]: Hyper",
    ": definition",
    "# heading",
    "- item",
    "1. item",
    "> quote",
    "| a | b |",
    "```",
    "$x$",
    "==mark==",
    "~~del~~",
    "^sup^",
    "&lt;b&gt;",
    "&#60;script&#62;",
    "\\",
    "{{ 7*7 }}",
    "{% raw %}",
    "<<placeholder>>",
    "12:30:00",
    "0x1F",
    ".nan",
    "NO",
    "~",
    "null",
    "2013-02-30",
    "\u202eevil",
    "\u0000",
    "\x1b[31m",
    "\r\n",
    "\u2028",
    "\ufeff",
    "e\u0301",
    "\U0001f600",
    "www.example.org",
    "press@example.org",
    "+34 932 418 560",
    "13 of 40",
    "1 774",
    "29,9 %",
]
TEXT = st.one_of(
    st.text(max_size=40),
    st.sampled_from(PAYLOADS),
    st.builds(lambda a, b: a + " " + b, st.sampled_from(PAYLOADS), st.text(max_size=10)),
    st.builds(lambda c, n: c * n, st.sampled_from(["x", "é ", "<", "{", "\u202e", "a b "]), st.integers(500, LONG)),
)
SCALAR = st.one_of(
    TEXT,
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.none(),
    st.dates().map(str),
)
VALUE = st.one_of(
    SCALAR,
    st.lists(SCALAR, max_size=3),
    st.dictionaries(st.sampled_from(["pt", "es", "en", "fr", "xx", "value", "name"]), SCALAR, max_size=3),
)
RAW = [
    "\t",
    "&a ",
    "*a",
    "!!python/object:os.system ",
    "? ",
    "<<: ",
    "- ",
    ": ",
    "{",
    "[",
    '"',
    "'",
    "%YAML 1.1\n---\n",
    "---\n",
    "...\n",
    "#",
    "\\ud800",
    '"\\ud800"',
    "\x85",
    "\ufeff",
    "[" * 3000,
    "a: " + "[" * 200 + "]" * 200,
    "x" * 5000,
]


@cache
def _base(name: str) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(EXAMPLES[name].read_text(encoding="utf-8"))
    return data


def _leaves(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    if isinstance(value, dict):
        return [path] + [p for k, v in value.items() for p in _leaves(v, (*path, k))]
    if isinstance(value, list):
        return [path] + [p for i, v in enumerate(value) for p in _leaves(v, (*path, i))]
    return [path]


def _set(data: Any, path: tuple[Any, ...], value: Any) -> None:
    for part in path[:-1]:
        data = data[part]
    if value is _DELETE:
        del data[path[-1]]
    else:
        data[path[-1]] = value


_DELETE = object()


@st.composite
def facts_texts(draw: st.DrawFn) -> str:
    """An example's facts with some values replaced, some keys removed, or raw text spliced in."""
    import copy

    name = draw(st.sampled_from(sorted(EXAMPLES)))
    data = copy.deepcopy(_base(name))
    leaves = [p for p in _leaves(data) if p]
    for _ in range(draw(st.integers(1, 4))):
        path = draw(st.sampled_from(leaves))
        try:
            _set(data, path, draw(st.one_of(VALUE, st.just(_DELETE))))
        except (KeyError, IndexError, TypeError):
            continue  # an earlier change removed or replaced its parent
        leaves = [p for p in _leaves(data) if p]
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=10_000)
    if draw(st.booleans()):
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(st.sampled_from(RAW)) + text[at:]
    return text


@cache
def _seen(example: str | None) -> dict[str, list[Any]]:
    """Every value one example (None: any example) gives each key."""
    seen: dict[str, list[Any]] = {}

    def walk(value: Any) -> None:
        if isinstance(value, dict):
            for key, inner in value.items():
                if _leaf(inner):
                    seen.setdefault(str(key), []).append(inner)
                walk(inner)
        elif isinstance(value, list):
            for inner in value:
                walk(inner)

    for name in sorted(EXAMPLES) if example is None else [example]:
        walk(_base(name))
    return seen


def _leaf(value: Any) -> bool:
    """A value the model takes whole: a scalar, a list of scalars, or one text per language."""
    if isinstance(value, dict):
        return bool(value) and all(len(str(k)) <= 3 and not isinstance(v, (dict, list)) for k, v in value.items())
    if isinstance(value, list):
        return all(not isinstance(v, (dict, list)) for v in value)
    return True


HOSTILE = (0, 60, 12, 3)
"""One value in this many is hostile (0: none), drawn per file: most files must get past the first check."""


@st.composite
def model_facts(draw: st.DrawFn) -> dict[str, Any]:
    """A facts mapping with the shape of the model: each field the example has, kept, most with the example's
    value for its key, some hostile (see ``HOSTILE``); in a hostile file, a field the example lacks
    there one time in four, with another example's value. A field added to the model is fuzzed with no change here."""
    example = draw(st.sampled_from(sorted(EXAMPLES)))
    return draw(_built(Facts, _base(example), _seen(example), draw(st.sampled_from(HOSTILE))))


def _built(
    model: type[BaseModel], base: Any, seen: dict[str, list[Any]], hostile: int
) -> st.SearchStrategy[dict[str, Any]]:
    @st.composite
    def build(draw: st.DrawFn) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, field in model.model_fields.items():
            there = isinstance(base, dict) and name in base
            if there or field.is_required() or (hostile and draw(st.integers(0, 3)) == 0):
                inner = base.get(name) if there else None
                out[name] = draw(_for(name, field.annotation, inner, seen, hostile))
        return out

    return build()


def _for(name: str, annotation: Any, base: Any, seen: dict[str, list[Any]], hostile: int) -> st.SearchStrategy[Any]:
    args = [a for a in typing.get_args(annotation) if a is not type(None)]
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType) and len(args) == 1:
        return _for(name, args[0], base, seen, hostile)
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return _built(annotation, base, seen, hostile)
    if origin in (tuple, list) and args and isinstance(args[0], type) and issubclass(args[0], BaseModel):
        items = base if isinstance(base, list) and base else [None]
        return st.lists(
            st.sampled_from(items).flatmap(lambda b: _built(args[0], b, seen, hostile)), min_size=1, max_size=3
        )
    if isinstance(base, list) and base and not _leaf(base):  # a list of texts in each language
        return st.lists(_kept_or_hostile(base, hostile), min_size=1, max_size=len(base) + 1)
    values = [base] if base is not None and _leaf(base) else seen.get(name) or _seen(None).get(name, [])
    return _kept_or_hostile(values, hostile) if values else VALUE


def _kept_or_hostile(values: list[Any], hostile: int) -> st.SearchStrategy[Any]:
    if not hostile:
        return st.sampled_from(values)
    return st.integers(0, hostile - 1).flatmap(lambda n: VALUE if n == 0 else st.sampled_from(values))


class _NoAliases(yaml.SafeDumper):
    def ignore_aliases(self, data: Any) -> bool:
        return True


@given(data=model_facts(), fmt=st.sampled_from(["md", "html", "json"]))
@_profile(0.5)
def test_facts_built_from_the_model_draft_or_are_refused_with_a_located_message(data: dict[str, Any], fmt: str) -> None:
    _drafted_or_refused(yaml.dump(data, Dumper=_NoAliases, allow_unicode=True, sort_keys=False, width=10_000), fmt)


@given(text=facts_texts(), fmt=st.sampled_from(["md", "html", "txt", "json"]))
@_profile()
def test_any_facts_file_drafts_or_is_refused_with_a_located_message(text: str, fmt: str) -> None:
    _drafted_or_refused(text, fmt)


def _drafted_or_refused(text: str, fmt: str) -> None:
    with _folder() as folder:
        (folder / "facts.yaml").write_text(text, encoding="utf-8", errors="surrogatepass")
        result = _run(["draft", "facts.yaml", "--out", "out", "--format", fmt], folder)
        _ended_well(result)
        out = folder / "out"
        if result.exit_code == 2:
            assert not out.exists() or not any(out.iterdir()), "a refused run wrote something"
        else:
            assert (out / ".drafter.json").is_file()
            _no_leftovers(out)


@given(text=facts_texts())
@_profile(0.5)
def test_a_refused_or_successful_run_never_loses_a_hand_edit(text: str) -> None:
    with _folder() as folder:
        shutil.copy(EXAMPLES["secpho-bronze-2013"], folder / "facts.yaml")
        assert _run(["draft", "facts.yaml", "--out", "out"], folder).exit_code == 0
        edited = folder / "out" / "en.md"
        edited.write_text(edited.read_text(encoding="utf-8") + "\nA line the press officer added.\n", encoding="utf-8")
        before = _listing(folder / "out")
        (folder / "facts.yaml").write_text(text, encoding="utf-8", errors="surrogatepass")
        result = _run(["draft", "facts.yaml", "--out", "out"], folder)
        _ended_well(result, located=False)
        assert result.exit_code == 2, "an edited draft was replaced without --force"
        assert "out/en.md" in result.stderr or LOCATED.match(result.stderr), result.stderr
        assert _listing(folder / "out") == before
        _no_leftovers(folder / "out")


# --- hostile drafts -------------------------------------------------------------------------------


@cache
def _drafts(name: str) -> dict[str, str]:
    with _folder() as folder:
        shutil.copy(EXAMPLES[name], folder / "facts.yaml")
        assert _run(["draft", "facts.yaml", "--out", "out"], folder).exit_code == 0
        return {p.name: p.read_text(encoding="utf-8") for p in (folder / "out").glob("*.md")}


EDITS = st.one_of(
    st.text(max_size=80),
    st.sampled_from(PAYLOADS + RAW),
    st.builds(lambda c, n: c * n, st.sampled_from(["<", "[", "*", "`", "1", "<!--", "http://"]), st.integers(1, LONG)),
)


@st.composite
def draft_sets(draw: st.DrawFn) -> tuple[str, dict[str, bytes]]:
    name = draw(st.sampled_from(sorted(EXAMPLES)))
    out: dict[str, bytes] = {}
    for file, text in _drafts(name).items():
        for _ in range(draw(st.integers(0, 3))):
            at = draw(st.integers(0, len(text)))
            cut = draw(st.integers(0, 200))
            text = text[:at] + draw(EDITS) + text[at + cut :]
        data = text.encode("utf-8", errors="surrogatepass")
        if draw(st.integers(0, 9)) == 0:
            data = data[: draw(st.integers(0, len(data)))] + draw(st.binary(max_size=20))
        out[draw(st.sampled_from([file, file, file.replace(".md", ".html"), file.replace(".md", ".txt")]))] = data
    return name, out


@given(drafts=draft_sets(), fmt=st.sampled_from(["text", "json", "github"]), facts=st.booleans())
@_profile(0.5)
def test_any_drafts_are_checked_or_refused_with_a_located_message(
    drafts: tuple[str, dict[str, bytes]], fmt: str, facts: bool
) -> None:
    name, files = drafts
    with _folder() as folder:
        release = folder / "release"
        release.mkdir()
        for file, data in files.items():
            (release / file).write_bytes(data)
        if facts:
            shutil.copy(EXAMPLES[name], release / "facts.yaml")
        before = _listing(release)
        result = _run(["check", "release", "--format", fmt], folder)
        _ended_well(result, (0, 1))
        assert _listing(release) == before, "check changed a draft"
        if fmt == "json" and result.exit_code != 2:
            import json

            json.loads(result.stdout)


# --- hostile templates ----------------------------------------------------------------------------

NUMBERS = st.one_of(st.integers(-3, 50), st.sampled_from([10**5, 10**9, 9**9, 2**64, -(10**9)]))
FRAGMENTS = [
    "{{ org.name }}",
    "{% for f in figures %}{{ f.value }} {% endfor %}",
    "{% for i in range(N) %}{% for j in range(N) %}x{% endfor %}{% endfor %}",
    "{{ range(N)|list|length }}",
    "{{ 9 ** N }}",
    "{{ N ** N ** N }}",
    "{{ '%sN' % (1,) }}",
    "{{ '%s %s' % (1,) }}",
    "{{ '%*d' % (N, 1) }}",
    "{{ '{:>N}'.format(1) }}",
    "{{ '{:.Nf}'.format(1.5) }}",
    "{{ 'x' * N }}",
    "{{ ('x' * 1000) * N }}",
    "{{ 'ab'|center(N) }}",
    "{{ 'ab'|indent(N) }}",
    "{{ 'a b'|wordwrap(N) }}",
    "{{ 'ab'.ljust(N) }}",
    "{{ 'ab'.zfill(N) }}",
    "{{ 'a\tb'.expandtabs(N) }}",
    "{{ ('a' * 100).replace('', 'bbbbbbbbbb') }}",
    "{{ range(N)|batch(3)|list|length }}",
    "{{ [1, 2]|slice(N)|list|length }}",
    "{% macro m(n) %}{{ m(n) }}{% endmacro %}{{ m(1) }}",
    "{% macro m(n) %}{% if n > 0 %}{{ m(n - 1) }}{{ m(n - 1) }}{% endif %}{% endmacro %}{{ m(N) }}",
    "{% include 'award.md' %}",
    "{% include 'award.md' %}{% include 'award.md' %}",
    "{% extends 'award.md' %}",
    "{% import 'award.md' as me %}",
    "{{ 1 / 0 }}",
    "{{ 1 // 0 }}",
    "{{ N % 0 }}",
    "{{ 1e308 * 10 }}",
    "{{ (10 ** 400)|float }}",
    "{{ no_such_fact }}",
    "{{ org.no_such }}",
    "{{ org.name.no_such.deeper }}",
    "{{ [1][N] }}",
    "{{ ''.__class__.__mro__ }}",
    "{{ cycler.__init__.__globals__ }}",
    "{{ 'a' + 1 }}",
    "{{ '%c' % -1 }}",
    "{% for x in [[1, [2]]] recursive %}{{ loop(x) if x is iterable else x }}{% endfor %}",
    "{% set s = 'x' %}{% for i in range(N) %}{% set s = s ~ s %}{% endfor %}{{ s|length }}",
    "{% if true %}" * 40 + "x" + "{% endif %}" * 40,
    "{% if true %}" * 3000 + "x" + "{% endif %}" * 3000,
    "{{ " + "(" * 3000 + "1" + ")" * 3000 + " }}",
    "{% for %}",
    "{{ }}",
    "{% endfor %}",
    "{#",
    "{{ 'é' }}\udcff",
]


@st.composite
def templates(draw: st.DrawFn) -> str:
    parts = draw(st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=3))
    text = "# {{ org.name }}\n\n" + "\n\n".join(parts) + "\n"
    return re.sub(r"\bN\b", lambda _: str(draw(NUMBERS)), text)


@given(template=templates())
@_profile()
def test_any_template_drafts_or_is_refused_with_a_located_message(template: str) -> None:
    with _folder() as folder:
        lang = folder / "mine" / "en"
        lang.mkdir(parents=True)
        shutil.copy(ROOT / "templates" / "en" / "glossary.yaml", lang / "glossary.yaml")
        (lang / "award.md").write_text(template, encoding="utf-8", errors="surrogatepass")
        shutil.copy(EXAMPLES["secpho-bronze-2013"], folder / "facts.yaml")
        result = _run(["draft", "facts.yaml", "--lang", "en", "--templates", "mine", "--out", "out"], folder)
        _ended_well(result)
        if result.exit_code == 2:
            assert not (folder / "out").exists() or not any((folder / "out").iterdir())
        else:
            assert len((folder / "out" / "en.md").read_bytes()) < 5_000_000
            _no_leftovers(folder / "out")
