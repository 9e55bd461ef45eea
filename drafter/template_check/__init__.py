"""``drafter templates check``: every language's templates use the same facts.

Each template is parsed (never rendered) and its syntax tree walked for the
facts it uses: variable paths such as ``award.motto`` or ``figures[].value``
(a loop variable stands for an item of what it loops over), and the paths its
conditions test (``{% if %}``, ``x if c else y``, and ``{% for %}``, which
shows its body only when there is something to loop over); a condition on
what a fact's text says, or on two facts compared, only chooses wording
and tests nothing (see :meth:`.walker.Walker.test`). The sets of
paths, not their order or count, must be the same in every language's
version of a template. A template that extends another is compared by its
own blocks. Besides: a template missing in a language, a fact typed into the
text (a number, a year, a web address, an e-mail), a filter given the wrong
number of forms (``agree`` takes two or four), a glossary term missing in a
language, literal text long enough to judge that is not in its folder's
language, and, where Hunspell's dictionaries are installed, a word the
dictionary of the template's language lacks (see :mod:`.spelling`).

Values that only choose wording are not facts: the articles the glossary
supplies (``org.the``, ``award.issuer.by``), a name's grammatical gender,
the plain number that picks singular or plural, and whether a figure is a
percentage (Spanish puts an article before one). Languages differ in which
of these they need.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from ..agreement import wrong_forms
from ..catalog import Catalog
from ..checker import CheckResult
from ..checker.findings import Finding, Location
from ..checker.langid import MIN_WORDS, identify
from ..checker.proofread import language_name
from ..errors import display_path
from .spelling import spelling
from .walker import SLOT, WORDING, Template, langs_text, prefixes, read_template


def _anchor(lacking: Template, having: Template, members: set[str]) -> Location:
    """Where ``lacking`` would use what ``having`` uses: after the last fact before it they share."""
    first = having.first(members)
    if first is None:
        return lacking.at()
    before = having.uses[: having.uses.index(first)]
    shared = lacking.paths
    for i in range(len(before) - 1, -1, -1):
        use = before[i]
        if use.path in shared:
            nth = sum(1 for u in before[:i] if u.path == use.path)
            same = [u for u in lacking.uses if u.path == use.path]
            return lacking.at(same[min(nth, len(same) - 1)].line)
    return lacking.at(lacking.uses[0].line if lacking.uses else 1)


def _fact_drift(name: str, versions: list[Template], release: str) -> list[Finding]:
    closures = {t.lang: t.closure for t in versions}
    groups: dict[tuple[str, tuple[str, ...]], set[str]] = {}
    for path in sorted(set().union(*(t.paths for t in versions))):
        lacking = tuple(t.lang for t in versions if path not in closures[t.lang])
        if lacking:
            # Report the outermost part that is missing: award.assessor, not each of its keys.
            root = next(p for p in prefixes(path) if all(p not in closures[lang] for lang in lacking))
            groups.setdefault((root, lacking), set()).add(path)
    out = []
    for (root, lacking), members in sorted(groups.items()):
        having = [t for t in versions if t.lang not in lacking]
        missing = [t for t in versions if t.lang in lacking]
        shown = ", ".join(sorted(members)) if root not in members else root
        verb = "are" if root not in members and len(members) > 1 else "is"
        message = f"{shown} {verb} used in {langs_text(t.lang for t in having)} but not in {langs_text(lacking)}"
        where = [_anchor(t, having[0], members) for t in missing]
        for t in having:
            use = t.first(members)
            where.append(t.at(use.line if use else 1))
        out.append(Finding("fact-drift", "error", message, release, tuple(where), (name, root, *lacking)))
    return out


def _condition_drift(name: str, versions: list[Template], release: str) -> list[Finding]:
    closures = {t.lang: t.closure for t in versions}
    groups: dict[tuple[tuple[str, ...], tuple[str, ...], int], list[str]] = {}
    for path in sorted(set().union(*(t.conditions for t in versions))):
        having = tuple(t.lang for t in versions if path in t.conditions)
        lacking = tuple(t.lang for t in versions if path not in t.conditions and path in closures[t.lang])
        if lacking:
            first = next(t for t in versions if t.lang == having[0]).first([path], condition=True)
            groups.setdefault((having, lacking, first.line if first else 1), []).append(path)
    out = []
    for (having, lacking, line), paths in sorted(groups.items(), key=lambda item: item[1]):
        # A test that goes with a fact the other languages lack entirely is that fact's drift, reported already.
        model = next(t for t in versions if t.lang == having[0])
        tested = {u.path for u in model.uses if u.condition and u.line == line}
        if any(all(p not in closures[lang] for lang in lacking) for p in tested):
            continue
        verb = "is" if len(paths) == 1 else "are"
        message = (
            f"{', '.join(paths)} {verb} tested in a condition in {langs_text(having)} but not in {langs_text(lacking)}"
        )
        where = []
        for t in sorted(versions, key=lambda t: t.lang not in lacking):
            use = t.first(paths, condition=t.lang in having)
            where.append(t.at(use.line if use else 1))
        out.append(Finding("condition-drift", "error", message, release, tuple(where), (name, *paths, *lacking)))
    return out


_URL = re.compile(r"(?:\bhttps?://|\bwww\.)[^\s<>()\[\]\"'«»“”]+", re.I)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_NUMBER = re.compile(r"(?<![\w.,])\d+(?:[.,\u00a0\u202f]\d{3})*(?:[.,]\d+)?(?!\w)")
_LIST_MARKER = re.compile(r"\s*(?:[-*+>]\s+)*(\d{1,9})[.)](?:\s|$)")


def _literal_facts(template: Template, release: str) -> list[Finding]:
    """Numbers of two digits or more, years, web addresses and e-mails in the template's own text."""
    out = []
    for text, first_line in template.texts:
        taken: list[tuple[int, int]] = []
        found: list[tuple[int, str, str]] = []
        for pattern, kind in ((_URL, "web address"), (_EMAIL, "e-mail")):
            for match in pattern.finditer(text):
                if not any(a <= match.start() < b for a, b in taken):
                    taken.append(match.span())
                    found.append((match.start(), kind, match.group().rstrip(".,;:!?")))
        for match in _NUMBER.finditer(text):
            if sum(c.isdigit() for c in match.group()) > 1 and not any(a <= match.start() < b for a, b in taken):
                kind = "year" if re.fullmatch(r"(?:19|20)\d\d", match.group()) else "number"
                found.append((match.start(), kind, match.group()))
        for start, kind, value in sorted(found):
            line = first_line + text.count("\n", 0, start)
            source = template.lines[line - 1] if line <= len(template.lines) else ""
            marker = _LIST_MARKER.match(source)
            if kind == "number" and marker and marker.group(1) == value:
                continue  # "10. " numbering an ordered list
            message = f"{kind} {value} is typed into the text; take it from the facts"
            subject = (template.name, template.lang, kind, value)
            where = template.at(line, source.find(value) + 1 if value in source else 1)
            out.append(Finding("literal-fact", "error", message, release, (where,), subject))
    return out


