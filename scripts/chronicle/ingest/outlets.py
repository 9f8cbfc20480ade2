"""The report's own outlet named in its text ('…, APA reports', 'Reuters reported', 'the agency
learnt'): the one who tells the report, never an actor in it.

A wire or a regional agency names itself as the source of what it tells ('A meeting was held in X
on Monday, APA reports'). Taken as a speaker, it would become the doer of an act told without one
(the meeting above drafted as the agency's) and the voice a later 'the statement' stands for. Only
the article's own outlet is known to be a news outlet; any other name stays a speaker.
"""

from __future__ import annotations

import re

from .refs import ActorRef, Proposed

#: Words an outlet's name carries besides its own brand ('Trend News Agency', 'BBC News').
_GENERIC = {"news", "agency", "service", "press", "online", "the", "media", "network", "tv", "radio"}


def names_of(outlet: str) -> set[str]:
    """The ways a report may name its own outlet: its name, the name in brackets ('RFE/RL Armenian
    Service (Azatutyun)'), its brand without generic words ('Trend' of 'Trend News Agency') and its
    initials ('AP' of 'Associated Press'), each folded (case, dots)."""
    if not outlet.strip():
        return set()
    parts = [outlet, *re.findall(r"\(([^)]+)\)", outlet), re.sub(r"\s*\([^)]*\)", "", outlet)]
    out = set()
    for part in parts:
        words = part.split()
        brand = [w for w in words if w.casefold() not in _GENERIC]
        out |= {_fold(part), _fold(" ".join(brand))}
        if len(words) >= 2 and all(w[:1].isupper() for w in words):
            out.add(_fold("".join(w[0] for w in words)))  # "Associated Press" → "AP"
    return out - {""}


def is_outlet(actor: ActorRef | None, outlet: str) -> bool:
    """Whether a proposed actor is the report's own outlet ('APA' in a report of APA): the registry's
    actors are states, bodies and persons, never the outlet telling the report."""
    return isinstance(actor, Proposed) and _fold(actor.name) in names_of(outlet)


def _fold(name: str) -> str:
    return re.sub(r"[.\s]+", " ", name.replace(".", "")).strip().casefold()
