"""A parsed sentence → its clauses: every predicate that may tell an act, with its parts.

Each main, subordinate ("when troops detained…"), relative ("who landed…"), participial,
coordinated and reported clause is one `Clause`, and so is an act told as a noun ("the
13 September attack by X on Y"). For each the parse gives the predicate and its lemma, the
doer (the subject; of a passive, its `by` agent), the one it was done to, the partners of a
joint act ("with", "between"), negation, and whether it tells an act at all: a plan, a wish,
a condition, a question, a future or a modal ("will meet", "is expected to", "could") does
not. Which clause reports which (speaker versus doer) is in attribution.py; who the words
name is in subjects.py; when, in dating.py.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from . import nouns, parties, verbs

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
#: Nouns of an aim: what their 'of' names is wanted, not done ("with the goal of seizing the town").
_PURPOSES = {"goal", "aim", "intention", "purpose", "plan", "hope", "bid", "attempt", "effort", "objective",
             "prospect", "possibility", "threat", "risk", "idea", "option", "danger"}
_SUBJECTS = ("nsubj", "nsubjpass", "csubj", "expl")
_RELATIVES = {"who", "which", "that", "whom", "whose"}


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
        if _is_predicate(token):
            found[token.i] = Clause(token, token.dep_, verbs.verb_type(token))
        elif token.pos_ in ("NOUN", "PROPN") and (kind := verbs.noun_type(token)):
            found[token.i] = Clause(token, "noun", kind)
    inside = nouns.quoted(doc)
    for clause in found.values():
        clause.parent = _parent(clause.pred, found)
        clause.quoted = clause.pred.i in inside
    for clause in found.values():
        _content_misread_as_relative(clause, found)
        _conjoined_with_the_saying(clause)
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
            if clause.type == "statement" and not _has_content(clause, found):
                clause.type = None  # "Armenia maintains close ties": a verb of saying used in another sense
    return sorted(found.values(), key=lambda c: c.pred.i)


#: Nouns of a time of day or a span: "later in the day", "that night", "this week".
_TIME_NOUNS = {"day", "night", "morning", "afternoon", "evening", "week", "month", "hour", "hours", "year"}


def _content_misread_as_relative(clause: Clause, found: dict[int, Clause]) -> None:
    """'Baku insisted later in the day that its troops did not cross': the parser reads the 'that'
    clause as a relative clause of 'day'; a verb of saying with no content clause of its own takes it
    as its content (a time noun is told about by 'when', 'on which', rarely by a bare 'that')."""
    pred = clause.pred
    if _content_of_a_statement(clause):
        return
    if clause.kind != "relcl" or verbs.lemma(pred.head) not in _TIME_NOUNS or pred.head.dep_ != "pobj":
        return
    saying = clause.parent
    if saying is None or not verbs.is_speech(saying.pred) or any(
        c.dep_ in ("ccomp", "parataxis") for c in saying.pred.children
    ):
        return
    clause.kind = "ccomp"


#: Nouns of what is said, through which a verb of saying tells its content ("said in a statement that").
_SAID_IN = {"statement", "communique", "communiqué", "release", "readout", "post", "message", "interview",
            "briefing", "speech", "address", "letter", "tweet", "report", "note", "conference"}


def _content_of_a_statement(clause: Clause) -> bool:
    """'X said in a statement that its fighters had withdrawn': the parser may hang the 'that' clause on
    'statement' as if it described it; a clause opened by the conjunction 'that' with a subject of its
    own is what the statement says, so the content of the verb of saying the statement belongs to."""
    pred, saying = clause.pred, clause.parent
    if clause.kind not in ("acl", "relcl") or verbs.lemma(pred.head) not in _SAID_IN:
        return False
    if pred.head.dep_ != "pobj":
        return False
    opened = any(c.dep_ == "mark" and c.lower_ == "that" for c in pred.children)
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in _RELATIVES for c in pred.children)
    if not (opened and own_subject) or saying is None or not verbs.is_speech(saying.pred):
        return False
    clause.kind = "ccomp"
    return True


def _conjoined_with_the_saying(clause: Clause) -> None:
    """'X said his troops were taking measures and held Y responsible': the parser coordinates 'held'
    with 'taking', but a simple past cannot share the auxiliary 'were'; it is coordinated with the
    saying, X's own act. (After a perfect or a passive, 'had been summoned and told', the parser's
    past may be a participle that does share it.) 'X said its aim was … and demanded …': a past
    after 'and' with no subject, read as a second thing said, is X's own act too."""
    content, pred = clause.parent, clause.pred
    doc = pred.doc
    after_and = pred.i > 0 and doc[pred.i - 1].lower_ in ("and", "but") and doc[pred.i - 1].dep_ == "cc"
    if clause.kind == "ccomp" and pred.tag_ == "VBD" and after_and and content is not None and not any(
            c.dep_ in _SUBJECTS for c in pred.children) and verbs.is_speech(content.pred):
        clause.kind = "conj"
        return
    if content is None or clause.kind != "conj" or pred.tag_ != "VBD" or content.kind != "ccomp":
        return
    saying = content.parent
    if _a_second_saying(clause, content, saying):
        clause.parent = saying
        return
    own = [c for c in pred.children if c.dep_ in (*_SUBJECTS, "aux", "auxpass")]
    shared = [c for c in content.pred.children if c.dep_ in ("aux", "auxpass")]
    if own or not shared or content.pred.tag_ != "VBG" or saying is None:
        return
    if verbs.is_speech(saying.pred) and saying.pred.tag_ == "VBD":
        clause.parent = saying


