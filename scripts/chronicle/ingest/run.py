"""`chronicle ingest` as one function: articles in, a report of drafts and proposals out.

The flow is read → clean → split → extract → ids and de-duplication → write. Nothing is
written until every article of the run has been read and extracted without error, so a
bad file in a batch of three hundred leaves the chronology as it was.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from ..check import Policy, load_project
from ..ids import event_id, registry_id, slug
from ..load import yaml_files
from ..project import Project
from . import clean, drafts, extractor, samebody, sentences, world
from .actors import Proposed
from .dedupe import Change, Existing, cites, existing_events, find_same, propose_source
from .events import Draft, Dropped, Registry
from .grouping import group
from .proposals import ActorFile, actor_file
from .read import Article

__all__ = ["Registry", "draft_article", "ingest", "load_registry"]


@dataclass
class Proposal:
    """A name not in the registry, with the id it would get and the drafts that use it."""

    name: str
    id: str
    drafts: list[str] = field(default_factory=list)
    file: ActorFile | None = None  # the registry file written for the contributor to confirm
    role: str = ""  # the title a person was named with ("EU foreign policy chief")
    aliases: list[str] = field(default_factory=list)  # other names the run gave it ("Bolivian forces")


@dataclass
class Report:
    """What a run wrote or would write, and what needs a human look."""

    entries: list[drafts.Entry] = field(default_factory=list)
    changes: list[Change] = field(default_factory=list)
    covered: list[str] = field(default_factory=list)  # entries that already cite the report: nothing to do
    proposals: dict[Proposed, Proposal] = field(default_factory=dict)
    review: dict[str, list[str]] = field(default_factory=dict)  # entry id → reasons
    articles: int = 0
    seconds: float = 0.0
    why: dict[str, list[str]] = field(default_factory=dict)  # with --verbose: article → its other sentences

    def as_json(self) -> list[dict[str, Any]]:
        """The drafts as `--format json` prints them, with what needs a look."""
        out = []
        for entry in self.entries:
            item = dict(entry.data)
            item["path"] = entry.path
            item["needs_review"] = self.review.get(entry.id, [])
            item["proposed_actors"] = [
                {"id": p.id, "name": p.name, **({"role": p.role} if p.role else {}),
                 **({"aliases": p.aliases} if p.aliases else {})}
                for p in self.proposals.values() if entry.id in p.drafts
            ]
            out.append(item)
        return out


def load_registry(project: Project) -> tuple[Registry, list[Existing]]:
    """Read the project's actors, places and events, unvalidated (check.Policy.UNCHECKED says why)."""
    loaded = load_project(project, Policy.UNCHECKED)
    registry = Registry.of(list(loaded.chronology.actors.values()), list(loaded.chronology.places.values()))
    return registry, existing_events(loaded.raw.events, project.root)


def draft_article(
    article: Article,
    registry: Registry,
    extract: extractor.Extractor = extractor.extract,
    dropped: list[Dropped] | None = None,
) -> list[Draft]:
    """The draft events of one article: an extractor's candidates, grouped by day, actor and act
    (denials as claims). The other guards (ids, quotes, dedup, proposed actor files) run in
    `ingest` on these drafts, whichever extractor produced the candidates. `dropped` collects why
    the parser extractor read no act in a clause or a line (other extractors give no reasons)."""
    if dropped is not None and extract is extractor.extract:
        candidates = extractor.extract(article, registry, dropped)
    else:
        candidates = extract(article, registry)
    return group(candidates, registry.countries, registry.actors.kinds)


#: Articles read ahead and parsed together: one article's dozen sentences make a short batch for the
#: parser, a few articles' a full one (see extractor.extract_many).
READ_AHEAD = 16


def draft_articles(
    articles: Iterable[Article], registry: Registry, verbose: bool = False
) -> Iterator[tuple[Article, list[Draft], list[Dropped] | None]]:
    """Each article with its drafts (and, with `verbose`, why its other clauses gave none), the
    parser extractor reading READ_AHEAD articles at a time."""
    batch: list[Article] = []
    for article in _ended(articles):
        if article is not None:
            batch.append(article)
        if batch and (article is None or len(batch) == READ_AHEAD):
            dropped: list[list[Dropped] | None] = [[] if verbose else None for _ in batch]
            found = extractor.extract_many(batch, registry, dropped)
            for item, candidates, why in zip(batch, found, dropped, strict=True):
                yield item, group(candidates, registry.countries, registry.actors.kinds), why
            batch = []


def _ended(articles: Iterable[Article]) -> Iterator[Article | None]:
    """The articles, then None: where the last short batch is parsed."""
    yield from articles
    yield None


