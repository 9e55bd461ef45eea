"""A text that opens by naming again what the sentence before it has just named: French makes it a
pronoun, as an editor would (« Le label X a été créé en 2005. Il distingue… », not « … Le label
distingue… »). Press officers write an award's purpose to stand alone, since it may open its
paragraph; only the template knows when a sentence about the same award comes first."""

from __future__ import annotations

import re

_OPENING = re.compile(r"(?P<article>Le |La |L[’'])(?P<noun>[^\W\d_]+) (?P<next>\S+)")

_PRONOUNS = {"Le ": "Il", "La ": "Elle"}

_VERBS = frozenset(
    """
    a accompagne aide apporte assure atteste avait certifie cible classe compte concerne confirme contribue
    couvre définit distingue doit démontre encourage engage entend est était exige existe favorise finance
    fixe garantit honore identifie impose incite labellise mesure met offre permet peut porte prime promeut
    prouve reconnaît regroupe renforce repose récompense réunit salue sera sert signale souligne soutient
    témoigne valorise vise vérifie évalue
    """.split()
)
"""Verbs a scheme's purpose opens with after its subject. A word not listed (an adjective: « Le
Pavillon bleu », « Le label vert ») leaves the text as written: repeating is better than « Il bleu »."""

_VERB_OPENERS = ("s’", "s'", "n’", "n'")


def _a_verb(word: str) -> bool:
    """Whether ``word`` opens a predicate after a subject: a verb, or the « se », « ne » before one."""
    return word.startswith(_VERB_OPENERS) or word in ("se", "ne") or word in _VERBS


def _apostrophes(text: str) -> str:
    return text.replace("'", "’").casefold()


def pronoun_again(text: str, name: str, gender: str) -> str:
    """``text`` with its opening « Le label », « La marque »… made « Il », « Elle »: the award's whole
    ``name`` after its article (« Le Pavillon bleu distingue… ») or the noun the name starts with
    (« label Entreprise du patrimoine vivant »), followed by a verb; ``gender`` ("m" or "f") stands for
    an elided « L’ ». Anything else is kept as written."""
    found = _OPENING.match(text)
    if not found:
        return text
    article = found["article"]
    pronoun = _PRONOUNS.get(article) or ("Elle" if gender == "f" else "Il")
    after_article = text[found.start("noun") :]
    whole = _apostrophes(name) + " "
    rest = after_article[len(whole) :]
    if _apostrophes(after_article).startswith(whole) and _a_verb((rest.split() or [""])[0]):
        return type(text)(f"{pronoun} {rest}")
    head = (name.split() or [""])[0].casefold()
    if found["noun"].casefold() != head or not _a_verb(found["next"]):
        return text
    return type(text)(f"{pronoun} {text[found.start('next') :]}")


_SECTOR_ARTICLE = re.compile(r"(?:les |le |la |l[’'])", re.IGNORECASE)


def type_before_sector(kind: str, sector: str) -> str:
    """The type's words (« un organisme de formation ») without the complement the sector then says
    again (« spécialisé dans la formation continue »): « un organisme spécialisé dans la formation
    continue », not « un organisme de formation spécialisé dans la formation… ». Any other type is kept."""
    bare = _SECTOR_ARTICLE.sub("", sector, count=1) if _SECTOR_ARTICLE.match(sector) else ""
    noun = (bare.split() or [""])[0].casefold()
    if not noun:
        return kind
    for joint in (" de ", " d’", " d'"):
        head, found, tail = kind.rpartition(joint)
        if found and tail.casefold() == noun and " " in head:
            return head
    return kind
