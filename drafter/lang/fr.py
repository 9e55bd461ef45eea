"""French words (keys are folded lower case: accents off). French counts in twenties from sixty
("soixante-dix", "quatre-vingt-dix-neuf"): its numbers have a reader of their own."""

from types import MappingProxyType as frozen

from .model import NounGenders, Words, currency_words, split

_UNITS = "zero un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize".split()
TENS = {
    "vingt": 20,
    "trente": 30,
    "quarante": 40,
    "cinquante": 50,
    "soixante": 60,
    "septante": 70,
    "octante": 80,
    "huitante": 80,
    "nonante": 90,
}
SCALES = {
    "mille": 1000,
    "million": 10**6,
    "millions": 10**6,
    "milliard": 10**9,
    "milliards": 10**9,
    "billion": 10**12,  # French: a million million
    "billions": 10**12,
}
UNITS = _UNITS
ORDINAL_STEMS = {
    "unieme": "un",
    "deuxieme": "deux",
    "troisieme": "trois",
    "quatrieme": "quatre",
    "cinquieme": "cinq",
    "sixieme": "six",
    "septieme": "sept",
    "huitieme": "huit",
    "neuvieme": "neuf",
    "dixieme": "dix",
    "onzieme": "onze",
    "douzieme": "douze",
    "treizieme": "treize",
    "quatorzieme": "quatorze",
    "quinzieme": "quinze",
    "seizieme": "seize",
    "vingtieme": "vingt",
    "trentieme": "trente",
    "quarantieme": "quarante",
    "cinquantieme": "cinquante",
    "soixantieme": "soixante",
    "septantieme": "septante",
    "octantieme": "octante",
    "huitantieme": "huitante",
    "nonantieme": "nonante",
    "centieme": "cent",
    "millieme": "mille",
}
"""French ordinals add -ième to the cardinal's last word ("vingt-deuxième"): each such word
and the cardinal word it stands for."""

_CARDINALS = {
    **{w: (i, "u") for i, w in enumerate(_UNITS)},
    "une": (1, "u"),
    **{w: (v, "u") for w, v in TENS.items()},
    "vingts": (20, "u"),  # quatre-vingts
    "cent": (100, "h"),
    "cents": (100, "h"),
    **{w: (v, "s") for w, v in SCALES.items()},
}

