"""Who comments on a crisis and takes no part in it: an analyst, a fellow, a professor, someone who
works at a research body. Their words are no side's act or position (subjects.py gives them no actor),
however a report quotes them ('"The junta will not back down," said X, an analyst at Y')."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: What an appositive calls someone who comments on a crisis and takes no part in it.
_COMMENTATORS = {"analyst", "fellow", "expert", "researcher", "professor", "scholar", "commentator",
                 "observer", "economist", "historian", "lecturer"}


#: Bodies that study a crisis and take no part in it: whoever speaks for one is a commentator.
_STUDIES = {"institute", "university", "foundation", "endowment", "academy"}


#: What a researcher leads: 'Iran project director at the Crisis Group', 'head of the Europe programme at …'.
_RESEARCH = {"project", "programme", "program"}


def commentator(head: Token) -> bool:
    """'Thomas Smith, a senior fellow at a think tank, wrote …', 'said John Smith, head of the security
    programme at the Atlantic Policy Foundation': an analyst's words, or those of someone who works at
    a research body, are no act of a side; a capitalised title is an office, not a trade ('Riyad
    Mansour, Permanent Observer of the State of Palestine, said …')."""
    return any(c.dep_ == "appos" and (_trade(c) or _at_studies(c) or _leads_research(c))
               for c in head.children)


def _trade(role: Token) -> bool:
    """'a senior fellow', 'a political observer': a commentator's trade, in lower case (a capitalised
    'Permanent Observer' is an office)."""
    return role.lemma_.lower() in _COMMENTATORS and role.text.islower()


def _leads_research(role: Token) -> bool:
    """'Iran project director at the International Crisis Group', 'head of the Europe programme at X': a
    project or a programme (a common noun, not 'the World Food Programme') led 'at' or 'with' a body is
    research; 'head of Iran's nuclear programme', with no 'at', runs a side's programme."""
    of = [p for p in role.children if p.dep_ == "prep" and p.lower_ == "of"]
    led = [c for c in role.children if c.dep_ == "compound"] + [
        o for p in of for o in p.children if o.dep_ == "pobj"]
    at = any(p.dep_ == "prep" and p.lower_ in ("at", "with") for t in (role, *led) for p in t.children)
    return at and any(t.pos_ == "NOUN" and t.lower_ in _RESEARCH for t in led)


def _at_studies(role: Token) -> bool:
    """'head of the programme at the X Foundation', 'director of the Institute for Y Studies': the
    role's 'of'/'at'/'with' names a research body (not a state's or a party's: 'head of the
    Foreign Ministry's press service' speaks for a side)."""
    for prep in (c for c in role.subtree if c.dep_ == "prep" and c.lower_ in ("of", "at", "with")):
        for body in (o for o in prep.children if o.dep_ == "pobj"):
            words = [t.lower_ for t in body.subtree if t.i <= body.i]
            if words[-1] in _STUDIES or words[-2:] == ["think", "tank"] or any(
                    t.lower_ == "studies" for t in body.subtree):
                return True
    return False
