"""Property tests: invariants that must hold for any facts and any input, searched by Hypothesis.

In the manner of sqlite-utils' ``tests/test_hypothesis.py``: each test states one invariant and lets
Hypothesis look for a counterexample.

1. Drafting a valid facts file and checking the drafts finds nothing.
2. One fact changed in one language's draft is reported as an error in that draft.
3. Loading any bytes gives Facts or raises FactsError, never anything else.
4. Any valid facts render in every language and format, and the HTML holds only the elements
   Markdown makes for a press release, with no ``javascript:`` link.
5. Checking drafts holding any text gives a CheckResult or raises DrafterError, never anything else.

The runs are derandomized, so that the suite is reproducible and a strict xfail stays failing. A property
that fails today is a strict xfail whose reason holds the minimal examples, pinned with ``@example`` where
the search alone might miss them; misses of property 2 that a small search does not reach are pinned in
``MISSES``. Remove a mark once the code is fixed: strict, an xfail that starts passing fails the suite.
"""

from __future__ import annotations

import copy
import datetime as dt
import re
import string
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, Phase, assume, example, given, settings
from hypothesis import strategies as st

from drafter import DrafterError, Facts, FactsError, draft, load_facts
from drafter.catalog import Catalog
from drafter.checker import CheckResult, check
from drafter.emit import ELEMENTS, FORMATS
from drafter.errors import display_path
from drafter.facts import PLACEHOLDER
from drafter.localize import country_name, format_date, format_number, format_percent, locale_for, url_label
from drafter.render import md_escape

from .conftest import LANGS, ROOT, examples

BASE: dict[str, Any] = yaml.safe_load((ROOT / "examples" / "secpho-bronze-2013.yaml").read_text(encoding="utf-8"))
QUOTE: dict[str, Any] = yaml.safe_load((ROOT / "examples" / "ondabio-gold-2026.yaml").read_text(encoding="utf-8"))[
    "quotes"
][0]
PRIZE: dict[str, Any] = yaml.safe_load(
    (ROOT / "examples" / "conservas-arousa-prize-2025.yaml").read_text(encoding="utf-8")
)
CERTIFICATION: dict[str, Any] = yaml.safe_load(
    (ROOT / "examples" / "moldarte-iso-14001-2024.yaml").read_text(encoding="utf-8")
)
EU = ("AT", "BE", "CZ", "DE", "DK", "ES", "FI", "FR", "GR", "IE", "IT", "NL", "PL", "PT", "SE")
LEVELS = ("bronze", "silver", "gold")
LOCALES = {"pt": ("pt_PT", "pt_BR"), "es": ("es_ES", "es_MX", "es_AR"), "en": ("en_GB", "en_US", "en_IE")}
ALLOWED_TAGS = set(ELEMENTS)


def _settings(ci: int, long: int, *, shrink: bool = True) -> settings:
    """Derandomized, so a strict xfail stays failing; ``shrink=False`` for a known failure, which
    Hypothesis would otherwise spend minutes minimising on every run (its reason gives the minimal example).
    ``ci`` examples in the suite, ``long`` in ``make fuzz`` (:func:`.conftest.examples`)."""
    phases = [Phase.explicit, Phase.reuse, Phase.generate] + ([Phase.shrink] if shrink else [])
    return settings(
        max_examples=examples(ci, long),
        deadline=None,
        derandomize=True,
        database=None,
        phases=phases,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
    )


@contextmanager
def _folder() -> Iterator[Path]:
    """A fresh folder per example: pytest's function-scoped tmp_path is shared by every example."""
    with tempfile.TemporaryDirectory(prefix="drafter-prop-") as name:
        yield Path(name)


# --- valid facts -------------------------------------------------------------------------------

words = st.text(alphabet=string.ascii_lowercase, min_size=3, max_size=10)
days = st.dates(dt.date(2000, 1, 1), dt.date(2030, 12, 31))
whole = st.integers(1, 100_000)
tenths = st.integers(10, 1_000_000).map(lambda n: n / 10)
numbers = whole | tenths


@st.composite
def org_names(draw: st.DrawFn) -> str:
    """Acronym-like: ECEI, ESCA, or with a lower-case letter inside like SECPhO."""
    caps = draw(st.text(alphabet=string.ascii_uppercase, min_size=2, max_size=6))
    if len(caps) >= 3 and draw(st.booleans()):
        at = draw(st.integers(1, len(caps) - 1))
        caps = caps[:at] + draw(st.sampled_from(string.ascii_lowercase)) + caps[at:]
    return caps