WORDS = Words(
    code="fr",
    cardinals=frozen(_CARDINALS),
    grammar="french",
    connector="et",
    ordinals=frozen(
        {
            **{w: _CARDINALS[stem][0] for w, stem in ORDINAL_STEMS.items() if stem != "un"},
            "premier": 1,
            "premiere": 1,
            "premiers": 1,
            "premieres": 1,
            "second": 2,
            "seconde": 2,
        }
    ),
    # "la première fois", "en second lieu", "une seconde"
    ambiguous_ordinals=split("premier premiere premiers premieres second seconde"),
    edition_words=split("edition editions"),
    approximate=frozen(
        {
            "centaines": 100,
            "milliers": 1000,
            "dizaines": 10,
            "douzaines": 12,
            "dizaine": 10,
            "douzaine": 12,
            "quinzaine": 15,
            "vingtaine": 20,
            "trentaine": 30,
            "cinquantaine": 50,
            "centaine": 100,
            "millier": 1000,
        }
    ),  # fmt: skip
    currency_words=frozen(
        currency_words("EUR=euro,euros USD=dollar,dollars,dollars_americains GBP=livre,livres,livres_sterling")
    ),
    press_currencies=frozen({"USD": ("dollar", "dollars")}),
    # Only endings a dictionary gives one gender, with the exceptions a press release meets (le comité,
    # le musée, l’image); "-eur", "-ique", "-ine" and "-ie" tell nothing for sure (la valeur, le
    # secteur; la musique, le public; l’usine, le magazine): such a noun is listed, or tells nothing.
    noun_genders=NounGenders(
        masculine=split(
            "an ans jour jours mois pays site sites membre membres poste postes emploi emplois hectare hectares "
            "cluster clusters comité comités traité traités député députés été étés côté côtés arrêté arrêtés "
            "comté comtés musée musées lycée lycées trophée trophées mausolée mausolées apogée squelette "
            "squelettes silence silences murmure murmures augure augures mercure cyanure chlorure chlorures "
            "sulfure sulfures carbure carbures fluorure bromure iodure nitrure "
            # the nouns of a body's type: « une coopérative », « un groupe » after a name of any gender
            "groupe groupes club clubs hôpital hôpitaux institut instituts centre centres office offices "
            "laboratoire laboratoires conservatoire conservatoires théâtre théâtres orchestre orchestres "
            "collège collèges domaine domaines consortium consortiums pôle pôles organisme organismes "
            "service services conseil conseils syndicat syndicats"
        ),
        feminine=split(
            "usine usines entreprise entreprises école écoles ville villes commune communes personne personnes "
            "famille familles semaine semaines minute minutes fois tonne tonnes marque marques startup startups "
            "eau eaux peau peaux image images page pages plage plages cage cages rage nage jument juments "
            "hauteur hauteurs senteur senteurs lenteur chaux "
            "coopérative coopératives mutuelle mutuelles clinique cliniques bibliothèque bibliothèques "
            "académie académies compagnie compagnies banque banques maison maisons chambre chambres "
            "ligue ligues mairie mairies métropole métropoles cave caves fromagerie fromageries "
            "brasserie brasseries distillerie distilleries"
        ),
        unknown=split("enfant enfants"),
        feminine_endings=tuple(
            "tion tions sion sions xion xions gion gions té tés ure ures ance ances ence ences "
            "ette ettes esse esses ée ées".split()
        ),
        masculine_endings=tuple(
            "ment ments age ages isme ismes eau eaux oir oirs ier iers et ets at ats teur teurs ant ants al aux".split()
        ),
        shortest=4,
    ),
    range_links=split("au a jusqu'au"),
    name_links=split("de du des la le les l d et pour en sur aux a of"),
    function_words=split(
        "le la les l un une des du de d au aux en dans par pour sur sous avec sans entre vers chez "
        "depuis pendant selon et ou ni mais donc or car que qui quoi dont ou quand comme si ce cet "
        "cette ces son sa ses leur leurs notre nos votre vos mon ma mes il elle ils elles on nous "
        "vous je se lui est sont etait a ont ete etre avoir aussi ainsi aujourd'hui hier demain "
        "ne pas plus tres tout toute tous toutes autre autres chaque lors apres avant"
    ),
    titles=split("m mme mlle me dr pr mgr"),
    enclitics=split("moi toi nous vous le la les lui leur en y"),
    roles=split(
        "adjoint adjointe administrateur administratrice ambassadeur ambassadrice chef commissaire "
        "coordinateur coordinatrice directeur directrice doyen executif executive fondateur fondatrice "
        "general generale gerant gouverneur maire membre ministre porte-parole president presidente "
        "professeur recteur secretaire vice-president vice-presidente"
    ),
    month_prepositions=split("en depuis jusqu'en mois de d au des avant apres fin debut mi"),
    months=frozen({}),
    # « » with a no-break space inside (written by the templates), and “ ” inside them, as the
    # Imprimerie nationale's Lexique has it; CLDR fr gives « » again, which nested reads ambiguously.
    contractions=frozen({"de le": "du", "de les": "des", "à le": "au", "à les": "aux"}),
    elisions=frozen({"le": "l’", "la": "l’", "de": "d’", "du": "de l’", "au": "à l’"}),
    # The h of most names is mute (l’Hôtel de Ville, d’Hidrolena, l’Université d’Helsinki); these words,
    # and the places and names people write most, begin with an aspirated one, as dictionaries mark it.
    aspirated_h=split(
        "hache haie haine hall halle halles halte hameau hamac hampe hanche handicap hangar hardi harfang "
        "hareng haricot harpe hasard hausse haut haute hauts hautes hauteur hérisson hernie héron héros "
        "hêtre hibou hiérarchie hockey homard honte hors hotte houblon houille housse hublot huit hurlement "
        "hutte hambourg hanovre havre haye hollande hongrie honduras hesse hainaut himalaya hongkong hawaï "
        "harvard heidelberg hyundai honda huawei hewlett heineken"
    ),
    # Universities, research centres, foundations, public bodies, clusters, associations and networks
    # are named with their article (l’Université de Porto, le CNRS); companies bare.
    typed_articles=split("university research_centre foundation public_body cluster association network"),
    headline_article=True,
    own_article="capital",
    # Grevisse, Le Bon Usage § 587: a country's name takes its article (la France, le Portugal, les
    # Pays-Bas), feminine when it ends in a silent e, except the names listed; "en" stands for "à la"
    # and before a vowel (en Espagne, en Iran), "de" drops "la" (d’Espagne, du Portugal, des Pays-Bas).
    # Islands and city-states take none (à Cuba, de Malte).
    country_names=frozen({"CD": "République démocratique du Congo", "CG": "République du Congo"}),
    country_articles=frozen(
        dict.fromkeys("MX KH MZ ZW BZ SR".split(), "le")
        | dict.fromkeys("MK ZA KR KP CD CG".split(), "la")
        | dict.fromkeys("NL US AE PH KM MV SC BS FJ MH SB FO KY VG VI CK FK TC WS".split(), "les")
        | dict.fromkeys("CU MT CY MG SG IL MC BH HT MU TW LC SM TT AG KN VC ST PR DJ".split(), "")
    ),
    country_article_rule=("e", "la", "le"),
    country_prepositions=("à", "de", "en"),
    country_drops=frozenset({"la", "l’"}),
    country_keeps=("République",),
    indefinite=frozen({"m": "un", "f": "une"}),
    quotes=("«", "»"),
    inner_quotes=("“", "”"),
    apostrophe="’",
    # Imprimerie nationale, Lexique des règles typographiques: a fine no-break space before ; ! ?, a
    # word-wide one before : and inside « », as the templates have them; and before %, as drafter's own
    # French figures print it (« 62 % des achats »), in the officer's texts too.
    spaced_marks=frozen(dict.fromkeys(";!?", "\u202f") | dict.fromkeys(":«»%", "\u00a0")),
)
