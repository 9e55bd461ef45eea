"""The nouns an event's name starts or ends with, by language: its gender and number ("la Feria…",
"los Encuentros…", « les Rencontres… »), and the noun a prize the event itself presents is presented by
("la organización de la feria").
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType as frozen

from .nouns import by_gender

EVENTS: Mapping[str, Mapping[str, str]] = frozen(
    {
        "pt": frozen(
            {
                **by_gender(
                    "congresso festival salão fórum encontro concurso simpósio campeonato certame colóquio prémio "
                    "jantar baile dia evento",
                    "feira exposição conferência semana gala competição mostra bienal cimeira cerimónia cerimônia "
                    "noite sessão receção convenção assembleia expo",
                ),
                # Plural names, "nas Jornadas Técnicas, realizadas…" (glossary mp, fp).
                **dict.fromkeys("encontros prémios jogos campeonatos diálogos dias".split(), "mp"),
                **dict.fromkeys("jornadas olimpíadas conversas".split(), "fp"),
            }
        ),
        "es": frozen(
            {
                **by_gender(
                    "congreso festival salón foro encuentro concurso simposio campeonato certamen coloquio premio "
                    "acto evento día almuerzo",
                    "feria exposición conferencia semana gala competición muestra bienal cumbre ceremonia noche "
                    "velada cena sesión recepción convención asamblea expo",
                ),
                # Plural names, "en los Encuentros Empresariales, celebrados…" (glossary mp, fp).
                **dict.fromkeys("encuentros premios juegos campeonatos diálogos días".split(), "mp"),
                **dict.fromkeys("jornadas olimpiadas conversaciones".split(), "fp"),
            }
        ),
        "fr": frozen(
            {
                **by_gender(
                    "salon festival congrès concours forum sommet marché championnat challenge symposium colloque "
                    "trophée gala carrefour carnaval village mondial séminaire dîner déjeuner bal",
                    "foire exposition conférence semaine fête biennale nuit journée compétition convention rencontre "
                    "bourse cérémonie soirée remise réception session assemblée",
                ),
                # Plural names, « aux Rencontres de… », « qui se sont tenues » (glossary mp, fp).
                **dict.fromkeys("entretiens trophées championnats jeux internationaux états".split(), "mp"),
                **dict.fromkeys(
                    "rencontres assises journées victoires floralies olympiades universités nuits".split(), "fp"
                ),
            }
        ),
    }
)
"""The nouns an event's name may start with, and their gender, by language: "le Salon national…",
"la Foire de…", "realizado no Congresso…". A leading "Grand", "Gran", "Grande" is passed over."""

EVENT_TAILS: Mapping[str, Mapping[str, str]] = frozen(
    {
        "fr": by_gender(
            "congress summit forum festival fair show awards challenge championship championships symposium "
            "meeting gala market trophy dinner lunch luncheon ball",
            "expo exhibition conference week day days night competition cup biennale ceremony evening reception "
            "convention assembly session",
        ),
        # "no Smart City Expo World Congress, realizado…", "na Web Summit, realizada…": the gender of
        # "congresso", "cimeira", "feira", "semana"…
        "pt": by_gender(
            "congress forum festival show challenge championship championships symposium meeting market trophy day "
            "dinner lunch luncheon ball",
            "summit fair expo exhibition conference week night competition cup biennale gala ceremony evening "
            "reception convention assembly session",
        ),
        # "en el Smart City Expo World Congress, celebrado…", "en la Barcelona Design Week, celebrada…": the
        # gender of "congreso", "cumbre", "feria", "semana"…
        "es": by_gender(
            "congress forum festival show challenge championship championships symposium meeting market trophy "
            "lunch luncheon ball",
            "summit fair expo exhibition conference week night competition cup biennale gala ceremony evening "
            "reception convention assembly session dinner",
        ),
    }
)
"""The nouns a name in English ends with (:func:`english_head`), and the gender of the word a language
calls such an event, by language, for a name whose first word says nothing: « au Smart City Expo World
Congress », "at the European Conference on Accessible Cities"."""

_ENGLISH_LINKS = frozenset("of on for in at about against".split())
"""The prepositions after which an English name says what its event is about, not what it is."""


def english_head(words: list[str]) -> str:
    """The noun an English name of lower-case ``words`` is named by: its last word before the first
    preposition ("European Conference on Accessible Cities", "World Festival of Folk Music"), else its
    last ("Smart City Expo World Congress")."""
    cut = next((i for i, word in enumerate(words) if i and word in _ENGLISH_LINKS), len(words))
    return words[cut - 1]


def event_noun(lang: str, name: str | None) -> str | None:
    """The noun an event's name starts with, past a "Gran", with its article, where it is one of
    :data:`EVENTS`: a prize the event itself presents is presented by "la organización de la feria", "del
    congreso", which "la organización" alone, after a lead about the winner, would leave unclear."""
    words = (name or "").lower().split()
    if words[:1] in (["grand"], ["gran"], ["grande"]):
        words = words[1:]
    gender = EVENTS.get(lang, {}).get(words[0]) if words else None
    the = {"es": {"m": "el", "f": "la", "mp": "los", "fp": "las"}}.get(lang, {}).get(gender or "")
    return f"{the} {words[0]}" if the else None


def event_gender(name: str | None, lang: str) -> str | None:
    """The gender of the noun an event's name starts with ("le Salon…", "la Foire…"), past a "Grand", in
    this language or, for a name kept in another, in that one, whose nouns are its cognates' gender ("no
    Concours Mondial…", "en la Feria…"); else of an English name's last noun ("a Web Summit")."""
    words = (name or "").lower().split()
    if words[:1] in (["grand"], ["gran"], ["grande"]):
        words = words[1:]
    if not words:
        return None
    found = EVENTS.get(lang, {}).get(words[0]) or EVENT_TAILS.get(lang, {}).get(english_head(words))
    # A name kept in another language takes the gender, not the number, of its noun there: the French
    # « Rencontres… » (fp) is « la Rencontres… » for a template that has no plural forms of its own.
    return found or next((nouns[words[0]][:1] for nouns in EVENTS.values() if words[0] in nouns), None)
