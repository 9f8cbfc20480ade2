"""`chronicle ingest-benchmark`: ingest measured against hand-read gold events.

Matching rule (documented in the command's help): within one article, a predicted draft
matches a gold event when the dates are equal (same string: same day, or same month for
month-precision gold) and the principal actors are the same — the predicted registry id
equals an id the gold name resolves to through the registry (name, alias, metonym,
descriptor), or, for a proposed actor, the proposed name equals the gold name once
normalized (case, accents, punctuation, a leading article or title, British or American
spelling: "Defence" and "Defense" are one word), or is a person's surname alone against the
full name (or the reverse). Each gold
event is matched at most once. From the matches:

- precision = matched drafts / drafts; recall = matched gold events / gold events;
- date accuracy = among the gold events a draft found — a draft with the same principal
  actor and either the same date or the same type (the same actor doing the same kind of
  thing on another day is that event with a wrong date) — the share where the date is also
  right (a wrong date is the worst error a draft can have). A gold event whose actor has
  drafts only of other types on other days was missed, not misdated: it counts against
  recall, not here;
- actor accuracy = among gold events whose date was found in a draft, the share where a
  draft of that date also has the right principal actor.

Other actors right (among the actors a matched draft lists after its principal, the share the
gold event names too) shows whether a call or an agreement lists its parties and nobody else.
A second, looser count takes a state, its government and its armed forces as one actor
("Baku demanded" for a gold "Azerbaijan demands", "Azerbaijan launched an assault" for a gold
"Azerbaijani forces"): which of them a report's words name is a judgement the gold makes one way
and a reader another, so it is shown beside the strict figures, never instead of them.
Type agreement (among matched events, the share whose draft has the gold type) is reported
but not part of matching: the type of an event is a softer judgement than its day and actor.

Date misses are split into coarser precision (a month-precision draft where the gold has
the day) and wrong dates, because the first is a cautious draft and the second a wrong one.

`--verbose` names the stage where each miss was lost and why each spurious draft is one:
a missed gold event is "wrong date" (a draft of its actor and type on another day), "wrong
actor" (a draft of its day and type by someone else), "grouped away" (a candidate of its day
and actor was merged into another draft) or "no candidate"; a spurious draft is "wrong date",
"wrong actor", "extra" (a second draft of a day and actor the gold has one event for) or "no
gold event". The reasons the extractor gave for the clauses it dropped follow, per article.
Without `--verbose` only the count of each stage is shown: enough to weigh a held-out set's
misses by kind without reading them.
"""

from __future__ import annotations

import re
import time
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import ChronicleError
from ..load import build_actor, yaml_files
from ..project import Project
from ..yamlio import load_document
from . import extractor, world
from .actors import ActorRef, NameIndex, Proposed
from .events import Candidate, Draft
from .grouping import group
from .read import Article, Metadata, read_article
from .run import Registry, draft_articles, load_registry


@dataclass
class Score:
    """Counts for one set of articles."""

    predicted: int = 0
    gold: int = 0
    matched: int = 0
    actor_found: int = 0
    actor_found_date_right: int = 0
    date_found: int = 0
    date_found_actor_right: int = 0
    date_coarser: int = 0  # found, date wrong, but a draft has the right month (gold has the day)
    date_wrong_day: int = 0  # found, no draft of the actor and type has the right date or its month
    misses: list[str] = field(default_factory=list)
    misdated: list[str] = field(default_factory=list)
    same_type: int = 0  # matched drafts whose type is the gold event's
    loose_matched: int = 0  # matched when a state, its government and its armed forces count as one
    parties: int = 0  # other actors (after the principal) of matched drafts
    parties_right: int = 0  # … that the gold event names too
    retyped: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)  # the extractor's reasons, per article
    miss_stages: Counter[str] = field(default_factory=Counter)  # where each miss was lost
    spurious_stages: Counter[str] = field(default_factory=Counter)  # why each spurious draft is one

    def ratio(self, part: int, whole: int) -> str:
        return f"{part / whole:.2f}" if whole else "n/a"

    def lines(self, name: str) -> list[str]:
        return [
            f"{name}: {self.gold} gold events, {self.predicted} drafts, {self.matched} matched",
            f"  precision {self.ratio(self.matched, self.predicted)}"
            f"  recall {self.ratio(self.matched, self.gold)}"
            f"  date accuracy {self.ratio(self.actor_found_date_right, self.actor_found)}"
            f" ({self.actor_found_date_right}/{self.actor_found})"
            f"  actor accuracy {self.ratio(self.date_found_actor_right, self.date_found)}"
            f" ({self.date_found_actor_right}/{self.date_found})"
            f"  type agreement {self.ratio(self.same_type, self.matched)} ({self.same_type}/{self.matched})"
            f"  other actors right {self.ratio(self.parties_right, self.parties)}"
            f" ({self.parties_right}/{self.parties})",
            f"  date misses: {self.date_coarser} coarser precision (month for a day),"
            f" {self.date_wrong_day} wrong date",
            f"  a state, its government and its armed forces as one actor: {self.loose_matched} matched,"
            f" precision {self.ratio(self.loose_matched, self.predicted)}"
            f"  recall {self.ratio(self.loose_matched, self.gold)}",
            "  misses by stage: " + _tally(self.miss_stages, MISS_STAGES)
            + "; spurious drafts: " + _tally(self.spurious_stages, SPURIOUS_STAGES),
        ]


