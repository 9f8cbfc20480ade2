"""Synthetic chronologies for the benchmark and for tests that check every event.

`write_synthetic` writes a valid project of any size: registries of actors (with aliases),
places and tags, and events shaped like the bundled ones (one to three actors, targets and
mentions, places, several tags, one to three sources with quotes, asserts/denies claims,
casualty figures, related entries, partial dates), spread unevenly over three years (a few
busy months, a few prolific actors) as real chronologies are. The same size gives the same
files on every run.
"""

from __future__ import annotations

import random
from pathlib import Path

from ..yamlio import dump

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
#: Tags in the registry; every event has one or two.
TAGS = 8
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


def _summary(rng: random.Random) -> str:
    """Two to five sentences of plain words, as long as the bundled summaries (about 350 characters)."""
    count = rng.randint(2, 5)
    sentences = (" ".join(rng.sample(WORDS, rng.randint(8, 14))).capitalize() for _ in range(count))
    return ". ".join(sentences) + "."


def _others(rng: random.Random, pool: int, prefix: str, taken: set[str], most: int) -> list[str]:
    """Up to `most` ids of the pool not yet taken (and mark them taken)."""
    chosen = []
    for _ in range(rng.randint(1, most)):
        candidate = f"{prefix}-{rng.randrange(pool)}"
        if candidate not in taken:
            taken.add(candidate)
            chosen.append(candidate)
    return chosen


def _registries(chron: Path, actors: int, places: int, tags: int) -> None:
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
    for n in range(tags):
        data = {"id": f"tag-{n}", "label": f"Topic {n}", "description": f"Entries about topic {n}."}
        (chron / "tags" / f"tag-{n}.yaml").write_text(dump(data), encoding="utf-8")


def _date(n: int) -> tuple[int, int, int, str]:
    """Year, month, day and the entry's date: a third of all events fall in three busy months."""
    if n % 3 == 0:
        year, month = 2022, (9, 12, 5)[n % 9 // 3]
    else:
        year, month = 2021 + n % 3, 1 + n % 12
    day = 1 + n % 28
    return year, month, day, f"{year}-{month:02d}-{day:02d}" if n % 17 else f"{year}-{month:02d}"


def _sources(n: int, rng: random.Random, principal: str, published: str) -> list[dict[str, str]]:
    """One source (60%), two (30%) or three (10%), each from its own outlet with its own quote."""
    count = 1 if n % 10 < 6 else 2 if n % 10 < 9 else 3
    sources = []
    for k in range(count):
        outlet = (n + 5 * k) % 12
        sources.append({
            "key": f"s{k + 1}",
            "url": f"https://example.org/news/{n}/{k + 1}",
            "outlet": f"Outlet {outlet}",
            "title": f"Report number {n} by outlet {outlet}",
            "published": published,
            "kind": ("news", "official", "ngo", "analysis")[(n + k) % 4],
            "quote": f"Report {n} says that {principal} did something notable: "
            + " ".join(rng.sample(WORDS, 6)) + ".",
        })
    return sources


def event_data(n: int, actors: int = 60, places: int = 30, tags: int = 8) -> dict[str, object]:
    """The entry of synthetic event n (a valid event over registries of the given sizes)."""
    rng = random.Random(n)
    year, month, day, date = _date(n)
    principal = f"actor-{0 if n % 4 == 0 else n % actors}"  # actor-0 is prolific
    other = f"actor-{(n * 7 + 1) % actors}"
    actors_list = [principal] if other == principal else [principal, other]
    taken = set(actors_list)
    if n % 5 == 0:
        actors_list += _others(rng, actors, "actor", taken, 1)
    kind = TYPES[n % len(TYPES)]
    data: dict[str, object] = {
        "id": f"{date}-synthetic-event-{n}",
        "status": "reviewed",
        "date": date,
        "date_note": "The day before the report, which says \"yesterday\".",
        "title": _title(n),
        "summary": _summary(rng),
        "type": kind,
        "actors": actors_list,
    }
    if n % 5 in (1, 3):
        data["targets"] = _others(rng, actors, "actor", taken, 2)
    if n % 2:
        data["mentions"] = _others(rng, actors, "actor", taken, 2)
    second = [f"place-{(n * 3 + 1) % places}"] if n % 7 == 0 else []
    data["places"] = list(dict.fromkeys([f"place-{n % places}", *second]))  # the two may coincide
    data["tags"] = sorted({f"tag-{n % tags}", f"tag-{(n // 3) % tags}"})
    data["sources"] = sources = _sources(n, rng, principal, f"{year}-{month:02d}-{min(day + 1, 28):02d}")
    if n % 10 in (0, 7) and other != principal:  # statements and troop movements
        data["claims"] = [
            {"by": principal, "stance": "asserts", "text": f"{principal} says it happened.",
             "source": "s1"},
            {"by": other, "stance": "denies", "text": f"{other} says it did not.",
             "source": sources[-1]["key"]},
        ]
    if kind == "attack" and n % 3 == 0:
        data["casualties"] = [{"by": other, "killed": n % 7, "wounded": n % 11, "source": "s1"}]
    if n >= 10 and n % 4 == 1:
        data["related"] = [{"id": f"{_date(n - 9)[3]}-synthetic-event-{n - 9}", "relation": "follows"}]
    return data


def write_synthetic(root: Path, events: int, actors: int = 60, places: int = 30) -> list[Path]:
    """Write a valid synthetic project (mkdocs.yml, registries, `events` events); return the event files."""
    chron = root / "chronology"
    for kind in ("actors", "places", "tags", "events"):
        (chron / kind).mkdir(parents=True, exist_ok=True)
    (root / "content").mkdir(exist_ok=True)
    (root / "mkdocs.yml").write_text(MKDOCS_YML, encoding="utf-8")
    _registries(chron, actors, places, TAGS)
    paths = []
    for n in range(events):
        data = event_data(n, actors, places, TAGS)
        folder = chron / "events" / str(data["date"])[:4]
        folder.mkdir(exist_ok=True)
        path = folder / f"{data['id']}.yaml"
        path.write_text(dump(data), encoding="utf-8")
        paths.append(path)
    return paths
