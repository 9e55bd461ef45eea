"""The built wheel carries the templates and drafts from a fresh environment outside the repo."""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

from .conftest import ROOT


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            str(out),
            str(ROOT),
        ],
        check=True,
    )
    (found,) = out.glob("drafter-*.whl")
    return found


def test_the_wheel_ships_every_template(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for path in (ROOT / "templates").rglob("*"):
        if path.is_file():
            assert f"drafter/templates/{path.relative_to(ROOT / 'templates').as_posix()}" in names
    assert "drafter/skeleton.yaml.j2" in names
    assert "drafter/py.typed" in names
    # drafter review's page and the web editor
    assert {"drafter/assets/review.css", "drafter/assets/review.js", "drafter/assets/clipboard.js"} <= names


def test_an_installed_wheel_drafts_outside_the_repo(wheel: Path, tmp_path: Path) -> None:
    """The wheel installed alone in a fresh environment, by the running pip (``--python``: no pip of its
    own to set up), whose libraries are this environment's, read after its own (a path in a .pth file,
    whose own .pth files, drafter's editable install among them, are not run): nothing downloaded or
    installed again, and ``pip check`` proves the wheel's requirements met there."""
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    python = env_dir / "bin" / "python"
    clean_env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    own = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        env=clean_env,
        check=True,
    ).stdout.strip()
    Path(own, "running-environment.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    pip = [sys.executable, "-m", "pip", "--python", str(python), "--disable-pip-version-check"]
    subprocess.run([*pip, "install", "--quiet", "--no-deps", "--no-index", str(wheel)], check=True, env=clean_env)
    subprocess.run([*pip, "check"], check=True, env=clean_env, stdout=subprocess.DEVNULL)
    facts = tmp_path / "facts.yaml"
    facts.write_bytes((ROOT / "examples" / "secpho-bronze-2013.yaml").read_bytes())
    result = subprocess.run(
        [str(env_dir / "bin" / "drafter"), "draft", "facts.yaml", "--lang", "pt"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env=clean_env,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    golden = ROOT / "tests" / "golden" / "secpho-bronze-2013" / "pt.md"
    assert result.stdout == golden.read_text(encoding="utf-8")
    where = subprocess.run(
        [str(python), "-c", "import drafter.catalog as c; print(c.builtin_dir())"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env=clean_env,
        check=True,
    )
    assert str(ROOT) not in where.stdout
    assert where.stdout.startswith(str(env_dir)), where.stdout  # the wheel's own data, not this environment's