MISS_STAGES = ("no candidate", "no candidate (actor drafted on other days)", "grouped away", "wrong actor",
               "wrong date")
SPURIOUS_STAGES = ("no gold event", "extra", "wrong actor", "wrong date")


def _tally(counts: Counter[str], stages: tuple[str, ...]) -> str:
    """The stages' counts in a fixed order, so that a held-out set's misses can be weighed by kind
    (which stage loses most events) without anyone reading the misses themselves."""
    return ", ".join(f"{counts[stage]} {stage}" for stage in stages)


def _stage_kind(stage: str) -> str:
    """A stage's kind without its particulars ("wrong date: drafted on …" → "wrong date"); a miss
    whose actor was drafted on other days is told apart, as it points at dating rather than at
    reading the act."""
    if stage.startswith("no candidate; "):
        return MISS_STAGES[1]
    return stage.split(":")[0]


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


def score_article(
    drafts: list[Draft],
    gold: list[dict[str, Any]],
    index: NameIndex,
    score: Score,
    label: str,
    candidates: list[Candidate] | None = None,
) -> None:
    """Add one article's drafts and gold events to the counts (the candidates, when given, say
    which misses were grouped away)."""
    score.predicted += len(drafts)
    score.gold += len(gold)
    pairs = _pairs(drafts, gold, index)
    score.loose_matched += len(_pairs(drafts, gold, index, loose=True, strict=pairs))
    used = set(pairs.values())
    for number, event in enumerate(gold):
        ids = _ids(event["actors"][0], index)
        same_actor = [d for d in drafts if _same(d.principal, ids, event["actors"][0])]
        same_date = [d for d in drafts if d.date.iso() == event["date"]]
        right = any(d.date.iso() == event["date"] for d in same_actor)
        same_kind = [d for d in same_actor if d.type == event["type"]]
        if right or same_kind:
            score.actor_found += 1
            score.actor_found_date_right += right
            if not right and any(event["date"].startswith(d.date.iso()) for d in same_kind):
                score.date_coarser += 1
            elif not right:
                score.date_wrong_day += 1
                score.misdated.append(
                    f"{label}: {event['date']} {event['actors'][0]} ({event['type']}) drafted on "
                    + ", ".join(sorted({d.date.iso() for d in same_kind}))
                )
        if same_date:
            score.date_found += 1
            score.date_found_actor_right += any(
                _same(d.principal, ids, event["actors"][0]) for d in same_date
            )
        match = pairs.get(number)
        if match is None:
            stage = _miss_stage(event, ids, drafts, used, candidates or [])
            score.miss_stages[_stage_kind(stage)] += 1
            score.misses.append(
                f"{label}: [{stage}] {event['date']} {event['actors'][0]} ({event['type']}): {event['title']}"
            )
        else:
            score.matched += 1
            score.same_type += drafts[match].type == event["type"]
            _score_parties(drafts[match], event, index, score)
            if drafts[match].type != event["type"]:
                score.retyped.append(f"{label}: {event['date']} {event['actors'][0]}: drafted as "
                                     f"{drafts[match].type}, gold {event['type']}")
    for number, draft in enumerate(drafts):
        if number not in used:
            stage = _spurious_stage(draft, gold, pairs, index)
            score.spurious_stages[_stage_kind(stage)] += 1
            score.spurious.append(
                f"{label}: [{stage}] {draft.date.iso()} {draft.principal} ({draft.type}): "
                f"{draft.sentences[0].text[:110]}"
            )


def _miss_stage(
    event: dict[str, Any], ids: set[str], drafts: list[Draft], used: set[int], candidates: list[Candidate]
) -> str:
    """Where a missed gold event was lost (see the module's docstring)."""
    name = event["actors"][0]
    same_kind = [d for d in drafts if _same(d.principal, ids, name) and d.type == event["type"]]
    if same_kind:
        return "wrong date: drafted on " + ", ".join(sorted({d.date.iso() for d in same_kind}))
    others = [
        d for n, d in enumerate(drafts)
        if n not in used and d.date.iso() == event["date"] and d.type == event["type"]
    ]
    if others:
        return "wrong actor: drafted as " + ", ".join(str(d.principal) for d in others)
    if any(c.date.iso() == event["date"] and _same(c.principal, ids, name) for c in candidates):
        return "grouped away"
    dated = sorted({d.date.iso() for d in drafts if _same(d.principal, ids, name)})
    return "no candidate" + (f"; actor's drafts dated {', '.join(dated)}" if dated else "")


