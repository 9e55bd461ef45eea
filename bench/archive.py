"""The archive ``bench_check.py`` checks: varied releases drafted in pt, es and en, some edited by hand.

Each release is a folder holding ``facts.yaml`` and ``pt.md``, ``es.md``,
``en.md``, drafted with :func:`drafter.draft`. The facts are the examples',
varied per release (names, addresses, dates, city, level, kind, language
order, figures, links, partners, contact) and filled out with the sections an
example lacks (quotes, benefits, links, next steps, thanks), so that a draft
runs to about 600 words. Releases are grouped a hundred to a folder
(``batch-000/r00000``), so that the first N releases are a list of folders.
In about one release in ten, one language gets a hand edit, listed in
``planted-edits.json``.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import math
import multiprocessing
import os
import random
import re
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import yaml

from drafter import draft
from drafter.localize import country_name, format_date, format_list, format_number, format_percent, locale_for

ROOT = Path(__file__).resolve().parent.parent
FORMAT = 3
"""Bumped whenever what is built changes, so that an archive kept from before is not reused."""

LANGS = ("pt", "es", "en")
EDIT_SHARE = 0.10
EXAMPLES = ("secpho-bronze-2013", "acpmr-bronze-renewal", "ondabio-gold-2026")
LOADED = (*EXAMPLES, "moldarte-iso-14001-2024")

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


def load_examples() -> dict[str, dict[str, Any]]:
    return {name: yaml.safe_load((ROOT / "examples" / f"{name}.yaml").read_text(encoding="utf-8")) for name in LOADED}


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


SPEAKERS = (
    "Marta Figueiredo",
    "Xoán Otero Rivas",
    "Teresa Valente",
    "Andreu Ferrer Roig",
    "Sofia Antunes",
    "Iker Goñi Salaberri",
    "Carmen Lousada Pena",
    "Duarte Nogueira",
)
PROGRAMMES = ("BLUEVAL", "TEXLOOP", "AGROLINK", "PHOTONEXT", "MINEREC", "CORKNET")
DONOR = "ondabio-gold-2026"
THIRD_QUOTE = "moldarte-iso-14001-2024"
"""The example whose quotes, benefits, links, next steps and thanks fill out a release lacking them."""


def fill_out(
    rng: random.Random, facts: dict[str, Any], examples: dict[str, dict[str, Any]], name: str, host: str
) -> None:
    """Give ``facts`` the sections its example lacks, from the donor example, and new speakers."""
    donor = copy.deepcopy(examples[DONOR])
    donor = replace_everywhere(donor, "ondabio.eu", host)
    donor = replace_everywhere(donor, "ONDABIO", name)
    donor = replace_everywhere(donor, "BLUEVAL", rng.choice(PROGRAMMES))
    only_languages(donor, set(facts["release"]["languages"]))
    for section in ("quotes", "benefits", "links", "next_steps", "thanks"):
        facts.setdefault(section, donor[section])
    if len(facts["quotes"]) < 3:  # a third voice, the mould maker's, about measuring and improving
        third = replace_everywhere(copy.deepcopy(examples[THIRD_QUOTE]["quotes"][0]), "Moldarte", name)
        only_languages(third, set(facts["release"]["languages"]))
        facts["quotes"].append(third)
    for quote, speaker in zip(facts["quotes"], rng.sample(SPEAKERS, len(facts["quotes"])), strict=True):
        quote["speaker"] = speaker


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
    fill_out(rng, facts, examples, name, host)
    org["country"] = rng.choice(("PT", "ES", "FR", "IT"))
    award["level"] = rng.choice(("bronze", "silver", "gold"))
    award["date"] = release["date"] - dt.timedelta(days=rng.randint(1, 21))
    year = award["date"].year
    if "launched" in award:
        award["launched"] = rng.randint(2003, year)
    if release["kind"] == "renewal" and rng.random() < 0.4:
        award["first_awarded"] = rng.randint(year - 6, year - 1)
    if release["kind"] != "renewal":
        award.pop("times_renewed", None)  # a renewal's count: refused on a first award

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
    releases: int
    batch: int
    seed: int
    edits: dict[str, Edit] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)
    """CPU seconds of each step of the build, summed over the processes that built it."""
    words: int = 0
    """Words of every draft together (whitespace-separated, Markdown marks included)."""

    @property
    def drafts(self) -> int:
        return self.releases * len(LANGS)

    def batches(self, releases: int) -> list[Path]:
        """The folders holding the first ``releases`` releases."""
        return [self.root / f"batch-{k:03d}" for k in range(math.ceil(releases / self.batch))]

    def folder(self, index: int) -> Path:
        return self.root / f"batch-{index // self.batch:03d}" / f"r{index:05d}"


def batch_size(sizes: list[int]) -> int:
    """Releases a folder: at most 100, and a divisor of every size, so each size is whole folders."""
    common = math.gcd(*sizes)
    return max(d for d in range(1, min(common, 100) + 1) if common % d == 0)


_EXAMPLES: dict[str, dict[str, Any]] = {}


def _build_one(job: tuple[Path, int, int, bool]) -> tuple[str, Edit | None, dict[str, float], int]:
    """Vary, write and draft release ``index`` in ``folder``; plant an edit if ``edited``."""
    folder, index, seed, edited = job
    if not _EXAMPLES:
        _EXAMPLES.update(load_examples())
    rng = random.Random(seed * 1_000_003 + index)
    folder.mkdir(parents=True)
    t0 = time.process_time()
    facts = vary_facts(rng, _EXAMPLES, index)
    (folder / "facts.yaml").write_text(dump_facts(facts), encoding="utf-8")
    t1 = time.process_time()
    markdown = draft(folder / "facts.yaml").markdown
    t2 = time.process_time()
    edit = None
    if edited:
        lang = rng.choice(list(markdown))
        markdown[lang], edit = plant_edit(markdown[lang], facts, lang, rng, folder.name)
    for lang, text in markdown.items():
        (folder / f"{lang}.md").write_text(text, encoding="utf-8")
    t3 = time.process_time()
    seconds = {
        "varying facts, writing facts.yaml": t1 - t0,
        "draft()": t2 - t1,
        "planting edits, writing drafts": t3 - t2,
    }
    return folder.name, edit, seconds, sum(len(text.split()) for text in markdown.values())


def build_archive(root: Path, releases: int, seed: int, batch: int, jobs: int) -> Archive:
    """``releases`` releases under ``root``, drafted by ``jobs`` processes; described in ``archive.json``."""
    edited = set(random.Random(seed).sample(range(releases), max(1, round(releases * EDIT_SHARE))))
    archive = Archive(root, releases, batch, seed)
    work = [(archive.folder(i), i, seed, i in edited) for i in range(releases)]
    seconds: dict[str, float] = {}
    context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
    with context.Pool(jobs) as pool:
        for name, edit, spent, words in pool.imap_unordered(_build_one, work, chunksize=8):
            if edit:
                archive.edits[name] = edit
            for step, value in spent.items():
                seconds[step] = seconds.get(step, 0.0) + value
            archive.words += words
    archive.seconds = seconds
    edits = {name: asdict(edit) for name, edit in sorted(archive.edits.items())}
    (root / "planted-edits.json").write_text(json.dumps(edits, ensure_ascii=False, indent=1), encoding="utf-8")
    about = {"format": FORMAT, "releases": releases, "batch": batch, "seed": seed, "words": archive.words}
    (root / "archive.json").write_text(json.dumps(about | {"seconds": seconds}, indent=1), encoding="utf-8")
    return archive


def kept_archive(root: Path, releases: int, seed: int, batch: int) -> Archive | None:
    """The archive built in ``root`` before with the same seed and batches and enough releases, if any."""
    try:
        about = json.loads((root / "archive.json").read_text(encoding="utf-8"))
        edits = json.loads((root / "planted-edits.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if (about.get("format"), about.get("seed"), about.get("batch")) != (FORMAT, seed, batch):
        return None
    if about.get("releases", 0) < releases:
        return None
    archive = Archive(root, about["releases"], batch, seed, seconds=about.get("seconds", {}), words=about["words"])
    archive.edits = {name: Edit(**edit) for name, edit in edits.items()}
    return archive


def cpu_count() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
