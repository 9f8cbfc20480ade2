"""A body's own name in a report's words: 'the State Department', 'Pakistan's Foreign Office', 'the
International Committee of the Red Cross', 'the Nagorno-Karabakh Human Rights Ombudsman'.

Split from names.py, which reads persons' names: a body's name ends at a body noun and may run on
into an 'of' part of its own, where a person's ends at a proper noun.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import organisations, world
from .actors import TITLE_WORDS, ActorRef, Mention, NameIndex, Proposed
from .names import BODY_HEADS, covering, name_text, name_tokens

if TYPE_CHECKING:
    from spacy.tokens import Token


def with_of_part(words: list[Token]) -> list[Token]:
    """A name with the 'of' part of its own that follows it, every word capitalised ('Economic Community'
    + 'of West African States', 'Organization of American States'); the name alone otherwise."""
    head = words[-1]
    doc = head.doc
    if organisations.purpose_end(head) > head.i:  # "Organization for Security and Co-operation in Europe"
        return list(doc[words[0].i : organisations.purpose_end(head) + 1])
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == head.i + 1), None)
    obj = next((o for o in of.children if o.dep_ == "pobj"), None) if of is not None else None
    if obj is None or obj.pos_ != "PROPN" or obj.ent_type_ in ("DATE", "TIME"):
        return words
    tail = list(doc[of.i + 1 : obj.i + 1])
    # "the International Committee of the Red Cross"; never "of the United States" (a state's own body)
    owned = tail[0].lower_ == "the" and (head.lower_ in TITLE_WORDS or not _own_of_part(tail))
    if not all(w.text[:1].isupper() or w.lower_ in ("and", "the") for w in tail) or owned:
        return words
    return [*words, *doc[of.i : obj.i + 1]]


def _own_of_part(tail: list[Token]) -> bool:
    """Whether 'of the …' after a body's noun is part of its own name ('of the Red Cross'), not its
    owner (a state: 'of the United States') or an office it serves ('of the President')."""
    rest = tail[1:]
    titled = any(w.lower_ in TITLE_WORDS for w in rest)
    return bool(rest) and name_text(rest) not in world.NAMES and not titled


def acronym_after(words: list[Token]) -> str:
    """The acronym given in brackets right after a name ('… West African States (ECOWAS)'), '' if none:
    what the report calls it from then on."""
    doc, end = words[-1].doc, words[-1].i
    if end + 3 >= len(doc) or doc[end + 1].text != "(" or doc[end + 3].text != ")":
        return ""
    short = doc[end + 2].text
    initials = "".join(w.text[0] for w in words if w.text[:1].isupper())
    return short if short.isupper() and len(short) >= 2 and short[0] == initials[:1] else ""


def named_body(token: Token, found: list[Mention]) -> Proposed | None:
    """A body's proper name of three or more capitalised words that the registry knows only a part
    of ('the Nagorno-Karabakh Human Rights Ombudsman', 'the Stepanakert Bureau of …'): that body,
    proposed, not the state or place its name starts with."""
    doc, first = token.doc, token.i
    while first > 0 and (doc[first - 1].pos_ == "PROPN" and doc[first - 1].text[:1].isupper()
                         or doc[first - 1].text in ("-", "–") and not doc[first - 1].whitespace_):
        first -= 1
    words = [w for w in doc[first : token.i + 1] if w.text not in ("-", "–")]
    if token.pos_ != "PROPN" or len(words) < 3 or token.ent_type_ == "PERSON":
        return None
    if any(w.lower_ in TITLE_WORDS or w.ent_type_ in ("DATE", "TIME") for w in words[:-1]):
        return None  # "Armenian Prime Minister" is a title; "Human Rights Ombudsman" an office
    words = list(doc[first : token.i + 1])
    start, end = words[0].idx, token.idx + len(token.text)
    covered = any(m.start <= start and end <= m.end for m in found)
    words = list(doc[first : organisations.purpose_end(token) + 1])  # "… Office for the Coordination of …"
    return Proposed(organisations.full_name(name_text(words))) if not covered else None


def of_name(head: Token, owner: Token, actors: NameIndex) -> ActorRef | None:
    """'the authorities of Nagorno-Karabakh' is the registry's 'Nagorno-Karabakh authorities': a body
    named after 'of' its owner is the one named with the owner first."""
    if owner.pos_ != "PROPN":
        return None
    words = [c for c in head.children if c.dep_ in ("amod", "compound") and c.i < head.i]
    body = " ".join(w.text for w in (*words, head))
    owned = name_text(name_tokens(owner))
    for name in (f"{owned} {body}", f"{owned}'s {body}", f"{owned} {head.text}"):
        hits = [m for m in actors.find(name) if m.start == 0 and m.end == len(name)]
        if hits:
            return hits[0].id
    return None


def body_words(head: Token) -> list[Token]:
    """The capitalised words of a body's name ending at its head, title words included ('State
    Department', 'Foreign Office', 'Security Council'), and its 'of' part ('Ministry of External
    Affairs'); [] when the head is no body noun written with a capital."""
    if head.pos_ != "PROPN" or not head.text[:1].isupper() or head.lower_ not in BODY_HEADS:
        return []
    doc, first = head.doc, head.i
    # a word hung on the head or on a word of the name after it ("United" on "Nations" in "the United
    # Nations General Assembly")
    while first > 0 and first <= doc[first - 1].head.i <= head.i and doc[first - 1].text[:1].isupper() \
            and doc[first - 1].dep_ in ("compound", "amod"):
        first -= 1
    last = head.i
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == head.i + 1), None)
    obj = next((o for o in of.children if o.dep_ == "pobj"), None) if of is not None else None
    named = doc[of.i + 1 : obj.i + 1] if of is not None and obj is not None else []
    if named and named[0].lower_ == "the" and _own_of_part(list(named)):
        named = named[1:]  # "International Committee of the Red Cross", not "… of the United States"
    if obj is not None and all(w.text[:1].isupper() or w.lower_ in ("and", "of") for w in named):
        last = obj.i
    return list(doc[first : max(last, organisations.purpose_end(head)) + 1])