def _spurious_stage(draft: Draft, gold: list[dict[str, Any]], pairs: dict[int, int], index: NameIndex) -> str:
    """Why a draft matched no gold event (see the module's docstring)."""
    day = draft.date.iso()
    same = [(n, e) for n, e in enumerate(gold) if _same(draft.principal, _ids(e["actors"][0], index),
                                                         e["actors"][0])]
    extra = [e for _, e in same if e["date"] == day]
    if extra:
        return f"extra: {day} {extra[0]['actors'][0]} ({extra[0]['type']}) has its draft"
    moved = [e for n, e in same if n not in pairs and e["type"] == draft.type]
    if moved:
        return "wrong date: gold " + ", ".join(e["date"] for e in moved)
    others = [e for n, e in enumerate(gold)
              if n not in pairs and e["date"] == day and e["type"] == draft.type]
    if others:
        return "wrong actor: gold " + ", ".join(e["actors"][0] for e in others)
    return "no gold event"


def _score_parties(draft: Draft, event: dict[str, Any], index: NameIndex, score: Score) -> None:
    """Count the draft's other actors (a call's or an agreement's other parties…) the gold names."""
    for actor in draft.actors[1:]:
        score.parties += 1
        score.parties_right += any(_same(actor, _ids(name, index), name) for name in event["actors"])


#: Kinds of actor that speak or act for a state as a whole: the same side at another granularity.
_STATE_LEVEL = {"state", "government", "armed-force"}


def _same_state(principal: ActorRef, ids: set[str], index: NameIndex) -> bool:
    """'Baku' (the government) for gold 'Azerbaijan', 'Azerbaijan' for gold 'Azerbaijani armed forces'."""
    country = index.countries.get(principal)
    return bool(country) and index.kinds.get(principal) in _STATE_LEVEL and any(
        index.countries.get(i) == country and index.kinds.get(i) in _STATE_LEVEL for i in ids
    )


def _pairs(
    drafts: list[Draft],
    gold: list[dict[str, Any]],
    index: NameIndex,
    loose: bool = False,
    strict: dict[int, int] | None = None,
) -> dict[int, int]:
    """Gold event → the draft it is matched to (same date and principal). Drafts of the same
    type are paired first, so that an actor's denial and statement of one day pair with the
    gold denial and statement, whatever order the gold lists them in."""
    pairs: dict[int, int] = dict(strict or {})  # the strict pairs, when known: the looser rule adds to them
    passes = [] if strict is not None else [(True, False), (False, False)]
    passes += [(True, True), (False, True)] if loose else []
    for typed, state_level in passes:  # strict pairs first: the looser rule only adds to them
        for number, event in enumerate(gold):
            if number in pairs:
                continue
            ids = _ids(event["actors"][0], index)
            pairs_taken = set(pairs.values())
            match = next(
                (
                    n
                    for n, d in enumerate(drafts)
                    if n not in pairs_taken
                    and d.date.iso() == event["date"]
                    and (_same(d.principal, ids, event["actors"][0])
                         or (state_level and _same_state(d.principal, ids, index)))
                    and (d.type == event["type"] or not typed)
                ),
                None,
            )
            if match is not None:
                pairs[number] = match
    return pairs


def _ids(name: str, index: NameIndex) -> set[str]:
    return index.ids_for(name)


def _same(principal: ActorRef, ids: set[str], name: str) -> bool:
    if isinstance(principal, Proposed):
        return same_name(principal.name, name)
    return principal in ids


_HONORIFIC = re.compile(r"^(?:the|mr|mrs|ms|dr|president|prime minister|minister|gen(?:eral)?)\.?\s+", re.I)
#: British spellings → American ones, word by word: "Defence Ministry" is "Defense Ministry".
_SPELLING = {
    "defence": "defense", "offence": "offense", "centre": "center", "armoured": "armored",
    "organisation": "organization", "programme": "program", "labour": "labor", "honour": "honor",
    "harbour": "harbor", "neighbouring": "neighboring",
}


def normalized(name: str) -> str:
    """A name without case, accents, punctuation, a leading article or title, in one spelling
    (British and American spellings of a word fold to one: defence/defense, centre/center)."""
    plain = unicodedata.normalize("NFKD", name.replace("’", "'"))
    plain = "".join(c for c in plain if not unicodedata.combining(c)).casefold()
    plain = re.sub(r"'s\b", "", plain)
    plain = " ".join(re.sub(r"[^\w\s]", " ", plain).split())
    while _HONORIFIC.match(plain):
        plain = _HONORIFIC.sub("", plain, count=1)
    return " ".join(_SPELLING.get(word, word) for word in plain.split())


def same_name(proposed: str, gold: str) -> bool:
    """A proposed (not yet registered) actor matches a gold name written the same way once
    normalized, or, for a person, by surname ('Bunjaku' for 'Afrim Bunjaku', or the other
    way round): the reviewer confirms the new entry, the benchmark only checks it is the one."""
    a, b = normalized(proposed), normalized(gold)
    if not a or not b:
        return False
    if a == b:
        return True
    short, long_ = sorted((a.split(), b.split()), key=len)
    return len(short) == 1 and len(long_) in (2, 3) and short[0] == long_[-1] and short[0][:1].isalpha()


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
