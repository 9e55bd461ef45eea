"""drafter: press releases in several languages from one facts file, kept in step."""

from __future__ import annotations

__version__ = "0.1.0"

from .draft import Drafts, draft  # noqa: E402
from .errors import DrafterError, FactsError  # noqa: E402
from .facts import Facts, load_facts  # noqa: E402

__all__ = ["DrafterError", "Drafts", "Facts", "FactsError", "__version__", "draft", "load_facts"]
