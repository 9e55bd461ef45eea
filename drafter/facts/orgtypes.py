"""What kind of organisation a party is: one of the types drafter has words for, or a text per language.

The words for each type, and their grammatical gender, are in each language's glossary
(``types:`` in ``templates/<lang>/glossary.yaml``): "cluster", "empresa", "universidad". A
type of one's own is written as one text per language, its gender the organisation's own.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated, Any

from pydantic import PlainValidator, ValidationInfo, WithJsonSchema

from .hints import shown, suggest
from .types import _MAPPING_SCHEMA, _check_text, _fail

ORG_TYPES = (
    "cluster",
    "company",
    "association",
    "university",
    "research centre",
    "foundation",
    "public body",
    "network",
    "town",
    "city",
    "municipality",
    "region",
)
"""The types every glossary names; ``organisation`` is the word for a party of no stated type."""

DEFAULT_TYPE = "organisation"


def _check_org_type(value: Any, info: ValidationInfo) -> str | Mapping[str, str]:
    checked = _check_text(value, info)
    if isinstance(checked, str) and checked not in ORG_TYPES:
        spaced = checked.replace("_", " ").replace("-", " ")
        hint = suggest(spaced, ORG_TYPES)
        known = ", ".join(ORG_TYPES)
        mapping = "{" + ", ".join(f"{lang}: …" for lang in (info.context or {}).get("languages") or ["en"]) + "}"
        message = f"{shown(checked)} is not one of: {known}"
        message += f"; did you mean {hint!r}?" if hint else f"; for another type, write one text per language {mapping}"
        raise _fail("type", message)
    return checked


OrgType = Annotated[
    str | Mapping[str, str],
    PlainValidator(_check_org_type),
    WithJsonSchema(
        {
            "anyOf": [{"enum": list(ORG_TYPES)}, _MAPPING_SCHEMA],
            "description": "cluster, company, association, university, research centre, foundation, "
            "public body, network, town, city, municipality or region; or one text per language for another "
            "type.",
        }
    ),
]
