"""The doer of a clause that names none: a toll, talks told in the passive, troops moved or killed.

A toll is the act of the body that reports it, else of the victims' side (a nation's people, by its
demonym or by the capital they fled, are their state's; a side's soldiers, its armed forces), which a
speaker of an earlier sentence does not override; a call or talks 'held
between X and Y' are X's, and with no parties named those of the call or meeting just told; a
clash that 'broke out between X and Y' is the first side's, flagged; troops deployed or soldiers
killed with no doer named are their own side's; a summons told in the passive is the act of the
one who reports it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import attribution, institutions, names, subjects, verbs, voices, world
from .actors import Proposed
from .context import proposed_country
from .events import HOSTILE, JOINT_TYPES, dedupe

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .actors import ActorRef, Mention, NameIndex
    from .clauses import Clause
    from .context import Context
    from .events import Registry
    from .reading import Reading

#: Acts a side does with its own troops: told in the passive without a doer, the troops' side did them.
_MOVED = {"military-movement", "incursion"}
#: Words of armed men: the victims of a toll or the troops moved, named by their side ("Ghanaian soldiers").
_ARMED_WORDS = {"troop", "soldier", "force", "serviceman", "servicemen", "officer", "fighter", "unit",
                "reinforcement", "personnel", "military", "army", "police", "policeman", "guard"}


def _unknown_doer(clause: Clause) -> bool:
    """'Gunmen killed 26 men': the active voice tells who did it (an unknown doer, not the last source
    the report quoted); 'two soldiers were killed' and 'two soldiers died' tell no doer."""
    return not clause.passive and clause.patient is not None and clause.subject is not None


def _armed(token: Token | None) -> bool:
    """Whether a phrase names armed men ('three Ghanaian soldiers', 'troops'), whose side is known."""
    return token is not None and verbs.lemma(token) in _ARMED_WORDS


#: Tolls: who was killed, hurt, held or driven from home is told, seldom who did it.
_TOLLS = {"casualties", "displacement"}


def _victims(clause: Clause) -> Token | None:
    """Who a toll is of: the object ('killed three soldiers'), the subject of a passive ('42 people were
    hospitalised') or of a verb the victims do themselves ('thousands fled', 'two soldiers died')."""
    going = verbs.lemma(clause.pred) in _LEAVING or verbs.lemma(clause.pred) in verbs.classes().arriving
    if going and not clause.passive:
        return clause.subject  # "thousands fled Kharkiv", "65,000 reached Ghana": the place, not them
    if clause.patient is not None or clause.passive:
        return clause.patient
    return clause.subject


#: Verbs of leaving, whose object is the place left, not who left ("fled Kharkiv", "left their homes").
_LEAVING = {"flee", "leave", "escape", "abandon", "desert"}


def _left(clause: Clause) -> str | None:
    """The state whose capital or name is the place people fled ('fled Kyiv', 'fled from Sudan'): with
    no nation named, the people who fled a state's land are its people."""
    if verbs.lemma(clause.pred) not in _LEAVING:
        return None
    places = [clause.patient] if clause.patient is not None else []
    places += [o for p in clause.pred.children if p.dep_ == "prep" and p.lower_ == "from"
               for o in p.children if o.dep_ == "pobj"]
    for place in places:
        code = world.CAPITALS.get(place.text) or world.NAMES.get(place.text)
        if code is not None:
            return code
    return None


def _nation(token: Token | None) -> str | None:
    """The state whose people a phrase names, by its demonym: 'three Ukrainian civilians', 'Ukrainians',
    'thousands of Sudanese'. A toll of a nation's people with no doer named is that side's loss, as a
    toll of its soldiers is its forces'."""
    if token is None:
        return None
    for word in (token.text, token.text[:-1] if token.text.endswith("s") else ""):
        code = world.DEMONYMS.get(word) if word[:1].isupper() else None
        if code is not None:  # "Ukrainians fled", "thousands of Sudanese"
            return code
    for child in (c for c in token.children if c.i < token.i and c.dep_ in ("amod", "compound", "nmod")):
        code = world.DEMONYMS.get(child.text)
        if code is not None:  # "three Ukrainian civilians"
            return code
    if subjects.a_count(token):  # "thousands of Sudanese civilians": who the number is of
        for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"):
            return _nation(next((o for o in prep.children if o.dep_ == "pobj"), None))
    return None


def _nations_people(clause: Clause, token: Token | None, registry: Registry) -> ActorRef | None:
    """The state a toll of its people is of (the registry's, else proposed), or None."""
    code = _nation(token) or _left(clause)
    if code is None or code not in world.STATES:
        return None
    return registry.actors.states.get(code) or Proposed(world.STATES[code].name)


def _nations_forces(token: Token | None, registry: Registry, reading: Reading) -> ActorRef | None:
    """The armed forces whose man a toll names by nationality ('a Ghanaian soldier was killed': one
    soldier, which no institution name matches as 'Ghanaian soldiers' does), or None."""
    code = _nation(token)
    if code is None or code not in world.STATES:
        return None
    named = reading.context.bodies.proposed
    return institutions.of_state(code, "armed forces", registry.actors.institutions, named)


def _displaced_from(clause: Clause, hit: Token | None) -> Proposed | None:
    """People driven from home whom the report names by no nation, by the place they left or are in
    ('400,000 people displaced in eastern Freedonia', 'displaced people from Alba'): a group proposed by
    those words ('Displaced people in eastern Freedonia'), not the official who counts them."""
    for token in (hit, clause.pred):
        children = list(token.children) if token is not None else []
        for prep in (c for c in children if c.dep_ == "prep" and c.lower_ in ("from", "in")):
            words = list(prep.subtree)
            if any(w.pos_ == "PROPN" for w in words) and len(words) <= 5 and not any(
                    w.ent_type_ in ("DATE", "TIME") for w in words):
                return Proposed("Displaced people " + prep.doc[words[0].i : words[-1].i + 1].text)
    return None


def _summoned_to(clause: Clause) -> Token | None:
    """Where one was summoned to, in the passive with no doer: the body that summoned ('to the
    foreign ministry', 'to the Kremlin'); one is summoned to the summoner."""
    if not clause.passive or verbs.lemma(clause.pred) != "summon":
        return None
    places = [p for p in clause.pred.children if p.dep_ == "prep" and p.lower_ == "to"]
    return next((o for p in places for o in p.children if o.dep_ == "pobj"), None)


def doer(
    clause: Clause,
    speaker: ActorRef | None,
    partners: list[ActorRef],
    found: list[Mention],
    registry: Registry,
    reading: Reading,
) -> tuple[ActorRef | None, list[str]]:
    """The doer of a clause that names none: a toll is the event of the body that reports it, else
    of the victims' side; a call or talks 'held between X and Y' are X's, and with no parties named
    those of the call or meeting just told; a summons or an expulsion told in the passive is the act
    of the government the sentence or its source names."""
    if clause.type == "displacement":  # "X said 3,000 Ghanaians fled": the people driven out, not X
        hit = _victims(clause)
        group = _nations_people(clause, hit, registry) if not _armed(hit) else None
        group = group or _displaced_from(clause, hit)
        if group is not None:
            return group, ["principal actor is the people displaced: check who they are"]
    if clause.type in _TOLLS:
        parent = clause.parent if clause.kind != "xcomp" else None  # "shelling forced thousands to flee"
        teller = parent.subject if parent is not None and parent.type is None else None
        said = attribution.telling(clause)
        voice = teller if teller is not None else said.speaker if said is not None else None
        body = voices.body_of(voice, registry.actors.institutions, reading.context.bodies.proposed)
        if body is not None:  # "Malawi's military spokesman, X, said 26 people were killed"
            return body, []
        reporter = subjects.actor_of(teller, found, registry.actors, reading.context) if teller else None
        if reporter is not None:
            # "Pashinyan put the losses at 135 officers killed"
            reporter = _voiced_body(reporter, registry.actors, reading.context)
            return reporter, []
        # a toll told with no teller is the last source's unless its victims' side is named ("The clashes
        # came after five Malawian soldiers were wounded": Malawi's loss), or its active subject an unknown
        # doer ("Gunmen killed 26 men"); people who fled, only the sentence's own teller's
        source = reading.source if clause.type == "casualties" and not _unknown_doer(clause) else None
        if speaker is not None:
            return _voiced_body(speaker, registry.actors, reading.context) or source, []
        hit = _victims(clause)
        armed = _armed(hit)  # "three Ghanaian soldiers": their side's forces, proposed if need be
        victims = subjects.actor_of(hit, found, registry.actors, reading.context, armed)
        victims = victims or (_nations_forces(hit, registry, reading) if armed else
                              _nations_people(clause, hit, registry))
        if source is not None and victims is None:
            return source, []
        if victims is not None:
            return victims, ["principal actor is the victims' side: check who reported the toll"]
        return None, []
    if clause.type == "agreement" and clause.passive and not partners and reading.agreed:
        partners.extend(reading.agreed[1:])  # "an agreement had been reached": the one told before
        return reading.agreed[0], []
    parties = [subjects.actor_of(p, found, registry.actors, reading.context) for p in clause.partners]
    if clause.type in JOINT_TYPES and len(parties) >= 2 and parties[0] is not None:
        # "between President X of A and …", "talks between A's army and the B were held": the first a doer
        partners[:] = dedupe([p for p in parties if p is not None] + partners)
        return partners.pop(0), []
    if clause.told_by is not None and clause.type in HOSTILE and parties and parties[0] is not None:
        # "clashes broke out between X's troops and Y's": the first side named, as the report tells it
        partners[:] = dedupe([p for p in parties[1:] if p is not None] + partners)
        return parties[0], ["principal actor is the first side named in a clash: check who acted"]
    if clause.type in JOINT_TYPES and len(partners) >= 2:  # "with Y" alone names the other party
        return partners.pop(0), []
    host = clause.parent if clause.told_by is not None and clause.type in JOINT_TYPES else None
    if host is not None and host.type in (*JOINT_TYPES, "appeal") and host.subject is not None:
        # "X invited Y and Z for talks, which were held on Thursday": the parties of the invitation
        guests = [host.patient, *host.patient.conjuncts] if host.patient is not None else []
        named = [subjects.actor_of(t, found, registry.actors, reading.context)
                 for t in (host.subject, *guests)]
        if named[0] is not None:
            partners.extend(a for a in named[1:] if a is not None)
            return named[0], ["parties taken from the invitation to the talks"]
    told = clause.passive or clause.told_by is not None  # "talks were held", "the talks ended on Friday"
    if clause.type in JOINT_TYPES and told and len(reading.context.joint) >= 2 and not clause.partners:
        # (talks "between" others the report does not name are not the meeting's: no doer, no draft)
        partners.extend(reading.context.joint[1:])  # "X met Y on Thursday. Talks were held on Friday"
        return reading.context.joint[0], ["parties taken from the call or meeting told before"]
    addressed = _addressed(clause, found, registry, reading)
    if addressed is not None:  # "X told the Council today, as it met in emergency session": the Council
        return addressed, []
    appointee = _appointee(clause, found, registry, reading)
    if appointee is not None:  # "X was appointed defence minister on Monday": X's appointment
        return appointee, ["principal actor is the one appointed or dismissed (no one named who did it)"]
    electorate = _electorate(clause.subject, registry) if clause.type == "announcement" else None
    if electorate is not None:  # "Togolese voters approved the new constitution": Togo's decision
        return electorate, []
    seat = _summoned_to(clause)
    host = subjects.actor_of(seat, found, registry.actors, reading.context) if seat is not None else None
    if host is not None:  # "the envoy was summoned to the foreign ministry": the ministry summoned him
        return host, []
    if clause.passive and speaker is not None and clause.type not in HOSTILE:
        return speaker, ["principal actor is the one who reported it (no doer named)"]
    if clause.passive and clause.type in _MOVED and _armed(clause.patient):  # "troops were deployed"
        forces = subjects.actor_of(clause.patient, found, registry.actors, reading.context)
        return forces, ["principal actor is the side of the troops moved (no doer named)"] if forces else []
    return None, []


def _addressed(clause: Clause, found: list[Mention], registry: Registry, reading: Reading) -> ActorRef | None:
    """'The Secretary-General told the Security Council today, as it met in an emergency session': an
    'it' in a clause under one whose doer is a person ('it' is never a person) is the body that clause
    was done to, when that is no person either."""
    parent = clause.parent
    subject = clause.subject
    if subject is None or subject.lower_ != "it" or parent is None or parent.patient is None or (
            clause.kind not in ("advcl", "conj")):
        return None
    doer = parent.subject
    person = doer is not None and (doer.lower_ in names.ROLE_NOUNS or doer.lower_ in _PERSONAL or (
        doer.ent_type_ == "PERSON"))
    if not person:
        return None
    body = subjects.actor_of(parent.patient, found, registry.actors, reading.context, True)
    return body if body is not None and not names.is_person(body, registry.actors.kinds) else None


#: Verbs of putting someone in or out of an office ('was appointed', 'was sworn in', 'was dismissed').
_APPOINTING = {"appoint", "reappoint", "name", "nominate", "elect", "swear", "inaugurate", "install",
               "dismiss", "sack", "remove", "relieve"}
#: Pronouns that stand for a person.
_PERSONAL = {"he", "she"}


def _appointee(clause: Clause, found: list[Mention], registry: Registry, reading: Reading) -> ActorRef | None:
    """'Ivan Petrov was appointed defence minister', 'He was dismissed from the post in February': an
    appointment or a dismissal told in the passive with no one named who made it is news of the person
    appointed (a chronology's entry is 'X becomes minister'); a body or a thing 'dismissed' is none."""
    if not clause.passive or clause.type != "announcement" or verbs.lemma(clause.pred) not in _APPOINTING:
        return None
    patient = clause.patient
    if patient is None or patient.pos_ not in ("PROPN", "PRON") or patient.pos_ == "PRON" and (
            patient.lower_ not in _PERSONAL):
        return None
    person = subjects.actor_of(patient, found, registry.actors, reading.context, True)
    return person if person is not None and names.is_person(person, registry.actors.kinds) else None


#: Nouns of a nation's voters: what they approve or reject in a vote is their state's decision.
_ELECTORATE = {"voter", "electorate", "elector"}


def _electorate(subject: Token | None, registry: Registry) -> ActorRef | None:
    """'Togolese voters approved all five questions in a referendum', 'Ghana's electorate rejected
    the new constitution': a decision a nation's voters take is their state's (the registry's, else
    proposed)."""
    if subject is None or verbs.lemma(subject) not in _ELECTORATE:
        return None
    code = _nation(subject)
    owner = next((c for c in subject.children if c.dep_ == "poss"), None)
    code = code or (world.NAMES.get(owner.text) if owner is not None else None)
    if code is None or code not in world.STATES:
        return None
    return registry.actors.states.get(code) or Proposed(world.STATES[code].name)


#: Words of a title that say who speaks, not for what ("Ministry spokesman", "army press officer").
_VOICE_WORDS = {"spokesman", "spokeswoman", "spokesperson", "press", "officer", "official", "secretary",
                "the"}


def _voiced_body(reporter: ActorRef, actors: NameIndex, context: Context) -> ActorRef:
    """'Ministry spokesman X told reporters that 471 people had been killed', 'Health Minister X said
    1,600 were wounded': a toll a body's spokesman or minister gives is that body's count, the body the
    report named before ('the Gaza health ministry said'); the person otherwise."""
    if not isinstance(reporter, Proposed) or not reporter.person:
        return reporter
    words = [w.casefold() for w in re.findall(r"[\w-]+", reporter.role)]
    words = ["ministry" if w == "minister" else w for w in words if w not in _VOICE_WORDS]
    if not any(w in names.BODY_HEADS for w in words):
        return reporter
    for actor in reversed(context.named):
        if not isinstance(actor, Proposed) or actor.person:
            continue
        if set(words) <= {w.casefold() for w in re.findall(r"[\w-]+", actor.name)}:
            return actor
    return _states_ministry(reporter, words, actors, context) or reporter


def _states_ministry(reporter: Proposed, words: list[str], actors: NameIndex,
                     context: Context) -> ActorRef | None:
    """'Lebanese Health Minister X said 492 people were killed', no ministry named before: the toll is
    the count of that state's ministry (the registry's, else proposed), whose minister gives it."""
    code = proposed_country(reporter)
    rest = [w for w in words if w not in world.NAMES and w.capitalize() not in world.DEMONYMS]
    if code is None or code not in world.STATES or rest[-1:] != ["ministry"] or len(rest) < 2:
        return None
    noun = " ".join(w.capitalize() for w in rest)
    if not institutions.knows(noun):
        return None
    return institutions.of_state(code, noun, actors.institutions, context.bodies.proposed)
