"""The commonest short words of each language, and its telling endings, for a cheap first look at a paragraph.

Articles, prepositions and their contractions, conjunctions, pronouns and the
commonest verbs make up a third to a half of any running text, and each
language has its own; endings such as "-ção", "-ción" and "-ing", and letters
such as "ã" and "ñ", tell the words around them. A paragraph full of one
language's words and nearly empty of another's is in that language, and the
checker skips the slower identification (``drafter.checker.langid``).
Languages drafter has no templates for are here too, as evidence against: a
Galician or Catalan paragraph in a Spanish draft holds their words, and goes
to langdetect.
"""

from __future__ import annotations


def _split(text: str) -> frozenset[str]:
    return frozenset(text.split())


STOPWORDS: dict[str, frozenset[str]] = {
    "pt": _split(
        "o a os as um uma uns umas de do da dos das em no na nos nas num numa ao aos à às pelo pela pelos "
        "pelas por para com sem sob e ou mas que se não é são foi foram ser sido está estão era será serão "
        "há tem têm tinha mais também como seu sua seus suas este esta estes estas esse essa isso isto aquele "
        "já entre sobre até muito muitos muita quando onde ele ela eles elas nós lhe lhes pode podem após "
        "desde cada todos todas outro outra outros outras ainda nosso nossa nossos nossas vai vão dum duma"
    ),
    "es": _split(
        "el la los las un una unos unas de del al a ante en por para con sin sobre y e o u pero que se no es son fue "
        "fueron ser sido está están era será serán hay ha han había más también como su sus este esta estos "
        "estas ese esa eso esto aquel ya entre hasta muy mucho muchos muchas cuando donde él ella ellos ellas "
        "nosotros nos le les lo pueden puede tras desde cada todos todas otro otra otros otras aún todavía "
        "nuestro nuestra nuestros nuestras va van"
    ),
    "en": _split(
        "the a an of to in on at by for with from into about after before between without and or but that "
        "this these those which who whom whose is are was were be been being has have had will would can "
        "could should may must it its they them their we our us he she his her not also more than as "
        "each all other such there here when where"
    ),
    "fr": _split(
        "le la les l un une des du de d au aux en dans par pour avec sans sur sous et ou mais que qui qu ne "
        "pas n est sont était été être a ont avait sera seront plus aussi comme son sa ses ce cette ces cet "
        "leur leurs il elle ils elles nous vous on lui se s déjà entre après depuis chaque tous toutes autre "
        "autres notre nos votre vos dont où"
    ),
    "it": _split(
        "il lo la i gli le un uno una di del dello della dei degli delle al allo alla ai agli alle nel nello "
        "nella nei negli nelle dal dalla dai sul sulla sui con per tra fra e ed o ma che non è sono era stato "
        "stata essere ha hanno anche più come suo sua suoi sue questo questa questi queste quello già dopo "
        "ogni tutti tutte altro altra loro noi"
    ),
    "de": _split(
        "der die das den dem des ein eine einen einem einer eines und oder aber mit von zu zum zur für auf "
        "aus bei nach über unter ist sind war waren wird werden wurde hat haben nicht auch im am wie dass "
        "sich es sie er wir ihr ihre sein seine diese dieser dieses noch nur schon"
    ),
    "ca": _split(
        "el la els les un una uns unes de del dels al als en per amb sense sobre i o però que es no és són "
        "va van ha han ser més també com seu seva seus seves aquest aquesta aquests aquestes ja entre fins "
        "molt quan on ell ella ells elles nosaltres li els hi ho cada tots totes altre altra nostre nostra"
    ),
    "gl": _split(
        "o a os as un unha uns unhas de do da dos das en no na nos nas nun nunha ao aos á ás polo pola polos "
        "polas por para con co coa cos coas sen e ou pero que se non é son foi foron ser está están era será "
        "hai ten teñen máis tamén como seu súa seus súas este esta estes estas iso isto xa entre sobre ata "
        "moi cando onde el ela eles elas nós lle lles pode poden tras desde cada todos todas outro outra"
    ),
}
"""Per language, its commonest words in lower case, accents as written."""

ENDINGS: dict[str, tuple[str, ...]] = {
    "pt": ("ção", "ções", "ões", "ão", "ãos", "ães", "agem", "agens"),
    "es": ("ción", "ciones", "dad", "dades"),
    "en": ("ing", "ings", "ness", "ship", "ships"),
    "fr": ("eau", "eaux", "ées"),
    "it": ("zione", "zioni", "ità"),
    "de": ("ung", "ungen", "keit", "heit"),
    "ca": ("ció", "cions"),
}
"""Word endings one language has and the others here have not."""
LETTERS: dict[str, str] = {"pt": "ãõ", "es": "ñ", "fr": "èœ", "de": "ßäö", "ca": "·"}
"""Letters one language writes and the others here do not."""


def marked(word: str) -> str | None:
    """The one language whose ending or letter ``word`` (in lower case) has, if there is just one."""
    found = [lang for lang, ends in ENDINGS.items() if word.endswith(ends)]
    found += [lang for lang, letters in LETTERS.items() if any(c in word for c in letters) and lang not in found]
    return found[0] if len(found) == 1 else None
