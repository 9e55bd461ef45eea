"""``drafter serve``: the press officer's drafter, in the browser, on the same facts model, templates and checker.

A local web application (Starlette under uvicorn) that lists the releases of
one folder, opens a facts file in a form made from the facts model, shows
each language's draft and what ``drafter check`` finds as you type, and saves
the facts file and writes the drafts with the command line's guarantees. It
listens on 127.0.0.1 only; see :mod:`drafter.web.security` for what else
keeps it to its folder and its own pages.
"""

from __future__ import annotations

import errno
import secrets
import socket
import threading
import webbrowser
from collections.abc import Callable
from pathlib import Path

from ..catalog import Catalog
from ..errors import UsageError, display_path


def serve(
    folder: Path,
    *,
    port: int = 0,
    open_browser: bool = True,
    templates: Path | None = None,
    say: Callable[[str], None] = print,
) -> None:
    """Serve ``folder`` on 127.0.0.1:``port`` (0: a free one) until interrupted; say the address first."""
    import uvicorn

    from .app import create_app

    if not folder.is_dir():
        raise UsageError(f"{display_path(folder)} is not a folder; name the folder of your releases")
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        listener.bind(("127.0.0.1", port))
    except OSError as exc:
        listener.close()
        if exc.errno == errno.EADDRINUSE:
            raise UsageError(f"port {port} is in use; choose another with --port, or --port 0 for a free one") from None
        raise UsageError(f"cannot listen on 127.0.0.1:{port}: {exc.strerror}") from None
    port = listener.getsockname()[1]
    app = create_app(folder, port=port, token=secrets.token_urlsafe(32), catalog=Catalog.find(templates))
    url = f"http://127.0.0.1:{port}/"
    say(f"drafter serve: {display_path(folder)} at {url} (only this computer can reach it; Ctrl+C stops it)")
    if open_browser:
        threading.Timer(0.5, webbrowser.open, args=(url,)).start()
    config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="off")
    uvicorn.Server(config).run(sockets=[listener])


__all__ = ["serve"]
