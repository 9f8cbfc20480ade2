"""Who a clause's words name: registry actors, proposed new ones, and what a reference stands for.

Names are found in the sentence's text first (the registry's aliases, a state's bodies named by
nationality, states of the world table, "the ministry"), then the parse says which of them is
the doer: the mention covering the head of the subject phrase, or one inside it ("Azerbaijani
troops", "several groups of Azerbaijani servicemen", "a spokesman of the ministry"). A name
after a title ("EU foreign policy chief Jane Doe") is the person, never the title's state or
body; a pronoun or a definite reference ("he", "the two leaders", "the country") is the last
fitting actor the article named (context.py). The entity labels of the small model are noisy (surnames as
ORG, nationalities as PERSON), so they only propose: the registry decides. What the words of a
name say (a title, an office, listed nationalities) is read in names.py.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from . import (
    anaphora,
    attribution,
    bodynames,
    commentators,
    forces,
    holders,
    institutions,
    localbodies,
    namedbodies,
    names,
    organisations,
    pairs,
    parties,
    possessives,
    shortnames,
    territories,
    verbs,
    world,
)
from . import context as earlier
from .actors import TITLE_WORDS, ActorRef, Mention, NameIndex, Proposed
from .context import Context, country_of, verbs_lemma
from .pairs import pair

__all__ = ["STATEMENTS", "Context", "actor_of", "conjoined", "country_of", "mentions", "pair", "verbs_lemma"]

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Who speaks for someone named by a possessive ("his office", "her spokesman").
_VOICES = {"office", "spokesman", "spokeswoman", "spokesperson", "press", "aide", "chancellery"}
#: Armed men a definite reference points back to ("the masked attackers").
_ARMED_MEN = {"gunman", "gunmen", "attacker", "assailant", "militant", "insurgent", "paramilitary", "rebel",
              "separatist", "militiaman", "militia", "fighter", "guerrilla"}
#: Places armed men hold and fire from ("came under fire from Malawian positions"): a nation's are its forces.
_POSTS = {"position", "post", "outpost", "battery", "trench", "checkpoint"}
#: "the enemy" in a side's report is the other side.
_ENEMY = {"enemy", "adversary"}
_OF_PHRASE = {"of", "from"}


def mentions(text: str, on: date, actors: NameIndex, context: Context) -> list[Mention]:
    """Every name of an actor in a sentence, longest first where two overlap."""
    found = actors.find(text, on)
    states = {
        m.surface: actors.countries[m.id]
        for m in found
        if actors.kinds.get(m.id) in ("state", "government") and m.id in actors.countries
    }
    named = context.bodies.proposed
    extra = namedbodies.every(text, actors.institutions, states, actors.states, named)
    found += [
        Mention(i.start, i.end, i.surface, i.id)
        for i in extra
        if not any(m.start <= i.start and i.end <= m.end for m in found)
    ]
    found = shortnames.regroup(_outermost(found), context)
    found += anaphora.resolve(text, found, actors, context.bodies)
    context.bodies.note(found, actors)
    for mention in found:
        context.mentioned(mention.id)
    return sorted(found, key=lambda m: m.start)


def _outermost(found: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    for mention in sorted(found, key=lambda m: (m.start, -(m.end - m.start))):
        if any(o.start <= mention.start and mention.end <= o.end for o in out):
            continue
        out.append(mention)
    return out


def actor_of(
    token: Token | None, found: list[Mention], actors: NameIndex, context: Context, subject: bool = True
) -> ActorRef | None:
    """The actor a phrase names, by the head of the phrase (see the module's docstring)."""
    if token is None:
        return None
    office = parties.office_of(token, actors.institutions, context.bodies.proposed)
    if office is not None:  # "talks between the foreign ministers of X and Y": X's foreign ministry
        return office
    if token.pos_ == "PRON":
        owner = possessives.possessor(token) if token.dep_ == "poss" else None
        if owner is not None:  # "Weber called Petrov after her meeting …": her is Weber
            return actor_of(owner, found, actors, context, subject)
        teller = _teller(token, found, actors, context)
        return teller or earlier.pronoun(token, found, context, actors)
    own = context.acronyms.get(token.text) or shortnames.group(token) or shortnames.members_of(token, context)
    if own is not None:  # "the RSF" after "the Rapid Support Forces (RSF)", "Yemen's Houthi movement",
        return own  # "Wagner fighters" after "the Wagner Group"
    if verbs_lemma(token) in STATEMENTS and not names.covering(token, found):
        return _statement_of(token, found, actors, context)
    sender = organisations.sender(token) if subject else None
    if sender is not None:  # "NATO ambassadors held an emergency meeting": NATO
        mention = names.covering(sender, found)
        return mention.id if mention is not None else Proposed(organisations.full_name(sender.text))
    governs = territories.body_of(token, found, actors) if not names.covering(token, found) else None
    if governs is not None:  # "Tigray's authorities", "the Gaza health ministry": a place no state's
        return governs
    if token.lower_ in names.ROLE_NOUNS and not names.covering(token, found) and not _a_house(token):
        named = holders.holder(token) or holders.named_after_of(token)
        if named is not None:  # "the district commander, General Alexander Dvornikov"
            person = actor_of(named, found, actors, context, subject)
            if isinstance(person, Proposed) and person.person:  # the title is theirs (the fuller one)
                words = [t.text for t in token.subtree if t.i <= token.i and t.dep_ not in ("det", "punct")]
                role = " ".join(words) if len(" ".join(words)) > len(person.role) else person.role
                return Proposed(person.name, role=role, person=True)
            return person
        office = bodynames.named_body(token, found) if subject else None
        if office is not None:  # "the Nagorno-Karabakh Human Rights Ombudsman"
            return office
        # "the representative of China": China, never the last representative named (a UN summary
        # names one after another); "the prime minister": the last person named who holds that
        # title; "the Ombudsman": the office named before; "X's information minister", never named: X
        delegate = _spoken_for(token, found, actors, context) if verbs_lemma(token) in _DELEGATES else None
        return delegate or earlier.by_title(token, context, actors) or (
            earlier.by_last_word(token, context, actors) or pairs.definite(token, context, actors)
            or _owner(token, found)
            or _spoken_for(token, found, actors, context))
    if verbs_lemma(token) in _ENEMY and any(c.lower_ == "the" for c in token.children):
        return earlier.enemy(context, actors)
    if verbs_lemma(token) in _ARMED_MEN and not names.covering(token, found) and any(
        c.lower_ in ("the", "these", "those") for c in token.children
    ):
        return context.bodies.armed  # "the attackers", "the gunmen": the armed group named before
    if forces.service(token) and not names.covering(token, found):  # "Army warplanes struck …"
        return anaphora.named_before("armed-force", context.bodies, actors, not forces.by_state(token))
    owner = forces.owner(token)
    # "its fighters", "India's warplanes", "Guinea's special forces", "forces loyal to X"
    if owner is not None and (owner.pos_ == "PRON" or not names.covering(token, found)
                              or forces.leader(token) is not None):  # "Syrian rebels led by HTS": HTS
        return forces.of(actor_of(owner, found, actors, context, subject), actors, context)
    named = earlier.named_before(token, context, actors)
    if named is not None:  # "Eduard Asryan told envoys … Asryan said": the person proposed before
        return named
    if commentators.commentator(token):  # "X, a senior fellow at …, wrote": no side's act
        return None
    person = names.person(token, found, actors, subject)
    if person is not None:
        return person
    first = names.first_listed_actor(token, found)
    if first is not None:  # "Armenian, Azerbaijani and Russian officers": the first is the doer
        return first
    for child in token.children:  # "Armenian and Azerbaijani officials", as the parser coordinates them
        if child.dep_ in ("amod", "compound") and child.i < token.i and child.conjuncts:
            covering = names.covering(child, found)
            if covering is not None:
                return covering.id
    mention = names.covering(token, found)
    if mention is not None:
        if mention.surface in world.CAPITALS and not (
            subject and token.dep_ in ("nsubj", "nsubjpass", "pobj")
        ):
            return None  # a capital is its government only as the doer ('Pristina accuses')
        return mention.id
    body = bodynames.named_body(token, found) if subject else None
    if body is not None:  # "the Nagorno-Karabakh Human Rights Ombudsman": a body of its own
        return body
    military = verbs.noun_type(token) == "attack" or subject and verbs_lemma(token) in _POSTS  # (the doer's)
    nation = next((c for c in token.children if c.dep_ in ("amod", "compound") and c.text in world.DEMONYMS),
                  None) if military else None
    if nation is not None:  # "Israeli strikes killed …", "Russian shelling wounded …", "fire from Malawian
        # positions": that state's forces
        return institutions.armed_forces(nation.text, actors.institutions, context.bodies.proposed)
    body = bodynames.owned_body(token, found) if subject else None
    issued = institutions.of_issuer(context.issuer, body.name, actors.institutions, context.bodies.proposed) \
        if body is not None and context.issuer else None
    organ = organisations.un_organ(body.name, context.report) if body is not None and not issued else ""
    if organ:  # "The Security Council today adopted resolution 2728": the UN's (the registry's, if any)
        return next((m.id for m in actors.find(organ) if m.surface == organ), Proposed(organ))
    if body is not None:  # "Pakistan's Foreign Office": the Pakistani Foreign Office, not Pakistan
        return issued or body  # "The Ministry of Foreign Affairs informs …", in its own press release
    described = organisations.described_body(token) if subject else ""
    if described:  # "the UN human rights office said": that body, not the UN nor an office named before
        return Proposed(described)
    local = localbodies.body(token, found) if subject else None
    if local is not None:  # "the Gaza health ministry", "Abu Dhabi police": that place's body
        return local
    for child in token.children:  # "Azerbaijani troops", "the Defence Ministry's spokesman"
        if child.dep_ in ("compound", "amod", "poss", "nmod") and child.i < token.i:
            inner = names.covering(child, found)
            if inner is not None:
                return inner.id
        if child.dep_ == "poss" and child.pos_ in ("PRON", "PROPN") and verbs_lemma(token) in _VOICES:
            return actor_of(child, found, actors, context, subject)  # "her office said": hers
    for child in token.children:  # "groups of Azerbaijani servicemen", "the spokesman, Ivan Petrov"
        if child.dep_ == "appos" and token.pos_ == "PROPN" and _bracketed(child):
            continue  # "Ivan Petrov (Zambia) said": whom the speaker represents, not who speaks
        if child.dep_ == "prep" and child.lower_ in _OF_PHRASE or child.dep_ == "appos":
            obj = next((o for o in child.children if o.dep_ == "pobj"), child)
            owned = bodynames.of_name(token, obj, actors) if child.dep_ == "prep" else None
            # "the spokesman, Ivan Petrov", "thousands of Karabakh Armenians fled": who they are
            named = child.dep_ == "appos" or child.dep_ == "prep" and (
                a_count(token) or verbs_lemma(token) in forces.PARTS)  # "members of the Republican Guard"
            inner = owned or actor_of(obj, found, actors, context, subject and named)
            if inner is not None:
                return inner
    seat = _officials_in(token, actors)
    if seat is not None:  # "officials in Kyiv said": Ukraine's
        return seat
    reference = earlier.by_last_word(token, context, actors) or pairs.definite(token, context, actors)
    if reference is not None:
        return reference
    known = organisations.FULL_NAMES.get(token.text) if subject and token.text.isupper() else None
    if known is not None:  # "ECOWAS condemned …": the tagger may read an acronym as a plural noun
        return Proposed(known)
    if subject and token.pos_ == "PROPN" and token.text[:1].isupper() and token.ent_type_ in (
            "ORG", "NORP", "GPE", "PERSON", ""):
        words = bodynames.with_of_part(names.name_tokens(token))
        name = names.name_text(words)
        if name in context.acronyms:  # "ECOWAS" after "the Economic Community of … States (ECOWAS)"
            return context.acronyms[name]
        single = (
            len(words) == 1 and token.ent_type_ in ("GPE", "ORG") and token.dep_ in ("nsubj", "nsubjpass")
        )
        governing = territories.governing(name, actors) or territories.territory(token, name)
        if governing is not None:
            return governing
        titled = any(w.lower_ in TITLE_WORDS for w in words[:-1]) or words[-1].lower_ in TITLE_WORDS and not (
            _a_house(words[-1]))
        if (len(words) >= 2 or single) and not titled:
            before = _named_in_full(name, context)
            if before is not None:  # "the Joint Chiefs" after "South Korea's Joint Chiefs of Staff"
                return before
            proposed = Proposed(organisations.full_name(name))  # "U.N." → "United Nations"
            short = bodynames.acronym_after(words)
            if short:
                context.acronyms[short] = proposed
            return proposed
    return None


def _named_in_full(name: str, context: Context) -> Proposed | None:
    """A body the report named before by a longer name that holds this one ('the Joint Chiefs said'
    after 'South Korea's Joint Chiefs of Staff'): news shortens a name it has given in full."""
    words = name.removeprefix("the ").removeprefix("The ").split()
    if len(words) < 2:
        return None
    for actor in reversed([*context.passing, *context.named]):
        if not isinstance(actor, Proposed) or actor.person:
            continue
        full = actor.name.split()
        if len(full) > len(words) and any(full[i : i + len(words)] == words for i in range(len(full))):
            return actor
    return None


def _owner(title: Token, found: list[Mention]) -> ActorRef | None:
    """The state or body whose unnamed official a title names ('Eritrea's information minister', 'the
    Thai foreign minister', 'the ministry's spokesman'): the official speaks and acts for it."""
    for child in title.children:
        if child.dep_ in ("poss", "amod", "compound") and child.i < title.i:
            mention = names.covering(child, found)
            if mention is not None:
                return mention.id
    return None


#: Nouns that count people ("thousands of …", "dozens of …").
_COUNTS = {"thousand", "hundred", "dozen", "million", "ten", "score"}


def a_count(token: Token) -> bool:
    """'Thousands of Karabakh Armenians', '65,000 of the region's people': a number of people, whose
    'of' part names who they are (the doer of what the number did)."""
    return verbs_lemma(token) in _COUNTS or token.ent_type_ == "CARDINAL"


#: People who speak for the government of the capital they are "in" ("officials in Kyiv").
_OFFICIALS = {"official", "authority"}


def _bracketed(token: Token) -> bool:
    """A phrase in brackets right after a name: a UN summary's '(United Kingdom)' after its speaker."""
    start, end = token.left_edge.i, token.right_edge.i
    doc = token.doc
    return start > 0 and doc[start - 1].text == "(" and end + 1 < len(doc) and doc[end + 1].text == ")"


def _officials_in(token: Token, actors: NameIndex) -> ActorRef | None:
    """'Officials in Kyiv', 'the authorities in Bamako': the government whose capital it is (the
    registry's, else its state's, else the state proposed), as the capital names it as a doer."""
    if verbs_lemma(token) not in _OFFICIALS:
        return None
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "in"):
        obj = next((o for o in prep.children if o.dep_ == "pobj"), None)
        code = world.CAPITALS.get(obj.text) if obj is not None else None
        if code:
            return actors.institutions.get((code, "government")) or actors.states.get(code) or Proposed(
                world.STATES[code].name)
    return None


