"""Reading a press office's files: only ordinary files, only so much of each.

A facts file, a draft or a glossary given as a named pipe would make a read
wait forever, and a link to /dev/zero would read until memory runs out. So a
file is opened without blocking, looked at, and read only if it is a regular
file of a sensible size; anything else is refused with one plain reason.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from .errors import DrafterError, display_path

_NOT_FILES = (
    (stat.S_ISFIFO, "is a named pipe, not a file; drafter reads only ordinary files"),
    (stat.S_ISCHR, "is a device (like /dev/zero), not a file; drafter reads only ordinary files"),
    (stat.S_ISBLK, "is a device, not a file; drafter reads only ordinary files"),
    (stat.S_ISSOCK, "is a socket, not a file; drafter reads only ordinary files"),
)
_REASONS = {
    errno.ENOENT: "does not exist",
    errno.ENOTDIR: "does not exist (a part of its path is not a folder)",
    errno.ELOOP: "is a symbolic link that leads back to itself; point it at a real file",
    errno.EACCES: "cannot be read: permission denied; ask for read access or copy the file",
    errno.EPERM: "cannot be read: permission denied; ask for read access or copy the file",
    errno.ENXIO: "is a socket or device, not a file; drafter reads only ordinary files",
    errno.ENAMETOOLONG: "has a name too long for the system",
}


class UnreadableFile(DrafterError):
    """A file drafter cannot or will not read, with the reason in plain words."""

    def __init__(self, path: Path, reason: str) -> None:
        self.path = path
        self.shown = display_path(path)
        self.reason = reason
        super().__init__(f"{self.shown}: {reason}")

    def lines(self) -> list[str]:
        return [f"{self.shown}:1:1: {self.reason}"]

    def __reduce__(self) -> tuple[type[UnreadableFile], tuple[Path, str]]:
        return type(self), (self.path, self.reason)  # whole, across processes (drafter check --jobs)


def why_not(exc: OSError) -> str:
    """An operating system's refusal, in words a communications officer can act on."""
    return _REASONS.get(exc.errno or 0) or f"cannot be read: {exc.strerror or exc}"


def read_bytes(path: Path, limit: int, what: str = "file", sizes: str = "") -> bytes:
    """At most ``limit`` bytes of the regular file ``path``, else :class:`UnreadableFile`.

    ``what`` names the file in messages ("facts file"); ``sizes`` says how large one usually is."""
    raw = _read(path, limit + 1, what)
    if len(raw) > limit:
        raise UnreadableFile(path, f"is larger than {limit:,} bytes; {sizes or f'this cannot be a {what}'}")
    return raw


def read_start(path: Path, size: int, what: str = "file") -> bytes:
    """The first ``size`` bytes of the regular file ``path`` (all of it if shorter)."""
    return _read(path, size, what)


def _read(path: Path, size: int, what: str) -> bytes:
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise UnreadableFile(path, why_not(exc)) from None
    except ValueError:  # a NUL in the name
        raise UnreadableFile(path, "has a name no file can have") from None
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise UnreadableFile(path, f"is a folder, not a {what}")
        for test, reason in _NOT_FILES:
            if test(mode):
                raise UnreadableFile(path, reason)
        chunks: list[bytes] = []
        got = 0
        while got < size:
            chunk = os.read(fd, min(1 << 20, size - got))
            if not chunk:
                break
            chunks.append(chunk)
            got += len(chunk)
    except OSError as exc:
        raise UnreadableFile(path, why_not(exc)) from None
    finally:
        os.close(fd)
    return b"".join(chunks)


def is_regular(path: Path) -> bool:
    """True for an ordinary file (following links); False for anything else, loops included."""
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except (OSError, ValueError):
        return False


def real(path: Path) -> Path:
    """``path`` with its links followed, or made absolute if a link loops: the same file, compared safely."""
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # Python 3.11 raises RuntimeError on a loop
        return Path(os.path.abspath(path))