def owned_body(head: Token, found: list[Mention]) -> Proposed | None:
    """'Pakistan's Foreign Office', 'Armenia's Security Council', 'India's Ministry of External Affairs':
    a state's body the registry does not know, proposed in its demonym ('Pakistani Foreign Office'),
    not the state that owns it; 'the State Department' alone by its two words, not 'Department'."""
    words = body_words(head) or _firm_words(head)
    if not words or covering(head, found) is not None:
        return None
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    if owner is None and words[-1].lower_ in FIRMS:  # "the Malawian state gas company" as written
        return Proposed(name_text(words)) if words[0].text in world.DEMONYMS else None
    if owner is None:
        return Proposed(name_text(words)) if len(words) >= 2 else None
    name = name_text([owner.doc[owner.left_edge.i], owner]).removeprefix("the ").removeprefix("The ")
    code = world.NAMES.get(name) or world.CAPITALS.get(name)
    state = world.STATES.get(code) if code else None
    if code and state is not None:
        return Proposed(f"{world.adjective(code)} {name_text(words)}")
    named = owner.ent_type_ not in ("PERSON", "DATE", "TIME")
    if owner.pos_ == "PROPN" and owner.text[:1].isupper() and named:
        # "the Tanzania People's Defence Force": the possessive is part of the body's own name
        start, end = owner.doc[owner.left_edge.i].idx, words[-1].idx + len(words[-1].text)
        return Proposed(owner.doc.text[start:end].removeprefix("the ").removeprefix("The "))
    return None


#: Common nouns of a company or a state enterprise ("Azerbaijan's state gas company", "the Malawian
#: national airline"): a body of its own, written in lower case, not the state that owns it.
FIRMS = {"company", "firm", "corporation", "operator", "utility", "broadcaster", "airline", "carrier",
         "railway", "railways", "monopoly", "producer", "supplier"}


def _firm_words(head: Token) -> list[Token]:
    """The words of a company named by a common noun, with the words before it ('state gas company'), or
    [] when the head is no such noun: only what the state owns is proposed by it (owned_body)."""
    if head.lower_ not in FIRMS or head.pos_ != "NOUN":
        return []
    doc, first = head.doc, head.i
    while first > 0 and first <= doc[first - 1].head.i <= head.i and doc[first - 1].dep_ in _MODIFIERS:
        first -= 1
    return list(doc[first : head.i + 1])


_MODIFIERS = ("amod", "compound")

