"""Write drafts to a folder: all of them or none, never over someone's edits.

A manifest in the folder keeps the hash of what drafter last wrote, so a
draft that someone has edited since is recognised and left alone unless
``--force`` says otherwise. The drafts and the manifest are written in one
transaction (see :mod:`drafter.writing`): one run at a time per folder, and
all of them or none, even when a run is killed halfway.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
from collections.abc import Mapping
from pathlib import Path

from .errors import OutputError, display_path
from .writing import Unfinished, pending, reason, transaction

MANIFEST = ".drafter.json"


def _no_dead_link(path: Path, what: str) -> None:
    """A symbolic link that leads nowhere (or back to itself) is refused, rather than replaced or misread."""
    if not path.is_symlink():
        return
    try:
        os.stat(path)
    except OSError as exc:
        where = "back to itself" if exc.errno == errno.ELOOP else "to nothing that exists"
        raise OutputError(
            f"{display_path(path)} is a symbolic link that leads {where}; point it at a real {what} or choose another"
        ) from None


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _read(folder: Path) -> dict[str, object]:
    try:
        with open(os.path.join(folder, MANIFEST), encoding="utf-8") as manifest:  # read for every release checked
            data = json.loads(manifest.read())
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


def drafted_from(folder: Path) -> dict[str, str]:
    """The digest of the facts each draft of ``folder`` was written from, as drafter recorded it."""
    recorded = _read(folder).get("facts")
    if not isinstance(recorded, dict):
        return {}
    return {
        str(name): where["digest"]
        for name, where in recorded.items()
        if isinstance(where, dict) and isinstance(where.get("digest"), str)
    }


def edited(folder: Path, names: list[str]) -> list[Path]:
    """The files among ``names`` that exist and are not as drafter last wrote them (by the manifest, or
    by the journal of a write not yet settled)."""
    manifest = _read_manifest(folder)
    written = pending(folder)
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
        if current not in (manifest.get(name), written.get(name)):
            out.append(path)
    return out


def write_drafts(
    folder: Path,
    files: Mapping[str, str | bytes],
    *,
    force: bool = False,
    source: Path | None = None,
    facts_digest: str | None = None,
    wait: float | None = None,
) -> list[Path]:
    """Write ``files`` (name to text, or bytes) into ``folder``, all or none; return the paths written. The
    manifest records ``source``, the facts file they come from, for ``drafter check`` to join them, and
    ``facts_digest``, what those facts said (:func:`drafter.facts.digest.digest`), for it to tell stale drafts.
    ``wait``: seconds to wait for another run writing the folder (see :func:`drafter.writing.locked`)."""
    for name in files:
        if Path(name).name != name or name.startswith("."):
            raise OutputError(f"refusing to write {name!r}: drafts are written inside the output folder only")
    _no_dead_link(folder, "folder")
    if folder.exists() and not folder.is_dir():
        raise OutputError(f"{display_path(folder)} is a file, not a folder; choose another --out")
    payload = {name: data if isinstance(data, bytes) else data.encode("utf-8") for name, data in files.items()}
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot create {display_path(folder)}: {reason(exc)}") from None
    try:
        with transaction(folder, wait=wait, legacy=[*payload, MANIFEST]) as txn:
            _refuse_what_is_not_a_file(folder, [*payload, MANIFEST])
            if not force:
                _refuse_edited(folder, payload)
            for name, data in payload.items():
                txn.stage(name, data)
            txn.stage(MANIFEST, _manifest(folder, payload, source, facts_digest))
            txn.commit()
    except (OSError, Unfinished) as exc:
        raise _failed(f"cannot write to {display_path(folder)}", exc) from None
    return [folder / name for name in files]


def _refuse_what_is_not_a_file(folder: Path, names: list[str]) -> None:
    """A folder named like a draft stops the run before anything is replaced, with or without --force."""
    for name in names:
        path = folder / name
        if path.exists() and not path.is_file():
            what = "a folder" if path.is_dir() else "a special file"
            role = "drafter's record of its drafts" if name == MANIFEST else "a draft"
            raise OutputError(
                f"{display_path(path)} is {what}, not {role}; nothing was written. "
                "Move it out of the way, or choose another --out"
            )


def _refuse_edited(folder: Path, payload: Mapping[str, bytes]) -> None:
    unchanged = {
        name for name, data in payload.items() if (folder / name).is_file() and (folder / name).read_bytes() == data
    }
    changed = [p for p in edited(folder, list(payload)) if p.name not in unchanged]
    if changed:
        shown = ", ".join(display_path(p) for p in changed)
        raise OutputError(
            f"{shown} changed since drafter wrote {'it' if len(changed) == 1 else 'them'}; "
            "nothing was written. Move your edited drafts elsewhere, or pass --force to replace them"
        )


def _manifest(folder: Path, payload: Mapping[str, bytes], source: Path | None, facts_digest: str | None) -> bytes:
    """The manifest after this write: the hashes of every draft, the facts file each came from and what it said."""
    manifest = _read_manifest(folder)
    manifest.update({name: _digest(data) for name, data in payload.items()})
    recorded = _read(folder).get("facts")
    facts = dict(recorded) if isinstance(recorded, dict) else {}
    if source is not None:
        where = source.resolve()
        place = {"relative": os.path.relpath(where, folder.resolve()), "absolute": str(where)}
        if facts_digest:
            place["digest"] = facts_digest
        facts.update(dict.fromkeys(payload, place))
    content: dict[str, object] = {"generator": "drafter", "files": dict(sorted(manifest.items()))}
    if facts:
        content["facts"] = dict(sorted(facts.items()))
    return (json.dumps(content, indent=2) + "\n").encode("utf-8")


def _failed(what: str, exc: OSError | Unfinished) -> OutputError:
    """The message for a write that failed: what was left as it was, and what to do."""
    if isinstance(exc, Unfinished):
        return OutputError(
            f"{what}: {reason(exc.error)}; the files could not all be put back as they were. "
            "The next drafter run that writes there will finish or undo this one"
        )
    message = f"{what}: {reason(exc)}; nothing was written"
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        message += ". Free some space, then try again"
    return OutputError(message)


def write_page(path: Path, text: str, *, marker: str, force: bool = False, wait: float | None = None) -> None:
    """Write one generated file atomically; refuse to replace a file without ``marker`` near its top.

    ``marker`` is what drafter puts in every such file it writes, so a file of
    someone else's (or one named by mistake) is never lost unless ``force``.
    """
    _no_dead_link(path, "file")
    if path.is_dir():
        raise OutputError(f"{display_path(path)} is a folder; name the file to write")
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with transaction(folder, wait=wait, legacy=[path.name]) as txn:
            if path.is_dir():
                raise OutputError(f"{display_path(path)} is a folder; name the file to write")
            if path.exists() and not force:
                _refuse_foreign(path, marker)
            txn.stage(path.name, text.encode("utf-8"))  # a new page takes the umask's permissions
            txn.commit()
    except (OSError, Unfinished) as exc:
        raise _failed(f"cannot write {display_path(path)}", exc) from None


def _refuse_foreign(path: Path, marker: str) -> None:
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
