"""What a grant's template sees (``grant`` in the view): the sum, the project, its length, who else pays.

Like the rest of the view, every value is already in the release's language: sums as
:mod:`drafter.amounts` writes them (480 000 euros, €480,000), dates as the locale does, and the
co-funders as parties (:mod:`drafter.parties`): each name after its article, ready for a list, and its
gender, which a verb agrees with ("Lo cofinancian los Laboratorios…").
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .amounts import format_money
from .facts.dates import Month
from .grammar import with_article
from .parties import party_view

if TYPE_CHECKING:
    from .facts import Facts, Researcher
    from .view import Localizer


def grant_view(facts: Facts, loc: Localizer) -> dict[str, Any] | None:
    grant = facts.grant
    if grant is None:
        return None
    return {
        "amount": format_money(grant.amount, grant.currency, loc.locale),
        "budget": None if grant.budget is None else format_money(grant.budget, grant.currency, loc.locale),
        "project": loc.text(grant.project),
        "call": loc.text(grant.call),
        "months": None if grant.months is None else {"count": loc.number(grant.months), "number": grant.months},
        "start": None
        if grant.start is None
        else {"date": loc.when(grant.start), "date_month": isinstance(grant.start, Month)},
        "co_funded_by": [party_view(loc, funder) for funder in grant.co_funded_by],
        "led_by": _researcher(grant.led_by, loc),
    }


def _researcher(person: Researcher | None, loc: Localizer) -> dict[str, Any] | None:
    """Who leads the project, named as the lead names them: ``named`` (title and name), ``by`` ("pela Dra.
    Lucía…", « par la Pr… », "by Dr…"; a title takes the article of the gender given, but in English), the
    ``role`` after a comma."""
    if person is None:
        return None
    title = loc.text(person.title)
    named = f"{title} {person.name}" if title else person.name
    gender = loc.text(person.gender)
    forms = loc.articles(gender or "m", bool(title and gender) and loc.lang != "en")
    return {
        "name": person.name,
        "named": named,
        "the": with_article(forms.get("the", ""), named, loc.words),
        "by": with_article(forms.get("by", ""), named, loc.words),
        "role": loc.text(person.role),
    }
