"""The recogniser of markup: a link reports its target once (not again its text when it says the same)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import unquote

from .addresses import EMAIL, TLDS, URL
from .canon import canon_phone, canon_url
from .scan import MD_ESCAPE, Scan

EMITS = ("url", "email", "phone")
"""The kinds of mention this module's recognisers report (see :mod:`drafter.extract.kinds`)."""

# Links: [label](url "title") and <a ... href="url" ...>label</a>. Each is found by a scanner
# (_md_links, _html_links) that reports what these patterns would, in linear time: the
# patterns themselves retry every "[" or "<a" against the rest of the text.
#   \[(?P<label>(?:\\.|[^\]\\\n])*)\]\((?P<url>[^\s)]+)(?:\s+"[^"\n]*")?\)
#   <a\b[^>]*?\bhref\s*=\s*(["'])(?P<url>.*?)\1[^>]*>(?P<label>.*?)</a\s*>   (re.I | re.S)
_MD_LABEL = re.compile(r"(?:\\.|[^\]\\\n])*+")
_MD_URL = re.compile(r"[^\s)]*+")
_MD_TITLE = re.compile(r"(?:\s+\"[^\"\n]*\")?\)")
_A_OPEN = re.compile(r"<a\b", re.I)
_A_HREF = re.compile(r"\bhref\s*=\s*([\"'])", re.I)
_A_CLOSE = re.compile(r"</a\s*>", re.I)
_HTML_TAG = re.compile(r"</?[A-Za-z][^<>\n]*>|&(?:#\d+|#x[0-9a-f]+|[a-z]+);", re.I)


def _link_target(target: str) -> tuple[int, str, str] | None:
    """(length of the scheme to skip, kind, value) of a link's target, when it is a fact."""
    low = target.lower()
    if low.startswith("mailto:"):
        address = unquote(target[7:].split("?", 1)[0])
        return (7, "email", address.lower()) if EMAIL.fullmatch(address) else None
    if low.startswith("tel:"):
        return 4, "phone", canon_phone(unquote(target[4:]))
    host = re.split(r"[/?#:]", target, maxsplit=1)[0]
    if URL.match(target) or ("." in host and host.rsplit(".", 1)[1].lower() in TLDS):
        return 0, "url", canon_url(target)
    return None


def _same_fact(kind: str, label: str, value: str) -> bool:
    label = MD_ESCAPE.sub(r"\1", label).strip(" *_`")
    if kind == "url":
        return " " not in label and "." in label and canon_url(label) == value
    if kind == "email":
        return label.lower().removeprefix("mailto:") == value
    return any(c.isdigit() for c in label) and canon_phone(label) == value


_Link = tuple[int, int, int, int]
"""Where a link's target and its label are: (target start, target end, label start, label end)."""


def _stop(pattern: re.Pattern[str], text: str, pos: int) -> int:
    """Where ``pattern``, which may match nothing, stops matching from ``pos``."""
    m = pattern.match(text, pos)
    return m.end() if m else pos


def _md_links(text: str) -> Iterator[_Link]:
    """The Markdown links ``[label](url "title")``, as the pattern above finds them, in linear time.

    When a "[" is no link, no "[" inside its label is one either: their labels end at the
    same "]" and what follows is the same. A target runs to the first space or ")", the
    same for every target starting in that stretch, and what follows it is judged once.
    """
    pos = 0
    url_from = url_end = title_at = -1
    title: re.Match[str] | None = None
    while (start := text.find("[", pos)) >= 0:
        label_end = _stop(_MD_LABEL, text, start + 1)
        pos = label_end
        if not text.startswith("](", label_end):
            continue
        url_start = label_end + 2
        if not url_from <= url_start <= url_end:
            url_from, url_end = url_start, _stop(_MD_URL, text, url_start)
        if url_end == url_start:
            continue
        if title_at != url_end:
            title_at, title = url_end, _MD_TITLE.match(text, url_end)
        if title:
            yield url_start, url_end, start + 1, label_end
            pos = title.end()


def _html_links(text: str) -> Iterator[_Link]:
    """The HTML links ``<a href="url">label</a>``, as the pattern above finds them, in linear time.

    An ``<a`` is a link through the first ``href`` in its tag (before the first ">") whose
    address closes (at the next same quote) before a ">" that some "</a>" follows: the
    address then ends there, and the label at the first "</a>" after that ">". Whether a
    "</a>" follows depends only on where the address closes, so it is read once, from the
    last "</a>"; and when an ``<a`` is no link, no ``<a`` before its first ">" is one.
    """
    last_close = max((m.start() for m in _A_CLOSE.finditer(text)), default=-1)
    if last_close < 0:
        return
    closes_before = text.rfind(">", 0, last_close)  # an address closing before it has its "</a>"
    next_quote: dict[str, tuple[int, int]] = {}  # quote -> (from, where the next one is)
    pos = 0
    while start := _A_OPEN.search(text, pos):
        tag_end = text.find(">", start.end())
        for href in _A_HREF.finditer(text, start.end(), tag_end if tag_end >= 0 else len(text)):
            quote, url_start = href.group(1), href.end()
            known_from, found = next_quote.get(quote, (len(text) + 1, -1))
            if not (known_from <= url_start and (found < 0 or url_start <= found)):
                found = text.find(quote, url_start)
                next_quote[quote] = (url_start, found)
            if 0 <= found < closes_before:
                label_start = text.find(">", found + 1) + 1
                close = _A_CLOSE.search(text, label_start)
                assert close is not None
                yield url_start, found, label_start, close.start()
                pos = close.end()
                break
        else:
            if tag_end < 0:
                return
            pos = tag_end


def markup(st: Scan) -> None:
    """Links report their target once (not again their text when it says the same)."""
    for links in (_md_links, _html_links):
        for start, end, label_start, label_end in links(st.text):
            target = _link_target(st.text[start:end])
            if target is None:
                st.claim(start, end)
                continue
            skip, kind, value = target
            st.claim(start, start + skip)
            st.take(start + skip, end, kind, value)
            if _same_fact(kind, st.text[label_start:label_end], value):
                st.claim(label_start, label_end)
    if "<" in st.text or "&" in st.text:  # what every tag and entity opens with; most drafts hold neither
        for m in _HTML_TAG.finditer(st.text):
            st.claim(*m.span())
