"""One body under two names in one report, or in one batch of reports, is one actor.

A report may name a body bare before it says whose it is ("The Ministry of Defence said on Tuesday
…. Estonia's Defence Ministry said on Wednesday …"): read sentence by sentence, the first name has no
state and would be proposed on its own ("Ministry of Defence") beside the state's ministry. Once the
whole report is read, a bare name of a kind of body (a defence ministry, the police, the army) is
the one body of that kind the report names with its state, when it names exactly one; with two
states' bodies of that kind named, whose it is stays open and the bare name is left for a reviewer.

Across the reports of one `chronicle ingest` run the same holds, since a contributor reviews the
proposed actor files of a run together: "Bolivian troops" in one report and "Bolivian forces" in the
next are one state's armed forces, proposed once under the first name the run gave them, with the
other spellings as its aliases; a bare name left by its report is the one body of its kind the
run names with its state.
"""

from __future__ import annotations

from dataclasses import fields, replace

from . import institutions
from .actors import ActorRef, NameIndex
from .events import Candidate, Draft
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
    named = [a for c in cands for a in _actors(c)]
    if not any(_bare_kind(a) is not None for a in named):
        return
    meant = _bare_meant(named, _body_kinds(actors))
    if not meant:
        return
    for cand in cands:
        _rename(cand, meant, ("principal", "speaker"), ("others", "targets", "partners"))


def _body_kinds(actors: NameIndex) -> dict[str, str]:
    """The registry's state bodies by id → their kind ('defence-ministry')."""
    return {body: kind for (_, kind), body in actors.institutions.items()}


def _bare_meant(named: list[ActorRef], kinds: dict[str, str]) -> dict[ActorRef, ActorRef]:
    """Each bare body name → the one body of its kind named with its state, where there is one."""
    bare = {a: k for a in named if (k := _bare_kind(a)) is not None}
    owned: dict[str, set[ActorRef]] = {}
    for actor in named:
        kind = _kind(actor, kinds)
        if kind is not None and actor not in bare:
            owned.setdefault(kind, set()).add(actor)
    return {a: next(iter(owned[k])) for a, k in bare.items() if len(owned.get(k, ())) == 1}


def _rename(item: Candidate | Draft, meant: dict[ActorRef, ActorRef], single: tuple[str, ...],
            lists: tuple[str, ...]) -> None:
    """Put the meant actor for each actor of a candidate or a draft (in place; a list keeps one of each)."""
    for field in fields(item):
        value = getattr(item, field.name)
        if field.name in single and value in meant:
            setattr(item, field.name, meant[value])
        elif field.name in lists and any(v in meant for v in value):
            setattr(item, field.name, list(dict.fromkeys(meant.get(v, v) for v in value)))


def _state_body(actor: ActorRef) -> tuple[str, str] | None:
    """A proposed body's state and kind ('Bolivian forces' → BO, armed-force), None for anything else."""
    if not isinstance(actor, Proposed) or actor.person:
        return None
    kind, code = institutions.kind_of_name(actor.name), institutions.country_of_name(actor.name)
    return (code, kind) if kind and code else None


def _draft_actors(draft: Draft) -> list[ActorRef]:
    return [draft.principal, *draft.actors, *draft.targets, *draft.mentions, *draft.speakers,
            *(claim["by"] for claim in draft.claims)]


def across(drafted: list[list[Draft]], actors: NameIndex) -> dict[Proposed, list[str]]:
    """Give every proposed body of a run's drafts (one list per report, in reading order) the name the
    run first gave that state's body of its kind, and a bare name left by its report the one body of
    its kind the run names with its state (in place); return each kept name's other spellings (a bare
    'Defence Ministry' is none: as an alias it would name every state's ministry)."""
    first: dict[tuple[str, str], Proposed] = {}
    meant: dict[ActorRef, ActorRef] = {}
    named = [a for drafts in drafted for d in drafts for a in _draft_actors(d)]
    for actor in named:
        key = _state_body(actor)
        if key is not None and isinstance(actor, Proposed):
            kept = first.setdefault(key, actor)
            if kept != actor:
                meant[actor] = kept
    aliases: dict[Proposed, list[str]] = {}
    for old, new in meant.items():
        if isinstance(old, Proposed) and isinstance(new, Proposed):
            aliases.setdefault(new, []).append(old.name)
    bare = _bare_meant([meant.get(a, a) for a in named], _body_kinds(actors))
    meant |= {a: meant.get(b, b) for a, b in bare.items()}
    for draft in (d for drafts in drafted for d in drafts):
        _rename(draft, meant, ("principal",), ("actors", "targets", "mentions", "speakers"))
        for claim in draft.claims:
            claim["by"] = meant.get(claim["by"], claim["by"])
        teller = next((new for old, new in meant.items() if isinstance(old, Proposed) and draft.headline
                       and draft.headline.teller == old.name), None)
        if teller is not None and draft.headline is not None:  # "Defence Ministry says …": whose it is
            draft.headline = replace(draft.headline, teller=teller.name if isinstance(teller, Proposed)
                                     else actors.names.get(teller, teller))
    return aliases
