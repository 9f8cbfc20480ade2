"""Predicates → event types, from the verb classes of verbs.yaml.

The parse says which word is the clause's verb, what its object, particle and prepositions
are, and whether a noun is the object of a light verb ("held talks"); the data file says
which class each of those lemmas belongs to. Keeping the classes as data lets a reviewer
read and grow them without reading this code.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

import yaml

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Dependents whose lemma refines a verb's type ("call on", "summon … ambassador", "push forward").
_REFINING = {"dobj", "prt", "prep", "advmod", "acomp", "oprd", "dative", "attr", "nsubjpass", "compound",
             "npadvmod"}  # "gave them 48 hours to leave"
#: Prepositions that say by what means an act was done ("discussed … in a telephone conversation").
_MEANS = {"in", "during", "by", "over", "via", "through"}
#: Types of acts done by talking: a call or a meeting told as their means is that call or meeting.
_TALK = {"statement", "negotiation", "meeting", "appeal", "support", "demand", "condemnation"}
#: Nouns that measure an act out in time or in number: 'a day of mourning', 'a round of talks'.
_MEASURES = {"day", "round", "series", "wave", "minute", "week", "hour", "spate", "string", "period"}
#: Nouns of a meeting between parties (not a visit, a tour or a session where something was said).
_MEETINGS = {"meeting", "summit", "talk", "encounter"}
#: People a call is made to ("called the president"): the object of 'call' that makes it a phone call.
_CALLEES = {
    "president",
    "minister",
    "leader",
    "counterpart",
    "chancellor",
    "premier",
    "secretary",
    "king",
    "emir",
    "prime",
    "head",
    "chief",
}


@dataclass(frozen=True)
class Classes:
    """The verb classes read from verbs.yaml."""

    verbs: dict[str, str]
    nouns: dict[str, str]
    phrases: dict[tuple[str, str], str]
    light: frozenset[str]
    speech: frozenset[str]
    plan: frozenset[str]
    demanded: frozenset[str]
    addressees: frozenset[str]
    happening: frozenset[str]
    idioms: frozenset[tuple[str, str]]
    arriving: frozenset[str]
    uprooted: frozenset[str]


@cache
def classes() -> Classes:
    """Read verbs.yaml once."""
    text = resources.files(__package__).joinpath("verbs.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    verbs: dict[str, str] = {}
    nouns: dict[str, str] = {}
    phrases: dict[tuple[str, str], str] = {}
    for kind, spec in data["types"].items():
        verbs.update(dict.fromkeys(spec.get("verbs") or [], kind))
        nouns.update(dict.fromkeys(spec.get("nouns") or [], kind))
        for phrase in spec.get("phrases") or []:
            verb, _, word = phrase.partition(" ")
            last = word.split()[-1]
            phrases[(verb, last)] = kind
            for single in _singulars(last):  # the parse gives lemmas: "talks" → "talk", "ties" → "tie"
                phrases.setdefault((verb, single), kind)
    return Classes(
        verbs,
        nouns,
        phrases,
        frozenset(data["light_verbs"]),
        frozenset(data["speech"]),
        frozenset(data["plan"]),
        frozenset(data["demanded"]),
        frozenset(data["addressees"]),
        frozenset(data["happening"]),
        frozenset((words[0], words[-1]) for words in (phrase.split() for phrase in data["idioms"])),
        frozenset(data["arriving"]),
        frozenset(data["uprooted"]),
    )


def _singulars(word: str) -> list[str]:
    """The lemmas a plural noun of the data file may get from the parser: 'troops' → 'troop',
    'casualties' → 'casualty', but 'ties' → 'tie' (so 'cut ties', 'sever ties' are read at all)."""
    if word.endswith("ies"):
        return [word[:-3] + "y", word[:-1]]
    return [word[:-1] if word.endswith("s") and not word.endswith("ss") else word]


def lemma(token: Token) -> str:
    """A token's lemma in lower case ('Talks' → 'talk'). A past tense of 're-' and an irregular verb
    that the tagger reads as a present ('retook' tagged VBP) keeps its form as its lemma; it is lemmatised
    by its stem ('retook' → 'retake'), as English forms it."""
    word = token.lemma_.lower()
    if token.pos_ == "VERB" and word == token.lower_ and word.startswith("re"):
        stems = _irregular().get(word[2:])
        if stems:
            return "re" + stems[0]
    return word


@cache
def _irregular() -> dict[str, list[str]]:
    """The pipeline's table of irregular verb forms ('took' → ['take'])."""
    from . import nlp

    lemmatizer = nlp.load().get_pipe("lemmatizer")
    return dict(lemmatizer.lookups.get_table("lemma_exc")["verb"])  # type: ignore[attr-defined]


