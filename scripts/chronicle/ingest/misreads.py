"""Where the parser misreads a verb of saying and what it says, put right before a clause is read.

The small English model often hangs a content clause on the wrong word: on a time noun ("insisted
later in the day that …" read as a relative clause of "day"), on the noun of a statement ("said in
a statement that …"), or coordinates a speaker's next act with what the speaker said ("said Y did Z
and accused W"). clauses.py calls these on every clause it finds; each moves the clause to where a
reader would hang it. `has_content` tells a verb of saying from the same verb in another sense
("maintains close ties"); `small_clause` finds what an ordered object is made ("ordered the
crossings closed"), which the parser reads as a clause or a participle of its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import nouns, verbs

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .clauses import Clause

#: Dependency relations of a subject.
SUBJECTS = ("nsubj", "nsubjpass", "csubj", "expl")
#: Relative pronouns: a clause they open describes a noun ("Petrov, who landed …").
RELATIVES = {"who", "which", "that", "whom", "whose"}


#: Nouns of a time of day or a span: "later in the day", "that night", "this week".
_TIME_NOUNS = {"day", "night", "morning", "afternoon", "evening", "week", "month", "hour", "hours", "year"}


def content_misread_as_relative(clause: Clause, found: dict[int, Clause]) -> None:
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
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in RELATIVES for c in pred.children)
    if not (opened and own_subject) or saying is None or not verbs.is_speech(saying.pred):
        return False
    clause.kind = "ccomp"
    return True


def conjoined_with_the_saying(clause: Clause) -> None:
    """'X said his troops were taking measures and held Y responsible': the parser coordinates 'held'
    with 'taking', but a simple past cannot share the auxiliary 'were'; it is coordinated with the
    saying, X's own act. (After a perfect or a passive, 'had been summoned and told', the parser's
    past may be a participle that does share it.) 'X said its aim was … and demanded …': a past
    after 'and' with no subject, read as a second thing said, is X's own act too."""
    content, pred = clause.parent, clause.pred
    doc = pred.doc
    after_and = pred.i > 0 and doc[pred.i - 1].lower_ in ("and", "but") and doc[pred.i - 1].dep_ == "cc"
    if clause.kind == "ccomp" and pred.tag_ == "VBD" and after_and and content is not None and not any(
            c.dep_ in SUBJECTS for c in pred.children) and verbs.is_speech(content.pred):
        clause.kind = "conj"
        return
    if content is None or clause.kind != "conj" or pred.tag_ != "VBD" or content.kind != "ccomp":
        return
    saying = content.parent
    if _a_second_saying(clause, content, saying):
        clause.parent = saying
        return
    own = [c for c in pred.children if c.dep_ in (*SUBJECTS, "aux", "auxpass")]
    shared = [c for c in content.pred.children if c.dep_ in ("aux", "auxpass")]
    if own or not shared or content.pred.tag_ != "VBG" or saying is None:
        return
    if verbs.is_speech(saying.pred) and saying.pred.tag_ == "VBD":
        clause.parent = saying


def participle_of_a_stranded_perfect(clause: Clause, found: dict[int, Clause]) -> None:
    """'He recalled that the Secretary-General had, on 13 September, expressed concern and called for …':
    with words between 'had' and its participle, the parser may read 'had' alone as what was said and
    coordinate the participle with the saying, lending it the speaker; the participle is the perfect's,
    and shares the subject of 'had'."""
    pred, saying = clause.pred, clause.parent
    if clause.kind != "conj" or pred.tag_ not in ("VBN", "VBD") or saying is None or any(
            c.dep_ in (*SUBJECTS, "aux", "auxpass") for c in pred.children):
        return
    for have in (c for c in saying.pred.children if c.dep_ == "ccomp" and c.i < pred.i and c.i in found):
        bare = verbs.lemma(have) == "have" and not any(c.dep_ in ("dobj", "attr") for c in have.children)
        if bare and any(c.dep_ in SUBJECTS for c in have.children):
            clause.parent = found[have.i]
            return


