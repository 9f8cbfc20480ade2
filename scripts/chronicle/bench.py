"""Benchmark: build synthetic chronologies of thousands of events and print the numbers.

    python -m chronicle.bench [--events 1000 5000] [--keep DIR]

For each size it writes a synthetic chronology into a temporary folder and measures:
strict load + validation, page and data generation, the MkDocs build, the total size of
the site, the largest page and the number of navigation entries. Numbers, not asserts:
the test suite never times anything.
"""

from __future__ import annotations

import argparse
import random
import shutil
import tempfile
import time
from pathlib import Path

from .yamlio import dump

TYPES = (
    "statement",
    "meeting",
    "phone-call",
    "attack",
    "accusation",
    "demand",
    "condemnation",
    "military-movement",
    "support",
    "appeal",
)
MKDOCS_YML = """site_name: Synthetic chronology
site_url: https://example.org/
repo_url: https://github.com/example/chronicle
edit_uri: edit/main/content/
docs_dir: content
theme: {name: material, font: false}
extra_css: [assets/chronicle/chronicle.css]
extra_javascript: [assets/chronicle/chronicle.js]
plugins: [search]
markdown_extensions: [attr_list, md_in_html, admonition, tables, {toc: {permalink: true, toc_depth: 2}}]
validation: {omitted_files: warn, absolute_links: warn, unrecognized_links: warn, anchors: warn}
not_in_nav: |
  /timeline/
  /actors/
  /types/
  /places/
  /tags/
  /sources/
nav:
  - Home: index.md
  - Timeline: timeline/index.md
  - Actors: actors/index.md
  - Types: types/index.md
  - Places: places/index.md
  - Tags: tags/index.md
  - Sources: sources/index.md
  - Open data: data/index.md
"""


WORDS = (
    "border",
    "troops",
    "ministry",
    "minister",
    "talks",
    "ceasefire",
    "shelling",
    "village",
    "statement",
    "convoy",
    "observers",
    "mission",
    "corridor",
    "delegation",
    "summit",
    "drone",
    "positions",
    "withdrawal",
    "prisoners",
    "exchange",
    "sanctions",
    "envoy",
    "parliament",
    "mediation",
    "refugees",
    "checkpoint",
    "lake",
    "road",
    "airport",
    "election",
    "accord",
    "protest",
    "embassy",
    "aid",
    "patrol",
    "artillery",
    "casualties",
    "monitoring",
    "visit",
    "declaration",
    "blockade",
    "gas",
    "bridge",
    "highway",
    "villagers",
    "soldiers",
    "pledge",
)


def _title(n: int) -> str:
    """A title of seven words drawn for event n: different enough not to look like a duplicate."""
    rng = random.Random(n)
    return f"Event {n}: " + " ".join(rng.sample(WORDS, 7))


