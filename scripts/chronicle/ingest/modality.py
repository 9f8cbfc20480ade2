"""Whether a clause tells an act that happened: not a plan, a condition, a question or a modal.

"Will meet", "is expected to", "could … if", "plans to", an infinitive, a question, a guess ("was
most likely fired by"): none is an event of a chronology. An act told as a phase of another ("began
shelling"), forced ("forced thousands to flee") or decided ("resolved to ask") happened if that
other did.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import verbs

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .clauses import Clause

#: Auxiliaries of what may, must or will happen: "will meet", "could strike".
_MODALS = {"will", "shall", "would", "could", "may", "might", "should", "must", "can", "ought", "'ll", "wo"}
#: Verbs that tell a phase of an act ('began shelling', 'kept firing'): the act itself happened.
_ASPECTUAL = {"begin", "start", "continue", "keep", "resume"}
#: Verbs that make someone do an act ('forced thousands to flee'): the act was done if the forcing was.
_FORCING = {"force", "compel", "oblige", "drive"}
#: What a side is forced into and does at once: to flee, to withdraw (other acts may come later or never).
_FORCED = {"displacement", "military-movement"}
#: A body's decision to make an appeal, a demand or a sanction makes it: the decision is the act.
_DECIDING = {"decide", "resolve", "vote"}
_PERFORMED = {"appeal", "demand", "sanction", "condemnation"}
_CONDITIONS = {"if", "unless", "whether", "lest"}
#: What a future or a plan waits for: "nothing would happen until he met X", "will withdraw once talks
#: end" (the act waited for is as unreal as what waits for it).
_AWAITED = {"until", "till", "once"}
#: Adverbs of a guess: 'was most likely fired by X', 'probably crossed' tells what someone thinks happened.
_HEDGES = {"likely", "probably", "possibly", "perhaps", "presumably", "conceivably"}
#: Verbs of going public ('appeared on television to say', 'took to Twitter to condemn', 'held a news
#: conference to announce'): what one did so in order to say, one said, if the going public happened.
_GOING_PUBLIC = {"appear", "take", "hold", "call", "convene", "use", "issue", "release", "publish",
                 "post", "speak", "address"}
#: Acts done by saying: told as the purpose of going public, they were done.
_SAID = {"statement", "announcement", "condemnation", "denial", "accusation", "appeal", "demand",
         "support", "threat"}
#: Nouns of an aim: what their 'of' names is wanted, not done ("with the goal of seizing the town").
_PURPOSES = {"goal", "aim", "intention", "purpose", "plan", "hope", "bid", "attempt", "effort", "objective",
             "prospect", "possibility", "threat", "risk", "idea", "option", "danger"}


def _awaited(children: list[Token]) -> bool:
    """Whether a clause is told as what another waits for ('until he met X'); 'until further notice, X
    told reporters' (the parser hangs the phrase on the saying) is no such clause."""
    return any(c.dep_ == "mark" and c.lower_ in _AWAITED and not any(o.dep_ == "pobj" for o in c.children)
               for c in children)


def _looked_forward_to(prep: Token) -> bool:
    """'look forward to meeting', 'are looking forward to signing': the 'to' of an anticipation."""
    verb = prep.head
    return prep.lower_ == "to" and verbs.lemma(verb) == "look" and any(
        c.lower_ == "forward" for c in verb.children)


