"""Portuguese words, European and Brazilian (keys are folded lower case: accents off)."""

from types import MappingProxyType as frozen

from .model import NounGenders, Words, cardinal_table, currency_words, ordinal_table, split

_UNITS = (
    "zero um dois tres quatro cinco seis sete oito nove dez onze doze treze catorze quinze "
    "dezasseis dezassete dezoito dezanove"
).split()
_TENS = "vinte trinta quarenta cinquenta sessenta setenta oitenta noventa".split()
_HUNDREDS = "cento duzentos trezentos quatrocentos quinhentos seiscentos setecentos oitocentos novecentos".split()
_ORDINALS = "primeiro segundo terceiro quarto quinto sexto setimo oitavo nono decimo".split()
_ORDINAL_TENS = "vigesimo trigesimo quadragesimo quinquagesimo sexagesimo septuagesimo octogesimo nonagesimo"

WORDS = Words(
    code="pt",
    cardinals=frozen(
        {
            **cardinal_table(_UNITS, _TENS, _HUNDREDS),
            "uma": (1, "u"),
            "duas": (2, "u"),
            "quatorze": (14, "u"),
            "dezesseis": (16, "u"),
            "dezessete": (17, "u"),
            "dezenove": (19, "u"),
            "cem": (100, "c"),
            "mil": (1000, "s"),
            "milhao": (10**6, "s"),
            "milhoes": (10**6, "s"),
            "biliao": (10**12, "s"),  # pt-PT: a million million
            "bilioes": (10**12, "s"),
            "bilhao": (10**9, "s"),  # pt-BR: a thousand million
            "bilhoes": (10**9, "s"),
        }
    ),
    connector="e",
    joins=frozen({"tens": frozenset({"+"}), "hund": frozenset({"+"}), "scale": frozenset({"", "+"})}),
    ordinals=frozen({**ordinal_table(_ORDINALS, _ORDINAL_TENS, "centesimo", True), "setuagesimo": 70}),
    # "segundo" also "according to", "quarto" a room, "quinta" a farm or Thursday, "sexta" Friday
    ambiguous_ordinals=split("primeiro primeira segundo segunda quarto quarta quinta sexta"),
    edition_words=split("edicao edicoes"),
    approximate=frozen(
        {
            "centenas": 100,
            "milhares": 1000,
            "dezenas": 10,
            "dezena": 10,
            "duzia": 12,
            "quinzena": 15,
            "vintena": 20,
            "centena": 100,
            "milhar": 1000,
        }
    ),
    currency_words=frozen(
        currency_words(
            "EUR=euro,euros USD=dolar,dolares,dolares_americanos GBP=libra,libras,libras_esterlinas BRL=reais"
        )
    ),
    press_currencies=frozen({"USD": ("dólar", "dólares"), "GBP": ("libra", "libras")}),
    # Cities that take the article («realizado no Porto», «na Corunha»), and names that start with a
    # common noun that takes it («na Praia da Vitória», «nas Caldas da Rainha»; «em Vila Real»).
    city_articles=frozen(
        {
            "Porto": "o",
            "Funchal": "o",
            "Barreiro": "o",
            "Seixal": "o",
            "Montijo": "o",
            "Cartaxo": "o",
            "Entroncamento": "o",
            "Fundão": "o",
            "Bombarral": "o",
            "Sabugal": "o",
            "Redondo": "o",
            "Crato": "o",
            "Peso da Régua": "o",
            "Porto Santo": "o",
            "Cairo": "o",
            "Havre": "o",
            "Pireu": "o",
            "Recife": "o",
            "Rio de Janeiro": "o",
            "Luxemburgo": "o",
            "Mónaco": "o",
            "Guarda": "a",
            "Horta": "a",
            "Covilhã": "a",
            "Maia": "a",
            "Amadora": "a",
            "Nazaré": "a",
            "Batalha": "a",
            "Lousã": "a",
            "Trofa": "a",
            "Moita": "a",
            "Mealhada": "a",
            "Ericeira": "a",
            "Golegã": "a",
            "Chamusca": "a",
            "Lourinhã": "a",
            "Murtosa": "a",
            "Ribeira Grande": "a",
            "Régua": "a",
            "Corunha": "a",
            "Haia": "a",
            "Cidade do México": "a",
            "Cidade do Cabo": "a",
            "Cidade da Praia": "a",
            "Praia": "a",
            "Praia ": "a",
            "Costa ": "a",
            "Figueira ": "a",
            "Póvoa ": "a",
            "Marinha ": "a",
            "Foz ": "a",
            "Quinta ": "a",
            "Caldas ": "as",
            "Lajes ": "as",
        }
    ),
    noun_genders=NounGenders(
        # Listed words go before the endings: masculine nouns in -a and -ção (o cometa, o pesticida, o
        # coração), feminine nouns in -or, -o and -ante (a árvore, a moto, a variante): «Duas árvores».
        masculine=frozenset(
            (
                "clusters cluster países país meses mês anos ano dias dia mapas mapa sistemas sistema "
                "programas programa problemas temas planetas planeta cometas cometa poetas poeta "
                "pesticidas pesticida herbicidas herbicida inseticidas inseticida fungicidas fungicida "
                "biocidas biocida corações coração sofás sofá"
            ).split()
        ),
        feminine=frozenset(
            (
                "startups startup flores cores dores fotos foto tribos razões mãos redes vezes sedes fontes pontes "
                "mães árvores árvore motos moto estantes estante variantes variante constantes constante"
            ).split()
        ),
        # «rádio» is the set (o) or the station (a, in Portugal); «guarda» the guard (o, a) or the force (a)
        unknown=frozenset(
            ("atletas atleta colegas colega guias guia jovens jovem rádios rádio guardas guarda").split()
        ),
        unknown_endings=("ista", "istas", "ma", "mas"),
        feminine_endings=("ção", "ções", "são", "sões", "dade", "dades", "gem", "gens", "a", "as"),
        # Nouns in -ar and -el are masculine (o lagar, o lugar, o hotel, o painel): «dois lagares», «dois painéis»
        masculine_endings=("o", "os", "ores", "antes", "ientes", "ar", "ares", "éis"),
        shortest=4,
    ),
    range_links=split("a ao ate"),
    name_links=split("de da do das dos e para i del la el d of em"),
    function_words=split(
        "o a os as um uma uns umas ao aos do da dos das no na nos nas de em com por para sem sobre "
        "entre ate desde apos perante segundo e ou nem mas que como quando onde quem cujo qual "
        "este esta estes estas esse essa esses essas aquele aquela isto isso seu sua seus suas "
        "meu minha nosso nossa se lhe lhes nos e sao foi foram tem ha ser estar tambem alem assim "
        "hoje ontem amanha agora nao sim ja mais muito todo toda todos todas outro outra outros "
        "outras cada pelo pela pelos pelas num numa"
    ),
    titles=split("sr sra srta dr dra eng prof d dom dona"),
    enclitics=split("me te se nos vos lhe lhes o a os as lo la los las no na nas mo ma mos mas lho lha lhos lhas"),
    roles=split(
        "adjunta adjunto administrador administradora autarca chefe comissaria comissario coordenador "
        "coordenadora director directora diretor diretora embaixador embaixadora executiva executivo fundador "
        "fundadora geral gerente governador governadora membro ministra ministro porta-voz presidente "
        "professor professora reitor reitora secretaria secretario vice-presidente"
    ),
    month_prepositions=split("em de desde ate durante no ao a mes finais inicio meados fim"),
    months=frozen({}),
    # CLDR pt-PT, the templates' norm (pt-BR writes “ ” then ‘ ’).
    contractions=frozen(
        {
            f"{prep} {art}": joined
            for prep, forms in (("de", "do da dos das"), ("em", "no na nos nas"), ("por", "pelo pela pelos pelas"))
            for art, joined in zip(("o", "a", "os", "as"), forms.split(), strict=True)
        }
        | {"a o": "ao", "a a": "à", "a os": "aos", "a as": "às"}
    ),
    repeated_after=split("e ou"),
    indefinite=frozen({"m": "um", "f": "uma"}),
    names_take_article=True,
    own_article="contracted",
    # In European Portuguese most countries take the article (o Brasil, a Alemanha, os Países Baixos:
    # no Brasil, da Alemanha); Portugal, Espanha, França, Itália, Inglaterra, the Portuguese-speaking
    # countries, islands and city-states go bare (em Espanha, de França). Not listed: bare.
    country_names=frozen({"CD": "República Democrática do Congo", "CG": "República do Congo", "CI": "Costa do Marfim"}),
    country_articles=frozen(
        dict.fromkeys(
            "BR GB JP CA MX CL PE UY PY EC SN IQ PK LU IR VN KE AF AZ BD BH BJ BF BT BI BN BW KH KZ TD EG GA GH "
            "HT KW KG LA LB LS LI ML MW NE NP PA QA RW SD SS SR SZ TJ TG TM UG UZ YE ZW XK ME".split(),
            "o",
        )
        | dict.fromkeys(
            "DE BE SE NO DK FI GR IE CH AT PL CZ HU RO BG HR SI SK EE LV LT UA RU TR CN IN AR CO VE BO AU NZ ZA "
            "DZ TN NG SA TH KR ID MY IS GQ GW DO CF CD CG MK AL AM BA BY CI CR ER ET GE GM GN GT GY GF GL JM JO "
            "KP LR LY MD MN MR MU NA NC NI PF PG RS SL SO SY TZ ZM VA".split(),
            "a",
        )
        | {"NL": "os", "US": "os", "AE": "os", "CM": "os", "PS": "os"}
        | dict.fromkeys("PH HN MV SC BS BM KM MH SB KY CK FK FO VG VI TC".split(), "as")
    ),
    country_prepositions=("em", "de", ""),
    quotes=("«", "»"),
    inner_quotes=("“", "”"),
    apostrophe="’",
)
