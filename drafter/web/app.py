"""The application: its routes, its guard, and one way to answer what goes wrong.

A refusal of drafter's (a file outside the folder, a name that cannot be a
file) is a message in plain words, as JSON for the page's script and as a
page for the browser; anything else is a short apology and never a
traceback.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route

from ..catalog import Catalog
from ..errors import DrafterError
from .routes import Service
from .schemaform import build_form
from .security import Folder, Guard, OutsideFolder


def create_app(
    folder: Path,
    *,
    port: int,
    token: str,
    catalog: Catalog | None = None,
    schema: dict[str, Any] | None = None,
) -> Starlette:
    """The application serving ``folder`` on 127.0.0.1:``port``; ``schema`` is the facts model's (by default)."""
    if schema is None:
        from ..facts import schema as facts_schema

        schema = facts_schema()
    service = Service(Folder.at(folder), build_form(schema), catalog or Catalog.find(), token)
    routes = [
        Route("/", service.index),
        Route("/new", service.new),
        Route("/edit", service.edit),
        Route("/static/{name}", service.asset),
        Route("/api/form", service.api_form, methods=["POST"]),
        Route("/api/check", service.api_check, methods=["POST"]),
        Route("/api/check-text", service.api_check_text, methods=["POST"]),
        Route("/api/save", service.api_save, methods=["POST"]),
        Route("/api/draft", service.api_draft, methods=["POST"]),
        Route("/api/folder-check", service.api_folder_check),
    ]

    async def refused(request: Request, exc: Exception) -> Response:
        status = 404 if isinstance(exc, OutsideFolder) else 400
        if request.url.path.startswith("/api/"):
            return JSONResponse({"error": str(exc)}, status)
        return service.page("message.html", status, heading="That cannot be opened", message=str(exc))

    async def failed(request: Request, exc: Exception) -> Response:
        message = (
            f"Something went wrong inside drafter ({type(exc).__name__}); nothing was written. "
            "Reload the page; if it happens again, run the same step with the drafter command to see more."
        )
        if request.url.path.startswith("/api/"):
            return JSONResponse({"error": message}, 500)
        return HTMLResponse(f"<!DOCTYPE html><title>drafter</title><p>{message}</p>", 500)

    return Starlette(
        routes=routes,
        middleware=[Middleware(Guard, port=port, token=token)],
        exception_handlers={DrafterError: refused, Exception: failed},
    )


__all__ = ["create_app"]
