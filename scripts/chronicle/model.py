"""The typed records of a chronology: events, sources, claims, actors and places.

Records are frozen and hold no I/O, so grouping, rendering and exporting are pure
functions of a `Chronology`. They are built only from data the validator accepted.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from .dates import PartialDate


@dataclass(frozen=True)
class Source:
    url: str
    outlet: str
    title: str
    published: PartialDate
    key: str = ""
    kind: str = "news"
    quote: str = ""
    quote_translated: str = ""
    author: str = ""
    language: str = ""
    archive_url: str = ""
    accessed: str = ""
    #: True when the report's own address is not known (then `url` is "").
    url_unknown: bool = False

    @property
    def report_key(self) -> str:
        """Return what identifies the report: its address, or its title and date without one."""
        return self.url or f"{self.outlet}|{self.title}|{self.published}"


@dataclass(frozen=True)
class Claim:
    by: str
    stance: str
    text: str
    source: str
    quote: str = ""
    via: str = ""
    date: PartialDate | None = None
    #: The report's own words relaying the claim, as opposed to `quote`, the claimant's.
    paraphrase: str = ""


@dataclass(frozen=True)
class Casualty:
    by: str
    source: str
    killed: int | None = None
    wounded: int | None = None
    captured: int | None = None
    missing: int | None = None
    displaced: int | None = None
    note: str = ""
    date: PartialDate | None = None


@dataclass(frozen=True)
class Note:
    text: str
    source: str = ""


@dataclass(frozen=True)
class Related:
    id: str
    relation: str


@dataclass(frozen=True)
class Event:
    """One event: the unit a contributor edits and a reader links to."""

    id: str
    status: str
    date: PartialDate
    title: str
    summary: str
    type: str
    actors: tuple[str, ...]
    sources: tuple[Source, ...]
    path: str = ""  # the YAML file, relative to the project root
    time: str = ""
    timezone: str = ""
    end_date: PartialDate | None = None
    date_note: str = ""
    date_approximate: bool = False
    mode: str = ""
    episode: str = ""
    targets: tuple[str, ...] = ()
    mentions: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    claims: tuple[Claim, ...] = ()
    casualties: tuple[Casualty, ...] = ()
    context: tuple[Note, ...] = ()
    related: tuple[Related, ...] = ()
    distinct_from: tuple[str, ...] = ()

    @property
    def principal(self) -> str:
        """Return the principal actor: the one who acts."""
        return self.actors[0]

    @property
    def all_actors(self) -> tuple[str, ...]:
        """Return every actor taking part: actors, then targets, without repeats."""
        return tuple(dict.fromkeys((*self.actors, *self.targets)))

    @property
    def contested(self) -> bool:
        """Return True when one actor asserts and a different actor denies or disputes."""
        asserting = {c.by for c in self.claims if c.stance in ("asserts", "confirms")}
        denying = {c.by for c in self.claims if c.stance in ("denies", "disputes")}
        return bool(asserting and denying and (asserting | denying) != asserting & denying)

    def sort_key(self) -> tuple[Any, ...]:
        """Order by date (coarse dates first), then time, then id."""
        return (self.date, self.time or "", self.id)

    def source_for(self, ref: str) -> Source | None:
        """Find a source by its key or URL."""
        for source in self.sources:
            if ref and ref in (source.key, source.url):
                return source
        return None


@dataclass(frozen=True)
class Period:
    text: str
    start: PartialDate | None = None
    end: PartialDate | None = None


@dataclass(frozen=True)
class Role:
    title: str
    of: str = ""
    start: PartialDate | None = None
    end: PartialDate | None = None
    note: str = ""


@dataclass(frozen=True)
class Actor:
    """A person, state, body or organisation, with every spelling of its name."""

    id: str
    name: str
    kind: str
    path: str = ""
    country: str = ""
    parent: str = ""
    aliases: tuple[str, ...] = ()
    descriptors: tuple[Period, ...] = ()
    metonyms: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()
    description: str = ""
    ids: dict[str, str] = field(default_factory=dict, hash=False, compare=False)


@dataclass(frozen=True)
class Place:
    """A place, with every spelling of its name."""

    id: str
    name: str
    kind: str
    path: str = ""
    aliases: tuple[str, ...] = ()
    country: str = ""
    within: str = ""
    lat: float | None = None
    lon: float | None = None
    note: str = ""


@dataclass(frozen=True)
class Tag:
    """A topic or episode entries are grouped under, with the name readers see."""

    id: str
    label: str
    path: str = ""
    description: str = ""


@dataclass(frozen=True)
class Chronology:
    """Everything the site is built from: events sorted by date, and the registries."""

    events: tuple[Event, ...]
    actors: dict[str, Actor]
    places: dict[str, Place]
    tags: dict[str, Tag] = field(default_factory=dict)

    def published(self, include_drafts: bool = False) -> Chronology:
        """Return the chronology readers see: drafts left out unless asked for."""
        if include_drafts:
            return self
        kept = [e for e in self.events if e.status != "draft"]
        shown = {e.id for e in kept}
        return Chronology(tuple(_links_within(e, shown) for e in kept), self.actors, self.places, self.tags)

    def tag_label(self, tag_id: str) -> str:
        """Return the name readers see for a tag (its id when the registry lacks it)."""
        tag = self.tags.get(tag_id)
        return tag.label if tag else tag_id


def _links_within(event: Event, shown: set[str]) -> Event:
    """Drop an event's links to entries not shown: a draft's id (its headline words) stays private."""
    related = tuple(r for r in event.related if r.id in shown)
    distinct = tuple(i for i in event.distinct_from if i in shown)
    if related == event.related and distinct == event.distinct_from:
        return event
    return replace(event, related=related, distinct_from=distinct)