def ingest(
    project: Project,
    articles: Iterable[Article],
    registry: Registry,
    existing: list[Existing],
    progress: Callable[[Iterable[Article]], Iterable[Article]] | None = None,
    verbose: bool = False,
) -> Report:
    """Turn articles into entries and proposed changes (not yet written); with `verbose`, say for
    every sentence that made no draft of its own why (`Report.why`)."""
    started = time.perf_counter()
    report = Report()
    taken = {str(e.data["id"]) for e in existing} | {p.stem for p in yaml_files(project.events_dir)}
    read = progress(articles) if progress else articles
    drafted = list(draft_articles(read, registry, verbose))
    aliases = samebody.across([made for _, made, _ in drafted], registry.actors)  # one body, two reports
    for article, made, dropped in drafted:
        report.articles += 1
        key = slug(article.meta.outlet, 3) or "report"
        with world.reading(article.text):  # a proposed "Congolese" body's country: the Congo the report names
            placed = [(draft, _add(report, draft, article, key, registry, existing, taken)) for draft in made]
        if dropped is not None:
            report.why[article.path or article.meta.url] = explain(article, placed, dropped)
    for actor, proposal in report.proposals.items():
        if aliases.get(actor) and proposal.file is not None:
            proposal.aliases = sorted(set(aliases[actor]))
            proposal.file = actor_file(proposal.id, proposal.name, proposal.file.origin, proposal.role,
                                       proposal.aliases)
    report.seconds = time.perf_counter() - started
    return report


def _add(
    report: Report,
    draft: Draft,
    article: Article,
    key: str,
    registry: Registry,
    existing: list[Existing],
    taken: set[str],
) -> str:
    """Write a draft into the report as a new entry, a source of one already drafted or in the
    chronology, or a proposed change; return the id of the event it went to."""
    data = drafts.entry_data(draft, "", article, key, registry.actors)
    base = data["id"] = event_id(draft.date.iso(), data["title"])
    same = find_same(data, existing, registry.parents)
    earlier = next((e for e in report.entries if same is not None and e.path == same.path), None)
    if earlier is not None:  # the same event from an earlier article of this run: one more source
        if all(s["url"] != article.meta.url for s in earlier.data["sources"]):
            source = dict(data["sources"][0], key=f"{key}-{len(earlier.data['sources']) + 1}")
            earlier.data["sources"].append(source)
        return earlier.id
    if same is not None and cites(same, article.meta.url):
        if str(same.data["id"]) not in report.covered:
            report.covered.append(str(same.data["id"]))
        return str(same.data["id"])
    if same is not None:
        change = propose_source(same, data["sources"][0], drafts.MODELINE)
        if change is not None and all(c.event_id != change.event_id for c in report.changes):
            report.changes.append(change)
        return str(same.data["id"])
    entry_id = drafts.unique_id(base, taken)
    data["id"] = entry_id
    entry = drafts.Entry(entry_id, f"chronology/events/{entry_id[:4]}/{entry_id}.yaml", data)
    existing.append(Existing(entry.path, data, entry.text(), drafted=True))  # a later article: a source
    report.entries.append(entry)
    reasons = list(dict.fromkeys(draft.low))
    claimants = [claim["by"] for claim in draft.claims]  # a side proposed for its claim alone, too
    for actor in dict.fromkeys((*draft.actors, *draft.targets, *draft.mentions, *claimants)):
        if isinstance(actor, Proposed):
            role = actor.role if actor.person else ""
            new = Proposal(actor.name, registry_id(actor.name), role=role)
            proposal = report.proposals.setdefault(actor, new)
            proposal.drafts.append(entry_id)
            if proposal.file is None:
                proposal.file = actor_file(proposal.id, proposal.name, article.meta.url, proposal.role)
    if reasons:
        report.review[entry_id] = reasons
    return entry_id


def explain(article: Article, placed: list[tuple[Draft, str]], dropped: list[Dropped]) -> list[str]:
    """For each sentence of an article that made no draft of its own: the draft it supports, or why
    its clauses told no act ('not an act that happened (modal)', 'no actor named as its doer'…)."""
    first = {draft.sentences[0].index for draft, _ in placed}
    support = {s.index: event for draft, event in placed for s in draft.sentences[1:]}
    reasons: dict[int, list[str]] = {}
    for item in dropped:
        reasons.setdefault(item.sentence, []).append(item.detail())
    lines = []
    for sentence in sentences.split(clean.clean(article.text)):
        if sentence.index in first:
            continue
        why = (f"part of {support[sentence.index]}" if sentence.index in support
               else "; ".join(reasons.get(sentence.index, [])) or "tells no act of a kind ingest knows")
        text = sentence.text if len(sentence.text) <= 70 else sentence.text[:69].rstrip() + "…"
        lines.append(f"sentence {sentence.index + 1} “{text}”: {why}")
    return lines
