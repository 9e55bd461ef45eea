"""``drafter check`` on real parallel releases: the figures must not get worse.

The development corpus of real releases (``../shared/realcorpus`` beside the
project) is not part of the project: its texts are read from there, never
copied. Where it is absent, as in a user's clone, these tests skip and say so.
``bench/bench_realcorpus.py`` prints the same figures in full.
"""

from __future__ import annotations

import ast
import importlib.util
import os
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

from .conftest import ROOT

CORPUS = ROOT.parent / "shared" / "realcorpus"
pytestmark = [
    pytest.mark.skipif(not (CORPUS / "score.py").is_file(), reason=f"no real corpus at {CORPUS} (a user's clone)"),
    pytest.mark.slow,
]

FOUND = 81
"""Real differences found (as an error or a warning), of 84, measured when the checker learnt alignment."""
TRAPS = 0
"""Equivalent forms (EIB and BEI, 1,774 and 1.774...) reported as errors."""
CONTROL_ERRORS = 1
"""Errors on the releases whose versions are faithful (the one is a real difference of dates)."""
CHANGED_CAUGHT = 0.95
"""Share of facts changed in one language of a real release that a finding names."""

MISSED = frozenset({"ar-under-five", "fa19-code-of-conduct", "ec-official-journal"})
"""The real differences of the answer key that no finding names today, by the key's ids: FOUND is the
key's count less these. Each set is scored on its own, so any other difference missed fails its set."""
ERRORS_ON_FAITHFUL = {"fao-agricola-medal-2024": 1}
"""Errors allowed on the faithful sets, by set (a real difference of dates, 08 June and 07/06/2024): together,
CONTROL_ERRORS."""
KEY: dict[str, Any] = (
    yaml.safe_load((CORPUS / "key.yaml").read_text(encoding="utf-8")) if (CORPUS / "key.yaml").is_file() else {}
)
SETS = sorted(KEY.get("sets", KEY))
"""One test a set, which pytest-xdist spreads over the workers: the whole corpus in one test held a
worker for three minutes at the end of the suite."""
_SET_LINE = re.compile(
    r"^(?P<name>[^:\n]+): \d+ errors, \d+ errors\+warnings; missed (?P<missed>.+); traps reported (?P<traps>.+)$"
)
_LAST_LINE = re.compile(
    r"found (\d+)/(\d+) real differences .*?, (\d+)/\d+ equivalent forms reported as differences, "
    r"(\d+) errors on consistent sets"
)


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_realcorpus", ROOT / "bench" / "bench_realcorpus.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, module)
    spec.loader.exec_module(module)
    return module


def test_the_sets_allowances_add_up_to_the_figures() -> None:
    """The per-set allowances are the corpus's figures, no looser: what each set's test holds sums to them."""
    entries = KEY.get("sets", KEY)
    ids = {m["id"] for entry in entries.values() for m in entry.get("must") or []}
    total = sum(len(entry.get("must") or []) for entry in entries.values())
    assert MISSED <= ids
    assert total - len(MISSED) >= FOUND, (total, sorted(MISSED))
    assert set(ERRORS_ON_FAITHFUL) <= {name for name, entry in entries.items() if entry.get("control")}
    assert sum(ERRORS_ON_FAITHFUL.values()) <= CONTROL_ERRORS
    assert TRAPS == 0  # every set's test allows none


@pytest.fixture(scope="module")
def cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One cache folder for the sets a worker scores, as the scorer's one run over the corpus had: the
    tables drafter keeps between runs are built once, not once a set."""
    return tmp_path_factory.mktemp("realcorpus-cache")


@pytest.mark.parametrize("name", SETS)
def test_the_scorer_figures_do_not_get_worse(name: str, tmp_path: Path, cache: Path) -> None:
    """The shared scorer, run as it is on a key of this one set: its own rules, its own line."""
    key = tmp_path / "key.yaml"
    key.write_text(yaml.safe_dump({name: KEY.get("sets", KEY)[name]}, allow_unicode=True), encoding="utf-8")
    drafter = Path(sys.executable).parent / "drafter"
    run = subprocess.run(
        [sys.executable, str(CORPUS / "score.py"), str(drafter), str(CORPUS), str(key)],
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
        env={**os.environ, "DRAFTER_CACHE_DIR": str(cache)},
    )
    lines = run.stdout.strip().splitlines()
    figures = _LAST_LINE.search(lines[-1]) if lines else None
    line = _SET_LINE.match(lines[0]) if lines else None
    if line is None and figures is not None and len(lines) == 1:  # the scorer passed over the set
        assert len(list((CORPUS / name).glob("*.txt"))) < 2, run.stdout + run.stderr  # as it does one version
        return
    assert figures and line and line["name"] == name, run.stdout + run.stderr
    missed = set() if line["missed"] == "-" else set(ast.literal_eval(line["missed"]))
    traps = [] if line["traps"] == "-" else ast.literal_eval(line["traps"])
    found, total, traps_hit, control = (int(g) for g in figures.groups())
    assert missed <= MISSED, lines[0]
    assert found + len(missed) == total, lines
    assert traps_hit == TRAPS and not traps, lines[0]
    assert control <= ERRORS_ON_FAITHFUL.get(name, 0), lines


def test_a_fact_changed_in_one_language_is_reported() -> None:
    bench = _bench()
    sets = sorted(p.name for p in CORPUS.iterdir() if p.is_dir())
    outcomes, _ = bench.run_mutations(CORPUS, sets)
    missed = [change for change, found in outcomes if not found]
    assert len(outcomes) > 100
    assert 1 - len(missed) / len(outcomes) >= CHANGED_CAUGHT, missed
