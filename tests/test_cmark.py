"""cmark renders a draft's HTML and text only where they are markdown-it's, byte for byte (issue 12).

markdown-it stays the reference: every output here is compared with the one it makes alone. The
drafts of every example and golden folder, Markdown made by a seeded generator from the marks that
matter (brackets, emphasis, quotes with attributions, lists tight and loose, rules, code, entities,
spaces other than ASCII's), and each difference found between the two while building this are
checked.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Iterator
from contextlib import contextmanager

import cmarkgfm
import pytest

import drafter
from drafter import cmark, emit

from .conftest import EXAMPLES, ROOT


@contextmanager
def markdown_it_only() -> Iterator[None]:
    """drafter.emit as it was before cmark: every format from markdown-it's tokens."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(cmark, "html", lambda markdown, with_title=False: None)
        patch.setattr(cmark, "text", lambda markdown: None)
        yield


def outputs(markdown: str) -> tuple[str, str, str]:
    return emit.to_html(markdown), emit.to_html(markdown, with_title=True), emit.to_text(markdown)


def reference(markdown: str) -> tuple[str, str, str]:
    with markdown_it_only():
        return outputs(markdown)


def drafts() -> list[tuple[str, str]]:
    found = [(f"{path.stem} ({lang})", md) for path in EXAMPLES for lang, md in drafter.draft(path).markdown.items()]
    golden = sorted((ROOT / "tests" / "golden").glob("*/*.md"))
    return found + [(f"{path.parent.name}/{path.name}", path.read_text(encoding="utf-8")) for path in golden]


def test_every_draft_of_drafter_is_rendered_by_cmark_as_markdown_it_renders_it() -> None:
    seen = drafts()
    assert len(seen) >= 40
    for name, markdown in seen:
        assert cmark.html(markdown) is not None, f"{name} is rendered by markdown-it: slower, see drafter/cmark.py"
        assert outputs(markdown) == reference(markdown), name


WORDS = (
    "palavra", "ação", "Empresa", "10", "50 %", "€ 10", "—", "― dito", "“citação”", "l’eau", "x", "**", "*",
    "_", "`", "\\", "&amp;", "&copy;", "&#x41;", "&#10;", "[", "]", "(", ")", "!", "#", ">", "-", "+", "1.",
    "2)", "***", "|", "\t", "ñ", "日本", "é", "#5", "$", "’", "…", "\u00a0", "\u202f10", "1\u202f000",
    "\u00a0»", "a_b_c", "foo*bar*", "**5**", "**€ 5**", "©", "'", "\"", "=", "[x]", "<b>", "a  ",
)  # fmt: skip
ADDRESSES = (
    "https://www.example.pt/a", "http://example.com/a?b=1&c=2#d", "mailto:a@b.pt", "www.x.pt", "/relative/path",
    "#frag", "https://X.ORG/Upper", "ftp://f.x/y", "https://x.org/a+b;c=d,e!f*g$h~", "https://x.org/a(b)c",
    "https://exämple.com/", "https://x.org/a%20b", "https://x.org/%zz", "javascript:alert(1)", "",
    "https://x.org/'q'", "https://x.org/a[b]", "data:image/png;base64,AA",
)  # fmt: skip


PLAIN_WORDS = (
    "palavra", "ação", "10", "50 %", "€ 10", "—", "― dito", "“citação”", "l’eau", "\\*", "\\_", "\\[", "&amp;",
    "&copy;", "&#64;", "(", ")", "!", "#5", "1.", "2)", "日本", "1\u202f000", "a\u00a0»", "«\u00a0b", "`x`", "§",
)  # fmt: skip
"""Words that keep a document on cmark's side, so that the structure (lists, quotes, rules) is tested there."""
PLAIN_ADDRESSES = ("https://www.example.pt/a", "mailto:a@b.pt", "www.x.pt", "#frag", "https://x.org/a+b;c=d,e!f*g$h~")


