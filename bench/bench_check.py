"""How fast ``drafter check`` reads an archive, and whether its time grows linearly.

Builds an archive of N releases in pt, es and en from varied facts files (the
examples, with other names, dates, levels, figures, links, partners and
contacts), drafts each with the Python API, plants a hand edit in one language
of about one release in ten, then runs :func:`drafter.checker.check` over the
first quarter, the first half and the whole archive. Prints the figures;
asserts nothing about speed.

    python bench/bench_check.py [--releases N] [--keep DIR] [--seed S] [--trace-whole]
"""

from __future__ import annotations

import argparse
import copy
import datetime as dt
import functools
import json
import os
import platform
import random
import re
import resource
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

import yaml

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # the repository's drafter, not an installed one

import drafter  # noqa: E402
import drafter.checker  # noqa: E402
import drafter.checker.proofread  # noqa: E402
from drafter import draft  # noqa: E402
from drafter.checker import CheckResult  # noqa: E402
from drafter.checker.findings import Finding  # noqa: E402
from drafter.localize import country_name, format_date, format_list, format_number, format_percent, locale_for  # noqa: E402

LANGS = ("pt", "es", "en")
EDIT_SHARE = 0.10
EXAMPLES = ("secpho-bronze-2013", "acpmr-bronze-renewal", "ondabio-gold-2026")

# --- varied facts ---------------------------------------------------------------------------

HEADS = ("TEX", "MAR", "AGRO", "BIO", "SOL", "LUX", "CERA", "META", "AQUA", "VITA", "FOTO", "GEO", "NAVI", "CORK")
TAILS = ("NOR", "LAB", "TEC", "SUL", "VAL", "NET", "POL", "LINK", "MED", "PORT", "RIA", "ZON")
TLDS = ("eu", "org", "pt", "es", "com")
CITIES: tuple[str | dict[str, str], ...] = (
    "Porto",
    "Braga",
    "Aveiro",
    "Barcelona",
    "Valencia",
    "Bilbao",
    "Vigo",
    {"pt": "Lisboa", "es": "Lisboa", "en": "Lisbon"},
    {"pt": "Corunha", "es": "A Coruña", "en": "A Coruña"},
)
PARTNER_COUNTRIES = ("ES", "FR", "DE", "IT", "NL", "BE", "PL", "SE", "DK", "FI", "IE", "AT", "CZ", "GR", "NO", "PT")
CONTACTS = (
    "Beatriz Sarmento",
    "Inês Carvalhais",
    "Núria Casals Vidal",
    "Joana Brito",
    "Marc Puig Soler",
    "Lucía Fernández Otero",
    "Rui Teixeira",
)
MAILBOXES = ("press", "imprensa", "prensa", "comunicacao", "media", "info")
LINK_PATHS = ("labels", "members", "clusters", "news", "programme", "about")
# Figures every release carries, whatever its example: one number of 1000 or more, one percentage.
LARGE_FIGURE = {
    "pt": "pessoas trabalham nas organizações associadas do {name}",
    "es": "personas trabajan en las entidades socias de {name}",
    "en": "people work in {name}'s member organisations",
}
PERCENT_FIGURE = {
    "pt": "do volume de negócios dos associados vem de mercados fora da Península Ibérica",
    "es": "de la facturación de los socios procede de mercados situados fuera de la península ibérica",
    "en": "of members' turnover comes from markets outside the Iberian Peninsula",
}

T = TypeVar("T")


def load_examples() -> dict[str, dict[str, Any]]:
    return {name: yaml.safe_load((ROOT / "examples" / f"{name}.yaml").read_text(encoding="utf-8")) for name in EXAMPLES}


def only_languages(value: Any, langs: set[str]) -> None:
    """Drop the texts of languages the archive does not draft (an example may carry French too)."""
    if isinstance(value, dict):
        if value and set(value) >= langs and all(isinstance(v, str) for v in value.values()):
            for extra in set(value) - langs:
                del value[extra]
            return
        for item in value.values():
            only_languages(item, langs)
    elif isinstance(value, list):
        for item in value:
            only_languages(item, langs)


