"""`chronicle serve` in Debian's Chromium: an entry with errors shows in a banner until it is fixed."""

from __future__ import annotations

import time
from pathlib import Path

from playwright.sync_api import expect

from conftest import edit
from test_serve import MACRON, _wait_for, serving


def test_the_preview_shows_an_entrys_errors_in_a_banner_and_reloads_when_fixed(
    browser: object, site_project: Path
) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 800})  # type: ignore[attr-defined]
    page = context.new_page()
    banner = page.locator(".chronicle-preview-problems")
    try:
        with serving(site_project) as served:
            _wait_for(served.base + "/timeline/2021/05/", "Macron and Pashinian", time.monotonic() + 60)
            page.goto(served.base + "/timeline/2021/05/", wait_until="domcontentloaded", timeout=60_000)
            expect(page.locator("[id=\"2021-05-13-macron-calls-pashinian\"]")).to_be_attached(timeout=60_000)
            expect(banner).to_have_count(0)
            edit(site_project / MACRON, "type: phone-call", "type: phonecall")
            # The live reload brings the banner to the open page, naming file:line:column and the fix.
            expect(banner).to_be_visible(timeout=60_000)
            expect(banner).to_have_attribute("role", "alert")
            expect(banner).to_contain_text(
                f"{MACRON}:11:7: type 'phonecall' is not allowed — did you mean 'phone-call'?")
            edit(site_project / MACRON, "type: phonecall", "type: phone-call")
            expect(banner).to_have_count(0, timeout=60_000)
            expect(page.locator("[id=\"2021-05-13-macron-calls-pashinian\"]")).to_be_attached(timeout=60_000)
    finally:
        context.close()
