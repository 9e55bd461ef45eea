"""The pre-commit hook, run by pre-commit itself, installed from a tag of this repository, offline.

A scratch clone of the package (as it stands in the work tree) is committed
and tagged with the rev the README's snippet names; a scratch releases
repository uses it through ``.pre-commit-config.yaml``, as a press office
would. pre-commit installs the hook as it does for anyone: a virtualenv, and
``pip install .`` of the tag's sources. Only the hook's third-party
dependencies are taken from this test run's environment (``PYTHONPATH``,
with ``PIP_NO_INDEX``), so that nothing is fetched from the network.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import site
import subprocess
import sys
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

import drafter
from drafter import draft

from .conftest import ROOT

GIT = shutil.which("git")
_SNIPPET = re.compile(r"- repo: https://github\.com/OWNER/drafter\n\s+rev: (\S+)\n\s+hooks:\n\s+- id: (\S+)")
WORKFLOW = "name: releases\non: [push]\njobs:\n  check:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n"


def _readme_snippet() -> tuple[str, str]:
    found = _SNIPPET.search((ROOT / "README.md").read_text(encoding="utf-8"))
    assert found, "the README shows the pre-commit snippet"
    return found.group(1), found.group(2)


def test_the_readme_names_the_tag_of_this_version() -> None:
    rev, hook = _readme_snippet()
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    assert rev == f"v{version}" == f"v{drafter.__version__}"
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert [h["id"] for h in hooks] == [hook]


def _git(cwd: Path, *args: str) -> None:
    assert GIT
    subprocess.run(
        [
            GIT,
            "-c",
            "user.name=drafter tests",
            "-c",
            "user.email=tests@example.org",
            "-c",
            "commit.gpgsign=false",
            *args,
        ],
        cwd=cwd,
        check=True,
        capture_output=True,
    )


@dataclass(frozen=True)
class Setup:
    hook_repo: Path
    rev: str
    env: dict[str, str]


@pytest.fixture(scope="module")
def setup(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Setup]:
    if GIT is None:
        pytest.skip("git is not installed")
    base = tmp_path_factory.mktemp("precommit")
    hook_repo = base / "drafter"
    hook_repo.mkdir()
    for name in ("pyproject.toml", "README.md", ".pre-commit-hooks.yaml"):
        shutil.copy2(ROOT / name, hook_repo / name)
    for folder in ("drafter", "templates"):
        shutil.copytree(ROOT / folder, hook_repo / folder, ignore=shutil.ignore_patterns("__pycache__"))
    rev, _ = _readme_snippet()
    _git(hook_repo, "init", "-q")
    _git(hook_repo, "add", "-A")
    _git(hook_repo, "commit", "-q", "-m", "drafter")
    _git(hook_repo, "tag", rev)
    env = {
        **os.environ,
        "PRE_COMMIT_HOME": str(base / "cache"),
        "PYTHONPATH": os.pathsep.join(site.getsitepackages()),
        "PIP_NO_INDEX": "1",
        "PIP_NO_BUILD_ISOLATION": "0",  # pip's spelling of "build without isolation": hatchling from PYTHONPATH
        "VIRTUALENV_NO_PERIODIC_UPDATE": "1",
        "NO_COLOR": "1",
    }
    env.pop("DRAFTER_TEMPLATES", None)
    yield Setup(hook_repo, rev, env)


def _releases_repo(setup: Setup, where: Path) -> Path:
    """A press office's repository: one release drafted from its facts file, a CI workflow, the hook."""
    repo = where / "press"
    label = repo / "releases" / "label"
    label.mkdir(parents=True)
    facts = label / "label.yaml"
    shutil.copy2(ROOT / "examples" / "secpho-bronze-2013.yaml", facts)
    for name, text in draft(facts).files("md").items():
        (label / f"label.{name}").write_text(text, encoding="utf-8")
    (repo / ".github" / "workflows").mkdir(parents=True)
    (repo / ".github" / "workflows" / "releases.yml").write_text(WORKFLOW, encoding="utf-8")
    (repo / "README.md").write_text("# Our press releases\n\nTODO: a word on how we work.\n", encoding="utf-8")
    (repo / "tools.py").write_text("print('not a release')\n", encoding="utf-8")
    config = {"repos": [{"repo": str(setup.hook_repo), "rev": setup.rev, "hooks": [{"id": "drafter-check"}]}]}
    (repo / ".pre-commit-config.yaml").write_text(yaml.safe_dump(config), encoding="utf-8")
    _git(repo, "init", "-q")
    _git(repo, "add", "-A")
    return repo


def _run(setup: Setup, repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    _git(repo, "add", "-A")
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", "run", "--color", "never", "--verbose", *args],
        cwd=repo,
        env=setup.env,
        capture_output=True,
        text=True,
        timeout=600,
    )