def replace_everywhere(value: Any, old: str, new: str) -> Any:
    """``value`` with ``old`` replaced by ``new`` in every string it holds (keys untouched)."""
    if isinstance(value, str):
        return value.replace(old, new)
    if isinstance(value, dict):
        return {k: replace_everywhere(v, old, new) for k, v in value.items()}
    if isinstance(value, list):
        return [replace_everywhere(v, old, new) for v in value]
    return value


def org_name(rng: random.Random) -> str:
    head, tail = rng.choice(HEADS), rng.choice(TAILS)
    if rng.random() < 0.2:
        return head.capitalize() + tail  # an inner capital, like SECPhO
    return head + tail


def phone(rng: random.Random, country: str) -> str:
    def digits(n: int) -> str:
        return "".join(str(rng.randint(0, 9)) for _ in range(n))

    if country == "PT":
        return f"+351 2{digits(2)} {digits(3)} {digits(3)}"
    if country == "ES":
        return f"+34 9{digits(2)} {digits(3)} {digits(3)}"
    if country == "FR":
        return f"+33 {rng.randint(1, 5)} {digits(2)} {digits(2)} {digits(2)} {digits(2)}"
    return f"+39 0{digits(1)} {digits(4)} {digits(4)}"


def large_value(rng: random.Random) -> int:
    return rng.randint(1000, 9999) if rng.random() < 0.5 else rng.randint(10_000, 999_999)


def percent_value(rng: random.Random) -> float:
    return rng.randint(5, 950) / 10


def vary_figures(rng: random.Random, figures: list[dict[str, Any]], name: str) -> list[dict[str, Any]]:
    out = []
    for fig in figures:
        fig = dict(fig)
        if fig.get("percent"):
            fig["value"] = percent_value(rng)
        elif "of" in fig:
            fig["of"] = rng.choice((rng.randint(20, 99), rng.randint(1000, 5000)))
            fig["value"] = rng.randint(2, fig["of"] - 1)
        elif fig["value"] >= 1000:
            fig["value"] = large_value(rng)
        else:
            fig["value"] = rng.randint(3, 999)
        if "of" not in fig and rng.random() < 0.3:
            fig["approx"] = not fig.get("approx", False)
        out.append(fig)
    if not any(f["value"] >= 1000 and not f.get("percent") for f in out):
        what = {lang: text.format(name=name) for lang, text in LARGE_FIGURE.items()}
        out.append({"value": large_value(rng), "what": what})
    if not any(f.get("percent") for f in out):
        out.append({"value": percent_value(rng), "percent": True, "what": dict(PERCENT_FIGURE)})
    return out


def vary_partnership(rng: random.Random, partnership: dict[str, Any]) -> dict[str, Any]:
    partnership = dict(partnership)
    partners = [dict(p) for p in partnership["partners"]]
    if all("name" in p for p in partners):
        partners = rng.sample(partners, rng.randint(2, len(partners)))
        for p in partners:
            p["country"] = rng.choice(PARTNER_COUNTRIES)
        partnership.pop("count", None)
    else:
        partners = [{"country": c} for c in rng.sample(PARTNER_COUNTRIES, rng.randint(1, 4))]
        partnership["count"] = len(partners) + rng.randint(0, 3)
    partnership["partners"] = partners
    return partnership


