"""A parsed sentence → its clauses: every predicate that may tell an act, with its parts.

Each main, subordinate ("when troops detained…"), relative ("who landed…"), participial,
coordinated and reported clause is one `Clause`, and so is an act told as a noun ("the
13 September attack by X on Y"). For each the parse gives the predicate and its lemma, the
doer (the subject; of a passive, its `by` agent), the one it was done to, the partners of a
joint act ("with", "between"), negation, and whether it tells an act at all: a plan, a wish,
a condition, a question, a future or a modal ("will meet", "is expected to", "could") does
not (modality.py). Where the parser hangs a verb of saying's content on the wrong word, the
clause is moved first (misreads.py). Which clause reports which (speaker versus doer) is in
attribution.py; who the words name is in subjects.py; when, in dating.py.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from . import doers, misreads, modality, nouns, parties, verbs
from .misreads import RELATIVES, SUBJECTS

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Dependency relations of a verb that heads a clause of its own.
_CLAUSAL = {
    "ROOT",
    "advcl",
    "relcl",
    "ccomp",
    "conj",
    "xcomp",
    "acl",
    "pcomp",
    "csubj",
    "parataxis",
    "dep",
    "pobj",
    "advmod",
    "npadvmod",
}


@dataclass
class Clause:
    """One predicate of a sentence and what the parse says about it."""

    pred: Token
    kind: str  # the predicate's relation: ROOT, advcl, relcl, ccomp, conj, xcomp, acl… or "noun"
    type: str | None
    subject: Token | None = None  # head of the doer phrase (a passive's agent when it has one)
    patient: Token | None = None  # who or what it was done to
    partners: list[Token] = field(default_factory=list)  # other parties ("with Y", "between X and Y")
    targets: list[Token] = field(default_factory=list)  # "on Y", "against Y"
    passive: bool = False
    negated: bool = False
    irrealis: str | None = None  # why it tells no act: plan, condition, question, modal
    parent: Clause | None = None  # the clause this one depends on
    quoted: bool = False  # inside quotation marks: what someone said, not what the report tells
    nationality: Token | None = None  # of an act told as a noun: "Azerbaijani fire", "the Tajik offensive"
    told_by: Token | None = None  # the event noun a verb of happening tells ("clashes broke out")

    @property
    def is_event(self) -> bool:
        return self.type is not None and self.irrealis is None and not self.negated

    def mutual(self) -> bool:
        """'X and Y blamed each other', 'accused one another', 'traded accusations': each side did it to
        the other."""
        pred = self.pred
        objects = [c for c in pred.children if c.dep_ in ("dobj", "dative")]
        each = any(o.lower_ in ("other", "another", "one") and any(
            c.lower_ in ("each", "one", "another") for c in o.children) for o in objects)
        traded = verbs.lemma(pred) in ("trade", "exchange") and self.type == "accusation"
        return each or traded

    def depth(self) -> int:
        """How many clauses this one depends on (the main clause: 0)."""
        depth, parent = 0, self.parent
        while parent is not None:
            depth, parent = depth + 1, parent.parent
        return depth

    def span(self) -> tuple[int, int]:
        """Character offsets of the predicate in its sentence."""
        return self.pred.idx, self.pred.idx + len(self.pred.text)


def clauses(doc) -> list[Clause]:  # noqa: ANN001 (a spaCy Doc)
    """Every clause of a parsed sentence, in reading order, parents before their dependents."""
    found: dict[int, Clause] = {}
    question = doc.text.rstrip().rstrip("”\"’'").endswith("?")
    for token in doc:
        if doers.verbless_main(token):  # "Malawian aircraft intruded into …": read as a participle
            found[token.i] = Clause(token, "ROOT", verbs.verb_type(token))
        elif _is_predicate(token):
            found[token.i] = Clause(token, token.dep_, verbs.verb_type(token))
        elif doers.misread_verb(token):  # "X, which suspended Mali after a coup, threatened sanctions"
            found[token.i] = Clause(token, "ROOT", verbs.verb_type(token))
        elif token.pos_ in ("NOUN", "PROPN") and (kind := verbs.noun_type(token)):
            found[token.i] = Clause(token, "noun", kind)
    inside = nouns.quoted(doc)
    for clause in found.values():
        clause.parent = _parent(clause.pred, found) if clause.kind != "ROOT" else None
        clause.quoted = clause.pred.i in inside
    for clause in found.values():
        misreads.content_misread_as_relative(clause, found)
        misreads.conjoined_with_the_saying(clause)
        misreads.participle_of_a_stranded_perfect(clause, found)
    for clause in sorted(found.values(), key=Clause.depth):  # parents first: a clause may share their subject
        if clause.kind == "noun":
            nouns.parts(clause)
        else:
            _verb_parts(clause, question)
            nouns.told_by_its_noun(clause)
            subject = clause.subject
            told = subject is not None and subject.i < clause.pred.i and subject.i not in inside
            if clause.quoted and told:
                clause.quoted = False  # 'X "accepted the proposal"': the report's words, partly quoted
            if clause.type == "statement" and not misreads.has_content(clause, found):
                clause.type = None  # "Armenia maintains close ties": a verb of saying used in another sense
    return sorted(found.values(), key=lambda c: c.pred.i)


def _is_predicate(token: Token) -> bool:
    if token.pos_ != "VERB" or token.dep_ not in _CLAUSAL:
        return False
    if token.dep_ in ("pobj", "advmod", "npadvmod", "dep") and token.tag_ not in (
        "VBD",
        "VBN",
        "VBG",
        "VBZ",
        "VBP",
    ):
        return False
    return token.dep_ != "conj" or token.head.pos_ in ("VERB", "AUX")


def _parent(token: Token, found: dict[int, Clause]) -> Clause | None:
    head = token.head
    while head.i != token.i:
        if head.i in found and found[head.i].kind != "noun":
            return found[head.i]
        if head.head.i == head.i:
            return None
        token, head = head, head.head
    return None


def _verb_parts(clause: Clause, question: bool) -> None:
    pred = clause.pred
    children = list(pred.children)
    misread = doers.misread_subject(pred)
    subjects = [c for c in children if c.dep_ in SUBJECTS] or doers.under_time_phrase(pred) or (
        [misread] if misread is not None else []) or ([pred.head] if doers.verbless_main(pred) else [])
    inverted = [c for c in subjects if c.i > pred.i and c.dep_ == "nsubj"]
    timed = doers.under_time_phrase(pred)
    if inverted and len(inverted) == len(subjects) and not verbs.is_speech(pred) and timed:
        # "On Friday Karl Brandt, the defence minister, met Anna Weber": the parser reads the name after
        # the day as the day's, and the object as the subject; only verbs of saying put it after them
        subjects = timed
    before = [c for c in subjects if c.i < pred.i]
    if len(before) > 1 and doers.counterparts_name(before):
        clause.partners.append(before[-1])  # "X and his counterpart Y held talks": Y, a party with X
    elif len(before) > 1:  # "Faced with Paris' condemnation …, Baku denounced": the one next to the verb
        subjects = [before[-1], *[c for c in subjects if c is not before[-1]]]
    clause.passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in children) or (
        clause.kind in ("acl", "advcl") and pred.tag_ == "VBN" and not any(c.dep_ == "aux" for c in children)
    )  # "a soldier killed by …", "…, 42 people wounded": a participle of a passive
    clause.negated = any(c.dep_ == "neg" or c.lower_ in ("never", "not", "n't") for c in children) or any(
        d.dep_ == "det" and d.lower_ == "no" for c in subjects for d in c.children
    )  # "No agreements were announced": nothing was
    agent = next((p for c in children if c.dep_ == "agent" and c.lower_ == "by"  # (not a misread "between")
                  for p in c.children if p.dep_ == "pobj"), None)
    if clause.passive:
        clause.patient = subjects[0] if subjects else (pred.head if clause.kind == "acl" else None)
        clause.subject = agent
    else:
        clause.subject = subjects[0] if subjects else None
        clause.patient = next((c for c in children if c.dep_ in ("dobj", "dative", "attr")), None) or (
            inverted[0] if inverted and subjects[0].i != inverted[0].i else None) or (
            pred.head if misread is not None else None)  # "… threatened sanctions": the sanctions
    if clause.subject is not None and clause.subject.lower_ in RELATIVES and clause.kind == "relcl":
        clause.subject = pred.head  # "Petrov, who landed …": Petrov
    if clause.subject is None and not clause.passive:
        clause.subject = doers.inherited_subject(clause)
    clause.nationality = nouns.weapon_nation(clause.subject)  # "Togolese missiles hit …": Togo's forces
    if clause.passive and clause.patient is None and clause.parent is not None and clause.kind == "conj":
        # "X moved to Accra and was appointed minister": the subject the two verbs share (X)
        parent = clause.parent
        clause.patient = parent.patient if parent.passive else parent.subject
    for prep in (c for c in children if c.dep_ in ("prep", "agent")):
        objects = [o for o in prep.children if o.dep_ == "pobj"]
        objects += [c for o in objects for c in o.conjuncts]
        if verbs.lemma(prep) in nouns.PARTNER_PREPS:
            clause.partners.extend(parties.owners(objects))
        elif verbs.lemma(prep) in nouns.TARGET_PREPS:
            clause.targets.extend(objects)
    act = next((c for c in children if c.dep_ in ("dobj", "nsubjpass") and verbs.noun_type(c) == clause.type),
               None)  # "talks between X and Y were held", "held a call with Y": the act's parties
    if act is not None:
        clause.partners.extend(_parties_of(act))
    if clause.type in parties.JOINT:  # "spoke by telephone with Y"
        clause.partners.extend(p for p in parties.with_medium(pred) if p not in clause.partners)
    if clause.passive and clause.subject is None and not clause.partners:
        clause.partners.extend(_between(pred))
    clause.irrealis = modality.irrealis(clause, children, question)


def _between(pred: Token) -> list[Token]:
    """'A meeting was convened in Geneva under the auspices of the UN between the delegations of X and
    Y': the parser hangs 'between' on the nearest noun; with no doer named, its objects are the parties
    of the passive act (outside any clause of their own)."""
    for token in pred.subtree:
        if token.dep_ != "prep" or token.lower_ != "between":
            continue
        inner = token.head  # the nearest verb above it, within the subtree: pred's own phrase only
        while inner.i != pred.i and inner.head.i != inner.i and not (
                inner.pos_ in ("VERB", "AUX") and inner.dep_ != "amod"):
            inner = inner.head
        if inner.i == pred.i:
            objects = [o for o in token.children if o.dep_ == "pobj"]
            return parties.owners(objects + [c for o in objects for c in o.conjuncts])
    return []


def _parties_of(noun: Token) -> list[Token]:
    """The other parties an event noun names ('talks between X and Y', 'a call with Y')."""
    objects = [o for prep in noun.children if prep.dep_ == "prep" and verbs.lemma(prep) in ("with", "between")
               for o in prep.children if o.dep_ == "pobj"]
    return parties.owners(objects + [c for o in objects for c in o.conjuncts])


