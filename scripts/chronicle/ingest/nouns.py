"""Acts told as nouns, and clauses whose act is a noun: "the 13 September attack by X on Y",
"clashes broke out between X and Y", "the talks, which were held on Thursday". A verb that only
says an act happened (it broke out, took place, was held) tells the act its subject names, with
that noun's doer, parties and targets and the verb's own day. Also which words are quoted.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import verbs, world

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .clauses import Clause

#: Prepositions before the other party of a joint act, or the target of a hostile one.
PARTNER_PREPS = {"with", "between", "to", "among", "and"}
TARGET_PREPS = {"on", "against", "at", "into", "upon", "toward", "towards"}


def parts(clause: Clause) -> None:
    """An act told as a noun: its doer after 'by' or as its owner ('Azerbaijan's attack'), the
    nation its adjective names ('Azerbaijani fire'), its target after 'on'/'against', its partners
    after 'with'/'between'."""
    _roles(clause, clause.pred)
    clause.negated = any(c.lower_ == "no" for c in clause.pred.children)
    parent, noun = clause.parent, clause.pred
    if clause.subject is None and parent is not None and _around(noun, parent.pred) and (
            clause.type in JOINT) and not parent.passive:
        clause.subject = parent.subject  # "After talks with Y on Wednesday, X said …": X's talks


#: Acts done together: events.JOINT_TYPES (events.py imports clauses.py, which imports this module).
JOINT = {"phone-call", "meeting", "negotiation", "agreement"}
#: Prepositions that put a joint act just before or around the act of the clause they hang on.
_AROUND = {"after", "following", "during", "at"}


def _around(noun: Token, verb: Token) -> bool:
    """'After talks with Y, X said', 'During a visit to Z, X met': the noun is in a phrase of time of
    the verb (not the verb's object: 'X welcomed the talks')."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ in _AROUND and prep.head.i == verb.i


def _roles(clause: Clause, noun: Token) -> None:
    """The doer, nation, partners and targets an event noun names, given to the clause that tells it."""
    for child in noun.children:
        if child.dep_ == "poss":  # "Azerbaijan's attack", "his meeting on Monday with …"
            clause.subject = child
        if child.dep_ in ("amod", "compound") and child.i < noun.i and world.DEMONYMS.get(child.text):
            clause.nationality = child
        if child.dep_ != "prep":
            continue
        objects = [o for o in child.children if o.dep_ == "pobj"]
        objects += [c for o in objects for c in o.conjuncts]
        word = verbs.lemma(child)
        if word == "by" and objects:
            clause.subject = objects[0]
        elif word == "of" and objects and clause.subject is None and _gathering(noun, objects[0]):
            clause.subject = objects[0]  # "an emergency session of the UN Security Council": the Council's
        elif word in PARTNER_PREPS:
            clause.partners.extend(objects)
        elif word in TARGET_PREPS:
            clause.targets.extend(objects)


#: Nouns of a body's sitting, whose 'of' names the body that sits ('a session of the Security Council').
_SITTINGS = {"session", "meeting", "summit", "sitting", "conference"}


def _gathering(noun: Token, owner: Token) -> bool:
    """'a session of the Security Council', 'an extraordinary summit of ECOWAS': the body named after
    'of' holds it (a name, not 'a meeting of foreign ministers', whose ministers are its parties)."""
    return verbs.lemma(noun) in _SITTINGS and owner.pos_ == "PROPN"


#: Weapons that stand for the forces that fire them ("Togolese missiles hit two towns").
WEAPONS = {"missile", "rocket", "drone", "shell", "jet", "plane", "warplane", "aircraft", "helicopter",
           "artillery", "tank", "warship", "bomber", "fighter-jet", "mortar", "gunboat", "vessel", "ship",
           "boat", "frigate", "destroyer", "corvette", "submarine", "cruiser", "vehicle",
           "defence", "defense"}  # "its air defences shot down …"


#: Nouns of a group of craft or vehicles, whose 'of' names them ("a column of tanks", "a flotilla of boats").
_GROUPS = {"column", "convoy", "fleet", "squadron", "flotilla", "formation"}
#: Bodies that own craft, named before the craft's noun ("coast guard boats", "navy ships").
_CRAFT_OWNERS = {"guard", "navy", "police", "army", "militia", "coastguard"}


def weapon_nation(token: Token | None) -> Token | None:
    """The nationality word of a weapon named as a doer ('Togolese missiles', 'a Ghanaian drone')."""
    if token is not None and verbs.lemma(token) in _GROUPS:  # "a column of Malawian armoured vehicles"
        token = next((o for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
                      for o in p.children if o.dep_ == "pobj"), None)
    if token is None or verbs.lemma(token) not in WEAPONS:
        return None
    if any(c.dep_ == "compound" and c.lower_ in _CRAFT_OWNERS for c in token.children):
        return None  # "Russian coast guard boats", "a border guard ship": the body they belong to acts
    # (a demonym before a model name, 'Malawian BM-21 rockets', may be read as a possessor of it)
    return next((c for c in token.children if c.dep_ in ("amod", "compound", "poss") and c.i < token.i
                 and world.DEMONYMS.get(c.text)), None)


#: Relative pronouns that stand for the noun a relative clause is on.
_RELATIVES = {"which", "that"}


def told_by_its_noun(clause: Clause) -> None:
    """'Clashes broke out on Tuesday between X and Y', 'a meeting took place on Monday', 'the
    talks, which were held on Thursday': a verb that only says an act happened tells the act its
    subject names, with that noun's doer, parties and targets (and the verb's own 'between')."""
    pred = clause.pred
    if clause.type is None and _came_under(clause):
        return
    if clause.type is not None or not _happens(clause):
        return
    noun = next((c for c in pred.children if c.dep_ in ("nsubj", "nsubjpass")), None) or _there_is(pred)
    if noun is not None and noun.lower_ in _RELATIVES and clause.kind == "relcl":
        noun = pred.head  # "the talks, which were held": the talks
    if noun is None and clause.kind == "acl" and clause.passive:
        noun = pred.head  # "the telephone conversations held by X with Y on 24 July": X's calls
    agent = clause.subject if clause.passive else None  # "which were held by X": X's
    if noun is None or noun.pos_ not in ("NOUN", "PROPN") or noun.i > pred.i and noun.dep_ != "attr":
        return
    kind = verbs.noun_type(noun)
    if kind is None:
        return
    clause.type, clause.told_by = kind, noun
    clause.subject = clause.patient = None
    clause.negated = clause.negated or any(c.lower_ == "no" for c in noun.children)  # "there was no shelling"
    _roles(clause, noun)
    clause.subject = clause.subject or agent


def _came_under(clause: Clause) -> bool:
    """'Its positions came under fire from Armenian units': the act the noun after 'under' names, done
    by whoever 'from' names to the subject."""
    pred = clause.pred
    if verbs.lemma(pred) != "come":
        return False
    under = next((o for p in pred.children if p.dep_ == "prep" and p.lower_ == "under"
                  for o in p.children if o.dep_ == "pobj"), None)
    kind = verbs.noun_type(under) if under is not None else None
    if under is None or kind is None:
        return False
    froms = [p for p in (*pred.children, *under.children) if p.dep_ == "prep" and p.lower_ == "from"]
    doer = next((o for p in froms for o in p.children if o.dep_ == "pobj"), None)
    clause.type, clause.told_by = kind, under
    clause.targets = [clause.subject] if clause.subject is not None else []
    clause.subject, clause.patient = doer, None
    return True


def _there_is(pred: Token) -> Token | None:
    """'There were heavy clashes between X and Y on Friday': the noun an existential 'there is' says
    happened."""
    if verbs.lemma(pred) != "be" or not any(c.dep_ == "expl" for c in pred.children):
        return None
    return next((c for c in pred.children if c.dep_ == "attr"), None)


def _happens(clause: Clause) -> bool:
    """A verb that says an act happened, began or ended ('erupted', 'took place', 'broke out'), or a
    light verb in the passive ('were held', 'was launched')."""
    pred = clause.pred
    table = verbs.classes()
    word = verbs.lemma(pred)
    if clause.passive:
        return word in table.light
    if word in table.happening or _there_is(pred) is not None:
        return True
    told = (f"{word} {verbs.lemma(c)}" for c in pred.children if c.dep_ in ("prt", "dobj"))
    return any(phrase in table.happening for phrase in told)


_OPEN = {"“", "‘", '"'}
_CLOSE = {"”", "’", '"'}


def quoted(doc) -> set[int]:  # noqa: ANN001 (a spaCy Doc)
    """The indexes of the words inside quotation marks (an unclosed quotation runs to the end)."""
    inside: set[int] = set()
    open_ = False
    for token in doc:
        if not open_ and (token.text in _OPEN or token.text == "'" and _opens(token)):
            open_ = True
            continue
        if open_ and (token.text in _CLOSE or token.text == "'"):
            open_ = False
            continue
        if open_:
            inside.add(token.i)
    return inside


def _opens(token) -> bool:  # noqa: ANN001 (a spaCy Token)
    """A straight single quote opens a quotation at the start or after a space and before a word
    ("'Our troops left', he said"); after a word it is an apostrophe ("the Ministers' meeting")."""
    doc = token.doc
    after_space = token.i == 0 or bool(doc[token.i - 1].whitespace_)
    return after_space and not token.whitespace_ and token.i + 1 < len(doc)
