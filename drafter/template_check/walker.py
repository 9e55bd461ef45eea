"""The templates as drafter templates check reads them: which facts each uses and tests, where."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import jinja2
from jinja2 import nodes

from ..catalog import Catalog, builtin_dir
from ..checker.findings import Finding, Location
from ..errors import TemplateError, display_path
from ..facts import Facts
from ..sandbox import BoundedEnvironment, parse_bounded, read_source
from ..view import build_view

_SPECIMEN: dict[str, Any] = {
    "release": {"kind": "award", "date": "2000-01-01", "city": "x", "languages": ["en"]},
    "organisation": {"name": "x", "country": "PT", "website": "x.org", "sector": {"en": "x"}, "about": {"en": "x"}},
    "award": {"name": "x", "date": "2000-01-01", "issuer": {"name": "x"}},
    "contact": {"name": "x", "email": "x@x.org"},
}
"""The least a facts file holds. Its view has every name a view has: a fact left out is None, not absent."""


@cache
def view_names() -> frozenset[str]:
    """The names the view (view.py) gives a template, read off the view of a specimen release;
    anything else is local to the template."""
    view = build_view(Facts.model_validate(_SPECIMEN), "en", Catalog((builtin_dir(),)))
    return frozenset(view)


WORDING = frozenset(
    {"gender", "number", "percent", "date_month", "valid_until_month", "key", "word"}
    | {
        "show_type",
        "devoted",
        "type_first",
        "full_first",
        "full_The",
        "modified",
        "placed",
        "in_name",
        "before",
        "again",
        "one_each",
        "many_each",
        "part_of",
        "label",
    }
    | {"grouped", "by_country", "one_country", "accredited", "acronym_of_full", "jury", "phrase", "standard"}
    | {"accreditation_standard", "brand", "won", "long", "bare", "first", "scheme", "in_award", "prized"}
    | {"own", "alone", "within", "kind"}
    | {"category_named", "stop", "granted_as", "verb"}
    | {"takes_metal", "by_issuer", "opening", "shared", "studies", "apposed", "valid_again", "city_named"}
)
"""View keys that choose wording rather than show a fact (a gender; whether a date is a day or a month,
which picks "on" or "in"; an organisation type's key, which picks "dedicada a" or "do setor de"; its
bare word, which French compares with the name to leave out a type the name already says: the type
itself is ``type.a``; the partners grouped by country, or one from each, which say the partners listed
another way; whether a body's name is too long for a headline (``long``); how a language's lead
presents the organisation and names the award again, :mod:`drafter.lang.leads` and
:mod:`drafter.lang.award_nouns`, and by the scheme's own noun where the facts give one,
``award.scheme``, which the Romance languages say through the award's articles, ``award.of``); whether a
prize's name holds its event's (``in_award``) or its event's name its city (``city_named``); whether a
category is written as a name (``category_named``: "in the Intense Fruity category"); a quotation's closing
stop where the language puts it after the mark (``stop``, Spanish); whether English says the organisation
specialises in its field (``studies``), its full name as an apposition after an acronym (``apposed``, the
full name printed another way) and how the validity names the award again (``valid_again``); the glossary's
article keys are added. A condition on what a fact's text says chooses wording too: see :meth:`Walker.test`."""


FORMS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\.mention\.name(?=\.|\[|$)"), ".full"),
    (re.compile(r"\.mention\.url(?=\.|\[|$)"), ".url"),
    (re.compile(r"^award\.issuer\.short$"), "award.issuer.name"),  # a long funder by its acronym in a headline
    (re.compile(r"^award\.issuer\.headline\.name$"), "award.issuer.name"),  # the same, by the headline's rule
    (re.compile(r"^award\.issuer\.headline(?=\.)"), "award.issuer"),  # its article forms there
    (re.compile(r"\.mention(?=\.|\[|$)"), ""),
    (re.compile(r"^event\.city_the$"), "event.city"),
    (re.compile(r"^event\.year$"), "event.date"),  # "at the 2026 edition": the event's date, by its year
    (re.compile(r"^award\.undated$"), "award.name"),  # the name without a cited standard's edition
    # a level said in any of its forms: its name, its phrases (award.tier), a medal named with its metal
    (re.compile(r"^award\.(previous\.)?(?:level_name|medal|tier(?:\.\w+)?)$"), r"award.\1level"),
    (re.compile(r"^partnership\.one_country\.(?:name|the|at|of)$"), "partnership.countries"),
    (re.compile(r"^partnership\.places\.(?:name|the|at|of)$"), "partnership.countries"),
)
"""Another form of one fact, read as the fact: a party named the second time by its acronym
(``mention.name``) is still its name (``full``), and a city with its article (``event.city_the``) the
city; the one country of all the partners, in whichever form (``partnership.one_country.of``), their
countries. A press office's own templates that name them the plain way do not drift from the shipped ones."""


def fact_path(path: str) -> str:
    """The fact a view's path shows, whatever form of it (:data:`FORMS`)."""
    for form, fact in FORMS:
        path = form.sub(fact, path)
    return path


SLOT = "\ufffc"
"""Stands for an expression in a template's literal text."""


@dataclass(frozen=True)
class Use:
    path: str
    line: int
    condition: bool


@dataclass
class Template:
    """One language's effective version of a template, as far as the check needs it."""

    lang: str
    name: str
    shown: str
    lines: list[str]
    uses: list[Use] = field(default_factory=list)
    texts: list[tuple[str, int]] = field(default_factory=list)
    """Literal text with the line it starts on; an expression is :data:`SLOT`."""
    said: list[tuple[str, int]] = field(default_factory=list)
    """Text an expression prints, with its line: ``"gerida"`` of ``{{ "gerida" if … else "gerido" }}``."""
    filter_calls: list[tuple[str, int, int]] = field(default_factory=list)
    """Each call of a filter with its forms counted (name, forms, line), where the count is fixed in the source."""

    @property
    def paths(self) -> set[str]:
        return {u.path for u in self.uses}

    @property
    def conditions(self) -> set[str]:
        return {u.path for u in self.uses if u.condition}

    @property
    def closure(self) -> set[str]:
        """Every path used, with every prefix of it: using ``award.issuer.url`` uses ``award.issuer``."""
        return {prefix for path in self.paths for prefix in prefixes(path)}

    def first(self, paths: Iterable[str], *, condition: bool = False) -> Use | None:
        wanted = set(paths)
        for use in self.uses:
            if (not condition or use.condition) and any(use.path == p or under(use.path, p) for p in wanted):
                return use
        return None

    def at(self, line: int = 1, column: int = 1) -> Location:
        return Location(self.shown, line, column)


def prefixes(path: str) -> Iterator[str]:
    for match in re.finditer(r"(?=\.|\[\]|$)", path):
        if match.start():
            yield path[: match.start()]


def under(path: str, prefix: str) -> bool:
    return path.startswith(prefix) and path[len(prefix) : len(prefix) + 1] in (".", "[")


def _literal(node: nodes.Node) -> bool:
    """A constant, or a list or tuple of constants: what a fact is compared with."""
    if isinstance(node, nodes.Tuple | nodes.List):
        return all(_literal(item) for item in node.items)
    return isinstance(node, nodes.Const)


def langs_text(langs: Iterable[str]) -> str:
    return ", ".join(langs)


# --- reading a template ------------------------------------------------------------------------------

Scope = dict[str, "str | tuple[str, ...] | None"]
"""What each name a template sets stands for: a fact's path; the facts a value computed from them
depends on (``{% set gold = award.level == "gold" %}``), so that testing the name tests them; or nothing."""


class Walker:
    """Collects a template's fact paths and literal text from its syntax tree."""

    def __init__(self, template: Template, wording: frozenset[str]) -> None:
        self.template = template
        self.wording = wording

    def record(self, path: str, line: int, condition: bool) -> None:
        path = fact_path(path)
        if re.split(r"\.|\[\]", path)[-1] not in self.wording:
            self.template.uses.append(Use(path, line, condition))

    def path(self, node: nodes.Node, scope: Scope) -> str | None:
        if isinstance(node, nodes.Name):
            if node.name in scope:
                bound = scope[node.name]
                return bound if isinstance(bound, str) else None
            return node.name if node.name in view_names() else None
        if isinstance(node, nodes.Getattr):
            base = self.path(node.node, scope)
            return f"{base}.{node.attr}" if base else None
        if isinstance(node, nodes.Getitem):
            base = self.path(node.node, scope)
            if base is None:
                return None
            key = node.arg
            return f"{base}.{key.value}" if isinstance(key, nodes.Const) and isinstance(key.value, str) else base + "[]"
        if isinstance(node, nodes.Call) and isinstance(node.node, nodes.Getattr):
            return self.path(node.node.node, scope)  # x.items() uses x
        return None

    @staticmethod
    def bind(scope: Scope, targets: Iterable[nodes.Node], path: str | tuple[str, ...] | None) -> Scope:
        """A scope in which the names assigned by ``targets`` stand for ``path`` (None: not a fact)."""
        inner = dict(scope)
        for target in targets:
            for name in [target] if isinstance(target, nodes.Name) else target.find_all(nodes.Name):
                inner[name.name] = path
        return inner

    def say(self, node: nodes.Node) -> None:
        """Collects the strings an expression prints: not those it compares, tests or looks up."""
        if isinstance(node, nodes.Const):
            if isinstance(node.value, str):
                self.template.said.append((node.value, node.lineno))
        elif isinstance(node, nodes.CondExpr):
            for branch in (node.expr1, node.expr2):
                if branch is not None:
                    self.say(branch)
        elif isinstance(node, nodes.Getitem):
            self.say(node.node)
        elif not isinstance(node, nodes.Compare | nodes.Test):
            for child in node.iter_child_nodes():
                self.say(child)

    def value(
        self, target: nodes.Node, value: nodes.Node, scope: Scope, condition: bool
    ) -> str | tuple[str, ...] | None:
        """What a name set to ``value`` stands for (see :data:`Scope`); the facts ``value`` uses are recorded."""
        self.walk(value, scope, condition)
        if not isinstance(target, nodes.Name):
            return None
        return self.path(value, scope) or self.tested(value, scope) or None

    def tested(self, node: nodes.Node, scope: Scope) -> tuple[str, ...]:
        """The facts a test tests: a fact, a fact compared with literals (``award.level == "gold"``),
        a fact put to a test (``is defined``), and ``not``, ``and``, ``or`` of these. A value made
        from a fact's text (``award.name.endswith(" award")``) only chooses wording: it tests nothing."""
        if isinstance(node, nodes.Not):
            return self.tested(node.node, scope)
        if isinstance(node, nodes.And | nodes.Or):
            return tuple(dict.fromkeys((*self.tested(node.left, scope), *self.tested(node.right, scope))))
        if isinstance(node, nodes.Test):
            return self.tested(node.node, scope) if all(_literal(a) for a in node.args) else ()
        if isinstance(node, nodes.Compare):
            sides = [node.expr, *(op.expr for op in node.ops)]
            facts = [side for side in sides if not _literal(side)]
            return self.tested(facts[0], scope) if len(facts) == 1 else ()
        if isinstance(node, nodes.Name) and isinstance(derived := scope.get(node.name), tuple):
            return derived
        path = self.path(node, scope) if isinstance(node, nodes.Name | nodes.Getattr | nodes.Getitem) else None
        return (path,) if path and re.split(r"\.|\[\]", path)[-1] not in self.wording else ()

    def test(self, node: nodes.Node, scope: Scope) -> None:
        """A condition of ``{% if %}`` or ``x if c else y``: the facts it tests (:meth:`tested`: whether one
        is given, or what it is compared with) are recorded as tested. A fact it only reads to choose
        wording, as a text made from it (``(org.sector | lower).split() | last in ("research", …)``) or
        compared with another fact, is neither tested nor shown there: whether it is shown is for the
        rest of the template to say, and another language may choose its wording otherwise."""
        for path in self.tested(node, scope):
            self.record(path, node.lineno, True)

    def walk_all(self, children: Iterable[nodes.Node], scope: Scope, condition: bool = False) -> None:
        for child in children:
            self.walk(child, scope, condition)

    def walk(self, node: nodes.Node, scope: Scope, condition: bool = False) -> None:
        if isinstance(node, nodes.Output):
            for part in node.nodes:
                if isinstance(part, nodes.TemplateData):
                    self.template.texts.append((part.data, part.lineno))
                else:
                    self.template.texts.append((SLOT, part.lineno))
                    self.say(part)
                    self.walk(part, scope)
        elif isinstance(node, nodes.If):
            self.test(node.test, scope)
            self.walk_all((*node.body, *node.elif_, *node.else_), scope)
        elif isinstance(node, nodes.CondExpr):
            self.test(node.test, scope)
            self.walk_all((e for e in (node.expr1, node.expr2) if e is not None), scope, condition)
        elif isinstance(node, nodes.For):
            self.walk(node.iter, scope, True)
            item = self.path(node.iter, scope)
            inner = self.bind(scope, [node.target], f"{item}[]" if item else None)
            if node.test is not None:
                self.walk(node.test, inner, True)
            self.walk_all(node.body, inner)
            self.walk_all(node.else_, scope)
        elif isinstance(node, nodes.Assign):
            scope.update(self.bind({}, [node.target], self.value(node.target, node.node, scope, condition)))
        elif isinstance(node, nodes.Macro | nodes.CallBlock):
            self.walk_all(node.iter_child_nodes(exclude=("args",)), self.bind(scope, node.args, None), condition)
        elif isinstance(node, nodes.With):
            inner = dict(scope)
            for target, value in zip(node.targets, node.values, strict=False):
                inner.update(self.bind({}, [target], self.value(target, value, scope, condition)))
            self.walk_all(node.body, inner)
        elif isinstance(node, nodes.Filter) and node.dyn_args is None and node.dyn_kwargs is None:
            self.template.filter_calls.append((node.name, len(node.args), node.lineno))
            self.walk_all(node.iter_child_nodes(), scope, condition)
        elif isinstance(node, nodes.Name) and isinstance(derived := scope.get(node.name), tuple):
            for path in derived:
                self.record(path, node.lineno, condition)
        elif isinstance(node, nodes.Name | nodes.Getattr | nodes.Getitem | nodes.Call) and (
            (found := self.path(node, scope)) is not None
        ):
            self.record(found, node.lineno, condition)
            # g.levels[award.level] uses award.level too; f.value.replace(x, y) uses x and y.
            link: nodes.Node = node
            while isinstance(link, nodes.Getattr | nodes.Getitem | nodes.Call):
                if isinstance(link, nodes.Getitem):
                    self.walk(link.arg, scope, condition)
                elif isinstance(link, nodes.Call):
                    self.walk_all((*link.args, *link.kwargs), scope, condition)
                link = link.node
        else:
            self.walk_all(node.iter_child_nodes(), scope, condition)


_ENV = BoundedEnvironment(trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
"""render.py's options: the same whitespace stripped, so the same text and line numbers; and the same bounds."""


def read_template(path: Path, lang: str, name: str, wording: frozenset[str], release: str) -> Template | Finding:
    """The template at ``path``, read and parsed as drafting would, or the finding that it cannot be.

    It is never run. The bounds of reading and parsing (an ordinary file,
    UTF-8, its size and nesting) keep the walk of its tree within Python's stack.
    """
    shown = display_path(path)
    try:
        source = read_source(path, _ENV.limits)
    except TemplateError as exc:
        at = Location(shown, exc.line or 1, 1)
        return Finding("unreadable", "error", exc.reason, release, (at,), (lang, name))
    template = Template(lang, name, shown, source.split("\n"))
    try:
        tree = parse_bounded(_ENV, source, name, str(path), _ENV.limits)
    except jinja2.TemplateSyntaxError as exc:
        where = template.at(exc.lineno or 1)
        return Finding("template-syntax", "error", exc.message or "syntax error", release, (where,), (lang, name))
    except TemplateError as exc:  # past the bounds: too long, too many tokens, nested too deeply
        where = template.at(exc.line or 1)
        return Finding("template-syntax", "error", exc.reason, release, (where,), (lang, name))
    Walker(template, wording).walk(tree, {})
    return template


# --- the rules ---------------------------------------------------------------------------------------
