"""Take docs/review.png, the README's picture of ``drafter review``.

    make screenshot        # or: python docs/screenshot.py

Reviews tests/corpus/planted-research-grant (two planted differences) and
photographs the top of the page in Debian's Chromium, with the Spanish
amount focused so that its tooltip shows. Needs /usr/bin/chromium and the
playwright package (the test extra).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from drafter.review_page import review  # noqa: E402
from tests.browsing import ARGS, CHROMIUM  # noqa: E402  (the browser the tests drive, launched alike)


def main() -> None:
    os.chdir(ROOT)  # paths on the page as a reader of the README would type them
    html = review([Path("tests/corpus/planted-research-grant")]).html
    with tempfile.TemporaryDirectory() as tmp:
        page_file = Path(tmp) / "review.html"
        page_file.write_text(html, encoding="utf-8")
        with sync_playwright() as driver:
            browser = driver.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
            page = browser.new_page(viewport={"width": 1200, "height": 860})
            page.goto(page_file.as_uri())
            page.locator("article[lang=es] mark.flag").first.focus()
            page.screenshot(path=str(ROOT / "docs" / "review.png"))
            browser.close()
    print(f"wrote docs/review.png ({(ROOT / 'docs' / 'review.png').stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