def noun_type(token: Token) -> str | None:
    """The type an event noun names: with its preposition first ('call for'), then its compound ('phone
    call', 'air strike'), then itself."""
    nouns = classes().nouns
    for prep in (c for c in token.children if c.dep_ == "prep" and c.i > token.i):
        kind = nouns.get(f"{lemma(token)} {prep.lower_}")  # "a call for calm" asks; "a call" is a phone call
        if kind:
            return kind
    words = [lemma(c) for c in token.children if c.dep_ in ("compound", "amod") and c.i < token.i]
    for word in words:
        kind = nouns.get(f"{word} {lemma(token)}") or nouns.get(f"{word} {token.lower_}")
        if kind:
            return kind
    return nouns.get(token.lower_) or nouns.get(lemma(token))


def _refiners(verb: Token) -> list[Token]:
    """The words that refine a verb's type: its object, particle and the prepositions after it, not a
    time phrase ('called Petrov on Thursday', 'On Thursday X called Y' are calls, not 'call on')."""
    out = []
    for child in verb.children:
        timed = any(o.ent_type_ in ("DATE", "TIME") for o in child.children)
        if child.dep_ == "prep" and (child.i < verb.i or timed):
            continue  # "called on X" follows its verb; "on Thursday" is no part of the act
        if child.dep_ in _REFINING or child.dep_ == "ccomp" and child.pos_ == "ADJ":
            out.append(child)  # "held the leadership responsible": the adjective of a small clause
        if child.dep_ == "prep":
            out.extend(c for c in child.children if c.dep_ == "pobj")
    return out


def verb_type(verb: Token) -> str | None:
    """The type of the act a verb tells: a phrase of the verb with its object, particle or
    preposition; a light verb's event noun ('held talks'); the verb's own class. A talk told with
    a call or a meeting as its means is that call ('discussed … in a telephone conversation')."""
    table = classes()
    head = lemma(verb)
    if head in table.arriving and _uprooted(verb, table):
        return "displacement"  # "thousands of refugees crossed into Chad": no incursion, no visit
    refiners = _refiners(verb)
    if any((head, lemma(child)) in table.idioms for child in refiners):
        return None  # "crossed a red line", "struck a balance": no act of the verb's class
    for child in refiners:
        kind = table.phrases.get((head, lemma(child)))
        if kind:
            return kind
    if head == "call" and any(c.dep_ == "dobj" and _callee(c) for c in refiners):
        return "phone-call"
    if head == "call" and _named_as(verb):
        return "condemnation"  # "called the mutiny a stab in the back", "called the decision unjustified"
    if head in table.light and not _possession(verb):
        for child in refiners:
            if child.dep_ in ("dobj", "nsubjpass", "attr") and child.pos_ in ("NOUN", "PROPN"):
                kind = noun_type(child) or _of_type(child)
                if kind:
                    return kind
    own = table.verbs.get(head)
    if own in _TALK or own is None and head in ("discuss", "agree", "say") or head in _SPEAK:
        means = _means(verb)
        if means:
            return means
    if head in _SPEAK and not _partner(verb):
        return "statement"  # "speaking to reporters", "spoke at the UN": talking to no one in particular
    if head in _HOSTING and not any(c.dep_ == "dobj" and _guest(c) for c in verb.children):
        return None  # "received medical care", "hosted the games": no one met
    if head in _RINGING and not any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return None  # "gunfire rang out", "bells rang": a call rings someone
    return own


#: Nouns that count people ("thousands of …", "65,000 had reached …").
_COUNTS = {"thousand", "hundred", "dozen", "million", "ten", "score"}


