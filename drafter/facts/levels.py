"""An award's level: a metal drafter knows (bronze, silver, gold, platinum), each language writing it with
its glossary's word, or a level the scheme names itself ("Excellent", "5 Star", "Grand Gold", "first prize",
an honourable mention), given as a block with what the languages need to say it with agreement.

An own-named level either qualifies a noun, as a metal qualifies "level" ("o nível Excellent", "the 5 Star
category") or is a noun of its own (``alone``: "a Menção Honrosa", "first prize", « le Grand Prix »). An
upgrade between two levels is checked where their order can be known: two metals by their scale, two
own-named levels by their ``rank``; otherwise it is read as the facts give it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated, Any, Literal

from pydantic import Discriminator, Field, PlainValidator, Tag, WithJsonSchema, model_validator

from .grammatical import Article, Gender
from .hints import shown, suggest
from .section import Model
from .types import Text, _fail

Metal = Literal["bronze", "silver", "gold", "platinum"]
METALS: tuple[Metal, ...] = ("bronze", "silver", "gold", "platinum")
"""The metals drafter knows, lowest first: the order an upgrade between them climbs."""

METAL_TAG, OWN_TAG = "level-keyword", "level-block"
"""The union's tags, which a validation error's path carries and a message leaves out."""


def _check_metal(value: Any) -> str:
    text = value if isinstance(value, str) else shown(value)
    if text in METALS:
        return text
    hint = suggest(text, METALS)
    guess = f"; did you mean {hint!r}? A" if hint else "; a"
    raise _fail(
        "level",
        f"{shown(value)} is not one of: {', '.join(METALS)}{guess} level the scheme names itself is a block: "
        "{name: Excellent}",
    )


class OwnLevel(Model):
    """A level the scheme names itself: Excellent, 5 Star, Grand Gold, first prize, an honourable mention."""

    name: Text = Field(
        description="The level as the scheme writes it, one text for every language or one per language: "
        "Excellent; {pt: Menção Honrosa, es: Mención de Honor, en: Honourable Mention, fr: Mention d’honneur}."
    )
    noun: Text | None = Field(
        default=None,
        description="The noun the name qualifies, in lower case, when it is not the language's word for level "
        "(nível, nivel, level, niveau): {pt: categoria, es: categoría, en: category, fr: catégorie}.",
    )
    alone: bool = Field(
        default=False,
        description="true when the name is a noun of its own, said without one: a Menção Honrosa, el accésit, "
        "first prize, le Grand Prix.",
    )
    gender: Gender | None = Field(
        default=None,
        description="Grammatical gender in Portuguese, Spanish and French of what is said: the name when it is "
        "alone (a Menção Honrosa: f), else its noun (default: that of the word for level, m); a mapping if it "
        "differs by language.",
    )
    article: Article = Field(
        default=True,
        description="false for a level said without the definite article (English Grand Gold, Best in Show); a "
        "mapping if it differs by language: {en: false}.",
    )
    rank: int | None = Field(
        default=None,
        description="Its place on the scheme's scale, higher above (4 Star: 4, 5 Star: 5): an upgrade between "
        "two levels of the scheme's own is checked by it.",
    )

    @model_validator(mode="after")
    def _said(self) -> OwnLevel:
        if self.alone and self.noun is not None:
            raise _fail(
                "level",
                "a level said alone qualifies no noun: remove noun, or alone",
                at="noun",
            )
        return self


AwardLevel = Annotated[
    Annotated[Metal, PlainValidator(_check_metal), WithJsonSchema({"enum": list(METALS)}), Tag(METAL_TAG)]
    | Annotated[OwnLevel, Tag(OWN_TAG)],
    Discriminator(lambda value: OWN_TAG if isinstance(value, (dict, OwnLevel)) else METAL_TAG),
]
"""``award.level`` and ``award.previous.level``: a metal keyword, or the level's own name as a block."""


def is_metal(level: object) -> bool:
    return isinstance(level, str)


def level_text(level: str | OwnLevel, lang: str) -> str:
    """The level's own name in ``lang``, or the metal's keyword."""
    if isinstance(level, str):
        return level
    return level.name if isinstance(level.name, str) else level.name.get(lang, next(iter(level.name.values())))


def named(level: str | OwnLevel) -> str:
    """The level as messages name it: gold, “5 Star”."""
    if isinstance(level, str):
        return level
    names = [level.name] if isinstance(level.name, str) else list(dict.fromkeys(level.name.values()))
    return " / ".join(f"“{n}”" for n in names)


def order(previous: str | OwnLevel, now: str | OwnLevel) -> bool | None:
    """Whether ``previous`` is below ``now``, where their order can be known: two metals by their scale,
    two levels of the scheme's own by their rank; None where it cannot (read as the facts give it)."""
    if isinstance(previous, str) and isinstance(now, str):
        return METALS.index(previous) < METALS.index(now)
    if isinstance(previous, OwnLevel) and isinstance(now, OwnLevel):
        if previous.rank is not None and now.rank is not None:
            return previous.rank < now.rank
        if _names(previous) & _names(now):
            return False  # the same level held again is no upgrade
    return None


def _names(level: OwnLevel) -> set[str]:
    values = [level.name] if isinstance(level.name, str) else list(level.name.values())
    return {" ".join(v.casefold().split()) for v in values}


def check_upgrade(previous: str | OwnLevel, now: str | OwnLevel) -> None:
    """Raise the problem with an upgrade from ``previous`` to ``now`` whose order says it is none."""
    if order(previous, now) is not False:
        return
    same = not isinstance(previous, str) and not isinstance(now, str) and bool(_names(previous) & _names(now))
    why = (
        f"{named(previous)} is the level awarded now; an upgrade moves from a lower level"
        if same
        else f"{named(previous)} is not below the level awarded now ({named(now)}); an upgrade moves up"
    )
    raise _fail("previous", f"{why}: correct one of them, or remove previous", at=("previous", "level"))


def given(value: bool | Mapping[str, bool] | str | Mapping[str, str] | None, lang: str) -> Any:
    """A value the facts give once for every language or per language, in ``lang``."""
    if isinstance(value, Mapping):
        return value.get(lang)
    return value
