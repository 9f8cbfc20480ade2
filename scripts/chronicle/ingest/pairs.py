"""'The two leaders', 'both sides', 'the two countries': a reference to two parties named before.

Split from context.py, which keeps what earlier sentences named: this module picks the two parties a
plural reference stands for from it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import context as earlier
from .context import PLURAL_PRONOUNS, STATE_NOUNS, Context, country_of, state_of, verbs_lemma
from .names import covering

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .actors import ActorRef, Mention, NameIndex


#: Heads of a definite reference to two persons ("the two leaders", "the two men") …
_PAIR_PEOPLE = {"leader", "president", "minister", "counterpart", "man", "woman", "premier", "chancellor"}


#: … or to two parties of any kind ("both sides", "the two countries").
_PAIR_NOUNS = {*_PAIR_PEOPLE, "side", "country", "nation", "government", "delegation", "official",
    "counterpart", "foreign minister", "state", "neighbour", "neighbor", "rival"}


def pair(token: Token | None, context: Context, actors: NameIndex | None = None) -> list[ActorRef]:
    """'the two leaders', 'both sides', 'the two countries' security chiefs': the last two parties of
    the kind named (two states for 'the two countries')."""
    if token is None:
        return []
    if token.lower_ in PLURAL_PRONOUNS and len(context.joint) >= 2 and not context.unnamed:
        return list(context.joint)  # "X met Y on Friday. They discussed …"
    owner = next((c for c in token.children if c.dep_ == "poss"), None)
    if _pair_noun(token) not in _PAIR_NOUNS and owner is not None:
        token = owner  # "the two countries' security chiefs": the two countries
    word = _pair_noun(token)
    if word not in _PAIR_NOUNS:
        return []
    marked = any(c.lower_ in ("two", "both") for c in token.children) or token.lower_ == "both"
    if not marked:
        return []
    if word in _PAIR_PEOPLE:
        pool = context.people
        if len(context.joint) == 2 and (all(a in pool for a in context.joint) or len(pool) < 2):
            # "X met Y. The two leaders agreed …": X first, as told ("X's president met Y's": X, Y)
            return list(context.joint)
    elif word in STATE_NOUNS and actors is not None:  # "the two countries": the states, not their bodies
        pool = [state_of(p, actors) for p in _distinct_states(context.parties, actors)]
    elif len(context.sides) == 2:  # "Cambodia and Thailand agreed … Both sides": the two named together,
        return list(context.sides)  # not an observer or a mediator named after them
    else:  # "both sides", "the two neighbours": two states' parties, not a mediator named in between
        sides = _distinct_states(context.parties, actors) if actors is not None else []
        pool = sides if len(sides) >= 2 else context.parties
    if word in ("man", "woman"):  # "the two men": the parties of the call or meeting just told, or nobody
        return []
    pool = pool if len(pool) >= 2 else context.people + context.parties
    return list(pool[-2:]) if len(pool) >= 2 else []


def _pair_noun(token: Token) -> str:
    """The noun of a reference to two parties in the singular ('States' in 'both States': state)."""
    word = verbs_lemma(token)
    return word[:-1] if word.endswith("s") and word[:-1] in _PAIR_NOUNS else word


def _distinct_states(parties: list[ActorRef], actors: NameIndex) -> list[ActorRef]:
    """The parties, the last one named of each state (a state's bodies stand for it)."""
    out: list[ActorRef] = []
    seen: set[str] = set()
    for actor in reversed(parties):
        code = country_of(actor, actors)
        if code and code not in seen:
            seen.add(code)
            out.insert(0, actor)
    return out


def definite(token: Token, context: Context, actors: NameIndex) -> ActorRef | None:
    """A definite reference ('the country', 'the Kingdom', 'the bloc'; context.definite), else the first
    of the two parties it stands for ('both sides', 'the two leaders')."""
    found = earlier.definite(token, context, actors)
    two = pair(token, context, actors) if found is None else []
    return found or (two[0] if two else None)


def note_sides(doc, found: list[Mention], actors: NameIndex, context: Context) -> None:  # noqa: ANN001
    """Remember two parties of different states a sentence names together ('Cambodia and Thailand
    reached …', 'Armenian and Azerbaijani officials'): the two sides a later 'both sides' stands for,
    not an observer or a mediator the report names after them ('… and China participated')."""
    for token in doc:
        one = covering(token.head, found) if token.dep_ == "conj" else None
        other = covering(token, found) if one is not None else None
        if one is None or other is None:
            continue
        codes = country_of(one.id, actors), country_of(other.id, actors)
        if all(codes) and codes[0] != codes[1]:
            context.sides = [one.id, other.id]
