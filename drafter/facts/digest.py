"""A digest of what a facts file says, for telling whether drafts were written from the facts it holds now.

The digest is of the validated facts, not of the file's bytes: a comment, a
reordered key or another quoting style changes no draft, so it changes no
digest. A field left at its default counts as absent, so a field that a later
drafter adds (with a default) leaves the digests of existing files as they were.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Mapping
from typing import Any

from pydantic import BaseModel

from .model import Facts


def digest(facts: Facts) -> str:
    """The SHA-256 of the facts, written canonically (see the module)."""
    text = json.dumps(_plain(facts), sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _plain(value: Any) -> Any:
    if isinstance(value, BaseModel):
        out = {}
        for name, info in type(value).model_fields.items():
            field = getattr(value, name)
            if not info.is_required() and field == info.get_default(call_default_factory=True):
                continue
            out[name] = _plain(field)
        return out
    if isinstance(value, Mapping):
        return {str(key): _plain(item) for key, item in value.items()}
    if isinstance(value, (tuple, list)):
        return [_plain(item) for item in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    return str(value)
