"""English words (keys are folded lower case: accents off)."""

from types import MappingProxyType as frozen

from .model import Words, cardinal_table, currency_words, ordinal_table, split

_UNITS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
).split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_ORDINALS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth"
).split()
_ORDINAL_TENS = "twentieth thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth"

WORDS = Words(
    code="en",
    # "museum" and "museums", "sport" and "sports", "textile" and "textiles", "engineer" and "engineering"
    word_endings=("s", "es", "al", "ic", "ical", "ing", "ed", "er", "ers", "y", "ies"),
    cardinals=frozen(
        {
            **cardinal_table(_UNITS, _TENS, []),
            "hundred": (100, "h"),
            "thousand": (1000, "s"),
            "million": (10**6, "s"),
            "billion": (10**9, "s"),
            "trillion": (10**12, "s"),
            "a": (1, "a"),
        }
    ),
    connector="and",
    joins=frozen({"tens": frozenset({"", "-"}), "hund": frozenset({"", "+"}), "scale": frozenset({"", "+"})}),
    ordinals=frozen(ordinal_table(_ORDINALS, _ORDINAL_TENS, "hundredth", False)),
    ambiguous_ordinals=split("first second"),  # "first time", "a second"
    edition_words=split("edition editions ed"),
    approximate=frozen({"hundreds": 100, "thousands": 1000, "dozens": 12, "dozen": 12}),
    currency_words=frozen(currency_words("EUR=euro,euros USD=dollar,dollars GBP=pound,pounds,pounds_sterling")),
    range_links=split("to until till through"),
    name_links=split("of the for and on in de da do dos das del della di van von der den du la le y"),
    function_words=split(
        "a an the this that these those it its it's he she they we you i his her their our your my "
        "and or but nor so yet for of to in on at by with from as into onto over under about after "
        "before between during through without within against among since until upon via per "
        "is are was were be been being has have had do does did will would shall should can could "
        "may might must not no yes all any both each every few more most other some such only own "
        "same than too very also just then there here when where which who whom whose what why how "
        "if while because although though however therefore thus today yesterday tomorrow now "
        "meanwhile moreover furthermore earlier later last next new mr mrs ms"
    ),
    titles=split("mr mrs ms miss dr sir dame prof lord lady"),
    generic_after=True,
    # A sentence may open with a job before a name, as British papers write it ("Headteacher Ana Lima
    # said…", "Winemaker Rui Sá picked…"): the trades of the bodies that win awards, not only managers'.
    roles=split(
        "adviser advisor ambassador board chair chairman chairperson chairwoman chief co-founder commissioner "
        "coordinator dean deputy director director-general executive founder general governor head manager "
        "managing mayor member minister officer president prime professor rector secretary secretary-general "
        "spokesman spokesperson spokeswoman vice vice-president "
        "agronomist archivist bursar cardiologist cellarmaster conservator coxswain distiller epidemiologist "
        "forester headteacher helmsman neurologist oenologist oncologist paddler paediatrician "
        "physiotherapist sommelier viticulturist winemaker"
    ),
    month_prepositions=split(
        "in since from until till by of during early late mid last next this before after through "
        "around throughout end beginning"
    ),
    demonym_endings=("an", "ese", "ish", "ic"),
    months=frozen({"sept": 9}),
    # CLDR en.
    indefinite=frozen({"m": "a", "f": "a"}),
    vowel_indefinite="an",
    # A "u" said "you" ("a university", "a UK charity", "a Ukrainian network", "a urology unit", "a UN
    # agency", "a US company"), and "one" said "won"; other "un" and "up" words keep "an" ("an unlisted
    # company", "an upland cooperative").
    consonant_starts=(
        *"uni use usu uti ura ure uro uru uto ubiq uga ukr unesco usb uefa euro eu one once".split(),
        *("uk ", "uk-", "un ", "un-", "us ", "us-"),
    ),
    silent_starts=("hour", "honest", "honour", "honor", "heir"),
    quotes=("“", "”"),
    inner_quotes=("‘", "’"),
    apostrophe="’",
    # Names that take "the" in a sentence: plurals, unions, republics and groups of islands (Oxford Style
    # Manual, Guardian style guide, "the Gambia"). British newspapers (Guardian, BBC, Times) still write
    # the Czech Republic, Turkey, Ivory Coast and Bosnia and Herzegovina where CLDR has Czechia,
    # Türkiye, Côte d’Ivoire and "Bosnia & Herzegovina", and no "SAR China" after Hong Kong and Macau.
    # CLDR's ampersand is for lists and menus: a sentence writes "and" ("partners from Trinidad and
    # Tobago"), and a name in brackets after a partner's takes no second bracket of its own.
    country_names=frozen(
        {
            "CD": "Democratic Republic of the Congo",
            "CG": "Republic of the Congo",
            "CZ": "Czech Republic",
            "TR": "Turkey",
            "CI": "Ivory Coast",
            "BA": "Bosnia and Herzegovina",
            "HK": "Hong Kong",
            "MO": "Macau",
            "MM": "Myanmar",
            "PS": "Palestinian territories",
            "AG": "Antigua and Barbuda",
            "CC": "Cocos Islands",
            "EA": "Ceuta and Melilla",
            "GS": "South Georgia and the South Sandwich Islands",
            "HM": "Heard Island and McDonald Islands",
            "KN": "St Kitts and Nevis",
            "PM": "St Pierre and Miquelon",
            "SH": "St Helena, Ascension and Tristan da Cunha",
            "SJ": "Svalbard and Jan Mayen",
            "ST": "São Tomé and Príncipe",
            "TC": "Turks and Caicos Islands",
            "TT": "Trinidad and Tobago",
            "VC": "St Vincent and the Grenadines",
            "WF": "Wallis and Futuna",
        }
    ),
    country_articles=frozen(
        dict.fromkeys(
            (
                "NL GB US AE PH DO CF BS GM MV SC KM FO KY MH SB TC VG VI CK FK CD CG CZ PS "
                "IM AX BQ CC GS HM IO MP PN TF UM"
            ).split(),
            "the",
        )
    ),
    country_prepositions=("in", "from", ""),
    # A partner that is a university, a centre, an association… is "the University of Coimbra", "the
    # Universidade de Évora", "the Centre for Ceramic Technology", as in the docs; a company or a
    # one-word brand stays bare ("Tactile Studio", "Fraunhofer").
    typed_articles=split("university research_centre foundation public_body cluster association network"),
)

