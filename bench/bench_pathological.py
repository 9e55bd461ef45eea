"""Whether ``drafter check`` stays linear on pathological input, whatever bytes it is given.

For each family of hostile text (markup that never closes, a megabyte on one
line, runs of one character...), times :func:`drafter.extract.extract` in pt,
es, en and fr, and :func:`drafter.checker.check` on a folder holding the text as
``en.md``, ``es.md`` and ``pt.md``, at three sizes, each twice the one before.
Prints the times and how they grow per doubling: about 2 is linear, about 4
quadratic. Asserts nothing about speed.

    python bench/bench_pathological.py [--size CHARS] [--only FAMILY ...] [--suffix .html] [--limit SECONDS]
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # the repository's drafter, not an installed one

from bench.machine import commit, shown_size  # noqa: E402
from drafter.checker import check  # noqa: E402
from drafter.extract import extract  # noqa: E402

LANGS = ("pt", "es", "en", "fr")
NOISE = 0.02
PROSE = (
    "On 5 March 2013 the cluster, with 1,774 members in 12 countries, won the Bronze label; "
    "SECPhO (www.secpho.org, info@secpho.org, +34 931 234 567) grew 29.9% to €60M, "
    "and its 3rd edition drew two hundred and five partners from Portugal and the UK. "
)


def _repeat(unit: str) -> Callable[[int], str]:
    return lambda size: unit * max(1, size // len(unit))


def _prose(size: int) -> str:
    return (PROSE * (size // len(PROSE) + 1))[:size]


def _numbers(size: int) -> str:
    """About 20 characters a line: 50 000 lines in a megabyte."""
    lines = (f"{i:>5} {i * 37 % 1000},{i % 100:02d} {i % 13}.{i % 7}%\n" for i in range(size // 20))
    return "".join(lines)


def _nested(size: int) -> str:
    return "[" * (size // 2) + "]" * (size // 2)


def _runs(size: int) -> str:
    return "*" * (size // 4) + "_" * (size // 4) + "*_" * (size // 4)


def _number_words(size: int) -> str:
    """Numbers in words that never end: each "mil" multiplies what came before."""
    return "".join(_repeat(unit)(size // 3) for unit in ("cien mil ", "one hundred thousand ", "cem mil "))


FAMILIES: dict[str, tuple[str, Callable[[int], str]]] = {
    "html-link": ("<a href=' again and again, never closed", _repeat("<a href='")),
    "md-link": ("[x]( again and again, never closed", _repeat("[x](")),
    "template": ("{{ again and again, never closed", _repeat("{{ ")),
    "prose-line": ("prose with every kind of fact, on one line", _prose),
    "numbers": ("lines of numbers, decimals and percentages: 50 000 in 1 MB", _numbers),
    "nested": ("[[[[...]]]], nested brackets", _nested),
    "emphasis": ("runs of * and _, then *_ alternating", _runs),
    "http": ("http:// again and again", _repeat("http://")),
    "dotted-digits": ("1.1.1.1..., digits and separators", _repeat("1.")),
    "at-signs": ("a@a@a@..., e-mail-like", _repeat("a@")),
    "angles": ("<><><>..., alternating < and >", _repeat("<>")),
    # Found while fixing the ones above.
    "phone-digits": ("+1 and 40 digits, again and again", _repeat("+1" + "1" * 40 + "a ")),
    "host-paths": ("(a.pt/a@b.cc, bare hosts whose paths run on", _repeat("(a.pt/a@b.cc")),
    "spaced-number": ("a number, a megabyte of spaces, a word", lambda size: "1" + " " * size + "x"),
    "url-brackets": ("a URL closed by ))))...", lambda size: "see http://a.pt/x" + ")" * size),
    "empty-links": ("[](, again and again", _repeat("[](")),
    "number-words": ("cien mil cien mil..., then in English and Portuguese", _number_words),
    # For HTML drafts (--suffix .html), whose markup is blanked before reading.
    "comments": ("<!-- again and again, never closed", _repeat("<!--")),
    "scripts": ("<script> again and again, never closed", _repeat("<script>")),
    "open-tags": ("<a <a <a..., tags never closed", _repeat("<a ")),
}


def _measure(text: str, suffix: str) -> list[float]:
    """Seconds to extract from ``text`` in each language, then to check it as en, es and pt drafts."""
    times = []
    for lang in LANGS:
        start = time.perf_counter()
        extract(text, lang)
        times.append(time.perf_counter() - start)
    start = time.perf_counter()
    _check(text, suffix)
    return [*times, time.perf_counter() - start]


def _check(text: str, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        for lang in ("en", "es", "pt"):
            Path(folder, lang + suffix).write_text(text, encoding="utf-8")
        check([folder])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=1_000_000, help="largest size, in characters (default 1 MB)")
    parser.add_argument("--only", nargs="+", choices=sorted(FAMILIES), help="these families only")
    parser.add_argument("--suffix", default=".md", help="the drafts' extension for check (.html blanks markup)")
    parser.add_argument("--limit", type=float, default=60.0, help="no larger size once a time passes this (s)")
    args = parser.parse_args()

    print(f"python {platform.python_version()}, {platform.system()} {platform.machine()}, {os.cpu_count()} cores")
    print(
        f"drafter at {commit()}; drafts {args.suffix}; sizes {', '.join(shown_size(args.size / k) for k in (4, 2, 1))}"
    )
    for lang in LANGS:
        extract("warm 1 up", lang)  # rules and glossaries are built once a language
    _check("warm up", args.suffix)

    columns = [f"extract {lang}" for lang in LANGS] + ["check"]
    print(f"\n{'family':<14} {'size':>8} " + " ".join(f"{c:>10}" for c in columns) + "   seconds")
    worst: list[tuple[float, str]] = []
    for name in args.only or FAMILIES:
        description, make = FAMILIES[name]
        rows: list[list[float]] = []
        for size in (args.size // 4, args.size // 2, args.size):
            text = make(size)
            row = _measure(text, args.suffix)
            rows.append(row)
            print(f"{name:<14} {shown_size(len(text)):>8} " + " ".join(f"{t:>10.3f}" for t in row), flush=True)
            if max(row) > args.limit:
                print(f"{'':<14} stopped: over {args.limit:.0f} s")
                break
        for small, big in zip(rows, rows[1:], strict=False):
            # Under NOISE seconds a ratio says more about the clock than about the code.
            ratio = [b / a if a >= NOISE else None for a, b in zip(small, big, strict=True)]
            print(f"{'':<14} {'x2 ->':>8} " + " ".join(f"{r:>10.2f}" if r else f"{'-':>10}" for r in ratio))
            if big is rows[-1]:
                worst.extend((r, f"{name}, {column}") for r, column in zip(ratio, columns, strict=True) if r)
        print(f"{'':<14} ({description})")
    if worst:
        top, where = max(worst)
        print(f"\nlargest growth per doubling, to the largest size: x{top:.2f} ({where}); linear is about x2")


if __name__ == "__main__":
    main()
