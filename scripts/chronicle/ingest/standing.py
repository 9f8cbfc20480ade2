"""Clauses that tell an act's verb but no act of a day: habits, standing facts, states that
began long ago, and sayings that tell no position.

A chronology keeps what someone did on a day. News copy also tells what someone does again and
again ('has repeatedly complained'), what holds true whatever the day ('Japan supplies 90 percent
of the world's photoresists'), when a state of things began ('since Moscow began air strikes'),
a position held for a while ('has said the country will use only diplomatic means'), that someone
is watching ('is closely following the situation'), what nobody did ('few of its allies have spoken
out') or what was not done ('has made no comment'), a stance kept for long ('has long denied', 'has
in the past threatened'), where forces are kept ('are stationed in …'), what unnamed officials say
off the record, and an act told again by its noun ('the decision was taken because …'). None of
these is an event of its own. Each rule is English grammar or how news copy is written, and each
gives the reason ingest reports for the clause it drops.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import begun, dating, temporal, verbs
from .clauses import Clause
from .events import VERBAL

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Adverbs of a habit: what was done again and again is no one event.
_HABITS = {"repeatedly", "always", "often", "regularly", "routinely", "frequently", "constantly",
           "usually", "traditionally", "habitually", "consistently", "persistently", "increasingly"}
#: Spans that tell a view or an act kept up for a long time ('has for years accused').
_SPANS = {"years", "decades", "months"}
#: How many times: 'has warned several times' tells a habit, not one act.
_MANY = {"several", "many", "numerous", "multiple", "countless"}
#: Verbs of keeping forces in a place: in the present passive, where they are.
_KEPT = {"station", "base", "garrison", "headquarter", "deploy", "position"}
#: Verbs of watching: a side that says it is following the events tells no act and no position.
_WATCHING = {"follow", "monitor", "watch", "observe", "track"}
#: Verbs that only tell that an act named by its noun was done or made public.
_ISSUING = {"take", "make", "put", "issue", "release", "publish", "adopt", "confirm"}
#: Nouns that name an act told before ('the decision', 'this step').
_ACT_NOUNS = {"decision", "move", "step", "measure", "statement", "decree", "announcement", "action"}
_DEFINITE = {"the", "this", "that", "these", "those", "its", "his", "her", "their"}
#: What an act noun told again has with it: no complement that would tell the act itself.
_BARE = {"det", "poss", "amod", "compound"}
#: Light verbs whose object names the act ('make a comment', 'give details', 'offer an apology').
_LIGHT = {"make", "give", "offer", "issue", "provide", "have", "express"}
#: Subjects that tell no one did it.
_NOBODY = {"few", "none", "nobody", "neither", "no-one"}
#: Verbs of holding a view: in the present perfect with no day, what one has said for some time.
_HOLDING = {"say", "insist", "maintain", "argue", "stress", "repeat", "reiterate", "state"}
#: Amounts and shares: a standing fact's object ('most of its gas', '90 percent').
_SHARES = {"most", "much", "half", "majority", "share", "bulk", "percent", "%"}
#: Acts done to people or things that happen once: their object's number counts those it was done
#: to ('The Government expels 23 diplomats', a press release's own news), not a standing amount.
_DONE_TO = {"sanction", "attack", "casualties", "incursion"}
#: What a side says, and in the present perfect with no day, has said for some time.
_POSITIONS = {"statement", "demand", "appeal", "accusation", "support", "condemnation"}


def why_not_news(
    clause: Clause, children: list[Clause], attached: dict[int, list[temporal.TimeRef]]
) -> str | None:
    """Why a clause that tells an act's verb is no event of a day, or None when it may be one."""
    if clause.kind == "noun":
        return None
    pred = clause.pred
    if _nobody(clause.subject) or clause.passive and _nobody(clause.patient):  # "nobody was hurt"
        return "told of nobody ('few of …', 'none of …'): no act"
    if _nothing_done(clause.pred):
        return "tells that nothing was done or said ('made no comment', 'gave no details'): no act"
    if _told_again(clause):
        return "tells again an act told before ('the decision was taken', 'put out the statement')"
    if _unnamed(clause):
        return "said by unnamed officials or sources speaking privately: no one's position on record"
    if _watching(clause, children):
        return "says only that it is watching the events: no act, no position"
    if _day_of_its_own(clause, attached):
        return None  # "repeatedly shelled the town on Tuesday", "since it seized the town on 3 May"
    if _since(pred) is not None:
        return "when a state of things began ('since …'): background"
    if _since_then(pred):
        return "done at some time since an earlier point ('have since urged'): no day, not the day's news"
    if _since_long(clause, attached):
        return "going on since a month or longer ('have been shelling since May'): no act of a day"
    if any(c.dep_ == "advmod" and c.lower_ in _HABITS for c in pred.children):
        return "a habit ('repeatedly', 'always'), not one act"
    if _every(pred):
        return "a habit ('every few months', 'each year'), not one act"
    if _in_a_decade(pred):
        return "background (dated by a decade only: 'in the 1990s')"
    if _with_a_stance(clause, attached):
        return "goes with a stance kept for long or a habit ('has long claimed …, arguing that …'): no act"
    if _held_long(pred):
        return "held or done for a long time ('has long denied', 'in the past', 'several times'), not one act"
    if _standing_fact(clause):
        return "a standing fact told in the present ('supplies', 'holds'), not an act of the day"
    if _kept_in_place(clause):
        return "where forces are kept ('are stationed in …', 'is based'), a standing state, not an act"
    if _held_position(clause) and not any(_tells_an_act(c) for c in children):
        return "a position held for some time ('has said', no day of its own), not news of the day"
    return None