def vary_facts(rng: random.Random, examples: dict[str, dict[str, Any]], index: int) -> dict[str, Any]:
    """One valid facts file: an example with other names, dates, levels, figures, links, partners, contact."""
    facts: dict[str, Any] = copy.deepcopy(examples[EXAMPLES[index % len(EXAMPLES)]])
    old_name, old_host = facts["organisation"]["name"], facts["organisation"]["website"].removeprefix("www.")
    name = org_name(rng)
    host = f"{name.lower()}.{rng.choice(TLDS)}"
    facts = replace_everywhere(facts, old_host, host)
    facts = replace_everywhere(facts, old_name, name)
    managed = facts["organisation"].get("managed_by")
    if managed and managed.get("acronym"):
        facts = replace_everywhere(facts, managed["acronym"], "A" + name.upper()[:4])
    release, org, award, contact = facts["release"], facts["organisation"], facts["award"], facts["contact"]

    release["kind"] = rng.choice(("award", "renewal"))
    release["date"] = dt.date(2010, 1, 1) + dt.timedelta(days=rng.randint(0, 6200))
    release["city"] = rng.choice(CITIES)
    langs = list(LANGS)
    rng.shuffle(langs)
    release["languages"] = langs
    only_languages(facts, set(langs))
    org["country"] = rng.choice(("PT", "ES", "FR", "IT"))
    award["level"] = rng.choice(("bronze", "silver", "gold"))
    award["date"] = release["date"] - dt.timedelta(days=rng.randint(1, 21))
    year = award["date"].year
    if "launched" in award:
        award["launched"] = rng.randint(2003, year)
    if release["kind"] == "renewal" and rng.random() < 0.4:
        award["first_awarded"] = rng.randint(year - 6, year - 1)

    facts["figures"] = vary_figures(rng, facts.get("figures", []), name)
    for link in facts.get("links", []):
        if rng.random() < 0.5:
            link["url"] = f"{link['url']}/{rng.choice(LINK_PATHS)}"
        if rng.random() < 0.2:
            link["url"] = "https://" + link["url"]
    borrowed = examples[EXAMPLES[0]]
    partnership = facts.get("partnership") or (borrowed["partnership"] if rng.random() < 0.5 else None)
    if partnership:
        partnership = replace_everywhere(partnership, borrowed["organisation"]["name"], name)
        facts["partnership"] = vary_partnership(rng, partnership)

    contact["name"] = rng.choice(CONTACTS)
    contact["email"] = f"{rng.choice(MAILBOXES)}@{host}"
    contact["phone"] = phone(rng, org["country"])
    return facts


class _NoAliases(yaml.SafeDumper):
    def ignore_aliases(self, data: Any) -> bool:
        return True  # drafter refuses anchors and aliases


def dump_facts(facts: dict[str, Any]) -> str:
    return str(yaml.dump(facts, Dumper=_NoAliases, allow_unicode=True, sort_keys=False, width=120))


# --- planted hand edits ---------------------------------------------------------------------


@dataclass(frozen=True)
class Edit:
    release: str
    lang: str
    kind: str
    old: str
    new: str


def _swap_digits(value: int) -> int:
    digits = list(str(value))
    for i in range(len(digits) - 1):
        if digits[i] != digits[i + 1] and not (i == 0 and digits[i + 1] == "0"):
            digits[i], digits[i + 1] = digits[i + 1], digits[i]
            return int("".join(digits))
    return value + 1


def _typo(host: str, rng: random.Random) -> str:
    name, _, rest = host.partition(".")
    at = rng.randrange(len(name))
    letter = rng.choice([c for c in "abcdefghijklmnopqrstuvwxyz" if c != name[at].lower()])
    return f"{name[:at]}{letter}{name[at + 1 :]}.{rest}"


