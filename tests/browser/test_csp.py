"""The pages send a Content-Security-Policy that lets only the site's own scripts and styles
run, and the theme (search, palette toggle) and the site's own chronicle.js work under it."""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import Page, expect

#: Records every CSP violation the page reports, from before its first script runs.
WATCH = """
window.__violations = [];
document.addEventListener('securitypolicyviolation', e =>
  window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));
"""


def _visit(page: Page, url: str) -> list[str]:
    page.goto(url, wait_until="networkidle")
    return page.evaluate("window.__violations")


def test_no_page_reports_a_policy_violation(page: Page, base_url: str, built_site: Path) -> None:
    page.add_init_script(WATCH)
    paths = sorted(p.relative_to(built_site).as_posix() for p in built_site.rglob("*.html"))
    assert len(paths) > 20
    for path in paths:
        assert _visit(page, f"{base_url}/{path}") == [], path
        assert page.locator('meta[http-equiv="Content-Security-Policy"]').count() == 1, path
    assert page.errors == []


def test_an_inline_script_is_refused(page: Page, base_url: str) -> None:
    page.add_init_script(WATCH)
    page.goto(base_url + "/", wait_until="networkidle")
    page.evaluate("""() => { const s = document.createElement('script');
        s.textContent = 'window.__ran = true'; document.body.appendChild(s); }""")
    assert page.evaluate("window.__ran === undefined")
    assert any(v.startswith("script-src") for v in page.evaluate("window.__violations"))


def test_the_palette_toggle_works_and_is_remembered(page: Page, base_url: str) -> None:
    page.add_init_script(WATCH)
    page.emulate_media(color_scheme="light")
    page.goto(base_url + "/timeline/", wait_until="networkidle")
    body = page.locator("body")
    expect(body).to_have_attribute("data-md-color-scheme", "default")
    page.locator("label.md-header__button[for^='__palette']:visible").first.click()
    expect(body).to_have_attribute("data-md-color-scheme", "slate")
    page.goto(base_url + "/actors/", wait_until="networkidle")
    expect(body).to_have_attribute("data-md-color-scheme", "slate")
    assert page.evaluate("window.__violations") == []
    assert page.errors == []
