"""``drafter serve`` in a real browser: Debian's Chromium, headless, driven by Playwright, against one server.

As the review page's tests do: Playwright only drives the browser, it downloads
none; the tests skip where /usr/bin/chromium or Playwright is missing, and fail
in CI. One server serves a copy of the examples for the whole module.
Screenshots land in ``artifacts/``.
"""

from __future__ import annotations

import re
import secrets
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from drafter.web.app import create_app

from .browsing import clipboard_context, launched, required, shot
from .conftest import EXAMPLES

if TYPE_CHECKING:
    from playwright.sync_api import Browser, BrowserContext, Page

pytestmark = pytest.mark.slow
HOSTILE = '<img src=x onerror="window.pwned=1">"><script>window.pwned=2</script>{{7*7}}&amp;'
WAIT = 60_000
"""Milliseconds to wait for a check of the drafts: seconds on a loaded machine, the first one most."""


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """The address of one server for the module, and the folder it serves: a copy of the examples."""
    required()
    import uvicorn

    folder = tmp_path_factory.mktemp("served")
    for example in EXAMPLES:
        shutil.copy(example, folder / example.name)
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    port = listener.getsockname()[1]
    app = create_app(folder, port=port, token=secrets.token_urlsafe(16))
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False, lifespan="off"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [listener]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}", folder
    server.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    yield from launched()


@pytest.fixture
def context(browser: Browser) -> Iterator[BrowserContext]:
    with clipboard_context(browser, viewport={"width": 1400, "height": 1000}, accept_downloads=True) as made:
        yield made


def _open(context: BrowserContext, url: str) -> tuple[Page, list[str]]:
    """The page, and every error it logged, every dialog it opened and every request it made elsewhere."""
    page = context.new_page()
    trouble: list[str] = []
    page.on("console", lambda m: trouble.append(f"console {m.type}: {m.text}") if _unexpected(m.type, m.text) else None)
    page.on("pageerror", lambda e: trouble.append(f"error {e}"))
    page.on("dialog", lambda d: (trouble.append(f"dialog {d.message}"), d.dismiss()))
    origin = url.split("/", 3)[:3]
    page.on("request", lambda r: None if r.url.startswith("/".join(origin)) else trouble.append(f"request {r.url}"))
    page.goto(url)
    return page, trouble


def _unexpected(kind: str, text: str) -> bool:
    """An error the page logged; not Chromium's note of a refusal the page expects and shows (409, 422)."""
    return kind == "error" and not re.search(r"status of (409|422) ", text)


def _previewed(page: Page) -> None:
    """Wait for the preview of the form as it stands."""
    page.wait_for_function(
        "() => document.querySelectorAll('#preview article.col').length > 0 "
        "&& !document.getElementById('preview-state').textContent.includes('checking')",
        timeout=WAIT,
    )


def _type(page: Page, ident: str, text: str) -> None:
    """Type ``text`` into a box, or choose it in a list: the model says which a field is."""
    box = page.locator(f"#{ident}")
    if box.evaluate("(el) => el.tagName") == "SELECT":
        box.select_option(text)
    else:
        box.fill(text)


FRESH = {
    "f-release-date": "2026-05-12",
    "f-release-city": "Setúbal",
    "f-organisation-name": "MARESTEC",
    "f-organisation-country": "PT",
    "f-organisation-website": "www.marestec.example",
    "f-organisation-sector-pt": "as tecnologias do mar",
    "f-organisation-sector-es": "las tecnologías del mar",
    "f-organisation-sector-en": "marine technology",
    "f-organisation-about-pt": "O MARESTEC reúne empresas e centros de investigação que desenvolvem tecnologias do mar "
    "na península de Setúbal.",
    "f-organisation-about-es": "MARESTEC reúne empresas y centros de investigación que desarrollan tecnologías del mar "
    "en la península de Setúbal.",
    "f-organisation-about-en": "MARESTEC brings together companies and research centres that develop marine technology "
    "on the Setúbal peninsula.",
    "f-award-name": "Cluster Management Excellence Label",
    "f-award-date": "2026-04-28",
    "f-award-issuer-name": "European Secretariat for Cluster Analysis",
}