def _day_of_its_own(clause: Clause, attached: dict[int, list[temporal.TimeRef]]) -> bool:
    ref = dating.own_ref(clause, attached)
    return ref is not None and ref.date.precision == "day"


def _since_long(clause: Clause, attached: dict[int, list[temporal.TimeRef]]) -> bool:
    """'The rebels have been attacking ships since November', 'Sylvania has suspended flights since
    May': what the present perfect tells as going on since a month, a season or a year is a campaign or
    a state the report recalls, not an act of the report's day (the day it began is not told; 'since
    Friday' names that day, and begun.py dates the act by it)."""
    if not begun.perfect(clause.pred):
        return False
    text = clause.pred.doc.text
    return any(not r.anchors_event and r.date.precision != "day" and begun.after_since(r, text)
               for r in attached.get(clause.pred.i, []))


def _with_a_stance(clause: Clause, attached: dict[int, list[temporal.TimeRef]]) -> bool:
    """'X has long claimed the region, arguing that it was stolen', 'Y regularly accuses Z, saying its
    troops cross the river': a participle, a verb that shares the subject and auxiliary, or the words
    told by a stance kept for long or a habit are part of that background (with no day of their own:
    '…, and on Friday it sent troops' is news)."""
    current = clause
    while current.parent is not None and _goes_with(current):
        pred = current.parent.pred
        if any(c.dep_ == "advmod" and c.lower_ in _HABITS for c in pred.children) or _held_long(pred) or (
                _since_long(current.parent, attached)):
            return True
        current = current.parent
    return False


def _goes_with(clause: Clause) -> bool:
    """Whether a clause is part of the one it hangs on: a participle after it ('…, arguing that …'), a
    verb sharing its subject ('has long denied … and rejected …'), or the words it tells."""
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.pred.children)
    return (clause.kind == "advcl" and clause.pred.tag_ == "VBG" or clause.kind == "conj" and not own_subject
            or clause.kind in ("ccomp", "parataxis"))


#: A decade ('the 1990s', 'the early 2000s', "the '90s"): no day, no year.
_DECADE = re.compile(r"^(?:\d{2})?\d0s$|^'\d0s$")


def _in_a_decade(pred: Token) -> bool:
    """'fought a war over the region in the 1990s', 'seized it during the early 2000s': background the
    time resolver reads no date from (the clause would otherwise take the passage's day)."""
    return any(c.dep_ == "prep" and any(o.dep_ == "pobj" and _DECADE.match(o.text) for o in c.children)
               for c in pred.children)


