"""Every command that prints works on a console in a legacy encoding (cp1252, ASCII): never a traceback.

Each command runs in a process of its own with PYTHONIOENCODING=cp1252, as on
a Windows console or a pipe there; what the encoding lacks comes out as its
nearest character.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from drafter.console import nearest

from .conftest import ROOT

ONDABIO = ROOT / "examples" / "ondabio-gold-2026.yaml"
"""Its French draft holds narrow no-break spaces (U+202F), which cp1252 lacks."""
PLACE = "Łódź"
"""A name cp1252 cannot write whole: Ł is not in it, ź is written z, ó is."""


def _run(*args: str, cwd: Path, encoding: str = "cp1252") -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONIOENCODING": encoding, "NO_COLOR": "1"}
    env.pop("DRAFTER_TEMPLATES", None)
    return subprocess.run([sys.executable, "-m", "drafter", *args], cwd=cwd, env=env, capture_output=True, timeout=300)


def _clean(result: subprocess.CompletedProcess[bytes], code: int, encoding: str = "cp1252") -> tuple[str, str]:
    """stdout and stderr, decoded as the console would; the exit code is ``code`` and no traceback came."""
    out, err = result.stdout.decode(encoding), result.stderr.decode(encoding)
    assert "Traceback" not in err, err
    assert result.returncode == code, out + err
    return out, err


def test_nearest_characters() -> None:
    assert nearest("\u202f", "cp1252") == "\u00a0"  # a French narrow no-break space: a no-break space
    assert nearest("\u202f", "ascii") == " "
    assert nearest("ź", "cp1252") == "z"
    assert nearest("Ł", "cp1252") == "?"
    assert nearest("é", "cp1252") == "é"
    assert nearest("é", "ascii") == "e"
    assert nearest("\u2011", "cp1252") == "–"  # a non-breaking hyphen
    assert nearest("’", "ascii") == "'" and nearest("«", "ascii") == '"'
    assert nearest("…", "ascii") == "..."


@pytest.mark.parametrize("encoding", ["cp1252", "ascii"])
def test_draft_prints_a_french_draft(tmp_path: Path, encoding: str) -> None:
    written = _run("draft", str(ONDABIO), "--lang", "fr", cwd=tmp_path, encoding="utf-8")
    utf8, _ = _clean(written, 0, "utf-8")
    assert "\u202f" in utf8
    out, _ = _clean(_run("draft", str(ONDABIO), "--lang", "fr", cwd=tmp_path, encoding=encoding), 0, encoding)
    assert out == "".join(nearest(char, encoding) for char in utf8)


@pytest.fixture(scope="module")
def release(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Drafts in a folder whose name cp1252 cannot write, one of them with a TODO left in it."""
    base = tmp_path_factory.mktemp("console")
    folder = base / PLACE
    _clean(_run("draft", str(ONDABIO), "--out", str(folder), cwd=base), 0)
    shutil.copy(ONDABIO, folder / "facts.yaml")
    french = folder / "fr.md"
    french.write_text(french.read_text(encoding="utf-8") + "\nTODO : Łódź\n", encoding="utf-8")
    return folder


@pytest.mark.parametrize("fmt", ["text", "json", "github", "sarif", "junit"])
def test_check_reports_in_every_format(release: Path, fmt: str) -> None:
    out, _ = _clean(_run("check", PLACE, "--format", fmt, "--jobs", "1", cwd=release.parent), 1)
    assert "?ódz" in out
    assert "leftover" in out


def test_review_new_schema_templates_help_and_version(release: Path, tmp_path: Path) -> None:
    _, err = _clean(_run("review", PLACE, "-o", f"{PLACE}.html", cwd=release.parent), 0)
    assert err.startswith("wrote ?ódz.html: ")
    _, err = _clean(_run("new", f"{PLACE}.yaml", cwd=tmp_path), 0)
    assert err.startswith("Wrote ?ódz.yaml and facts.en-es-pt.schema.json beside it, for your editor; fill in")
    out, _ = _clean(_run("schema", cwd=tmp_path), 0)
    assert out.startswith("{")
    templates = _run("templates", "check", cwd=tmp_path)
    assert templates.returncode in (0, 1)  # whatever the shipped templates' state, it is reported, not a crash
    _clean(templates, templates.returncode)
    out, _ = _clean(_run("--help", cwd=tmp_path), 0)
    assert "Exit codes" in out
    out, _ = _clean(_run("--version", cwd=tmp_path), 0)
    assert out.startswith("drafter, version ")


def test_an_error_message_is_one_clean_line(tmp_path: Path) -> None:
    facts = tmp_path / f"{PLACE}.yaml"
    facts.write_text(ONDABIO.read_text(encoding="utf-8").replace("release:", "relase:", 1), encoding="utf-8")
    _, err = _clean(_run("draft", facts.name, cwd=tmp_path), 2)
    assert "?ódz.yaml:" in err and "did you mean 'release'?" in err
