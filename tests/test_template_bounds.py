"""A press office's templates run within bounds, and every way one fails is a located message.

Issue 10, defects 4 and 5: a template that divides by zero, includes itself,
recurses, loops 10^5 × 10^5 times, computes ``9**(9**9)`` or formats with a
width of 999,999,999, and a template file that cannot be read, each end in
exit code 2 and one line naming the template's file and the failing line, in
plain words, with nothing written. Each item goes through the command line in
a child process that is killed after :data:`HANG` seconds, so a regression
fails the test instead of hanging the suite. How long each takes to be
stopped is measured by ``bench/bench_templates.py``, never here.
"""

from __future__ import annotations

import errno
import multiprocessing
import os
import re
import shutil
import subprocess
import sys
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import drafter.render
import drafter.sandbox
from drafter import draft
from drafter.cli import cli
from drafter.sandbox import LIMITS, BoundedEnvironment, Budget

from .conftest import EXAMPLES, ROOT

HANG = 20
"""Seconds a command may run before it counts as hung; each takes well under one."""
FACTS = ROOT / "examples" / "secpho-bronze-2013.yaml"
TEMPLATE = "templates/en/award.md"
"""The template each case replaces, as the press office names it on the command line."""


@dataclass(frozen=True)
class Ran:
    code: int
    stdout: str
    stderr: str
    traceback: str


def _child(args: list[str], cwd: str, pipe: Connection, deny: str | None) -> None:
    os.chdir(cwd)
    if deny is not None:  # what the system answers a press officer for a file without read permission
        opened = os.open

        def refuse(path: Any, flags: int, *rest: Any, **named: Any) -> int:
            if os.path.abspath(path) == deny:
                raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), path)
            return opened(path, flags, *rest, **named)

        os.open = refuse  # this child process only
    result = CliRunner().invoke(cli, args)
    trace = ""
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        trace = "".join(traceback.format_exception(result.exception))
    pipe.send((result.exit_code, result.stdout, result.stderr, trace))


def _drafter(args: list[str], cwd: Path, deny: Path | None = None) -> Ran:
    """``drafter ARGS`` in a child process, killed and failed if it outlives :data:`HANG`.

    ``deny``: a file the child may not open, as without read permission, even when the tests run as root.
    """
    methods = multiprocessing.get_all_start_methods()
    context: Any = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    receive, send = context.Pipe(duplex=False)
    denied = None if deny is None else os.path.abspath(deny)
    process = context.Process(target=_child, args=(args, str(cwd), send, denied))
    process.start()
    send.close()
    try:
        if not receive.poll(HANG):
            pytest.fail(f"drafter {' '.join(args)} still running after {HANG} s")
        ran = Ran(*receive.recv())
    finally:
        process.kill()
        process.join()
    return ran


def _press_office(tmp_path: Path, award: str | bytes | None = None, **others: str | bytes) -> Path:
    """A press office's folder: ``templates/en/`` with the shipped glossary, its ``award.md`` and ``others``."""
    en = tmp_path / "templates" / "en"
    en.mkdir(parents=True)
    shutil.copy(ROOT / "templates" / "en" / "glossary.yaml", en / "glossary.yaml")
    for name, content in {**({"award.md": award} if award is not None else {}), **others}.items():
        if isinstance(content, bytes):
            (en / name).write_bytes(content)
        else:
            (en / name).write_text(content, encoding="utf-8")
    shutil.copy(FACTS, tmp_path / "facts.yaml")
    return tmp_path


def _draft(folder: Path) -> Ran:
    return _drafter(["draft", "facts.yaml", "--lang", "en", "--templates", "templates", "--out", "out"], folder)


def _refused(ran: Ran, folder: Path, where: str, reason: str) -> None:
    """Exit 2, one line that starts with ``where`` and says ``reason``, no traceback, nothing written."""
    assert not ran.traceback, ran.traceback
    assert "Traceback" not in ran.stderr
    assert ran.code == 2, (ran.code, ran.stderr)
    lines = ran.stderr.splitlines()
    assert len(lines) == 1, ran.stderr
    assert lines[0].startswith(f"{where}: "), lines[0]
    assert reason in lines[0], lines[0]
    assert re.match(r"[^:]+:\d+: [a-z]", lines[0]), "a plain sentence follows the location"
    assert not (folder / "out").exists(), "nothing is written"