def _uprooted(verb: Token, table: Classes) -> bool:
    """Whether a verb's subject names people driven from home: refugees, civilians, people, or a
    number of them ('thousands of residents', '65,000 had reached Armenia')."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    if lemma(subject) in table.uprooted:
        return True
    if lemma(subject) not in _COUNTS and subject.ent_type_ != "CARDINAL":
        return False
    of = [o for p in subject.children if p.dep_ == "prep" and p.lower_ == "of"
          for o in p.children if o.dep_ == "pobj"]
    return not of or lemma(of[0]) in table.uprooted  # a bare number of those who left is of people


def _named_as(verb: Token) -> bool:
    """'Called the raid a massacre', 'called the decision unjustified': 'call' with an object and what it
    is called (a noun or an adjective after it) judges the object; in a report of a crisis, a rebuke.
    ('For what he called a tragic incident' only quotes his word.)"""
    if verb.tag_ == "VBG":  # "…, the ministry said, calling Y's actions provocative": how it said so
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ not in ("what", "which", "that")]
    return bool(objects) and any(c.dep_ in ("oprd", "ccomp", "xcomp") and c.pos_ in ("NOUN", "ADJ")
                                 and c.i > objects[0].i for c in verb.children)


#: Verbs that tell a call only with someone called ("rang the president"; "shots rang out" is none).
_RINGING = {"ring", "dial"}


#: Verbs of talking: a meeting or a call only with someone to talk with.
_SPEAK = {"speak", "talk"}


#: Verbs of a meeting only with someone as their object ("received the ambassador").
_HOSTING = {"receive", "host"}


def _guest(token: Token) -> bool:
    """Someone received or hosted: a name, a pronoun, or a person or delegation."""
    return _callee(token) or token.pos_ == "PRON" or lemma(token) in classes().addressees


def _partner(verb: Token) -> bool:
    """'spoke with Y', 'talked to the president': a party to talk with, not an audience."""
    for prep in _preps(verb):
        if lemma(prep) not in ("with", "to"):
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj" and (lemma(prep) == "with" or _callee(obj)) and not audience(obj):
                return True
    return False


#: Who a statement is made to rather than who is talked with: the media and the public.
_AUDIENCE = {"reporter", "journalist", "correspondent", "press", "media", "television", "radio", "tv",
             "channel", "newspaper", "agency", "outlet", "lawmaker", "parliament", "audience", "crowd",
             "public", "nation", "people", "assembly"}


def _preps(verb: Token) -> list[Token]:
    """A verb's prepositions, and those of their objects ('spoke by telephone with Y')."""
    out = [c for c in verb.children if c.dep_ in ("prep", "agent")]
    objects = [o for prep in out for o in prep.children if o.dep_ == "pobj"]
    return out + [p for o in objects for p in o.children if p.dep_ == "prep"]


def audience(token: Token) -> bool:
    """Reporters, lawmakers, a television channel: people or media a statement is made to."""
    return lemma(token) in _AUDIENCE


def _possession(verb: Token) -> bool:
    """'Armenia has a defence pact with Russia': 'have' in the simple present owns, it does not act."""
    return lemma(verb) == "have" and verb.tag_ in ("VBZ", "VBP") and not any(
        c.dep_ in ("aux", "auxpass") for c in verb.children
    )


def _of_type(noun: Token) -> str | None:
    """The act a measure noun is of ('observed a day of mourning', 'held a round of talks'); 'gave
    details of their conversation' tells no conversation."""
    if lemma(noun) not in _MEASURES:
        return None
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.pos_ == "NOUN" and noun_type(obj):
                    return noun_type(obj)
    return None


def _callee(token: Token) -> bool:
    return (
        token.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
        or lemma(token) in _CALLEES
        or (token.pos_ == "PROPN")
    )


def _means(verb: Token) -> str | None:
    """A phone call or a meeting named as the means of a talk ('in a telephone conversation'). The
    parser often hangs 'in a phone call' on the last noun before it ('told Y about the shelling of
    the province in a phone call'): a call anywhere in the verb's own phrases is its means."""
    for prep in _own_words(verb):
        if prep.dep_ not in ("prep", "agent") or lemma(prep) not in _MEANS:
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            kind = noun_type(obj)
            if kind == "phone-call" or lemma(obj) in ("phone", "telephone"):
                return "phone-call"
            if kind == "meeting" and lemma(obj) in _MEETINGS and prep.head.i == verb.i:
                return kind  # a visit, a trip or a session is where something was said, not a meeting
    return None


def _own_words(verb: Token) -> list[Token]:
    """The words of a verb's own phrases, not those of a clause below it."""
    out: list[Token] = []
    stack = list(verb.children)
    while stack:
        token = stack.pop()
        if token.pos_ in ("VERB", "AUX") and token.dep_ not in ("aux", "auxpass"):
            continue
        out.append(token)
        stack.extend(token.children)
    return out


def is_speech(verb: Token) -> bool:
    """Whether a verb reports what someone said ('said', 'told', 'claimed')."""
    return lemma(verb) in classes().speech


def is_plan(token: Token) -> bool:
    """Whether a word heads a plan, a wish or a hypothesis ('plans to', 'is expected to')."""
    return lemma(token) in classes().plan


def is_demanded(verb: Token) -> bool:
    """Whether an appeal asks for an act that ends one ('called on X to withdraw'): a demand."""
    return lemma(verb) in classes().demanded
