"""What the template bounds cost, how far drafter's templates stay from them, how fast a hostile one stops.

Prints four tables:

1. rendering the template of every example in every language with the
   bounded environment and with the plain ``SandboxedEnvironment`` drafter
   used before the bounds (same options, same filters), in ms per draft: the
   first pass (compiling every template) and the best of ``--repeat`` after;
2. the most drafter's own templates use of each bound, beside the bound;
3. each hostile template of issue 10 (and a few more), put in a press office's
   folder as ``en/award.md``: how long drafter takes to stop it, the steps
   counted by then, and the start of the message;
4. what compiling a template of 3,000 to 24,000 tokens costs.

Asserts nothing about speed.

    python bench/bench_templates.py [--repeat N]
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from unittest import mock

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # the repository's drafter, not an installed one

import jinja2  # noqa: E402
from jinja2.sandbox import SandboxedEnvironment  # noqa: E402

import drafter.render as render_module  # noqa: E402
from bench.machine import commit  # noqa: E402
from drafter.catalog import Catalog, builtin_dir  # noqa: E402
from drafter.errors import TemplateError  # noqa: E402
from drafter.facts import load_facts  # noqa: E402
from drafter.localize import locale_for  # noqa: E402
from drafter.render import template_name  # noqa: E402
from drafter.sandbox import LIMITS, BoundedEnvironment, Budget, Limits, parse_bounded  # noqa: E402
from drafter.sandbox import render as bounded_render  # noqa: E402
from drafter.sandbox.rewrite import walk  # noqa: E402
from drafter.view import build_view  # noqa: E402

EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))
HEAD = "# {{ org.name }}\n\n"
HOSTILE = {
    "loops of 10^5 x 10^5": "{% for i in range(100000) %}{% for j in range(100000) %}x{% endfor %}{% endfor %}",
    "loop printing 10^5 values": "{% for i in range(100000) %}{{ 'ab ' * 4 }}{% endfor %}",
    "loop using loop.index": "{% for i in range(100000) %}{% for j in range(100000) %}{{ loop.index }}{% endfor %}"
    "{% endfor %}",
    "doubly recursive macro": "{% macro m(n) %}{% if n > 0 %}{{ m(n - 1) }}{{ m(n - 1) }}{% endif %}{% endmacro %}"
    "{{ m(30) }}",
    "recursive macro": "{% macro m(n) %}{{ m(n) }}{% endmacro %}{{ m(1) }}",
    "self include": "{% include 'award.md' %}",
    "9**(9**9)": "{{ 9**(9**9) }}",
    "'{:>999999999}'.format(1)": "{{ '{:>999999999}'.format(1) }}",
    "'x' * 10**9": "{{ 'x' * 10**9 }}",
    "range(10**12)|list": "{{ range(10**12)|list }}",
    "center(10**9)": "{{ 'ab'|center(10**9) }}",
    "300,000 % conversions": "{{ ('%s' * 300000) % ((1,) * 300000) }}",
    "300,000 {} fields": "{{ ('{}' * 300000).format(*((1,) * 300000)) }}",
    "sort 10^6 letters": "{{ ('x' * 999999)|list|sort|length }}",
    "a list of 10^3 x 10^3": "{{ ([[1] * 1000] * 1000)|length }}",
    "a list holding itself": "{% set l = [] %}{% set _ = l.append(l) %}{{ l == l }}",
    "a list 20,000 deep": "{% set ns = namespace(l=[]) %}{% for i in range(20000) %}{% set ns.l = [ns.l] %}"
    "{% endfor %}{{ ns.l }}",
    "output beyond the cap": "{% for i in range(99999) %}abcdefghijklmnopqrst{% endfor %}",
    "3,000 ifs (parse)": "{% if true %}" * 3000 + "x" + "{% endif %}" * 3000,
    "3,000 brackets (parse)": "{{ " + "(" * 3000 + "1" + ")" * 3000 + " }}",
    "{{ 1/0 }}": "{{ 1/0 }}",
}


class Measured(Budget):
    """A budget that also keeps the deepest level it reached."""

    __slots__ = ("deepest",)

    def __init__(self) -> None:
        super().__init__(LIMITS)
        self.deepest = 0

    def enter(self) -> None:
        super().enter()
        self.deepest = max(self.deepest, self.depth)


@contextmanager
def budgets() -> Iterator[list[Measured]]:
    """Every bounded render's budget, kept for a look afterwards."""
    used: list[Measured] = []

    def counted(env: BoundedEnvironment, name: str, context: dict[str, Any]) -> str:
        used.append(Measured())
        return bounded_render(env, name, context, used[-1])

    with mock.patch.object(render_module, "render", counted):
        yield used


