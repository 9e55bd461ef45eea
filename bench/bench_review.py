"""Whether ``drafter review`` stays linear in the size of a draft, next to ``drafter check``.

Builds, in a temporary folder, a release of three drafts (``en.md``,
``es.md``, ``pt.md``): the examples' drafts, then short news items in each
language, each with its own dates, names, figures, percentages, amounts, web
and e-mail addresses, until a draft reaches the size asked. Times
:func:`drafter.review_page.review` and :func:`drafter.checker.check` on it at
sizes that double from 10 KB to 4 MB, and prints both times, their ratio and
how each grows per doubling: about 2 is linear, about 4 quadratic. Asserts
nothing about speed.

    python bench/bench_review.py [--smallest CHARS] [--largest CHARS] [--limit SECONDS]
"""

from __future__ import annotations

import argparse
import datetime as dt
import math
import os
import platform
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # the repository's drafter, not an installed one

from bench.machine import commit, shown_size, timed  # noqa: E402
from drafter import draft  # noqa: E402
from drafter.checker import check  # noqa: E402
from drafter.localize import format_date, format_number, format_percent, locale_for  # noqa: E402
from drafter.review_page import review  # noqa: E402

LANGS = ("en", "es", "pt")
NOISE = 0.02
EXAMPLES = ("secpho-bronze-2013", "acpmr-bronze-renewal", "ondabio-gold-2026", "moldarte-iso-14001-2024")
ORGS = ("TEXNOR", "MARLAB", "AgroTec", "BIOSUL", "SOLVAL", "LUXNET", "CERAPOL", "METALINK", "AQUAMED", "VITAPORT")
PEOPLE = ("Beatriz Sarmento", "Inês Carvalhais", "Marc Puig Soler", "Lucía Fernández Otero", "Rui Teixeira")
CITIES = {"en": ("Porto", "Braga", "Vigo", "Lisbon"), "es": ("Oporto", "Braga", "Vigo", "Lisboa")}
CITIES["pt"] = ("Porto", "Braga", "Vigo", "Lisboa")
ITEM = {
    "en": (
        "## {org} opens a research centre in {city}\n\n"
        "**{city}, {date}.** {org} opened its new research centre on {date}, with {staff} researchers "
        "from {countries} countries and a budget of €{money} million, {share} of it from European funds.\n\n"
        "The centre will serve {members} member companies. Its programme runs until {year}.\n\n"
        "More at [www.{host}](https://www.{host}) or from {person} ({mail}, +351 {phone}).\n\n"
    ),
    "es": (
        "## {org} abre un centro de investigación en {city}\n\n"
        "**{city}, {date}.** {org} inauguró su nuevo centro de investigación el {date}, con {staff} "
        "investigadores de {countries} países y un presupuesto de {money} millones de euros, el {share} "
        "procedente de fondos europeos.\n\n"
        "El centro atenderá a {members} empresas socias. Su programa se extiende hasta {year}.\n\n"
        "Más información en [www.{host}](https://www.{host}) o con {person} ({mail}, +351 {phone}).\n\n"
    ),
    "pt": (
        "## {org} abre um centro de investigação em {city}\n\n"
        "**{city}, {date}.** O {org} inaugurou o seu novo centro de investigação a {date}, com {staff} "
        "investigadores de {countries} países e um orçamento de {money} milhões de euros, {share} dos quais "
        "provenientes de fundos europeus.\n\n"
        "O centro servirá {members} empresas associadas. O seu programa decorre até {year}.\n\n"
        "Mais informações em [www.{host}](https://www.{host}) ou junto de {person} ({mail}, +351 {phone}).\n\n"
    ),
}


def _heads() -> dict[str, str]:
    """The examples' drafts, one after the other, in each language: the start of every draft."""
    out = dict.fromkeys(LANGS, "")
    for name in EXAMPLES:
        files = draft(ROOT / "examples" / f"{name}.yaml").files("md")
        for lang in LANGS:
            out[lang] += files.get(f"{lang}.md", "") + "\n"
    return out