#: What a speaker does by speaking: after 'X said Y did Z and …', such a verb is X's own act.
_SPOKEN_ACTS = {"accusation", "condemnation", "appeal", "demand", "denial", "threat"}


def _a_second_saying(clause: Clause, content: Clause, saying: Clause | None) -> bool:
    """"Ecuador's presidency said Glas posed a flight risk and accused Mexico of …": the parser
    coordinates 'accused' with what was said, but an accusation (a condemnation, an appeal, a demand)
    in the simple past after a simple past is the speaker's next act, as the reader takes it."""
    if saying is None or not verbs.is_speech(saying.pred) or clause.type not in _SPOKEN_ACTS:
        return False
    own = [c for c in clause.pred.children if c.dep_ in (*_SUBJECTS, "aux", "auxpass")]
    helped = [c for c in content.pred.children if c.dep_ in ("aux", "auxpass")]
    return not own and not helped and content.pred.tag_ == "VBD"


#: Objects of a verb of saying that keep it a saying: what was said, or who was told.
_SAID_OBJECTS = {"statement", "remark", "comment", "word", "message", "concern", "hope", "regret", "view",
                 "position", "support", "condolence", "information", "news", "report", "fact", "detail",
                 "claim", "so", "this", "that", "it", "responsibility"}


def _has_content(clause: Clause, found: dict[int, Clause]) -> bool:
    """Whether a verb of saying tells what was said (a content clause, a quotation, a thing said) or
    whom it was told to; 'maintains close ties', 'recalled its ambassador' are other senses."""
    pred = clause.pred
    if not verbs.is_speech(pred):
        return True
    if any(c.parent is clause and c.kind in ("ccomp", "parataxis", "dep") for c in found.values()):
        return True
    if any(c.dep_ in ("ccomp", "parataxis", "dative") for c in pred.children) or clause.quoted:
        return True
    if nouns.quoted(pred.doc):
        return True  # the quotation is the content, wherever the parser hung it
    obj = next((c for c in pred.children if c.dep_ == "dobj"), None)
    if obj is None:
        return True  # "he said", "the ministry added": the content is around it
    return (
        obj.pos_ in ("PRON", "PROPN")
        or obj.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
        or verbs.lemma(obj) in _SAID_OBJECTS
        or verbs.lemma(obj) in verbs.classes().addressees
    )


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
    subjects = [c for c in children if c.dep_ in _SUBJECTS] or _under_time_phrase(pred)
    inverted = [c for c in subjects if c.i > pred.i and c.dep_ == "nsubj"]
    if inverted and len(inverted) == len(subjects) and not verbs.is_speech(pred) and _under_time_phrase(pred):
        # "On Friday Karl Brandt, the defence minister, met Anna Weber": the parser reads the name after
        # the day as the day's, and the object as the subject; only verbs of saying put it after them
        subjects = _under_time_phrase(pred)
    before = [c for c in subjects if c.i < pred.i]
    if len(before) > 1:  # "Faced with Paris' condemnation …, Baku denounced": the one next to the verb
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
            inverted[0] if inverted and subjects[0].i != inverted[0].i else None)
    if clause.subject is not None and clause.subject.lower_ in _RELATIVES and clause.kind == "relcl":
        clause.subject = pred.head  # "Petrov, who landed …": Petrov
    if clause.subject is None and not clause.passive:
        clause.subject = _inherited_subject(clause)
    clause.nationality = nouns.weapon_nation(clause.subject)  # "Togolese missiles hit …": Togo's forces
    if clause.passive and clause.patient is None and clause.parent is not None and clause.kind == "conj":
        clause.patient = clause.parent.patient
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
    clause.irrealis = _irrealis(clause, children, question)


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