def _inline(rnd: random.Random, words: tuple[str, ...] = WORDS, addresses: tuple[str, ...] = ADDRESSES) -> str:
    parts = []
    for _ in range(rnd.randint(1, 10)):
        pick = rnd.random()
        if pick < 0.55:
            parts.append(rnd.choice(words))
        elif pick < 0.7:
            parts.append(f"[{rnd.choice(words)}]({rnd.choice(addresses)})")
        elif pick < 0.74:
            parts.append(f"![{rnd.choice(words)}]({rnd.choice(addresses)})")
        elif pick < 0.86 and (words is WORDS or not parts or "**" not in "".join(parts)):
            parts.append(f"**{rnd.choice(words)} {rnd.choice(words)}**")
        elif pick < 0.9 and words is WORDS:
            parts.append(f"*{rnd.choice(words)}*")
        elif pick < 0.93:
            parts.append(f"`{rnd.choice(words)}`")
        elif words is WORDS:
            parts.append(rnd.choice(("\n", "  \n", "\\\n", "[x][r]")))
    return rnd.choice((" ", "")).join(parts) if words is WORDS else " ".join(parts)


def _block(rnd: random.Random, depth: int = 0, plain: bool = False) -> str:
    def inline() -> str:
        return _inline(rnd, PLAIN_WORDS, PLAIN_ADDRESSES) if plain else _inline(rnd)

    pick = rnd.random()
    if pick < 0.3:
        return inline()
    if pick < 0.4:
        return "#" * rnd.randint(1, 3) + " " + inline()
    if pick < 0.6 and depth < 3:
        mark, gap = rnd.choice(("-", "*", "1.")), rnd.choice(("\n", "\n\n"))
        items = (f"{mark} " + _block(rnd, depth + 1, plain).replace("\n", "\n   ") for _ in range(rnd.randint(1, 4)))
        return gap.join(items)
    if pick < 0.8 and depth < 3:
        inner = [_block(rnd, depth + 1, plain) for _ in range(rnd.randint(0, 3))]
        if rnd.random() < 0.7:
            inner.append(rnd.choice(("— ", "― ", "—")) + inline())
        return "\n>\n".join("> " + block.replace("\n", "\n> ") for block in inner) or ">"
    if pick < 0.85:
        return rnd.choice(("* * *", "---", "___"))
    if pick < 0.9:
        return "```\n" + inline() + "\n```"
    if pick < 0.93 and not plain:
        return "[r]: " + rnd.choice(ADDRESSES)
    return inline()


@pytest.mark.parametrize(("seed", "plain"), [(seed, plain) for seed in range(3) for plain in (False, True)])
def test_generated_markdown_is_rendered_as_markdown_it_renders_it(seed: int, plain: bool) -> None:
    """With ``plain``, words and addresses that keep most documents on cmark's side."""
    rnd = random.Random(seed)
    by_cmark = 0
    for _ in range(500):
        markdown = "\n\n".join(_block(rnd, plain=plain) for _ in range(rnd.randint(1, 6))) + "\n"
        by_cmark += cmark.html(markdown) is not None
        assert outputs(markdown) == reference(markdown), markdown
    assert by_cmark >= (100 if plain else 5)  # enough of them go through cmark for the comparison to mean something