def edit_candidates(facts: dict[str, Any], lang: str, rng: random.Random) -> Iterator[tuple[str, str, str]]:
    """(kind, old, new) replacements that plant one wrong fact in ``lang``'s draft, in a random order of kinds."""
    loc = locale_for(lang)
    kinds = ["number", "date", "url", "country", "percent"]
    rng.shuffle(kinds)
    for kind in kinds:
        if kind == "number":
            for fig in facts["figures"]:
                if not fig.get("percent") and fig["value"] >= 1000:
                    value = fig["value"]
                    yield kind, format_number(value, loc), format_number(_swap_digits(value), loc)
        elif kind == "percent":
            for fig in facts["figures"]:
                if fig.get("percent"):
                    value = fig["value"]
                    yield kind, format_percent(value, loc), format_percent(round(value + 1.5, 1), loc)
        elif kind == "date":
            day = facts["award"]["date"]
            yield kind, format_date(day, loc), format_date(day + dt.timedelta(days=rng.choice((-1, 1))), loc)
        elif kind == "url":
            host = facts["organisation"]["website"]
            yield kind, host, "www." + _typo(host.removeprefix("www."), rng)
        elif kind == "country" and facts.get("partnership"):
            partners = facts["partnership"]["partners"]
            if all(p.get("name") for p in partners):
                codes = [p["country"] for p in partners]
                single = [p for p in partners if codes.count(p["country"]) == 1]
                if single:
                    p = rng.choice(single)
                    yield kind, f"{p['name']} ({country_name(p['country'], loc)})", p["name"]
            else:
                names = [country_name(c, loc) for c in dict.fromkeys(p["country"] for p in partners)]
                if len(names) >= 2:
                    dropped = rng.choice(names)
                    yield kind, format_list(names, loc), format_list([n for n in names if n != dropped], loc)


def plant_edit(markdown: str, facts: dict[str, Any], lang: str, rng: random.Random, release: str) -> tuple[str, Edit]:
    """``markdown`` with one fact changed by hand: the first candidate found standing on its own."""
    for kind, old, new in edit_candidates(facts, lang, rng):
        found = re.search(rf"(?<![\w.,]){re.escape(old)}(?!\w)", markdown)
        if old != new and found:
            edited = markdown[: found.start()] + new + markdown[found.end() :]
            return edited, Edit(release, lang, kind, old, new)
    raise RuntimeError(f"{release}: no edit could be planted in {lang}")


# --- the archive ----------------------------------------------------------------------------


@dataclass
class Archive:
    root: Path
    parts: list[Path] = field(default_factory=list)
    releases: int = 0
    drafts: int = 0
    edits: dict[str, Edit] = field(default_factory=dict)
    seconds: defaultdict[str, float] = field(default_factory=lambda: defaultdict(float))


def part_bounds(n: int, parts: int = 4) -> list[tuple[int, int]]:
    cuts = [round(n * k / parts) for k in range(parts + 1)]
    return list(zip(cuts, cuts[1:], strict=False))


def build_archive(root: Path, n: int, seed: int) -> Archive:
    """N releases under root/part-1..4/rNNNNN, each a facts.yaml with pt.md, es.md and en.md beside it."""
    examples = load_examples()
    edited = set(random.Random(seed).sample(range(n), max(1, round(n * EDIT_SHARE))))
    archive = Archive(root)
    for number, (start, stop) in enumerate(part_bounds(n), 1):
        part = root / f"part-{number}"
        part.mkdir(parents=True)
        archive.parts.append(part)
        for index in range(start, stop):
            rng = random.Random(seed * 1_000_003 + index)
            folder = part / f"r{index:05d}"
            folder.mkdir()
            t0 = time.perf_counter()
            facts = vary_facts(rng, examples, index)
            (folder / "facts.yaml").write_text(dump_facts(facts), encoding="utf-8")
            t1 = time.perf_counter()
            markdown = draft(folder / "facts.yaml").markdown
            t2 = time.perf_counter()
            if index in edited:
                lang = rng.choice(list(markdown))
                markdown[lang], edit = plant_edit(markdown[lang], facts, lang, rng, folder.name)
                archive.edits[folder.name] = edit
            for lang, text in markdown.items():
                (folder / f"{lang}.md").write_text(text, encoding="utf-8")
            t3 = time.perf_counter()
            archive.seconds["varying facts, writing facts.yaml"] += t1 - t0
            archive.seconds["draft()"] += t2 - t1
            archive.seconds["planting edits, writing drafts"] += t3 - t2
            archive.releases += 1
            archive.drafts += len(markdown)
    manifest = {name: vars(edit) for name, edit in sorted(archive.edits.items())}
    (root / "planted-edits.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")
    return archive


