"""Drafts against the existing chronology: an event already there gets a source, not a twin.

A draft is the same event as an existing entry when both fall on the same day, have the
same principal actor (or one is the other's parent in the registry: the government and its
state) and either the same type or near-identical titles (titles only across articles: two
types from one article are two events). An entry that already cites the article covers
every act of speech of its principal that day (a demand or a condemnation: a contributor
who typed the statement one way has read the same sentences), so re-ingesting a cited
article drafts nothing new about it. Drafts of the same run never absorb each other's
events from one article: the extractor told those apart. Instead of a new
entry, the run proposes a change to the existing file: the article added as a further
source, written as a unified diff the contributor reviews and applies (`git apply`).
The contributor's file itself is never edited.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from ruamel.yaml import YAML, CommentedMap, CommentedSeq, YAMLError

from ..yamlio import Document, dump

#: Titles at least this similar (on the same day and principal actor) name the same event.
TITLE_RATIO = 0.6
#: Acts done by saying something: one reading of a report may type as a demand what another
#: types as a condemnation.
SPEECH = {"statement", "demand", "appeal", "condemnation", "accusation", "support", "announcement",
          "threat", "denial"}
#: Acts with two sides: the same actor's call with someone else that day is another call.
JOINT = {"phone-call", "meeting", "negotiation", "agreement"}


@dataclass(frozen=True)
class Existing:
    """An event entry already in the chronology."""

    path: str  # relative to the project root
    data: dict[str, Any]
    text: str
    drafted: bool = False  # written by this run, not yet part of the chronology


@dataclass(frozen=True)
class Change:
    """A proposed change to an existing entry: add the article as a further source."""

    event_id: str
    path: str  # the entry it changes
    patch_path: str  # where the diff is written, relative to the project root
    diff: str


def existing_events(docs: list[Document], root: Path) -> list[Existing]:
    """Keep the event documents that have the fields matching needs."""
    out = []
    for doc in docs:
        data = doc.data
        if (
            isinstance(data, dict)
            and isinstance(data.get("date"), str)
            and data.get("actors")
            and data.get("id")
        ):
            out.append(Existing(doc.display, data, (root / doc.display).read_text(encoding="utf-8")))
    return out


def find_same(
    data: dict[str, Any], events: list[Existing], parents: dict[str, str] | None = None
) -> Existing | None:
    """Return the existing entry that reports the same event as a draft, if any; of several, the
    one whose title is closest."""
    best: tuple[float, Existing] | None = None
    for event in events:
        other = event.data
        if other["date"] != data["date"] or not other["actors"]:
            continue
        if not _same_principal(str(other["actors"][0]), data["actors"][0], parents or {}):
            continue
        cited = _same_report(other, data)
        if event.drafted and _drafted_from(other, data):
            continue  # this run's own draft from the same article: another event
        ratio = difflib.SequenceMatcher(
            None, str(other.get("title", "")).casefold(), data["title"].casefold()
        ).ratio()
        same_type = other.get("type") == data["type"] and _partners_agree(other, data)
        spoken = cited and other.get("type") in SPEECH and data["type"] in SPEECH
        # Titles decide only across articles: not for an entry drafted from this article (its
        # events were told apart), but for one that merely cites it, as the run that added the
        # article as that entry's source did, so that ingesting the article again is a no-op.
        matches = same_type or spoken or (ratio >= TITLE_RATIO and not _drafted_from(other, data))
        if matches and (best is None or ratio > best[0]):
            best = (ratio, event)
    return best[1] if best else None


def cites(event: Existing, url: str) -> bool:
    """True when the entry already lists the report among its sources."""
    return any(isinstance(s, dict) and s.get("url") == url for s in event.data.get("sources") or [])


def _same_principal(one: str, other: str, parents: dict[str, str]) -> bool:
    """The same actor, or a body and the state or body it belongs to (registry `parent`)."""
    return one == other or parents.get(one) == other or parents.get(other) == one


def _partners_agree(other: dict[str, Any], data: dict[str, Any]) -> bool:
    """A call or meeting with B is not the same as one with C (when both name a partner)."""
    if data["type"] not in JOINT:
        return True
    mine, theirs = set(data["actors"][1:]), set(other["actors"][1:])
    return not mine or not theirs or bool(mine & theirs)


def _same_report(other: dict[str, Any], data: dict[str, Any]) -> bool:
    """Both from one article: the extractor already told its events apart (a meeting and an
    accusation in one sentence share a title's words but are two events)."""
    urls = {s.get("url") for s in other.get("sources") or [] if isinstance(s, dict)}
    return any(s.get("url") in urls for s in data.get("sources") or [])


def _drafted_from(other: dict[str, Any], data: dict[str, Any]) -> bool:
    """Whether a draft of this run was made from the same article (its first source), not merely
    given that article as a further source when a later article reported the same event."""
    first = (other.get("sources") or [{}])[0]
    origin = first.get("url") if isinstance(first, dict) else None
    return any(s.get("url") == origin for s in data.get("sources") or [])


def propose_source(event: Existing, source: dict[str, Any], modeline: str) -> Change | None:
    """The diff adding a source to an entry; None when the entry already cites that URL.

    The entry is edited as text by a round-trip YAML editor, so the diff is only the added
    source: the contributor's comments, quoting, folded text and inline lists stay as written.
    """
    sources = list(event.data.get("sources") or [])
    if any(s.get("url") == source["url"] for s in sources if isinstance(s, dict)):
        return None
    keys = {s.get("key") for s in sources if isinstance(s, dict)}
    source = dict(source)
    if source.get("key") in keys:
        source["key"] = f"{source['key']}-{len(sources) + 1}"
    new_text = _with_source(event.text, source)
    if new_text is None:  # not editable in place: the whole entry in the canonical form
        first = event.text.splitlines()[0] if event.text.startswith("#") else None
        new_text = dump({**event.data, "sources": [*sources, source]}, first or modeline)
    diff = "".join(
        difflib.unified_diff(
            event.text.splitlines(keepends=True),
            new_text.splitlines(keepends=True),
            fromfile=f"a/{event.path}",
            tofile=f"b/{event.path}",
        )
    )
    event_id = str(event.data["id"])
    return Change(event_id, event.path, f"chronology/proposed/{event_id}.add-source.patch", diff)


def _with_source(text: str, source: dict[str, Any]) -> str | None:
    """The entry's text with `source` added after its last source, every other line as written.

    A round-trip parse (ruamel.yaml, which keeps each node's line and column) finds where the
    list of sources ends and how its items are indented; the source itself is written by the
    canonical writer (so the strict loader reads it back: dates and words like `no` quoted,
    long quotes folded) and indented as the entry's items are. None when the entry has no
    block list of sources, or the result would not read back as the entry plus the source.
    """
    try:
        document = YAML(typ="rt").load(text)
    except YAMLError:
        return None
    listed = document.get("sources") if isinstance(document, CommentedMap) else None
    if not isinstance(listed, CommentedSeq) or not listed or listed.fa.flow_style():
        return None
    lines = text.splitlines(keepends=True)
    keys = list(document)
    after = keys[keys.index("sources") + 1:]
    end = document.lc.key(after[0])[0] if after else len(lines)
    while end > listed.lc.line and (not lines[end - 1].strip() or lines[end - 1].startswith("#")):
        end -= 1  # blank lines and the next key's comments stay where they are
    if end == len(lines) and not lines[-1].endswith("\n"):
        lines[-1] += "\n"  # the entry's last line had no line break
    indent = " " * listed.lc.col
    item = "".join(indent + line if line.strip() else line
                   for line in dump([source]).splitlines(keepends=True))
    new_text = "".join([*lines[:end], item, *lines[end:]])
    expected = yaml.load(text, Loader=yaml.CSafeLoader)
    expected["sources"] = [*expected["sources"], source]
    return new_text if yaml.load(new_text, Loader=yaml.CSafeLoader) == expected else None