def test_a_release_from_an_empty_form_to_saved_drafts(context: BrowserContext, served: tuple[str, Path]) -> None:
    base, folder = served
    page, trouble = _open(context, f"{base}/")
    page.locator("#new-name").fill("marestec-silver-2026")
    page.locator("#new-kind").select_option("award")
    page.get_by_role("button", name="Start writing").click()
    page.wait_for_url(re.compile(r"/new\?"))
    assert page.locator("h1.file").inner_text().startswith("marestec-silver-2026.yaml")
    # Before anything is typed: the facts still to give, named as the form names them, and no word of YAML.
    page.wait_for_function("() => !document.getElementById('problems').hidden", timeout=WAIT)
    problems = page.locator("#problems")
    assert re.fullmatch(r"\d+ facts still to fill in before drafting", problems.locator("h2").inner_text())
    assert "YAML" not in problems.inner_text()
    items = problems.locator("li").all_inner_texts()
    assert any(i.startswith("Organisation › Country: missing") and i.endswith("(organisation.country)") for i in items)
    assert any(i.startswith("Award › Issuer › Name: missing") for i in items), items
    # Nothing is red before it is visited: a box left empty is marked once the press officer leaves it.
    assert page.locator("#facts [aria-invalid]").count() == 0
    page.locator("#f-organisation-name").focus()
    page.locator("#f-organisation-website").focus()
    page.wait_for_function("() => document.getElementById('f-organisation-name').getAttribute('aria-invalid')")
    assert page.locator("#f-organisation-website").get_attribute("aria-invalid") is None
    for ident, text in FRESH.items():
        _type(page, ident, text)
    page.locator("#f-organisation-type").select_option("cluster")
    page.locator("#f-award-level").select_option("silver")
    _previewed(page)
    assert page.locator("#problems").is_hidden()
    assert page.locator("#preview article.col").count() == 3
    assert "MARESTEC" in page.locator("#preview article[lang=en]").inner_text()
    shot(page, "web-new-release-1400.png")
    page.get_by_role("button", name="Draft", exact=True).click()
    page.wait_for_function("() => document.getElementById('status').textContent.startsWith('Wrote')", timeout=WAIT)
    drafts = folder / "marestec-silver-2026"
    assert sorted(p.name for p in drafts.glob("*.md")) == ["en.md", "es.md", "pt.md"]
    assert "Silver" in (drafts / "en.md").read_text(encoding="utf-8")
    saved = (folder / "marestec-silver-2026.yaml").read_text(encoding="utf-8")
    assert "# drafter facts file" in saved[:200] and "city: Setúbal" in saved
    page.wait_for_function("() => document.getElementById('folder-check').textContent.includes('No findings')")
    assert "/edit?file=marestec-silver-2026.yaml" in page.url
    assert trouble == []


def test_an_example_opens_edits_previews_and_saves(context: BrowserContext, served: tuple[str, Path]) -> None:
    base, folder = served
    name = "secpho-bronze-2013.yaml"
    comments = [line for line in (folder / name).read_text().splitlines() if line.lstrip().startswith("#")]
    page, trouble = _open(context, f"{base}/edit?file={name}")
    _previewed(page)
    assert "13" in page.locator("#preview article[lang=en]").inner_text()
    page.locator("#f-figures-0-value").fill("17")
    page.wait_for_function(
        "() => document.querySelector('#preview article[lang=en]').textContent.includes('17')", timeout=WAIT
    )
    links = page.locator("[data-path=links] > ol > li").count()
    page.get_by_role("button", name="Add a link").click()
    page.wait_for_function(f"() => document.activeElement.id === 'f-links-{links}-url'")
    assert page.locator("#saved").inner_text() == "Unsaved changes"
    page.get_by_role("button", name=f"Remove link {links + 1}").click()
    page.wait_for_function(f"() => !document.getElementById('f-links-{links}-url')")
    page.get_by_role("button", name="Save", exact=True).click()
    page.wait_for_function("() => document.getElementById('saved').textContent === 'Saved'")
    text = (folder / name).read_text()
    assert re.search(r"value: 17\b", text)
    assert [line for line in text.splitlines() if line.lstrip().startswith("#")] == comments
    with page.expect_download() as got:
        page.get_by_role("button", name="Download the en draft as Markdown").click()
    assert got.value.suggested_filename == "secpho-bronze-2013-en.md"
    page.get_by_role("button", name="Copy the es draft as HTML for a CMS").click()
    page.wait_for_function("() => document.getElementById('status').textContent.startsWith('Copied')")
    clipboard = page.evaluate(
        """async () => {
          const out = {};
          for (const item of await navigator.clipboard.read({ unsanitized: ["text/html"] }))
            for (const type of item.types) out[type] = await (await item.getType(type)).text();
          return out;
        }"""
    )
    assert "<p>" in clipboard["text/html"] and "SECPhO" in clipboard["text/plain"]
    assert trouble == []


