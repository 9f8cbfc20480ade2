"""The records ingest reads into: the registry it matches names against, a candidate (one
clause read as one event) and a draft (the events of one day, actor and action, grouped).

Kept apart so that an extractor (extractor.py, or any other behind the same boundary) and the
guards that run after it (grouping.py, drafts.py, dedupe.py) depend on the same types without
depending on each other.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TypedDict

from ..dates import PartialDate
from ..model import Actor, Place
from .actors import ActorRef, NameIndex, actor_index, place_index
from .headlines import Headline
from .sentences import Sentence

#: Acts one side can dispute ("Baku insisted its troops did not cross").
DISPUTABLE = {"incursion", "attack", "military-movement"}
#: Acts of war: told by the other side, they are also that side's accusation.
HOSTILE = {"attack", "incursion", "military-movement"}
#: Acts done together: a call, a meeting, talks, a deal have parties, not one actor.
JOINT_TYPES = {"phone-call", "meeting", "negotiation", "agreement"}
#: What one says, from the strongest (the rest of the types are acts).
VERBAL = ("condemnation", "demand", "accusation", "denial", "appeal", "threat", "announcement", "support",
          "statement")


def dedupe(ids: list[ActorRef]) -> list[ActorRef]:
    """The ids in their order, each once."""
    return list(dict.fromkeys(ids))


class Claim(TypedDict):
    """One side's stance on a drafted act, with the sentence it is read from: its `by` may be an actor
    the registry lacks (proposed with the draft), so that a new crisis's denials are kept too."""

    by: ActorRef
    stance: str  # "asserts" or "denies"
    sentence: str


@dataclass(frozen=True)
class Registry:
    """The actor and place registries, indexed for matching names in text."""

    actors: NameIndex
    places: NameIndex
    countries: dict[str, str]  # actor id → ISO country code (sides of a dispute)
    parents: dict[str, str] = field(default_factory=dict)  # actor id → the body it belongs to

    @classmethod
    def of(cls, actors: list[Actor], places: list[Place]) -> Registry:
        return cls(actor_index(actors), place_index(places), {a.id: a.country for a in actors if a.country},
                   {a.id: a.parent for a in actors if a.parent})


@dataclass
class Candidate:
    """One clause read as one event."""

    sentence: Sentence
    date: PartialDate
    date_note: str
    type: str
    principal: ActorRef  # registry id, or a name proposed for the registry
    others: list[ActorRef]
    targets: list[ActorRef]
    places: list[str]
    speaker: ActorRef | None
    low: list[str] = field(default_factory=list)
    weak: bool = False  # a saying whose content is the news: support for the speaker's event, not one
    asserted: bool = False  # reported content: the speaker asserts it ("He said X shelled…")
    inherited: bool = False  # dated by the passage or the dateline, not by words of its own
    headline: Headline | None = None  # the clause's parts a title is made of
    denies: str | None = None  # of a denial: the type of act it denies ("did not cross": incursion)
    partners: list[ActorRef] = field(default_factory=list)  # of a joint act: its other parties
    relayed: bool = False  # words of the teller's own side it passes on ("It said he also expressed hope")
    published_news: bool = False  # dated as news of the day of publication (told in the present perfect)
    deed: bool = False  # a protest made by an act, not words ("summoned the ambassador"): news of its own


@dataclass(frozen=True)
class Dropped:
    """Why a clause that may tell an act, or a whole line, gave no candidate: what `--verbose` shows."""

    sentence: int  # index of the sentence in the article
    reason: str
    word: str = ""  # the clause's predicate ('' for a whole line: a headline, a caption)
    type: str = ""

    def __str__(self) -> str:
        what = f", '{self.word}' ({self.type})" if self.word else ""
        return f"sentence {self.sentence + 1}{what}: {self.reason}"

    def detail(self) -> str:
        """The reason, with the clause it is about: "'deployed' (military-movement): no actor …"."""
        return f"'{self.word}' ({self.type}): {self.reason}" if self.word else self.reason


@dataclass
class Draft:
    """A draft event: the first sentence of its group and the others as support."""

    date: PartialDate
    date_note: str
    type: str
    principal: ActorRef
    actors: list[ActorRef]
    targets: list[ActorRef]
    mentions: list[ActorRef]
    places: list[str]
    sentences: list[Sentence]
    speakers: list[ActorRef]
    claims: list[Claim] = field(default_factory=list)
    low: list[str] = field(default_factory=list)
    headline: Headline | None = None

    @property
    def key(self) -> tuple[str, ActorRef, str]:
        return (self.date.iso(), self.principal, self.type)
