"""Accessibility in Debian's Chromium: WCAG 2.2 AA on every kind of page, and the keyboard.

axe-core (pinned in tests/browser/package.json, installed by `make test`) checks the WCAG 2.0,
2.1 and 2.2 A and AA rules on every kind of page the site generates, in the light and the
dark colour scheme, at desktop (1280 px) and phone (390 px) width. What axe cannot see is
checked by hand here: a keyboard user tabbing through an actor page always sees where the
focus is, never behind the sticky header or filter bar.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Page, expect

from browser.axe import (
    AXE_JS,
    NOT_INSTALLED,
    SCHEMES,
    WCAG_TAGS,
    WIDTHS,
    describe,
    new_context,
    open_page,
    page_kinds,
    scan,
)

KINDS = ("home", "year", "month", "actor", "type", "place", "tag", "outlet", "data", "404", "search")
MD_SCHEME = {"light": "default", "dark": "slate"}


@pytest.fixture(scope="session")
def axe_installed() -> None:
    """axe-core is there; without it the tests say why and fail in CI, skip elsewhere."""
    if AXE_JS.exists():
        return
    if os.environ.get("CHRONICLE_REQUIRE_BROWSER") == "1":
        pytest.fail(f"{NOT_INSTALLED} (required here: CHRONICLE_REQUIRE_BROWSER=1)")
    pytest.skip(NOT_INSTALLED)


@pytest.fixture(scope="session")
def kinds(built_site: Path) -> dict[str, str]:
    found = page_kinds(built_site)
    assert set(KINDS) <= set(found), f"the site fixture lacks pages of a kind: {found}"
    return found


@pytest.fixture(scope="module")
def axe_pages(browser: Any) -> Iterator[Callable[[str, int], Any]]:
    """One page per colour scheme and width, reused by the scans (contexts are slow to make)."""
    pages: dict[tuple[str, int], Any] = {}

    def get(scheme: str, width: int) -> Any:
        if (scheme, width) not in pages:
            pages[scheme, width] = new_context(browser, scheme, width).new_page()
        return pages[scheme, width]

    yield get
    for page in pages.values():
        page.context.close()


@pytest.mark.parametrize("width", list(WIDTHS))
@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("kind", KINDS)
def test_no_wcag_a_or_aa_violations(
    axe_installed: None,
    axe_pages: Callable[[str, int], Any],
    base_url: str,
    kinds: dict[str, str],
    kind: str,
    scheme: str,
    width: int,
) -> None:
    page = axe_pages(scheme, width)
    open_page(page, base_url, kind, kinds[kind])
    assert page.evaluate("document.body.dataset.mdColorScheme") == MD_SCHEME[scheme]
    violations = scan(page)
    where = f"{kind} page {kinds[kind]}, {scheme} scheme, {width} px wide"
    assert violations == [], f"{where}:\n{describe(violations)}"


def test_axe_runs_the_wcag_rules_and_finds_what_is_wrong(axe_installed: None, browser: Any) -> None:
    """The scan above can fail: on a page with known faults axe reports each of them."""
    context = new_context(browser, "light", 1280)
    try:
        page = context.new_page()
        page.set_content(
            '<html lang="en"><head><title>Faults</title></head><body><main>'
            '<p style="color:#999;background:#fff">Grey on white, 2.8:1.</p>'
            '<p style="color:#000">A paragraph of several words, then <a href="#x" '
            'style="text-decoration:none;color:#333">a link</a> that nothing but a shade of grey '
            "tells apart from the words around it.</p><button></button></main></body></html>"
        )
        assert page.evaluate("tags => axe.getRules(tags).length", WCAG_TAGS) > 50
        found = {v["rule"] for v in scan(page)}
        assert {"color-contrast", "link-in-text-block", "button-name"} <= found, found
    finally:
        context.close()


# --- The keyboard -------------------------------------------------------------------------

#: Where the focus is and how it shows: the focused element (the visible label of the
#: colour-scheme toggle, a hidden radio button), whether it is in the viewport, not hidden
#: under something else and not transparent, its focus ring, and its place in the first entries.
FOCUS = """async () => {
  const frame = () => new Promise(done => requestAnimationFrame(() => done()));
  await frame();
  const search = document.getElementById("__search");
  // The theme opens its search dialog when the search box gets focus: that is its indicator.
  for (let i = 0; i < 20 && document.activeElement.matches(".md-search__input") && !search.checked; i++)
    await new Promise(done => setTimeout(done, 50));
  await frame();
  const active = document.activeElement;
  if (!active || active === document.body) return null;
  const e = active.matches("input.md-option") ? active.nextElementSibling : active;
  const s = getComputedStyle(e);
  const r = e.getClientRects()[0] || e.getBoundingClientRect();
  let opacity = 1;
  for (let n = e; n; n = n.parentElement) opacity *= Number(getComputedStyle(n).opacity);
  let background = "rgba(0, 0, 0, 0)";
  for (let n = e; n && background === "rgba(0, 0, 0, 0)"; n = n.parentElement)
    background = getComputedStyle(n).backgroundColor;
  const over = [[r.left + r.width / 2, r.top + r.height / 2], [r.left + 2, r.top + 2],
                [r.right - 2, r.bottom - 2]].map(([x, y]) => {
    const top = document.elementFromPoint(x, y);
    return top && !e.contains(top) && !top.contains(e) ? `${top.tagName}.${top.className}` : null;
  }).filter(Boolean);
  // The first three entries: lines linking to the timeline on an actor page.
  const entryLinks = [...document.querySelectorAll(".chronicle-event")].slice(0, 3)
    .flatMap(n => [...n.querySelectorAll("a")]);
  return {
    what: `${e.tagName}.${e.className} "${(e.textContent || e.title || "").trim().slice(0, 40)}"`,
    inViewport: r.width > 0 && r.height > 0 && r.top > -1 && r.left > -1 &&
                r.bottom < innerHeight + 1 && r.right < innerWidth + 1,  // sub-pixel rounding
    covered: over, opacity, visibility: s.visibility,
    outline: [s.outlineStyle, parseFloat(s.outlineWidth), s.outlineColor], background,
    boxShadow: s.boxShadow,
    searchOpen: Boolean(e.matches(".md-search__input") && search && search.checked),
    skipLink: e.matches("a.md-skip"),
    entryLink: entryLinks.indexOf(e),
  };
}"""


#: Each step is checked as it ends: the theme's fades and slides (a drawer sliding in, a tab
#: brightening) take no time, so the test waits for none of them.
NO_TRANSITIONS = "*, *::before, *::after { transition: none !important; animation: none !important; }"


def _luminance(rgb: str) -> float:
    channels = [float(c) / 255 for c in rgb[rgb.index("(") + 1 : rgb.index(")")].split(",")[:3]]
    lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def _contrast(a: str, b: str) -> float:
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def _focus_problems(state: dict[str, Any]) -> list[str]:
    """What is wrong with how the focused element shows, as readable phrases (empty: nothing)."""
    problems = []
    if not state["inViewport"]:
        problems.append("outside the viewport")
    if state["covered"]:
        problems.append(f"covered by {state['covered'][0]}")
    if state["opacity"] < 0.5 or state["visibility"] != "visible":
        problems.append(f"invisible (opacity {state['opacity']:.2f}, {state['visibility']})")
    style, width, colour = state["outline"]
    ring = style != "none" and width >= 1
    if ring and style != "auto" and _contrast(colour, state["background"]) < 3:
        problems.append(f"focus ring {colour} on {state['background']} is below 3:1")
    if not (ring or state["boxShadow"] != "none" or state["searchOpen"]):
        problems.append("no focus indicator")
    return problems


@pytest.mark.parametrize("width", list(WIDTHS))
def test_tabbing_through_an_actor_page_always_shows_the_focus(
    browser: Any, base_url: str, kinds: dict[str, str], width: int
) -> None:
    """Tab from the top to the first entries' links and back: every stop is seen, none hidden.

    Coming back up, the browser scrolls each link just into view: at the top of the
    viewport, where the sticky header and the actor page's sticky filter bar are.
    """
    context = browser.new_context(viewport={"width": width, "height": WIDTHS[width]}, bypass_csp=True)
    page = context.new_page()
    page.goto(base_url + kinds["actor"], wait_until="networkidle")
    page.add_style_tag(content=NO_TRANSITIONS)
    expect(page.locator("form.chronicle-filter")).to_be_visible()
    links = page.locator(".chronicle-event").evaluate_all(
        "entries => entries.slice(0, 3).reduce((n, e) => n + e.querySelectorAll('a').length, 0)")
    assert links >= 3
    problems: list[str] = []
    reached: set[int] = set()
    stops = 0

    def step(key: str) -> dict[str, Any] | None:
        page.keyboard.press(key)
        state = page.evaluate(FOCUS)
        if state is not None:
            problems.extend(f"{key} to {state['what']}: {p}" for p in _focus_problems(state))
        return state

    while len(reached) < links:
        stops += 1
        assert stops < 200, f"Tab never reached the first entries' links ({sorted(reached)} of {links})"
        state = step("Tab")
        if state and state["entryLink"] >= 0:
            reached.add(state["entryLink"])
    back = 0
    while True:
        back += 1
        assert back <= stops, "Shift+Tab never came back to the skip link"
        state = step("Shift+Tab")
        if state is None or state["skipLink"]:
            break
    assert problems == [], "\n".join(problems)
    context.close()


def test_the_colour_scheme_toggle_shows_its_focus(browser: Any, base_url: str) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    page.goto(base_url + "/", wait_until="networkidle")
    for _ in range(10):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.matches('input.md-option')"):
            break
    else:
        pytest.fail("the colour-scheme toggle was not among the first 10 Tab stops")
    state = page.evaluate(FOCUS)
    assert state["outline"][0] == "solid" and state["outline"][1] >= 2, state
    assert _focus_problems(state) == []
    page.keyboard.press("Enter")  # and it works from the keyboard
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", "slate")
    context.close()


def test_the_search_dialog_has_a_name(page: Page, base_url: str) -> None:
    page.goto(base_url + "/", wait_until="networkidle")
    page.locator("input.md-search__input").click()
    expect(page.get_by_role("dialog", name="Search")).to_be_visible()


def test_the_filter_bar_scrolls_with_the_page_on_a_short_screen(
    browser: Any, base_url: str, kinds: dict[str, str]
) -> None:
    """On a short screen the sticky bar would take much of it: there it is not sticky."""
    for height, position in ((800, "sticky"), (360, "static")):
        context = browser.new_context(viewport={"width": 1280, "height": height})
        page = context.new_page()
        page.goto(base_url + kinds["actor"], wait_until="networkidle")
        form = page.locator("form.chronicle-filter")
        assert form.evaluate("f => getComputedStyle(f).position") == position
        sticky = page.evaluate("getComputedStyle(document.documentElement).scrollPaddingTop")
        if position == "sticky":  # focus stops below the bar: the page knows where it ends
            bottom = form.evaluate("f => parseFloat(getComputedStyle(f).top) + f.offsetHeight")
            assert float(sticky.removesuffix("px")) > bottom
        context.close()
