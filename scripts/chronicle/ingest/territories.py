"""A territory named as a doer ('Nagorno-Karabakh accepted the proposal', 'Abkhazia rejected …') acts
through its authorities: the registry's, else proposed as '<Place> authorities'.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import names, world
from .actors import ActorRef, NameIndex, Proposed

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .actors import Mention


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


#: Nouns of a place's governing bodies: 'Tigray's authorities', 'the Gaza health ministry'.
_BODIES = {"authority", "government", "leadership", "administration", "ministry"}


def body_of(token: Token, found: list[Mention], actors: NameIndex) -> ActorRef | None:
    """'Tigray's authorities', 'the Tigray authorities', 'authorities in Gaza', 'the government of
    Tigray', 'Gaza's health ministry': the governing body of a place that is no state of the world (a
    state's is found by its name), the registry's, else proposed as '<Place> authorities' ('<Place>
    health ministry'). A crisis the registry does not know is told through such bodies."""
    noun = token.lemma_.lower()
    place = _place(token, noun == "authority") if noun in _BODIES and token.pos_ == "NOUN" else None
    if place is None or names.covering(place, found) is not None:
        return None  # "NATO's leadership": a body the report names, found by its name
    start = min(t.i for t in place.subtree if t.dep_ != "det")
    name = token.doc[start : place.i + 1].text
    if name in world.NAMES or name in world.CAPITALS or name in world.DEMONYMS or name.isupper():
        return None
    if noun in ("authority", "government"):
        registered = governing(name, actors)
        if registered is not None:
            return registered
    kinds = [c.text for c in token.children if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i < token.i]
    return Proposed(" ".join([name, *kinds, "authorities" if noun == "authority" else token.lower_]))


def _place(token: Token, authorities: bool) -> Token | None:
    """The place name a body noun is of: its possessive ('Tigray's'), a name before it ('the Tigray
    authorities') or after 'in' or 'of' ('authorities in Gaza')."""
    for child in token.children:
        if child.dep_ in ("poss", "compound") and child.i < token.i and _a_place(child, authorities):
            return child
        if child.dep_ == "prep" and child.lower_ in ("in", "of") and child.i > token.i:
            obj = next((o for o in child.children if o.dep_ == "pobj"), None)
            if obj is not None and _a_place(obj, authorities):
                return obj
    return None


def _a_place(token: Token, authorities: bool) -> bool:
    """Whether a word is a place's proper name. The small model often takes a region for a person or
    an organisation ('Tigray', 'Nagorno-Karabakh'): a person has a government or an administration
    ('Putin's government'), seldom 'authorities', so with that noun a person's name is a place's."""
    kinds = ("GPE", "LOC", "ORG", "", "PERSON") if authorities else ("GPE", "LOC", "ORG", "")
    return token.pos_ == "PROPN" and token.text[:1].isupper() and token.ent_type_ in kinds
