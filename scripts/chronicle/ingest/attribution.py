"""Speaker versus doer: who told a clause, as opposed to who did what it tells.

"X said Y attacked Z" is Y's attack as told by X: the speaker is the source of the statement,
not the doer of the act. The parse says it: the attack is the object clause (`ccomp`) of a verb
of saying, and X is that verb's subject. "According to X" names the speaker of its whole
sentence. What a denial denies or an accusation charges ("accused Y of shelling") is no act
the report vouches for; what a plan or a promise announces is none either.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from . import verbs
from .clauses import Clause

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Verbs whose object clause is denied, not asserted.
DENYING = {"deny", "reject", "dismiss", "refute", "rebuff", "disavow", "contradict"}
#: Verbs whose object clause is what is charged: the charge is the event, not the act.
CHARGING = {"accuse", "blame", "charge", "fault"}
#: Clauses that carry what was said.
_CONTENT = {"ccomp", "parataxis", "dep"}
_FIRST_PERSON = {"i", "we", "me", "us"}


@dataclass(frozen=True)
class Telling:
    """The verb of saying a clause is the content of, and the subject of that verb."""

    verb: Clause
    speaker: Token | None


def telling(clause: Clause) -> Telling | None:
    """The saying a clause reports, if it is the content of one ('X said [Y attacked Z]')."""
    current = clause
    while current.parent is not None:
        parent = current.parent
        if (current.kind in _CONTENT or reported_object(current)) and verbs.is_speech(parent.pred):
            return Telling(parent, parent.subject)
        if current.kind not in ("conj", "advcl", "relcl", "acl", "xcomp", "ccomp", "pcomp"):
            return None
        current = parent
    return None


def reported_object(clause: Clause) -> bool:
    """An act told as the object of a verb of reporting ('the ministry reported heavy Azerbaijani
    fire'): what was reported, as a content clause is."""
    return clause.kind == "noun" and clause.pred.dep_ == "dobj"


def charged(clause: Clause) -> bool:
    """Whether a clause is what an accusation charges ('accused Y of [shelling]'), or what a demand
    or an appeal asks for ('urged Y to [withdraw]'), or coordinated with such a clause ('accused Y of
    crossing the border and [attacking] its soldiers': the accuser did not attack)."""
    parent = clause.parent
    if parent is None:
        return False
    if clause.kind == "conj" and charged(parent):
        return True  # "accused Y of crossing the border and [attacking] …": both are charged
    if clause.kind in ("pcomp", "xcomp", "ccomp", "advcl") and (
            verbs.lemma(parent.pred) in CHARGING or parent.type in ("demand", "appeal", "threat")):
        return True
    # "demanded that X cease attacks, adopting resolution 2722": a participle the parser hangs on what is
    # asked for is no act of the one asked (it is told with the demand, which is drafted)
    bare = not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in clause.pred.children)
    return clause.kind == "advcl" and clause.pred.tag_ == "VBG" and bare and charged(parent)


def denied_by(clause: Clause) -> Clause | None:
    """The denial whose object a clause is ('denied that [its troops crossed]')."""
    said = telling(clause)
    if said is not None and verbs.lemma(said.verb.pred) in DENYING:
        return said.verb
    return None


def unsaid(clause: Clause) -> bool:
    """Whether a clause is the content of a negated saying ('Putin did not say that [Russia shot down
    the plane]'): the speaker does not tell it, so no one in the sentence vouches for the act."""
    said = telling(clause)
    return said is not None and said.verb.negated


def instead_of_a_denial(clause: Clause) -> bool:
    """Whether a clause is what a side puts forward in place of an act it denies: coordinated with the
    negated act ('its troops did not cross and simply took up positions') or said in the same breath
    as a denial ('denied sending troops and said its forces only took up positions'). Told of the
    speaker's own side, it is part of the denial, not news of its own (candidates.py checks the side)."""
    parent = clause.parent
    if clause.kind == "conj" and parent is not None and parent.negated and parent.type == clause.type:
        return True
    said = telling(clause)
    saying = said.verb if said is not None else None
    return saying is not None and saying.kind == "conj" and saying.parent is not None and (
        verbs.lemma(saying.parent.pred) in DENYING)


def according_to(doc: Doc) -> Token | None:
    """The speaker of a sentence named with 'according to X'."""
    for token in doc:
        if token.lower_ == "according":
            to = next((c for c in token.children if c.lower_ == "to"), None)
            obj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
            if obj is not None:
                return obj
    return None


def first_person(token: Token | None) -> bool:
    """'I', 'we': in a quotation, the speaker themselves ('Yesterday I called the president', he said)."""
    return token is not None and token.lower_ in _FIRST_PERSON


def content_after(verb: Token) -> Token | None:
    """'the army said it had withdrawn …, a move Paraguay welcomed': the parser hangs what was said on
    a later verb; the clause right after a verb of saying that has no content of its own is its
    content."""
    if not verbs.is_speech(verb) or any(c.dep_ in _CONTENT for c in verb.children):
        return None
    doc = verb.doc
    start = verb.i + 1 + (verb.i + 1 < len(doc) and doc[verb.i + 1].lower_ == "that")
    following = next((t for t in doc[start:] if t.pos_ in ("VERB", "AUX") and t.dep_ in _CONTENT), None)
    return following if following is not None and following.left_edge.i == start else None
