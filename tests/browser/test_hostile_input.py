"""Hostile input stays inert text: every payload class in every text and link field of
events, actors, places and tags, built with MkDocs and opened in Chromium.

For each payload class one event, actor, place and tag carry it in every field listed in
FIELDS (a new field is covered by adding it there). On every page showing them, every
element of the content is hovered, focused and clicked (by events); no script may run
(`window.__pwned` stays unset), no request may leave the page's server and the content
may hold no event handler, `javascript:` link, frame or foreign image.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from chronicle.cli import main
from chronicle.ids import page_slug
from chronicle.yamlio import dump
from projects import FIXTURES, copy_project

#: Markup of every kind that could turn text into code, a request or other markup.
PAYLOADS = [
    "<script>window.__pwned=1</script>",
    '<img src=x onerror="window.__pwned=1">',
    "<svg onload=window.__pwned=1>",
    '<a href="javascript:window.__pwned=1">x</a>',
    "[x](javascript:window.__pwned=1)",
    '" onmouseover="window.__pwned=1" x="',
    "' onfocus='window.__pwned=1' autofocus x='",
    '{: onclick="window.__pwned=1" }',
    "{{ 7*7 }} {% raw %} {# c #}",
    '<iframe src="https://evil.example/"></iframe>',
    "![x](https://evil.example/pixel.png)",
    "<style>@import url(https://evil.example/x.css)</style>",
    "&lt;script&gt;window.__pwned=1&lt;/script&gt; &#x3C;b&#x3E;",
    "<details open ontoggle=window.__pwned=1>",
]
#: Payloads for link fields, which hold no white space.
LINK_PAYLOADS = [
    'https://example.org/a"><script>window.__pwned=1</script>',
    "https://example.org/a'onmouseover='window.__pwned=1'",
    "https://example.org/a?x=<img/src/onerror=window.__pwned=1>",
    "https://example.org/a#javascript:window.__pwned=1",
]
#: (kind, path of the field in its file, link field?). Add a field here to cover it.
FIELDS: list[tuple[str, tuple[str | int, ...], bool]] = [
    ("event", ("title",), False),
    ("event", ("summary",), False),
    ("event", ("date_note",), False),
    ("event", ("sources", 0, "outlet"), False),
    ("event", ("sources", 0, "title"), False),
    ("event", ("sources", 0, "author"), False),
    ("event", ("sources", 0, "quote"), False),
    ("event", ("sources", 0, "quote_translated"), False),
    ("event", ("sources", 0, "url"), True),
    ("event", ("sources", 0, "archive_url"), True),
    ("event", ("claims", 0, "text"), False),
    ("event", ("claims", 0, "quote"), False),
    ("event", ("claims", 0, "paraphrase"), False),
    ("event", ("casualties", 0, "note"), False),
    ("event", ("context", 0, "text"), False),
    ("actor", ("name",), False),
    ("actor", ("aliases", 0), False),
    ("actor", ("metonyms", 0), False),
    ("actor", ("description",), False),
    ("actor", ("descriptors", 0, "text"), False),
    ("actor", ("roles", 0, "title"), False),
    ("actor", ("roles", 0, "note"), False),
    ("place", ("name",), False),
    ("place", ("aliases", 0), False),
    ("place", ("note",), False),
    ("tag", ("label",), False),
    ("tag", ("description",), False),
]


def _entries(n: int) -> dict[str, dict[str, Any]]:
    """The event, actor, place and tag of payload class n, before the payload is written in."""
    day = f"2021-06-{n + 1:02d}"
    return {
        "event": {
            "id": f"{day}-hostile-{n}", "status": "reviewed", "date": day, "title": "t",
            "date_note": "d", "summary": "s", "type": "statement",
            "actors": [f"hostile-{n}", "pashinyan"], "places": [f"hostile-place-{n}"],
            "tags": [f"hostile-tag-{n}"],
            "sources": [{"key": "s", "url": f"https://example.org/report/{n}", "outlet": "o",
                         "title": "t", "published": day, "kind": "news", "author": "a", "quote": "q",
                         "quote_translated": "q", "archive_url": f"https://example.org/archive/{n}"}],
            "claims": [{"by": f"hostile-{n}", "stance": "asserts", "text": "c", "quote": "q",
                        "paraphrase": "p", "source": "s", "via": "reported"}],
            "casualties": [{"by": f"hostile-{n}", "killed": 1, "note": "n", "source": "s"}],
            "context": [{"text": "c", "source": "s"}],
        },
        "actor": {"id": f"hostile-{n}", "name": "n", "kind": "person", "country": "AM", "aliases": ["a"],
                  "metonyms": ["m"], "description": "d", "descriptors": [{"text": "d", "from": "2021-01-01"}],
                  "roles": [{"title": "r", "from": "2021-01-01", "note": "n"}]},
        "place": {"id": f"hostile-place-{n}", "name": "n", "kind": "village", "aliases": ["a"], "note": "n"},
        "tag": {"id": f"hostile-tag-{n}", "label": "l", "description": "d"},
    }


def _set(data: Any, path: tuple[str | int, ...], value: str) -> None:
    for part in path[:-1]:
        data = data[part]
    data[path[-1]] = value


def _text(kind: str, path: tuple[str | int, ...], payload: str) -> str:
    """A field's hostile value: names kept apart per field (spellings must be unique)."""
    label = "-".join(str(p) for p in path)
    return f"{kind} {label} {payload}"


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = copy_project(tmp_path_factory.mktemp("hostile") / "site", FIXTURES / "site" / "chronology")
    chron = root / "chronology"
    for n, payload in enumerate(PAYLOADS):
        entries = _entries(n)
        for kind, path, link in FIELDS:
            value = LINK_PAYLOADS[n % len(LINK_PAYLOADS)] + f"/{n}" if link else _text(kind, path, payload)
            _set(entries[kind], path, value)
        folders = {"event": "events/2021", "actor": "actors", "place": "places", "tag": "tags"}
        for kind, data in entries.items():
            (chron / folders[kind] / f"{data['id']}.yaml").write_text(dump(data), encoding="utf-8")
    result = CliRunner().invoke(main, ["--root", str(root), "build"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return root / "site"


#: Hovers, focuses and clicks every element of the content (links do not navigate).
POKE = """() => {
  document.addEventListener('click', e => e.preventDefault(), true);
  document.addEventListener('submit', e => e.preventDefault(), true);
  for (const el of document.querySelectorAll('.md-content *')) {
    for (const type of ['mouseover', 'mouseenter', 'focus', 'focusin', 'click', 'toggle']) {
      el.dispatchEvent(new Event(type, {bubbles: true}));
    }
    if (el.focus) el.focus();
  }
  const found = [];
  for (const el of document.querySelectorAll('.md-content *')) {
    for (const a of el.attributes) {
      if (a.name.startsWith('on')) found.push(el.tagName + ' ' + a.name);
      if (/^\\s*javascript:/i.test(a.value)) found.push(el.tagName + ' ' + a.name + ' javascript:');
    }
    if (['IFRAME', 'OBJECT', 'EMBED', 'SCRIPT', 'STYLE', 'BASE', 'FORM'].includes(el.tagName)
        && !el.closest('form.chronicle-filter')) found.push(el.tagName);
    if (el.tagName === 'IMG' && !el.src.startsWith(location.origin)) found.push('IMG ' + el.src);
  }
  return found;
}"""


def _pages(n: int) -> list[str]:
    outlet = page_slug(_text("event", ("sources", 0, "outlet"), PAYLOADS[n]))
    return [f"actors/hostile-{n}/", f"places/hostile-place-{n}/", f"tags/hostile-tag-{n}/",
            f"sources/{outlet}/"]


def _check_pages(browser: Any, base_url: str, hostile_site: Path, paths: list[str]) -> None:
    """Open each page without the Content-Security-Policy (escaping alone must hold), poke
    everything, and assert nothing ran and nothing left."""
    context = browser.new_context(bypass_csp=True)
    page = context.new_page()
    left: list[str] = []
    page.route("**/*", lambda route: (left.append(route.request.url), route.abort())
               if not route.request.url.startswith(base_url) else route.continue_())
    try:
        for path in paths:
            assert (hostile_site / path / "index.html").is_file(), path
            page.goto(f"{base_url}/{path}", wait_until="load")
            assert page.evaluate(POKE) == [], path
            page.wait_for_timeout(20)
            assert page.evaluate("window.__pwned === undefined"), path
        assert left == []
    finally:
        context.close()


@pytest.mark.parametrize("n", range(len(PAYLOADS)), ids=[f"payload{n}" for n in range(len(PAYLOADS))])
def test_hostile_input_stays_inert_text(browser: Any, base_url: str, hostile_site: Path, n: int) -> None:
    _check_pages(browser, base_url, hostile_site, _pages(n))


def test_pages_listing_every_payload_stay_inert(browser: Any, base_url: str, hostile_site: Path) -> None:
    _check_pages(browser, base_url, hostile_site,
                 ["", "timeline/2021/06/", "actors/", "places/", "tags/", "sources/"])
    html = (hostile_site / "timeline" / "2021" / "06" / "index.html").read_text("utf-8")
    assert html.count("__pwned") >= len(PAYLOADS)  # the payloads are on the page, as text


@pytest.fixture(scope="module")
def base_url(hostile_site: Path) -> Any:
    """Serve the hostile site (not the shared fixture site) on 127.0.0.1."""
    import functools
    import http.server
    import threading

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            pass

    handler = functools.partial(Quiet, directory=str(hostile_site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()