# --- timing the check -----------------------------------------------------------------------


class Phases:
    """Self time of wrapped functions: a wrapped call inside another is taken out of the outer one."""

    def __init__(self) -> None:
        self.seconds: defaultdict[str, float] = defaultdict(float)
        self.calls: Counter[str] = Counter()
        self._stack: list[str] = []
        self._mark = 0.0

    def reset(self) -> None:
        self.seconds.clear()
        self.calls.clear()

    def wrap(self, phase: str, fn: Callable[..., T]) -> Callable[..., T]:
        @functools.wraps(fn)
        def timed(*args: Any, **kwargs: Any) -> T:
            now = time.perf_counter()
            if self._stack:
                self.seconds[self._stack[-1]] += now - self._mark
            self._stack.append(phase)
            self.calls[phase] += 1
            self._mark = now
            try:
                return fn(*args, **kwargs)
            finally:
                now = time.perf_counter()
                self.seconds[self._stack.pop()] += now - self._mark
                self._mark = now

        return timed


IDENTIFY = "language identification"
# drafter.checker.langid.identify as check and proofread call it; the other phases say where the rest of the time goes.
WRAPPED = (
    (drafter.checker, "identify", IDENTIFY),
    (drafter.checker.proofread, "identify", IDENTIFY),
    (drafter.checker, "collect", "reading drafts"),
    (drafter.checker, "load_facts", "loading facts"),
    (drafter.checker, "extract", "extracting mentions"),
    (drafter.checker, "expectations", "expectations from facts"),
    (drafter.checker, "between", "comparing versions"),
    (drafter.checker, "against_facts", "comparing with facts"),
    (drafter.checker, "orphans", "comparing with facts"),
)


def instrument(phases: Phases) -> None:
    """Wrap drafter's functions where check and proofread look them up; drafter's code is unchanged."""
    for module, name, phase in WRAPPED:
        setattr(module, name, phases.wrap(phase, getattr(module, name)))


@dataclass(frozen=True)
class Run:
    label: str
    releases: int
    drafts: int
    seconds: float  # wall clock
    cpu: float  # this process's CPU time: steadier than wall time on a shared machine
    phases: dict[str, float]
    calls: dict[str, int]
    result: CheckResult

    @property
    def per_draft_ms(self) -> float:
        return 1000 * self.seconds / self.drafts

    @property
    def cpu_per_draft_ms(self) -> float:
        return 1000 * self.cpu / self.drafts


def timed_check(label: str, paths: Sequence[Path], phases: Phases) -> Run:
    phases.reset()
    c0, t0 = time.process_time(), time.perf_counter()
    result = drafter.checker.check(paths)
    seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
    return Run(
        label, len(result.releases), result.drafts, seconds, cpu, dict(phases.seconds), dict(phases.calls), result
    )


def traced_peak(paths: Sequence[Path]) -> tuple[int, float, CheckResult]:
    """Peak bytes of Python allocations during a check of ``paths``, and its wall time (much slowed by tracing)."""
    tracemalloc.start()
    t0 = time.perf_counter()
    result = drafter.checker.check(paths)
    seconds = time.perf_counter() - t0
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak, seconds, result


# --- report ---------------------------------------------------------------------------------


def git_state() -> str:
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True)
        dirty = subprocess.run(["git", "status", "--porcelain", "drafter", "templates"], cwd=ROOT, capture_output=True)
    except OSError:
        return "unknown"
    if head.returncode != 0:
        return "unknown"
    return head.stdout.strip() + (", with uncommitted changes to drafter/ or templates/" if dirty.stdout else "")


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def maxrss_mib() -> float:
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / 2**20 if sys.platform == "darwin" else rss / 1024  # bytes on macOS, KiB on Linux


