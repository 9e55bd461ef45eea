"""A place one version names and another gives by its adjective: "in the Alentejo" and "alentejana",
"Paris" and "parisienne", "Andaluzia" and "andalouse". A translation often turns the one into the other;
the place is there. Adjectives made from the name are found by their endings; those that are not
("andaluza" of Andalucía, "Welsh" of Wales) are read from the reviewed table of regions' adjectives
(``drafter/data/demonyms.yaml``, ``regions``: CLDR has none)."""

from __future__ import annotations

from functools import cache

from ..extract import Mention
from ..extract.canon import canon_name
from ..extract.names import table
from .version import Version

ENDINGS = frozenset(
    "ano ana anos anas ense enses ien ienne iens iennes ain aine ains aines ais aise ino ina inos inas "
    "eno ena enos enas esa eses esas ese ian ians ish ois oise ota otas eta etas "
    "een eenne eens eennes eo ea eos eas eu eia eus eias".split()
)
"""How an adjective of a place ends, accents folded: alentejano, madeirense, parisienne, lisboeta,
européen, europeo, europeu."""


@cache
def _names(value: str, lang: str) -> tuple[str, ...]:
    places = table("places")
    entry = places["places"].get(value) or places["regions"].get(value) or {}
    return tuple(canon_name(str(form)) for form in entry.get(lang) or ())


@cache
def _tabled(value: str, lang: str) -> tuple[str, ...]:
    """The region's adjectives in ``lang``, as a scan folds words."""
    entry = table("demonyms").get("regions", {}).get(value) or {}
    return tuple(canon_name(str(form)) for form in entry.get(lang) or ())


def adjective_of(mention: Mention, other: Version) -> bool:
    """Does ``other`` hold an adjective of the place: one of the table's, or one made from the place's
    name (one word of five letters or more, its last vowels dropped, then a linking letter or none and
    an adjective's ending): "alentejano" for the Alentejo, "lisboeta" for Lisboa, not "portugais" for
    Porto?"""
    region = mention.alias[3:] if mention.alias.startswith("pl:") else ""  # "vale do Loire": the valley's too
    if any(other.text.has_phrase(form) for value in (mention.value, region) for form in _tabled(value, other.lang)):
        return True
    for name in {canon_name(mention.text), *_names(mention.value, other.lang)}:
        stem = name.rstrip("aeiouy")
        if " " in name or len(name) < 5 or len(stem) < 4:
            continue
        for word in other.text.vocabulary:  # the stem, a linking letter or none, an ending
            if word.startswith(stem) and (word[len(stem) :] in ENDINGS or word[len(stem) + 1 :] in ENDINGS):
                return True
    return False