# A local authority's English name is used without "the", as a British paper writes it ("run by Bristol
# City Council", "co-funded by Kent County Council"), unlike a national body's ("the Arts Council", "the
# European Council"): names that end with these words.
LOCAL_COUNCILS = tuple(
    f"{kind} council" for kind in "city county borough district town parish village community metropolitan".split()
)

# A county's council is one too, whatever its name's last word before "Council" ("North Yorkshire
# Council", "Wiltshire Council", "Aberdeenshire Council").
COUNTY_ENDING = "shire council"

# A body whose name ends with the nation it serves, with no "of" or "for" before it, is named bare, as
# British papers write it ("Arts Council England", "Historic Environment Scotland", "Sport Wales",
# "Innovate UK", "Enterprise Ireland", "Creative Europe"); "the Bank of England" and "the National Trust
# for Scotland" keep "the".
NATIONS = frozenset("england scotland wales ireland uk britain europe".split())

# Nouns that open a local authority's name in the other languages ("Câmara de Setúbal", "Ayuntamiento
# de Vigo", "Mairie de Lyon"): its English name that ends in "Council" names a local council, bare
# ("co-funded by Setúbal Council"), however it names the place.
LOCAL_AUTHORITY_NOUNS = frozenset(
    "câmara camara município municipio concelho ayuntamiento concello ajuntament diputación diputacion "
    "cabildo mancomunidad consell mairie commune municipalité municipalite".split()
)


# A firm's name ends with its legal form or a partnership's word, and is a proper name, bare ("following
# an assessment by Pathway Assessment Partners", "Burness Paull LLP", "Certinorte Ltd").
FIRM_ENDINGS = frozenset(
    "partners associates consulting consultancy consultants ltd ltd. limited plc llp llc inc inc. gmbh".split()
)

TRADING_HEADS = frozenset(
    "hotel hôtel bodegas bodega quinta herdade adega adegas caves château domaine maison mutuelle pousada "
    "hostal parador restaurante restaurant celler cellers finca masia tenuta fattoria cantina weingut".split()
)
"""Nouns a business's trading name opens with, in the language it trades in: British press names such a
house bare, as it names a brand ("Hotel Quinta das Lajes has achieved", "Bodegas Marín Robles has won",
"Château Lafleur"), where an institution's name kept in its language takes "the" ("the Museu do Côa")."""

GROUP_ENDINGS = frozenset({"group", "holdings", "industries"})
"""A brand and one of these is a company's name, bare: "Acme Group"; an acronym's keeps "the": "the EIB Group"."""