# --- defects 4 and 5 through drafter draft -----------------------------------------------------------

HEAD = "# {{ org.name }}\n\n"
"""Two lines before each case's own, so that the line named is the failing one, not the first."""

DEEP = "more than 40 levels deep"
WORK = "the template does too much work"
LONG = "a text would be longer than 1,000,000 characters"
DIGITS = "a number would have more than 1,000 digits"
NESTED = "the template is nested too deeply"

RUNTIME = {
    "undefined name": ("{{ organisation }}", 3, "uses the name 'organisation', which drafter does not define"),
    "undefined key": ("{{ org.nmae }}", 3, "asks for 'nmae', which this value does not have; did you mean 'name'?"),
    "divide by zero": ("{{ 1/0 }}", 3, "the template divides by zero"),
    "too few % values": ("{{ '%s %s' % (1,) }}", 3, "not enough arguments for format string"),
    "self include": ("{% include 'award.md' %}", 3, DEEP),
    "self extends": ("{% extends 'award.md' %}", 3, DEEP),
    "self import": ("{% import 'award.md' as me with context %}", 3, DEEP),
    "recursive macro": ("{% macro m(n) %}{{ m(n) }}{% endmacro %}{{ m(1) }}", 3, DEEP),
    "recursive loop": ("{% for x in [1] recursive %}{{ loop([x]) }}{% endfor %}", 3, DEEP),
    "doubly recursive macro": (
        "{% macro m(n) %}{% if n > 0 %}{{ m(n - 1) }}{{ m(n - 1) }}{% endif %}{% endmacro %}{{ m(30) }}",
        3,
        WORK,
    ),
    "loops of 10^5 x 10^5": (
        "{% for i in range(100000) %}{% for j in range(100000) %}x{% endfor %}{% endfor %}",
        3,
        WORK,
    ),
    "9**(9**9)": ("{{ 9**(9**9) }}", 3, DIGITS),
    "'{:>999999999}'.format(1)": ("{{ '{:>999999999}'.format(1) }}", 3, LONG),
    "'x' * 10**9": ("{{ 'x' * 10**9 }}", 3, LONG),
    "range(10**12)|list": ("{{ range(10**12)|list }}", 3, "a range() of 1,000,000,000,000 numbers"),
    "'{:,}' of 10**5000": ("{{ '{:,}'.format(10**5000) }}", 3, DIGITS),
    "'{:,.999999999f}'": ("{{ '{:,.999999999f}'.format(1.5) }}", 3, LONG),
    "nested format width": ("{{ '{:>{}}'.format(1, 10**9) }}", 3, LONG),
    "'%999999999s'": ("{{ '%999999999s' % 1 }}", 3, LONG),
    "center": ("{{ 'ab'|center(10**9) }}", 3, LONG),
    "indent": ("{{ 'ab'|indent(10**9) }}", 3, LONG),
    "wordwrap": ("{{ ('x ' * 400000)|wordwrap(1) }}", 3, LONG),
    "format filter": ("{{ '%999999999s'|format(1) }}", 3, LONG),
    "replace": ("{{ ('ab' * 1000)|replace('', 'x' * 1000) }}", 3, LONG),
    "ljust": ("{{ 'ab'.ljust(10**9) }}", 3, LONG),
    "expandtabs": ("{{ ('\\t' * 99999).expandtabs(99) }}", 3, LONG),
    "batch": ("{{ [1]|batch(10**9)|list }}", 3, LONG),
    "a list of 10^3 x 10^3": ("{{ ([[1] * 1000] * 1000)|length }}", 3, "a value is too large to work with"),
    "a list holding itself": ("{% set l = [] %}{% set _ = l.append(l) %}{{ l == l }}", 3, "too large to work with"),
    "doubling a text": (
        "{% set ns = namespace(s='x') %}{% for i in range(40) %}{% set ns.s = ns.s ~ ns.s %}{% endfor %}",
        3,
        WORK,
    ),
    "many % conversions": ("{{ ('%s' * 300000) % ((1,) * 300000) }}", 3, WORK),
    "output beyond the cap": (
        "{% for i in range(99999) %}abcdefghijklmnopqrst{% endfor %}",
        3,
        "the draft would be longer than 1,000,000 characters",
    ),
    "in a macro, its line": ("{% macro m(n) %}\n{{ n / 0 }}\n{% endmacro %}\n{{ m(1) }}", 4, "divides by zero"),
    "sandbox": ("{{ cycler.__init__.__globals__ }}", 3, "the template reaches for something the sandbox forbids"),
    "a missing include": ("{% include 'nope.md' %}", 3, "uses the template 'nope.md', which is not in"),
    "syntax": ("{% for %}", 3, "the template has a syntax error"),
    "unclosed comment": ("{#", 3, "the template has a syntax error: Missing end of comment tag"),
}
"""Template line (after :data:`HEAD`), the line named, and what the message says."""