@st.composite
def phones(draw: st.DrawFn) -> str:
    digits = draw(st.lists(st.sampled_from(string.digits), min_size=8, max_size=8))
    return "+34 9{} {} {}".format("".join(digits[:2]), "".join(digits[2:5]), "".join(digits[5:]))


@st.composite
def figures(draw: st.DrawFn, whats: list[dict[str, str]]) -> dict[str, Any]:
    figure: dict[str, Any] = {"value": draw(numbers), "what": whats.pop(0)}
    if draw(st.booleans()):
        figure["percent"] = True
    elif draw(st.booleans()):
        figure["of"] = draw(whole)
    if draw(st.booleans()):
        figure["approx"] = True
    return figure


def _replace_strings(value: Any, old: str, new: str) -> Any:
    if isinstance(value, dict):
        return {k: _replace_strings(v, old, new) for k, v in value.items()}
    if isinstance(value, list):
        return [_replace_strings(v, old, new) for v in value]
    return value.replace(old, new) if isinstance(value, str) else value


def _only(value: Any, langs: list[str]) -> Any:
    """Every per-language mapping cut down to the release's languages."""
    if isinstance(value, dict):
        if set(value) >= set(LANGS) and all(re.fullmatch("[a-z]{2}", str(k)) for k in value):
            return {lang: value[lang] for lang in langs}
        return {k: _only(v, langs) for k, v in value.items()}
    if isinstance(value, list):
        return [_only(v, langs) for v in value]
    return value


@st.composite
def facts_data(draw: st.DrawFn, min_languages: int = 1) -> dict[str, Any]:
    """The SECPhO example with its names, places, dates, figures and addresses varied."""
    name = draw(org_names())
    data: dict[str, Any] = _replace_strings(copy.deepcopy(BASE), "SECPhO", name)
    order = draw(st.permutations(LANGS))
    langs = list(order[: draw(st.integers(min_languages, 3))])
    release, org, award = data["release"], data["organisation"], data["award"]
    release["kind"] = draw(st.sampled_from(("award", "renewal", "certification", "prize")))
    release["date"] = draw(days)
    release["languages"] = langs
    if draw(st.integers(0, 3)) == 0:
        release["locales"] = {lang: draw(st.sampled_from(LOCALES[lang])) for lang in langs}
    org["country"] = draw(st.sampled_from(EU))
    org["website"] = f"www.{draw(words)}.org"
    award["level"] = draw(st.sampled_from(LEVELS))
    award["date"] = draw(days)
    if release["kind"] == "renewal" and draw(st.booleans()):
        award["first_awarded"] = draw(st.integers(2000, 2030))
    if release["kind"] == "certification" or release["kind"] == "prize" and draw(st.booleans()):
        del award["level"]  # required for an award or a renewal, refused for a certification
    if release["kind"] == "certification":
        award["scope"] = CERTIFICATION["award"]["scope"]
        if draw(st.booleans()):
            award["valid_until"] = draw(days)
    if release["kind"] == "prize":
        award["category"] = PRIZE["award"]["category"]
        event = data["event"] = copy.deepcopy(PRIZE["event"])
        event["date"] = draw(days)
        event["country"] = draw(st.none() | st.sampled_from(EU))
        event["url"] = draw(st.none() | st.builds("www.{}.eu".format, words))
    said = [award["date"], *([data["event"]["date"]] if release["kind"] == "prize" else [])]
    if release["date"] < max(said):  # drafts say the award was given, in the past tense: published after
        release["date"] = max(said) + dt.timedelta(days=1)
    whats = [fig["what"] for fig in BASE["figures"]]
    whats = [_replace_strings(w, "SECPhO", name) for w in draw(st.permutations(whats))]
    data["figures"] = [draw(figures(whats)) for _ in range(draw(st.integers(0, 3)))]
    hosts = st.builds("www.{}.eu/{}".format, words, words)
    urls = draw(st.lists(hosts, min_size=2, max_size=3, unique=True))
    data["links"] = [{"url": url, "what": BASE["links"][i % 2]["what"]} for i, url in enumerate(urls)]
    countries = draw(st.lists(st.sampled_from(EU), min_size=1, max_size=4, unique=True))
    partnership = data["partnership"]
    partnership["partners"] = [{"country": code} for code in countries]
    partnership["count"] = draw(st.none() | st.integers(len(countries), len(countries) + 5))
    if partnership["count"] is None:
        del partnership["count"]
    data["contact"]["email"] = "{}@{}.{}".format(draw(words), draw(words), draw(st.sampled_from(("eu", "org", "es"))))
    data["contact"]["phone"] = draw(phones())
    if draw(st.booleans()):
        data["quotes"] = [_replace_strings(copy.deepcopy(QUOTE), "ONDABIO", name)]
    return _only(data, langs)