def _a_house(token: Token) -> bool:
    """'The White House', 'State House': a building that names the office in it, not a title."""
    return token.lower_ == "house" and token.pos_ == "PROPN" and any(
        c.dep_ == "compound" and c.text[:1].isupper() for c in token.children)


#: Titles of those who speak for the state they are "of" ("the representative of Ghana"); an envoy or
#: an ambassador "to" or "for" a state is sent to it, and speaks for another.
_DELEGATES = {"representative", "delegate", "delegation", "ambassador", "envoy"}


def _spoken_for(title: Token, found: list[Mention], actors: NameIndex, context: Context) -> ActorRef | None:
    """'A spokesman for the foreign ministry', 'a spokeswoman of the army', 'the representative of
    Ghana': an unnamed voice speaks for the body or state it is of."""
    lemma = verbs_lemma(title)
    links = ("for", "of", "at") if lemma in _VOICES else ("of",) if lemma in _DELEGATES else ()
    for prep in (c for c in title.children if c.dep_ == "prep" and c.lower_ in links):
        obj = next((o for o in prep.children if o.dep_ == "pobj"), None)
        if obj is not None:
            return actor_of(obj, found, actors, context)
    return None


#: What a body says through ("the statement said", "a readout by the office").
STATEMENTS = {"statement", "communique", "communiqué", "readout", "release"}


