"""A territory named as a doer ('Nagorno-Karabakh accepted the proposal', 'Abkhazia rejected …') acts
through its authorities: the registry's, else proposed as '<Place> authorities'.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import world
from .actors import ActorRef, NameIndex, Proposed

if TYPE_CHECKING:
    from spacy.tokens import Token


def governing(name: str, actors: NameIndex) -> ActorRef | None:
    """A territory named as a doer ('Nagorno-Karabakh accepted the proposal') is its registered
    authorities or government."""
    for body in (f"{name} authorities", f"{name} government"):
        hits = [m for m in actors.find(body) if m.start == 0 and m.end == len(body)]
        if hits:
            return hits[0].id
    return None


def territory(token: Token, name: str) -> Proposed | None:
    """'Nagorno-Karabakh accepted the proposal', 'Abkhazia said …': a place that is no state of the
    world (nor its capital), named as the doer, acts through its authorities, proposed as '<Place>
    authorities' (the registry's, when it has them, is found by governing first)."""
    # (the small model calls some territories a people, NORP, but tags them as a singular name)
    place = token.ent_type_ in ("GPE", "NORP") and token.tag_ == "NNP" and len(name.split()) == 1 \
        and token.dep_ in ("nsubj", "nsubjpass")
    known = name in world.NAMES or name in world.CAPITALS or name in world.DEMONYMS
    return Proposed(f"{name} authorities") if place and not known and not name.isupper() else None