def _write(folder: Path, data: dict[str, Any]) -> Path:
    path = folder / "facts.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def _drafted(folder: Path, data: dict[str, Any]) -> dict[str, str]:
    """facts.yaml and one fresh ``<lang>.md`` per language in ``folder``; the Markdown of each."""
    markdown = draft(_write(folder, data)).markdown
    for lang, md in markdown.items():
        (folder / f"{lang}.md").write_text(md, encoding="utf-8")
    return markdown


def _shown(findings: Any) -> str:
    return "\n".join(f"{f.where} {f.severity} {f.rule}: {f.message}" for f in findings)


def _example(name: str = "SECPhO", langs: tuple[str, ...] = ("es", "en", "pt"), **changes: Any) -> dict[str, Any]:
    """The SECPhO example named ``name``, in ``langs``, with ``section__key=value`` changes: a pinned case."""
    data: dict[str, Any] = _replace_strings(copy.deepcopy(BASE), "SECPhO", name)
    data["release"]["languages"] = list(langs)
    for where, value in changes.items():
        section, _, key = where.partition("__")
        if key:
            data[section][key] = value
        else:
            data[section] = value
    return _only(data, list(langs))


# --- 1. round trip -----------------------------------------------------------------------------


@_settings(50, 100, shrink=False)
@example(_example("OF"))  # stopwords, Roman numerals and country names as names: fixed, kept as regressions
@example(_example("XV"))
@example(_example("UK"))
@example(_example("TBD"))
@example(_example("SIG", ("es",)))
@example(_example("GOLD"))
@example(_example(figures=[{"value": 123456789, "what": BASE["figures"][2]["what"]}]))  # read as a phone: fixed
# One of a whole in digits: "One of the 42,981" in en against "1 de los 42.981" in es: fixed, one is a digit
@example(_example(figures=[{"value": 1, "of": 42981, "what": BASE["figures"][0]["what"]}]))
@example(_example(figures=[{"value": 1, "of": 3, "what": BASE["figures"][0]["what"]}]))
@given(facts_data())
def test_fresh_drafts_of_any_valid_facts_give_no_finding(data: dict[str, Any]) -> None:
    with _folder() as folder:
        _drafted(folder, data)
        findings = check([folder]).findings
        assert not findings, _shown(findings)


# --- 2. every single change is reported ----------------------------------------------------------

Edit = tuple[str, str, str]  # what was changed, the text before, the text after


def _spans(text: str, old: str, start: int = 0, end: int | None = None) -> list[int]:
    """Where ``old`` stands in ``text[start:end]``, not inside a longer number or word."""
    stop = len(text) if end is None else end
    pattern = re.compile(r"(?<![\w.,\u00a0\u202f])" + re.escape(old) + r"(?![\w\u00a0\u202f]|[.,]\d)")
    return [m.start() for m in pattern.finditer(text, start, stop)]


def _line_with(text: str, needle: str) -> tuple[int, int]:
    """Start and end of the line of ``text`` holding ``needle``."""
    at = text.index(needle)
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return start, end if end >= 0 else len(text)


def _edit_figure(draw: st.DrawFn, facts: Facts, lang: str, text: str) -> tuple[str, Edit] | None:
    if not facts.figures:
        return None
    loc = locale_for(lang, facts.release.locales.get(lang))
    fig = draw(st.sampled_from(facts.figures))
    start, end = _line_with(text, md_escape(fig.what[lang]))
    field = draw(st.sampled_from(("value", "of") if fig.of is not None else ("value",)))
    value = fig.value if field == "value" else fig.of
    assert value is not None
    new = draw(numbers.filter(lambda n: n != value))
    fmt = format_percent if fig.percent and field == "value" else format_number
    old_text, new_text = md_escape(fmt(value, loc)), md_escape(fmt(new, loc))
    assume(old_text != new_text)
    spans = _spans(text, old_text, start, end)
    # A small count in words ("One of the three") has no digits to edit: tests/test_figure_words.py edits
    # words; that the count is there at all, the test of fresh drafts shows (check finds every figure).
    assume(spans or (value <= 10 and float(value).is_integer()))
    if not spans:
        return None
    at = spans[0] if field == "value" else spans[-1]
    return text[:at] + new_text + text[at + len(old_text) :], (f"figure {field}", old_text, new_text)


