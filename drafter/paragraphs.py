"""Where the body's paragraphs break (``paragraphs`` in the view): no sentence is left standing alone.

An editor does not leave one sentence as a paragraph of its own ("The Olea Verona International Prize was
created in 2009." between the lead and a quote, "The project runs for five years." after a grant's lead):
it runs on from the paragraph before, which its sense belongs to (the award's history after the award, the
project's length after the grant, the next step after the partnership). The templates hold the sentences;
this module counts them from the facts, as every language's template says them, and tells each paragraph
whether it opens on its own (``True``) or runs on from the one before (``False``). The lead and the quotes
stand as they are.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from sentencex import segment

if TYPE_CHECKING:
    from .facts import Facts


def sentences(text: str | None, lang: str) -> int:
    """How many sentences ``text`` holds (none for no text)."""
    if not text or not text.strip():
        return 0
    return sum(1 for s in segment(lang, text) if s.strip())


SHORT = 20
"""The most words a sentence of the facts' own may have to run on from the paragraph before, in every language
it is given in: "The label rewards ten years of work." does, a sentence of thirty words stands as written."""


def short_sentence(text: str | Mapping[str, str] | None, lang: str) -> bool:
    """Whether ``text`` (one language's, or each language's) is one short sentence in every language given."""
    if not text:
        return False
    given = text.items() if isinstance(text, Mapping) else [(lang, text)]
    return all(sentences(t, code) == 1 and len(t.split()) <= SHORT for code, t in given)


def paragraphs_view(
    facts: Facts, lang: str, purpose: str | None, partnership: dict[str, Any] | None, next_steps: list[str]
) -> dict[str, bool]:
    """``origin``: the award's history, who backs it and what it is for; ``meaning``: what it means for the
    organisation, the facts' own words, which run on from the paragraph before when they are one short
    sentence (:func:`short_sentence`); ``project``: a grant's budget, length and co-funders; ``next_steps``:
    the next steps after the partnership, under the same heading."""
    award, grant = facts.award, facts.grant
    created = bool(award.launched or award.launched_by)
    # grant.md says the programme's purpose in its lead when no sentence on its origin comes first
    purpose_in_lead = facts.release.kind == "grant" and not created
    origin = created + (award.backed_by is not None) + (0 if purpose_in_lead else sentences(purpose, lang))
    project = 0
    if grant is not None:
        project = bool(grant.budget or grant.months or grant.start) + bool(grant.co_funded_by)
    partners = 0
    if partnership:
        # the partners are named in the first sentence when there are three or fewer, else in one of their own
        listed_first = partnership.get("listed") and partnership.get("number", 0) <= 3
        named_after = any(partnership.get(k) for k in ("grouped", "listed", "some_named")) and not listed_first
        partners = 1 + bool(named_after) + sentences(partnership.get("goal"), lang)
    steps = sentences(" ".join(next_steps), lang)
    return {
        "origin": origin > 1,
        "meaning": not short_sentence(award.meaning, lang),
        "project": project > 1,
        "next_steps": not partners or (partners > 1 and steps > 1),
    }
