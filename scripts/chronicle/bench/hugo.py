"""Hugo on the same Markdown: the yardstick the build is compared with (issue 13).

Hugo (https://gohugo.io, `apt-get install hugo`) builds a copy of the `content/` Chronicle
generated, with a minimal theme written here (a page layout that renders `.Content`, a
list layout for sections and the home page). Only what Goldmark cannot read is rewritten:

- Python-Markdown's attribute lists `{: #id key }` become Goldmark's `{#id key=""}` (a
  bare key needs a value in Goldmark, the colon is not read);
- a one-line `md_in_html` block `<p class="x" markdown>*text*</p>` becomes the element
  with its Markdown on lines of its own between blank lines, as Goldmark renders it;
- a folder's `index.md` becomes `_index.md` (a section page): Hugo would otherwise make it
  a leaf bundle and skip the pages beside it.

Without these rewrites Hugo leaves that Markdown unrendered and the comparison flatters it.
`unrendered_links` counts Markdown links left as text in Hugo's HTML, to show it did the work.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

from .running import Measured, run_measured

CONFIG = """baseURL = "https://example.org/"
title = "Synthetic chronology (Hugo)"
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
[markup.goldmark.renderer]
unsafe = true
[markup.goldmark.parser.attribute]
block = true
title = true
"""
PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><main>{{ .Content }}</main></body></html>
"""
LIST = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><main>{{ .Content }}
<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>
</main></body></html>
"""

ATTRIBUTES = re.compile(r"\{:[ \t]*([^}\n]*?)[ \t]*\}")
ONE_LINE_MD_IN_HTML = re.compile(
    r"^<(\w+)([^>\n]*?) markdown(?:=\"[^\"]*\")?([^>\n]*)>(.+)</\1>[ \t]*$", re.M
)
MARKDOWN_LINK = re.compile(r"\]\([^)\s]+\)")


def version() -> str | None:
    """Hugo's version line, or None when Hugo is not installed."""
    hugo = shutil.which("hugo")
    if not hugo:
        return None
    result = subprocess.run([hugo, "version"], capture_output=True, text=True, check=False)
    return result.stdout.strip() or None


def _goldmark_attributes(match: re.Match[str]) -> str:
    tokens = [t if t[0] in "#." or "=" in t else f'{t}=""' for t in match.group(1).split()]
    return "{" + " ".join(tokens) + "}"


def rewrite(markdown: str) -> tuple[str, int]:
    """Rewrite the constructs Goldmark cannot read; return the text and how many were rewritten."""
    markdown, attributes = ATTRIBUTES.subn(_goldmark_attributes, markdown)
    markdown, blocks = ONE_LINE_MD_IN_HTML.subn(r"<\1\2\3>\n\n\4\n\n</\1>", markdown)
    return markdown, attributes + blocks


def prepare(content: Path, folder: Path) -> int:
    """Write a Hugo site in folder from content/'s Markdown; return the constructs rewritten."""
    shutil.rmtree(folder, ignore_errors=True)
    (folder / "layouts" / "_default").mkdir(parents=True)
    (folder / "hugo.toml").write_text(CONFIG, encoding="utf-8")
    (folder / "layouts" / "_default" / "single.html").write_text(PAGE, encoding="utf-8")
    (folder / "layouts" / "_default" / "list.html").write_text(LIST, encoding="utf-8")
    rewritten = 0
    for source in content.rglob("*.md"):
        rel = source.relative_to(content)
        target = folder / "content" / (rel.with_name("_index.md") if rel.name == "index.md" else rel)
        target.parent.mkdir(parents=True, exist_ok=True)
        text, count = rewrite(source.read_text(encoding="utf-8"))
        target.write_text(text, encoding="utf-8")
        rewritten += count
    return rewritten


def build(folder: Path, log: Path, timeout: float | None = None) -> Measured:
    """Build the Hugo site in folder into folder/public (emptied first)."""
    folder = folder.resolve()
    shutil.rmtree(folder / "public", ignore_errors=True)
    hugo = shutil.which("hugo") or "hugo"
    return run_measured([hugo, "--quiet", "--source", str(folder), "--destination", str(folder / "public")],
                        cwd=folder, log=log, timeout=timeout)


def output_stats(folder: Path) -> dict[str, int]:
    """Pages Hugo wrote, and Markdown links it left as text (0 when it rendered everything)."""
    pages = list((folder / "public").rglob("*.html"))
    return {
        "pages": len(pages),
        "unrendered_links": sum(len(MARKDOWN_LINK.findall(p.read_text(encoding="utf-8"))) for p in pages),
    }
