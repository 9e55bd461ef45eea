"""Hostile files and values get one located message and exit code 2: never a traceback, never a wait.

Each case reproduces a defect of the second hardening pass (issue 10): special
files that block or never end, values YAML 1.1 would have turned silently into
something else, values no release can print, and names that would send
control characters to a terminal.
"""

from __future__ import annotations

import errno
import os
import re
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from drafter.cli import cli
from drafter.facts import load_facts

from .conftest import ROOT

EXAMPLE = ROOT / "examples" / "secpho-bronze-2013.yaml"
LOCATED = re.compile(r"^\S.*:\d+:\d+: ", re.M)


def _facts(tmp_path: Path, old: str, new: str, name: str = "facts.yaml") -> Path:
    text = EXAMPLE.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / name
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return path


def _draft(path: Path, *options: str) -> Result:
    return CliRunner().invoke(cli, ["draft", str(path), "--lang", "en", *options])


def _refused(result: Result, *wanted: str) -> str:
    assert result.exit_code == 2, result.output
    assert not isinstance(result.exception, Exception) or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    assert LOCATED.search(result.stderr), result.stderr
    for text in wanted:
        assert text in result.stderr, result.stderr
    return result.stderr


VALUES = {
    "surrogate": ("city: Barcelona", 'city: "Barce\\ud800lona"', "release.city: holds \\ud800"),
    "26 digits": ("value: 13", "value: 12345678901234567890123456", "is too large for a figure"),
    "5000 digits": ("value: 13", "value: " + "9" * 5000, "is too large for a figure"),
    "1.0e+28": ("value: 13", "value: 1.0e+28", "1.0e+28 is too large for a figure"),
    "1e400": ("value: 13", "value: 1e400", "is too large for a figure"),
    ".nan": ("value: 13", "value: .nan", ".nan is not a number"),
    ".inf": ("value: 13", "value: .inf", ".inf is not a number"),
    "-.inf of": ("of: 40", "of: -.Inf", "-.Inf is not a number"),
    "sexagesimal": ("value: 13", "value: 12:30:00", "got '12:30:00'"),
    "hex": ("value: 13", "value: 0x1F", "0x1F is written in base 16 or 8"),
    "octal": ("value: 13", "value: 0o17", "0o17 is written in base 16 or 8"),
    "compact date": ("date: 2013-03-06", "date: 20130306", "expected a date written YYYY-MM-DD, got 20130306"),
    "week date": ("date: 2013-03-06", "date: 2013-W10-3", "got '2013-W10-3'"),
    "date and time": ("date: 2013-03-06", "date: 2013-03-06 10:00:00", "got '2013-03-06 10:00:00'"),
    "quoted week date": ("date: 2013-03-06", 'date: "2013-W10-3"', "got '2013-W10-3'"),
    "blank contact": ("name: Núria Casals Vidal", 'name: "   "', "contact.name: is empty"),
    "blank organisation": ("name: SECPhO", "name: '\t '", "organisation.name: is empty"),
    "blank acronym": ("acronym: ECEI", 'acronym: "  "', "award.issuer.acronym: is empty"),
    "unknown tag": ("city: Barcelona", "city: !foo Barcelona", "the tag !foo means nothing in a facts file"),
    "binary tag": ("city: Barcelona", "city: !!binary aGVsbG8=", "the tag !!binary means nothing"),
    "tagged mapping": ("contact:\n", "contact: !!omap\n", "the tag !!omap means nothing"),
    "set": ("languages: [es, en, pt]", "languages: !!set {es, en, pt}", "the tag !!set means nothing"),
    "bool tag": ("approx: true", "approx: !!bool maybe", "'maybe' does not fit the tag !!bool"),
    "infinite count": ("count: 4", "count: .inf", "partnership.count: .inf is not a number"),
    "huge count": ("count: 4", "count: 1e30", "is too large"),
    "fraction count": ("count: 4", "count: 2.5", "expected a whole number of 1 or more, got 2.5"),
}


@pytest.mark.parametrize("case", sorted(VALUES))
def test_a_value_no_release_can_use_is_located(tmp_path: Path, case: str) -> None:
    old, new, wanted = VALUES[case]
    _refused(_draft(_facts(tmp_path, old, new)), wanted)


@pytest.mark.parametrize(
    ("old", "new", "path", "value"),
    [
        ("city: Barcelona", "city: 12:30", ("release", "city"), "12:30"),
        ("city: Barcelona", "city: 33:29", ("release", "city"), "33:29"),
        ("city: Barcelona", "city: 1.10", ("release", "city"), "1.10"),
        ("city: Barcelona", "city: 007", ("release", "city"), "007"),
        ("city: Barcelona", "city: 0x1F", ("release", "city"), "0x1F"),
        ("city: Barcelona", "city: yes", ("release", "city"), "yes"),
        ("city: Barcelona", "city: 1e3", ("release", "city"), "1e3"),
        ("country: ES", "country: NO", ("organisation", "country"), "NO"),
        ("name: SECPhO", "name: 2013", ("organisation", "name"), "2013"),
    ],
)
def test_a_text_is_never_turned_into_a_number(
    tmp_path: Path, old: str, new: str, path: tuple[str, str], value: str
) -> None:
    facts = load_facts(_facts(tmp_path, old, new))
    assert getattr(getattr(facts, path[0]), path[1]) == value


def test_a_long_value_is_quoted_only_in_part(tmp_path: Path) -> None:
    long = "x" * 100_000
    for old, new in (
        ("kind: award", f"kind: {long}"),
        ("website: www.secpho.org", f"website: {long}"),
        ("email: press@secpho.org", f"email: {long}"),
        ("country: ES", f"country: {long}"),
        ("  city: Barcelona", f"  {long}: Barcelona"),
        ("city: Barcelona", f"city: !{long} Barcelona"),
    ):
        message = _refused(_draft(_facts(tmp_path, old, new)))
        assert len(message) < 600, (new[:20], len(message))


