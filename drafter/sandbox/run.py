"""Rendering a template within bounds, and every way it can fail as a located, plain message."""

from __future__ import annotations

import difflib
from collections.abc import Iterator, Mapping
from types import TracebackType
from typing import Any

import jinja2
from jinja2.runtime import Undefined

from ..errors import TemplateError, excerpt
from .budget import Budget, spending
from .environment import BoundedEnvironment


def render(env: BoundedEnvironment, name: str, context: Mapping[str, Any], budget: Budget | None = None) -> str:
    """Template ``name`` filled with ``context``, within ``env.limits`` (``budget``: a new one, by default).

    Every failure is a :class:`TemplateError` naming the template's file and
    line, except a missing ``name`` itself (``jinja2.TemplateNotFound``), which
    only the caller can word.
    """
    with spending(budget or Budget(env.limits)):
        try:
            template = env.get_template(name)
        except jinja2.TemplateSyntaxError as exc:
            raise TemplateError(_describe(exc, context), exc.filename, exc.lineno) from None
        try:
            return _collect(env, template, template.root_render_func(template.new_context(dict(context))))
        except TemplateError as exc:
            raise exc.located(*_where(exc, template)) from None
        except Exception as exc:
            raise TemplateError(_describe(exc, context), *_where(exc, template)) from None


def _collect(env: BoundedEnvironment, template: jinja2.Template, stream: Iterator[str]) -> str:
    """The draft, refused as soon as it grows past ``env.limits.output``."""
    parts: list[str] = []
    written = 0
    for part in stream:
        written += len(part)
        if written > env.limits.output:
            raise TemplateError(
                f"the draft would be longer than {env.limits.output:,} characters; a press release is a few "
                "thousand — look for a loop that writes too much",
                *_suspended(stream, template),
            )
        parts.append(part)
    return "".join(parts)


def _where(exc: Exception, template: jinja2.Template) -> tuple[str | None, int]:
    """The innermost template line in a traceback: the code Jinja compiles knows its template."""
    if isinstance(exc, jinja2.TemplateSyntaxError):
        return exc.filename or template.filename, exc.lineno or 1
    found: tuple[str | None, int] = (template.filename, 1)
    tb = exc.__traceback__
    while tb is not None:
        owner = tb.tb_frame.f_globals.get("__jinja_template__")
        if isinstance(owner, jinja2.Template):
            found = (owner.filename, owner.get_corresponding_lineno(tb.tb_lineno))
        tb = tb.tb_next
    return found


def _suspended(stream: Iterator[str], template: jinja2.Template) -> tuple[str | None, int]:
    """Where a paused render stands: its innermost template generator's line."""
    found: tuple[str | None, int] = (template.filename, 1)
    gen: Any = stream
    while gen is not None:
        frame = getattr(gen, "gi_frame", None)
        owner = frame.f_globals.get("__jinja_template__") if frame is not None else None
        if frame is not None and isinstance(owner, jinja2.Template):
            found = (owner.filename, owner.get_corresponding_lineno(frame.f_lineno))
        gen = getattr(gen, "gi_yieldfrom", None)
    return found


def _undefined(exc: Exception) -> Undefined | None:
    """The undefined value whose use failed, found in the traceback: it knows what was asked of what."""
    found = None
    tb: TracebackType | None = exc.__traceback__
    while tb is not None:
        value = tb.tb_frame.f_locals.get("self")
        found = value if isinstance(value, Undefined) else found
        tb = tb.tb_next
    return found


def _unknown(exc: jinja2.UndefinedError, context: Mapping[str, Any]) -> str:
    """A name or a key the template uses and the facts do not have, with the nearest one that exists."""
    missing = _undefined(exc)
    name = getattr(missing, "_undefined_name", None)
    owner = getattr(missing, "_undefined_obj", jinja2.utils.missing)
    if not isinstance(name, str):
        return f"the template uses something that is not defined ({excerpt(exc.message or '', 80)}) — check it"
    shown = repr(excerpt(name))
    if owner is jinja2.utils.missing and name in context:
        return (
            f"the template uses {shown}, which a template imported without its context does not see — import "
            "it with context: {% import 'file.md' as name with context %}"
        )
    if owner is jinja2.utils.missing:
        known = sorted(str(k) for k in context)
        said = f"the template uses the name {shown}, which drafter does not define"
        advice = f"check its spelling; the names a template is given are {', '.join(known)}"
    else:
        known = [str(k) for k in owner] if isinstance(owner, Mapping) else []
        said = f"the template asks for {shown}, which this value does not have"
        advice = "check its spelling, or test for it first with {% if ... is defined %}"
    near = difflib.get_close_matches(name, known, n=1)
    hint = f"; did you mean {near[0]!r}?" if near else ""
    return f"{said}{hint} — {advice}"


def _describe(exc: Exception, context: Mapping[str, Any]) -> str:
    """A template's failure in plain words, with what to look at."""
    detail = excerpt(" ".join(str(exc).split()).rstrip("."), 160)
    if isinstance(exc, jinja2.UndefinedError) and not isinstance(exc, jinja2.exceptions.SecurityError):
        return _unknown(exc, context)
    if isinstance(exc, jinja2.exceptions.SecurityError):
        return (
            f"the template reaches for something the sandbox forbids ({detail}) — a template may use the facts, "
            "filters and tags, not Python's insides"
        )
    if isinstance(exc, RecursionError):
        return (
            "the template goes too deep for drafter to follow (macros, included templates, or lists inside lists) "
            "— look for a macro that calls itself, or a list built inside itself in a loop"
        )
    if isinstance(exc, jinja2.TemplateNotFound):
        name = repr(excerpt(str(exc.name)))
        return f"the template uses the template {name}, which is not in the templates folder — check its name"
    if isinstance(exc, jinja2.TemplateSyntaxError):
        return f"the template has a syntax error: {excerpt(exc.message or '', 160)} — check the tag on this line"
    if isinstance(exc, jinja2.TemplateError):
        return f"the template failed ({detail}) — check the tag on this line"
    what = {
        ZeroDivisionError: "divides by zero",
        OverflowError: f"makes a number too large to work with ({detail})",
        MemoryError: "makes something too large to hold in memory",
        LookupError: f"asks for an item that is not there ({detail})",
        TypeError: f"uses a value of the wrong kind ({detail})",
        ValueError: f"uses a value that does not fit ({detail})",
    }
    said = next(
        (text for kind, text in what.items() if isinstance(exc, kind)), f"fails ({type(exc).__name__}: {detail})"
    )
    return f"the template {said} — check the values, filters and numbers on this line"
