"""Recognisers of quantities written in digits: numbers, percentages, amounts, years, hashtags.

- Compact scales ("60M", "1,5 M€", "$2bn") count only next to a currency:
  alone, "3M" or "4G" is a name, not a number. A number glued to letters is
  not reported.
- A Roman numeral is an ordinal when it is in capitals and either made of I, V
  and X with two letters or more (II to XXXIX), or next to an edition word
  ("L edición", "edição I"). So "I" the pronoun, and "CD" or "MIX", are not.
  In French a suffix makes one an ordinal ("XVIe", "Ier", "Ve"), except a
  single L, C, D or M, which would read "Le", "Ce", "De" and "Me" as numbers.
"""

from __future__ import annotations

import re
from decimal import Decimal

from .canon import canon_number
from .scan import SP, Scan

EMITS = ("hashtag", "ordinal", "number", "year", "percent", "amount")
"""The kinds of mention this module's recognisers report (see :mod:`drafter.extract.kinds`)."""

_HASHTAG = re.compile(r"#(?<![\w#&/]#)[^\W\d_]\w*")
ROMAN = re.compile(r"M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
FRENCH_ROMAN = re.compile(r"([IVXLCDM]+)(?:e|es|er|re|res|ème|èmes|eme|emes)")  # XVIe, Ier, IIIes
ROMAN_VALUES = {"M": 1000, "D": 500, "C": 100, "L": 50, "X": 10, "V": 5, "I": 1}
_COMPACT = re.compile(rf"{SP}?(?P<c>mil{SP}?M|Mn|mn|MM|bn|M|m|B|k|K)(?![a-z])")
_COMPACT_SCALES = {"mil": 10**9, "Mn": 10**6, "mn": 10**6, "MM": 10**6, "M": 10**6, "m": 10**6,
                   "bn": 10**9, "B": 10**9, "k": 1000, "K": 1000}  # fmt: skip
_PERCENT = re.compile(
    rf"{SP}?%|{SP}++(?:per{SP}?cent|percent|por{SP}+c(?:ien|en)to|pour{SP}?cent)(?!\w)",
    re.I,
)


def quantity(st: Scan, start: int, end: int, value: Decimal, digits: str = "") -> None:
    """Report the number over [start, end) as a percent, an amount, a year or a number.

    ``digits`` is the number as written, when written in digits: only then may scale words
    ("60 millones") or a compact scale next to a currency ("US$ 60M") follow it.
    """
    r, text = st.rules, st.fold
    if digits and (m := r.scale_after.match(text, end)):
        for word in m.group().split():
            value *= r.scales[word.lower()]
        end = m.end()
        digits = "scaled"
    if m := _PERCENT.match(text, end):
        st.take(start, m.end(), "percent", canon_number(value))
        return
    compact = _COMPACT.match(text, end) if digits and digits != "scaled" else None
    times = _COMPACT_SCALES[compact.group("c")[:3].rstrip(" \u00a0")] if compact else 1
    for stop, scale in ([(compact.end(), times)] if compact else []) + [(end, 1)]:
        if m := r.currency_after.match(text, stop):
            code = r.currencies[m.group("c") or " ".join(m.group("w").lower().split())]
            st.take(start, m.end(), "amount", f"{code} {canon_number(value * scale)}")
            return
    if m := r.currency_before.search(text, max(0, start - 10), start):
        if compact and not text[compact.end() : compact.end() + 1].isalpha():
            end, value = compact.end(), value * times
        st.take(m.start(), end, "amount", f"{r.currencies[m.group('c')]} {canon_number(value)}")
        return
    if digits and end < len(text) and text[end].isalpha():
        return  # 3M, 4G, 10km: part of a name or a measure
    year = len(digits) == 4 and digits.isdigit() and 1900 <= int(digits) <= 2099
    st.take(start, end, "year" if year else "number", canon_number(value))


def numbers(st: Scan) -> None:
    for m in _HASHTAG.finditer(st.text):
        st.take(m.start(), m.end(), "hashtag", m.group().lower())
    for m in st.led(st.rules.ordinal, folded=True):
        st.take(m.start(), m.end(), "ordinal", str(int(m.group("n"))))
    for m in st.led(st.rules.number, folded=True):
        if st.free(*m.span()):
            whole, frac = m.group("int"), m.group("frac")
            value = Decimal(re.sub(r"\D", "", whole) + (f".{frac}" if frac else ""))
            quantity(st, m.start(), m.end(), value, whole if frac is None else m.group())
