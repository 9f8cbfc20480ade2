"""`chronicle ingest-benchmark`: ingest measured against hand-read gold events.

Each set is a folder of articles with one gold file. Every article is read as `chronicle ingest`
reads it (the parser extractor, then grouping), with the project's registry, extra benchmark-only
actor folders, or none at all (`--empty-registry`, as for a crisis the registry does not know);
goldmatch.py pairs its drafts with the gold events (the matching rule the command's help gives)
and goldscore.py counts them: precision, recall, date and actor accuracy, and the stage where each
miss was lost. The figures are printed per set and per crisis; `--verbose` lists every miss,
spurious draft and the reasons the extractor gave for the clauses it dropped; `--repeat` times a
batch.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..errors import ChronicleError
from ..load import build_actor, yaml_files
from ..project import Project
from ..yamlio import load_document
from . import extractor, world
from .actors import NameIndex
from .goldscore import Score, score_article
from .grouping import group
from .read import Article, Metadata, read_article
from .run import Registry, draft_articles, load_registry


def load_gold(folder: Path) -> list[dict[str, Any]]:
    """Read a set's gold file (the one YAML file in the folder) strictly."""
    files = sorted(folder.glob("*.yaml"))
    if len(files) != 1:
        raise ChronicleError(f"{folder}: expected exactly one gold .yaml file, found {len(files)}")
    doc = load_document(files[0])
    if doc.problems:
        raise ChronicleError(doc.problems[0].as_text())
    return list(doc.data["articles"])


def gold_article(folder: Path, item: dict[str, Any]) -> Article:
    """Read a gold set's article with the metadata the gold file gives."""
    meta = Metadata(
        url=item.get("url") or "https://example.org/no-url",
        title=item.get("title") or "",
        outlet=item.get("outlet") or "",
        published=str(item["published"]),
    )
    return read_article(folder / item["file"], meta)


def crisis_of(item: dict[str, Any], index: NameIndex) -> str:
    """Which crisis an article's gold events are about: its `crisis` field, else the two states
    their actors belong to most often (registry countries, else the state a name's first word
    names: 'Tajik border officials' → TJ), as 'AM-AZ'."""
    if item.get("crisis"):
        return str(item["crisis"])
    counts: dict[str, int] = {}
    for event in item.get("events") or []:
        for name in event["actors"]:
            codes = {index.countries[i] for i in index.ids_for(name) if i in index.countries}
            first = re.sub(r"['’]s$", "", name.split()[0]) if name.split() else ""
            named = (world.NAMES.get(name), world.NAMES.get(first), world.DEMONYMS.get(first))
            codes = codes or {c for c in named if c}
            for code in codes:
                counts[code] = counts.get(code, 0) + 1
    top = sorted(counts, key=lambda c: (-counts[c], c))[:2]
    return "-".join(sorted(top)) or "other"


def registry_with(project: Project, extra: list[Path], empty: bool = False) -> tuple[Registry, list[Any]]:
    """The project's registry plus benchmark-only actor folders; with `empty`, the project's places
    and no actor at all: every actor must be proposed, as in a report on a crisis the registry has
    never heard of (what a held-out set of other crises measures)."""
    registry, _ = load_registry(project)
    if empty:
        return Registry(Registry.of([], []).actors, registry.places, {}), []
    if not extra:
        return registry, []
    actors = []
    for folder in [project.actors_dir, *extra]:
        for path in yaml_files(folder):
            doc = load_document(path)
            if isinstance(doc.data, dict) and not doc.problems:
                actors.append(build_actor(doc.data, path.as_posix()))
    places_registry = registry.places
    merged = Registry.of(actors, [])
    return Registry(merged.actors, places_registry, merged.countries), actors


def run_benchmark(
    project: Project,
    sets: list[Path],
    extra: list[Path],
    repeat: int,
    verbose: bool,
    echo: Callable[[str], None],
    empty: bool = False,
) -> dict[str, Score]:
    """Run ingest on every set and print the figures; optionally time a large batch."""
    registry, _ = registry_with(project, extra, empty)
    scores: dict[str, Score] = {}
    articles: list[tuple[Path, dict[str, Any]]] = []
    for folder in sets:
        score = Score()
        crises: dict[str, Score] = {}
        for item in load_gold(folder):
            article = gold_article(folder, item)
            articles.append((folder, item))
            dropped: list[str] = []
            candidates = extractor.extract(article, registry, dropped)
            drafts = group(candidates, registry.countries, registry.actors.kinds)
            score.dropped.extend(f"{item['file']}: {reason}" for reason in dropped)
            events = list(item.get("events") or [])
            score_article(drafts, events, registry.actors, score, item["file"], candidates)
            crisis = crises.setdefault(crisis_of(item, registry.actors), Score())
            score_article(drafts, events, registry.actors, crisis, item["file"])
        scores[folder.name] = score
        for line in score.lines(folder.name):
            echo(line)
        for name, part in sorted(crises.items()) if len(crises) > 1 else ():
            echo(f"  crisis {name}: {part.gold} gold, {part.predicted} drafts, precision "
                 f"{part.ratio(part.matched, part.predicted)} recall {part.ratio(part.matched, part.gold)} "
                 f"date accuracy {part.ratio(part.actor_found_date_right, part.actor_found)}")
        if verbose:
            listings = (("wrong dates", score.misdated), ("other type", score.retyped),
                        ("missed", score.misses), ("spurious", score.spurious), ("dropped", score.dropped))
            for heading, lines in listings:
                echo(f"  {heading}:")
                for line in lines:
                    echo(f"    {line}")
    if repeat and articles:
        echo(throughput((articles * repeat)[:repeat], registry))
    return scores


def throughput(batch: list[tuple[Path, dict[str, Any]]], registry: Registry) -> str:
    """Time reading and drafting a batch, in CPU time too: the aim, 5 articles of about 600 words a
    second per core, is per core, and on a shared machine wall time counts other processes' turns."""
    started, cpu = time.perf_counter(), time.process_time()
    read = [gold_article(folder, item) for folder, item in batch]
    count = sum(len(made) for _, made, _ in draft_articles(read, registry))
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    words = sum(len(article.text.split()) for article in read)
    return (f"throughput: {len(batch)} articles of {words / len(batch):.0f} words on average "
            f"({count} drafts) in {seconds:.2f} s, {cpu:.2f} s CPU = {len(batch) / seconds:.1f} articles/s, "
            f"{words / 600 / cpu:.1f} articles of 600 words per CPU second "
            "(reading and extraction, one core)")
