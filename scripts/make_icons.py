"""Render the app icon (amity/server/static/icons/sunny.svg) to the PNG sizes the web app
manifest and iOS need, with the Chromium that the browser tests use.

    python scripts/make_icons.py
"""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import sync_playwright

ICONS = Path(__file__).resolve().parent.parent / "amity" / "server" / "static" / "icons"
SIZES = {"icon-192.png": 192, "icon-512.png": 512, "apple-touch-icon.png": 180}


def main() -> None:
    svg = (ICONS / "sunny.svg").read_text()
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium",
                                    args=["--headless", "--no-sandbox"])
        for name, size in SIZES.items():
            page = browser.new_page(viewport={"width": size, "height": size})
            page.set_content(f"<style>*{{margin:0}}svg{{width:{size}px;height:{size}px;"
                             f"display:block}}</style>{svg}")
            page.screenshot(path=str(ICONS / name))
            page.close()
        browser.close()
    print("wrote", ", ".join(SIZES))


if __name__ == "__main__":
    main()