@dataclass(frozen=True)
class Job:
    """One draft to render: its template, its view, and the template's environment bounded and plain."""

    name: str
    view: dict[str, Any]
    bounded: BoundedEnvironment
    plain: SandboxedEnvironment


def _plain(dirs: tuple[str, ...], locale: str) -> SandboxedEnvironment:
    """drafter's environment as it was before the bounds: Jinja2's sandbox alone, the same options and filters."""

    def environment(*, filters: dict[str, Any], **options: Any) -> SandboxedEnvironment:
        env = SandboxedEnvironment(**options)
        env.filters.update(filters)
        return env

    with (
        mock.patch.object(render_module, "BoundedEnvironment", environment),
        mock.patch.object(render_module, "BoundedLoader", jinja2.FileSystemLoader),
    ):
        env: SandboxedEnvironment = render_module._environment.__wrapped__(dirs, locale)
    return env


def _jobs() -> list[Job]:
    catalog = Catalog.find()
    plain: dict[tuple[tuple[str, ...], str], SandboxedEnvironment] = {}
    jobs = []
    for facts in map(load_facts, EXAMPLES):
        for lang in facts.release.languages:
            dirs = tuple(catalog.search_path(lang))
            locale = str(locale_for(lang, facts.release.locales.get(lang)))
            env = plain.setdefault((dirs, locale), _plain(dirs, locale))
            view = build_view(facts, lang, catalog)
            jobs.append(Job(template_name(facts), view, render_module._environment(dirs, locale), env))
    return jobs


def _pass(jobs: list[Job], bounded: bool) -> float:
    """ms per draft, rendering every job's template once."""
    start = time.perf_counter()
    for job in jobs:
        if bounded:
            bounded_render(job.bounded, job.name, job.view)
        else:
            job.plain.get_template(job.name).render(job.view)
    return (time.perf_counter() - start) * 1000 / len(jobs)


def overhead(repeat: int) -> list[Measured]:
    jobs = _jobs()
    first = {mode: _pass(jobs, mode) for mode in (False, True)}  # each template compiled, in each environment
    best = dict.fromkeys((False, True), float("inf"))
    for _ in range(repeat):  # the two in turn, so that a busy moment of the machine falls on both
        for mode in (False, True):
            best[mode] = min(best[mode], _pass(jobs, mode))
    used = [Measured() for _ in jobs]
    for job, budget in zip(jobs, used, strict=True):
        bounded_render(job.bounded, job.name, job.view, budget)
    print(f"\n1. rendering the templates of the {len(EXAMPLES)} examples, {len(jobs)} drafts, ms per draft")
    print(f"{'environment':<26} {'first':>8} {'after':>8}")
    print(f"{'plain SandboxedEnvironment':<26} {first[False]:>8.2f} {best[False]:>8.2f}")
    print(f"{'BoundedEnvironment':<26} {first[True]:>8.2f} {best[True]:>8.2f}")
    print(f"{'bounded / plain':<26} {first[True] / first[False]:>8.2f} {best[True] / best[False]:>8.2f}")
    return used


