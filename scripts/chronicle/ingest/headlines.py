"""A draft's title and summary built from its clause's parts: subject, verb, object.

A title is not a cut-down sentence: it is the doer as a headline names them, the verb in the
headline present ("fires", "meet"), and the verb's own object and complements taken as whole
phrases, so it never stops mid-phrase (phrases.py). A passive with its agent is told actively
("Sylvania summons Freedonia's ambassador"), one without as a whole clause ("The attache is given 48
hours to leave"); an act the report has from one side is attributed in the title ("Kyrgyzstan says
Tajik troops fired on a border post"); a saying is titled by what was said, wherever the report put
it ("…, Mwale told reporters": "Mwale says that …"), and what an ordered object is made stays with
it ("orders the crossings closed"). An 'its' that cannot be the doer's is named ("Ecuadorian police
storm Mexico's embassy"). Relative clauses, appositions and time words stay out (the date is a field
of its own).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

from . import attribution, doers, misreads, names, nlp, subjects, verbs, world
from .actors import ActorRef, NameIndex
from .clauses import Clause
from .phrases import LEFT_OUT, is_time, phrase
from .refs import Proposed

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
            subject = self.subject  # "Price says the U.S. urges restraint", not "… says The U.S. …"
            if subject.split(" ")[0] in ("The", "A", "An"):
                subject = subject[:1].lower() + subject[1:]
            act = " ".join(w for w in (self.teller, "says", subject, self.past, self.rest) if w)
        return _capital(act)

    def clause(self) -> str:
        """The act as a summary tells it, in the report's own tense."""
        return " ".join(w for w in (self.subject, self.past, self.rest) if w)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _running(words: str, head: Token, skip: set[int]) -> str:
    """A noun phrase as running text writes it: a capital opening the sentence dropped, a name's kept
    ('raid by X' after 'The raid by X …', 'wounds five soldiers'; 'Bolivia's decision' stays), so
    that a summary can say 'According to Y, bolivia's decision' no more. The title capitalises it
    again."""
    first = min((t for t in head.subtree if t.i not in skip), key=lambda t: t.i)
    named = first.pos_ == "PROPN" or first.ent_type_ not in ("", *_COUNTS)  # 'Five' is a count, no name
    if first.is_sent_start and not named:
        return words[:1].lower() + words[1:]
    return words


#: Entity labels of counts and amounts: a capital they bear only opens the sentence.
_COUNTS = ("CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "MONEY")


def present(verb: Token, plural: bool) -> str:
    """The headline present of a verb: 'shelled' → 'shells', 'met' (they) → 'meet'."""
    lemma = verbs.lemma(verb)  # "retook" (tagged as a present): "retake"
    if plural:
        return _PLURAL_PRESENT.get(lemma, lemma)
    if lemma in _IRREGULAR:
        return _IRREGULAR[lemma]
    if lemma.endswith(("s", "sh", "ch", "x", "z", "o")):
        return lemma + "es"
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        return lemma[:-1] + "ies"
    return lemma + "s"


def rest_of(clause: Clause, skip_subject: set[int], put: dict[int, str] | None = None) -> str:
    """The verb's particle, object and complements as whole phrases, within a title's length; of a
    verb of saying, what was said rather than to whom or where ('Peskov says that …', not 'Peskov tells
    reporters'), wherever the parse put it ('…, Peskov said': before the verb)."""
    pred = clause.pred
    parts: list[str] = []
    # "… after Kim Yo Jong, the leader's sister, warned": the parser's 'after' phrase is another clause
    misread = {who.head.i for who in (doers.after_whom(c) for c in pred.children if c.dep_ == "advcl") if who}
    said = next((c for c in pred.children if c.dep_ == "ccomp"), None) or attribution.content_after(pred) or (
        _told_before(pred))
    said = None if said is not None and misreads.small_clause(said) else said
    stated = said is not None and clause.type == "statement" and verbs.is_speech(pred)
    content = _content(said, put) if stated and said is not None else ""
    last = None
    for child in pred.children:
        if child.i in misread:
            continue
        small = child.dep_ == "ccomp" and (child.pos_ == "ADJ" or misreads.small_clause(child))
        left_out = child.dep_ in LEFT_OUT and not small and not _purpose(child, last) or (
            child.lower_ == "according")
        fronted = clause.patient is not None and child.i == clause.patient.i and not clause.passive
        if child.i < pred.i and not fronted or child.i in skip_subject or left_out or is_time(child):
            continue  # ("a move Paraguay welcomed": the object before its verb is still its object)
        patient = clause.patient is not None and child.i == clause.patient.i
        medium = child.dep_ == "agent" and not clause.passive  # "spoke by telephone with Y", misparsed
        if child.dep_ in _NOT_OBJECTS and child.lower_ not in _DIRECTIONS and not patient and not medium:
            continue  # "pulled back", "pushed forward": the direction is part of the act
        if content and (child.dep_ == "prep" and child.lower_ in _MEDIUM or verbs.audience(child)):
            continue  # "told reporters", "said in an email": what was said is the news
        text = phrase(child, None, put)
        if child.i < pred.i and text.split()[0].lower() in ("a", "an"):
            text = "the " + text.split(" ", 1)[-1]  # "a move Paraguay welcomed" → "welcomes the move"
        if not text:
            continue
        if parts and len(" ".join([*parts, text])) > MAX - 30:
            break
        parts.append(text)
        last = child
    says = pred.lemma_.lower() in _SAYS or verbs.is_speech(pred) or clause.type in (*_ASKS, "agreement")
    if said is not None and says and not content and not parts:
        content = _content(said, put)
    if content and len(" ".join([*parts, content])) <= MAX - 30:
        parts.append(f"that {content}")
    return " ".join(parts)


#: Where or how something was said ('in a statement', 'on Twitter', 'to reporters'): left out of a
#: title that tells what was said.
_MEDIUM = {"in", "on", "at", "during", "via", "through", "over", "to"}


def _told_before(verb: Token) -> Token | None:
    """'The border will stay closed, Mwale told reporters': the parser makes the verb of saying a
    clause of what it reports; that clause, before it, is what was said."""
    head = verb.head
    told = verb.dep_ in ("advcl", "parataxis") and head.i < verb.i and head.pos_ in ("VERB", "AUX")
    return head if told and verbs.is_speech(verb) and not verbs.is_speech(head) else None


def _purpose(child: Token, last: Token | None) -> bool:
    """'given 48 hours to leave the country': an infinitive right after the verb's object tells what
    the object is for; without it the title stops at '48 hours'."""
    return (child.dep_ == "advcl" and child.tag_ == "VB" and last is not None and last.dep_ == "dobj"
            and child.left_edge.i == last.right_edge.i + 1
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children))


