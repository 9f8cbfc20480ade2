"""Which clause each time expression of a sentence dates.

The first clause met climbing from the expression's words to the root owns it ("Petrov, who landed
on Saturday, met …" dates the landing). Then some days move to the clause they really date: a
participle's or a call's day is its head's ('Speaking on Friday, X said', 'said so in a phone call
on Saturday', 'in a statement issued on Thursday'), an event noun that is what its verb did dates the
verb ('held talks on Friday', 'proposed a ceasefire on Wednesday'), and an act reported as it
happens takes the day of its report.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from . import misreads, temporal, verbs
from .clauses import Clause
from .events import HOSTILE

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def attach(
    doc: Doc, clauses: list[Clause], refs: list[temporal.TimeRef]
) -> dict[int, list[temporal.TimeRef]]:
    """Each time expression → the clause it modifies (by the index of the clause's predicate)."""
    heads = {c.pred.i for c in clauses}
    by_pred = {c.pred.i: c for c in clauses}
    out: dict[int, list[temporal.TimeRef]] = {}
    for ref in refs:
        span = doc.char_span(ref.start, ref.start + len(ref.expression), alignment_mode="expand")
        if span is None:
            continue
        owner = _owner(span.root, heads)
        if owner is not None:
            owner = _before_its_mark(span.end, by_pred[owner])
            owner = _spoken_on(span.root, by_pred[owner])
            out.setdefault(owner, []).append(ref)
    for clause in (c for c in clauses if c.parent is not None):
        own, head = clause.pred.i, clause.parent.pred.i
        if own in out and head not in out and (
            _circumstance(clause) or _means(clause, clause.parent) or _what_it_did(clause, clause.parent)
            or _doerless_object(clause, clause.parent) or _issued(clause, by_pred)
            or misreads.small_clause(clause.pred)  # "ordered the events cancelled on Saturday"
            or _hedge(clause)  # "fired at what it said were bases … on Tuesday night"
            or _harm_done(clause, clause.parent)  # "a drone strike on Monday killed five soldiers"
        ):
            out[head] = list(out[own])  # the participle's or the call's day is its head's
        elif head in out and own not in out and _reported(clause, clause.parent):
            out[own] = list(out[head])  # "On Tuesday night, the ministry reported heavy fire on Goris"
    for clause in clauses:
        day = _when_of(clause, refs)
        if day is not None and clause.pred.i not in out:
            out[clause.pred.i] = [day]  # "since May 12, when X's forces advanced …": on May 12
    return out


def _when_of(clause: Clause, refs: list[temporal.TimeRef]) -> temporal.TimeRef | None:
    """A relative clause of a day, opened by 'when' ('tensions have run high since May 12, when forces
    advanced …'; 'until 3 June, when the talks broke down'): it tells what happened on that day, so the
    day is its own, whatever the day bounds for the clause it hangs on ('since')."""
    pred = clause.pred
    if clause.kind != "relcl" or not any(c.dep_ == "advmod" and c.lower_ == "when" for c in pred.children):
        return None
    head = pred.head.idx
    day = next((r for r in refs if r.start <= head < r.start + len(r.expression)), None)
    if day is None or day.date.precision != "day" or day.is_background:
        return None
    return replace(day, anchors_event=True)


def _before_its_mark(end: int, clause: Clause) -> int:
    """'X postponed the trip last week after the balloon was spotted': a subordinate clause begins at
    its 'after', 'when' or 'before'; a time told before that word is outside it, the main clause's
    (the parser often hangs it on the subordinate verb). The predicate of the clause it dates."""
    marks = [c.i for c in clause.pred.children if c.dep_ == "mark" and c.i < clause.pred.i]
    parent = clause.parent
    if clause.kind != "advcl" or parent is None or not marks or end > min(marks):
        return clause.pred.i
    return parent.pred.i if parent.pred.i < min(marks) else clause.pred.i


def _spoken_on(token: Token, clause: Clause) -> int:
    """'Seoul said on Monday it would resume …', 'X said on Friday the troops had withdrawn': a time
    told between a verb of saying and the words it reports, with no 'that' before it, is when it was
    said (the parser hangs it on the reported verb). The owner's predicate, or its saying's."""
    parent = clause.parent
    if clause.kind != "ccomp" or parent is None or not verbs.is_speech(parent.pred):
        return clause.pred.i
    while token.head.i != clause.pred.i and token.head.i != token.i:
        token = token.head
    if token.head.i != clause.pred.i or not parent.pred.i < token.i < clause.pred.i:
        return clause.pred.i
    return parent.pred.i if clause.pred.left_edge.i == token.left_edge.i else clause.pred.i


def _hedge(clause: Clause) -> bool:
    """'what it said were bases', 'what it called military targets', 'what Moscow described as
    depots': the words only name the object of the verb they hang on, in its doer's words; a time
    told at their end is that verb's ('Iran fired at what it said were bases … on Tuesday night')."""
    pred = clause.pred
    return pred.left_edge.lower_ == "what" and verbs.lemma(pred) in _NAMING and pred.left_edge.i < pred.i


#: Verbs that name a thing in someone's words ('what it called …').
_NAMING = {"say", "call", "describe", "term", "claim", "dub", "label", "identify", "characterise",
           "characterize"}


def _reported(clause: Clause, parent: Clause) -> bool:
    """An act told as the object of a verb of reporting: reported as it happened."""
    return (
        clause.kind == "noun"
        and clause.pred.dep_ == "dobj"
        and clause.pred.head.i == parent.pred.i
        and verbs.lemma(parent.pred) in _REPORTING
    )


#: Verbs that report an act as it happens ("reported heavy fire"), unlike those that judge it.
_REPORTING = {"report", "confirm", "record", "register", "announce"}


def _means(clause: Clause, parent: Clause) -> bool:
    """A call or a meeting its head was done in ('said so in a phone conversation on Saturday', 'At an
    emergency session on Sunday, the envoy said …'): the call's or the session's day is the saying's."""
    prep = clause.pred.head
    return (
        clause.kind == "noun"
        and clause.type in ("phone-call", "meeting", "negotiation", "statement")  # "in a televised address"
        and clause.pred.dep_ == "pobj"
        and prep.head.i == parent.pred.i
        and prep.lower_ in ("in", "during", "over", "by", "at")
    )


def _issued(clause: Clause, by_pred: dict[int, Clause]) -> bool:
    """'condemned the shelling in a statement issued on Thursday evening': the participle dates the
    statement, and so the act done in it."""
    noun = by_pred.get(clause.pred.head.i)
    return (
        clause.kind == "acl"
        and clause.pred.tag_ == "VBN"
        and noun is not None
        and clause.parent is not None
        and _means(noun, clause.parent)
    )


def _what_it_did(clause: Clause, parent: Clause) -> bool:
    """An event noun that is what its verb did ('agreed on a ceasefire on Friday', 'held talks on
    Friday', 'launched an offensive on Friday'): the parser often hangs the time on the noun; it
    dates the verb too."""
    noun = clause.pred
    head = noun.head.head if noun.dep_ == "pobj" else noun.head
    return (
        clause.kind == "noun"
        and clause.type == parent.type
        and noun.dep_ in ("dobj", "pobj", "nsubjpass", "attr")
        and head.i == parent.pred.i
    )


def _harm_done(clause: Clause, parent: Clause) -> bool:
    """An attack told as a noun that is the subject of the harm it did ('a drone strike on Monday killed
    five soldiers', 'the shelling on Monday hit a school'): the harm was done when the attack was, so
    the attack's day is its verb's. Not any verb: what an attack 'prompted', 'drew' or 'ended with' may
    be later."""
    noun = clause.pred
    return (
        clause.kind == "noun"
        and clause.type in HOSTILE
        and noun.dep_ == "nsubj"
        and noun.head.i == parent.pred.i
        and (parent.type == "casualties" or verbs.lemma(parent.pred) in _HARM)
    )


#: Verbs of the harm an attack does where it lands, when it lands ('hit a school', 'destroyed two houses').
_HARM = {"hit", "destroy", "damage", "wound", "injure", "kill"}


def _doerless_object(clause: Clause, parent: Clause) -> bool:
    """'X proposed a ceasefire on Wednesday', 'Y postponed the talks on Tuesday': the parser hangs the
    day on the verb's object; an act named with no doer of its own is what the verb was about, and
    the day is the verb's."""
    noun = clause.pred
    return (
        clause.kind == "noun"
        and noun.dep_ == "dobj"
        and noun.head.i == parent.pred.i
        and clause.subject is None
        and clause.nationality is None
    )


def _circumstance(clause: Clause) -> bool:
    """A participle of its head's doer that says in what circumstances the head's act was done
    ('Speaking to reporters on Friday, X said …': X said it on Friday), not when something else
    happened ('after')."""
    pred = clause.pred
    return (
        clause.kind == "advcl"
        and pred.tag_ == "VBG"
        and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in pred.children)
    )


def _owner(token: Token, heads: set[int]) -> int | None:
    while True:
        if token.i in heads:
            return token.i
        if token.head.i == token.i:
            return None
        token = token.head
