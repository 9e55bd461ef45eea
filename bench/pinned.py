"""``drafter ARGS`` with the cache's run key pinned, so that one cold run's entries serve two versions.

A cold run of 10,000 releases takes twenty minutes on a loaded 2-core
machine, and the cache's run key holds drafter's code, so every change to
compare would need one. Run through this script, the run key is the current
folder and the languages only (drafter's code, libraries and templates left
out); the tables' key is left as it is, so each version builds and keeps its
own tables. Only for timing versions whose findings are the same: a cache
filled this way is not one drafter would trust.

    cd ARCHIVE && python bench/pinned.py check batch-* --cache-dir DIR --format json
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from pathlib import Path

import drafter.checker
from drafter.cli import cli


def _pinned(dirs: Iterable[Path], known: list[str]) -> list[object]:
    return ["pinned", list(known), os.getcwd()]


if __name__ == "__main__":
    drafter.checker.run_key = _pinned  # type: ignore[assignment]
    cli(sys.argv[1:], prog_name="drafter")
