"""One body under two names in one report is one actor.

A report may name a body bare before it says whose it is ("The Ministry of Defence said on Tuesday
…. Estonia's Defence Ministry said on Wednesday …"): read sentence by sentence, the first name has no
state and would be proposed on its own ("Ministry of Defence") beside the state's ministry. Once the
whole report is read, a bare name of a kind of body (a defence ministry, the police, the army) is
the one body of that kind the report names with its state, when it names exactly one; with two
states' bodies of that kind named, whose it is stays open and the bare name is left for a reviewer.
"""

from __future__ import annotations

from dataclasses import fields

from . import institutions
from .actors import ActorRef, NameIndex
from .events import Candidate
from .refs import Proposed


def _bare_kind(actor: ActorRef) -> str | None:
    """The kind of a proposed body named without its state ('Ministry of Defence', 'the army')."""
    if not isinstance(actor, Proposed) or actor.person:
        return None
    return institutions.kind_of_bare(actor.name)


def _kind(actor: ActorRef, kinds: dict[str, str]) -> str | None:
    """The kind of a state's body: a registry body's, or a proposed one's that names its state."""
    if isinstance(actor, Proposed):
        named = institutions.kind_of_name(actor.name)
        return named if named is not None and institutions.country_of_name(actor.name) else None
    return kinds.get(actor)


def _actors(cand: Candidate) -> list[ActorRef]:
    return [cand.principal, *cand.others, *cand.targets, *cand.partners,
            *([cand.speaker] if cand.speaker is not None else [])]


def merge(cands: list[Candidate], actors: NameIndex) -> None:
    """Give every bare body name of the report the one body of its kind the report names with its
    state (in place)."""
    bodies = {(kind, country): body for (country, kind), body in actors.institutions.items()}
    kinds = {body: kind for (kind, _), body in bodies.items()}
    named = [a for c in cands for a in _actors(c)]
    bare = {a: k for a in named if (k := _bare_kind(a)) is not None}
    if not bare:
        return
    owned: dict[str, set[ActorRef]] = {}
    for actor in named:
        kind = _kind(actor, kinds)
        if kind is not None and actor not in bare:
            owned.setdefault(kind, set()).add(actor)
    meant = {a: next(iter(owned[k])) for a, k in bare.items() if len(owned.get(k, ())) == 1}
    if not meant:
        return
    for cand in cands:
        for field in fields(cand):
            value = getattr(cand, field.name)
            if field.name in ("principal", "speaker") and value in meant:
                setattr(cand, field.name, meant[value])
            elif field.name in ("others", "targets", "partners") and any(v in meant for v in value):
                setattr(cand, field.name, list(dict.fromkeys(meant.get(v, v) for v in value)))