def test_control_characters_in_keys_are_shown_escaped(tmp_path: Path) -> None:
    message = _refused(_draft(_facts(tmp_path, "  city: Barcelona", '  "ci\\x1bty\\r": Barcelona')))
    assert "\x1b" not in message and "\r" not in message
    assert "ci\\x1bty\\r" in message


def _cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """In a process of its own, with a timeout: a file that blocks must not block the suite."""
    return subprocess.run(
        [sys.executable, "-m", "drafter", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX feature")
def test_special_files_are_refused_at_once(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.yaml")
    (tmp_path / "zero.yaml").symlink_to("/dev/zero")
    (tmp_path / "random.yaml").symlink_to("/dev/urandom")
    (tmp_path / "loop.yaml").symlink_to("loop.yaml")
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(tmp_path / "sock.yaml"))
    try:
        wanted = {
            "pipe.yaml": "is a named pipe, not a file",
            "zero.yaml": "is a device (like /dev/zero), not a file",
            "random.yaml": "is a device (like /dev/zero), not a file",
            "loop.yaml": "is a symbolic link that leads back to itself",
            "sock.yaml": "is a socket or device, not a file",
        }
        for name, reason in wanted.items():
            done = _cli("draft", name, "--lang", "en", cwd=tmp_path)
            assert done.returncode == 2, (name, done.stderr)
            assert done.stderr == f"{name}:1:1: {reason}; drafter reads only ordinary files\n" or done.stderr == (
                f"{name}:1:1: {reason}; point it at a real file\n"
            ), done.stderr
    finally:
        server.close()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX feature")
def test_special_drafts_are_reported_not_read(tmp_path: Path) -> None:
    drafts = tmp_path / "drafts"
    assert _cli("draft", str(EXAMPLE), "--out", str(drafts), cwd=tmp_path).returncode == 0
    os.mkfifo(drafts / "fr.md")
    (drafts / "README.md").symlink_to("/dev/zero")
    (drafts / "de.md").symlink_to("de.md")
    done = _cli("check", "drafts", cwd=tmp_path)
    assert done.returncode == 1, done.stderr
    assert "error: drafts/fr.md is a named pipe, not a file" in done.stdout
    assert "error: drafts/de.md is a symbolic link that leads back to itself" in done.stdout
    assert "Traceback" not in done.stderr


def test_an_unreadable_facts_file_gets_drafters_message(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests run as root here, so permission is taken away where the file is opened."""
    _facts(tmp_path, "city: Barcelona", "city: Barcelona")
    real = os.open

    def refuse(path: object, flags: int, *args: object) -> int:
        if Path(str(path)).name == "facts.yaml":
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real(path, flags, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", refuse)
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["draft", "facts.yaml", "--lang", "en"])
    assert result.exit_code == 2
    assert result.stderr == "facts.yaml:1:1: cannot be read: permission denied; ask for read access or copy the file\n"


def test_file_names_with_control_characters_are_escaped_in_reports(tmp_path: Path) -> None:
    drafts = tmp_path / "out\x1b[2J\rx"
    assert _cli("draft", str(EXAMPLE), "--out", str(drafts), cwd=tmp_path).returncode == 0
    en = drafts / "en.md"
    en.write_text(en.read_text(encoding="utf-8").replace("13 of the 40", "14 of the 40"), encoding="utf-8")
    for fmt in ("text", "github"):
        done = _cli("check", "--format", fmt, drafts.name, cwd=tmp_path)
        assert done.returncode == 1, done.stderr
        assert "\x1b" not in done.stdout and "\r" not in done.stdout
        assert "out\\x1b[2J\\rx" in done.stdout


def test_a_glossary_is_read_by_the_facts_files_rules(tmp_path: Path) -> None:
    templates = tmp_path / "templates" / "en"
    templates.mkdir(parents=True)
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n"
        for i in range(20)
    )
    (templates / "glossary.yaml").write_text(bomb, encoding="utf-8")
    result = _draft(EXAMPLE, "--templates", str(tmp_path / "templates"))
    _refused(result, "glossary.yaml:1:4: YAML syntax error: anchor &a is not allowed")
    (templates / "glossary.yaml").write_text("by: pela\nsection:\n  figures: [a, b]\n", encoding="utf-8")
    _refused(_draft(EXAMPLE, "--templates", str(tmp_path / "templates")), "glossary.yaml:3:12: section.figures")


@pytest.mark.parametrize(
    ("make", "args", "reason"),
    [
        (lambda p: p.symlink_to(p.name), ["draft", "facts.yaml", "--out", "out"], "leads back to itself"),
        (lambda p: p.symlink_to("nowhere/at/all"), ["draft", "facts.yaml", "--out", "out"], "leads to nothing"),
        (lambda p: p.symlink_to(p.name), ["review", "facts.yaml", "-o", "out"], "leads back to itself"),
    ],
    ids=["--out loop", "--out dangling", "review -o loop"],
)
def test_an_output_that_is_a_dead_link_is_refused_and_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, make: object, args: list[str], reason: str
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "facts.yaml").write_text(EXAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    out = tmp_path / "out"
    make(out)  # type: ignore[operator]
    target = os.readlink(out)
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith(f"Error: out is a symbolic link that {reason}"), result.stderr
    assert os.readlink(out) == target  # the link is named as the user named it, and left as it was
    assert sorted(p.name for p in tmp_path.iterdir()) == ["facts.yaml", "out"]
