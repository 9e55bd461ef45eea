"""A context figure of the facts file, and the rules that keep its forms apart: a number or a change,
words after it or a line of its own. Apart from :mod:`.model` because its checks are half its length."""

from __future__ import annotations

from pydantic import Field, ValidationInfo, field_validator, model_validator

from .grammatical import Gender
from .money_words import check_money_words
from .placeholders import check_placeholders
from .section import Model
from .types import Currency, Number, Prose, _fail

POINTS = frozenset("point points pontos ponto puntos punto pts".split())
"""Words that say a number out of a whole is a score, in any of the languages: "96 of the 100 points"
reads as a share of a set of points, not as a mark (``out_of``)."""


class Figure(Model):
    """A context figure: about 350 clusters hold the Bronze label; energy use fell by 18.4 %."""

    value: Number | None = Field(default=None, description="The number itself; or give change.")
    change: Number | None = Field(
        default=None, description="A rise (12) or a fall (-18.4), instead of value; a percentage with percent: true."
    )
    of: Number | None = Field(default=None, description="The whole it is part of: 13 of 40.")
    out_of: Number | None = Field(
        default=None,
        description="For a score: the top mark, with what as the thing scored: value: 96, out_of: 100, "
        "what: the amontillado gives 'The amontillado scored 96 out of 100'.",
    )
    currency: Currency | None = Field(
        default=None, description="For a sum of money: its currency, as an ISO 4217 code (EUR, GBP, USD)."
    )
    approx: bool = Field(default=False, description="true for 'about 350'.")
    percent: bool = Field(default=False, description="true when value (or change) is a percentage.")
    what: Prose | None = Field(default=None, description="How the sentence goes on after the number; or give text.")
    text: Prose | None = Field(
        default=None, description="The whole line, with {value} where the number goes (and {of} for the whole)."
    )
    gender: Gender | None = Field(
        default=None,
        description="Grammatical gender of the noun counted, in Portuguese, Spanish and French: m or f, or one "
        "per language. With it, 'of' is written with the article (62 dos 75, 62 de los 75) and small counts "
        "agree (duas marinas, una planta); without it, 'de um total de 75' and digits where a word would agree.",
    )

    @field_validator("text")
    @classmethod
    def _placeholders(cls, text: Prose | None, info: ValidationInfo) -> Prose | None:
        if text is not None:
            check_placeholders(text, total=info.data.get("of") is not None)
        return text

    @model_validator(mode="after")
    def _one_form(self) -> Figure:
        if (self.value is None) == (self.change is None):
            both = self.value is not None
            raise _fail(
                "figure",
                "give either value or change, not both"
                if both
                else "a figure needs a value (the number) or a change (a rise or a fall, like -18.4)",
            )
        if (self.what is None) == (self.text is None):
            both = self.what is not None
            raise _fail(
                "figure",
                "give either what or text, not both"
                if both
                else "a figure needs what (the words after the number) or text (a line with {value} in it)",
            )
        if self.percent and self.of is not None:
            raise _fail("figure", "a percentage has no 'of': write 38.5 with percent: true, or 13 of 40")
        if self.change is not None:
            if self.change == 0:
                raise _fail("figure", "a change of 0 is no change; give the rise (12) or the fall (-18.4)", at="change")
            if self.of is not None:
                raise _fail("figure", "a change has no 'of'; remove it", at="of")
            if self.what is not None and not self.percent:
                raise _fail(
                    "figure",
                    "a change written with what is a percentage: add percent: true, "
                    "or write the line as a text with {value}",
                    at="change",
                )
        self._score()
        if self.currency is not None and (self.percent or self.of is not None):
            raise _fail(
                "figure", "a sum of money is no percentage and no part of a whole: remove currency", at="currency"
            )
        if self.currency is not None:
            number = self.value if self.value is not None else self.change
            assert number is not None  # one of them, as checked above
            check_money_words(number, self.currency, self.text, self.what)
        if self.text is not None and self.approx:
            raise _fail("figure", "a figure given as a text says 'about' in its own words: remove approx", at="approx")
        return self

    def _score(self) -> None:
        """A score is said as one ("scored 96 out of 100"), never as a part of a whole ("96 of the 100 points")."""
        if self.out_of is not None:
            clash = next((k for k in ("of", "change", "currency", "text") if getattr(self, k) is not None), None)
            if clash or self.percent:
                raise _fail(
                    "figure",
                    f"a score has no {clash or 'percent'}: give value, out_of and what (the thing scored)",
                    at=clash or "percent",
                )
            if self.value is not None and not 0 <= self.value <= self.out_of:
                raise _fail("figure", f"a score of {self.value} out of {self.out_of} is no score", at="value")
            return
        if self.of is None or self.what is None:
            return
        words = list(self.what.values())
        if any(w.split()[:1] and w.split()[0].lower() in POINTS for w in words):
            raise _fail(
                "figure",
                f"{self.value} of {self.of} points is a score: write out_of: {self.of} instead of of, "
                "and what: the thing scored (the amontillado), which drafter says as "
                f"'The amontillado scored {self.value} out of {self.of}'",
                at="of",
            )
