"""Quantities in words, in Portuguese, Spanish, English and French: numbers, ordinals, currencies.

The tables are keyed by the *folded* lower-case word (accents removed, as
:func:`drafter.extract` folds text), so "veintitrés" and "veintitres", "três"
and "tres" are the same key. :func:`parse_cardinal` reads the longest
grammatical number at the start of a run of words ("treinta y cinco",
"vinte e três", "two hundred and five", "dos mil millones") and stops where
the grammar breaks, so "dois e três" is two numbers, not five.

One, as a word, is never a number on its own: "un", "una", "uno", "um",
"uma", "one" and "a" are far more often articles or pronouns ("uno de los
clústeres", "one of the labels") than quantities. They count only before a
scale word ("un millón", "um milhão", "a hundred", "one thousand") and inside
compounds ("veintiuno", "trinta e um").

French counts in twenties from sixty on ("soixante-dix", "quatre-vingt-dix-neuf"),
joins with hyphens or "et" ("vingt-deux", "vingt et un", and since the 1990
spelling reform "vingt-et-un", "deux-cents"), and builds ordinals from the
whole cardinal ("vingt-deuxième", "quatre-vingtième"): it has a reader of its
own, :func:`_parse_french`, behind the same :func:`parse_cardinal`, and
:func:`parse_ordinal` reads its compound ordinals. Belgian and Swiss "septante",
"octante", "huitante" and "nonante" are read too.
"""

from __future__ import annotations

from collections.abc import Iterable

# Kinds: "u" additive (adds to the number being read), "c" closed additive (nothing
# smaller may follow: "cien", "cem", "zero"), "h" the English multiplier "hundred",
# "s" a scale (thousand and up), "a" an article that counts only before "h" or "s".
_Entry = tuple[int, str]