def irrealis(clause: Clause, children: list[Token], question: bool) -> str | None:
    """Why a clause tells no act that happened ('modal', 'condition', 'plan', 'question', 'conjecture'),
    or None. A clause coordinated with or governed by an unreal one is unreal too (its parent is read
    first)."""
    pred = clause.pred
    auxes = [c for c in children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in _MODALS or verbs.lemma(a) in _MODALS for a in auxes):
        return "modal"
    if any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in children):
        return "condition"
    forced = verbs.lemma(pred.head) in _FORCING and clause.type in _FORCED
    if clause.kind == "xcomp" and (verbs.lemma(pred.head) in _ASPECTUAL or forced):
        # "began shelling", "forced thousands to flee": the act happened if its phase (the forcing) did
        return clause.parent.irrealis if clause.parent is not None else None
    if clause.kind == "xcomp" and verbs.lemma(pred.head) in _DECIDING and clause.type in _PERFORMED:
        # "the Security Council resolved to ask Russia for help": deciding to ask is asking
        return clause.parent.irrealis if clause.parent is not None else None
    if any(c.dep_ == "advmod" and c.lower_ in _HEDGES for c in children):
        return "conjecture"  # "most likely fired by X": the speaker's guess, told as such, not an act
    going = verbs.lemma(pred.head) in _GOING_PUBLIC or _on_air(pred.head)
    if clause.kind == "advcl" and going and clause.type in _SAID:
        # "soldiers appeared on state television to say they had …": the saying is the appearance
        return clause.parent.irrealis if clause.parent is not None else None
    if chance_taken(clause) or _glad_to_say(clause):  # "I had the opportunity to meet X": met X
        return clause.parent.irrealis if clause.parent is not None else None
    if clause.kind == "xcomp" or any(a.lower_ == "to" for a in auxes):
        return "plan"
    if pred.tag_ == "VB" and not any(verbs.lemma(a) == "do" for a in auxes):
        return "plan"  # an infinitive or an imperative
    head = pred.head
    if clause.kind in ("ccomp", "xcomp") and verbs.is_plan(head) and not verbs.is_speech(head):
        return "plan"
    if clause.kind == "pcomp" and verbs.lemma(head.head) in _PURPOSES:
        return "plan"  # "with the goal of seizing the town", "in a bid to", "an attempt at"
    if clause.kind == "pcomp" and _looked_forward_to(head):
        return "plan"  # "I look forward to meeting both leaders": what one hopes to do
    if question and clause.kind == "ROOT":
        return "question"
    if (
        clause.parent is not None
        and clause.parent.irrealis in ("modal", "condition", "plan")
        and (clause.kind in ("conj", "xcomp", "pcomp")  # "would bear responsibility for destroying …"
             or clause.kind == "advcl" and _awaited(children) and not verbs.is_speech(pred))
    ):
        return clause.parent.irrealis
    return None


#: Nouns of a chance one had ('had the opportunity to meet'): in the past, one took it.
_CHANCES = {"opportunity", "chance", "occasion", "honour", "honor", "pleasure", "privilege"}


def chance_taken(clause: Clause) -> bool:
    """'I had the opportunity to meet X', 'she had the chance to visit Y': a chance one had, told in the
    simple past, is the act done (not 'will have the chance to', 'hopes to have the opportunity to')."""
    noun = clause.pred.head
    had = noun.head
    return (clause.kind in ("acl", "relcl") and verbs.lemma(noun) in _CHANCES and noun.dep_ == "dobj"
            and verbs.lemma(had) == "have" and had.tag_ == "VBD")


#: Where one goes to speak to the public ('went on television to declare …').
_AIR = {"television", "tv", "air", "radio", "camera"}
#: Adjectives of a speaker's feeling about what they say now ('I am pleased to announce').
_GLAD = {"pleased", "glad", "happy", "proud", "delighted", "honoured", "honored", "sad", "sorry"}


def _on_air(verb: Token) -> bool:
    """'went on television to declare himself leader': going on the air is going public."""
    return verbs.lemma(verb) == "go" and any(
        p.dep_ == "prep" and p.lower_ == "on" and any(o.lower_ in _AIR for o in p.children)
        for p in verb.children)


def _glad_to_say(clause: Clause) -> bool:
    """'I'm pleased to say that the sides made progress', 'I am happy to announce …': a speaker's
    feeling about what they are saying, in the present, says it (not 'would be glad to announce')."""
    glad = clause.pred.head
    return (clause.kind == "xcomp" and clause.type in _SAID and glad.lower_ in _GLAD
            and glad.head.tag_ in ("VBP", "VBZ") and not any(c.dep_ == "aux" for c in glad.head.children))


#: Acts done by saying them in the first person ('We condemn …', 'I demand …').
_PERFORMATIVE = {"condemnation", "demand", "appeal", "support", "denial", "accusation", "threat",
                 "announcement"}


def performative(clause: Clause) -> bool:
    """'"We strongly condemn this attack," the minister said', '"I am pleased to announce …"': an act
    done by saying it, in the first person and the simple present, is done when it is said (not 'we
    condemned', told of the past; not 'we will demand')."""
    pred = clause.pred
    auxes = [c for c in pred.children if c.dep_ in ("aux", "auxpass")]
    present = pred.tag_ in ("VBP", "VBZ") and not auxes
    return clause.type in _PERFORMATIVE and clause.irrealis is None and (present or _glad_to_say(clause))