def _item(lang: str, n: int) -> str:
    """News item ``n`` in ``lang``: the same facts in every language, other facts for every ``n``."""
    locale = locale_for(lang)
    org = ORGS[n % len(ORGS)] + (str(n // len(ORGS)) if n >= len(ORGS) else "")
    day = dt.date(2000, 1, 1) + dt.timedelta(days=n * 37 % 9000)
    host = f"{org.lower()}.{('eu', 'pt', 'es', 'org')[n % 4]}"
    return ITEM[lang].format(
        org=org,
        city=CITIES[lang][n % 4],
        date=format_date(day, locale),
        staff=format_number(12 + n % 480, locale),
        countries=3 + n % 9,
        money=format_number(round(1.5 + n % 97 * 0.7, 1), locale),
        share=format_percent(10 + n % 80, locale),
        members=format_number(1000 + n * 7 % 9000, locale),
        year=2030 + n % 20,
        host=host,
        person=PEOPLE[n % len(PEOPLE)],
        mail=f"press@{host}",
        phone=f"2{n % 100:02d} {n * 13 % 1000:03d} {n * 7 % 1000:03d}",
    )


def drafts(size: int, heads: dict[str, str]) -> dict[str, str]:
    """Three drafts, en, es and pt, the largest about ``size`` characters long."""
    parts: dict[str, list[str]] = {lang: [heads[lang]] for lang in LANGS}
    lengths = {lang: len(heads[lang]) for lang in LANGS}
    n = 0
    while max(lengths.values()) < size:
        for lang in LANGS:
            item = _item(lang, n)
            parts[lang].append(item)
            lengths[lang] += len(item)
        n += 1
    return {f"{lang}.md": "".join(parts[lang]) for lang in LANGS}


def write(folder: Path, texts: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _growth(small: tuple[int, float], big: tuple[int, float]) -> str:
    """How a time grows per doubling of the size, from one row to the next."""
    if small[1] < NOISE:
        return "-"  # under NOISE seconds a ratio says more about the clock than about the code
    return f"x{(big[1] / small[1]) ** (1 / math.log2(big[0] / small[0])):.2f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--smallest", type=int, default=10_000, help="the first size, in characters (10 KB)")
    parser.add_argument("--largest", type=int, default=4_000_000, help="the last size, in characters (4 MB)")
    parser.add_argument("--limit", type=float, default=300.0, help="no larger size once review passes this (s)")
    args = parser.parse_args()

    sizes = []
    size = args.smallest
    while size < args.largest:
        sizes.append(size)
        size *= 2
    sizes.append(args.largest)

    print(f"python {platform.python_version()}, {platform.system()} {platform.machine()}, {os.cpu_count()} cores")
    print(f"drafter at {commit()}; a release of three drafts (en.md, es.md, pt.md), each about the size shown")
    heads = _heads()
    rows: list[tuple[int, float, float, int]] = []
    with tempfile.TemporaryDirectory() as tmp:
        warm = write(Path(tmp, "warm"), drafts(1, heads))
        review([warm])  # rules, glossaries and the Markdown parser are built once
        check([warm])
        print(f"\n{'size':>8} {'review s':>10} {'check s':>10} {'review/check':>13} {'x2 review':>10} {'x2 check':>10}")
        for size in sizes:
            texts = drafts(size, heads)
            folder = write(Path(tmp, f"r{size}"), texts)
            chars = max(len(t) for t in texts.values())
            page = 0

            def run() -> None:
                nonlocal page
                page = len(review([folder]).html)  # noqa: B023 -- called at once

            seconds = timed(run)
            checking = timed(lambda: check([folder]))  # noqa: B023 -- called at once
            rows.append((chars, seconds, checking, page))
            grow = ("", "")
            if len(rows) > 1:
                (a, ra, ca, _), (b, rb, cb, _) = rows[-2], rows[-1]
                grow = (_growth((a, ra), (b, rb)), _growth((a, ca), (b, cb)))
            print(
                f"{shown_size(chars):>8} {seconds:>10.3f} {checking:>10.3f} {seconds / checking:>13.2f} "
                f"{grow[0]:>10} {grow[1]:>10}",
                flush=True,
            )
            if seconds > args.limit:
                print(f"stopped: review took over {args.limit:.0f} s")
                break
    (a, ra, _, pa), (b, rb, _, pb) = rows[0], rows[-1]
    if len(rows) > 1 and ra >= NOISE:
        print(f"\nreview, {shown_size(a)} to {shown_size(b)}: x{_growth((a, ra), (b, rb))[1:]} per doubling overall")
    print(
        f"largest page: {shown_size(pb)} of HTML for {shown_size(b)} drafts ({pb / b:.1f} characters a draft character)"
    )
    del pa


if __name__ == "__main__":
    main()
