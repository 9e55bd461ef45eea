"""``drafter check`` on real parallel releases: the figures must not get worse.

The development corpus of real releases (``../shared/realcorpus`` beside the
project) is not part of the project: its texts are read from there, never
copied. Where it is absent, as in a user's clone, these tests skip and say so.
``bench/bench_realcorpus.py`` prints the same figures in full.
"""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

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


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_realcorpus", ROOT / "bench" / "bench_realcorpus.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, module)
    spec.loader.exec_module(module)
    return module


def test_the_scorer_figures_do_not_get_worse() -> None:
    drafter = Path(sys.executable).parent / "drafter"
    run = subprocess.run(
        [sys.executable, str(CORPUS / "score.py"), str(drafter), str(CORPUS)],
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    last = run.stdout.strip().splitlines()[-1]
    m = re.search(
        r"found (\d+)/(\d+) real differences .*?, (\d+)/\d+ equivalent forms reported as differences, "
        r"(\d+) errors on consistent sets",
        last,
    )
    assert m, run.stdout + run.stderr
    found, _, traps, control = (int(g) for g in m.groups())
    assert found >= FOUND, last
    assert traps <= TRAPS, last
    assert control <= CONTROL_ERRORS, last


def test_a_fact_changed_in_one_language_is_reported() -> None:
    bench = _bench()
    sets = sorted(p.name for p in CORPUS.iterdir() if p.is_dir())
    outcomes, _ = bench.run_mutations(CORPUS, sets)
    missed = [change for change, found in outcomes if not found]
    assert len(outcomes) > 100
    assert 1 - len(missed) / len(outcomes) >= CHANGED_CAUGHT, missed
