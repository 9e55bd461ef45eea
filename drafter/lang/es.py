"""Spanish words (keys are folded lower case: accents off)."""

from types import MappingProxyType as frozen

from .model import NounGenders, Words, cardinal_table, currency_words, ordinal_table, split

_UNITS = (
    "cero uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince "
    "dieciseis diecisiete dieciocho diecinueve veinte veintiuno veintidos veintitres "
    "veinticuatro veinticinco veintiseis veintisiete veintiocho veintinueve"
).split()
_TENS = "treinta cuarenta cincuenta sesenta setenta ochenta noventa".split()
_HUNDREDS = (
    "ciento doscientos trescientos cuatrocientos quinientos seiscientos setecientos ochocientos novecientos"
).split()
_ORDINALS = (
    "primero segundo tercero cuarto quinto sexto septimo octavo noveno decimo undecimo "
    "duodecimo decimotercero decimocuarto decimoquinto decimosexto decimoseptimo decimoctavo "
    "decimonoveno"
).split()
_ORDINAL_TENS = "vigesimo trigesimo cuadragesimo quincuagesimo sexagesimo septuagesimo octogesimo nonagesimo"

WORDS = Words(
    code="es",
    cardinals=frozen(
        {
            **cardinal_table(_UNITS, _TENS, _HUNDREDS),
            "un": (1, "u"),
            "una": (1, "u"),
            "veintiun": (21, "u"),
            "veintiuna": (21, "u"),
            "cien": (100, "c"),
            "mil": (1000, "s"),
            "millon": (10**6, "s"),
            "millones": (10**6, "s"),
            "billon": (10**12, "s"),
            "billones": (10**12, "s"),
        }
    ),
    connector="y",
    joins=frozen({"tens": frozenset({"+"}), "hund": frozenset({""}), "scale": frozenset({""})}),
    ordinals=frozen(
        {
            **ordinal_table(_ORDINALS, _ORDINAL_TENS, "centesimo", True),
            "primer": 1,
            "tercer": 3,
            "decimotercer": 13,
            "setimo": 7,
            "setima": 7,
            "decimoprimero": 11,
            "decimosegundo": 12,
        }
    ),
    # "segundo" a second, "cuarto" a quarter or a room, "primera" the first-class...
    ambiguous_ordinals=split("primero primera primer segundo segunda cuarto cuarta"),
    edition_words=split("edicion ediciones"),
    approximate=frozen(
        {
            "cientos": 100,
            "centenares": 100,
            "miles": 1000,
            "decenas": 10,
            "docenas": 12,
            "millares": 1000,
            "decena": 10,
            "docena": 12,
            "quincena": 15,
            "veintena": 20,
            "treintena": 30,
            "centenar": 100,
            "centena": 100,
            "millar": 1000,
        }
    ),  # fmt: skip
    currency_words=frozen(currency_words("EUR=euro,euros USD=dolar,dolares GBP=libra,libras,libras_esterlinas")),
    press_currencies=frozen({"USD": ("dólar", "dólares"), "GBP": ("libra", "libras")}),
    noun_genders=NounGenders(
        masculine=frozenset(
            (
                "días día mapas mapa tranvías planetas cometas camiones aviones países país meses mes "
                "hoteles hotel niveles nivel hospitales hospital canales animales papeles clústeres clúster "
                "planeta cometa poeta poetas tranvía "
                # Nouns in -a that name a male being or a thing: "de los 12 gorilas", "los 30 tequilas".
                "gorilas gorila koalas koala profetas profeta sherpas sherpa tequilas tequila vodkas vodka "
                "sofás sofá "
                # Masculine nouns in -es that a release counts: "11 de los 42 clubes".
                "clubes club carteles cartel paneles panel trenes tren coches coche árboles árbol festivales "
                "festival jardines jardín almacenes almacén volúmenes volumen exámenes examen"
            ).split()
        ),
        feminine=frozenset(
            (
                "flores flor labores labor fuentes gentes mentes corrientes vacantes constantes variantes "
                "manos mano fotos foto motos moto mujeres mujer veces vez luces redes red sedes sede clases "
                "clase bases base leyes calles calle noches partes especies series señales sucursales "
                "centrales startups startup "
                # Feminine nouns in -ente, -ante, which the masculine endings would misread ("las 4 vertientes").
                "serpientes serpiente vertientes vertiente simientes simiente tangentes tangente "
                "consonantes consonante naves nave torres torre llaves llave"
            ).split()
        ),
        unknown=frozenset(
            (
                "atletas atleta colegas colega guías guía policías policía jóvenes joven pediatras "
                "psiquiatras astronautas mejores peores mayores menores anteriores superiores grandes gran "
                "diferentes siguientes restantes principales demás radio radios "
                # Either gender ("los internautas", "las internautas"), or two nouns in one ("los pendientes"
                # are earrings, "las pendientes" slopes; "la panda" is a gang): the ending cannot tell.
                "internautas internauta compatriotas compatriota patriotas patriota indígenas indígena "
                "parias paria guardias guardia vigías vigía espías espía cantantes cantante amantes amante "
                "pendientes pendiente lentes lente pandas panda"
            ).split()
        ),
        unknown_endings=("ista", "istas", "cida", "cidas", "crata", "cratas", "ma", "mas"),
        feminine_endings=(
            "ción",
            "ciones",
            "sión",
            "siones",
            "gión",
            "giones",
            "xión",
            "xiones",
            "dad",
            "dades",
            "tad",
            "tades",
            "tud",
            "tudes",
            "umbre",
            "umbres",
            "a",
            "as",
        ),
        masculine_endings=("o", "os", "or", "ores", "eres", "ares", "ajes", "antes", "entes"),
    ),
    range_links=split("a al hasta"),
    name_links=split("de del la las los el y e para da do dos das i dels d l of en"),
    function_words=split(
        "el la los las lo un una unos unas al del de en con por para sin sobre tras entre hasta "
        "desde hacia segun ante bajo y e o u ni pero sino que como cuando donde quien cuyo cual "
        "este esta estos estas ese esa esos esas aquel aquella su sus mi mis tu tus nuestro nuestra "
        "se le les nos es son fue fueron ha han hay ser estar tambien ademas asi hoy ayer manana "
        "ahora sin embargo no si ya mas muy todo toda todos todas otro otra otros otras cada"
    ),
    titles=split("sr sra srta d dna dr dra don dona lic ing"),
    roles=split(
        "adjunta adjunto alcalde alcaldesa comisaria comisario consejera consejero coordinador coordinadora "
        "decana decano delegada delegado director directora ejecutiva ejecutivo embajador embajadora fundador "
        "fundadora general gerente gobernador gobernadora jefa jefe miembro ministra ministro portavoz "
        "presidenta presidente profesor profesora rector rectora secretaria secretario vicepresidenta "
        "vicepresidente"
    ),
    month_prepositions=split("en de desde hasta durante a el mes finales principios mediados"),
    months=frozen({"setiembre": 9, "sept": 9}),
    # The RAE's order (Ortografía, 2010): « » first, then “ ”; CLDR es gives “ ” then ‘ ’.
    contractions=frozen({"de el": "del", "a el": "al"}),
    # Universities, research centres, foundations, public bodies, clusters, associations and networks
    # are named with their article (la Universitat Politècnica de València, el CSIC); companies bare.
    typed_articles=split("university research_centre foundation public_body cluster association network"),
    headline_article=True,
    bare_branches=True,
    # The names the Fundéu writes with their article (el Reino Unido, los Países Bajos, la República
    # Dominicana); Estados Unidos, la India and others take it or not: bare here.
    country_names=frozen({"CG": "República del Congo"}),
    country_articles=frozen({"GB": "el", "NL": "los", "AE": "los", "DO": "la", "CF": "la", "CD": "la", "CG": "la"}),
    country_prepositions=("en", "de", ""),
    indefinite=frozen({"m": "un", "f": "una"}),
    quotes=("«", "»"),
    inner_quotes=("“", "”"),
    stop_after_quote=True,
    apostrophe="’",
    # The Ortografía's "40 %", as drafter writes its own percentages: a no-break space, so that a line
    # of the facts ("cubre el 40 % de la electricidad") never breaks between the number and its sign.
    spaced_marks=frozen({"%": "\u00a0"}),
)