def _filter_calls(template: Template, release: str) -> list[Finding]:
    """A filter given a number of forms it cannot take (``agree`` with three), found before any draft fails on it."""
    out = []
    for name, given, line in template.filter_calls:
        wrong = wrong_forms(given) if name == "agree" else None
        if wrong:
            source = template.lines[line - 1] if line <= len(template.lines) else ""
            where = template.at(line, source.find(name) + 1 if name in source else 1)
            subject = (template.name, template.lang, name, str(given), str(line))
            out.append(Finding("filter-call", "error", wrong, release, (where,), subject))
    return out


_MARKUP = re.compile(r"\]\([^)]*\)|https?://\S+|www\.\S+|\S+@\S+|[#>*_`|\[\]()«»“”\"·—–]")


def _paragraphs(template: Template) -> Iterator[tuple[int, str]]:
    """(first line, text) of each paragraph of literal text, by source line; headings left out.

    A source line holding only tags adds nothing; a blank one, or a heading, ends a paragraph.
    """
    by_line: dict[int, str] = {}
    current: list[str]
    for text, first in template.texts:
        pieces = text.split("\n")
        for i, piece in enumerate(pieces):
            if piece or i < len(pieces) - 1:
                by_line[first + i] = by_line.get(first + i, "") + piece
    start, current = 0, []
    for line in sorted(by_line):
        content = by_line[line].strip()
        if not content or content.startswith("#"):
            if current:
                yield start, " ".join(current)
            current = []
            continue
        if not current:
            start = line
        current.append(content)
    if current:
        yield start, " ".join(current)


def _language(template: Template, langs: list[str], release: str) -> list[Finding]:
    out = []
    for line, paragraph in _paragraphs(template):
        text = _MARKUP.sub(" ", paragraph.replace(SLOT, " "))
        prose = " ".join(w for w in text.split() if not any(c.isupper() for c in w[1:]) and not w[:1].isdigit())
        if sum(1 for w in prose.split() if w.islower() and len(w) > 1) < MIN_WORDS:
            continue
        found = identify(prose, langs)
        if found and found != template.lang:
            message = (
                f"this paragraph reads as {language_name(found)}, "
                f"not {language_name(template.lang)} like the rest of {template.lang}/{template.name}"
            )
            subject = (template.name, template.lang, found, " ".join(prose.split())[:80])
            out.append(Finding("language", "error", message, release, (template.at(line),), subject))
    return out


# --- glossaries --------------------------------------------------------------------------------------


def _keys(value: Any, prefix: str = "") -> set[str]:
    out: set[str] = set()
    if isinstance(value, dict):
        for key, item in value.items():
            path = f"{prefix}.{key}" if prefix else str(key)
            out.add(path)
            out |= _keys(item, path)
    return out