# A university named by a place or a person before "University" is bare ("Cardiff University", "Edinburgh
# Napier University", "London Metropolitan University"); one named by an adjective keeps "the" ("the Open
# University", "the Catholic University", "the European University"), as one "of" a place does.
ADJECTIVE_ENDINGS = ("an", "ese", "ish", "ic", "al")
ADJECTIVES = frozenset("open free royal state new".split())


def _university(words: list[str]) -> bool:
    first = words[0] if words else ""
    return (
        len(words) > 1
        and words[-1] == "university"
        and not first.endswith(ADJECTIVE_ENDINGS)
        and first not in ADJECTIVES
        and not set(words) & set(WORDS.name_links)
    )


_PLACED = frozenset(("college", "university", "school"))


def _placed(words: list[str]) -> bool:
    """Whether a name ends with a college's, a university's or a school's noun and the city it is in, as
    "Imperial College London", "University College London" and "Trinity College Dublin" do: a name of
    its own, which the press writes bare in every role, as issuer and as partner alike."""
    return len(words) > 2 and words[-2].lower() in _PLACED and words[-1][:1].isupper() and words[-1].isalpha()


def _initials_last(words: list[str]) -> bool:
    """Whether a name ends with a set of initials after words of its own, as a brand of a body does,
    named bare by British papers as "Innovate UK" is ("Advance HE granted the award", "Age NI",
    "Sport NI"): the last word two to four capitals, the first not."""
    last = words[-1] if len(words) > 1 else ""
    return 2 <= len(last) <= 4 and last.isalpha() and last.isupper() and not words[0].isupper()


def bare_name(name: str, others: tuple[str, ...] = ()) -> bool:
    """Whether English names a body without "the" though the facts do not say: a local council ("run by
    Bristol City Council", "Wiltshire Council", or "Setúbal Council" where ``others``, its names in the
    other languages, say it is one: "Câmara de Setúbal"), a body named after its nation ("Arts
    Council England"), a firm ("Pathway Assessment Partners", "Hotel Quinta das Lajes":
    :data:`TRADING_HEADS`) and a university named by a place
    ("Cardiff University") or by its noun and its city ("Imperial College London": :func:`_placed`), one
    whose name ends with its initials ("Advance HE"), a branch named by its body's acronym and its country
    ("UNICEF Spain": :func:`drafter.localize.is_branch`) and one named after
    someone's own ("St Aidan's Primary School": :func:`possessed`)."""
    lower = name.lower()
    if lower.endswith(LOCAL_COUNCILS) or lower.endswith(COUNTY_ENDING) or possessed(name):
        return True
    words = lower.split()
    if len(words) > 1 and words[0] in TRADING_HEADS:
        return True
    if len(words) > 1 and words[-1] in FIRM_ENDINGS or _university(words) or _placed(name.split()):
        return True
    if len(words) == 2 and words[-1] in GROUP_ENDINGS and not name.split()[0].isupper():
        return True
    if len(words) > 1 and words[-1] in NATIONS and not set(words[:-1]) & set(WORDS.name_links):
        return True
    if _initials_last(name.split()) and not set(words) & set(WORDS.name_links):
        return True
    from ..localize import is_branch  # localize reads this module's words

    if is_branch(name, "en"):
        return True
    if lower.endswith(" council"):
        return any((other.lower().split() or [""])[0] in LOCAL_AUTHORITY_NOUNS for other in others)
    return False


_SAINTS = frozenset(("st", "st.", "saint", "ss", "sts"))

TITLES = frozenset(
    "king queen prince princess duke duchess earl lord lady bishop mayor people children women men "
    "world nation city county country".split()
)
"""Owners a possessive names a body after with "the" still ("the King's Fund", "the Children's Society",
"the People's Museum"): a title or a noun, not someone's name."""


def possessed(name: str) -> bool:
    """Whether a name is someone's own, a saint's or a person's, which English names without "the"
    ("St Aidan's Primary School", "St Mary's Hospital", "Guy's Hospital", "Lloyd's Register"); a title's
    or a noun's keeps it ("the King's Fund", "the Children's Society"), as a plural's does ("the
    Mariners' Museum")."""
    words = name.replace("’", "'").split()
    if len(words) > 2 and words[0].lower() in _SAINTS:
        words = words[1:]
    first = words[0] if len(words) > 1 else ""
    return first.endswith("'s") and first[:1].isupper() and first[:-2].lower() not in TITLES