def test_two_tabs_the_second_save_is_refused_with_the_choice_to_reload(
    context: BrowserContext, served: tuple[str, Path]
) -> None:
    base, folder = served
    name = "moldarte-iso-14001-2024.yaml"
    first, trouble_one = _open(context, f"{base}/edit?file={name}")
    second, trouble_two = _open(context, f"{base}/edit?file={name}")
    first.locator("#f-release-city").fill("Leiria")
    first.get_by_role("button", name="Save", exact=True).click()
    first.wait_for_function("() => document.getElementById('saved').textContent === 'Saved'")
    second.locator("#f-release-city").fill("Marinha")
    second.get_by_role("button", name="Save", exact=True).click()
    dialog = second.locator("dialog#conflict")
    dialog.wait_for(state="visible")
    assert "changed since you opened it" in dialog.inner_text()
    assert "Marinha" in second.locator("#conflict-mine").input_value()
    shot(second, "web-conflict-1400.png")
    assert "city: Leiria" in (folder / name).read_text()
    second.get_by_role("button", name="Reload the saved version").click()
    second.wait_for_load_state()
    assert second.locator("#f-release-city").input_value() == "Leiria"
    (folder / name).write_text((folder / name).read_text().replace("Leiria", "Batalha"), encoding="utf-8")
    first.locator("#f-release-city").fill("Pombal")  # a text editor changed the file meanwhile
    first.get_by_role("button", name="Save", exact=True).click()
    first.locator("dialog#conflict").wait_for(state="visible")
    assert "city: Batalha" in (folder / name).read_text()
    assert trouble_one == trouble_two == []


def test_a_malformed_file_opens_with_its_errors_and_can_be_mended(
    context: BrowserContext, served: tuple[str, Path]
) -> None:
    base, folder = served
    good = (folder / "acpmr-bronze-renewal.yaml").read_text()
    broken = good.replace("kind: renewal", "kind: renewal\n  kind: award")
    (folder / "broken.yaml").write_text(broken, encoding="utf-8")
    page, trouble = _open(context, f"{base}/edit?file=broken.yaml")
    problems = page.locator("#problems")
    assert "duplicate key" in problems.inner_text()
    shot(page, "web-malformed-1400.png")
    page.get_by_role("button", name=re.compile("Go to line")).first.click()
    caret = page.evaluate("document.getElementById('yaml').selectionStart")
    assert page.evaluate("document.activeElement.id") == "yaml"
    assert broken[:caret].count("\n") == broken.splitlines().index("  kind: award")  # the duplicate's line
    page.locator("#yaml").fill(good)
    page.get_by_role("button", name="Check").click()
    page.wait_for_function("() => document.getElementById('problems').hidden")
    page.get_by_role("button", name="Save", exact=True).click()
    page.wait_for_function("() => document.getElementById('saved').textContent === 'Saved'")
    page.goto(f"{base}/edit?file=broken.yaml")
    assert page.locator("#facts").count() == 1
    assert trouble == []


