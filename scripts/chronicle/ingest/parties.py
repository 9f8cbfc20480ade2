"""The other parties of a joint act (a call, a meeting, talks), as the parse gives them.

Three shapes the plain "with Y" / "between X and Y" reading misses:

- "spoke by telephone with Y", "talked in a video call with Y": the parser hangs "with Y" on the
  medium ("telephone", "call"), not on the verb;
- "talks between the foreign ministers of X and Y": the parties are X's and Y's foreign ministers,
  and the report never names them: each state's foreign ministry (its energy ministry for "energy
  ministers"), whom a reviewer would file the act under;
- "between the special envoys of X and Y, A and B": the envoys named after their states are the
  parties, by name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import institutions, world
from .refs import ActorRef, Proposed

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Prepositions that name the medium of a call or the setting of talks ("by telephone", "in a call").
_MEDIUM = {"by", "over", "via", "on", "in", "during"}
#: Acts done with another party (events.JOINT_TYPES; clauses.py cannot import events).
JOINT = {"phone-call", "meeting", "negotiation", "agreement"}
#: Words of a ministry's portfolio → the kind of body institutions.py knows.
_PORTFOLIOS = {"foreign": "Foreign Ministry", "defence": "Defence Ministry", "defense": "Defence Ministry",
               "interior": "Interior Ministry", "health": "Health Ministry"}
#: Words of a title that say its rank, not its portfolio ("deputy foreign ministers").
_RANKS = {"deputy", "vice", "first", "acting", "junior", "state", "former"}


def with_medium(pred: Token) -> list[Token]:
    """'spoke by telephone with Y': the objects of a 'with' the parser hung on the verb's medium."""
    out: list[Token] = []
    # the parser may take 'by' for a passive's agent ('spoke by telephone with Y')
    for prep in (c for c in pred.children if c.dep_ in ("prep", "agent") and c.lower_ in _MEDIUM):
        for obj in (o for o in prep.children if o.dep_ == "pobj"):
            for inner in (c for c in obj.children if c.dep_ == "prep" and c.lower_ == "with"):
                objects = [o for o in inner.children if o.dep_ == "pobj"]
                out += objects + [c for o in objects for c in o.conjuncts]
    return out


def owners(objects: list[Token]) -> list[Token]:
    """'between the foreign ministers of X and Y': X and Y, whose ministers they are; when the
    persons are named too ('…, A and B'), the persons."""
    if len(objects) != 1 or objects[0].pos_ != "NOUN":
        return objects
    owned = [o for p in objects[0].children if p.dep_ == "prep" and p.lower_ == "of"
             for o in p.children if o.dep_ == "pobj"]
    if not owned or not owned[0].conjuncts:
        return objects
    listed = [owned[0], *owned[0].conjuncts]
    people = [t for t in listed if t.ent_type_ == "PERSON" and t.pos_ == "PROPN" and t.text not in world.NAMES
              and any(c.dep_ == "compound" for c in t.children)]  # a first and a last name, not "Togo"
    return people if len(people) >= 2 else [t for t in listed if t not in people]


def office_of(token: Token, table: dict[tuple[str, str], str],
              named: dict[tuple[str, str], str]) -> ActorRef | None:
    """X's ministry, for X in 'the foreign ministers of X and Y' (registry body, else proposed in
    the one spelling the article uses for it); None for any other phrase."""
    first = token
    while first.dep_ == "conj":
        first = first.head
    of = first.head
    title = of.head
    if first.dep_ != "pobj" or of.lower_ != "of" or title.lemma_.lower() != "minister" or title.tag_ != "NNS":
        return None
    code = institutions.DEMONYMS.get(token.text)
    words = [c.lower_ for c in title.children if c.dep_ in ("amod", "compound", "nmod") and c.i < title.i
             and c.lower_ not in _RANKS]
    if code is None or len(words) != 1 or code not in world.STATES:
        return None
    portfolio = _PORTFOLIOS.get(words[0])
    if portfolio is not None:
        return institutions.of_state(code, portfolio, table, named)
    return Proposed(f"{world.adjective(code)} {words[0].capitalize()} Ministry")  # "energy ministers"


#: Plural nouns that, with only 'the', name the parties of the call or meeting just told ('The leaders
#: discussed …', 'The sides agreed …').
_THE_PARTIES = {"leader", "side", "party", "delegation"}


def the_parties(token: Token | None, joint: list[ActorRef]) -> list[ActorRef]:
    """'X met Y and Z in Sochi. The leaders discussed …': 'the leaders', 'the sides', 'the parties' with no
    other word are the parties of the call or meeting just told (none: no one known)."""
    if token is None or len(joint) < 2 or token.tag_ != "NNS" or token.lemma_.lower() not in _THE_PARTIES:
        return []
    words = [c for c in token.children if c.dep_ not in ("punct",)]
    return list(joint) if [c.lower_ for c in words] == ["the"] else []
