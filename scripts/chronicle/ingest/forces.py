"""Whose armed men a phrase names: "its troops", "Guinea's special forces", "forces loyal to X".

News English names armed men by whom they serve: a possessive ("its fighters", "his men",
"India's warplanes", "Haftar's forces") or a phrase of loyalty ("forces loyal to the
government", "fighters loyal to the general"). The doer of what they do is the one they serve,
as the registry knows it: a state's men (or its government's, a ministry's, its leader's) are
that state's armed forces; an armed group's or any other body's fighters are that body. subjects.py
asks here once it has found the owner's actor.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import institutions, names, nouns, verbs, world
from .actors import ActorRef, NameIndex, Proposed
from .context import Context, country_of

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Possessives of a side's armed men: "its troops", "his soldiers".
_OWNERS = {"its", "their", "his", "her"}
#: A state's civil bodies, whose "troops" are the state's armed forces.
_CIVIL_BODIES = {"government", "defence-ministry", "foreign-ministry", "interior-ministry"}
#: Nouns of a side's armed men ("its troops", "their fighters", "his men").
_TROOPS = {"troop", "force", "soldier", "fighter", "army", "military", "unit", "serviceman", "militant",
           "militiaman", "rebel", "man", "commando", "paratrooper", "marine", "gunman", "gang", "militia",
           "officer", "insurgent", "loyalist", "coalition"}
#: Nouns of a part of a body, whose "of" names the body that acts ("members of the Republican Guard").
PARTS = {"member", "unit", "element", "detachment", "contingent", "squad", "battalion", "brigade", "company"}
#: Armed services named before their men or weapons ('army warplanes', 'military aircraft').
_SERVICES = {"army", "military", "navy"}
#: Words that say whose armed men they are without naming a side: a service, or the state's own
#: ('government forces', 'federal troops' in a report on a civil war: the state's armed forces).
_SERVING = _SERVICES | {"government", "federal"}
#: Adjectives of allegiance: "forces loyal to X", "troops faithful to Y".
_LOYAL = {"loyal", "faithful", "allied", "answerable"}


def owner(token: Token) -> Token | None:
    """The word naming whom the armed men of a phrase serve: the possessive before them ('its troops',
    'India's warplanes', 'Haftar's forces'), or the object of 'loyal to' after them."""
    lemma = verbs.lemma(token)
    if lemma not in _TROOPS and lemma not in nouns.WEAPONS:
        return None
    poss = next((c for c in token.children if c.dep_ == "poss"), None)
    named = poss is not None and poss.pos_ in ("PROPN", "NOUN") and token.text.islower()
    if poss is not None and (poss.lower_ in _OWNERS or named):
        return poss  # (not "the Tanzania People's Defence Force": a name of its own)
    if lemma not in _TROOPS:
        return None
    for adjective in (c for c in token.children if c.dep_ == "amod" and c.lower_ in _LOYAL):
        for prep in (c for c in adjective.children if c.dep_ == "prep" and c.lower_ == "to"):
            served = next((o for o in prep.children if o.dep_ == "pobj"), None)
            if served is not None:
                return served
    return leader(token)


#: Participles of command: "rebels led by X", "troops commanded by Y", "a force headed by Z".
_LED = {"lead", "command", "head", "direct"}


def by_state(token: Token) -> bool:
    """'Government forces', 'federal troops': named by the state, not a service. A feature names the
    country of a mediator or a venue first ('talks in Pretoria'), so these are the forces it named
    before, never taken for the report's own side's."""
    return any(c.lower_ in _SERVING - _SERVICES for c in token.children if c.i < token.i)


def service(token: Token) -> bool:
    """'Army warplanes', 'military aircraft', 'government forces', 'federal troops': armed men or
    weapons named by the service or the state they belong to, with no owner named: that army's, read
    as 'the army' is."""
    lemma = verbs.lemma(token)
    if lemma not in _TROOPS and lemma not in nouns.WEAPONS or lemma in _SERVICES:
        return False
    return not any(c.dep_ == "poss" for c in token.children) and any(
        c.dep_ in ("compound", "amod") and c.lower_ in _SERVING and c.i < token.i for c in token.children)


def leader(token: Token) -> Token | None:
    """'Syrian rebels led by Hayat Tahrir al-Sham', 'officers led by Colonel X': whoever leads armed men
    is the doer of what they do (the group or the commander), as with 'forces loyal to'."""
    for participle in (c for c in token.children if c.dep_ == "acl" and c.tag_ == "VBN"
                       and verbs.lemma(c) in _LED):
        agent = next((c for c in participle.children if c.dep_ == "agent"), None)
        served = next((o for o in agent.children if o.dep_ == "pobj"), None) if agent is not None else None
        if served is not None and (served.pos_ == "PROPN" or served.ent_type_ in ("PERSON", "ORG")):
            return served
    return None


def of(served: ActorRef | None, actors: NameIndex, context: Context) -> ActorRef | None:
    """Whose armed men they are: a state's (or its government's or ministry's: 'the Defence Ministry
    said its forces …'; or its leader's or general's: 'his troops') are its armed forces, the
    registry's or proposed; an armed group's or any other body's fighters are that body, and a
    leader's whose state is not known are his ('Haftar's forces advanced': Haftar)."""
    if served is None:
        return None
    person = names.is_person(served, actors.kinds)
    proposed_state = isinstance(served, Proposed) and (
        served.name in world.NAMES or institutions.kind_of_name(served.name) in _CIVIL_BODIES)
    if person or proposed_state or actors.kinds.get(str(served)) in ("state", "government", "ministry"):
        code = country_of(served, actors)
        registered = actors.institutions.get((code, "armed-force")) if code else None
        state = world.STATES.get(code) if code else None
        if registered is not None or state is not None:
            return registered or institutions.armed_forces(state.name, actors.institutions,
                                                           context.bodies.proposed)
    return served  # an armed group's fighters; a commander's men whose state the report does not say: his


#: Verbs of weapons fire: a state does them through its armed forces ("Azerbaijan was shelling …").
_FIRING = {"shell", "bombard", "fire", "shoot", "pound"}


def gunners(principal: ActorRef, pred: Token, actors: NameIndex, context: Context) -> ActorRef:
    """'Azerbaijan was shelling Armenian territory': a state that fires guns does it with its armed
    forces (the registry's, else proposed), as a chronology names the doer of a shelling; any other
    doer, or another act of a state ('Azerbaijan launched an offensive'), is kept."""
    if verbs.lemma(pred) not in _FIRING:
        return principal
    state = actors.kinds.get(principal) == "state" if isinstance(principal, str) else (
        not principal.person and principal.name in world.NAMES)
    code = country_of(principal, actors)
    if not state or code is None:
        return principal
    return institutions.of_state(code, "armed forces", actors.institutions, context.bodies.proposed)
