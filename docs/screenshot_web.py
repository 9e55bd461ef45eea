"""Take docs/web.png, the README's picture of ``drafter serve``.

    make screenshot        # or: python docs/screenshot_web.py

Serves a copy of the examples, opens casa-viva-gold-2026.yaml and photographs
the form (its organisation, one column per language) beside the live preview
with every fact marked, in Debian's Chromium. Needs /usr/bin/chromium and
the playwright package (the test extra).
"""

from __future__ import annotations

import secrets
import shutil
import socket
import sys
import tempfile
import threading
import time
from pathlib import Path

import uvicorn
from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from drafter.web.app import create_app  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from screenshot import ARGS  # noqa: E402  (the same Chromium as the review page's picture)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "releases"
        folder.mkdir()
        for example in sorted((ROOT / "examples").glob("*.yaml")):
            shutil.copy(example, folder / example.name)
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.bind(("127.0.0.1", 0))
        port = listener.getsockname()[1]
        app = create_app(folder, port=port, token=secrets.token_urlsafe(16))
        server = uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False, lifespan="off"))
        thread = threading.Thread(target=server.run, kwargs={"sockets": [listener]}, daemon=True)
        thread.start()
        while not server.started:
            time.sleep(0.05)
        with sync_playwright() as driver:
            browser = driver.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            page.goto(f"http://127.0.0.1:{port}/edit?file=casa-viva-gold-2026.yaml")
            page.wait_for_function("() => document.querySelectorAll('#preview article.col').length > 0", timeout=60_000)
            page.locator("#s-organisation").evaluate("(el) => el.scrollIntoView()")
            page.locator("#preview article[lang=es] mark.fact").first.focus()
            page.screenshot(path=str(ROOT / "docs" / "web.png"))
            browser.close()
        server.should_exit = True
        thread.join(10)
    print(f"wrote docs/web.png ({(ROOT / 'docs' / 'web.png').stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
