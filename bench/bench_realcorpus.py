"""``drafter check`` on real parallel releases: the scorer's figures, and changed facts caught.

    .venv/bin/python bench/bench_realcorpus.py [--corpus DIR] [--sets NAME,...] [--skip-score] [--skip-mutations]

The corpus (default ``../shared/realcorpus`` beside the project) holds real
releases published in two or more of pt, es, en and fr, one folder each, an
answer key (``key.yaml``) and its scorer (``score.py``). Nothing of it is
copied here: the texts are read from there.

1. **Scorer.** Runs ``score.py`` with this project's ``drafter`` command and
   prints its lines: recall (real differences found, as an error or a
   warning), equivalent forms reported as errors (traps), and errors on the
   consistent (control) sets.
2. **Changed facts.** For every set and language, changes one fact that the
   versions share (a number, a year, a date's day, a name) in that language
   only, the way a slip or a bad edit would, and runs ``drafter.check`` on the
   set. A change counts as caught when a finding (error or warning) that the
   unchanged set did not have names the new value. Prints the rate per kind,
   and every change missed.

Both are deterministic: the same corpus gives the same figures.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from drafter.checker import CheckResult, check  # noqa: E402
from drafter.checker.findings import Finding  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "realcorpus"
LANGS = ("en", "es", "fr", "pt")


@dataclass(frozen=True)
class Change:
    set: str
    lang: str
    kind: str
    old: str
    new: str
    offset: int


def run_scorer(corpus: Path) -> tuple[str, float]:
    drafter = ROOT / ".venv" / "bin" / "drafter"
    if not drafter.exists():
        drafter = Path(shutil.which("drafter") or "drafter")
    started = time.perf_counter()
    run = subprocess.run(
        [sys.executable, str(corpus / "score.py"), str(drafter), str(corpus)],
        capture_output=True,
        text=True,
        check=False,
    )
    return run.stdout + run.stderr, time.perf_counter() - started


def _texts(folder: Path) -> dict[str, str]:
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt")) if p.stem in LANGS}


_NUMBER = re.compile(r"(?<![\w.,])\d{2,}(?:[.,  ]\d{3})*(?![\w])")
_NAME = re.compile(r"(?<![\w'’-])[A-ZÁÉÍÓÚÂÊÔÃÕÇÀ][a-záéíóúâêôãõçàèìòùäëïöüñ]{3,}(?![\w'’-])")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"“«(\n-]\s*)$")


def _digit_change(text: str) -> str:
    """The same number with one digit changed, as a slip would: the last digit, up one."""
    for i in range(len(text) - 1, -1, -1):
        if text[i].isdigit():
            digit = (int(text[i]) + 1) % 10
            return text[:i] + str(digit) + text[i + 1 :]
    return text


def _letter_change(word: str) -> str:
    """The same name one letter off: two inner letters swapped, or the third letter doubled."""
    inner = word[2:-1]
    for i in range(len(inner) - 1):
        a, b = inner[i], inner[i + 1]
        if a != b and a.isalpha() and b.isalpha():
            j = i + 2
            return word[:j] + b + a + word[j + 2 :]
    return word[:3] + word[2] + word[3:]


def changes(name: str, texts: dict[str, str]) -> list[Change]:
    """One change per kind and language: a fact shared with another version, changed in this one."""
    out: list[Change] = []
    for lang, text in texts.items():
        others = " ".join(t for other, t in texts.items() if other != lang)
        plain_others = re.sub(r"[.,  ]", "", others)
        picked: dict[str, Change] = {}
        for m in _NUMBER.finditer(text):
            digits = re.sub(r"\D", "", m.group())
            if len(digits) < 2 or not re.search(rf"(?<!\d){digits}(?!\d)", plain_others):
                continue
            kind = "year" if len(digits) == 4 and digits.startswith(("19", "20")) else "number"
            if kind in picked:
                continue
            new = _digit_change(m.group())
            picked[kind] = Change(name, lang, kind, m.group(), new, m.start())
        for m in _NAME.finditer(text):
            word = m.group()
            if _SENTENCE_START.search(text, max(0, m.start() - 3), m.start()) or not re.search(
                rf"(?<!\w){re.escape(word)}(?!\w)", others
            ):
                continue
            if "name" in picked:
                break
            picked["name"] = Change(name, lang, "name", word, _letter_change(word), m.start())
        out.extend(picked.values())
    return out


def _reported(result: CheckResult, value: str) -> list[Finding]:
    low = value.lower()
    return [f for f in result.findings if f.severity in ("error", "warning") and low in f.message.lower()]


def run_mutations(corpus: Path, sets: list[str]) -> tuple[list[tuple[Change, bool]], float]:
    outcomes: list[tuple[Change, bool]] = []
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        for name in sets:
            texts = _texts(corpus / name)
            if len(texts) < 2:
                continue
            for change in changes(name, texts):
                folder = Path(tmp) / f"{name}-{change.lang}-{change.kind}"
                folder.mkdir()
                for lang, text in texts.items():
                    if lang == change.lang:
                        end = change.offset + len(change.old)
                        text = text[: change.offset] + change.new + text[end:]
                    (folder / f"{lang}.txt").write_text(text, encoding="utf-8")
                result = check([folder])
                outcomes.append((change, bool(_reported(result, change.new))))
    return outcomes, time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--sets", help="comma-separated set names (default: every set)")
    parser.add_argument("--skip-score", action="store_true")
    parser.add_argument("--skip-mutations", action="store_true")
    args = parser.parse_args()
    corpus: Path = args.corpus
    if not (corpus / "score.py").is_file():
        print(f"no corpus at {corpus}: pass --corpus DIR", file=sys.stderr)
        return 2
    sets = args.sets.split(",") if args.sets else sorted(p.name for p in corpus.iterdir() if p.is_dir())
    if not args.skip_score:
        output, seconds = run_scorer(corpus)
        print(output.rstrip())
        print(f"(scorer: {seconds:.1f} s)")
    if not args.skip_mutations:
        outcomes, seconds = run_mutations(corpus, sets)
        by_kind: Counter[str] = Counter()
        caught: Counter[str] = Counter()
        for change, found in outcomes:
            by_kind[change.kind] += 1
            caught[change.kind] += found
        total, hits = sum(by_kind.values()), sum(caught.values())
        print()
        for change, found in outcomes:
            if not found:
                print(f"missed: {change.set} {change.lang} {change.kind}: {change.old!r} -> {change.new!r}")
        parts = ", ".join(f"{kind} {caught[kind]}/{by_kind[kind]}" for kind in sorted(by_kind))
        print(f"changed facts caught: {hits}/{total} ({hits / total:.0%}): {parts} ({seconds:.1f} s)")
        print(json.dumps({"changed_caught": hits, "changed_total": total}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