def _lines(path: Path) -> dict[str, int]:
    """The line of every key in a glossary file, by its dotted path."""
    try:
        root = yaml.compose(path.read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
    except (yaml.YAMLError, UnicodeDecodeError, OSError):
        return {}
    out: dict[str, int] = {}

    def walk(node: yaml.Node, prefix: str) -> None:
        if isinstance(node, yaml.MappingNode):
            for key, item in node.value:
                path = f"{prefix}.{key.value}" if prefix else str(key.value)
                out.setdefault(path, key.start_mark.line + 1)
                walk(item, path)

    if root is not None:
        walk(root, "")
    return out


def _glossary_drift(catalog: Catalog, langs: list[str], release: str) -> list[Finding]:
    keys = {lang: _keys(catalog.glossary(lang)) for lang in langs}
    files = {lang: [base / lang / "glossary.yaml" for base in catalog.dirs] for lang in langs}
    files = {lang: [f for f in found if f.is_file()] for lang, found in files.items()}
    lines = {f: _lines(f) for found in files.values() for f in found}

    def locate(lang: str, key: str) -> Location:
        """The key's line in the first file that has it; else its parent's, else the file's first line."""
        for path in (key, *reversed(list(prefixes(key))[:-1])):
            for f in files[lang]:
                if path in lines[f]:
                    return Location(display_path(f), lines[f][path], 1)
        return Location(display_path(files[lang][0]), 1, 1)

    out = []
    for key in sorted(set().union(*keys.values())):
        lacking = [lang for lang in langs if key not in keys[lang]]
        parent = key.rpartition(".")[0]
        if not lacking or (parent and any(parent not in keys[lang] for lang in lacking)):
            continue
        having = [lang for lang in langs if lang not in lacking]
        message = f"{key} is defined in {langs_text(having)} but not in {langs_text(lacking)}"
        where = tuple(locate(lang, key) for lang in (*lacking, *having))
        out.append(Finding("glossary-drift", "error", message, release, where, ("glossary", key, *lacking)))
    return out


# --- the check ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TemplateCheckResult(CheckResult):
    """A :class:`CheckResult` whose one release is the template set and whose drafts are its templates."""

    languages: tuple[str, ...] = ()

    def summary(self) -> str:
        """For people: ``6 templates in en, es, pt: 2 errors, 1 warning``."""
        counts = [(self.count(s), s) for s in ("error", "warning")]
        found = ", ".join(f"{n} {s}{'' if n == 1 else 's'}" for n, s in counts if n) or "no findings"
        templates = f"{self.drafts} template{'' if self.drafts == 1 else 's'}"
        return f"{templates} in {langs_text(self.languages) or 'no language'}: {found}"


def _effective(catalog: Catalog, langs: list[str]) -> dict[str, dict[str, Path]]:
    """name -> lang -> the file drafting would use: the press office's first, else the built-in one."""
    out: dict[str, dict[str, Path]] = {}
    for lang in langs:
        for base in reversed(catalog.dirs):
            folder = base / lang
            if folder.is_dir():
                for path in sorted(folder.glob("*.md")):
                    out.setdefault(path.name, {})[lang] = path
    return dict(sorted(out.items()))


def check_templates(catalog: Catalog) -> TemplateCheckResult:
    """Check that every language's version of each template, and each glossary, uses the same facts."""
    langs = catalog.languages()
    release = display_path(catalog.dirs[0])
    wording = WORDING | {key for lang in langs for forms in _article_forms(catalog, lang) for key in forms}
    found: list[Finding] = []
    templates = 0
    parsed: list[Template] = []
    for name, by_lang in _effective(catalog, langs).items():
        versions: list[Template] = []
        broken = False
        for lang in (lang for lang in langs if lang in by_lang):
            templates += 1
            read = read_template(by_lang[lang], lang, name, wording, release)
            if isinstance(read, Finding):
                found.append(read)
                broken = True
            else:
                versions.append(read)
                parsed.append(read)
                found.extend(_literal_facts(read, release))
                found.extend(_filter_calls(read, release))
                found.extend(_language(read, langs, release))
        lacking = [lang for lang in langs if lang not in by_lang]
        if lacking:
            having = [lang for lang in langs if lang in by_lang]
            have = "has" if len(having) == 1 else "have"
            message = f"there is no {langs_text(lacking)} version of {name}, though {langs_text(having)} {have} one"
            where = tuple(Location(display_path(by_lang[lang]), 1, 1) for lang in having)
            found.append(Finding("template-missing", "error", message, release, where, (name, *lacking)))
        if len(versions) > 1 and not broken:
            found.extend(_fact_drift(name, versions, release))
            found.extend(_condition_drift(name, versions, release))
    found.extend(_glossary_drift(catalog, langs, release))
    found.extend(spelling(parsed, catalog, langs, release))
    return TemplateCheckResult(
        (release,), templates, tuple(sorted(set(found), key=Finding.sort_key)), (), languages=tuple(langs)
    )


def _article_forms(catalog: Catalog, lang: str) -> list[dict[str, Any]]:
    articles = catalog.glossary(lang).get("articles", {})
    return [forms for forms in articles.values() if isinstance(forms, dict)] if isinstance(articles, dict) else []
