"""Which language a text is in, deterministically, among the release's languages only.

langdetect is random unless seeded, and slow to load every profile it ships.
We build a private detector factory holding only the profiles of the
languages in question, seeded, once per set of languages. Restricting the
choice this way is what makes short European texts reliable; paragraphs
shorter than :data:`MIN_WORDS` are still never judged, because even then a
single heading can go either way.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from typing import Any

MIN_WORDS = 8
"""Below this many words a paragraph is not judged: headings and names mislead."""

_WORD = re.compile(r"[^\W\d_]{2,}")


def available_profiles() -> frozenset[str]:
    """Languages langdetect can recognise."""
    folder = resources.files("langdetect") / "profiles"
    return frozenset(entry.name for entry in folder.iterdir())


@cache
def _factory(langs: tuple[str, ...]) -> Any:
    from langdetect.detector_factory import DetectorFactory

    factory = DetectorFactory()
    folder = resources.files("langdetect") / "profiles"
    profiles = [(folder / lang).read_text(encoding="utf-8") for lang in langs]
    factory.load_json_profile(profiles)
    factory.seed = 0
    return factory


def words(text: str) -> int:
    return len(_WORD.findall(text))


def identify(text: str, langs: tuple[str, ...] | list[str]) -> str | None:
    """The most likely of ``langs`` for ``text``, or None when it cannot be judged."""
    usable = tuple(sorted(set(langs) & available_profiles()))
    if len(usable) < 2 or words(text) < MIN_WORDS:
        return usable[0] if len(usable) == 1 and words(text) >= MIN_WORDS else None
    from langdetect.lang_detect_exception import LangDetectException

    detector = _factory(usable).create()
    detector.append(text)
    try:
        found: str = detector.detect()
    except LangDetectException:
        return None
    return found if found in usable else None
