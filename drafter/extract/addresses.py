"""Recognisers of e-mail addresses, web addresses and phone numbers.

- URLs compare by host, path and query: the scheme, "www.", the host's case, a
  trailing slash and the fragment are ignored. A bare host needs a known
  top-level domain (country codes and the usual generic ones).
- A run of three or more digit groups with 9 to 13 digits is a phone number
  unless it is grouped like a number (dots or no-break spaces, groups of
  three). Plain spaces make a phone: "931 234 567" with plain spaces is a
  phone, with no-break spaces (as drafter writes pt-PT numbers) a number.
"""

from __future__ import annotations

import re
import string

from ..localize import COUNTRY_CODES
from .canon import canon_phone, canon_url
from .scan import MD_ESCAPE, Scan

EMITS = ("email", "url", "phone")
"""The kinds of mention this module's recognisers report (see :mod:`drafter.extract.kinds`)."""

EMAIL = re.compile(r"(?<![\w.+'\\-])[A-Za-z0-9][A-Za-z0-9._%+'\\-]*@(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}(?![\w-])")
_EMAIL_DOMAIN = re.compile(r"@(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}(?![\w-])")
_URL_CHARS = r"[^\s<>\"'`\[\]{}|^]"
URL = re.compile(rf"[hHfFwW](?:(?<=[hH])(?i:ttps?://)|(?<=[fF])(?i:tp://)|(?<=[wW])(?i:ww\.)){_URL_CHARS}+")
r"""``(?i:https?://|ftp://|www\.)`` and what follows, its first letter read first: a set of letters the regex
engine skips to in C (no other character is h, f or w in any case)."""
TLDS = {c.lower() for c in COUNTRY_CODES} - {"md", "py", "sh"} | set(
    "uk eu com org net int edu gov info biz io app dev cat gal eus coop museum online site tech".split()
)
_DOT_TLD = re.compile(r"\.([A-Za-z]{2,})(?![\w-]|\.[A-Za-z0-9])")
_LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
_HOST_END = re.compile(rf"{_LABEL}(?:\.{_LABEL})*\Z")
_HOST_CHARS = frozenset(string.ascii_letters + string.digits + ".-")
"""The characters of :data:`_HOST_END`: it can start nowhere before the run of them that ends at a point,
and searched from that run's start it is not tried again from each of the 100 characters before the point."""
_MAX_URL = 2000
"""Longest path a bare host ("example.pt/...") is read with: longer, the rest is left out."""
_URL_REST = re.compile(rf"(?::\d{{2,5}})?(?:/{_URL_CHARS}{{0,{_MAX_URL}}})?")
_TRAILING = frozenset(".,;:!?*_'\"»”’\\")
_PHONE_INTL = re.compile(
    r"(?:\((?<![\w+]\()\+\d{1,3}\)|\+(?<![\w+]\+)\d{1,3}"
    r"|0(?<![\w+]0)(?<!\d[ \u00a0\u202f.,]0)0[1-9]\d{0,2})"
    # Groups of digits never split one run in two, except to make the two groups wanted ("+1 2345"):
    # any other split reads the same text and only tries again, which took time exponential in
    # the groups' number when the run was long.
    r"(?:(?:[ \u00a0.-]?(?:\(0\)|\(\d{1,4}\)|\d{1,5}+)){2,7}(?!\w)|[ \u00a0.-]?\d{2,5}(?!\w))"
)
_PHONE_LOCAL = re.compile(
    r"(?:\((?<![\w+.,/-]\()\d{2,5}\)|\d(?<![\w+.,/-]\d)(?<!\d[ \u00a0\u202f]\d)\d{1,4})"
    r"(?:[ \u00a0.-]\d{2,5}){2,5}(?![\w]|[.,/-]\d)"
)
_GROUPED = re.compile(r"\d{1,3}([.\u00a0\u202f])\d{3}(?:\1\d{3})+")


def _trim_url(url: str) -> str:
    """Without the punctuation that ends the sentence or closes a bracket or emphasis."""
    end = len(url)
    opened = closed = -1  # brackets in url[:end], counted at the first ")" met
    while end:
        last = url[end - 1]
        if last == ")":
            if closed < 0:
                opened, closed = url.count("(", 0, end), url.count(")", 0, end)
            if opened >= closed:
                break
            closed -= 1
        elif last not in _TRAILING:
            break
        end -= 1
    return url[:end]


def host_before(text: str, point: int) -> re.Match[str] | None:
    """``_HOST_END.search(text, max(0, point - 100), point)``: the host before a top-level domain's point."""
    run, window = point, max(0, point - 100)
    while run > window and text[run - 1] in _HOST_CHARS:
        run -= 1
    return _HOST_END.search(text, run, point)


def addresses(st: Scan) -> None:
    text = st.text
    at = text.find("@")
    while at >= 0:
        # An e-mail holding this "@" ends where its domain does; with none, there is no such e-mail
        # (and no search over the 320 characters around it).
        domain = _EMAIL_DOMAIN.match(text, at, at + 256)
        m = EMAIL.search(text, max(0, at - 64), domain.end()) if domain else None
        if m and m.start() < at < m.end():
            st.take(m.start(), m.end(), "email", MD_ESCAPE.sub(r"\1", m.group()).lower())
        at = text.find("@", at + 1)
    for m in URL.finditer(text):
        url = _trim_url(m.group())
        if (not m.start() or text[m.start() - 1] not in "@./:\\-") and "." in url[4:]:
            st.take(m.start(), m.start() + len(url), "url", canon_url(url))
    for m in _DOT_TLD.finditer(text):  # bare hosts: clusterexcellence.eu/about
        if m.group(1).lower() not in TLDS:
            continue
        host = host_before(text, m.start())
        if host is None or st.taken[host.start()]:
            continue  # a host inside a link or an address already read
        start = host.start()
        if start and (text[start - 1] in "@./:\\-_" or text[start - 1].isalnum()):
            continue
        rest = _URL_REST.match(text, m.end())
        url = _trim_url(text[start : rest.end() if rest else m.end()])
        st.take(start, start + len(url), "url", canon_url(url))
    for m in st.led(_PHONE_INTL):
        if 8 <= sum(c.isdigit() for c in m.group()) <= 15:
            st.take(m.start(), m.end(), "phone", canon_phone(m.group()))
    for m in st.led(_PHONE_LOCAL):
        raw = m.group()
        if 9 <= sum(c.isdigit() for c in raw) <= 13 and not _GROUPED.fullmatch(raw):
            st.take(m.start(), m.end(), "phone", canon_phone(raw))
