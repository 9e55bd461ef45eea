from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))
LANGS = ("pt", "es", "en")
SHIPPED = tuple(sorted(p.parent.name for p in (ROOT / "templates").glob("*/glossary.yaml")))
"""Every language drafter ships templates for."""
HYPOTHESIS_PROFILE = os.environ.get("DRAFTER_FUZZ_PROFILE", "ci")
"""The Hypothesis profile of the property and fuzz tests: ``ci`` (the default, what ``make test`` and CI
run: fewer examples, the same searches) or ``fuzz`` (``make fuzz``: the long runs)."""


def examples(ci: int, long: int) -> int:
    """How many examples a property test tries: ``ci`` in the ci profile, ``long`` in the fuzz one."""
    return long if HYPOTHESIS_PROFILE == "fuzz" else ci


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture(autouse=True)
def _no_template_override(monkeypatch: pytest.MonkeyPatch) -> None:
    """A developer's DRAFTER_TEMPLATES must not change what the tests see."""
    monkeypatch.delenv("DRAFTER_TEMPLATES", raising=False)


@pytest.fixture(autouse=True)
def _cache_outside_the_repository(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> None:
    """``drafter check`` keeps its cache beside the releases: in the tests, in a temporary folder, never
    in tests/corpus or examples/ (tests/test_cache.py tests where it goes by default)."""
    monkeypatch.setenv("DRAFTER_CACHE_DIR", str(tmp_path_factory.mktemp("drafter-cache")))


@pytest.fixture
def checked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the releases checked (not taken from the cache), in one process."""
    import drafter.checker

    names: list[str] = []
    real = drafter.checker.check_release

    def counting(release: drafter.checker.Release, *args: object) -> drafter.checker.Checked:
        names.append(Path(release.name).name)
        return real(release, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(drafter.checker, "check_release", counting)
    return names
