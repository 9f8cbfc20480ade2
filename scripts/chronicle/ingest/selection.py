"""Which clauses and candidates are news of their own, and of what kind.

The parse gives every clause; a reviewer wants one draft per real-world event. So a clause that
only describes a noun (a relative clause or a participle with no day of its own) tells no event;
a doer's words in one sentence are one position; a saying whose content is an act the report
vouches for is that act's support; a saying of what one's own side will do announces it; words a
speaker tells for their own state are the speaker's own position. Each rule is English grammar
or how news copy is written, never a wording of one article.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from . import attribution, dating, modality, subjects, temporal, verbs, world
from .actors import ActorRef, Mention, NameIndex, Proposed
from .clauses import Clause
from .events import DISPUTABLE, HOSTILE, VERBAL, Candidate

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Sayings whose content is the news: the saying supports the act's event instead of making one.
SAYING_TYPES = {"statement", "announcement"}
#: Acts whose toll is recorded with them.
_ARMED_ACTS = {"attack", "incursion"}
#: Where words are said: speaking at one of these is saying, not meeting.
_OCCASIONS = {"meeting", "conference", "briefing", "summit", "session", "forum", "rally", "ceremony",
              "event", "assembly", "gathering"}
#: Auxiliaries of what one's side will do.
_WILL = {"will", "shall", "'ll"}


def describes(clause: Clause, attached: dict[int, list[temporal.TimeRef]]) -> bool:
    """Whether a clause only describes a noun: a relative clause ('the troops who entered …') or a
    participle ('territory occupied by them', 'an agreement mediated by Russia', 'Serbs protesting
    against the authorities'), or a clause inside one, with no day of its own. Such a clause tells
    the reader what the noun is, not news of the report's day; with its own day ('Petrov, who
    landed on Friday, …') it is an act."""
    if _toll(clause) or own_day(clause, attached):
        return False  # a toll told as a participle ('200 injured') is the news itself
    current: Clause | None = clause
    while current is not None:
        if current.kind == "relcl" and during_which(current):
            return False  # "held talks with Y, during which he condemned …": what was done in the talks
        if current.kind == "relcl" and (_on_a_day(current) or _there_then(current)):
            return False  # "began on 4 May, when X ordered …", "broke out at Y, where X took …"
        if modality.chance_taken(current):
            return False  # "I had the opportunity to meet X": the meeting itself
        if current.kind == "relcl" or current.kind == "acl" and not _absolute(current):
            return not own_day(current, attached)
        current = current.parent
    return False


def _on_a_day(clause: Clause) -> bool:
    """'The war began on 4 May 2023, when Freedonia ordered an offensive': a relative clause on a day
    tells what happened on that day, not what the day is; it is dated by the day it hangs on."""
    head = clause.pred.head
    return head.ent_type_ in ("DATE", "TIME") and any(
        c.dep_ == "advmod" and c.lower_ == "when" for c in clause.pred.children)


def _there_then(clause: Clause) -> bool:
    """'Fighting broke out at Bawku on Monday, where Togolese forces took the airport': a 'where' clause
    in the simple past tells what happened there as the sentence's own news, not what the place is
    ('where it had seized …', 'where its soldiers live' tell of before or of always)."""
    children = list(clause.pred.children)
    return clause.pred.tag_ == "VBD" and any(c.dep_ == "advmod" and c.lower_ == "where" for c in children) \
        and not any(c.dep_ in ("aux", "auxpass") for c in children)


#: Prepositions of a relative clause that tells what happened in an act ('during which', 'in which').
_WITHIN = {"during", "in", "at"}


def during_which(clause: Clause) -> bool:
    """'X held talks with Y, during which he condemned …', 'a meeting at which they agreed …': a relative
    clause opened by 'during / in / at which' after an act told as a noun tells what was done in that act,
    on its day, not what the noun is (unlike 'the town in which they live'). Only when a verb tells
    that act ('held talks with Y, during which …'): 'the trigger was an interview in which …' recalls
    one whose day the report may not give."""
    noun = clause.pred.head
    if verbs.noun_type(noun) is None or noun.pos_ != "NOUN":
        return False
    doing = noun.head if noun.dep_ == "dobj" else noun.head.head if noun.dep_ == "pobj" else None
    if doing is None or doing.pos_ != "VERB":
        return False  # "The trigger was an interview in which …": no act tells the noun's day
    return any(c.dep_ == "prep" and c.lower_ in _WITHIN and any(
        o.dep_ == "pobj" and o.lower_ == "which" for o in c.children) for c in clause.pred.children)


def _toll(clause: Clause) -> bool:
    """'more than 200 injured', '135 officers killed': a number of people hurt, told as a participle;
    'a policeman killed by gunmen' describes who the policeman was."""
    head = clause.pred.head
    counted = head.like_num or any(c.dep_ == "nummod" for c in head.children)
    return clause.type == "casualties" and clause.kind == "acl" and counted


def _absolute(clause: Clause) -> bool:
    """'… began with Tajik forces shooting at Kyrgyz border guards': a participle after 'with' tells
    what happened, not what its noun is."""
    noun = clause.pred.head
    return clause.pred.tag_ == "VBG" and noun.dep_ == "pobj" and noun.head.lower_ == "with"


def own_day(clause: Clause, attached: dict[int, list[temporal.TimeRef]]) -> bool:
    ref = dating.own_ref(clause, attached)
    return ref is not None and ref.date.precision == "day"


def one_position(out: list[Candidate]) -> None:
    """Fold a doer's words in one sentence into one event: the act it tells of them, else the
    strongest of what they said ('sided with Armenia and called on Azerbaijan to withdraw': the
    demand; 'launched an offensive, demanding the surrender': the offensive); the rest support it.
    The toll of an attack told with it is part of it ('shot at a patrol, killing an officer'), as
    the vocabulary records tolls."""
    for cand in out:
        if cand.weak or cand.asserted or cand.deed or cand.type not in (*VERBAL, "casualties"):
            continue
        same = [c for c in out if c is not cand and c.principal == cand.principal and c.date == cand.date
                and not c.weak and not c.asserted]
        if cand.type == "casualties":
            cand.weak = any(c.type in _ARMED_ACTS for c in same)
        elif any(c.type not in VERBAL or VERBAL.index(c.type) < VERBAL.index(cand.type) for c in same):
            cand.weak = True


def speech_type(clause: Clause, children: list[Clause]) -> str:
    """A saying or an appeal whose words require an act ('must withdraw', 'called on X to withdraw')
    is a demand; speaking at a meeting or a news conference is saying something there."""
    kind = clause.type or "statement"
    if kind == "meeting" and _spoke_at(clause.pred):
        return "statement"
    if kind not in ("statement", "appeal"):
        return kind
    for child in children:
        modal = any(a.lower_ in ("must", "should") for a in child.pred.children if a.dep_ == "aux")
        if (modal and kind == "statement" and child.kind in ("ccomp", "parataxis")) or (
            kind == "appeal" and verbs.is_demanded(child.pred)
        ):
            return "demand"
    return kind


def _spoke_at(pred: Token) -> bool:
    """'He spoke at a meeting with King X in Sochi', 'she spoke at a news conference': the words are
    the act, the meeting only where they were said (they join what the speaker did that day)."""
    if verbs.lemma(pred) not in ("speak", "talk"):
        return False
    return any(p.dep_ == "prep" and p.lower_ == "at" and any(
        o.dep_ == "pobj" and o.lemma_.lower() in _OCCASIONS for o in p.children) for p in pred.children)


def announced(
    content: Clause, speaker: ActorRef, found: list[Mention], actors: NameIndex, context: subjects.Context
) -> bool:
    """Whether what a saying tells is what the speaker or their side will do ('France will send a
    delegation', 'it planned to convene a session'): then the saying announces it."""
    if content.kind not in ("ccomp", "parataxis", "dep"):
        return False
    pred = content.pred
    will = any(a.lower_ in _WILL for a in pred.children if a.dep_ == "aux")
    if not (will or verbs.is_plan(pred) and any(c.dep_ == "xcomp" for c in pred.children)):
        return False
    doer = subjects.actor_of(content.subject, found, actors, context)
    if doer is None:
        return False
    side = subjects.country_of(speaker, actors)
    return doer == speaker or side is not None and subjects.country_of(doer, actors) == side


def accuses(
    content: Clause, speaker: ActorRef, found: list[Mention], actors: NameIndex, context: subjects.Context
) -> bool:
    """Whether what a saying tells is an armed act of the other side ('Tajik officials said Kyrgyz
    forces had exposed villages to shelling'): the saying is then that side's accusation."""
    if content.kind not in ("ccomp", "parataxis") or content.negated or content.irrealis is not None:
        return False
    armed = any(
        (verbs.verb_type(t) if t.pos_ == "VERB" else verbs.noun_type(t) if t.pos_ == "NOUN" else None)
        in _ARMED_ACTS for t in content.pred.subtree
    )
    doer = subjects.actor_of(content.subject, found, actors, context) if armed else None
    return doer is not None and sides_differ(speaker, doer, actors)


def weak(clause: Clause, children: list[Clause]) -> bool:
    """A saying whose object clause tells an act the report vouches for, or relays what someone else
    said: the act or those words are the news, the saying its support."""
    if clause.type not in SAYING_TYPES or not verbs.is_speech(clause.pred):
        return False
    return any(
        c.kind in ("ccomp", "parataxis")
        and (c.is_event and (not c.quoted or attribution.first_person(c.subject)) or relayed_speech(c))
        for c in children
    )


#: What each of several sides says for itself: "X and Y condemned the raid" is two condemnations.
_SAID_BY_EACH = {"condemnation", "appeal", "demand", "support"}


def each_says(cand: Candidate, alongside: list[ActorRef], negated: bool,
              mutual: bool = False) -> list[Candidate]:
    """'Brazil and Colombia condemned the raid', 'Saudi Arabia and Qatar called for restraint': each
    side named with the doer says it for itself, so each has its own draft (a call, a meeting or a
    deal they made together stays one event with them as parties). 'X and Y blamed each other' (any
    act told as mutual) is two acts, each side's against the other."""
    if cand.type not in _SAID_BY_EACH and not mutual or negated or cand.asserted:
        return []
    others = [a for a in alongside if a != cand.principal]
    if len(others) != 1:  # three or more sides saying one thing: a joint declaration, one draft
        return []
    other = others[0]
    targets = [cand.principal] if mutual else cand.targets
    if mutual:
        cand.targets = [*cand.targets, other]
    return [replace(cand, principal=other, others=[o for o in cand.others if o != other], partners=[],
                    targets=targets)]


def unsupported_sayings(found: list[Clause], made: dict[int, list[Candidate]]) -> None:
    """"X said the town was shelled": an attack told in the passive with no attacker named is no
    draft (the speaker is not the attacker), so the saying is the speaker's own statement, not the
    support of an act that is not drafted."""
    for clause in found:
        children = [c for c in found if c.parent is clause and c.kind in ("ccomp", "parataxis")
                    and c.is_event and not c.quoted]
        if children and all(c.passive and c.subject is None and c.type in HOSTILE and not made.get(c.pred.i)
                            for c in children):
            for cand in made.get(clause.pred.i, []):
                cand.weak = False


def relayed_speech(clause: Clause) -> bool:
    """What someone else said, told by an office or a spokesman ('“The President recalled France's
    commitment …,” his office said'): the words are that person's, the office only relays them."""
    subject = clause.subject
    return (
        clause.kind in ("ccomp", "parataxis")
        and verbs.is_speech(clause.pred)
        and clause.irrealis is None
        and not clause.negated
        and subject is not None
        and subject.pos_ in ("NOUN", "PROPN")
    )


def denied_type(clause: Clause) -> str | None:
    """The act a denial's object clause tells ('denied that [its troops crossed]')."""
    for child in clause.pred.subtree:
        if child.i != clause.pred.i and child.pos_ in ("VERB", "NOUN"):
            kind = verbs.verb_type(child) if child.pos_ == "VERB" else verbs.noun_type(child)
            if kind in DISPUTABLE:
                return kind
    return None


def speaks_for(speaker: ActorRef | None, state: ActorRef, actors: NameIndex) -> bool:
    """Whether a speaker tells the words of their own state ('Türkiye backs …, Erdogan says'): those
    words are the speaker's own position."""
    kind = actors.kinds.get(state) if isinstance(state, str) else (
        "state" if isinstance(state, Proposed) and not state.person and state.name in world.NAMES
        else None)
    home = subjects.country_of(speaker, actors)
    return kind in ("state", "government") and home is not None and home == subjects.country_of(
        state, actors)


def sides_differ(one: ActorRef | None, other: ActorRef, actors: NameIndex) -> bool:
    a, b = subjects.country_of(one, actors), subjects.country_of(other, actors)
    return bool(a and b and a != b)


#: Verbs of a protest made by an act ("summoned the ambassador", "lodged a protest", "handed a note").
_DEEDS = {"summon", "lodge", "file", "hand", "deliver"}


def deed(clause: Clause) -> bool:
    """'Expelled 18 diplomats and summoned the ambassador': a summons (a protest lodged, a note handed)
    is an act of its own, not words that support the other act of the sentence."""
    return clause.type == "condemnation" and verbs.lemma(clause.pred) in _DEEDS and clause.patient is not None
