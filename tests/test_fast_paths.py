"""The shortcuts taken for speed give what the full work gives, exactly.

Escaping skips a text with none of the characters the patterns need, and
runs lighter patterns over a text without a colon; the budget counts a
number or a filter's text arguments without walking them; the sandbox reads
a plain dict's key at once. Each is checked here against the long way.
"""

from __future__ import annotations

import itertools
from typing import Any

import jinja2
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from drafter.errors import TemplateError
from drafter.escape import _IN_LINK, _UNLINKED, _escape, _escaped
from drafter.sandbox import BoundedEnvironment, render
from drafter.sandbox.budget import HANDLE_COST, LIMITS, Budget, Limits, weigh

MARKUP_CHARS = "-+.)=[(:%&@`*{}]#!><|~^$_\\ aZ1wW;/\u00a0é"


def _full(text: str, markup: Any) -> str:
    return markup.sub(lambda match: _escaped(match, markup), text)


def test_every_short_text_of_markup_characters_is_escaped_as_the_full_pattern_escapes_it() -> None:
    for size in (1, 2, 3):
        for chars in itertools.product(MARKUP_CHARS, repeat=size):
            text = "".join(chars)
            for markup in (_UNLINKED, _IN_LINK):
                assert _escape(text, markup) == _full(text, markup), (text, markup is _IN_LINK)


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet=st.sampled_from(MARKUP_CHARS + "ab h:tps"), max_size=40), st.booleans())
def test_any_text_is_escaped_as_the_full_pattern_escapes_it(text: str, link_text: bool) -> None:
    markup = _IN_LINK if link_text else _UNLINKED
    assert _escape(text, markup) == _full(text, markup)


def test_a_long_sentence_without_a_colon_is_escaped_as_before() -> None:
    sentence = "Algamar_S.L. (www.algamar.com) won 1.5 M€ *again* — see #3, [x] ~ ^ $ & &amp; ++ == @press " * 20
    for markup in (_UNLINKED, _IN_LINK):
        assert _escape(sentence, markup) == _full(sentence, markup)
        assert _escape(sentence + " https://x.org", markup) == _full(sentence + " https://x.org", markup)


def test_a_number_costs_what_weighing_it_costs() -> None:
    for number in (0, 1, -7, 255, 2**40, -(2**100), 10**300):
        budget = Budget()
        assert budget.handle(number) == weigh(number, LIMITS.text)
        assert budget.steps == HANDLE_COST * weigh(number, LIMITS.text)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.one_of(st.text(max_size=20), st.integers(), st.none()), max_size=5), st.booleans())
def test_a_filters_arguments_cost_what_weighing_them_costs(args: list[Any], named: bool) -> None:
    kwargs = {"d": "x"} if named else {}
    quick, slow = Budget(), Budget()
    quick.handle_arguments(tuple(args), kwargs)
    slow.handle((tuple(args), kwargs))
    assert quick.steps == slow.steps


def test_arguments_near_the_bound_are_refused_as_before() -> None:
    limits = Limits(steps=1_000)
    for spent in (0, 900, 990, 1_000):
        outcomes = []
        for count in ("quick", "slow"):
            budget = Budget(limits)
            budget.steps = spent
            try:
                if count == "quick":
                    budget.handle_arguments(("a" * 30, "b"), {})
                else:
                    budget.handle((("a" * 30, "b"), {}))
                outcomes.append(("ok", budget.steps))
            except Exception as exc:  # noqa: BLE001 - the error itself is compared
                outcomes.append((type(exc).__name__, str(exc)))
        assert outcomes[0] == outcomes[1], spent


def _drafted(source: str, **context: Any) -> str:
    env = BoundedEnvironment(loader=jinja2.DictLoader({"t.md": source}), undefined=jinja2.StrictUndefined)
    return render(env, "t.md", context)


def test_a_dicts_keys_its_own_names_and_missing_keys_read_as_jinja_reads_them() -> None:
    view = {"name": "Algamar", "items": "a key named items"}
    assert _drafted("{{ org.name }}", org=view) == "Algamar"
    assert _drafted("{{ org['items'] }}", org=view) == "a key named items"
    assert _drafted("{% for k, v in org.items() %}{{ k }}={{ v }};{% endfor %}", org=view) == (
        "name=Algamar;items=a key named items;"
    )
    assert _drafted("{{ org.missing is defined }}", org=view) == "False"


def test_a_misspelt_key_is_still_named_with_the_nearest_one() -> None:
    env = BoundedEnvironment(loader=jinja2.DictLoader({"t.md": "x\n{{ org.nmae }}"}), undefined=jinja2.StrictUndefined)
    with pytest.raises(TemplateError, match=r"<template>:2: the template asks for 'nmae'.*did you mean 'name'\?"):
        render(env, "t.md", {"org": {"name": "Algamar"}})
