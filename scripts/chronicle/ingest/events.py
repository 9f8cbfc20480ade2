"""The two records ingest reads into: a candidate (one sentence read as one event) and a
draft (the events of one day, actor and action, grouped), with the vocabulary both share.

Kept apart so that reading (extract.py) and grouping (grouping.py) depend on the same types
without depending on each other.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..dates import PartialDate
from .sentences import Sentence

#: Acts one side can dispute ("Baku insisted its troops did not cross").
DISPUTABLE = {"incursion", "attack", "military-movement"}
#: Acts done together: a call, a meeting, talks, a deal have parties, not one actor.
JOINT_TYPES = {"phone-call", "meeting", "negotiation", "agreement"}


def dedupe(ids: list[str]) -> list[str]:
    """The ids in their order, each once."""
    return list(dict.fromkeys(ids))


@dataclass
class Candidate:
    """One sentence read as one event."""

    sentence: Sentence
    date: PartialDate
    date_note: str
    type: str
    principal: str  # registry id, or "?Name" for a name not in the registry
    others: list[str]
    targets: list[str]
    places: list[str]
    speaker: str | None
    low: list[str] = field(default_factory=list)
    weak: bool = False  # a quotation with no date of its own: support for the speaker's event, not one
    asserted: bool = False  # reported content: the speaker asserts it ("He said X shelled…")
    inherited: bool = False  # dated by the passage or the dateline, not by words of its own
    phrase: str | None = None  # an event told as a noun phrase ("the Sept. 13 attack by Azerbaijan on …")
    clause: bool = False  # the phrase is a clause with its own verb ("what [X described as …]")


@dataclass
class Draft:
    """A draft event: the first sentence of its group and the others as support."""

    date: PartialDate
    date_note: str
    type: str
    principal: str
    actors: list[str]
    targets: list[str]
    mentions: list[str]
    places: list[str]
    sentences: list[Sentence]
    speakers: list[str]
    claims: list[dict[str, str]] = field(default_factory=list)
    low: list[str] = field(default_factory=list)
    phrase: str | None = None  # the words naming an event told as a noun phrase: its title's basis
    clause: bool = False  # the phrase is a clause with its own verb, titled as a headline

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.date.iso(), self.principal, self.type)
