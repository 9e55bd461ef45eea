"""Which names of the facts file are one fact told in several languages, for the review page's marks."""

from __future__ import annotations

from ..checker import Inspection
from ..checker.expect import family


def named_alike(release: Inspection) -> dict[tuple[str, str], tuple[tuple[str, str], str]]:
    """Names the facts file gives per language, each language's to the first one's, with their key: the
    "Ayuntamiento" of "Ayuntamiento de Lugo" and the "Câmara Municipal" of "Câmara Municipal de Lugo" are
    one fact, not two names each of the other language's column lacks. Only a text with one name in
    each language is linked: two names in one would not say which is which."""
    from ..extract import extract

    first: dict[str, tuple[str, str]] = {}
    out: dict[tuple[str, str], tuple[tuple[str, str], str]] = {}
    for lang in dict.fromkeys(v.lang for v in release.versions):
        for exp in release.expected(lang):
            if exp.kind != "text":
                continue
            # Read inside a sentence, where a capital says a name, as the drafts' sentences have them.
            names = {(family(m.kind), m.value) for m in extract(f"x {exp.value} x", lang) if m.kind == "name"}
            if len(names) != 1:
                continue
            (name,) = names
            same = first.setdefault(exp.key, name)
            out.setdefault(name, (same, exp.key))
    return out
