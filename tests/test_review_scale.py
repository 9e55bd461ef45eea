"""``drafter review`` grows linearly with the draft: four times the text, about four times the time.

Speed itself is measured by bench/bench_review.py; this test only guards the
growth, which a highlighter that rescans the draft for every block makes
quadratic (sixteen times for four times the text). The drafts are HTML, as
``drafter draft --format html`` writes them: their blocks need no Markdown
parser, so what grows is the page's own work, through every step it has
(tags, entities, block elements, marks and notes).
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

import drafter.review_page
from drafter.checker import Inspection, inspect
from drafter.emit import to_html
from drafter.localize import format_date, format_number, format_percent, locale_for

pytestmark = pytest.mark.slow

# Fact-dense paragraphs, as a release's datelines, figures and contacts are: many marks, many blocks.
ITEM = {
    "en": (
        "## {org} opens a centre in {city}\n\n"
        "**{city}, {date}.** {org} ({host}): {staff} researchers, {countries} countries, €{money} million.\n\n"
        "- {members} member companies\n- {share} from European funds\n- Until {year}\n\n"
        "Contact: {person}, [{mail}](mailto:{mail}), +351 {phone}.\n\n"
    ),
    "es": (
        "## {org} abre un centro en {city}\n\n"
        "**{city}, {date}.** {org} ({host}): {staff} investigadores, {countries} países, {money} millones de euros.\n\n"
        "- {members} empresas socias\n- El {share} de fondos europeos\n- Hasta {year}\n\n"
        "Contacto: {person}, [{mail}](mailto:{mail}), +351 {phone}.\n\n"
    ),
    "pt": (
        "## {org} abre um centro em {city}\n\n"
        "**{city}, {date}.** {org} ({host}): {staff} investigadores, {countries} países, {money} milhões de euros.\n\n"
        "- {members} empresas associadas\n- {share} de fundos europeus\n- Até {year}\n\n"
        "Contacto: {person}, [{mail}](mailto:{mail}), +351 {phone}.\n\n"
    ),
}
CITIES = {"en": "Lisbon", "es": "Lisboa", "pt": "Lisboa"}
PEOPLE = ("Beatriz Sarmento", "Marc Puig Soler", "Rui Teixeira")


def _item(lang: str, n: int) -> str:
    locale = locale_for(lang)
    org = f"CLUSTER{n}"
    host = f"www.cluster{n}.eu"
    return ITEM[lang].format(
        org=org,
        city=CITIES[lang],
        date=format_date(dt.date(2000, 1, 1) + dt.timedelta(days=n * 37 % 9000), locale),
        host=host,
        staff=format_number(12 + n % 480, locale),
        countries=3 + n % 9,
        money=format_number(round(1.5 + n % 97 * 0.7, 1), locale),
        members=format_number(1000 + n * 7 % 9000, locale),
        share=format_percent(10 + n % 80, locale),
        year=2030 + n % 20,
        person=PEOPLE[n % len(PEOPLE)],
        mail=f"press@cluster{n}.eu",
        phone=f"2{n % 100:02d} {n * 13 % 1000:03d} {n * 7 % 1000:03d}",
    )


def release(folder: Path, size: int) -> Path:
    """A release of three HTML drafts, en, es and pt, about ``size`` characters in all."""
    folder.mkdir()
    for lang in ITEM:
        parts: list[str] = []
        length = n = 0
        while length < size // len(ITEM):
            parts.append(to_html(_item(lang, n)))
            length += len(parts[-1])
            n += 1
        (folder / f"{lang}.html").write_text("".join(parts), encoding="utf-8")
    return folder


CHECK_SECONDS: dict[Path, float] = {}
"""How long ``drafter check``'s inspection of each release took."""


def page_seconds(folder: Path, monkeypatch: pytest.MonkeyPatch) -> float:
    """The shortest of two builds of the page, the release inspected once beforehand.

    What ``drafter check`` does is timed by its own benchmarks; the page
    built on top of it is what this test is about. Times are the process's
    CPU time, not the clock's, so that other jobs on the machine (a second CI
    run, a helper's tests) do not stretch one build and not the other.
    """
    start = time.process_time()
    inspected = list(inspect([folder]))
    CHECK_SECONDS[folder] = time.process_time() - start

    def again(*args: object, **kwargs: object) -> Iterator[Inspection]:
        return iter(inspected)

    monkeypatch.setattr(drafter.review_page, "inspect", again)
    times = []
    for _ in range(2):
        start = time.process_time()
        page = drafter.review_page.review([folder]).html
        times.append(time.process_time() - start)
    assert page.count("<mark ") > size_of(folder) // 100  # many marks: the work the page grows with
    return min(times)


def size_of(folder: Path) -> int:
    return sum(len(p.read_text(encoding="utf-8")) for p in folder.glob("*.html"))


def test_four_times_the_text_takes_about_four_times_as_long(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    small = page_seconds(release(tmp_path / "small", 250_000), monkeypatch)
    large = page_seconds(release(tmp_path / "large", 1_000_000), monkeypatch)
    # Linear is about x4, quadratic x16; x8 leaves room for a busy machine.
    assert large <= 8 * small, f"250 KB: {small:.2f} s, 1 MB: {large:.2f} s (x{large / small:.1f})"
    # The page built on top of check costs no more than a few checks (a quadratic page took 50 times check at 257 KB).
    check = CHECK_SECONDS[tmp_path / "large"]
    assert large <= 4 * check, f"1 MB: the page took {large:.2f} s, check {check:.2f} s (x{large / check:.1f})"
