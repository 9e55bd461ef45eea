"""People a release names besides those it quotes: the researcher who leads a granted project.

Real grant releases name the principal investigator in the lead ("The project is led by Lucía Ferrándiz
Olmo, principal investigator at CISA"): a name check expects in every version, and a role each language
words its own way, which check finds as it finds a quoted person's.
"""

from __future__ import annotations

from pydantic import Field

from .grammatical import Gender
from .section import Model
from .types import Name, Text


class Researcher(Model):
    """Who leads a granted project: the name, and a role after it."""

    name: Name = Field(description="Their name as they write it: Lucía Ferrándiz Olmo.")
    title: Text | None = Field(
        default=None,
        description="A title before the name, as each language writes it: {pt: Prof.ª, es: Dra., en: Dr, fr: Pr}.",
    )
    gender: Gender | None = Field(
        default=None,
        description="m or f: the article Portuguese, Spanish and French put before a title (pela Dra., la Pr).",
    )
    role: Text | None = Field(
        default=None,
        description="Their position, after a comma, one per language where it differs: {pt: investigadora "
        "principal do CISA, es: investigadora principal del CISA, en: principal investigator at CISA, fr: "
        "chercheuse principale au CISA}.",
    )