def _statement_of(token: Token, found: list[Mention], actors: NameIndex, context: Context) -> ActorRef | None:
    """Whose statement speaks: the one it is 'by' or who owns it ('its statement', 'Baku's
    statement'); 'the statement' alone is the one of whoever spoke last."""
    for child in token.children:
        owner = next((o for o in child.children if o.dep_ == "pobj"), None) if child.lower_ in (
            "by", "from") else (
            child if child.dep_ == "poss" else None)
        if owner is not None:
            return actor_of(owner, found, actors, context)
    return context.voice if any(c.lower_ in ("the", "this", "that") for c in token.children) else None


def _teller(token: Token, found: list[Mention], actors: NameIndex, context: Context) -> ActorRef | None:
    """'The parliament said it planned …', 'Weber said she had called …': the subject pronoun of
    what someone says is the one who says it, when it fits ('it' a body or a state, 'he' or 'she' a
    person)."""
    content = token.head
    if token.dep_ not in ("nsubj", "nsubjpass") or content.dep_ != "ccomp":
        return None
    saying = content.head if verbs.is_speech(content.head) else next(
        (t for t in content.doc[: content.left_edge.i] if attribution.content_after(t) == content), None)
    if saying is None:  # ("the army said it had withdrawn …, a move Y welcomed": the parser's 'welcomed')
        return None
    said_by = _subject_of(saying)
    speaker = actor_of(said_by, found, actors, context) if said_by is not None else None
    if speaker is None:
        return None
    person = names.is_person(speaker, actors.kinds)
    word = token.lower_
    fits = word in earlier.PLURAL_PRONOUNS or (word in earlier.PERSON_PRONOUNS) == person and word in (
        *earlier.PERSON_PRONOUNS, *earlier.BODY_PRONOUNS)
    return speaker if fits else None


def _subject_of(saying: Token) -> Token | None:
    """Who says: the saying's own subject, or that of the verb it is coordinated with ('The State
    Department condemned the attack and said it stood with its ally': the State Department)."""
    while True:
        subject = next((c for c in saying.children if c.dep_ == "nsubj"), None)
        if subject is not None or saying.dep_ != "conj":
            return subject if subject is not None and subject.pos_ != "PRON" else None
        saying = saying.head


def conjoined(
    token: Token | None, found: list[Mention], actors: NameIndex, context: Context
) -> list[ActorRef]:
    """The other actors coordinated with a subject ('Kyrgyzstan and Tajikistan agreed', 'Armenian and
    Azerbaijani officials met')."""
    if token is None:
        return []
    words = list(token.conjuncts)
    for child in token.children:  # "Armenian and Azerbaijani officials": the other nationality
        if child.dep_ in ("amod", "compound") and child.i < token.i:
            words += child.conjuncts
    out = [actor_of(c, found, actors, context, False) for c in words]
    return [a for a in out if a is not None]