def test_a_hostile_value_in_every_text_field_stays_text(context: BrowserContext, served: tuple[str, Path]) -> None:
    base, _ = served
    page, trouble = _open(context, f"{base}/edit?file=conservas-arousa-prize-2025.yaml")
    _previewed(page)
    boxes = page.locator("#facts input[type=text]:visible, #facts textarea:visible")
    count = boxes.count()
    assert count > 50
    for i in range(count):
        boxes.nth(i).fill(HOSTILE)
    # The answers to each box's change come back one after another: wait for the last (every box's problem)
    page.wait_for_function(
        "() => !document.getElementById('problems').hidden "
        "&& !document.getElementById('preview-state').textContent.includes('checking') "
        "&& document.querySelectorAll('#problems li').length > 5",
        timeout=WAIT,
    )
    assert page.evaluate("window.pwned") is None
    assert page.locator("#facts img, #problems img, #facts script").count() == 0
    shot(page, "web-hostile-1400.png")
    page.get_by_role("button", name="Save", exact=True).click()
    page.wait_for_function("() => document.getElementById('saved').textContent === 'Saved'")
    page.reload()
    assert page.evaluate("window.pwned") is None
    assert page.locator("#f-organisation-name").input_value() == HOSTILE
    assert page.locator("#f-award-name-es").input_value() == HOSTILE
    assert trouble == []


def test_the_keyboard_alone_reaches_and_works_everything(context: BrowserContext, served: tuple[str, Path]) -> None:
    base, _ = served
    page, trouble = _open(context, f"{base}/edit?file=hidrolena-iso-50001-2025.yaml")
    seen = set()
    for _ in range(40):
        page.keyboard.press("Tab")
        seen.add(page.evaluate("document.activeElement.id || document.activeElement.textContent.trim()"))
    assert {"save", "draft", "f-release-kind", "f-release-city"} <= seen
    page.locator("[data-path=figures] > button[data-act=add]").focus()
    page.keyboard.press("Enter")
    page.wait_for_function("() => /^f-figures-\\d+-value$/.test(document.activeElement.id)")
    page.keyboard.type("42")
    added = page.evaluate("document.activeElement.id")
    page.keyboard.press("Shift+Tab")
    assert page.evaluate("document.activeElement.getAttribute('data-act')") == "remove"
    assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") == "solid"
    page.keyboard.press("Enter")
    page.wait_for_function("() => document.activeElement.getAttribute('data-act') === 'add'")
    assert page.locator(f"#{added}").count() == 0
    assert trouble == []


def test_readable_at_390_pixels(browser: Browser, served: tuple[str, Path]) -> None:
    base, _ = served
    context = browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=2)
    try:
        page, trouble = _open(context, f"{base}/edit?file=casa-viva-gold-2026.yaml")
        _previewed(page)
        assert page.evaluate("document.documentElement.scrollWidth") <= 390
        box = page.locator("#f-organisation-about-pt").bounding_box()
        assert box and box["width"] > 300  # one language under the other, each the width of the screen
        shot(page, "web-390.png")
        page.goto(f"{base}/")
        assert page.evaluate("document.documentElement.scrollWidth") <= 390
        shot(page, "web-index-390.png")
        assert trouble == []
    finally:
        context.close()


def test_a_level_is_chosen_among_the_metals_or_named_by_the_scheme(
    context: BrowserContext, served: tuple[str, Path]
) -> None:
    base, folder = served
    name = "quinta-do-souto-grand-gold-2026.yaml"
    page, trouble = _open(context, f"{base}/edit?file={name}")
    _previewed(page)
    own = page.locator("#f-award-level-own")
    assert own.is_checked() and page.locator("#f-award-level").is_hidden()
    assert "Grand Gold" in page.locator("#preview article[lang=en]").inner_text()
    own.uncheck()
    assert page.locator("#f-award-level-block").is_hidden()
    page.locator("#f-award-level").select_option("silver")
    page.wait_for_function(
        "() => document.querySelector('#preview article[lang=en]').textContent.includes('silver in the Olea Verona')",
        timeout=WAIT,
    )
    page.get_by_role("button", name="Save", exact=True).click()
    page.wait_for_function("() => document.getElementById('saved').textContent === 'Saved'")
    assert re.search(r"^  level: silver\b", (folder / name).read_text(encoding="utf-8"), re.M)
    own.check()
    assert page.locator("#f-award-level-block").is_visible()
    page.locator("#f-award-level-name-en").fill("Great Gold")
    page.wait_for_function(
        "() => document.querySelector('#preview article[lang=en]').textContent.includes('Great Gold')", timeout=WAIT
    )
    shot(page, "web-level-own-1400.png")
    assert trouble == []
