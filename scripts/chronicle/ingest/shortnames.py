"""Names a report shortens or gives with a common noun: an acronym in brackets after a body's name ('the
Rapid Support Forces (RSF)' … 'the RSF'), a group named in passing and later by its fighters ('the
Wagner Group' … 'Wagner fighters'), and a group's own name before 'movement' or 'group' ('Yemen's
Houthi movement', 'the Palestinian Islamic Jihad group').

News gives a body's full name once, often as an object or in apposition, and its short forms after;
the short form is the body named before, not a new actor. A group's own name written before a
common noun is that group, not the state the report writes it as belonging to.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from . import world
from .actors import Mention
from .refs import ActorRef, Proposed

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .context import Context

#: Common nouns a group is named with after its own name ("Houthi movement", "Islamic Jihad group").
_GROUP_NOUNS = {"movement", "group", "militia", "faction", "organisation", "organization"}
#: … of which these add nothing to the name ("the Islamic Jihad group" is Islamic Jihad).
_PLAIN = {"group", "organisation", "organization"}
#: The people a group acts through ("Wagner fighters", "Hamas gunmen").
_MEMBERS = {"fighter", "militant", "rebel", "gunman", "gunmen", "member", "mercenary", "troop", "force",
            "unit", "column"}


def _own_words(token: Token) -> list[Token]:
    """The capitalised proper nouns right before a common noun, hung on it ('Houthi' of 'Houthi
    movement', 'Palestinian Islamic Jihad' of '… group'); none when they name a state or a nationality
    alone ('Yemeni fighters' are Yemen's) or a person or a day."""
    doc = token.doc
    i, words = token.i - 1, []
    while i >= 0 and _a_name(doc[i]) and i <= doc[i].head.i <= token.i:
        words.insert(0, doc[i])
        i -= 1
    if len(words) == 1 and words[0].pos_ == "ADJ":  # "Sylvanian rebels": a people's word, no group's name
        return []
    name = " ".join(w.text for w in words)
    if not words or name in world.NAMES or name in world.DEMONYMS or name in world.CAPITALS:
        return []
    return [] if any(w.ent_type_ in ("PERSON", "DATE", "TIME") for w in words) else words


def _a_name(word: Token) -> bool:
    """A word of a name: a capitalised proper noun, or one the tagger calls a noun at the head of a
    sentence but the entity recogniser names ('Wagner fighters crossed …')."""
    named = word.pos_ in ("NOUN", "ADJ") and word.ent_type_ in ("ORG", "NORP")  # ("Palestinian" in "the
    return word.text[:1].isupper() and (word.pos_ == "PROPN" or named)  # Palestinian Islamic Jihad group")


def group(token: Token) -> Proposed | None:
    """'Yemen's Houthi movement attacked …', 'the Palestinian Islamic Jihad group': the group by its
    own name, not the state before it."""
    if token.lower_ not in _GROUP_NOUNS or not token.text.islower():
        return None
    words = _own_words(token)
    if not words:
        return None
    name = " ".join(w.text for w in words)
    if token.lower_ not in _PLAIN:
        return Proposed(f"{name} {token.text}")  # "Houthi movement"
    # "the Islamic Jihad group" is Islamic Jihad; "the Wagner group" is the Wagner Group
    return Proposed(name if len(words) >= 2 else f"{name} {token.text.capitalize()}")


def _group_opening(words: list[str], context: Context) -> Proposed | None:
    """The group named before whose name opens with these words ('Wagner' → 'Wagner Group')."""
    for actor in reversed([*context.passing, *context.named]):
        if isinstance(actor, Proposed) and not actor.person and actor.name.split()[: len(words)] == words:
            return actor
    return None


def regroup(found: list[Mention], context: Context) -> list[Mention]:
    """Armed men the text names by their group's first word ('Wagner fighters') after the group's
    full name ('the Wagner Group'): that group, not new 'Wagner fighters'."""
    out = []
    for mention in found:
        words = mention.id.name.split() if isinstance(mention.id, Proposed) else []
        members = len(words) >= 2 and words[-1] in _MEMBER_WORDS
        group = _group_opening(words[:-1], context) if members else None
        out.append(Mention(mention.start, mention.end, mention.surface, group) if group else mention)
    return out


#: The plural words of armed men a text names a group's fighters by.
_MEMBER_WORDS = {"fighters", "militants", "rebels", "gunmen", "members", "mercenaries", "forces", "troops"}


def members_of(token: Token, context: Context) -> ActorRef | None:
    """'Wagner fighters crossed …' after 'the Wagner Group': the group named before whose name opens
    with the word before the members."""
    lemma = token.lemma_.lower()
    if lemma not in _MEMBERS and token.lower_ not in _MEMBERS:
        return None
    words = [w.text for w in _own_words(token)]
    if not words:
        return None
    return _group_opening(words, context)


def note(doc: Doc, actor_of: Callable[[Token], ActorRef | None], context: Context) -> None:
    """Remember the bodies a sentence names whatever their part, and the acronym in brackets after one
    ('the paramilitary Rapid Support Forces (RSF)'): what the report's short forms stand for later."""
    for entity in doc.ents:
        if entity.label_ not in ("ORG", "NORP"):
            continue
        # "by the Palestinian Islamic Jihad group": the group, named in passing by its own words
        root = entity.root
        actor = group(root) or group(root.head) or (actor_of(root) if root.pos_ == "PROPN" else None)
        if isinstance(actor, Proposed) and not actor.person and actor not in context.passing:
            context.passing.append(actor)
    for i, token in enumerate(doc[1:-2], start=1):
        short = doc[i + 1].text
        if token.text != "(" or doc[i + 2].text != ")" or not (short.isupper() and len(short) >= 2):
            continue
        actor = actor_of(doc[i - 1])
        initials = {w[0] for w in actor.name.split()} if isinstance(actor, Proposed) else set()
        if isinstance(actor, Proposed) and not actor.person and short[0] in initials:
            context.acronyms.setdefault(short, actor)
