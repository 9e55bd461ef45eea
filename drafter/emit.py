"""Turn a Markdown draft into the other output formats.

HTML comes from markdown-it-py's CommonMark renderer with raw HTML off, so
the fragment holds only the elements Markdown makes (h1, h2, p, blockquote,
ul, a, strong, em) and no attribute but ``href``. Plain text is rendered from
the same token stream, so the three formats cannot disagree.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from functools import cache

from markdown_it import MarkdownIt
from markdown_it.token import Token

from .localize import url_label

FORMATS = ("md", "html", "txt", "json")


@cache
def _parser() -> MarkdownIt:
    return MarkdownIt("commonmark", {"html": False, "typographer": False})


def to_html(markdown: str) -> str:
    """A semantic fragment with no styles, classes or page wrapper."""
    html: str = _parser().render(markdown)
    return html


def to_text(markdown: str) -> str:
    """Paragraphs separated by one blank line, list items one a line, no markup."""
    blocks: list[str] = []
    items: list[str] = []
    in_list = 0
    for token in _parser().parse(markdown):
        if token.type in ("bullet_list_open", "ordered_list_open"):
            in_list += 1
        elif token.type in ("bullet_list_close", "ordered_list_close"):
            in_list -= 1
            if not in_list:
                blocks.append("\n".join(items))
                items = []
        elif token.type == "inline":
            text = _inline_text(token)
            if in_list:
                items.append(f"• {text}")
            else:
                blocks.append(text)
    return "\n\n".join(blocks) + "\n"


def _inline_text(token: Token) -> str:
    out: list[str] = []
    href: str | None = None
    start = 0
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            out.append(child.content)
        elif child.type == "softbreak":
            out.append(" ")
        elif child.type == "hardbreak":
            out.append("\n")
        elif child.type == "link_open":
            href = str(child.attrs.get("href", ""))
            start = len(out)
        elif child.type == "link_close" and href is not None:
            shown = "".join(out[start:])
            label = href.removeprefix("mailto:") if href.startswith("mailto:") else url_label(href)
            if shown.strip() != label:
                out.append(f" ({label})")
            href = None
    return "".join(out)


def title(markdown: str) -> str:
    """The text of the first level-one heading."""
    tokens = _parser().parse(markdown)
    for i, token in enumerate(tokens):
        if token.type == "heading_open" and token.tag == "h1":
            return _inline_text(tokens[i + 1])
    return ""


def as_format(markdown: str, fmt: str) -> str:
    if fmt == "md":
        return markdown
    if fmt == "html":
        return to_html(markdown)
    if fmt == "txt":
        return to_text(markdown)
    raise ValueError(fmt)


def to_json(drafts: Mapping[str, str], source: str) -> str:
    """Every language's title, Markdown, HTML and text in one object, for a CMS import."""
    payload = {
        "source": source,
        "languages": list(drafts),
        "drafts": {
            lang: {
                "title": title(md),
                "markdown": md,
                "html": to_html(md),
                "text": to_text(md),
            }
            for lang, md in drafts.items()
        },
    }
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
