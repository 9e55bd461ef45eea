"""The cache of ``drafter check``: what a first check costs with it, and what a re-check costs.

Used by ``bench_check.py --recheck``. On the archive's first N releases, as a
command (``drafter check --format json --cache-dir DIR``), one process a core:

1. cold: the cache empty (every release checked, every entry written);
2. warm: nothing changed (every release read from the cache);
3. one edit: one number of one draft of the middle release changed by hand,
   then checked again; the draft is put back afterwards;
4. that release alone, without the cache (``--no-cache``): what one release's
   check costs a fresh process, the part of the edit's run the cache cannot save;
5. the floor: walking the folders and reading every file, in this process.

The warm report must be the cold one, byte for byte. After the edit, the
edited release's findings must be those of a fresh check of that release
alone, without the cache, and every other release's those of the cold run.
"""

from __future__ import annotations

import json
import re
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import drafter.checker
import drafter.report

DIGITS = re.compile(r"\b\d{3,}\b")


def _edit(draft: Path) -> tuple[str, str]:
    """Raise the last digit of the first number of three digits or more; (old text, what changed)."""
    text = draft.read_text(encoding="utf-8")
    found = DIGITS.search(text)
    if found is None:
        raise SystemExit(f"{draft}: no number to edit")
    old = found.group()
    new = old[:-1] + str((int(old[-1]) + 1) % 10)
    draft.write_text(text[: found.start()] + new + text[found.end() :], encoding="utf-8")
    return text, f"{old} -> {new} in {draft.name}"


def _by_release(report: bytes) -> dict[str, list[Any]]:
    out: dict[str, list[Any]] = {}
    for finding in json.loads(report)["findings"]:
        out.setdefault(finding["release"], []).append(finding)
    return out


def recheck(
    paths: Sequence[Path],
    middle: Path,
    run: Callable[[Sequence[Path], list[str]], Any],
    floor: Callable[[Sequence[Path]], tuple[float, int]],
) -> None:
    """Time the cold, warm and one-edit runs of ``drafter check`` on ``paths`` and print them;
    ``run(paths, options)`` runs the command, ``floor(paths)`` reads every file."""
    with tempfile.TemporaryDirectory(prefix="drafter-cache-") as temporary:
        options = ["--cache-dir", str(Path(temporary) / "cache")]
        cold = run(paths, options)
        warm = run(paths, options)
        draft = middle / "en.md"
        text, what = _edit(draft)
        try:
            edited = run(paths, options)
            alone = drafter.checker.check([middle], jobs=1)
            one = run([middle], ["--no-cache"])
        finally:
            draft.write_text(text, encoding="utf-8")
    seconds, size = floor(paths)
    drafts = sum(1 for given in paths for _ in given.glob("*/*.md"))
    print(f"== the cache: {drafts} drafts, as a command ({what} for the edit)")
    print("  run                        wall s   CPU s   MiB  | same")
    print(f"  {'floor: read every file':<26} {seconds:6.2f}      -     -  | {size / 2**20:.0f} MiB read")
    print(f"  {'cold (entries written)':<26} {cold.seconds:6.2f} {cold.cpu:7.2f} {cold.maxrss_mib:5.0f}  |")
    same = "yes" if warm.output == cold.output else "NO: the warm report differs"
    print(f"  {'warm (nothing changed)':<26} {warm.seconds:6.2f} {warm.cpu:7.2f} {warm.maxrss_mib:5.0f}  | {same}")
    after, before = _by_release(edited.output), _by_release(cold.output)
    fresh = json.loads(drafter.report.render(alone, "json", terminal=False)[0])["findings"]
    name = next(iter(alone.releases))
    others = {k: v for k, v in after.items() if k != name} == {k: v for k, v in before.items() if k != name}
    agree = after.get(name, []) == fresh and others
    verdict = "yes" if agree else "NO: the findings differ from a fresh check"
    changed = "changed" if after.get(name) != before.get(name) else "UNCHANGED"
    print(f"  {'one draft edited':<26} {edited.seconds:6.2f} {edited.cpu:7.2f} {edited.maxrss_mib:5.0f}  | {verdict}")
    print(f"  {'that release alone, cold':<26} {one.seconds:6.2f} {one.cpu:7.2f} {one.maxrss_mib:5.0f}  | --no-cache")
    print(f"  the edited release's findings: {len(before.get(name, []))} before, {len(fresh)} after ({changed})")
    print()