@pytest.mark.parametrize(("line", "named", "reason"), RUNTIME.values(), ids=RUNTIME.keys())
def test_a_failing_template_is_a_located_message(tmp_path: Path, line: str, named: int, reason: str) -> None:
    folder = _press_office(tmp_path, HEAD + line + "\n")
    _refused(_draft(folder), folder, f"{TEMPLATE}:{named}", reason)


NESTING = {
    "3,000 ifs": "{% if true %}" * 3000 + "x" + "{% endif %}" * 3000,
    "3,000 brackets": "{{ " + "(" * 3000 + "1" + ")" * 3000 + " }}",
    "3,000 loops": "{% for x in [1] %}" * 3000 + "x" + "{% endfor %}" * 3000,
    "25 loops": "{% for x in [1] %}" * 25 + "x" + "{% endfor %}" * 25,
}


@pytest.mark.parametrize("source", NESTING.values(), ids=NESTING.keys())
def test_deep_nesting_is_a_located_message(tmp_path: Path, source: str) -> None:
    folder = _press_office(tmp_path, HEAD + source + "\n")
    _refused(_draft(folder), folder, f"{TEMPLATE}:3", NESTED)


def test_an_error_in_an_included_template_names_that_template(tmp_path: Path) -> None:
    folder = _press_office(tmp_path, HEAD + "{% include 'part.md' %}\n", **{"part.md": "Part\n\n{{ 1 // 0 }}\n"})
    _refused(_draft(folder), folder, "templates/en/part.md:3", "divides by zero")


def test_a_name_an_imported_template_cannot_see_is_explained(tmp_path: Path) -> None:
    folder = _press_office(tmp_path, HEAD + "{% import 'part.md' as part %}\n", **{"part.md": "Part\n{{ org.name }}\n"})
    reason = "uses 'org', which a template imported without its context does not see — import it with context"
    _refused(_draft(folder), folder, "templates/en/part.md:2", reason)


def test_huge_widths_that_make_nothing_large_are_drafted(tmp_path: Path) -> None:
    folder = _press_office(tmp_path, HEAD + "{{ 'ab'|truncate(10**9) }} {{ 'a b'|wordwrap(10**9) }} {{ 2**100 }}\n")
    ran = _draft(folder)
    assert (ran.code, ran.traceback) == (0, ""), ran.stderr
    assert "ab a b 1267650600228229401496703205376" in (folder / "out" / "en.md").read_text(encoding="utf-8")


def test_a_long_word_within_the_bounds_is_printed_at_once(tmp_path: Path) -> None:
    """Within the bounds a template may print one word of 200,000 letters; escaping it must not take minutes."""
    folder = _press_office(tmp_path, HEAD + "{{ 'x' * 200000 }}\n")
    ran = _draft(folder)
    assert (ran.code, ran.traceback) == (0, ""), ran.stderr
    assert "x" * 200_000 in (folder / "out" / "en.md").read_text(encoding="utf-8")