def _under_time_phrase(pred: Token) -> list[Token]:
    """'On Friday Sylvania observed …': the parser reads 'Friday Sylvania' as one name after 'On';
    the name after the day is the subject of the verb that has none."""
    for prep in (c for c in pred.children if c.dep_ == "prep" and c.i < pred.i):
        for obj in (o for o in prep.children if o.dep_ == "pobj" and o.pos_ == "PROPN"):
            if obj.ent_type_ != "DATE" and any(c.ent_type_ == "DATE" for c in obj.children if c.i < obj.i):
                return [obj]
    return []


def _inherited_subject(clause: Clause) -> Token | None:
    """The doer of a clause without a subject of its own: a coordinated verb shares its head's ('The
    ministry summoned … and handed …'); a participle ('…, killing three') and an infinitive its
    head clause's; a participle modifying a noun ('soldiers guarding the border') that noun."""
    parent = clause.parent
    if clause.kind == "acl" and clause.pred.tag_ == "VBG":
        return clause.pred.head
    if parent is None or clause.kind not in ("conj", "advcl", "xcomp", "pcomp", "acl"):
        return None
    if clause.kind == "advcl" and clause.pred.tag_ in ("VBD", "VBZ", "VBP"):
        return None  # a finite adverbial clause has a subject of its own, which the parser missed
    if clause.kind == "xcomp":  # "urged Y to withdraw": Y; "agreed to withdraw": the one who agreed
        obj = parent.patient if parent.patient is not None and not parent.passive else None
        return obj or parent.subject
    return parent.subject if not parent.passive or clause.kind != "conj" else None


def _irrealis(clause: Clause, children: list[Token], question: bool) -> str | None:
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
    if clause.kind == "xcomp" or any(a.lower_ == "to" for a in auxes):
        return "plan"
    if pred.tag_ == "VB" and not any(verbs.lemma(a) == "do" for a in auxes):
        return "plan"  # an infinitive or an imperative
    head = pred.head
    if clause.kind in ("ccomp", "xcomp") and verbs.is_plan(head) and not verbs.is_speech(head):
        return "plan"
    if clause.kind == "pcomp" and verbs.lemma(head.head) in _PURPOSES:
        return "plan"  # "with the goal of seizing the town", "in a bid to", "an attempt at"
    if question and clause.kind == "ROOT":
        return "question"
    if (
        clause.parent is not None
        and clause.parent.irrealis in ("modal", "condition", "plan")
        and (clause.kind in ("conj", "xcomp"))
    ):
        return clause.parent.irrealis
    return None
