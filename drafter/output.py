"""Write drafts to a folder: all of them or none, never over someone's edits.

Each draft goes to a temporary file beside its target and is renamed into
place only once every draft has been written. A manifest in the folder keeps
the hash of what drafter last wrote, so a draft that someone has edited since
is recognised and left alone unless ``--force`` says otherwise.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
from collections.abc import Mapping
from pathlib import Path

from .errors import OutputError, display_path

MANIFEST = ".drafter.json"


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _read(folder: Path) -> dict[str, object]:
    try:
        data = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _read_manifest(folder: Path) -> dict[str, str]:
    files = _read(folder).get("files")
    return {str(k): str(v) for k, v in files.items()} if isinstance(files, dict) else {}


def sources(folder: Path) -> dict[str, Path]:
    """The facts file each draft of ``folder`` was written from, as drafter recorded it: the path
    relative to the folder where it still leads to a file, else the absolute one."""
    recorded = _read(folder).get("facts")
    if not isinstance(recorded, dict):
        return {}
    out = {}
    for name, where in recorded.items():
        if not isinstance(where, dict):
            continue
        for key in ("relative", "absolute"):
            value = where.get(key)
            if isinstance(value, str) and (folder / value).is_file():
                out[str(name)] = folder / value if key == "relative" else Path(value)
                break
    return out


def edited(folder: Path, names: list[str]) -> list[Path]:
    """The files among ``names`` that exist and are not as drafter last wrote them."""
    manifest = _read_manifest(folder)
    out = []
    for name in names:
        path = folder / name
        if not path.exists():
            continue
        try:
            current = _digest(path.read_bytes())
        except OSError:
            out.append(path)
            continue
        if manifest.get(name) != current:
            out.append(path)
    return out


def write_drafts(
    folder: Path, files: Mapping[str, str], *, force: bool = False, source: Path | None = None
) -> list[Path]:
    """Write ``files`` (name to text) into ``folder`` atomically; return the paths written. The
    manifest records ``source``, the facts file they come from, for ``drafter check`` to join them."""
    for name in files:
        if Path(name).name != name or name.startswith("."):
            raise OutputError(f"refusing to write {name!r}: drafts are written inside the output folder only")
    if folder.exists() and not folder.is_dir():
        raise OutputError(f"{display_path(folder)} is a file, not a folder; choose another --out")
    payload = {name: text.encode("utf-8") for name, text in files.items()}
    unchanged = {
        name for name, data in payload.items() if (folder / name).is_file() and (folder / name).read_bytes() == data
    }
    if not force:
        changed = [p for p in edited(folder, list(files)) if p.name not in unchanged]
        if changed:
            shown = ", ".join(display_path(p) for p in changed)
            raise OutputError(
                f"{shown} changed since drafter wrote {'it' if len(changed) == 1 else 'them'}; "
                "nothing was written. Move your edited drafts elsewhere, or pass --force to replace them"
            )
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot create {display_path(folder)}: {exc.strerror}") from None
    manifest = _read_manifest(folder)
    manifest.update({name: _digest(data) for name, data in payload.items()})
    recorded = _read(folder).get("facts")
    facts = dict(recorded) if isinstance(recorded, dict) else {}
    if source is not None:
        where = source.resolve()
        place = {"relative": os.path.relpath(where, folder.resolve()), "absolute": str(where)}
        facts.update(dict.fromkeys(payload, place))
    content: dict[str, object] = {"generator": "drafter", "files": dict(sorted(manifest.items()))}
    if facts:
        content["facts"] = dict(sorted(facts.items()))
    manifest_text = json.dumps(content, indent=2) + "\n"
    staged: list[tuple[str, Path]] = []
    try:
        for name, data in [*payload.items(), (MANIFEST, manifest_text.encode("utf-8"))]:
            fd, tmp_name = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=folder)
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            staged.append((name, Path(tmp_name)))
        for name, tmp in staged:
            os.replace(tmp, folder / name)
    except OSError as exc:
        for _, tmp in staged:
            with contextlib.suppress(OSError):
                tmp.unlink()
        raise OutputError(f"cannot write to {display_path(folder)}: {exc.strerror}") from None
    return [folder / name for name in files]


def write_page(path: Path, text: str, *, marker: str, force: bool = False) -> None:
    """Write one generated file atomically; refuse to replace a file without ``marker`` near its top.

    ``marker`` is what drafter puts in every such file it writes, so a file of
    someone else's (or one named by mistake) is never lost unless ``force``.
    """
    if path.is_dir():
        raise OutputError(f"{display_path(path)} is a folder; name the file to write")
    if path.exists() and not force:
        try:
            with path.open("rb") as fh:
                head = fh.read(4096)
        except OSError:
            head = b""
        if marker.encode("utf-8") not in head:
            raise OutputError(
                f"{display_path(path)} exists and drafter did not write it; nothing was written. "
                "Choose another file, or pass --force to replace it"
            )
    folder = path.parent
    tmp: Path | None = None
    try:
        mode = path.stat().st_mode & 0o777 if path.exists() else 0o644
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
        tmp = Path(tmp_name)
        with os.fdopen(fd, "wb") as fh:
            fh.write(text.encode("utf-8"))
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except OSError as exc:
        if tmp is not None:
            with contextlib.suppress(OSError):
                tmp.unlink()
        raise OutputError(f"cannot write {display_path(path)}: {exc.strerror}") from None