DIFFERENCES = (
    "a <b>bold</b> word\n",  # markdown-it shows raw HTML as text, cmark leaves it out
    "see <https://example.com/a%C3%A4>\n",  # autolinks shown differently
    "[x](javascript:alert(1))\n",  # cmark empties the address, markdown-it writes the brackets
    "[x](https://exämple.com/)\n",  # punycode, against percent-encoding
    "[x](https://x.org/100%)\n",  # a % with no hex digits after it
    "[x](https://x.org/'a')\n",  # cmark writes ' as &#x27;
    "\u00a0a paragraph\n",  # markdown-it strips a no-break space, cmark keeps it
    "a paragraph\u00a0\n",
    "- \u00a0an item\n",
    "**€**x\n",  # 0.31 counts € as punctuation beside emphasis, 0.29 does not
    "日本*€ 10*\n",
    '[r]: javascript:alert(1) "t"\n\n[r]\n',  # a definition markdown-it refuses
    "a\\\n b\n",  # a hard break's next line
    "``` `a` `b`\n",  # code spans after an unclosed run
    "**a **b** c**\n",  # emphasis inside emphasis
    "[a [b](https://x.org/) c](https://y.org/)\n",  # brackets inside brackets
    "- a\n-    \n- b\n",  # a line of spaces between items
    "&#10;x\n",  # a line break written as an entity
    "- a\n  - ---\n\n- b\n",  # a rule inside an item: a tight list to cmark, a loose one to markdown-it
    "1. - + x\n      + ---\n\n1. y\n",
    "+ a\n+ # b\n   = c\n",  # a heading, then text, in an item
    "> + a\n>    # b\n",  # the same, in a quote
    "\x0ba\n",  # a vertical tab markdown-it strips
    "a  \r\nb\n",  # a hard break before a line's end of Windows
)


@pytest.mark.parametrize("markdown", DIFFERENCES)
def test_what_the_two_read_apart_goes_to_markdown_it(markdown: str) -> None:
    assert cmark.html(markdown) is None
    assert cmark.text(markdown) is None
    assert outputs(markdown) == reference(markdown)


def test_the_spaces_python_strips_are_those_cmark_is_told_of() -> None:
    outside_ascii = {chr(c) for c in range(0x80, sys.maxunicode + 1) if chr(c).isspace()}
    assert outside_ascii == cmark._WIDE_SPACES


def test_rules_of_the_cms_fragment_on_cmark_html() -> None:
    markdown = "# Title\n\n**Sub**\n\n> One.\n>\n> Two.\n>\n> — Ana, director\n\n> Only a quote.\n\n* * *\n\n- a\n-\n"
    html = cmark.html(markdown)
    assert html is not None and html == reference(markdown)[0]
    headed = "> Title\n> ===\n>\n> ---\n>\n> — who\n"  # the headline is left out after the figure is made
    assert (
        cmark.html(headed)
        == reference(headed)[0]
        == ("<figure>\n<blockquote>\n<hr>\n</blockquote>\n<figcaption>— who</figcaption>\n</figure>\n")
    )
    ruled = "> ---\n>\n> — who\n"  # markdown-it wants a block with text before the attribution
    assert cmark.html(ruled) == reference(ruled)[0] == "<blockquote>\n<hr>\n<p>— who</p>\n</blockquote>\n"
    assert "<h1>" not in html
    assert "<figure>\n<blockquote>\n<p>One.</p>\n<p>Two.</p>\n</blockquote>\n" in html
    assert "<figcaption>— Ana, director</figcaption>\n</figure>\n" in html
    assert "<blockquote>\n<p>Only a quote.</p>\n</blockquote>\n<hr>\n" in html


def test_a_draft_is_parsed_once_for_html_and_text(monkeypatch: pytest.MonkeyPatch) -> None:
    real = cmarkgfm.markdown_to_html
    parsed: list[str] = []

    def counting(text: str, options: int = 0) -> str:
        parsed.append(text)
        return str(real(text, options))

    monkeypatch.setattr(cmarkgfm, "markdown_to_html", counting)
    cmark._rendered.cache_clear()
    release = drafter.draft(EXAMPLES[0])
    for fmt in ("html", "txt", "html"):
        release.files(fmt)
    assert sorted(parsed) == sorted(release.markdown.values())


def test_the_text_of_a_release_follows_its_html() -> None:
    markdown = (
        "# A [site](https://www.example.pt/)\n\n- one **two** [x](https://x.org/a)\n- three\n\n"
        "   four\n\n> Said.\n>\n> — [Ana](mailto:ana@x.pt)\n"
    )
    assert cmark.text(markdown) == (
        "A site (www.example.pt)\n\n• one two x (x.org/a)\n• three\n• four\n\nSaid.\n\n— Ana (ana@x.pt)\n"
    )
    assert cmark.text(markdown) == reference(markdown)[2]
