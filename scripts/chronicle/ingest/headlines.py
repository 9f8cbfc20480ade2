"""A draft's title and summary built from its clause's parts: subject, verb, object.

A title is not a cut-down sentence: it is the doer as a headline names them, the verb in the
headline present ("fires", "meet"), and the verb's own object and complements taken as whole
phrases, so it never stops mid-phrase. A passive with its agent is told actively ("Sylvania
summons Freedonia's ambassador"); an act the report has from one side is attributed in the
title ("Kyrgyzstan says Tajik troops fired on a border post"). Relative clauses, appositions and
time words stay out (the date is a field of its own).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

from . import attribution, doers, names, subjects, verbs, world
from .actors import ActorRef, NameIndex
from .clauses import Clause
from .refs import Proposed

#: Dependents left out of a title's phrases: what describes, not what was done.
_LEFT_OUT = {"relcl", "appos", "acl", "advcl", "punct", "cc", "conj", "parataxis", "ccomp", "npadvmod"}
_IRREGULAR = {"be": "is", "have": "has", "do": "does", "go": "goes"}
_PLURAL_PRESENT = {"be": "are"}
MAX = 110
#: The verb's dependents that are no part of its object or complements.
_NOT_OBJECTS = {"nsubj", "nsubjpass", "agent", "aux", "auxpass", "neg", "mark", "advmod", "expl", "prt"}
_DIRECTIONS = {"back", "forward", "out", "away"}


@dataclass(frozen=True)
class Headline:
    """The parts of an event's title."""

    subject: str
    present: str  # the verb in the headline present: "fires", "meet"
    past: str  # the verb as the report tells it: "fired", "have met"
    rest: str  # the object and complements, whole phrases
    teller: str = ""  # who says so, when the act is one side's account

    def title(self) -> str:
        act = " ".join(w for w in (self.subject, self.present, self.rest) if w)
        if self.teller and self.teller != self.subject:
            act = " ".join(w for w in (self.teller, "says", self.subject, self.past, self.rest) if w)
        return _capital(act)

    def clause(self) -> str:
        """The act as a summary tells it, in the report's own tense."""
        return " ".join(w for w in (self.subject, self.past, self.rest) if w)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _infinitive(noun: Token) -> str:
    """What an act noun's infinitive says was decided or ordered ('decision to close the border'):
    without it the title stops at 'Bolivia's decision'."""
    verb = next((c for c in noun.children if c.dep_ == "acl" and c.i > noun.i
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
    return phrase(verb) if verb is not None else ""


def _running(words: str, head: Token, skip: set[int]) -> str:
    """A noun phrase as running text writes it: a capital opening the sentence dropped, a name's kept
    ('raid by X' after 'The raid by X …'; 'Bolivia's decision' stays), so that a summary can say
    'According to Y, bolivia's decision' no more. The title capitalises it again."""
    first = min((t for t in head.subtree if t.i not in skip), key=lambda t: t.i)
    if first.is_sent_start and first.pos_ != "PROPN" and not first.ent_type_:
        return words[:1].lower() + words[1:]
    return words


def present(verb: Token, plural: bool) -> str:
    """The headline present of a verb: 'shelled' → 'shells', 'met' (they) → 'meet'."""
    lemma = verb.lemma_.lower()
    if plural:
        return _PLURAL_PRESENT.get(lemma, lemma)
    if lemma in _IRREGULAR:
        return _IRREGULAR[lemma]
    if lemma.endswith(("s", "sh", "ch", "x", "z", "o")):
        return lemma + "es"
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        return lemma[:-1] + "ies"
    return lemma + "s"


def _words(token: Token, skip: set[int]) -> list[Token]:
    """A phrase's words without what describes it and without time words."""
    out = []
    for child in token.children:
        if child.i < token.i and _kept(token, child) and child.i not in skip:
            words = _words(child, skip)
            if len(words) == len(list(child.subtree)) or not any(w.text in ("-", "–") for w in words):
                out.extend(words)  # "Rwandan-backed rebels": the compound whole or not at all
    out.append(token)
    for child in token.children:
        if child.i > token.i and _kept(token, child) and child.i not in skip:
            out.extend(_words(child, skip))
    return out


#: Words of a noun phrase: nouns and names coordinated in it are part of it ("between X and Y").
_NOMINAL = {"NOUN", "PROPN", "PRON", "NUM"}


def _kept(token: Token, child: Token) -> bool:
    """Whether a dependent is part of a title's phrase: not what describes its head, not a time word,
    not a coordinated clause; a coordinated noun or name is ('talks between X and Y')."""
    if _time(child):
        return False
    joined = child.i > 0 and not child.whitespace_ and not child.doc[child.i - 1].whitespace_
    if child.text in ("-", "–") and joined:
        return True  # the hyphen of a compound: "the Armenian-Azerbaijani border"
    if child.dep_ in ("conj", "cc", "punct") and token.pos_ in (*_NOMINAL, "ADJ"):
        listing = any(c.dep_ == "conj" for c in token.children)  # "X, Y and Z": the commas too
        return child.pos_ in (*_NOMINAL, "ADJ") or child.dep_ == "cc" or listing and child.text == ","
    if child.dep_ == "appos" and child.pos_ == "PROPN" and child.left_edge.i == token.i + 1:
        return token.lower_ in names.ROLE_NOUNS  # "his counterpart Ahmed Attaf": the name, not a comma aside
    return child.dep_ not in _LEFT_OUT


def _time(token: Token) -> bool:
    """A time expression, or a preposition whose object is one ('on Thursday'); never a verb's object
    ('had been given 48 hours to leave')."""
    if token.ent_type_ in ("DATE", "TIME"):
        owned = token.head.ent_type_ == token.ent_type_ and token.head.dep_ in ("dobj", "dative")
        return token.dep_ not in ("dobj", "dative") and not owned  # ("48" of "given 48 hours")
    objects = [c for c in token.children if c.dep_ == "pobj"]
    return token.dep_ == "prep" and bool(objects) and all(o.ent_type_ in ("DATE", "TIME") for o in objects)


def phrase(token: Token, skip: set[int] | None = None) -> str:
    """The words of a phrase in order, joined as written (a space where a left-out word stood
    between two spaced ones: 'is “closely following” developments' → 'is closely following
    developments')."""
    words = sorted(_words(token, skip or set()), key=lambda t: t.i)
    doc = token.doc
    parts = []
    for word, after in zip(words, [*words[1:], None], strict=True):
        gap = doc[word.i : after.i] if after is not None else doc[word.i : word.i + 1]
        parts.append(word.text + (" " if any(t.whitespace_ for t in gap) else ""))
    text = "".join(parts).strip(" ,;:")
    return " ".join(text.split())


def rest_of(clause: Clause, skip_subject: set[int]) -> str:
    """The verb's particle, object and complements as whole phrases, within a title's length."""
    pred = clause.pred
    parts: list[str] = []
    # "… after Kim Yo Jong, the leader's sister, warned": the parser's 'after' phrase is another clause
    misread = {who.head.i for who in (doers.after_whom(c) for c in pred.children if c.dep_ == "advcl") if who}
    for child in pred.children:
        if child.i in misread:
            continue
        small = child.dep_ == "ccomp" and (child.pos_ == "ADJ" or _small_clause(child))
        left_out = child.dep_ in _LEFT_OUT and not small or child.lower_ == "according"
        fronted = clause.patient is not None and child.i == clause.patient.i and not clause.passive
        if child.i < pred.i and not fronted or child.i in skip_subject or left_out or _time(child):
            continue  # ("a move Paraguay welcomed": the object before its verb is still its object)
        patient = clause.patient is not None and child.i == clause.patient.i
        if child.dep_ in _NOT_OBJECTS and child.lower_ not in _DIRECTIONS and not patient:
            continue  # "pulled back", "pushed forward": the direction is part of the act
        text = phrase(child)
        if child.i < pred.i and text.split()[0].lower() in ("a", "an"):
            text = "the " + text.split(" ", 1)[-1]  # "a move Paraguay welcomed" → "welcomes the move"
        if not text:
            continue
        if parts and len(" ".join([*parts, text])) > MAX - 30:
            break
        parts.append(text)
    said = next((c for c in pred.children if c.dep_ == "ccomp"), None) or attribution.content_after(pred)
    says = pred.lemma_.lower() in _SAYS or verbs.is_speech(pred) or clause.type in (*_ASKS, "agreement")
    if not parts and said is not None and says:
        content = phrase(said, {c.i for c in said.children if c.dep_ == "mark"})
        if len(content) <= MAX - 30:  # "Grigoryan denies that any accord is being prepared"
            first, _, others = content.partition(" ")
            first = first.lower() if first in ("The", "A", "An") else first  # "that the U.S. is …"
            parts.append(f"that {first} {others}".rstrip())
    return " ".join(parts)


def _small_clause(verb: Token) -> bool:
    """'ordered the border crossings closed', 'declared the area sealed off': an object and what it is
    made, which the parser reads as a clause of its own; without it the title stops at 'orders'."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return (not verbs.is_speech(verb.head) and verb.tag_ in ("VBN", "VBD", "JJ") and subject is not None
            and subject.pos_ in ("NOUN", "PROPN") and subject.left_edge.i == verb.head.i + 1
            and verb.i == subject.i + 1 and not any(c.dep_ in _NOT_SMALL for c in verb.children))


#: What a clause of its own has and a small clause ('the crossings closed') lacks.
_NOT_SMALL = {"mark", "aux", "auxpass", "ccomp", "dobj"}


#: Acts done by saying what is asked or charged: a title keeps what ("demands that X withdraw").
_ASKS = {"demand", "appeal", "accusation", "denial", "threat", "condemnation"}
#: Verbs whose content a title keeps when they have no object ("denies that …").
_SAYS = {"deny", "say", "insist", "claim", "warn", "announce", "state", "confirm", "stress", "add"}


def past(clause: Clause) -> str:
    """The verb as the report tells it, with its auxiliaries ('has agreed', 'fired')."""
    pred = clause.pred
    if clause.kind == "noun":
        return ""
    auxes = [c for c in pred.children if c.dep_ in ("aux", "auxpass") and c.i < pred.i and c.lower_ != "to"]
    prt = [c.text for c in pred.children if c.dep_ == "prt"]
    if clause.passive and clause.subject is not None:  # told actively: "summoned", not "was summoned"
        auxes = []
    return " ".join([*(a.text for a in auxes), pred.text, *prt])


def build(clause: Clause, subject: str, plural: bool, teller: str = "") -> Headline:
    """The headline of an event told by a clause."""
    pred = clause.pred
    if clause.kind == "noun":  # "Attack by X on Y", as a headline names an act without its article
        skip = {c.i for c in pred.children if c.dep_ == "det"}
        words = " ".join(w for w in (_running(phrase(pred, skip), pred, skip), _infinitive(pred)) if w)
        return Headline("", "", "", words, teller)
    skip = {clause.subject.i} if clause.subject is not None else set()
    rest = rest_of(clause, skip)
    prt = " ".join(c.text for c in pred.children if c.dep_ == "prt")
    dummy = clause.patient is not None and clause.patient.lower_ == "it" and any(
        c.dep_ in ("ccomp", "csubjpass") for c in pred.children)  # "It was agreed that …": no patient
    patient_first = clause.patient is not None and clause.patient.i < pred.i
    if clause.passive and clause.subject is None and patient_first and not dummy:
        # no doer named: "Talks held in Brussels", as headlines tell a passive
        patient = phrase(clause.patient)
        return Headline(
            patient[:1].upper() + patient[1:],
            " ".join(w for w in (pred.text, prt) if w),
            past(clause),
            rest,
            teller,
        )
    if clause.passive and clause.subject is not None and clause.patient is not None:
        patient = phrase(clause.patient)
        if clause.patient.doc[clause.patient.left_edge.i].pos_ == "DET":
            patient = patient[:1].lower() + patient[1:]  # "summons the Freedonian ambassador"
        rest = " ".join(w for w in (patient, rest) if w)
    verb = " ".join(w for w in (present(pred, plural), prt) if w)
    return Headline(subject, verb, past(clause), rest, teller)


def of_clause(clause: Clause, principal: ActorRef, actors: NameIndex, teller: ActorRef | None = None,
              together: tuple[ActorRef, ...] = ()) -> Headline:
    """The headline of the act a clause tells of its principal, attributed to `teller` when the act
    is that one's account; `together`, the others the subject stands for ('the two leaders agreed':
    'Arce and Pena agree'), or the parties of talks told in the passive ('talks were held between A
    and B': 'A and B hold talks')."""
    if together:
        words = " and ".join(short_name(a, actors) for a in (principal, *together))
        if clause.passive and clause.subject is None and clause.patient is not None and (
                clause.patient.pos_ in ("NOUN", "PROPN")):  # not "It was agreed that …"
            return _held(clause, words, short_name(teller, actors))
        return build(clause, words, True, short_name(teller, actors))
    words = subject_words(clause, principal, actors)
    plural = plural_of(clause.subject, words, names.is_person(principal, actors.kinds))
    return build(clause, words, plural, short_name(teller, actors))


def _held(clause: Clause, doers: str, teller: str) -> Headline:
    """'Talks were held in Yerevan between A and B' → 'A and B hold talks in Yerevan': the parties
    named as doers, the act as the verb's object, the 'between' phrase left out."""
    pred = clause.pred
    skip = {t.i for t in (*pred.subtree,) if t.dep_ == "prep" and t.lower_ in ("between", "with")}
    patient = _running(phrase(clause.patient, skip), clause.patient, skip)  # "Talks were held" → "hold talks"
    if clause.patient.doc[clause.patient.left_edge.i].pos_ == "DET":
        patient = patient[:1].lower() + patient[1:]
    rest = " ".join(w for w in (patient, rest_of(clause, skip | {clause.patient.i})) if w)
    return Headline(doers, present(pred, True), pred.text, rest, teller)


def short_name(actor: ActorRef | None, actors: NameIndex) -> str:
    """How a headline names an actor: a person by surname (written first in Chinese and Korean names:
    'Sun Weidong' is Sun, 'Moon Jae-in' Moon), anyone else by name."""
    if actor is None:
        return ""
    person = actor.person if isinstance(actor, Proposed) else actors.kinds.get(actor) == "person"
    name = actor.name if isinstance(actor, Proposed) else actors.names.get(actor, actor)
    if not person:
        return name
    if _family_name_first(actor, actors) and len(name.split()) in (2, 3):
        return name.split()[0]
    return names.surname(name)


def _family_name_first(person: ActorRef, actors: NameIndex) -> bool:
    """Whether a person is of a state whose names put the family name first (by the registry, or by
    the nationality of the title they were named with: 'South Korean President')."""
    role = person.role if isinstance(person, Proposed) else ""
    words = role.split()
    nations = [world.DEMONYMS.get(f"{one} {two}") for one, two in zip(words, words[1:], strict=False)]
    return bool({subjects.country_of(person, actors), *nations} & _FAMILY_NAME_FIRST)


#: States whose people's names put the family name first, also in English copy (not Hong Kong or Taiwan,
#: where many use an English given name first: 'Carrie Lam', 'William Lai').
_FAMILY_NAME_FIRST = {"CN", "KR", "KP"}


def subject_words(clause: Clause, principal: ActorRef, actors: NameIndex) -> str:
    """The doer in a title: the report's own words for them when short and not a pronoun, a
    person by surname, else the registry's name."""
    token = clause.subject
    if token is None or token.pos_ == "PRON" or token.lower_ in ("who", "which", "that"):
        return short_name(principal, actors)
    if names.is_person(principal, actors.kinds) or token.lemma_.lower() in subjects.STATEMENTS:
        return short_name(principal, actors)  # "Doe meets …", "Sylvania says …": not "The minister …"
    if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in token.children):
        return short_name(principal, actors)  # "its fighters withdrew": "RSF withdraws", not "Its fighters"
    if token.pos_ == "NOUN" and [c.lower_ for c in token.children] == ["the"]:
        return short_name(principal, actors)  # "the ministry accused": whose ministry, not "The ministry"
    if token.pos_ == "PROPN" and token.ent_type_ == "PERSON":
        return short_name(principal, actors) if not isinstance(principal, Proposed) else token.text
    listed = names.first_listed(token)  # "Armenian, Azerbaijani as well as Russian officers"
    words = token.doc[listed.i : token.i + 1].text if listed is not None else phrase(token)
    return words if len(words) <= (60 if listed else 40) else short_name(principal, actors)


def plural_name(words: str) -> bool:
    """A name standing for a pronoun that is plural ('it had killed' → 'Israeli armed forces kill'):
    its last word a common noun in the plural ('forces', 'guards', 'authorities', 'officials')."""
    last = words.split()[-1] if words.split() else ""
    return last.islower() and last.endswith("s") and not last.endswith("ss")


def plural_of(token: Token | None, words: str, person: bool) -> bool:
    """Whether a title's verb is plural. A name put in for 'we', 'they' or 'the two leaders' decides
    by itself ('We have asked …', Ortiz said → 'Ortiz asks', not 'Ortiz ask'); doers coordinated in the
    report ('Latvia and Lithuania condemn') and plural nouns as written ('police arrest') stay plural."""
    if token is not None and token.conjuncts:
        return True
    if token is None or token.pos_ == "PRON" or person:
        return plural_name(words)
    return plural(token) or plural_name(words)


def plural(token: Token | None) -> bool:
    return token is not None and (
        token.tag_ in ("NNS", "NNPS") or bool(token.conjuncts) or token.lower_ in ("they", "we", "police")
    )