def _content(said: Token, put: dict[int, str] | None) -> str:
    """What a speaker said, as a title tells it after 'that': the whole clause when it is short, else
    its subject, verb and as many of its objects and complements as fit (never part of a phrase): 'only
    21 of the 68 bodies have been identified', not '… by the Stepanakert Bureau of Forensic Medical
    Examination'; '' when it has no subject of its own or its verb's object does not fit."""
    subject = next((c for c in said.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if subject is None or said.pos_ not in ("VERB", "AUX"):
        return ""
    marks = {c.i for c in said.children if c.dep_ == "mark"}
    whole = phrase(said, marks, put)
    if len(whole) > MAX - 30:
        verb = [t for t in said.children if t.dep_ in ("aux", "auxpass", "neg") and t.i < said.i]
        prt = [t.text for t in said.children if t.dep_ == "prt"]
        whole = " ".join([phrase(subject, None, put), *(t.text for t in verb), said.text, *prt])
        obj = next((c for c in said.children if c.dep_ in _NEEDED), None)
        rest = rest_of(Clause(said, "ccomp", None, patient=obj), {subject.i}, put)
        if rest and len(f"{whole} {rest}") <= MAX - 30:
            whole = f"{whole} {rest}"
        elif obj is not None or len(whole) > MAX - 30:
            return ""  # "Kyrgyz forces had exposed": not without what they exposed
    first = min((t for t in said.subtree if t.i not in marks), key=lambda t: t.i)
    named = first.pos_ == "PROPN" or first.ent_type_ and first.pos_ in ("ADJ", "NOUN") or first.text == "I"
    if not named and whole.startswith(first.text):
        whole = whole[:1].lower() + whole[1:]  # "that neither government wants …", "that the U.S. is …"
    return whole.removeprefix("that ")


#: What a verb cannot do without: its object or complement ('exposed villages', 'continue to block').
_NEEDED = {"dobj", "dative", "attr", "acomp", "xcomp", "oprd", "ccomp"}


#: Acts done by saying what is asked or charged: a title keeps what ("demands that X withdraw").
_ASKS = {"demand", "appeal", "accusation", "denial", "threat", "condemnation"}
#: Verbs of saying that need the one told as their object: without it, a title says "says".
_TOLD = {"tell", "inform"}
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


def build(clause: Clause, subject: str, many: bool, teller: str = "", put: dict[int, str] | None = None
          ) -> Headline:
    """The headline of an event told by a clause (`put`: words written instead of some, see phrases.py)."""
    pred = clause.pred
    if clause.kind == "noun":  # "Attack by X on Y", as a headline names an act without its article
        skip = {c.i for c in pred.children if c.dep_ == "det"}
        words = _running(phrase(pred, skip), pred, skip)  # "Bolivia's decision to close the border"
        return Headline("", "", "", words, teller)
    skip = {clause.subject.i} if clause.subject is not None else set()
    rest = rest_of(clause, skip, put)
    prt = " ".join(c.text for c in pred.children if c.dep_ == "prt")
    dummy = clause.patient is not None and clause.patient.lower_ == "it" and any(
        c.dep_ in ("ccomp", "csubjpass") for c in pred.children)  # "It was agreed that …": no patient
    patient_first = clause.patient is not None and clause.patient.i < pred.i
    if clause.passive and clause.subject is None and patient_first and not dummy:
        # no doer named: "The expelled diplomat is given 48 hours to leave", "Talks are held in Brussels"
        patient = phrase(clause.patient, None, put)
        be = "are" if plural(clause.patient) else "is"
        return Headline(
            patient[:1].upper() + patient[1:],
            " ".join(w for w in (be, pred.text, prt) if w),
            past(clause),
            rest,
            teller,
        )
    if clause.passive and clause.subject is not None and clause.patient is not None:
        patient = _running(phrase(clause.patient, None, put), clause.patient, set())  # "wounds five …"
        if clause.patient.doc[clause.patient.left_edge.i].pos_ == "DET":
            patient = patient[:1].lower() + patient[1:]  # "summons the Freedonian ambassador"
        rest = " ".join(w for w in (patient, rest) if w)
    verb = " ".join(w for w in (present(pred, many), prt) if w)
    if verbs.lemma(pred) in _TOLD and rest.startswith("that "):  # "told reporters that …": says that …
        verb = "say" if many else "says"
    return Headline(subject, verb, past(clause), rest, teller)


def of_clause(clause: Clause, principal: ActorRef, actors: NameIndex, teller: ActorRef | None = None,
              together: tuple[ActorRef, ...] = (), owners: dict[int, ActorRef] | None = None) -> Headline:
    """The headline of the act a clause tells of its principal, attributed to `teller` when the act
    is that one's account; `together`, the others the subject stands for ('the two leaders agreed':
    'Arce and Pena agree'), or the parties of talks told in the passive ('talks were held between A
    and B': 'A and B hold talks'); `owners`, the actor each possessive pronoun of the clause stands for:
    one that is not the doer is named ('Ecuadorian police storm Mexico's embassy', not 'its embassy')."""
    put = {i: f"{short_name(owner, actors)}'s" for i, owner in (owners or {}).items()
           if owner != principal and owner not in together}
    patient = clause.patient
    he = patient is not None and patient.lower_ in ("he", "she")
    if clause.passive and clause.subject is None and he and names.is_person(principal, actors.kinds):
        # "He was dismissed": "Petrov is dismissed"
        put[patient.i] = short_name(principal, actors)
    if together:
        words = " and ".join(short_name(a, actors) for a in (principal, *together))
        if clause.passive and clause.subject is None and clause.patient is not None and (
                clause.patient.pos_ in ("NOUN", "PROPN")):  # not "It was agreed that …"
            return _held(clause, words, short_name(teller, actors), put)
        return build(clause, words, True, short_name(teller, actors), put)
    words = subject_words(clause, principal, actors)
    plural = plural_of(clause.subject, words, names.is_person(principal, actors.kinds))
    return build(clause, words, plural, short_name(teller, actors), put)


def _held(clause: Clause, doers: str, teller: str, put: dict[int, str]) -> Headline:
    """'Talks were held in Yerevan between A and B' → 'A and B hold talks in Yerevan': the parties
    named as doers, the act as the verb's object, the 'between' phrase left out."""
    pred = clause.pred
    skip = {t.i for t in (*pred.subtree,) if t.dep_ == "prep" and t.lower_ in ("between", "with")}
    # "Talks were held" → "hold talks"
    patient = _running(phrase(clause.patient, skip, put), clause.patient, skip)
    if clause.patient.doc[clause.patient.left_edge.i].pos_ == "DET":
        patient = patient[:1].lower() + patient[1:]
    rest = " ".join(w for w in (patient, rest_of(clause, skip | {clause.patient.i}, put)) if w)
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
    name = person.name if isinstance(person, Proposed) else actors.names.get(person, person)
    if len(name.split()) == 2 and nlp.GIVEN_NAME.fullmatch(name.split()[1]):
        return True  # "Kim Yo-jong": the given name written after the family name, hyphenated
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
        token.tag_ in ("NNS", "NNPS") and not token.text.isupper()  # ("ECOWAS condemns": an acronym)
        or bool(token.conjuncts) or token.lower_ in ("they", "we", "police")
    )
