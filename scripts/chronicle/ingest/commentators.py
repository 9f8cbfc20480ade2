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


def commentator(head: Token) -> bool:
    """'Thomas Smith, a senior fellow at a think tank, wrote …', 'said John Smith, head of the security
    programme at the Atlantic Policy Foundation': an analyst's words, or those of someone who works at
    a research body, are no act of a side."""
    return any(c.dep_ == "appos" and (c.lemma_.lower() in _COMMENTATORS or _at_studies(c))
               for c in head.children)


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
