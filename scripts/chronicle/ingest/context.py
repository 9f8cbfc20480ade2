"""What earlier sentences of an article named, and who a reference stands for.

A pronoun ("he", "it", "they"), a definite reference ("the two leaders", "the country", "the prime
minister", "the Ombudsman") or a surname given alone is the last fitting actor the article named:
a person for "he", a state for "the country", the parties of the call just told for "they". The
parse says where a phrase is (subjects.py); this module keeps what came before and picks from it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from . import anaphora, familynames, institutions, names, nouns, organisations, world
from .actors import TITLE_WORDS, ActorRef, Mention, NameIndex, Proposed

if TYPE_CHECKING:
    from spacy.tokens import Token


#: Persons by pronoun; bodies and states by "it"; any earlier principal by "they".
PERSON_PRONOUNS = {"he", "she", "him", "her"}


BODY_PRONOUNS = {"it"}


_PERSON_POSSESSIVES = {"his", "her"}


PLURAL_PRONOUNS = {"they", "them"}


#: Nouns of a state in a definite reference ("the country", "the two countries", "the kingdom").
STATE_NOUNS = {"country", "nation", "state", "republic", "kingdom", "sultanate", "leadership"}


#: Collective nouns of people, singular in form ("the staff left", "the crew were rescued").
_GROUPS = {"staff", "personnel", "crew", "public", "population"}


@dataclass
class Context:
    """What earlier sentences of the article named: who a reference later stands for."""

    people: list[ActorRef] = field(default_factory=list)  # persons, in order named
    parties: list[ActorRef] = field(default_factory=list)  # principals and states, in order
    bodies: anaphora.Bodies = field(default_factory=anaphora.Bodies)
    joint: list[ActorRef] = field(default_factory=list)  # the parties of a call or a meeting just told
    sides: list[ActorRef] = field(default_factory=list)  # two states last named together as one subject
    unnamed: bool = False  # the last sentence was about people who are no actor: 'they' is not known
    named: list[ActorRef] = field(default_factory=list)  # every actor named so far, last named last
    voice: ActorRef | None = None  # the last one who said something: whose "the statement" it is
    full_names: list[str] = field(default_factory=list)  # persons named by full name, in passing too
    acronyms: dict[str, Proposed] = field(default_factory=dict)  # "ECOWAS" → the body named in full with it
    passing: list[Proposed] = field(default_factory=list)  # bodies named in any part: short forms' referents
    issuer: str | None = None  # the state whose own office published the report (its outlet says so)
    report: str = ""  # the report's text: which unrecognised territory it is about

    def persons_in(self, doc) -> None:  # noqa: ANN001 (a spaCy Doc)
        """Remember the full names of persons a sentence gives, whatever their part ('the RSF, led by
        Mohamed Hamdan Dagalo, …'): who a name given alone later is ('Dagalo accused …')."""
        for entity in doc.ents:
            if entity.label_ != "PERSON":
                continue
            words = names.name_tokens(entity.root)
            name = names.name_text(words)
            plain = all(w.pos_ == "PROPN" and w.text[:1].isupper() for w in words) and not any(
                w.lower_ in TITLE_WORDS or w.text in world.NAMES or w.text in world.DEMONYMS for w in words)
            if len(words) >= 2 and plain:
                if name in self.full_names:
                    self.full_names.remove(name)
                self.full_names.append(name)

    def noted(self, actor: ActorRef, kinds: dict[str, str]) -> None:
        """Remember an actor named as a doer or a party."""
        target = self.people if names.is_person(actor, kinds) else self.parties
        if actor in target:
            target.remove(actor)
        target.append(actor)

    def mentioned(self, actor: ActorRef) -> None:
        """Remember an actor the article named, whatever its part: who 'the Ombudsman' is later."""
        if actor in self.named:
            self.named.remove(actor)
        self.named.append(actor)

    def last(self) -> ActorRef | None:
        return (self.parties or self.people or [None])[-1]

    def about(self, subject: Token | None, topic: ActorRef | None) -> None:
        """Remember whether a sentence's main subject is people the report names as no actor ('the
        embassy staff left Tehran. They crossed …'): a 'they' after it is them, not a party named before."""
        people = subject is not None and subject.pos_ == "NOUN" and (
            subject.tag_ == "NNS" or subject.lemma_.lower() in _GROUPS)
        self.unnamed = people and topic is None


def state_of(actor: ActorRef, actors: NameIndex) -> ActorRef:
    """The state a state's body stands for in 'the two countries' (the registry's, else proposed)."""
    code = country_of(actor, actors)
    if code is None or names.is_person(actor, actors.kinds):
        return actor
    known = actors.states.get(code)  # (the registry's state, whatever its code)
    return known or (Proposed(world.STATES[code].name) if code in world.STATES else actor)


def country_of(actor: ActorRef | None, actors: NameIndex) -> str | None:
    """The state an actor belongs to: the registry's country, or the one a proposed name says."""
    if isinstance(actor, Proposed):
        return proposed_country(actor)
    return actors.countries.get(actor) if actor else None


def proposed_country(actor: Proposed) -> str | None:
    """The state a proposed name says: "Tajik border officials", or a person by their title's nation."""
    words = [w.rstrip("'’s") for w in (actor.name.split()[:1] + actor.role.split())]
    codes = [world.NAMES.get(actor.name), institutions.country_of_name(actor.name)] + [
        world.NAMES.get(w) or world.DEMONYMS.get(w) for w in words]
    return next((c for c in codes if c), None)


def verbs_lemma(token: Token) -> str:
    return token.lemma_.lower()


def definite(token: Token, context: Context, actors: NameIndex) -> ActorRef | None:
    """'the country', 'the country's leadership': the last state the article named (a reference to two
    parties, in pairs.py)."""
    lemma = verbs_lemma(token)
    owner = next((c for c in token.children if c.dep_ == "poss"), None)
    if owner is not None and verbs_lemma(owner) in STATE_NOUNS:
        lemma = verbs_lemma(owner)
    before = token.doc[token.left_edge.i : token.i].text.lower()
    if lemma in _TERRITORY_NOUNS and any(word in before for word in _UNRECOGNISED):
        return _unrecognised(context, actors)  # "the unrecognized republic": not the state it lies in
    if lemma in STATE_NOUNS and any(c.lower_ in ("the", "this") for c in token.subtree):
        crowned = _last_kingdom(context, actors) if lemma in _CROWN_NOUNS else None
        if crowned is not None:  # "the Kingdom urged …": the monarchy named last, not any state
            return crowned
        # the state of the last party ('the country' after 'X's army shelled …' is X, not its army)
        return state_of(context.parties[-1], actors) if context.parties else None
    marked = any(c.lower_ in ("the", "this") for c in token.children)
    if lemma in _BLOC_NOUNS and token.text.islower() and marked:  # not "the European Union"
        earlier = (*reversed(context.parties), *reversed(context.named))
        return next((a for a in earlier if _organisation(a, actors)), None)
    return None  # "both sides", "the two leaders": pairs.definite


#: What a monarchy is called in its own and in others' reports ("the Kingdom", "the Sultanate").
_CROWN_NOUNS = {"kingdom", "sultanate"}
#: States that are kingdoms or sultanates (ISO codes): a fact of the world, for "the Kingdom".
_KINGDOMS = {"SA", "JO", "MA", "BH", "GB", "ES", "NL", "BE", "NO", "SE", "DK", "TH", "KH", "BT", "LS", "SZ",
             "TO", "OM", "BN"}


def _last_kingdom(context: Context, actors: NameIndex) -> ActorRef | None:
    """The last monarchy the article named ('the Kingdom' in a report that named Jordan, then Saudi Arabia
    as the Kingdom's foreign ministry speaks), as its state."""
    for actor in (*reversed(context.named), *reversed(context.parties)):
        if country_of(actor, actors) in _KINGDOMS:
            return state_of(actor, actors)
    return None


#: Words that say a territory's statehood is not recognised, and what such a territory is called.
_UNRECOGNISED = ("unrecognized", "unrecognised", "self-proclaimed", "self-declared", "breakaway",
                 "separatist")
_TERRITORY_NOUNS = {"republic", "region", "enclave", "territory", "entity", "state"}


def _unrecognised(context: Context, actors: NameIndex) -> ActorRef | None:
    """'the unrecognized republic', 'the breakaway region': the registry's authorities of no recognised
    state (a government with no country) the article named last, else the one whose territory the
    report names ('Nagorno-Karabakh separatist authorities' in a report on 'the self-proclaimed
    Nagorno-Karabakh Republic'); never the state the territory lies in. None when neither is known."""
    def de_facto(actor: ActorRef) -> bool:
        government = isinstance(actor, str) and actors.kinds.get(actor) == "government"
        return government and actor not in actors.countries

    named = next((a for a in (*reversed(context.parties), *reversed(context.named)) if de_facto(a)), None)
    words = set(re.findall(r"[\w-]+", context.report))
    told = [a for a in actors.kinds if de_facto(a) and _territory(str(actors.names.get(a, a))) & words]
    return named or (told[0] if len(told) == 1 else None)


def _territory(name: str) -> set[str]:
    """The territory a de facto body's name begins with, as a report may write it ('Transnistrian …':
    Transnistrian, Transnistria)."""
    first = name.split()[0] if name.split() else ""
    return {first, first.removesuffix("n")} - {""}


#: What a report calls an international organisation it named before ("the bloc", "the alliance").
_BLOC_NOUNS = {"bloc", "alliance", "organisation", "organization", "union", "grouping", "body"}
_ORGANISATIONS = frozenset(organisations.FULL_NAMES.values())


def _organisation(actor: ActorRef, actors: NameIndex) -> bool:
    """An international organisation: the registry says so, or its proposed name is one of the table."""
    if isinstance(actor, Proposed):
        return actor.name in _ORGANISATIONS
    return actors.kinds.get(actor) == "international-organisation"


def by_title(token: Token, context: Context, actors: NameIndex) -> ActorRef | None:
    """'the prime minister', 'the acting minister' with no name: the last person the article named
    whose roles (the registry's, or the title they were named with) have every word of that title
    (an acting minister holds the minister's office)."""
    if not any(c.lower_ in ("the", "this") for c in token.children):
        return None
    words = {t.lower_ for t in token.subtree if t.i <= token.i and t.lower_ in TITLE_WORDS} - {"acting"}
    nation = next((world.DEMONYMS[c.text] for c in token.children if c.dep_ in ("amod", "compound")
                   and c.i < token.i and c.text in world.DEMONYMS), None)  # "the Colombian president"
    for person in reversed(context.people):
        held = (set(person.role.casefold().split()) if isinstance(person, Proposed)
                else actors.titles.get(person, frozenset()))
        lesser = isinstance(person, Proposed) and _lesser(person.role, words)
        if words and words <= held and nation in (None, country_of(person, actors)) and not lesser:
            return person
    return None


#: Words before a title that name a lower office ('Assistant Secretary-General', 'Deputy Prime Minister').
_LESSER = {"assistant", "deputy", "vice", "under", "associate"}


def _lesser(role: str, words: set[str]) -> bool:
    """Whether a person's title is a lower office than the one a reference names: 'the Secretary-General'
    is not the 'Assistant Secretary-General' named before, 'the prime minister' not the 'Deputy Prime
    Minister and Foreign Minister' (who is 'the foreign minister')."""
    seq = re.findall(r"\w+", role.casefold())
    return any(a in _LESSER and a not in words and b in words for a, b in zip(seq, seq[1:], strict=False))


def by_last_word(token: Token, context: Context, actors: NameIndex) -> ActorRef | None:
    """'the Ombudsman' after 'the Nagorno-Karabakh Human Rights Ombudsman', 'the Bureau' after 'the
    Bureau of Forensic Examination' is not a name: 'the' and the head word of a body named before."""
    if token.pos_ not in ("NOUN", "PROPN") or not any(c.lower_ == "the" for c in token.children):
        return None
    word = token.lower_
    for actor in reversed(context.named):
        name = actor.name if isinstance(actor, Proposed) else actors.names.get(actor, "")
        words = name.lower().replace(" of ", " ").split()
        if len(words) >= 2 and word in (words[-1], words[0] if " of " in name.lower() else ""):
            return actor
    return None


def pronoun(token: Token, found: list[Mention], context: Context, actors: NameIndex) -> ActorRef | None:
    """'he', 'his' is the first person named before it in the sentence, its subject as a rule ('X told
    Y …, his office said': X), else the last person the article named, else (an official whose name
    the report never gave) the last party."""
    word = token.lower_
    if word in PERSON_PRONOUNS or word in _PERSON_POSSESSIVES:
        quoted = _quoted_elsewhere(token)  # '"… Putin's not behind," he told reporters': not Putin
        before = [m.id for m in found if m.end <= token.idx and names.is_person(m.id, actors.kinds)
                  and m.start not in quoted]
        return before[0] if before else _named_before_in(token, found, actors) or (
            context.people[-1] if context.people else context.last())
    if word in BODY_PRONOUNS or word == "its":
        return context.parties[-1] if context.parties else None
    if word in PLURAL_PRONOUNS or word == "their":
        if context.unnamed or _weapons_before(token):
            return None
        return context.joint[0] if context.joint else context.last()
    return None


def _quoted_elsewhere(token: Token) -> set[int]:
    """Where the words of a quotation start (character offsets), for a pronoun outside it: a person the
    quoted speaker names ('"There is not much that happens that Y is not behind," he said') is never who
    'he' is; inside the quotation, its own names may be."""
    inside = nouns.quoted(token.doc)
    return set() if token.i in inside else {t.idx for t in token.doc if t.i in inside}


def _weapons_before(token: Token) -> bool:
    """'At least three drones hit the plant, one of them striking the dome': 'they' after weapons
    named in the same sentence, with no plural noun between, is those weapons, no one's act."""
    plural = next((t for t in reversed(token.doc[: token.i]) if t.tag_ in ("NNS", "NNPS")), None)
    return plural is not None and verbs_lemma(plural) in nouns.WEAPONS


def _named_before_in(token: Token, found: list[Mention], actors: NameIndex) -> ActorRef | None:
    """The first person the sentence names before a pronoun that the registry lacks ('Estonian Prime
    Minister Kristen Michal spoke with …, his office said': Michal, proposed; not the person the report
    named last)."""
    quoted = _quoted_elsewhere(token)
    for head in (t for t in token.doc[: token.i] if t.ent_type_ == "PERSON" and t.pos_ == "PROPN"
                 and t.dep_ != "compound" and t.idx not in quoted):
        person = names.person(head, found, actors, True)
        if person is not None and names.is_person(person, actors.kinds):
            return person
    return None


def named_before(token: Token, context: Context, actors: NameIndex) -> ActorRef | None:
    """A surname alone ('Asryan said', 'Lopez Obrador said') for a person the article proposed by full
    name before."""
    # a capitalised word the tagger took for a noun ('Pena also spoke …': 'pena' is a Spanish noun) is
    # a surname only when it is that of a person the article named in full before
    mistagged = token.pos_ == "NOUN" and token.text[:1].isupper()
    if token.pos_ != "PROPN" and not mistagged:
        return None  # asked first: reading the name's words walks the parse
    words = [w for w in names.name_tokens(token) if w.ent_type_ not in ("DATE", "TIME")]
    if not words:
        return None
    surname = names.name_text(words)
    given = surname.split()
    for person in reversed(context.people):  # the last one named with that surname, if proposed
        name = person.name if isinstance(person, Proposed) else ""
        named = name.split()
        if isinstance(person, Proposed) and len(named) > len(given) and _called(person.name, given):
            return person
        if not isinstance(person, Proposed) and actors.names.get(str(person), "").split()[-1:] == given:
            return None  # a registered person: the registry's names decide
    if len(given) > 1 or mistagged:
        return None
    # a person named in full only in passing ('led by Mohamed Hamdan Dagalo'); then one called by the
    # first of their names, as Thai and other usage has it ('Prime Minister Srettha Thavisin … Srettha'),
    # or by a name in the middle ('Luiz Inacio Lula da Silva … Lula')
    proposed = [p.name for p in reversed(context.people) if isinstance(p, Proposed) and " " in p.name]
    full = [(n, [w for w in n.split() if w not in _SUFFIXES])
            for n in (*reversed(context.full_names), *proposed)]
    name = next((n for n, w in full if _called(n, [surname])), None) or next(
        (n for n, w in full if w[0] == surname), None) or next(
        (n for n, w in full if surname in w[1:-1]), None)
    if name is None or surname in world.NAMES or surname in world.DEMONYMS or actors.find(surname):
        return None  # a state's or a registered actor's name is theirs
    return Proposed(name, person=True)


def _called(name: str, given: list[str]) -> bool:
    """Whether a person named in full is called by these words alone: their last words ('Asryan'),
    or the family name a Korean or Chinese name puts first ('Kim' for Kim Yo Jong, never 'Jong')."""
    words = [w for w in name.split() if w not in _SUFFIXES]  # "Karl Brenner Jr." is Brenner
    if familynames.family_first(name):
        return given == words[:1]
    return words[-len(given):] == given


#: Words after a surname that are no part of it ("Ferdinand Marcos Jr." is Marcos).
_SUFFIXES = {"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"}


def enemy(context: Context, actors: NameIndex) -> ActorRef | None:
    """'the enemy' in a side's report: the last party named of another state than the one whose words
    these are ('the ministry said …, the enemy went on the offensive': the ministry's enemy), else than
    the article's own (the country of the first state body it named)."""
    home = (country_of(context.voice, actors) if context.voice is not None else None) or context.bodies.home
    if home is None:
        return None
    return next((p for p in reversed(context.parties) if country_of(p, actors) not in (None, home)), None)
