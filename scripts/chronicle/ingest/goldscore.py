"""The benchmark's counts for a set of articles: precision, recall, date and actor accuracy, and
where each miss was lost.

Drafts are matched to gold events by goldmatch.py. From the matches:

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
The looser count (a state, its government and its armed forces as one actor) is shown beside the
strict figures, never instead of them. Type agreement (among matched events, the share whose
draft has the gold type) is reported but not part of matching: the type of an event is a softer
judgement than its day and actor.

Date misses are split into coarser precision (a month-precision draft where the gold has
the day) and wrong dates, because the first is a cautious draft and the second a wrong one.

Each miss is put down to the stage where it was lost and each spurious draft to why it is one:
a missed gold event is "wrong date" (a draft of its actor and type on another day), "wrong
actor" (a draft of its day and type by someone else), "grouped away" (a candidate of its day
and actor was merged into another draft), "no candidate (actor drafted on other days)" or "no
candidate"; a spurious draft is "wrong date", "wrong actor", "extra" (a second draft of a day and
actor the gold has one event for) or "no gold event". The counts of each kind are enough to
weigh a held-out set's misses without reading them; `--verbose` lists each with its particulars.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from .actors import NameIndex
from .events import Candidate, Draft
from .goldmatch import gold_ids, pair_up, same_actor


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


def _label(kind: str, detail: str) -> str:
    """A stage as --verbose shows it: its kind, then its particulars ('wrong date: drafted on …')."""
    return f"{kind}: {detail}" if detail else kind


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
    pairs = pair_up(drafts, gold, index)
    score.loose_matched += len(pair_up(drafts, gold, index, loose=True, strict=pairs))
    used = set(pairs.values())
    for number, event in enumerate(gold):
        ids = gold_ids(event["actors"][0], index)
        by_actor = [d for d in drafts if same_actor(d.principal, ids, event["actors"][0])]
        same_date = [d for d in drafts if d.date.iso() == event["date"]]
        right = any(d.date.iso() == event["date"] for d in by_actor)
        same_kind = [d for d in by_actor if d.type == event["type"]]
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
                same_actor(d.principal, ids, event["actors"][0]) for d in same_date
            )
        match = pairs.get(number)
        if match is None:
            kind, detail = _miss_stage(event, ids, drafts, used, candidates or [])
            score.miss_stages[kind] += 1
            score.misses.append(f"{label}: [{_label(kind, detail)}] {event['date']} {event['actors'][0]} "
                                f"({event['type']}): {event['title']}")
        else:
            score.matched += 1
            score.same_type += drafts[match].type == event["type"]
            _score_parties(drafts[match], event, index, score)
            if drafts[match].type != event["type"]:
                score.retyped.append(f"{label}: {event['date']} {event['actors'][0]}: drafted as "
                                     f"{drafts[match].type}, gold {event['type']}")
    for number, draft in enumerate(drafts):
        if number not in used:
            kind, detail = _spurious_stage(draft, gold, pairs, index)
            score.spurious_stages[kind] += 1
            score.spurious.append(
                f"{label}: [{_label(kind, detail)}] {draft.date.iso()} {draft.principal} ({draft.type}): "
                f"{draft.sentences[0].text[:110]}"
            )


def _miss_stage(
    event: dict[str, Any], ids: set[str], drafts: list[Draft], used: set[int], candidates: list[Candidate]
) -> tuple[str, str]:
    """Where a missed gold event was lost, as one of MISS_STAGES and its particulars (see the module's
    docstring)."""
    name = event["actors"][0]
    same_kind = [d for d in drafts if same_actor(d.principal, ids, name) and d.type == event["type"]]
    if same_kind:
        return "wrong date", "drafted on " + ", ".join(sorted({d.date.iso() for d in same_kind}))
    others = [
        d for n, d in enumerate(drafts)
        if n not in used and d.date.iso() == event["date"] and d.type == event["type"]
    ]
    if others:
        return "wrong actor", "drafted as " + ", ".join(str(d.principal) for d in others)
    if any(c.date.iso() == event["date"] and same_actor(c.principal, ids, name) for c in candidates):
        return "grouped away", ""
    dated = sorted({d.date.iso() for d in drafts if same_actor(d.principal, ids, name)})
    if dated:  # a miss whose actor was drafted on other days points at dating rather than at reading
        return "no candidate (actor drafted on other days)", "actor's drafts dated " + ", ".join(dated)
    return "no candidate", ""


def _spurious_stage(draft: Draft, gold: list[dict[str, Any]], pairs: dict[int, int],
                    index: NameIndex) -> tuple[str, str]:
    """Why a draft matched no gold event, as one of SPURIOUS_STAGES and its particulars (see the
    module's docstring)."""
    day = draft.date.iso()
    same = [(n, e) for n, e in enumerate(gold)
            if same_actor(draft.principal, gold_ids(e["actors"][0], index), e["actors"][0])]
    extra = [e for _, e in same if e["date"] == day]
    if extra:
        return "extra", f"{day} {extra[0]['actors'][0]} ({extra[0]['type']}) has its draft"
    moved = [e for n, e in same if n not in pairs and e["type"] == draft.type]
    if moved:
        return "wrong date", "gold " + ", ".join(e["date"] for e in moved)
    others = [e for n, e in enumerate(gold)
              if n not in pairs and e["date"] == day and e["type"] == draft.type]
    if others:
        return "wrong actor", "gold " + ", ".join(e["actors"][0] for e in others)
    return "no gold event", ""


def _score_parties(draft: Draft, event: dict[str, Any], index: NameIndex, score: Score) -> None:
    """Count the draft's other actors (a call's or an agreement's other parties…) the gold names."""
    for actor in draft.actors[1:]:
        score.parties += 1
        score.parties_right += any(same_actor(actor, gold_ids(name, index), name) for name in event["actors"])
