"""Which noun names the organisation again after the lead ("O Cluster Portugal…" → "o cluster", « la ville »,
"o clube"), and that name with its article (``org.again`` in the view), for :func:`drafter.lang.leads.presented`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from ..grammar import with_article
from .model import Words
from .nouns import ORGS, OrgNouns


def first_word(text: str) -> str:
    return (text + " -").split()[0].lower()


def second_word(text: str) -> str:
    return (text + " - -").split()[1].lower()


def named_again(lang: str, again: str, managed_by: str | None) -> tuple[str, str] | None:
    """The noun, with its gender, that names the organisation again where its name (``again``, with its
    article: "O Cluster Portugal…") starts with one: ("cluster", "m"); None where the language names it as
    the view does, or where the name of the body that runs it starts with the same word, which would
    read "A cooperativa é gerida pela Cooperativa…": then by its name, ("", "")."""
    nouns = ORGS.get(lang, OrgNouns())
    if not nouns.again:
        return None
    word = second_word(again)
    found = (word, nouns.again[word]) if word in nouns.again else None
    if managed_by is not None and word == first_word(managed_by):
        return ("", "")
    return found


def _own_noun_fr(names: tuple[str, ...], managed_by: str | None) -> tuple[str, str] | None:
    """The noun a French name (or full name) starts with where it says what the body is, which names it
    again before a type's word does: « La Ville de Saint-Cirq… La ville est gérée par… », « LIPhy
    (Laboratoire…) … Le laboratoire est géré par… », not « L’organisme public », « Le centre »; ("", "")
    where the body that runs it starts with the same noun (« La ville est gérée par la Ville… »)."""
    nouns = ORGS["fr"].again
    for name in names:
        word = first_word(name)
        if word in nouns:
            return ("", "") if managed_by is not None and word == first_word(managed_by) else (word, nouns[word])
    return None


def _type_head_pt(typed: dict[str, str] | None, managed_by: str | None) -> tuple[str, str] | None:
    """The noun a Portuguese type of one's own starts with, where it is one that names a body, which names
    the organisation again: "clube de futebol", "o clube"; "empresa vitivinícola", "a empresa"; None for a
    type of one word or of drafter's own; ("", "") where the body that runs it starts with the same noun."""
    word = (typed or {}).get("word", "")
    if not typed or typed.get("key") or len(word.split()) < 2:
        return None
    first = first_word(word)
    gender = ORGS["pt"].heads.get(first)
    if gender is None:
        return None
    return ("", "") if managed_by is not None and first == first_word(managed_by) else (first, gender)


def again_view(
    org: dict[str, Any], lang: str, articles: Callable[[str], Mapping[str, str]], grammar: Words
) -> dict[str, Any]:
    """``org.again``: the organisation named again, by its name or by the noun that says what it is."""
    again = dict(org["again"])
    noun = named_again(lang, again["The"], (org["managed_by"] or {}).get("full"))
    if lang == "fr":  # « La ville est gérée par… », not « L’organisme public… »: the name's own noun first
        noun = _own_noun_fr((org["name"], org["full_name"] or ""), (org["managed_by"] or {}).get("full")) or noun
        if noun is None and (org["type"] or {}).get("key") == "public_body":  # not « L’organisme public »
            noun = ("", "")
    if lang == "pt" and noun is None:  # "O clube é gerido pela…", not "O clube de futebol é gerido pela…"
        noun = _type_head_pt(org["type"], (org["managed_by"] or {}).get("full"))
    if noun == ("", ""):
        again = {"the": org["called"], "The": org["Called"], "gender": org["gender"]}
    elif noun is not None:
        forms = articles(noun[1])
        again = {
            "the": with_article(forms.get("the", ""), noun[0], grammar),
            "The": with_article(forms.get("The", ""), noun[0], grammar),
            "gender": noun[1],
        }
    return again