def test_drafts_already_written_are_left_as_they_were(tmp_path: Path) -> None:
    folder = _press_office(tmp_path)
    assert _draft(folder).code == 0
    before = {p.name: p.read_bytes() for p in (folder / "out").iterdir()}
    (folder / "templates" / "en" / "award.md").write_text(HEAD + "{{ 9 ** (9 ** 9) }}\n", encoding="utf-8")
    ran = _drafter(
        ["draft", "facts.yaml", "--lang", "en", "--templates", "templates", "--out", "out", "--force"], folder
    )
    assert ran.code == 2 and ran.stderr.startswith(f"{TEMPLATE}:3: {DIGITS}"), ran.stderr
    assert {p.name: p.read_bytes() for p in (folder / "out").iterdir()} == before


# --- a template file that cannot be read -------------------------------------------------------------


def _fifo(path: Path) -> None:
    os.mkfifo(path)


def _folder(path: Path) -> None:
    path.mkdir()


def _loop(path: Path) -> None:
    path.symlink_to(path.name)


def _zero(path: Path) -> None:
    path.symlink_to("/dev/zero")


def _large(path: Path) -> None:
    path.write_text(HEAD + "word " * 50_000, encoding="utf-8")


def _latin1(path: Path) -> None:
    path.write_bytes(HEAD.encode() + "Café\n".encode("latin-1"))


UNREADABLE: dict[str, tuple[Callable[[Path], None], int, str]] = {
    "a named pipe": (_fifo, 1, "the template is a named pipe, not a file"),
    "a folder": (_folder, 1, "the template is a folder, not a template"),
    "a link to itself": (_loop, 1, "the template is a symbolic link that leads back to itself"),
    "a link to /dev/zero": (_zero, 1, "the template is a device"),
    "too large": (_large, 1, "the template is larger than 200,000 bytes"),
    "not UTF-8": (_latin1, 3, "the template is not UTF-8 text"),
}


@pytest.mark.parametrize(("make", "line", "reason"), UNREADABLE.values(), ids=UNREADABLE.keys())
def test_an_unreadable_template_is_a_located_message(
    tmp_path: Path, make: Callable[[Path], None], line: int, reason: str
) -> None:
    folder = _press_office(tmp_path)
    make(folder / TEMPLATE)
    _refused(_draft(folder), folder, f"{TEMPLATE}:{line}", reason)


def test_an_unreadable_included_template_names_that_template(tmp_path: Path) -> None:
    folder = _press_office(tmp_path, HEAD + "{% include 'part.md' %}\n")
    _fifo(folder / "templates" / "en" / "part.md")
    _refused(_draft(folder), folder, "templates/en/part.md:1", "the template is a named pipe")


def test_a_template_without_read_permission_is_a_located_message(tmp_path: Path) -> None:
    folder = _press_office(tmp_path, HEAD)
    (folder / TEMPLATE).chmod(0)
    ran = _drafter(
        ["draft", "facts.yaml", "--lang", "en", "--templates", "templates", "--out", "out"],
        folder,
        deny=folder / TEMPLATE,
    )
    _refused(ran, folder, f"{TEMPLATE}:1", "the template cannot be read: permission denied")


# --- drafter templates check and drafter check --------------------------------------------------------


def _templates_check(folder: Path) -> Ran:
    return _drafter(["templates", "check", "--templates", "templates"], folder)


def test_templates_check_reads_any_template_without_running_it(tmp_path: Path) -> None:
    """It parses and walks each template, never runs one: every case at once, in findings, not a failure."""
    cases = {f"case{n}.md": HEAD + line + "\n" for n, (line, _, _) in enumerate(RUNTIME.values())}
    ran = _templates_check(_press_office(tmp_path, **cases))
    assert not ran.traceback, ran.traceback
    assert ran.code == 1, ran.stderr
    found = ran.stdout.splitlines()
    refused = [line.split(" [")[0] for line in found if "[template-syntax " in line]
    assert refused == [
        f"templates/en/case{list(RUNTIME).index('syntax')}.md:3:1: error: "
        "Expected an expression, got 'end of statement block'",
        f"templates/en/case{list(RUNTIME).index('unclosed comment')}.md:3:1: error: Missing end of comment tag",
    ]
    assert sum("[template-missing " in line for line in found) == len(cases)