def _edit_date(draw: st.DrawFn, facts: Facts, lang: str, text: str) -> tuple[str, Edit] | None:
    """The award's date changed at one of its places: written in full, or as a day and month where a
    date just before gives the year ("presented the prize on 23 October"), then another day and month."""
    loc = locale_for(lang, facts.release.locales.get(lang))
    old = facts.award.date
    full, short = md_escape(format_date(old, loc)), md_escape(format_date(old, loc, year=False))
    spans = [(at, True) for at in _spans(text, full)]
    covered = {at for at, _ in spans}
    spans += [(at, False) for at in _spans(text, short) if at not in covered]
    assert spans, full
    at, whole = draw(st.sampled_from(spans))
    new = draw(days.filter(lambda d: d != old if whole else (d.month, d.day) != (old.month, old.day)))
    old_text, new_text = (
        (full, md_escape(format_date(new, loc))) if whole else (short, md_escape(format_date(new, loc, year=False)))
    )
    return text[:at] + new_text + text[at + len(old_text) :], ("award date", old_text, new_text)


def _one_letter(draw: st.DrawFn, word: str) -> str:
    letters = [i for i, c in enumerate(word) if c.isalpha()]
    at = draw(st.sampled_from(letters))
    new = draw(st.sampled_from(string.ascii_lowercase).filter(lambda c: c != word[at].lower()))
    return word[:at] + new + word[at + 1 :]


def _edit_occurrences(draw: st.DrawFn, text: str, old: str, new: str) -> str:
    """``old`` replaced by ``new`` at one of its places in ``text``, or at all of them."""
    places = [m.start() for m in re.finditer(re.escape(old), text)]
    assert places, old
    if draw(st.booleans()):
        return text.replace(old, new)
    at = draw(st.sampled_from(places))
    return text[:at] + new + text[at + len(old) :]


def _edit_url(draw: st.DrawFn, facts: Facts, lang: str, text: str) -> tuple[str, Edit] | None:
    urls = [facts.organisation.website, *(link.url for link in facts.links)]
    if facts.award.issuer.url:
        urls.append(facts.award.issuer.url)
    old = url_label(draw(st.sampled_from(urls)))
    new = _one_letter(draw, old)
    return _edit_occurrences(draw, text, old, new), ("url", old, new)


def _edit_email(draw: st.DrawFn, facts: Facts, lang: str, text: str) -> tuple[str, Edit] | None:
    old = facts.contact.email
    new = _one_letter(draw, old)
    return _edit_occurrences(draw, text, old, new), ("email", old, new)


def _edit_country(draw: st.DrawFn, facts: Facts, lang: str, text: str) -> tuple[str, Edit] | None:
    assert facts.partnership is not None
    loc = locale_for(lang, facts.release.locales.get(lang))
    codes = [p.country for p in facts.partnership.partners if p.country]
    code = draw(st.sampled_from(codes))
    other = draw(st.sampled_from([c for c in EU if c != code]))
    old_text, new_text = md_escape(country_name(code, loc)), md_escape(country_name(other, loc))
    start, end = _line_with(text, md_escape(facts.partnership.project[lang]))
    spans = _spans(text, old_text, start, end)
    assert spans, (old_text, text[start:end])
    at = draw(st.sampled_from(spans))
    return text[:at] + new_text + text[at + len(old_text) :], ("partner country", old_text, new_text)


def _edit_level(draw: st.DrawFn, facts: Facts, lang: str, text: str) -> tuple[str, Edit] | None:
    if facts.award.level is None:
        return None
    terms = Catalog.find().glossary(lang)["levels"]
    old = terms[facts.award.level]
    new = terms[draw(st.sampled_from([lv for lv in LEVELS if lv != facts.award.level]))]
    lead_end = text.index("\n\n", text.index("\n\n") + 2)  # the headline and the lead, not the prose after
    spans = _spans(text, old, 0, lead_end)
    if not spans:
        return None  # a certification's templates do not print a level
    if draw(st.booleans()):
        chosen = spans
    else:
        chosen = [draw(st.sampled_from(spans))]
    for at in reversed(chosen):
        text = text[:at] + new + text[at + len(old) :]
    return text, ("level", old, new)


EDITS: dict[str, Callable[[st.DrawFn, Facts, str, str], tuple[str, Edit] | None]] = {
    "figure": _edit_figure,
    "date": _edit_date,
    "url": _edit_url,
    "email": _edit_email,
    "country": _edit_country,
    "level": _edit_level,
}