@pytest.mark.slow
def test_the_hook_passes_a_repository_of_good_releases(setup: Setup, tmp_path: Path) -> None:
    repo = _releases_repo(setup, tmp_path)
    result = _run(setup, repo, "--all-files")
    assert result.returncode == 0, result.stdout + result.stderr
    assert re.search(r"drafter check\.+Passed", result.stdout)
    # the workflow, pre-commit's own configuration and the README were named to the hook, and passed over
    assert "passed over .pre-commit-config.yaml: a YAML file with no release: section" in result.stdout
    assert "passed over .github/workflows/releases.yml: it is in a hidden folder" in result.stdout
    assert "passed over README.md: it is not a release's text" in result.stdout
    assert "1 release, 3 drafts: no findings" in result.stdout


@pytest.mark.slow
def test_the_hook_fails_a_draft_that_differs_from_its_facts(setup: Setup, tmp_path: Path) -> None:
    repo = _releases_repo(setup, tmp_path)
    english = repo / "releases" / "label" / "label.en.md"
    english.write_text(english.read_text(encoding="utf-8").replace(" 13 ", " 14 ", 1), encoding="utf-8")
    result = _run(setup, repo, "--files", "releases/label/label.en.md", ".github/workflows/releases.yml")
    assert result.returncode == 1, result.stdout + result.stderr
    assert re.search(r"drafter check\.+Failed", result.stdout)
    assert "releases/label/label.en.md:" in result.stdout
    assert "is 14 in label.en.md, where label.yaml says 13" in result.stdout
    assert "[fact-different " in result.stdout


@pytest.mark.slow
def test_the_hook_refuses_a_facts_file_with_a_misspelt_release(setup: Setup, tmp_path: Path) -> None:
    repo = _releases_repo(setup, tmp_path)
    other = repo / "releases" / "grant"
    other.mkdir()
    facts = (repo / "releases" / "label" / "label.yaml").read_text(encoding="utf-8")
    (other / "grant.yaml").write_text(facts.replace("release:", "relase:", 1), encoding="utf-8")
    result = _run(setup, repo, "--files", "releases/grant/grant.yaml")
    assert result.returncode == 1, result.stdout + result.stderr  # pre-commit's own code for a failed hook
    assert "exit code: 2" in result.stdout
    assert "relase: unknown key; did you mean 'release'?" in result.stdout


@pytest.mark.slow
def test_a_commit_touching_no_release_passes(setup: Setup, tmp_path: Path) -> None:
    repo = _releases_repo(setup, tmp_path)
    result = _run(setup, repo, "--files", ".github/workflows/releases.yml", ".pre-commit-config.yaml", "README.md")
    assert result.returncode == 0, result.stdout + result.stderr
    assert re.search(r"drafter check\.+Passed", result.stdout)
    result = _run(setup, repo, "--files", "tools.py")
    assert result.returncode == 0, result.stdout + result.stderr
    assert re.search(r"drafter check\.+\(no files to check\)Skipped", result.stdout)


# --- what --only-releases keeps, without pre-commit ------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "text", "kept"),
    [
        ("label.yaml", "release:\n  kind: award\n", True),
        ("typo.yaml", "relase:\n  kind: award\n", True),
        ("capital.yml", "Release:\n  kind: award\n", True),
        ("no-release.yaml", "# a facts file begun\norganisation:\n  name: X\n", True),
        ("flow.yaml", "{release: {kind: award}}\n", True),
        ("ci.yml", "name: ci\non: [push]\nenv:\n  A: 1\njobs: {}\n", False),
        (".yamllint.yaml", "rules:\n  line-length: disable\n", False),
        (".pre-commit-config.yaml", "repos: []\n", False),
        ("terms.yaml", "terms:\n  - en: Quality Seal\n    pt: Selo de Qualidade\n", False),
        ("README.md", "# Our releases\n", False),
        ("en.md", "# A headline\n", True),
    ],
)
def test_only_releases_keeps_drafts_and_facts_files(tmp_path: Path, name: str, text: str, kept: bool) -> None:
    from drafter.hook import only_releases

    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    chosen = only_releases([path])
    assert chosen.paths == ((path,) if kept else ())
    assert len(chosen.passed_over) == (0 if kept else 1)


def test_only_releases_passes_over_hidden_folders_and_keeps_folders(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from drafter.hook import only_releases

    monkeypatch.chdir(tmp_path)
    (tmp_path / ".github").mkdir()
    (tmp_path / ".github" / "template.md").write_text("# Pull request\n", encoding="utf-8")
    (tmp_path / "releases").mkdir()
    chosen = only_releases([Path(".github/template.md"), Path("releases")])
    assert chosen.paths == (Path("releases"),)
    assert chosen.passed_over == ("passed over .github/template.md: it is in a hidden folder",)


def test_a_check_of_nothing_but_other_files_passes(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from drafter.cli import cli

    workflow = tmp_path / "ci.yml"
    workflow.write_text(WORKFLOW, encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", "--only-releases", str(workflow), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["summary"]["releases"] == 0
    assert "not a facts file" in result.stderr
    refused = CliRunner().invoke(cli, ["check", str(workflow)])
    assert refused.exit_code == 2  # named without --only-releases, a YAML file is a facts file