def _every(pred: Token) -> bool:
    """'clashes break out every few months', 'the two sides clash almost every day': a habit."""
    return any(c.dep_ == "npadvmod" and any(d.lower_ in ("every", "each") for d in c.children)
               for c in pred.children)


def _since(pred: Token) -> Token | None:
    """'… since Moscow began air strikes in September', '… since resigning in April': the clause tells
    when a state began."""
    if pred.dep_ == "pcomp" and pred.head.lower_ == "since":
        return pred.head
    if pred.dep_ != "advcl":
        return None
    return next((c for c in pred.children if c.dep_ == "mark" and c.lower_ == "since"), None)


def _since_then(pred: Token) -> bool:
    """'Officials have since urged the peacekeepers to …': the perfect with 'since' tells something
    done at some time between an earlier point and now, not an act of the report's day (the clause
    has no day of its own)."""
    return begun.perfect(pred) and any(c.dep_ == "advmod" and c.lower_ == "since" for c in pred.children)


def _held_long(pred: Token) -> bool:
    """'Qatar has long denied funding …', 'It has in the past threatened to …', 'Moscow had threatened to
    quit the deal several times', 'has for years accused', 'has time and again accused': a stance kept
    or an act repeated over a long time is background to the day's news, not an act of a day (the
    clause has no day of its own: 'warned again on Friday' is still news)."""
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in pred.children)
    # 'threatened to quit … several times', and 'has for years …' (the parser may hang it on 'has')
    own = [pred, *(c for c in pred.children if c.dep_ in ("xcomp", "aux"))]
    for word in (c for head in own for c in head.children):
        if word.dep_ == "advmod" and word.lower_ == "long" and perfect:
            return True
        if word.dep_ == "advmod" and word.lower_ == "again" and word.i >= 2 and (
                word.doc[word.i - 2].lower_, word.doc[word.i - 1].lower_) == ("time", "and"):
            return True
        objects = [o.lower_ for o in word.children if o.dep_ == "pobj"]
        if word.dep_ == "prep" and (word.lower_ == "in" and "past" in objects
                                    or word.lower_ == "for" and perfect and set(objects) & _SPANS):
            return True
        if word.dep_ == "npadvmod" and word.lower_ == "times" and any(
                m.lower_ in _MANY for m in word.children if m.dep_ in ("amod", "nummod")):
            return True
    return False


def _present_simple(pred: Token) -> bool:
    return pred.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in pred.children)


def _standing_fact(clause: Clause) -> bool:
    """'Japan supplies about 90 percent of …', 'Russia sells most of its gas to …': an act's verb in the
    simple present, in the report's own words (not said by anyone), with a share or an amount as its
    object, tells what holds true, not what happened (a live blog's 'X shells the town.' stays news,
    and so does a count of those an act is done to: 'The Government expels 23 diplomats').
    Words in the present ('The Ministry regrets the decision', 'X condemns …') are the day's act: a
    press release tells its own news so."""
    pred = clause.pred
    if clause.quoted or clause.type in VERBAL or verbs.is_speech(pred) or clause.kind not in ("ROOT", "conj"):
        return False
    if clause.parent is not None and clause.parent.kind != "ROOT" or not _present_simple(pred):
        return False
    if clause.parent is not None and verbs.is_speech(clause.parent.pred):
        return False
    counted = clause.type not in _DONE_TO  # 'expels 23 diplomats': a count of those it was done to
    return any(c.dep_ == "dobj" and any(t.like_num and counted or t.lower_ in _SHARES for t in c.subtree)
               for c in pred.children)


def _kept_in_place(clause: Clause) -> bool:
    """'About 28,500 U.S. troops are stationed in the South', 'the fleet is based in Sevastopol': the
    present passive of a verb of keeping forces somewhere tells where they are, not a move (with no
    day of its own; 'were stationed on the border on Friday' is still a deployment)."""
    pred = clause.pred
    present = any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in pred.children)
    return present and not clause.quoted and verbs.lemma(pred) in _KEPT