def _errors_in(findings: Any, path: Path) -> list[Any]:
    """The errors located in the draft at ``path``, or naming it."""
    shown = display_path(path)
    return [
        f
        for f in findings
        if f.severity == "error" and (any(loc.file == shown for loc in f.locations) or shown in f.message)
    ]


def _missed(example: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=f"not reported as an error in the edited draft: {example}")


@pytest.mark.parametrize(
    "kind",
    [
        pytest.param(
            "country",
            marks=_missed(
                "pt-only release, organisation.country AT, one partner AT; 'Áustria' changed to 'Bélgica' in the "
                "partnership paragraph of pt.md: no finding at all (Áustria still stands in the About line, and a "
                "country the facts do not have is not even an orphan)"
            ),
        ),
        "email",  # a link text one letter off was only an orphan warning: fixed
        "date",
        "figure",  # a figure changed while its old value stood elsewhere: fixed (paragraphs compared)
        pytest.param(
            "level",
            # Not strict: the CI profile's examples are all reported since s19 (a level said two ways in one
            # draft), the default profile's still find a renewal whose headline's "Ouro" passes unreported.
            marks=pytest.mark.xfail(
                strict=False,
                reason="pt-only renewal, level bronze; 'Bronze' changed to 'Ouro' in the headline only: no finding",
            ),
        ),
        pytest.param(
            "url",
            marks=_missed(
                "pt-only release, organisation.website www.aaa.org; the link text changed to aww.aaa.org, its "
                "target left right: only 'warning: orphan: web address aww.aaa.org is not in facts.yaml'"
            ),
        ),
    ],
)
@_settings(25, 25, shrink=False)  # as many in CI: its strict xfails are found by the search
@given(data=facts_data(), edits=st.data())
def test_one_fact_changed_in_one_draft_is_reported_there(kind: str, data: dict[str, Any], edits: st.DataObject) -> None:
    with _folder() as folder:
        markdown = _drafted(folder, data)
        facts = load_facts(folder / "facts.yaml")
        lang = edits.draw(st.sampled_from(facts.languages), label="lang")
        path = folder / f"{lang}.md"
        assume(not _errors_in(check([folder]).findings, path))  # property 1 covers fresh drafts
        edited = EDITS[kind](edits.draw, facts, lang, markdown[lang])
        assume(edited is not None)
        assert edited is not None
        text, edit = edited
        assert text != markdown[lang]
        path.write_text(text, encoding="utf-8")
        findings = check([folder]).findings
        assert _errors_in(findings, path), (
            f"{edit} in {lang}.md not reported as an error there; found:\n{_shown(findings)}"
        )


FIGURES = [{"value": 5, "what": BASE["figures"][0]["what"]}, {"value": 7, "what": BASE["figures"][1]["what"]}]
MISSES: list[tuple[str, dict[str, Any], str, str, str, str | None]] = [
    # kind, facts, language, text before, text after, what check says today (None: an error, as it should)
    (
        "figure",
        _example(figures=FIGURES, partnership__count=5),
        "en",
        "- Five photonics",
        "- Seven photonics",
        None,
    ),
    # a figure written in words, changed to another figure's value while "five partners" still stands: was
    # nothing, words being weak evidence between versions; fixed, a small number in words that the surely
    # matching sentences of the others write as another number is a count changed by hand
    # was nothing, the old level standing elsewhere in the draft: fixed, the aligned sentences pair Ouro and Prata
    ("level", _example(award__level="silver"), "pt", "conquista o nível Prata", "conquista o nível Ouro", None),
    ("country", _example(organisation__country="FR"), "en", "Spain, France and", "Spain, Germany and", "nothing"),
    (
        "date",
        _example(langs=("pt",), release__date=dt.date(2013, 3, 5)),
        "pt",
        "**Barcelona, 5 de março de 2013.**",
        "**Barcelona, 5 de maio de 2013.**",
        None,  # was only 'warning: orphan: date 5 de maio de 2013 is not in facts.yaml': fixed
    ),
    (
        "url",
        _example(langs=("en",)),
        "en",
        "(https://www.secpho.org)",
        "(https://www.secpho.orf)",
        None,  # was only 'warning: orphan: web address https://www.secpho.orf is not in facts.yaml': fixed
    ),
    (
        "email",
        _example(langs=("en",)),
        "en",
        "[press@secpho.org]",
        "[prexs@secpho.org]",
        None,  # was only 'warning: orphan: e-mail prexs@secpho.org is not in facts.yaml': fixed
    ),
]