#: What a speaker does by speaking: after 'X said Y did Z and …', such a verb is X's own act.
_SPOKEN_ACTS = {"accusation", "condemnation", "appeal", "demand", "denial", "threat"}


def _a_second_saying(clause: Clause, content: Clause, saying: Clause | None) -> bool:
    """"Ecuador's presidency said Glas posed a flight risk and accused Mexico of …": the parser
    coordinates 'accused' with what was said, but an accusation (a condemnation, an appeal, a demand)
    in the simple past after a simple past is the speaker's next act, as the reader takes it."""
    if saying is None or not verbs.is_speech(saying.pred) or clause.type not in _SPOKEN_ACTS:
        return False
    own = [c for c in clause.pred.children if c.dep_ in (*SUBJECTS, "aux", "auxpass")]
    helped = [c for c in content.pred.children if c.dep_ in ("aux", "auxpass")]
    return not own and not helped and content.pred.tag_ == "VBD"


#: Objects of a verb of saying that keep it a saying: what was said, or who was told.
_SAID_OBJECTS = {"statement", "remark", "comment", "word", "message", "concern", "hope", "regret", "view",
                 "position", "support", "condolence", "information", "news", "report", "fact", "detail",
                 "claim", "so", "this", "that", "it", "responsibility"}


def has_content(clause: Clause, found: dict[int, Clause]) -> bool:
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


#: Verbs whose object is followed by what it is made or found to be ('ordered the crossings closed',
#: 'declared the area a military zone', 'found the village deserted').
_OBJECT_COMPLEMENTS = {"order", "declare", "want", "keep", "leave", "make", "get", "have", "find", "deem",
                       "consider", "rule", "pronounce", "see"}
#: What a clause of its own has and a small clause ('the crossings closed') lacks.
_NOT_SMALL = {"mark", "aux", "auxpass", "ccomp", "dobj", "nsubjpass"}


def small_clause(verb: Token) -> bool:
    """What the object of a verb like 'order' is made: a participle, an adjective or a noun right after
    the object ('ordered the crossings closed', 'ordered the events in Lilongwe cancelled', 'ordered all
    flights suspended', 'ordered the embassy sealed off', 'declared himself head of state'). The
    parser reads it as a clause whose subject is the object, as a second complement beside the object,
    or as the object's own participle; it belongs to the ordering: its time words date the order, and a
    title keeps it (without it the title stops at 'orders')."""
    if any(c.dep_ in _NOT_SMALL for c in verb.children) or verb.tag_ not in ("VBN", "VBD", "JJ", "NN", "NNS"):
        return False
    if verb.pos_ not in ("VERB", "ADJ", "NOUN"):
        return False  # "declared the ceasefire was over": a clause of its own
    if verb.dep_ == "acl":  # "ordered [the embassy] sealed off": the object's participle
        noun = verb.head
        return (verb.tag_ == "VBN" and noun.dep_ == "dobj" and verbs.lemma(noun.head) in _OBJECT_COMPLEMENTS
                and not any(c.dep_ == "nsubj" for c in verb.children) and verb.left_edge.i == verb.i)
    head = verb.head
    if verb.dep_ != "ccomp" or verbs.lemma(head) not in _OBJECT_COMPLEMENTS:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:  # "ordered [all flights to Zambia] suspended": right after the verb's object
        obj = next((c for c in head.children if c.dep_ == "dobj"), None)
        return obj is not None and obj.right_edge.i + 1 == verb.left_edge.i and verb.tag_ in ("VBN", "JJ")
    own = min(t.i for t in verb.subtree if not subject.left_edge.i <= t.i <= subject.right_edge.i)
    return (subject.pos_ in ("NOUN", "PROPN", "PRON") and subject.left_edge.i == head.i + 1
            and own == subject.right_edge.i + 1)