def test_templates_check_reports_deep_nesting_and_unreadable_templates(tmp_path: Path) -> None:
    folder = _press_office(
        tmp_path, **{f"nested{n}.md": HEAD + source + "\n" for n, source in enumerate(NESTING.values())}
    )
    expected = [f"templates/en/nested{n}.md:3:1: error: {NESTED}" for n, key in enumerate(NESTING) if key != "25 loops"]
    for n, (make, line, reason) in enumerate(UNREADABLE.values()):
        make(folder / "templates" / "en" / f"unreadable{n}.md")
        expected.append(f"templates/en/unreadable{n}.md:{line}:1: error: {reason}")
    ran = _templates_check(folder)
    assert not ran.traceback, ran.traceback
    assert ran.code == 1, ran.stderr
    for finding in expected:
        assert finding in ran.stdout, ran.stdout
    # Python's own limit of 20 loops inside one another is met when compiling, which only drafting does.
    assert f"nested{list(NESTING).index('25 loops')}.md:3:1: error:" not in ran.stdout


def test_drafter_check_never_runs_a_press_office_template(tmp_path: Path) -> None:
    """check reads the press office's glossaries, not its templates: hostile ones change nothing."""
    hostile: dict[str, str | bytes] = {
        "renewal.md": RUNTIME["9**(9**9)"][0],
        "prize.md": b"\xff\xfe",
        "certification.md": NESTING["3,000 ifs"],
    }
    folder = _press_office(tmp_path, RUNTIME["loops of 10^5 x 10^5"][0], **hostile)
    os.mkfifo(folder / "templates" / "en" / "part.md")
    drafts = _drafter(["draft", "facts.yaml", "--out", "drafts"], folder)
    assert drafts.code == 0, drafts.stderr
    ran = _drafter(["check", "drafts", "--templates", "templates"], folder)
    assert not ran.traceback, ran.traceback
    assert ran.code == 0, ran.stdout + ran.stderr


# --- the real command, end to end --------------------------------------------------------------------


def test_the_installed_command_stops_a_hostile_template_without_a_traceback(tmp_path: Path) -> None:
    folder = _press_office(tmp_path, HEAD + RUNTIME["loops of 10^5 x 10^5"][0] + "\n")
    run = subprocess.run(
        [sys.executable, "-m", "drafter", *"draft facts.yaml --lang en --templates templates --out out".split()],
        cwd=folder,
        capture_output=True,
        text=True,
        timeout=HANG + 10,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert run.returncode == 2
    assert run.stderr.startswith(f"{TEMPLATE}:3: {WORK}"), run.stderr
    assert "Traceback" not in run.stderr
    assert not (folder / "out").exists()


# --- drafter's own templates, within the same bounds ---------------------------------------------------


def test_the_shipped_templates_draft_every_example_far_within_the_bounds(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every example, every language: the golden draft, with a margin of 40 times or more under each bound
    (the richest, a grant with co-funders, partners grouped by country and parties named again by their
    acronyms, takes about 85,000 of the 4,000,000 steps)."""
    used: list[Budget] = []
    plain = drafter.sandbox.render

    def counted(env: BoundedEnvironment, name: str, context: dict[str, Any]) -> str:
        used.append(Budget(LIMITS))
        return plain(env, name, context, used[-1])

    monkeypatch.setattr(drafter.render, "render", counted)
    for facts in EXAMPLES:
        drafts = draft(facts)
        for name, text in drafts.files("md").items():
            assert text.encode("utf-8") == (ROOT / "tests" / "golden" / facts.stem / name).read_bytes()
            assert len(text) < LIMITS.output // 40
    assert len(used) >= 3 * len(EXAMPLES)
    assert max(b.steps for b in used) < LIMITS.steps // 40