@pytest.mark.parametrize(
    ("kind", "data", "lang", "old", "new"),
    [
        pytest.param(
            kind,
            data,
            lang,
            old,
            new,
            id=kind,
            marks=()
            if today is None
            else pytest.mark.xfail(
                strict=True,
                reason=f"{lang}.md of the SECPhO example in {'/'.join(data['release']['languages'])}: "
                f"{old!r} -> {new!r} gives {today}; the value it replaced still stands elsewhere in the draft",
            ),
        )
        for kind, data, lang, old, new, today in MISSES
    ],
)
def test_a_changed_fact_is_reported_though_its_old_value_stands_elsewhere(
    kind: str, data: dict[str, Any], lang: str, old: str, new: str
) -> None:
    """Pinned cases of property 2 that the derandomized search above does not reach."""
    with _folder() as folder:
        markdown = _drafted(folder, data)
        assert old in markdown[lang]
        path = folder / f"{lang}.md"
        path.write_text(markdown[lang].replace(old, new, 1), encoding="utf-8")
        findings = check([folder]).findings
        assert _errors_in(findings, path), f"{kind}: {old!r} -> {new!r} in {lang}.md not reported:\n{_shown(findings)}"


# --- 3. loading any bytes -----------------------------------------------------------------------

KEYS = sorted(
    {"release", "organisation", "award", "figures", "links", "benefits", "partnership", "next_steps", "quotes"}
    | {"thanks", "contact", "kind", "date", "city", "languages", "locales", "subheadline", "name", "full_name"}
    | {"country", "website", "sector", "about", "managed_by", "gender", "motto", "level", "issuer", "assessor"}
    | {"backed_by", "launched", "launched_by", "purpose", "meaning", "first_awarded", "value", "of", "approx"}
    | {"percent", "what", "url", "project", "partners", "count", "goal", "speaker", "role", "text", "email"}
    | {"phone", "acronym", "article", "pt", "es", "en", "fr", "xx", "<<", "? a", "!!str 1", "'q'", '"d"'}
)
SCALARS = [
    "", "~", "null", "true", "no", "NO", "yes", "on", "0", "-1", "013", "0x1F", "0o17", "1_000", "1e400", "-.inf",
    ".nan", "1774", "29.9", "2013-03-05", "2013-02-30", "2013-13-45", "2013-03-05T10:00:00Z", "2013-3-5", "10:30",
    "+34 932 418 560", "www.secpho.org", "javascript:alert(1)", "press@secpho.org", "<<name>>", "bronze", "Gold",
    "award", "renewal", "[es, en, pt]", "[pt, pt]", "[]", "{}", "{pt: pt_BR}", "{pt: xx_YY}", "{pt: ''}",
    "{en: en_US@calendar=x}", "{es: 'es-419'}", "m", "f", "{pt: f, es: x}", "'quoted'", '"esc\\x41\\u00e9"',
    "|\n  block", ">-\n  folded", "&a x", "*a", "&a [1]", "!!bool maybe", "!!bool", "!!int", "!!int x", "!!int ''",
    "!!float x", "!!float", "!!timestamp x", "!!timestamp", "!!timestamp 2013-02-30", "!!binary x", "!!binary",
    "!!null x", "!!set {a}", "!!omap [a: 1]", "!!pairs [a]", "!!python/object:os.system x", "!foo x", "!<tag:x> y",
    "!!merge x", "!!map [1]", "!!seq {a: 1}", "!!str", "? x", "- x", "#c", "%", "@x", "`x`", "'", '"', "[", "{",
    "]", "}", ",", "|", ">", "\t", "\ufeff", "\x85", "\u2028", "é", "\x7f", "\x00",
]  # fmt: skip


@st.composite
def yamlish(draw: st.DrawFn) -> str:
    """Lines of keys, list items and scalars at random indentation, the stuff facts files are made of."""
    lines = []
    for _ in range(draw(st.integers(1, 12))):
        indent = " " * draw(st.sampled_from((0, 0, 2, 4, 6, 1, 3)))
        key = draw(st.sampled_from(KEYS))
        value = draw(st.sampled_from(SCALARS) | st.text(max_size=8))
        form = draw(
            st.sampled_from(("{k}: {v}", "{k}:", "- {k}: {v}", "- {v}", "{v}", "{k}: [{v}, {v}]", "{k}: {{{v}}}"))
        )
        lines.append(indent + form.format(k=key, v=value))
    prefix = draw(st.sampled_from(("", "---\n", "%YAML 1.1\n---\n", "%TAG ! tag:x,2000:\n---\n", "\ufeff")))
    return prefix + "\n".join(lines) + draw(st.sampled_from(("", "\n", "\n...\n", "\n---\n")))