def compiling() -> None:
    """What reading a long template costs: the reason for the bound on tokens."""
    print("\n4. compiling a long template (parse, count, generate Python, compile), ms")
    print(f"{'tokens':>8} {'ms':>8} {'µs/token':>9}")
    for lines in (125, 250, 500, 1_000):
        source = "{% if org %}{{ org.name|upper }} text text{% endif %}\n" * lines
        env = BoundedEnvironment(loader=jinja2.DictLoader({"t": source}), limits=Limits(tokens=10**9))
        tokens = sum(1 for _ in env.lexer.tokeniter(source, "t"))
        start = time.perf_counter()
        env.get_template("t")
        ms = (time.perf_counter() - start) * 1000
        print(f"{tokens:>8,} {ms:>8.0f} {ms * 1000 / tokens:>9.0f}")


def margins(used: list[Measured]) -> None:
    env = BoundedEnvironment(trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
    sizes, tokens, nesting = [], [], []
    for path in sorted(builtin_dir().glob("*/*.md")):
        source = path.read_text(encoding="utf-8")
        sizes.append(len(source))
        tokens.append(sum(1 for _ in env.lexer.tokeniter(source, path.name)))
        nesting.append(max(depth for _, depth in walk(parse_bounded(env, source, path.name, str(path)))))
    catalog = Catalog.find()
    drafts = [(facts, lang) for facts in map(load_facts, EXAMPLES) for lang in facts.release.languages]
    longest = max(len(render_module.render_markdown(facts, lang, catalog)) for facts, lang in drafts)
    rows = [
        ("steps", max(b.steps for b in used), LIMITS.steps),
        ("depth (template, macro, include)", max(b.deepest for b in used), LIMITS.depth),
        ("output, characters", longest, LIMITS.output),
        ("source, characters", max(sizes), LIMITS.source),
        ("tokens", max(tokens), LIMITS.tokens),
        ("nesting (syntax tree)", max(nesting), LIMITS.nesting),
    ]
    print("\n2. the most drafter's own templates use of each bound")
    print(f"{'bound':<34} {'used':>10} {'limit':>11} {'margin':>8}")
    for name, most, limit in rows:
        print(f"{name:<34} {most:>10,} {limit:>11,} {f'x{limit / most:.0f}':>8}")


def hostile() -> None:
    print("\n3. hostile templates: time until drafter stops each (one draft, en)")
    print(f"{'template':<28} {'ms':>8} {'steps':>11} {'µs/step':>8}  message")
    facts = load_facts(ROOT / "examples" / "secpho-bronze-2013.yaml")
    with tempfile.TemporaryDirectory() as tmp, budgets() as used:
        for n, (name, source) in enumerate(HOSTILE.items()):
            folder = Path(tmp, str(n))
            (folder / "en").mkdir(parents=True)
            shutil.copy(builtin_dir() / "en" / "glossary.yaml", folder / "en" / "glossary.yaml")
            (folder / "en" / "award.md").write_text(HEAD + source + "\n", encoding="utf-8")
            catalog = Catalog((folder, builtin_dir()))
            used.clear()
            start = time.perf_counter()
            try:
                render_module.render_markdown(facts, "en", catalog)
                said = "drafted"
            except TemplateError as exc:
                said = exc.reason
            ms = (time.perf_counter() - start) * 1000
            steps = used[-1].steps if used else 0
            # Only a template stopped by counting says how long a step takes; others are refused before they run.
            rate = f"{ms * 1000 / steps:.2f}" if 100_000 < steps <= LIMITS.steps * 1.01 else "-"
            print(f"{name:<28} {ms:>8.1f} {steps:>11,} {rate:>8}  {said[:60]}", flush=True)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=20, help="passes over every draft after the first (20)")
    args = parser.parse_args(argv)
    print(f"python {platform.python_version()}, {platform.system()} {platform.machine()}, {os.cpu_count()} cores")
    print(f"drafter at {commit()}; limits: {LIMITS}")
    used = overhead(args.repeat)
    margins(used)
    hostile()
    compiling()


if __name__ == "__main__":
    main()