def write_synthetic(root: Path, events: int, actors: int = 60, places: int = 30) -> None:
    """Write a valid synthetic project: mkdocs.yml, registries and `events` events over 3 years.

    Events are spread unevenly (a few busy months, a few prolific actors), as in real
    chronologies, so that pagination is exercised.
    """
    chron = root / "chronology"
    for folder in ("actors", "places", "tags", "events"):
        (chron / folder).mkdir(parents=True, exist_ok=True)
    (root / "content").mkdir(exist_ok=True)
    (root / "mkdocs.yml").write_text(MKDOCS_YML, encoding="utf-8")
    for n in range(actors):
        data = {
            "id": f"actor-{n}",
            "name": f"Actor Number {n}",
            "kind": "person" if n % 3 else "state",
            "country": ("AM", "AZ", "FR", "RU", "US")[n % 5],
            "aliases": [f"Aktor {n}", f"Actor No. {n}"],
        }
        (chron / "actors" / f"actor-{n}.yaml").write_text(dump(data), encoding="utf-8")
    for n in range(places):
        data = {"id": f"place-{n}", "name": f"Place {n}", "kind": "village", "aliases": [f"Plase {n}"]}
        (chron / "places" / f"place-{n}.yaml").write_text(dump(data), encoding="utf-8")
    for n in range(8):
        data = {"id": f"tag-{n}", "label": f"Topic {n}", "description": f"Entries about topic {n}."}
        (chron / "tags" / f"tag-{n}.yaml").write_text(dump(data), encoding="utf-8")
    for n in range(events):
        # Busy months: a third of all events fall in three months.
        if n % 3 == 0:
            year, month = 2022, (9, 12, 5)[n % 9 // 3]
        else:
            year, month = 2021 + n % 3, 1 + n % 12
        day = 1 + n % 28
        date = f"{year}-{month:02d}-{day:02d}" if n % 17 else f"{year}-{month:02d}"
        event_id = f"{date}-synthetic-event-{n}"
        principal = f"actor-{0 if n % 4 == 0 else n % actors}"  # actor-0 is prolific
        other = f"actor-{(n * 7 + 1) % actors}"
        actors_list = [principal] if other == principal else [principal, other]
        quote = f"Report {n} says that actor {principal} did something notable on the border."
        data = {
            "id": event_id,
            "status": "reviewed",
            "date": date,
            "date_note": "The day before the report, which says \"yesterday\".",
            "title": _title(n),
            "summary": "A synthetic summary of a few sentences, long enough to look like a real one. "
            * 3,
            "type": TYPES[n % len(TYPES)],
            "actors": actors_list,
            "places": [f"place-{n % places}"],
            "tags": [f"tag-{n % 8}"],
            "sources": [
                {
                    "key": "s",
                    "url": f"https://example.org/news/{n}",
                    "outlet": f"Outlet {n % 12}",
                    "title": f"Report number {n}",
                    "published": f"{year}-{month:02d}-{min(day + 1, 28):02d}",
                    "kind": "news",
                    "quote": quote,
                }
            ],
        }
        if n % 10 == 0:
            data["claims"] = (
                [
                    {
                        "by": principal,
                        "stance": "asserts",
                        "text": f"{principal} says it happened.",
                        "source": "s",
                    },
                    {
                        "by": other,
                        "stance": "denies",
                        "text": f"{other} says it did not.",
                        "source": "s",
                    },
                ]
                if other != principal
                else []
            )
            if not data["claims"]:
                del data["claims"]
        folder = chron / "events" / str(year)
        folder.mkdir(exist_ok=True)
        (folder / f"{event_id}.yaml").write_text(dump(data), encoding="utf-8")


def nav_entries(site: Path) -> int:
    """Count the links in the primary navigation of the home page."""
    text = (site / "index.html").read_text(encoding="utf-8")
    start = text.find('<nav class="md-nav md-nav--primary')
    end = text.find("</nav>", start)
    depth_end = end
    # The primary nav nests <nav> elements; count links up to the matching close.
    opened = text.count("<nav", start, end) - 1
    while opened > 0:
        depth_end = text.find("</nav>", depth_end + 1)
        opened -= 1
    return text.count('class="md-nav__link', start, depth_end)


def measure(root: Path, events: int) -> dict[str, float | int | str]:
    """Write, load, generate and build one synthetic chronology; return the measurements."""
    from .build import generate, load_valid
    from .engine import build_site
    from .project import Project
    from .writer import write_generated

    write_synthetic(root, events)
    project = Project(root)
    started = time.perf_counter()
    chronology = load_valid(project, echo=lambda _line: None)
    loaded = time.perf_counter()
    generated = generate(project, chronology)
    write_generated(project.content_dir, generated.files)
    written = time.perf_counter()
    build_site(project, "mkdocs")
    built = time.perf_counter()
    htmls = list(project.site_dir.rglob("*.html"))
    largest = max(htmls, key=lambda p: p.stat().st_size)
    total = sum(p.stat().st_size for p in project.site_dir.rglob("*") if p.is_file())
    return {
        "events": events,
        "load_validate_s": round(loaded - started, 2),
        "generate_s": round(written - loaded, 2),
        "mkdocs_build_s": round(built - written, 2),
        "pages": len(htmls),
        "site_mb": round(total / 1e6, 1),
        "largest_page_kb": round(largest.stat().st_size / 1e3, 1),
        "largest_page": largest.relative_to(project.site_dir).as_posix(),
        "largest_md_kb": round(
            max(len(b) for p, b in generated.files.items() if p.endswith(".md")) / 1e3, 1
        ),
        "nav_entries": nav_entries(project.site_dir),
    }


def main(argv: list[str] | None = None) -> None:
    """Run the benchmark for each size and print one line of numbers per size."""
    parser = argparse.ArgumentParser(
        prog="python -m chronicle.bench", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--events", type=int, nargs="+", default=[1000, 5000])
    parser.add_argument("--keep", type=Path, help="write the projects here and keep them")
    args = parser.parse_args(argv)
    for size in args.events:
        root = (
            (args.keep / f"bench-{size}")
            if args.keep
            else Path(tempfile.mkdtemp(prefix="chronicle-bench-"))
        )
        if root.exists() and args.keep:
            shutil.rmtree(root)
        root.mkdir(parents=True, exist_ok=True)
        try:
            result = measure(root, size)
        finally:
            if not args.keep:
                shutil.rmtree(root, ignore_errors=True)
        print("  ".join(f"{k}={v}" for k, v in result.items()), flush=True)


if __name__ == "__main__":
    main()