@st.composite
def edited_example(draw: st.DrawFn) -> str:
    """A real facts file with one line's value, or one whole line, replaced by a fragment."""
    lines = (ROOT / "examples" / "ondabio-gold-2026.yaml").read_text(encoding="utf-8").split("\n")
    at = draw(st.integers(0, len(lines) - 1))
    fragment = draw(st.sampled_from(SCALARS) | st.text(max_size=12))
    if ": " in lines[at] and draw(st.booleans()):
        lines[at] = lines[at].split(": ", 1)[0] + ": " + fragment
    else:
        lines[at] = draw(st.sampled_from(("", "  ", "    "))) + fragment
    return "\n".join(lines)


@st.composite
def deep(draw: st.DrawFn) -> str:
    """Nesting far deeper than any facts file: flow lists and mappings, block lists and mappings."""
    depth = draw(st.integers(50, 3000))
    form = draw(st.sampled_from(("flow list", "flow map", "block list", "block map")))
    if form == "flow list":
        return "release: " + "[" * depth + "]" * depth
    if form == "flow map":
        return "release: " + "{a: " * depth + "1" + "}" * depth
    if form == "block list":
        return "release:\n" + "".join(" " * i + "- \n" for i in range(0, depth, 2))
    return "".join(" " * i + f"k{i}:\n" for i in range(depth)) + " " * depth + "v"


any_bytes = (
    st.binary(max_size=3000)
    | st.text(max_size=2000).map(lambda s: s.encode("utf-8"))
    | yamlish().map(lambda s: s.encode("utf-8"))
    | edited_example().map(lambda s: s.encode("utf-8"))
    | deep().map(lambda s: s.encode("utf-8"))
)


@_settings(150, 400, shrink=False)
@example(b"\x01")  # a control character: fixed, kept as a regression
@example(b"a: !!bool maybe")
@example(b"a: !!timestamp x")
@example(b"a: !!int")
@example(b"release: " + b"[" * 5000 + b"]" * 5000)
@given(any_bytes)
def test_loading_any_bytes_gives_facts_or_a_facts_error(raw: bytes) -> None:
    with _folder() as folder:
        path = folder / "facts.yaml"
        path.write_bytes(raw)
        try:
            facts = load_facts(path)
        except FactsError as exc:
            assert exc.problems, "a FactsError names at least one problem"
        else:
            assert isinstance(facts, Facts)


# --- 4. rendering any text ----------------------------------------------------------------------

MARKUP = [
    "<script>alert(1)</script>", "[x](javascript:alert(1))", "[x]: javascript:alert(1)", "{{ 7 * 7 }}", "{% if x %}",
    "{# c #}", "# heading", "## h", "*", "**bold**", "_em_", "`code`", "```", "~~~", "<b>", "</p>", "<!-- c -->",
    "&amp;", "&#x3C;", "&lt;script&gt;", "\\", "![img](x.png)", "<http://x.eu>", "<javascript:alert(1)>", "---", "===",
    "***", "1. ", "1) ", "- ", "+ ", "> ", "    code", "|a|b|", "<a href=\"javascript:alert(1)\">x</a>",
    "javascript:alert(1)", "JaVaScRiPt:alert(1)", "www.x.eu", "x@y.eu", "\n", "\n\n", "\r\n", "\t", "\u2028", "\x85",
    "\x00", "\x1b", "\u00a0", "\ufeff", "  ", "<", ">", "[", "]", "(", ")", "!", "#", "$", "|", "~", "é", "ñ", "中",
]  # fmt: skip
TEXT_KEYS = {"city", "full_name", "sector", "about", "name", "acronym", "motto", "purpose", "meaning", "what"}
TEXT_KEYS |= {"project", "goal", "role", "text", "speaker", "thanks", "subheadline", "benefits", "next_steps"}


def _valid_text(text: str) -> bool:
    """What the facts validator accepts as a text: something besides spaces, and no placeholder."""
    return bool(text.split()) and not PLACEHOLDER.search(text)


any_text = (
    st.text() | st.lists(st.sampled_from(MARKUP) | st.text(max_size=6), min_size=1, max_size=8).map("".join)
).filter(_valid_text)