_EN_UNITS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
).split()
_EN_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_ES_UNITS = (
    "cero uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince "
    "dieciseis diecisiete dieciocho diecinueve veinte veintiuno veintidos veintitres "
    "veinticuatro veinticinco veintiseis veintisiete veintiocho veintinueve"
).split()
_ES_TENS = "treinta cuarenta cincuenta sesenta setenta ochenta noventa".split()
_ES_HUNDREDS = (
    "ciento doscientos trescientos cuatrocientos quinientos seiscientos setecientos ochocientos novecientos"
).split()
_PT_UNITS = (
    "zero um dois tres quatro cinco seis sete oito nove dez onze doze treze catorze quinze "
    "dezasseis dezassete dezoito dezanove"
).split()
_PT_TENS = "vinte trinta quarenta cinquenta sessenta setenta oitenta noventa".split()
_PT_HUNDREDS = ("cento duzentos trezentos quatrocentos quinhentos seiscentos setecentos oitocentos novecentos").split()
_FR_UNITS = "zero un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize".split()
_FR_TENS = {
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
_FR_SCALES = {
    "mille": 1000,
    "million": 10**6,
    "millions": 10**6,
    "milliard": 10**9,
    "milliards": 10**9,
    "billion": 10**12,  # French: a million million
    "billions": 10**12,
}


def _table(units: list[str], tens: list[str], hundreds: list[str]) -> dict[str, _Entry]:
    table: dict[str, _Entry] = {w: (i, "u") for i, w in enumerate(units)}
    first_ten = 10 * (len(units) // 10)  # the first tens word after the units listed
    table.update({w: (first_ten + 10 * i, "u") for i, w in enumerate(tens)})
    table.update({w: (100 * (i + 1), "u") for i, w in enumerate(hundreds)})
    for i, word in enumerate(hundreds[1:], start=2):
        if word.endswith("os"):  # doscientas, duzentas
            table[word[:-2] + "as"] = (100 * i, "u")
    table[units[0]] = (0, "c")
    return table


CARDINALS: dict[str, dict[str, _Entry]] = {
    "en": {
        **_table(_EN_UNITS, _EN_TENS, []),
        "hundred": (100, "h"),
        "thousand": (1000, "s"),
        "million": (10**6, "s"),
        "billion": (10**9, "s"),
        "trillion": (10**12, "s"),
        "a": (1, "a"),
    },
    "es": {
        **_table(_ES_UNITS, _ES_TENS, _ES_HUNDREDS),
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
    },
    "pt": {
        **_table(_PT_UNITS, _PT_TENS, _PT_HUNDREDS),
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
    },
    "fr": {  # read by _parse_french: the kinds only tell scale words apart
        **{w: (i, "u") for i, w in enumerate(_FR_UNITS)},
        "une": (1, "u"),
        **{w: (v, "u") for w, v in _FR_TENS.items()},
        "vingts": (20, "u"),  # quatre-vingts
        "cent": (100, "h"),
        "cents": (100, "h"),
        **{w: (v, "s") for w, v in _FR_SCALES.items()},
    },
}
"""Folded lower-case word -> (value, kind), per language."""

CONNECTORS = {"en": "and", "es": "y", "pt": "e", "fr": "et"}
MAX_WORDS = 32
"""Longer than any number written in words: a reader stops there. Some runs never end otherwise
("cien mil cien mil..." multiplies on), and their value, hundreds of thousands of digits long,
took time quadratic in the run to work out."""

# How a number word may follow the part read so far, by what that part ended in:
# tens ("treinta"), hundreds ("ciento", "two hundred") or a scale ("mil").
# Values: the joins allowed, "" for a plain space, "+" for the connector, "-" a hyphen.
_JOINS = {
    "en": {"tens": {"", "-"}, "hund": {"", "+"}, "scale": {"", "+"}},
    "es": {"tens": {"+"}, "hund": {""}, "scale": {""}},
    "pt": {"tens": {"+"}, "hund": {"+"}, "scale": {"", "+"}},
}

# Ordinal words: folded lower-case word -> value. Words in AMBIGUOUS are ordinals only
# before an edition word ("primera edición"): alone they are mostly something else
# ("first time", "segundo o relatório", "quarto" a room, "quinta-feira", "cuarto" a quarter).
_ORD_EN = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth"
).split()
_ORD_EN_TENS = "twentieth thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth"
_ORD_ES = (
    "primero segundo tercero cuarto quinto sexto septimo octavo noveno decimo undecimo "
    "duodecimo decimotercero decimocuarto decimoquinto decimosexto decimoseptimo decimoctavo "
    "decimonoveno"
).split()
_ORD_PT = "primeiro segundo terceiro quarto quinto sexto setimo oitavo nono decimo".split()
_ORD_TENS = "vigesimo trigesimo {q}agesimo {c}agesimo sexagesimo septuagesimo octogesimo nonagesimo"
# French ordinals add -ième to the cardinal's last word ("vingt-deuxième"): each such
# word, folded, and the cardinal word it stands for.
_FR_ORDINAL_STEMS = {
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


def _ordinals(words: list[str], tens: str, hundredth: str, romance: bool) -> dict[str, int]:
    table = {w: i for i, w in enumerate(words, start=1)}
    table.update({w: 10 * i for i, w in enumerate(tens.split(), start=2)})
    table[hundredth] = 100
    if romance:  # feminine forms: quinta, vigésima
        table.update({w[:-1] + "a": v for w, v in list(table.items()) if w.endswith("o")})
    return table


ORDINALS: dict[str, dict[str, int]] = {
    "en": _ordinals(_ORD_EN, _ORD_EN_TENS, "hundredth", False),
    "es": {
        **_ordinals(_ORD_ES, _ORD_TENS.format(q="cuadr", c="quincu"), "centesimo", True),
        "primer": 1,
        "tercer": 3,
        "decimotercer": 13,
        "setimo": 7,
        "setima": 7,
        "decimoprimero": 11,
        "decimosegundo": 12,
    },
    "pt": {
        **_ordinals(_ORD_PT, _ORD_TENS.format(q="quadr", c="quinqu"), "centesimo", True),
        "setuagesimo": 70,
    },
    "fr": {
        **{w: CARDINALS["fr"][stem][0] for w, stem in _FR_ORDINAL_STEMS.items() if stem != "un"},
        "premier": 1,
        "premiere": 1,
        "premiers": 1,
        "premieres": 1,
        "second": 2,
        "seconde": 2,
    },
}
AMBIGUOUS = {
    "en": {"first", "second"},
    "es": {"primero", "primera", "primer", "segundo", "segunda", "cuarto", "cuarta"},
    "pt": {
        "primeiro",
        "primeira",
        "segundo",
        "segunda",
        "quarto",
        "quarta",
        "quinta",
        "sexta",
    },
    # "la première fois", "en second lieu", "une seconde"
    "fr": {"premier", "premiere", "premiers", "premieres", "second", "seconde"},
}
EDITION_WORDS = frozenset("edition editions ed edicion ediciones edicao edicoes".split())


def parse_cardinal(lang: str, items: Iterable[tuple[str, str]]) -> tuple[int, int, bool] | None:
    """The number at the start of ``items``: (words used, value, has a scale word), or None.

    ``items`` are (folded lower-case word, join) pairs, the join being how the word is
    attached to the one before: "" a space, "-" a hyphen, anything else ends the run
    (the first item's join is ignored). Connectors ("and", "y", "e") are items too.
    """
    if lang == "fr":
        return _parse_french(items)
    table = CARDINALS.get(lang)
    if not table:
        return None
    connector, joins = CONNECTORS[lang], _JOINS[lang]
    total = current = last_scale = 0
    tag = ""  # what the number so far ends in: "", "art", "unit", "tens", "hund", "scale"
    used = 0
    pending = False
    scaled = False
    for i, (word, join) in enumerate(items):
        if i >= MAX_WORDS or (i and join not in ("", "-")):
            break
        if i and word == connector and not pending and join == "":
            pending = True
            continue
        entry = table.get(word)
        if entry is None:
            break
        value, kind = entry
        how = "+" if pending else join if i else ""
        if kind == "a":
            if i:
                break
            tag, current = "art", 1
        elif kind in "uc":
            if tag in ("art", "unit"):
                break
            if tag:
                limit = last_scale if tag == "scale" else 10 if tag == "tens" else 100
                if how not in joins[tag] or value >= limit or value == 0:
                    break
            elif i:
                break
            current += value
            tag = "unit" if kind == "c" or value % 10 or value < 20 else "tens" if value % 100 else "hund"
        elif kind == "h":
            if how or not (0 < current < 100) or tag not in ("art", "unit", "tens"):
                break
            current *= 100
            tag, scaled = "hund", True
        else:
            if how:
                break
            if not tag:
                if value != 1000 or lang == "en":
                    return None  # a bare "million" is not a count
                current = 1
            if tag == "scale":
                if current or value <= last_scale:
                    break
                total *= value
            elif last_scale == 0 or value < last_scale:
                total += current * value
            else:
                total = (total + current) * value
            current, last_scale = 0, value
            tag, scaled = "scale", True
        used, pending = i + 1, False
    number = total + current
    if not used or tag == "art" or (number == 1 and not scaled):
        return None
    return used, number, scaled


def _french_words(items: Iterable[tuple[str, str]]) -> list[str]:
    """The words of a French number at the start of ``items``, as far as they can belong to one."""
    words: list[str] = []
    for i, (word, join) in enumerate(items):
        if (i and join not in ("", "-")) or (word not in CARDINALS["fr"] and word != "et"):
            break
        words.append(word)
        if len(words) >= MAX_WORDS:
            break
    return words


def _french_teen(words: list[str], i: int, low: int) -> tuple[int, int] | None:
    """1 to 19 at ``words[i]`` (from ``low`` on): (value, index after it)."""
    word = words[i] if i < len(words) else ""
    if word == "dix" and i + 1 < len(words) and words[i + 1] in ("sept", "huit", "neuf"):
        value, after = 10 + CARDINALS["fr"][words[i + 1]][0], i + 2
    elif word in _FR_UNITS[1:] or word == "une":
        value, after = CARDINALS["fr"][word][0], i + 1
    else:
        return None
    return (value, after) if value >= low else None


def _french_below_100(words: list[str], i: int) -> tuple[int, int] | None:
    """1 to 99 at ``words[i]``: (value, index after it)."""
    word = words[i]
    nxt = words[i + 1] if i + 1 < len(words) else ""
    if word == "quatre" and nxt in ("vingt", "vingts"):
        if nxt == "vingts":
            return 80, i + 2
        rest = _french_teen(words, i + 2, 1)  # quatre-vingt-un, quatre-vingt-dix-neuf
        return (80 + rest[0], rest[1]) if rest else (80, i + 2)
    tens = _FR_TENS.get(word)
    if tens is None:
        return _french_teen(words, i, 1)
    if nxt == "et" and i + 2 < len(words):  # vingt et un, soixante et onze
        after = words[i + 2]
        if after in ("un", "une") or (tens == 60 and after == "onze"):
            return tens + CARDINALS["fr"][after][0], i + 3
        return tens, i + 1
    rest = _french_teen(words, i + 1, 2)
    if rest and (rest[0] < 10 or tens == 60):  # vingt-deux; soixante-douze, soixante-dix-sept
        return tens + rest[0], rest[1]
    return tens, i + 1


def _french_below_1000(words: list[str], i: int) -> tuple[int, int] | None:
    """1 to 999 at ``words[i]``: (value, index after it)."""
    hundreds, j = 0, i
    if words[i] in ("cent", "cents"):
        hundreds, j = 100, i + 1
    elif i + 1 < len(words) and words[i + 1] in ("cent", "cents") and words[i] in _FR_UNITS[2:10]:
        hundreds, j = 100 * CARDINALS["fr"][words[i]][0], i + 2
    if hundreds and (j >= len(words) or words[j] == "et"):
        return hundreds, j
    rest = _french_below_100(words, j) if j < len(words) else None
    if rest is None:
        return (hundreds, j) if hundreds else None
    return hundreds + rest[0], rest[1]


def _parse_french(items: Iterable[tuple[str, str]]) -> tuple[int, int, bool] | None:
    """parse_cardinal for French: groups below a thousand, each with the scale word after it."""
    words = _french_words(items)
    if not words:
        return None
    if words[0] == "zero":
        return 1, 0, False
    total, used, last_scale = 0, 0, 0
    while used < len(words):
        group = _french_below_1000(words, used)
        value, after = group if group else (0, used)
        scale = _FR_SCALES.get(words[after]) if after < len(words) else None
        if scale is not None and (not last_scale or scale < last_scale):
            if group is None and scale != 1000:
                if not used:
                    return None  # a bare "million" is not a count
                break
            total += (value or 1) * scale  # "mille" needs no "un"
            used, last_scale = after + 1, scale
            continue
        if group is not None:
            total, used = total + value, after
        break
    scaled = any(w in _FR_SCALES or w in ("cent", "cents") for w in words[:used])
    if not used or (total == 1 and not scaled):
        return None  # "un", "une": an article far more often than a count
    return used, total, scaled


def parse_ordinal(lang: str, items: Iterable[tuple[str, str]]) -> tuple[int, int] | None:
    """A compound ordinal at the start of ``items``: (words used, value), or None.

    Only French builds its ordinals on the whole cardinal ("vingt-deuxième", "vingt et
    unième", "quatre-vingt-dixième", "deux-centième"); the other languages' ordinal
    words are single entries of :data:`ORDINALS`. A lone "unième" is not an ordinal.
    """
    if lang != "fr":
        return None
    words: list[str] = []
    for i, (word, join) in enumerate(items):
        if i and join not in ("", "-"):
            break
        if word in _FR_ORDINAL_STEMS:
            words.append(word)
            break
        if word not in CARDINALS["fr"] and word != "et":
            return None
        words.append(word)
        if len(words) >= MAX_WORDS:
            return None
    if not words or words[-1] not in _FR_ORDINAL_STEMS:
        return None
    stem = _FR_ORDINAL_STEMS[words[-1]]
    parsed = _parse_french((w, "") for w in [*words[:-1], stem])
    if parsed is None or parsed[0] != len(words):
        return None
    return len(words), parsed[1]


def scale_words(lang: str) -> dict[str, int]:
    """The scale words of ``lang`` ("mil", "millones", "million"...) and their values."""
    return {w: v for w, (v, kind) in CARDINALS.get(lang, {}).items() if kind == "s"}


CURRENCY_CODES = "EUR USD GBP CHF JPY CNY BRL CAD AUD SEK NOK DKK PLN CZK HUF RON MXN".split()
"""The currencies recognised by symbol and code; CLDR gives their names in each language."""

_CURRENCY_WORDS = {
    "en": "EUR=euro,euros USD=dollar,dollars GBP=pound,pounds,pounds_sterling",
    "es": "EUR=euro,euros USD=dolar,dolares GBP=libra,libras,libras_esterlinas",
    "pt": "EUR=euro,euros USD=dolar,dolares,dolares_americanos GBP=libra,libras,libras_esterlinas BRL=reais",
    "fr": "EUR=euro,euros USD=dollar,dollars,dollars_americains GBP=livre,livres,livres_sterling",
}
CURRENCY_WORDS = {
    lang: {
        word.replace("_", " "): code
        for entry in spec.split()
        for code, words in [entry.split("=")]
        for word in words.split(",")
    }
    for lang, spec in _CURRENCY_WORDS.items()
}
"""Short currency names people write besides CLDR's ("dólares", not "dólares estadounidenses")."""
