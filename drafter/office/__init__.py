"""Word (.docx) and OpenDocument (.odt) documents: drafts written to Word, and drafts read from either.

Both are zips of XML that come from outside, so :mod:`.archive` opens them
with guards before :mod:`.writer` (python-docx) or :mod:`.reading` (lxml)
looks inside.
"""

from .archive import Refused
from .reading import document_text, paragraph_of_line
from .writer import Reference, language_tag, load_reference, to_docx

OFFICE_SUFFIXES = (".docx", ".odt")
"""Drafts whose places are paragraphs, not lines."""

__all__ = [
    "OFFICE_SUFFIXES",
    "Reference",
    "Refused",
    "document_text",
    "language_tag",
    "load_reference",
    "paragraph_of_line",
    "to_docx",
]
