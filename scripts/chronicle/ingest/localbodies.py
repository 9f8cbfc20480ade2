"""A body named after a place that is no state, in lower case: 'the Gaza health ministry', 'Abu Dhabi
police'.

News writes the body of a territory, a region or a city with the place's name before a common noun;
the place is no state the world table knows (or a capital, whose police are the city's), so neither
the state rules nor the registry name the body, and the report's later 'Ministry spokesman X' or the
toll it gives needs it named. The body is proposed as the place's name and the noun, capitalised.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import world
from .actors import Mention, Proposed

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Common nouns of a body a place has ("the Gaza health ministry", "Kabul police").
_BODIES = {"ministry", "police", "authority", "authorities", "government", "administration", "council"}


def body(token: Token, found: list[Mention]) -> Proposed | None:
    """'the Gaza health ministry said', 'Abu Dhabi police said': the place's body, proposed by the name
    the report gives it; None when the place is a state (its body is the state's, named elsewhere) or
    the registry knows the name."""
    if not token.text.islower() or token.lower_ not in _BODIES:  # (the tagger may call it a proper noun)
        return None
    before = [c for c in token.children if c.dep_ in ("compound", "amod") and c.i < token.i]
    if not before:
        return None
    doc = token.doc
    words = list(doc[before[0].left_edge.i : token.i + 1])
    place = []
    for word in words[:-1]:  # the place's capitalised words open the name ("Abu Dhabi")
        if word.pos_ != "PROPN" or not word.text[:1].isupper():
            break
        place.append(word)
    if not place:
        return None
    name = " ".join(w.text for w in place)
    if name in world.NAMES or name in world.DEMONYMS or any(w.ent_type_ == "PERSON" for w in place):
        return None
    if name in world.CAPITALS and token.lower_ != "police":
        return None  # "the Kyiv government" is Ukraine's
    start, end = words[0].idx, token.idx + len(token.text)
    if any(m.start <= start and end <= m.end for m in found):
        return None
    rest = [w.text.capitalize() for w in words[len(place):]]
    return Proposed(" ".join([name, *rest]))
