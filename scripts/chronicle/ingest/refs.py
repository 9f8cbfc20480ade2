"""How ingest names an actor: a registry id, or a name it proposes for the registry."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Proposed:
    """A name the registry lacks, proposed as a new actor for the contributor to confirm."""

    name: str
    role: str = field(default="", compare=False)  # the title it was named with ("EU foreign policy chief")
    person: bool = field(default=False, compare=False)  # named as a person (a title, a first name)

    def __str__(self) -> str:
        return self.name


#: An actor as ingest names it: a registry id, or a name proposed for the registry.
ActorRef = str | Proposed
