"""Whom a spokesperson speaks for: 'Malawi's military spokesman, Colonel X', 'the Zambian
defence ministry spokesperson, Y', 'Malawian army spokesman Z'.

A toll a spokesperson gives is the count of the body they speak for, not an act of theirs: the
report names that body in the words before 'spokesman' (a state, by name or demonym, and the body's
institution noun). Read from the parse, as the name of the person alone no longer says it (the title
a proposal keeps is the rank nearest the name: 'Colonel').
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import institutions, world

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .refs import ActorRef

#: Nouns of one who speaks for a body.
VOICES = {"spokesman", "spokeswoman", "spokesperson"}


def voice_noun(teller: Token) -> Token | None:
    """The 'spokesman' a teller is named with: itself ('the army spokesman said'), the noun a name is in
    apposition to ('the army spokesman, Colonel X, said') or the title before a name ('army spokesman X')."""
    if teller.lower_ in VOICES:
        return teller
    if teller.dep_ == "appos" and teller.head.lower_ in VOICES:
        return teller.head
    before = (c for c in teller.children if c.dep_ == "compound" and c.i < teller.i)
    return next((c for c in before if c.lower_ in VOICES), None)


def body_of(teller: Token | None, table: dict[tuple[str, str], str],
            named: dict[tuple[str, str], str] | None = None) -> ActorRef | None:
    """The state's body a spokesperson speaks for, as the words before 'spokesman' name it ('Malawi's
    military', 'Zambian defence ministry'): the registry's, else proposed; None when they name no state
    or no institution this module knows."""
    voice = voice_noun(teller) if teller is not None else None
    if voice is None:
        return None
    words = [t for t in voice.doc[voice.left_edge.i : voice.i] if t.dep_ not in ("det", "punct", "case")]
    for n, word in enumerate(words):
        code = world.NAMES.get(word.text) or world.DEMONYMS.get(word.text)
        noun = " ".join(w.text for w in words[n + 1 :])
        if code is not None and noun and institutions.knows(noun):
            return institutions.of_state(code, noun, table, named)
    return None
