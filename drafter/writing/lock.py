"""The folder's lock: one drafter run writes a folder at a time.

An ``flock`` on ``.drafter.lock``, which the kernel drops when the process
dies, so a run that died never blocks the next one. The file holds who took
it (process, host, command, time), for the message of a run that waits in
vain; it is removed on release, so it is only there while a run is.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import random
import shlex
import socket
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from ..errors import OutputError, display_path

LOCK = ".drafter.lock"
WAIT = 5.0
"""Seconds a run waits for the run writing the same folder to finish; ``DRAFTER_LOCK_WAIT`` changes it."""


def _wait(wait: float | None) -> float:
    if wait is not None:
        return wait
    try:
        return max(0.0, float(os.environ.get("DRAFTER_LOCK_WAIT", WAIT)))
    except ValueError:
        return WAIT


@contextlib.contextmanager
def locked(folder: Path, *, wait: float | None = None) -> Iterator[None]:
    """Hold ``folder``'s lock; wait up to ``wait`` seconds for a run holding it, then refuse, naming it.

    The lock file is removed on release, so it is only there while a run is.
    A waiter that locked a file since removed starts again on the new one.
    """
    path = folder / LOCK
    deadline = time.monotonic() + _wait(wait)
    while True:
        fd = _open_lock(path)
        try:
            _flock(fd, deadline, folder)
            try:
                current = os.path.samestat(os.fstat(fd), os.stat(path))
            except FileNotFoundError:
                current = False
        except BaseException:
            os.close(fd)
            raise
        if current:
            break
        os.close(fd)
    try:
        with contextlib.suppress(OSError):  # who holds it, for messages only: written, then cut to its
            os.ftruncate(fd, os.pwrite(fd, _holder(), 0))  # length (ext4 flushes a file cut to 0 on close)
        yield
    finally:
        try:
            with contextlib.suppress(OSError):
                os.unlink(path)
        finally:
            os.close(fd)


def _open_lock(path: Path) -> int:
    try:
        return os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
    except PermissionError as denied:  # another user's, left by a run that died: locking needs no writing
        try:
            return os.open(path, os.O_RDONLY | os.O_CLOEXEC)
        except OSError:
            raise denied from None


def _flock(fd: int, deadline: float, folder: Path) -> None:
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            if time.monotonic() >= deadline:
                raise OutputError(_busy(folder, fd)) from None
            time.sleep(random.uniform(0.002, 0.02))


def _holder() -> bytes:
    args = [Path(sys.argv[0]).name if sys.argv and sys.argv[0] else "python", *sys.argv[1:]]
    if args[0] == "__main__.py":
        args[0] = "drafter"
    info = {"pid": os.getpid(), "host": socket.gethostname(), "command": shlex.join(args)[:1000], "since": time.time()}
    return json.dumps(info).encode("utf-8")


def _busy(folder: Path, fd: int) -> str:
    try:
        info = json.loads(os.pread(fd, 4096, 0))
        since = time.strftime("%H:%M:%S", time.localtime(float(info["since"])))
        command, pid, host = (_shown(info[key]) for key in ("command", "pid", "host"))
        who = f"another drafter run ({command}, process {pid} on {host}, since {since})"
    except (OSError, ValueError, TypeError, KeyError, OverflowError):
        who = "another drafter run"
    return f"{display_path(folder)} is being written by {who}; nothing was written. Try again once it has finished"


def _shown(value: object) -> str:
    """A value from the lock file, safe to print: anything a terminal would act on escaped, cut short."""
    text = "".join(c if c.isprintable() else c.encode("unicode_escape").decode("ascii") for c in str(value))
    return text if len(text) <= 200 else text[:199] + "…"
