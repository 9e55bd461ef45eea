"""What every benchmark prints beside its figures: the commit measured, and sizes in words a reader takes in."""

from __future__ import annotations

import subprocess
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def commit() -> str:
    """The commit measured, and whether drafter's code or templates had changes not yet in it."""
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True)
        dirty = subprocess.run(["git", "status", "--porcelain", "drafter", "templates"], cwd=ROOT, capture_output=True)
    except OSError:
        return "unknown"
    if head.returncode != 0:
        return "unknown"
    return head.stdout.strip() + (", with uncommitted changes to drafter/ or templates/" if dirty.stdout else "")


def shown_size(chars: float) -> str:
    return f"{chars / 1000:.0f} KB" if chars < 950_000 else f"{chars / 1_000_000:.1f} MB"


def timed(job: Callable[[], object]) -> float:
    """Wall seconds ``job`` took."""
    start = time.perf_counter()
    job()
    return time.perf_counter() - start
