"""Opening a Word or OpenDocument file safely: a zip of XML parts, any of which may be hostile.

A .docx or .odt comes from outside (an agency, a translator, a press office's
letterhead), so before any part is parsed the archive is looked at: a file
that is really text, a password-protected document (Office keeps those in an
OLE2 compound file, not a zip), a zip that unpacks to far more than it holds
(a zip bomb) or has thousands of parts. Each part is then read with a cap on
what it unpacks to, whatever its header claims, and parsed by lxml with
entities, DTDs and the network off. Every refusal is one plain reason for
:class:`~drafter.files.UnreadableFile`.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # lxml is imported when a document is first read or written
    from lxml import etree

MAX_PARTS = 1_000
"""More parts than a letterhead with its images, fonts and headers could need."""
MAX_PART_BYTES = 40_000_000
"""What one XML part may unpack to: a press release's document.xml is well under a megabyte."""
MAX_UNPACKED = 200_000_000
"""What the whole archive may claim to unpack to."""

_DOCTYPE = b"<!DOCTYPE"
"""Where a document type, and so entities, would be declared: never in Office Open XML or OpenDocument."""
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
"""How a compound file starts: a password-protected .docx, or an old Word 97-2003 .doc."""


class Refused(Exception):
    """Why an office file cannot be read, in words for the person who sent it."""


@dataclass(frozen=True)
class Kind:
    """What a kind of office document is called, and how to make a readable one."""

    name: str
    save_as: str


DOCX = Kind("Word document (.docx)", "open it in Word or LibreOffice and save it as a Word document (.docx)")
ODT = Kind("OpenDocument text (.odt)", "open it in LibreOffice or Word and save it as OpenDocument text (.odt)")


class Archive:
    """The parts of one office file, each read and parsed only when asked for."""

    def __init__(self, data: bytes, kind: Kind) -> None:
        self.kind = kind
        if data.startswith(_OLE2):
            raise Refused(
                "is protected by a password, or is an old Word 97-2003 document under a new name; "
                f"remove the password (or {kind.save_as}), then check it again"
            )
        if not data.startswith(b"PK"):
            what = "text" if _looks_like_text(data) else "something else"
            raise Refused(f"is not a {kind.name}: it holds {what}, not a zip archive; {kind.save_as}")
        try:
            self._zip = zipfile.ZipFile(io.BytesIO(data))
            infos = self._zip.infolist()
        except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, OSError):
            raise Refused(f"is damaged: its zip archive cannot be opened; {kind.save_as}") from None
        if len(infos) > MAX_PARTS:
            raise Refused(f"holds {len(infos):,} parts, more than any {kind.name} needs; it was not read")
        claimed = sum(info.file_size for info in infos)
        if claimed > MAX_UNPACKED:
            raise Refused(
                f"would unpack to {claimed:,} bytes, more than any document needs (a zip bomb?); it was not read"
            )
        self._infos = {info.filename: info for info in infos}

    def names(self) -> list[str]:
        return list(self._infos)

    def has(self, name: str) -> bool:
        return name in self._infos

    def read(self, name: str) -> bytes:
        """A part's bytes, unpacked no further than :data:`MAX_PART_BYTES` whatever its header says."""
        info = self._infos.get(name)
        if info is None:
            raise Refused(f"is not a complete {self.kind.name}: it has no {name}; {self.kind.save_as}")
        if info.flag_bits & 0x1:
            raise Refused(f"is protected by a password; remove the password ({self.kind.save_as}), then check it again")
        try:
            with self._zip.open(info) as part:
                data = part.read(MAX_PART_BYTES + 1)
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError, RuntimeError):
            raise Refused(f"is damaged: its part {name} cannot be unpacked; {self.kind.save_as}") from None
        if len(data) > MAX_PART_BYTES:
            raise Refused(
                f"has a part ({name}) that unpacks to more than {MAX_PART_BYTES:,} bytes (a zip bomb?); it was not read"
            )
        return data

    def xml(self, name: str) -> etree._Element:
        """A part parsed as XML, with no entity expanded, no DTD loaded and no network reached."""
        from lxml import etree

        parser = etree.XMLParser(
            resolve_entities=False, load_dtd=False, no_network=True, huge_tree=False, remove_comments=True
        )
        data = self.read(name)
        if _DOCTYPE in data[:4096]:
            raise Refused(f"declares entities in its part {name}, which Word and LibreOffice never do; it was not read")
        try:
            root = etree.fromstring(data, parser)
        except etree.XMLSyntaxError:
            raise Refused(f"is damaged: its part {name} is not well-formed XML; {self.kind.save_as}") from None
        if root is None:
            raise Refused(f"is damaged: its part {name} is empty; {self.kind.save_as}")
        if root.getroottree().docinfo.internalDTD is not None:
            raise Refused(f"declares entities in its part {name}, which Word and LibreOffice never do; it was not read")
        return root


def _looks_like_text(data: bytes) -> bool:
    head = data[:4096]
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc.start > len(head) - 4 and b"\x00" not in head  # a character cut at the end of the sample
    return b"\x00" not in head