def _held_position(clause: Clause) -> bool:
    """'President X has said the country will use only diplomatic means': a saying in the present
    perfect with no day of its own is what the speaker has held for a while. An act of speech stays
    ('Malawi has condemned the raid' is news of the day, and so is a denial, 'has already rejected'),
    and so does a saying that tells an act ('X and Y have agreed on a ceasefire, Z has said')."""
    pred = clause.pred
    if clause.type not in _POSITIONS or clause.quoted or pred.tag_ not in ("VBN", "VBD"):
        return False  # 'has said' is sometimes tagged VBD: the auxiliary below tells the perfect
    if verbs.lemma(pred) not in _HOLDING:  # 'has confirmed', 'has condemned': the day's news
        return False
    auxes = {c.lower_ for c in pred.children if c.dep_ == "aux"}
    return bool(auxes & {"has", "have", "'s", "'ve"})


def _tells_an_act(clause: Clause) -> bool:
    """Whether a clause a saying governs tells an act ('have agreed on a ceasefire'): an act's noun with
    no doer ('the referendum was a step toward …') only names what the view is about."""
    return clause.is_event and (clause.kind != "noun" or clause.subject is not None)


def _told_again(clause: Clause) -> bool:
    """'The decision was taken because of …', 'The ministry put out the statement on Thursday', 'New
    Delhi took the step because …': a definite act noun ('the', 'this', 'its') names an act the report
    has told, and a verb of doing or issuing only tells it again (its reasons, its hour, its outlet)."""
    if verbs.lemma(clause.pred) not in _ISSUING:
        return False
    nouns = [clause.patient, *(c for c in clause.pred.children if c.dep_ in ("dobj", "nsubjpass"))]
    return any(n is not None and n.lemma_.lower() in _ACT_NOUNS and any(
        c.dep_ in ("det", "poss") and c.lower_ in _DEFINITE for c in n.children)
        and all(c.dep_ in _BARE for c in n.children)  # not 'the decision to close the border'
        and not any(c.lower_ in _AHEAD for c in n.children)  # 'issued the following statement'
        for n in nouns)


#: Words that point to what comes next in the report ('the following statement'), never to an act told before.
_AHEAD = {"following", "below", "attached"}


def _nobody(subject: Token | None) -> bool:
    """'Few of Canada's allies have spoken out', 'None of the neighbours has protested': the
    sentence tells that an act did not happen."""
    if subject is None:
        return False
    return subject.lower_ in _NOBODY or any(  # "no-one": 'one' with 'no' before it
        c.dep_ in ("det", "amod", "compound") and c.lower_ in ("few", "no") for c in subject.children)


def _nothing_done(pred: Token) -> bool:
    """'North Korea has made no comment on the blasts', 'The ministry gave no details': a light verb
    whose object is 'no …' tells that the act did not happen."""
    objects = [c for c in pred.children if c.dep_ == "dobj"]
    return verbs.lemma(pred) in _LIGHT and any(
        d.dep_ == "det" and d.lower_ == "no" for c in objects for d in c.children)


def _unnamed(clause: Clause) -> bool:
    """'The trigger, Spanish officials say privately, was …', 'a senior official, speaking on condition
    of anonymity, said …', 'two diplomats who asked not to be named said …': a saying by people the
    report does not name, off the record, is no side's stated position (an act they tell is still
    drafted from its own clause)."""
    subject, pred = clause.subject, clause.pred
    if clause.type != "statement" or not verbs.is_speech(pred) or subject is None or subject.pos_ != "NOUN":
        return False
    if any(c.dep_ == "advmod" and c.lower_ in ("privately", "anonymously") for c in pred.children):
        return True
    return any(t.lower_ == "anonymity" or t.lower_ in ("named", "identified") and any(
        c.dep_ == "neg" for c in t.children) for t in subject.subtree)


def _watching(clause: Clause, children: list[Clause]) -> bool:
    """'The alliance said it was closely monitoring developments', '"We are closely following
    reports …," Price said': the saying tells no act and takes no side."""
    if clause.type != "statement" or not verbs.is_speech(clause.pred):
        return False
    told = [c for c in children if c.kind in ("ccomp", "parataxis")]
    return bool(told) and all(
        verbs.lemma(c.pred) in _WATCHING and c.type is None
        and not any(t.dep_ == "conj" and t.pos_ == "VERB" for t in c.pred.children)  # "… and urges restraint"
        for c in told)