def _with_texts(draw: st.DrawFn, value: Any, key: str | None = None) -> Any:
    """``value`` with every text field (names, prose) replaced by arbitrary text."""
    if isinstance(value, dict):
        return {k: _with_texts(draw, v, key if k in LANGS else k) for k, v in value.items()}
    if isinstance(value, list):
        return [_with_texts(draw, v, key) for v in value]
    if isinstance(value, str) and key in TEXT_KEYS:
        return draw(any_text)
    return value


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: set[str] = set()
        self.attrs: set[str] = set()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        for name, value in attrs:
            self.attrs.add(name)
            if name == "href":
                self.hrefs.append(value or "")


url_paths = st.text(alphabet=st.characters(blacklist_categories=("Z", "C")), max_size=20)


@_settings(30, 80)
@given(facts_data(min_languages=3), st.data())
def test_any_valid_facts_render_in_every_language_and_format(data: dict[str, Any], texts: st.DataObject) -> None:
    data = _with_texts(texts.draw, data)
    data["links"][0]["url"] = "www.example.eu/" + texts.draw(url_paths, label="path")
    with _folder() as folder:
        drafts = draft(_write(folder, data))
        assert list(drafts.markdown) == data["release"]["languages"]
        for fmt in FORMATS:
            assert all(drafts.files(fmt).values())
        for lang, html in drafts.files("html").items():
            parsed = _Tags()
            parsed.feed(html)
            parsed.close()
            assert parsed.tags <= ALLOWED_TAGS, f"{lang}.html: {parsed.tags - ALLOWED_TAGS}"
            assert parsed.attrs <= {"href"}, f"{lang}.html: {parsed.attrs}"
            for href in parsed.hrefs:
                assert "javascript:" not in href.lower(), f"{lang}.html: {href}"
                assert re.match(r"(?:https?://|mailto:)", href), f"{lang}.html: {href}"


# --- 5. checking any text -----------------------------------------------------------------------

SOUP = [
    "1", "13", "2013", "1 774", "1.774", "1,774", "1\u00a0774", "29,9", "29.9", "%", " %", "por ciento", "€", "US$",
    "$", "EUR", "60M", "1,5 M€", "millones", "mil", "milhões", "million", "5 de março de 2013", "5 March 2013",
    "March 5, 2013", "5.3.2013", "2013-03-05", "2013-02-30", "12:30", "1.º", "5th", "XVI", "edición", "primera",
    "cuatro", "twenty-first", "vigésimo quinto", "de", "of", "the", "España", "Spain", "Portugal", "EE. UU.",
    "Bronze", "Bronce", "Ouro", "Gold", "SECPhO", "ECEI", "TODO", "{{", "}}", "<<x>>", "[x]()", "[](y)",
    "[www.x.eu](https://www.x.eu)", "[a@b.eu](mailto:a@b.eu)", "<a href='x'>", "</a>", "tel:+34 931 234 567",
    "+34 931 234 567", "0034 931 234 567", "(0)", "www.x.eu/a?b#c", "x.eu", "a@b.eu", "#tag", "\\", "\\$",
    "ſep", "5 ſep", "millıon", "euroſ", "\u212a", "İ", "ı", "ß", "ﬁ", "٣", "①", "²", "\u00a0", "\u202f", "\u2009",
    "\x00", "\x85", "\u2028", "\r", "\n", "\n\n", " ", "-", ".", ",", "·", "- ", "1. ", "# ", "> ", "**", "_",
]  # fmt: skip
soup = st.lists(st.sampled_from(SOUP) | st.text(max_size=5), max_size=40).map("".join)
huge = st.builds(lambda s, n: s * n, st.text(min_size=1, max_size=10), st.integers(300, 1000))
drafts_text = st.text() | soup | huge


NAMES = (*LANGS, "release")  # "release.md" has its language detected


@_settings(100, 300, shrink=False)
@example({"en": "5 ſep"}, ".md", False)
@example({"en": "5 millıon"}, ".md", False)
@example({"es": "5 euroſ"}, ".md", True)
@given(
    st.fixed_dictionaries({}, optional={name: drafts_text for name in NAMES}),
    st.sampled_from((".md", ".txt", ".html")),
    st.booleans(),
)
def test_checking_any_text_gives_a_result_or_a_drafter_error(texts: dict[str, str], ext: str, with_facts: bool) -> None:
    with _folder() as folder:
        for name, text in texts.items():
            (folder / f"{name}{ext}").write_text(text, encoding="utf-8")
        if with_facts:
            (folder / "facts.yaml").write_bytes((ROOT / "examples" / "secpho-bronze-2013.yaml").read_bytes())
        try:
            result = check([folder])
        except DrafterError:
            return
        assert isinstance(result, CheckResult)
