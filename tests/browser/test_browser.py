"""The site in Debian's Chromium: search by any spelling, the page filters, no errors, phones."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

CSTO = "2021-05-pashinyan-appeals-to-csto"
SEV_LICH = "2021-05-12-azerbaijani-troops-at-sev-lich"
MACRON = "2021-05-13-macron-calls-pashinian"


def _search(page: Page, base_url: str, query: str) -> None:
    page.goto(base_url + "/", wait_until="networkidle")
    box = page.locator("input.md-search__input")
    box.click()
    box.fill(query)
    box.press("End")  # fill() alone does not wake Material's search
    expect(page.locator(".md-search-result__list li").first).to_be_visible(timeout=10_000)


def test_search_by_an_alias_finds_the_entry_and_opens_its_anchor(page: Page, base_url: str) -> None:
    _search(page, base_url, "Pachinian")
    links = page.locator(".md-search-result__list a.md-search-result__link")
    hrefs = [links.nth(i).get_attribute("href") for i in range(links.count())]
    target = next(h for h in hrefs if h and h.endswith(f"#{CSTO}"))
    assert re.search(rf"/timeline/2021/05/\?h=pachinian#{CSTO}$", target), hrefs
    page.locator(f'.md-search-result__list a[href="{target}"]').first.click()
    page.wait_for_url(re.compile(rf"/timeline/2021/05/.*#{CSTO}$"))
    expect(page.locator(f'[id="{CSTO}"]')).to_be_in_viewport()
    assert page.errors == []


def test_a_page_read_without_searching_never_downloads_the_search_index(page: Page, base_url: str) -> None:
    index = re.compile(r"/search/search_index\.json$")
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    for path in ("/", "/timeline/2021/05/", "/actors/pashinyan/"):
        page.goto(base_url + path, wait_until="networkidle")
        page.mouse.wheel(0, 2000)
        page.keyboard.press("End")  # reading: scrolling, with no search box focused
        page.wait_for_timeout(300)
    assert requested and not [url for url in requested if index.search(url)], requested
    # Opening search downloads it once, and searching works.
    with page.expect_request(index):
        page.locator("input.md-search__input").click()
    page.locator("input.md-search__input").fill("Black Lake")
    page.locator("input.md-search__input").press("End")
    expect(page.locator(".md-search-result__list li").first).to_be_visible(timeout=10_000)
    assert len([url for url in requested if index.search(url)]) == 1
    assert page.errors == []


def test_a_page_opened_from_a_search_result_highlights_the_words(page: Page, base_url: str) -> None:
    page.goto(base_url + f"/timeline/2021/05/?h=sev+lich#{SEV_LICH}", wait_until="networkidle")
    expect(page.locator(f'section.chronicle-event:has([id="{SEV_LICH}"]) mark').first).to_be_visible()
    assert page.errors == []


def test_search_for_black_lake_finds_the_sev_lich_entry(page: Page, base_url: str) -> None:
    _search(page, base_url, "Black Lake")
    hrefs = page.locator(".md-search-result__list a.md-search-result__link").evaluate_all(
        "links => links.map(a => a.getAttribute('href'))"
    )
    assert any(h.endswith(f"#{SEV_LICH}") and "/timeline/2021/05/" in h for h in hrefs), hrefs
    assert page.errors == []


def test_actor_and_type_filters_narrow_the_page(page: Page, base_url: str) -> None:
    page.goto(base_url + "/timeline/2021/05/", wait_until="networkidle")
    form = page.locator("form.chronicle-filter")
    expect(form).to_be_visible()
    events = page.locator("section.chronicle-event")
    total = events.count()
    assert total == 3
    form.locator("select[name=actor]").select_option("macron")
    expect(page.locator("section.chronicle-event:visible")).to_have_count(1)
    expect(page.locator(f'[id="{MACRON}"]')).to_be_visible()
    expect(form.locator("output")).to_have_text("1 of 3 entries shown")
    assert "actor=macron" in page.url
    form.locator("select[name=actor]").select_option("")
    form.locator("select[name=type]").select_option("military-movement")
    expect(page.locator("section.chronicle-event:visible")).to_have_count(1)
    expect(page.locator(f'[id="{SEV_LICH}"]')).to_be_visible()
    # The day headings of days with no entry left are hidden too.
    expect(page.locator('[id="day-2021-05-13"]')).to_be_hidden()
    form.locator("select[name=type]").select_option("")
    expect(page.locator("section.chronicle-event:visible")).to_have_count(3)
    # A narrowed address can be shared.
    page.goto(base_url + "/timeline/2021/05/?actor=pashinyan", wait_until="networkidle")
    expect(page.locator("section.chronicle-event:visible")).to_have_count(2)
    assert page.errors == []


def test_an_actor_page_lists_its_entries_as_lines_the_filter_narrows(page: Page, base_url: str) -> None:
    page.goto(base_url + "/actors/pashinyan/", wait_until="networkidle")
    expect(page.locator("li.chronicle-event")).to_have_count(4)
    expect(page.locator("section.chronicle-event")).to_have_count(0)
    page.locator("form.chronicle-filter select[name=type]").select_option("phone-call")
    expect(page.locator("li.chronicle-event:visible")).to_have_count(1)
    expect(page.locator('[id="m-2021-00"]')).to_be_hidden()  # a month with no line left
    page.locator("li.chronicle-event:visible a").click()
    page.wait_for_url(re.compile(rf"/timeline/2021/05/#{MACRON}$"))
    expect(page.locator(f'[id="{MACRON}"]')).to_be_in_viewport()
    assert page.errors == []


def test_pages_read_fully_without_javascript(browser: object, base_url: str) -> None:
    context = browser.new_context(java_script_enabled=False)  # type: ignore[attr-defined]
    page = context.new_page()
    page.goto(base_url + "/timeline/2021/05/")
    expect(page.locator("form.chronicle-filter")).to_be_hidden()
    expect(page.locator("section.chronicle-event:visible")).to_have_count(3)
    context.close()


def test_no_console_errors_on_the_main_pages(page: Page, base_url: str) -> None:
    for path in (
        "/",
        "/timeline/",
        "/timeline/2021/05/",
        "/timeline/2022/09/",
        "/actors/",
        "/actors/pashinyan/",
        "/types/attack/",
        "/places/sev-lich/",
        "/sources/",
        "/data/",
        "/about/",
        "/methodology/",
    ):
        page.goto(base_url + path, wait_until="networkidle")
        expect(page.locator("h1").first).to_be_visible()
    assert page.errors == []


def test_a_phone_sized_screen_is_usable(browser: object, base_url: str) -> None:
    context = browser.new_context(
        viewport={"width": 360, "height": 740},
        is_mobile=True,  # type: ignore[attr-defined]
        has_touch=True,
        device_scale_factor=2,
    )
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    for path in ("/", "/timeline/2021/05/", "/timeline/2022/09/", "/actors/pashinyan/", "/sources/"):
        page.goto(base_url + path, wait_until="networkidle")
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, (path, overflow)
    page.goto(base_url + "/timeline/2022/09/", wait_until="networkidle")
    # The menu opens from the header button and leads to the other sections.
    page.locator("label.md-header__button[for=__drawer]").click()
    link = page.locator(".md-nav--primary a.md-nav__link", has_text="Actors").first
    expect(link).to_be_visible()
    link.click()
    page.wait_for_url(re.compile(r"/actors/$"))
    # The filter fits on the screen and still works.
    page.goto(base_url + "/timeline/2021/05/", wait_until="networkidle")
    page.locator("form.chronicle-filter select[name=actor]").select_option("macron")
    expect(page.locator("section.chronicle-event:visible")).to_have_count(1)
    assert errors == []
    context.close()


def test_other_spellings_are_not_shown_under_entries_but_on_the_actor_page(page: Page, base_url: str) -> None:
    page.goto(base_url + "/timeline/2021/05/", wait_until="networkidle")
    entry = page.locator(f'section.chronicle-event:has([id="{SEV_LICH}"])')
    expect(entry).to_be_visible()
    expect(entry.locator(".chronicle-search-terms")).to_be_hidden()
    assert "Pachinian" not in entry.inner_text() and "Black Lake" not in entry.inner_text()
    page.goto(base_url + "/actors/pashinyan/", wait_until="networkidle")
    expect(page.locator(".chronicle-aka").first).to_contain_text("Pachinian")
    assert page.errors == []
