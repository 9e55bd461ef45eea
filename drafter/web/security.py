"""What keeps ``drafter serve`` safe on a shared machine: its folder, its host, its origin, its token.

- **The folder.** Every path the browser names is resolved (symbolic links
  followed) and must lie inside the folder served; a link that leads out is
  refused like a ``..`` is. A new file's name is a plain name of letters,
  digits, dots, dashes and underscores, ending ``.yaml``.
- **The host.** A request whose ``Host`` is not ``127.0.0.1:PORT`` or
  ``localhost:PORT`` is refused, so a web page elsewhere cannot reach the
  application by making its own domain name point at 127.0.0.1 (DNS rebinding).
- **The origin.** A request that changes anything (every POST) must come from
  the application's own pages: its ``Origin``, when the browser sends one,
  is the application's, and it carries the token of this run, which only the
  application's pages hold (a cross-site request cannot read it, nor send the
  header without the application's consent, which it never gives).
- **The pages.** A Content-Security-Policy lets a page run only the
  application's own script file and reach only the application; no page may be
  framed.
"""

from __future__ import annotations

import hmac
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..errors import DrafterError

TOKEN_HEADER = "x-drafter-token"
POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; style-src-attr 'unsafe-inline'; "
    "img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
"""Scripts and styles from the application's own files only (the review's columns set their count in a
``style`` attribute, which is all ``style-src-attr`` allows); nothing fetched from anywhere else."""
HEADERS = (
    (b"content-security-policy", POLICY.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
    (b"cache-control", b"no-store"),
)
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,99}")


class OutsideFolder(DrafterError):
    """A path the browser named that is not a file of the folder served."""


@dataclass(frozen=True)
class Folder:
    """The folder served: every path in and out of the application goes through :meth:`file`."""

    root: Path

    @classmethod
    def at(cls, path: Path) -> Folder:
        root = path.resolve()
        if not root.is_dir():
            raise DrafterError(f"{path} is not a folder; name the folder of your releases")
        return cls(root)

    def file(self, name: str) -> Path:
        """The real path of ``name`` (relative to the folder), which must lie inside it."""
        if not name or "\x00" in name or os.path.isabs(name) or "\\" in name:
            raise OutsideFolder(f"{name!r} is not a file of this folder")
        parts = Path(name).parts
        if any(part in ("..", ".") or part.startswith(".") for part in parts):
            raise OutsideFolder(f"{name!r} is not a file of this folder: names with .. or a leading dot are refused")
        real = (self.root / name).resolve()
        if not real.is_relative_to(self.root):
            raise OutsideFolder(f"{name!r} leads outside the folder served (a symbolic link?); it is refused")
        return real

    def name(self, path: Path) -> str:
        """``path`` as the browser names it: relative to the folder, with forward slashes."""
        return path.resolve().relative_to(self.root).as_posix()

    def new_file(self, name: str) -> Path:
        """Where a new facts file called ``name`` goes: a plain name, ``.yaml`` added if it has no extension."""
        name = name.strip()
        if name and not name.endswith((".yaml", ".yml")):
            name += ".yaml"
        if not _NAME.fullmatch(name) or not name.endswith((".yaml", ".yml")):
            raise OutsideFolder(
                f"{name!r} cannot be a file name here; use letters, digits, dots, dashes and underscores, "
                "like label-2026.yaml"
            )
        return self.file(name)

    def inside(self, path: Path) -> bool:
        return path.resolve().is_relative_to(self.root)


class Guard:
    """ASGI middleware: the host, origin and token checks, and the security headers on every response."""

    def __init__(self, app: ASGIApp, *, port: int, token: str) -> None:
        self.app = app
        self.hosts = {f"127.0.0.1:{port}", f"localhost:{port}"}
        self.origins = {f"http://{host}" for host in self.hosts}
        self.token = token

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        refusal = self.refusal(scope["method"], headers)
        if refusal is not None:
            await _refuse(send, *refusal)
            return

        async def secured(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *HEADERS]
            await send(message)

        await self.app(scope, receive, secured)

    def refusal(self, method: str, headers: dict[str, str]) -> tuple[int, str] | None:
        """Why a request is refused (its status and message), or None."""
        if headers.get("host", "") not in self.hosts:
            return 421, "This address is not drafter's: open the address drafter serve printed (http://127.0.0.1:…)."
        if method in ("GET", "HEAD"):
            return None
        origin = headers.get("origin")
        if origin is not None and origin not in self.origins:
            return 403, "Refused: the request came from another site, not from drafter's own pages."
        if headers.get("sec-fetch-site") not in (None, "same-origin", "none"):
            return 403, "Refused: the request came from another site, not from drafter's own pages."
        if not hmac.compare_digest(headers.get(TOKEN_HEADER, "").encode(), self.token.encode()):
            return 403, "Refused: this page is from an earlier run of drafter serve. Reload it, then try again."
        return None


async def _refuse(send: Send, status: int, message: str) -> None:
    body = json.dumps({"error": message}).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()), *HEADERS]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


__all__ = ["HEADERS", "POLICY", "TOKEN_HEADER", "Folder", "Guard", "OutsideFolder"]
