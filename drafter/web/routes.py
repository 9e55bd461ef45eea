"""What each address of ``drafter serve`` does: read the request, call drafter, answer with a page or JSON.

Pages: ``/`` lists the releases and starts a new one, ``/new`` opens an empty
form, ``/edit`` opens a facts file (in the form, or as text when the form
cannot hold it). The page's script calls the rest, each a POST of JSON:
``/api/check`` (messages and preview, as you type), ``/api/form`` (the form
drawn again, for a list item added, moved or removed, or a language),
``/api/save``, ``/api/draft`` and ``/api/check-text``; ``/api/folder-check``
checks the drafts on disk.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import Any
from urllib.parse import quote

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response

from ..catalog import Catalog
from ..emit import FORMATS
from ..errors import DrafterError, FactsError
from . import storage, yamldoc
from .edits import apply_edit
from .preview import check_drafts, messages_of, preview, validate
from .render import Pages
from .schemaform import Field, Form
from .security import Folder
from .values import from_form, misfits, to_form

MAX_BODY = 4_000_000
DEFAULT_LANGUAGES = ("pt", "es", "en")
_FORMAT_LABELS = {"md": "Markdown", "html": "HTML", "txt": "text", "json": "JSON", "docx": "Word"}
_ASSETS = {
    "app.js": ("drafter.web", "static/app.js", "text/javascript; charset=utf-8"),
    "clipboard.js": ("drafter", "assets/clipboard.js", "text/javascript; charset=utf-8"),
    "app.css": ("drafter.web", "static/app.css", "text/css; charset=utf-8"),
    "review.css": ("drafter", "assets/review.css", "text/css; charset=utf-8"),
}


class BadRequest(DrafterError):
    """A request the page would never send."""


@dataclass(frozen=True)
class Service:
    """The application's state: the folder, the form of the facts model, the templates, this run's token."""

    folder: Folder
    form: Form
    catalog: Catalog
    token: str

    @property
    def root(self) -> Field:
        return Field("", "group", "", required=True, children=self.form.sections)

    @property
    def pages(self) -> Pages:
        return Pages(self.form, tuple(self.catalog.languages()))

    def page(self, template: str, status: int = 200, **context: Any) -> HTMLResponse:
        html = self.pages.page(template, token=self.token, folder_name=self.folder.root.name, **context)
        return HTMLResponse(html, status_code=status)

    def languages(self, data: Any) -> tuple[str, ...]:
        """The release's languages in what the form (or the document) holds."""
        value: Any = data
        for part in self.form.languages_path or ():
            value = value.get(part) if isinstance(value, dict) else None
        if not isinstance(value, list):
            return ()
        return tuple(dict.fromkeys(str(x).strip() for x in value if isinstance(x, (str, int)) and str(x).strip()))

    def compose(self, name: str, data: dict[str, Any]) -> str:
        """The YAML a save writes for the form's ``data``: the file on disk updated in place, else a new one
        laid out as ``drafter new`` writes it."""
        from ..skeleton import skeleton

        stored = storage.read(self.folder.file(name))
        langs = self.languages(data) or DEFAULT_LANGUAGES
        try:
            if stored.text is not None:
                doc = yamldoc.load(stored.text)
            else:
                doc = yamldoc.load(skeleton(list(langs), Path(name).name))
        except yamldoc.DocumentError:
            doc = yamldoc.load("")
        typed = from_form(data, self.root, doc, langs)
        return yamldoc.dump(yamldoc.update(doc, typed if isinstance(typed, dict) else {}))

    # Pages

    async def index(self, request: Request) -> Response:
        found = await run_in_threadpool(storage.releases, self.folder)
        rows = [
            {"name": self.folder.name(r.facts), "drafts": self.folder.name(r.drafts), "files": r.files} for r in found
        ]
        kind = self.form.at(self.form.kind_path) if self.form.kind_path else None
        return self.page(
            "index.html",
            releases=rows,
            kinds=self.form.kinds,
            kind_help=kind.help if kind else "",
            languages=self.pages.language_choices(()),
            default_languages=DEFAULT_LANGUAGES,
        )

    async def new(self, request: Request) -> Response:
        name = request.query_params.get("name", "")
        path = self.folder.new_file(name)
        name = self.folder.name(path)
        if path.exists():
            return RedirectResponse(f"/edit?file={quote(name)}", status_code=303)
        langs = [x for x in request.query_params.getlist("lang") if x in self.catalog.languages()]
        langs = langs or list(DEFAULT_LANGUAGES)
        kind = request.query_params.get("kind", "")
        data: dict[str, Any] = {}
        if self.form.kind_path and self.form.languages_path:
            release = data.setdefault(self.form.kind_path[0], {})
            release[self.form.kind_path[-1]] = kind if kind in self.form.kinds else self.form.kinds[0]
            data.setdefault(self.form.languages_path[0], {})[self.form.languages_path[-1]] = langs
        return self._form_page(name, path, storage.NEW, data, tuple(langs), (), new=True)

    async def edit(self, request: Request) -> Response:
        name = request.query_params.get("file", "")
        path = self.folder.file(name)
        name = self.folder.name(path)
        stored = storage.read(path)
        if stored.hash == storage.NEW and stored.unreadable is None:
            return self.page("message.html", 404, heading="No such facts file", message=f"{name} does not exist.")
        if stored.text is None:
            return self._text_page(name, path, stored, (), [stored.unreadable or ""], fits=False)
        messages = await run_in_threadpool(validate, path.name, name, stored.text, self.catalog)
        try:
            doc = yamldoc.load(stored.text)
        except yamldoc.DocumentError:
            return self._text_page(name, path, stored, messages, ["it cannot be read as YAML"], fits=False)
        langs = self.languages(doc)
        problems = misfits(doc, self.root, "", langs)
        if problems or request.query_params.get("mode") == "text":
            return self._text_page(name, path, stored, messages, problems, fits=not problems)
        return self._form_page(name, path, stored.hash, to_form(doc, self.root), langs, messages)

    def _form_page(
        self,
        name: str,
        path: Path,
        digest: str,
        data: dict[str, Any],
        langs: tuple[str, ...],
        messages: tuple[Any, ...],
        *,
        new: bool = False,
    ) -> HTMLResponse:
        drafts = storage.drafts_for(self.folder, path)
        page_data = {"file": name, "hash": digest, "isNew": new, "mode": "form", "stem": path.stem}
        return self.page(
            "edit.html",
            name=name,
            is_new=new,
            mode="form",
            form=self.form,
            kind_path=".".join(self.form.kind_path or ()),
            sections=self.pages.sections(data, langs),
            messages=messages,
            drafts=self.folder.name(drafts) if self.folder.inside(drafts.parent) else drafts.name,
            formats=[(fmt, _FORMAT_LABELS.get(fmt, fmt)) for fmt in FORMATS],
            page_data=_json_in_html(page_data),
        )

    def _text_page(
        self, name: str, path: Path, stored: storage.Stored, messages: Any, problems: list[str], *, fits: bool
    ) -> HTMLResponse:
        page_data = {
            "file": name,
            "hash": stored.hash,
            "isNew": False,
            "mode": "text",
            "stem": path.stem,
            "messages": [m.as_json() for m in messages],
        }
        return self.page(
            "edit.html",
            name=name,
            is_new=False,
            mode="text",
            fits=fits,
            misfits=problems,
            unreadable=stored.unreadable,
            text=stored.text or "",
            messages=messages,
            drafts="",
            formats=[],
            page_data=_json_in_html(page_data),
        )

    # The page's calls

    async def api_form(self, request: Request) -> Response:
        body = await _body(request)
        data = _data(body)
        edit = body.get("edit")
        focus = None
        if isinstance(edit, dict):
            data, focus = apply_edit(data, self.form, self.root, edit, self.catalog.languages())
        langs = self.languages(data)
        return JSONResponse({"html": str(self.pages.sections(data, langs)), "focus": focus})

    async def api_check(self, request: Request) -> Response:
        body = await _body(request)
        name, path = self._named(body)
        text = self.compose(name, _data(body))
        found = await run_in_threadpool(preview, path.name, name, text, self.catalog)
        return JSONResponse(
            {
                "messages": [m.as_json() for m in found.messages],
                "yaml": text,
                "html": found.html,
                "summary": found.summary,
                "copies": found.copies,
                "json": found.release_json,
            }
        )

    async def api_check_text(self, request: Request) -> Response:
        body = await _body(request)
        name, path = self._named(body)
        text = body.get("text")
        if not isinstance(text, str):
            raise BadRequest("the request holds no text")
        found = await run_in_threadpool(validate, path.name, name, text, self.catalog)
        return JSONResponse({"messages": [m.as_json() for m in found]})

    async def api_save(self, request: Request) -> Response:
        body = await _body(request)
        name, path = self._named(body)
        text = body["text"] if isinstance(body.get("text"), str) else self.compose(name, _data(body))
        expected = _hash(body)
        try:
            digest = await run_in_threadpool(storage.save, path, text, expected)
        except storage.Conflict as exc:
            return JSONResponse({"error": str(exc), "conflict": True, "mine": text, "current": exc.current}, 409)
        found = await run_in_threadpool(validate, path.name, name, text, self.catalog)
        return JSONResponse(
            {
                "hash": digest,
                "saved": name,
                "messages": [m.as_json() for m in found],
                "url": f"/edit?file={quote(name)}",
            }
        )

    async def api_draft(self, request: Request) -> Response:
        body = await _body(request)
        name, path = self._named(body)
        text = self.compose(name, _data(body))
        digest = _hash(body)
        try:
            if storage.read(path).text != text or digest == storage.NEW:
                digest = await run_in_threadpool(storage.save, path, text, digest)
        except storage.Conflict as exc:
            return JSONResponse({"error": str(exc), "conflict": True, "mine": text, "current": exc.current}, 409)
        formats = [f for f in body.get("formats", ["md"]) if f in FORMATS] or ["md"]
        drafts_dir = storage.drafts_for(self.folder, path)
        try:
            written = await run_in_threadpool(self._write_drafts, path, drafts_dir, formats, body.get("force") is True)
        except FactsError as exc:
            messages = [m.as_json() for m in messages_of(exc, name)]
            return JSONResponse(
                {"error": "Fix the problems first: nothing was drafted.", "messages": messages, "hash": digest}, 422
            )
        except storage.EditedDrafts as exc:
            return JSONResponse({"error": str(exc), "edited": exc.names, "hash": digest}, 409)
        where = self.folder.name(drafts_dir)
        return JSONResponse(
            {"hash": digest, "written": [p.name for p in written], "folder": where, "url": f"/edit?file={quote(name)}"}
        )

    def _write_drafts(self, path: Path, drafts_dir: Path, formats: list[str], force: bool) -> list[Path]:
        from .. import draft

        made = draft(path, catalog=self.catalog)
        out: dict[str, str | bytes] = {}
        for fmt in formats:
            out.update(made.files(fmt))
        return storage.write_release(path, drafts_dir, out, force=force, folder=self.folder)

    async def api_folder_check(self, request: Request) -> Response:
        path = self.folder.file(request.query_params.get("file", ""))
        if not path.is_file():
            return JSONResponse({"html": "", "summary": "Not saved yet: no drafts.", "error": ""})
        drafts_dir = storage.drafts_for(self.folder, path)
        found = await run_in_threadpool(check_drafts, path, drafts_dir, self.catalog)
        return JSONResponse({"html": found.html, "summary": found.summary, "error": found.error})

    def _named(self, body: dict[str, Any]) -> tuple[str, Path]:
        name = body.get("file")
        if not isinstance(name, str):
            raise BadRequest("the request names no file")
        path = self.folder.new_file(name) if body.get("hash") == storage.NEW else self.folder.file(name)
        return self.folder.name(path), path

    async def asset(self, request: Request) -> Response:
        name = request.path_params["name"]
        if name not in _ASSETS:
            return Response("Not found", 404, media_type="text/plain")
        package, where, media = _ASSETS[name]
        text = files(package).joinpath(where).read_text(encoding="utf-8")
        return Response(text, media_type=media)


async def _body(request: Request) -> dict[str, Any]:
    raw = await request.body()
    if len(raw) > MAX_BODY:
        raise BadRequest("the request is larger than any facts file")
    try:
        body = json.loads(raw)
    except ValueError:
        raise BadRequest("the request is not JSON") from None
    if not isinstance(body, dict):
        raise BadRequest("the request is not a JSON object")
    return body


def _data(body: dict[str, Any]) -> dict[str, Any]:
    data = body.get("data")
    return data if isinstance(data, dict) else {}


def _hash(body: dict[str, Any]) -> str:
    value = body.get("hash")
    if not isinstance(value, str):
        raise BadRequest("the request carries no hash of the file it read")
    return value


def _json_in_html(value: Any) -> str:
    """JSON for a ``<script type="application/json">``: nothing in it can close the element."""
    text = json.dumps(value, ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


__all__ = ["BadRequest", "Service"]
