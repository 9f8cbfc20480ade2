"""Where a clause's doer is when the parse does not make it the verb's subject.

The small model often hangs the doer of a clause elsewhere: the name after a fronted day
("On Friday Sylvania observed …") as part of the day's phrase; the subject of a time clause
("three days after Kim Yo Jong, the leader's sister, warned …") as the object of the
preposition, with the verb as an adverbial of the main clause. A clause with no subject of its
own (a coordinated verb, a participle, an infinitive) shares its head clause's. clauses.py
asks here; who the words name is subjects.py's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import verbs

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .clauses import Clause

#: Conjunctions of time that the parser may read as prepositions ("after X warned", "before Y left").
_TIME_LINKS = {"after", "before", "since", "until", "till"}


def under_time_phrase(pred: Token) -> list[Token]:
    """'On Friday Sylvania observed …': the parser reads 'Friday Sylvania' as one name after 'On';
    the name after the day is the subject of the verb that has none."""
    for prep in (c for c in pred.children if c.dep_ == "prep" and c.i < pred.i):
        for obj in (o for o in prep.children if o.dep_ == "pobj" and o.pos_ == "PROPN"):
            if obj.ent_type_ != "DATE" and any(c.ent_type_ == "DATE" for c in obj.children if c.i < obj.i):
                return [obj]
    return []


def after_whom(pred: Token) -> Token | None:
    """'North Korea blew up the office, three days after Kim Yo Jong, the leader's sister, warned …':
    the parser reads 'after Kim Yo Jong' as a preposition and its object, and 'warned' as an adverbial
    of the main verb with no subject. A finite verb right after such an object (and what stands in
    apposition to it) is a time clause whose subject is that object."""
    if pred.dep_ != "advcl" or pred.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    doc = pred.doc
    for prep in (c for c in pred.head.children if c.dep_ == "prep" and c.lower_ in _TIME_LINKS):
        obj = next((o for o in prep.children if o.dep_ == "pobj"), None)
        if obj is None or obj.i > pred.i:
            continue
        gap = [t for t in doc[obj.right_edge.i + 1: pred.i] if not t.is_punct]
        if not gap and obj.pos_ in ("PROPN", "NOUN", "PRON") and verbs.noun_type(obj) is None:
            return obj  # (not "after a militant attack killed 26": an act, whose doer is not told)
    return None


def misread_verb(token: Token) -> bool:
    """'The Economic Community of West African States, which suspended Mali after a similar coup,
    threatened sanctions': after a relative clause the tagger may read the main verb as an adjective of
    its object ('threatened sanctions'). A past tense (not a participle) cannot describe a noun; right
    after the comma that closes a relative clause, it is the main verb."""
    if token.tag_ != "VBD" or token.dep_ != "amod" or token.i < 2 or token.doc[token.i - 1].text != ",":
        return False
    return misread_subject(token) is not None


def misread_subject(token: Token) -> Token | None:
    """The noun a relative clause describes, when that clause runs up to the comma in front of a misread
    main verb (see `misread_verb`): the verb's subject."""
    if token.dep_ != "amod":
        return None
    comma = token.i - 1
    # (the parser may hang the misread verb's noun on the relative clause's last noun, as an apposition)
    for relative in (t for t in token.doc[:comma] if t.dep_ == "relcl" and t.right_edge.i >= comma - 1):
        noun = relative.head
        if noun.pos_ in ("NOUN", "PROPN") and noun.dep_ in ("ROOT", "nsubj"):
            return noun
    return None


#: Prepositions of a move into or across a place: 'aircraft intruded into …' is active, whatever the tag.
_INTO = {"into", "across", "onto", "toward", "towards"}


def verbless_main(token: Token) -> bool:
    """'Malawian aircraft intruded into Zambian airspace on Tuesday.': when a noun like 'aircraft' may be
    a plural, the tagger reads the sentence's verb as a participle describing it and the sentence has
    no verb at all. A sentence opened by that noun, with the past form right after it, is a sentence
    with its main verb, when the form cannot be a passive participle: it has an object, or it tells a
    move into a place ('intruded into'); 'Two soldiers killed in the attack.' stays a toll."""
    head = token.head
    if token.dep_ != "acl" or token.tag_ not in ("VBD", "VBN") or token.i != head.i + 1:
        return False
    if head.dep_ != "ROOT":
        return False
    if head.pos_ not in ("NOUN", "PROPN") or head.left_edge.i != token.sent.start:
        return False
    children = list(token.children)
    if any(c.dep_ in ("auxpass", "agent") for c in children):
        return False
    return any(c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ in _INTO for c in children)


def inherited_subject(clause: Clause) -> Token | None:
    """The doer of a clause without a subject of its own: a coordinated verb shares its head's ('The
    ministry summoned … and handed …'); a participle ('…, killing three') and an infinitive its
    head clause's; a participle modifying a noun ('soldiers guarding the border') that noun."""
    parent = clause.parent
    if clause.kind == "acl" and clause.pred.tag_ == "VBG":
        return clause.pred.head
    feeling = clause.pred.head  # "I'm pleased to say …": the subject of the copula before the adjective
    if clause.kind == "xcomp" and feeling.pos_ == "ADJ" and feeling.dep_ == "acomp":
        return next((c for c in feeling.head.children if c.dep_ == "nsubj"), None)
    if parent is None or clause.kind not in ("conj", "advcl", "xcomp", "pcomp", "acl"):
        return None
    if clause.kind == "advcl" and clause.pred.tag_ in ("VBD", "VBZ", "VBP"):
        # a finite adverbial clause has a subject of its own, which the parser missed ('after X warned')
        return after_whom(clause.pred)
    if clause.kind == "xcomp":  # "urged Y to withdraw": Y; "agreed to withdraw": the one who agreed
        obj = parent.patient if parent.patient is not None and not parent.passive else None
        return obj or parent.subject
    return parent.subject if not parent.passive or clause.kind != "conj" else None


#: Nouns of a role a name follows as its holder ("his counterpart Jane Doe", "her deputy John Roe").
_ROLES = {"counterpart", "deputy", "envoy", "successor", "predecessor", "colleague"}


def counterparts_name(subjects: list[Token]) -> bool:
    """'X and his counterpart Y held talks': the parser may take 'Y' for a second subject of the verb
    instead of the name of the counterpart coordinated with X; the first subject is the doer then, not
    the one next to the verb."""
    if len(subjects) < 2:
        return False
    first, near = subjects[-2], subjects[-1]
    role = near.doc[near.left_edge.i - 1] if near.left_edge.i > 0 else None
    return role is not None and role.lower_ in _ROLES and role.dep_ == "conj" and role.head.i == first.i

