"""A scheme's own noun: "accreditation" (Investors in People), "award" (Athena Swan), "label",
"charter", "seal", "mark". Given once per language, it names the award in the lead and again later
("granted the accreditation", "a acreditação", « l’accréditation »), where drafter would otherwise fall
back on its kind's generic noun. In Portuguese, Spanish and French its gender chooses the article:
drafter knows the gender of the nouns awards are usually named by (:data:`drafter.lang.awards.AWARD_HEADS`),
and asks for ``noun_gender`` only for a noun it does not know.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping

from pydantic_core import PydanticCustomError

from ..lang import words
from ..lang.schemes import scheme_gender, scheme_has_gender
from .hints import shown
from .types import _fail

_ELIDED = re.compile(r"[lL][’']")
"""An elided article: « l’accréditation »."""


def folded(word: str) -> str:
    """``word`` in lower case without accents, as the languages' function words are listed."""
    return "".join(c for c in unicodedata.normalize("NFD", word.casefold()) if not unicodedata.combining(c))


def given_gender(noun_gender: str | Mapping[str, str] | None, lang: str) -> str | None:
    """The gender the facts give the noun in ``lang``: one for every language, or the language's own."""
    if noun_gender is None or isinstance(noun_gender, str):
        return noun_gender
    return noun_gender.get(lang)


def check_noun(
    noun: Mapping[str, str] | None, noun_gender: str | Mapping[str, str] | None
) -> PydanticCustomError | None:
    """The first problem with ``award.noun`` and ``award.noun_gender``, or None: a gender without a noun, a
    noun written with its article or a capital (the text adds both where a sentence needs them), and in a
    language whose articles have a gender, a noun drafter does not know the gender of, with none given."""
    if noun is None:
        if noun_gender is not None:
            return _fail("noun_gender", "is the gender of noun: add noun, or remove noun_gender", at="noun_gender")
        return None
    for lang, text in noun.items():
        first = text.split()[0] if text.split() else ""
        elided = _ELIDED.match(text)
        if folded(first) in words(lang).function_words or elided:
            bare = text[elided.end() :] if elided else text.split(" ", 1)[-1]
            message = f"{shown(text)} starts with an article; write the noun alone: {bare}"
            return _fail("noun", message, at=("noun", lang))
        if first[:1].isupper():
            return _fail(
                "noun",
                f"{shown(text)} is written with a capital; write the noun as in the middle of a sentence: "
                f"{text[:1].lower()}{text[1:]} (drafter adds the capital where a sentence starts)",
                at=("noun", lang),
            )
        if scheme_has_gender(lang) and not given_gender(noun_gender, lang) and not scheme_gender(lang, text):
            return _fail(
                "noun",
                f"drafter does not know the gender of {shown(text)}; add noun_gender: m or f "
                "(or one per language if it differs)",
                at=("noun", lang),
            )
    return None