def print_phases(run: Run) -> None:
    ident = run.phases.get(IDENTIFY, 0.0)
    calls = run.calls.get(IDENTIFY, 0)
    rest = run.seconds - ident
    print(f"  {IDENTIFY:<26} {ident:8.2f} s  {100 * ident / run.seconds:5.1f}%  ({calls} calls, ", end="")
    print(f"{1000 * ident / max(calls, 1):.2f} ms each)")
    print(f"  {'everything else':<26} {rest:8.2f} s  {100 * rest / run.seconds:5.1f}%, of which:")
    for phase, seconds in sorted(run.phases.items(), key=lambda item: -item[1]):
        if phase != IDENTIFY:
            rest -= seconds
            print(f"    {phase:<24} {seconds:8.2f} s  {100 * seconds / run.seconds:5.1f}%")
    print(f"    {'other (check itself)':<24} {rest:8.2f} s  {100 * rest / run.seconds:5.1f}%")


def report_findings(archive: Archive, result: CheckResult) -> None:
    by_severity = Counter(f.severity for f in result.findings)
    print(f"findings              {len(result.findings)} ({', '.join(f'{n} {s}' for s, n in by_severity.items())})")
    for rule, count in Counter(f.rule for f in result.findings).most_common():
        print(f"  {rule:<20} {count}")
    print(f"dismissed             {len(result.dismissed)}")

    per_release: dict[str, list[Finding]] = {}
    for finding in result.findings:
        per_release.setdefault(Path(finding.release).name, []).append(finding)
    planted = Counter(edit.kind for edit in archive.edits.values())
    caught = Counter(edit.kind for name, edit in archive.edits.items() if name in per_release)
    print(f"planted edits caught  {sum(caught.values())} of {len(archive.edits)}")
    for kind in sorted(planted):
        print(f"  {kind:<20} {caught[kind]} of {planted[kind]}")
    for name, edit in sorted(archive.edits.items()):
        if name not in per_release:
            print(f"  MISSED {name} ({edit.lang}, {edit.kind}): {edit.old!r} -> {edit.new!r}")
    unedited = {name: found for name, found in per_release.items() if name not in archive.edits}
    false_alarms = [f for found in unedited.values() for f in found]
    print(f"findings on unedited releases: {len(false_alarms)} in {len(unedited)} releases (each one is a false alarm)")
    for (rule, message), count in Counter((f.rule, f.message) for f in false_alarms).most_common():
        print(f"  {count:4d} x [{rule}] {message}")
    shown = 0
    for name, found in sorted(unedited.items()):
        for finding in found:
            if shown < 10:
                print(f"  e.g. {name}/{Path(finding.where.file).name}: {finding.subject}")
            shown += 1


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--releases", type=int, default=1000, metavar="N", help="releases to build (default 1000)")
    parser.add_argument("--keep", type=Path, metavar="DIR", help="build the archive in DIR (new or empty) and keep it")
    parser.add_argument("--seed", type=int, default=2026, help="seed of the varied facts and edits (default 2026)")
    parser.add_argument(
        "--trace-whole",
        action="store_true",
        help="measure tracemalloc's peak over the whole archive, not the first quarter (tracing slows the check ~5x)",
    )
    args = parser.parse_args(argv)
    if args.releases < 4:
        parser.error("--releases must be at least 4 (the archive is checked by quarters)")
    if args.keep and args.keep.exists() and any(args.keep.iterdir()):
        parser.error(f"--keep {args.keep}: the folder is not empty")

    command = shlex.join([sys.executable, *sys.argv]) if argv is None else f"main({list(argv)!r})"
    print(f"command   cd {shlex.quote(os.getcwd())} && {command}")
    print(f"machine   {os.cpu_count()} CPUs ({cpu_model()}), {platform.system()} {platform.release()}")
    print(f"python    {platform.python_version()} ({platform.python_implementation()})")
    print(f"drafter   {drafter.__version__}, commit {git_state()}")
    print(f"date      {dt.date.today().isoformat()}")
    print()

    root = args.keep.resolve() if args.keep else Path(tempfile.mkdtemp(prefix="drafter-bench-"))
    try:
        t0 = time.perf_counter()
        archive = build_archive(root / "archive", args.releases, args.seed)
        build = time.perf_counter() - t0
        print(f"== building the archive ({root / 'archive'})")
        print(f"releases              {archive.releases} ({len(archive.edits)} with a planted hand edit)")
        print(f"drafts                {archive.drafts}")
        print(f"wall time             {build:.2f} s")
        for step, seconds in sorted(archive.seconds.items(), key=lambda item: -item[1]):
            print(f"  {step:<34} {seconds:8.2f} s")
        drafting = archive.seconds["draft()"]
        per_release = 1000 * drafting / archive.releases
        print(f"drafting speed        {archive.drafts / drafting:.1f} drafts/s ({per_release:.1f} ms a release)")
        print(f"maxrss after build    {maxrss_mib():.1f} MiB")
        print()

        phases = Phases()
        instrument(phases)
        parts = archive.parts
        cold = timed_check("cold start (1 release)", [min(parts[0].iterdir())], phases)
        runs = [timed_check("first quarter", parts[:1], phases), timed_check("first half", parts[:2], phases)]
        full = timed_check("whole archive", [archive.root], phases)
        runs.append(full)

        print("== drafter check over the whole archive")
        print(f"releases              {len(full.result.releases)}")
        print(f"drafts                {full.drafts}")
        report_findings(archive, full.result)
        print(f"wall time             {full.seconds:.2f} s")
        print(f"speed                 {full.drafts / full.seconds:.1f} drafts/s ({full.per_draft_ms:.2f} ms/draft)")
        print(f"CPU time              {full.cpu:.2f} s ({full.cpu_per_draft_ms:.2f} ms/draft)")
        print_phases(full)
        print()

        print("== scaling (after a cold check of one release, so caches are warm)")
        print(f"  {cold.label:<24} {cold.releases:5d} releases {cold.drafts:5d} drafts {cold.seconds:7.2f} s wall")
        base = runs[0]
        for run in runs:
            print(
                f"  {run.label:<24} {run.releases:5d} releases {run.drafts:5d} drafts {run.seconds:7.2f} s wall "
                f"{run.per_draft_ms:6.2f} ms/draft (x{run.per_draft_ms / base.per_draft_ms:.3f}), "
                f"{run.cpu:7.2f} s CPU {run.cpu_per_draft_ms:6.2f} ms/draft "
                f"(x{run.cpu_per_draft_ms / base.cpu_per_draft_ms:.3f})"
            )
        print(
            f"  whole archive / first quarter: drafts x{full.drafts / base.drafts:.2f}, "
            f"wall time x{full.seconds / base.seconds:.2f}, CPU time x{full.cpu / base.cpu:.2f} (linear: as drafts)"
        )
        print(f"maxrss after checks   {maxrss_mib():.1f} MiB (peak of the whole process so far, build included)")
        print()

        traced, label = ([archive.root], "the whole archive") if args.trace_whole else (parts[:1], "the first quarter")
        print(f"== peak memory (tracemalloc on, over {label})")
        peak, seconds, result = traced_peak(traced)
        again = full.result if args.trace_whole else runs[0].result
        print(f"tracemalloc peak      {peak / 2**20:.1f} MiB of Python allocations ({seconds:.2f} s under tracing)")
        print(f"maxrss (process)      {maxrss_mib():.1f} MiB (now with tracemalloc's own bookkeeping)")
        same = "yes" if result.findings == again.findings else "NO: the check is not deterministic"
        print(f"same findings again   {same}")
    finally:
        if args.keep:
            print(f"\narchive kept in {root / 'archive'}")
        else:
            shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
