"""Whose a possessive pronoun is, by the sentence around it: 'X said its troops …' is X's troops.

The subject of the clause the pronoun stands in, when it comes before it and is no pronoun itself;
not a subject that holds the pronoun ('none of its aircraft') or differs from it in number ('police
… its'): then the clause above is asked. subjects.py resolves the owner to an actor; candidates.py
names in a title an owner that cannot be the doer ('Ecuadorian police storm Mexico's embassy').
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token


def possessor(token: Token) -> Token | None:
    """The subject of the clause a possessive pronoun stands in, when it comes before it and is no
    pronoun itself: whose act or whose troops the sentence tells of. A subject that holds the pronoun
    ('none of its aircraft') or differs in number ('police … its') is not it: the clause above is asked."""
    head = token.head
    while head.head.i != head.i and head.pos_ not in ("VERB", "AUX"):
        head = head.head
    while True:
        subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < token.i
                        and not c.left_edge.i <= token.i <= c.right_edge.i and agrees(token, c)), None)
        if subject is not None:
            return subject if subject.pos_ != "PRON" else None
        if head.head.i == head.i:
            return None
        head = head.head


def agrees(pronoun: Token, subject: Token) -> bool:
    """'Ecuadorian police stormed its embassy': 'its' is not the police's, nor troops'."""
    many = subject.tag_ in ("NNS", "NNPS") or bool(subject.conjuncts) or subject.lower_ == "police"
    return not (pronoun.lower_ == "its" and many)
