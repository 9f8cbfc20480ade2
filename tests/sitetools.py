"""Helpers for tests that read the built site as a reader's browser would."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

from click.testing import CliRunner

from chronicle.cli import main

VOID = {
    "area",
    "base",
    "br",
    "col",
    "embed",
    "hr",
    "img",
    "input",
    "link",
    "meta",
    "source",
    "track",
    "wbr",
}


def build(root: Path, *extra: str, env: dict[str, str] | None = None) -> str:
    """Run `chronicle build` on a project (with extra arguments and environment); return its output."""
    result = CliRunner(env=env).invoke(main, ["--root", str(root), "build", *extra], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


class _Collector(HTMLParser):
    """Collects ids, links, script tags and the text under each element with an id."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: list[str] = []
        self.links: list[str] = []
        self.scripts: list[dict[str, str | None]] = []
        self.text: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.visible: list[str] = []
        self._hidden = 0
        self._open: list[bool] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        data = dict(attrs)
        self.tags.append((tag, data))
        if data.get("id"):
            self.ids.append(data["id"] or "")
        for name in ("href", "src"):
            if data.get(name) and tag in ("a", "img", "link", "script"):
                self.links.append(data[name] or "")
        if tag == "script":
            self.scripts.append(data)
        if tag not in VOID:
            # Text a reader never sees: scripts, styles and elements marked `hidden`.
            self._open.append(tag in ("script", "style") or "hidden" in data)
            self._hidden += self._open[-1]

    def handle_endtag(self, tag: str) -> None:
        if tag not in VOID and self._open:
            self._hidden -= self._open.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        if not self._hidden:
            self.visible.append(data)


def parse(path: Path) -> _Collector:
    """Parse an HTML file of the site."""
    collector = _Collector()
    collector.feed(path.read_text(encoding="utf-8"))
    return collector


def listed(path: Path) -> list[str]:
    """Return the ids of the entries a page lists as one-line links, in order (the anchors
    of the links in its `li.chronicle-event` lines)."""
    html = path.read_text(encoding="utf-8")
    lines = re.findall(r'<li class="chronicle-event[^"]*"[^>]*>(.*?)</li>', html, re.S)
    return [m.group(1) for line in lines if (m := re.search(r'<a href="[^"#]*#([^"]+)"', line))]


def page(site: Path, url_path: str) -> Path:
    """Return the HTML file serving a site address such as 'timeline/2021/05/'."""
    path = site / url_path
    return path / "index.html" if url_path.endswith("/") or not url_path else path


def section_text(html: str, element_id: str) -> str:
    """Return the visible text of the <section> that holds the heading with this id."""
    start = html.index(f'id="{element_id}"')
    open_at = html.rindex("<section", 0, start)
    depth, pos = 0, open_at
    for match in re.finditer(r"<(/?)section\b", html[open_at:]):
        depth += -1 if match.group(1) else 1
        if depth == 0:
            pos = open_at + match.end()
            break
    collector = _Collector()
    collector.feed(html[open_at:pos])
    return " ".join("".join(collector.text).split())


def heading_text(html: str, element_id: str) -> str:
    """Return the visible text of the heading with this id (without the permalink mark)."""
    match = re.search(rf'<h(\d)[^>]*? id="{re.escape(element_id)}"[^>]*>(.*?)</h\1>', html, re.S)
    assert match, f"no heading with id {element_id}"
    collector = _Collector()
    collector.feed(match.group(2))
    return " ".join("".join(collector.text).split()).removesuffix("¶").strip()


def broken_links(site: Path) -> list[str]:
    """Check every internal href/src of every page: the file exists, and so does the anchor."""
    problems = []
    ids: dict[Path, set[str]] = {}
    for html in sorted(site.rglob("*.html")):
        for link in parse(html).links:
            parts = urlsplit(link)
            if parts.scheme or parts.netloc or link.startswith(("mailto:", "data:")):
                continue
            if html.name == "404.html":
                continue  # served at any depth; its links are absolute
            target = (html.parent / unquote(parts.path)).resolve() if parts.path else html
            if target.is_dir():
                target = target / "index.html"
            if not target.exists():
                problems.append(f"{html.relative_to(site)}: {link} (no such file)")
                continue
            if parts.fragment and target.suffix == ".html":
                if target not in ids:
                    ids[target] = set(parse(target).ids)
                if parts.fragment not in ids[target]:
                    problems.append(f"{html.relative_to(site)}: {link} (no such anchor)")
    return problems


def visible_text(path: Path) -> str:
    """Return a page's visible text as one line of words, without permalink marks."""
    return " ".join("".join(parse(path).visible).replace("¶", "").split())


#: Markdown that reached the reader as text: code spans, emphasis, links, attribute lists,
#: escaped character references shown literally, headings and rules at a line's start.
MARKDOWN_LEFTOVERS = re.compile(
    r"`|\*\*|(?<![\w*])\*[^*\s][^*]*\*(?![\w*])|(?<!\w)_[^_\s][^_]*_(?!\w)|\]\(|\[[^\]]+\]\[|\{:"
    r"|&#?\w+;|^\s*(?:#{1,6}\s|>\s|---)"
)


def markdown_shown_as_text(site: Path) -> list[str]:
    """Return 'page: …snippet…' for every piece of Markdown syntax a reader sees as text."""
    found = []
    for html in sorted(site.rglob("*.html")):
        for text in parse(html).visible:
            for match in MARKDOWN_LEFTOVERS.finditer(text):
                snippet = " ".join(text[max(0, match.start() - 40) : match.end() + 40].split())
                found.append(f"{html.relative_to(site)}: {snippet}")
    return found
