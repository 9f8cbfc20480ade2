"""One clause → the candidate events it tells: none, one, or an act and its teller's accusation.

extractor.py reads an article sentence by sentence and hands each clause here. A clause tells no
candidate when it is a plan or a modal, what an accusation charges or a denial denies, a quotation
(unless the speaker's own dated act), background, a description of a noun, or a standing state;
otherwise the parts the parse gives become a candidate: the principal (subjects.py, else doerless.py),
partners and targets, the day (dating.py, recalled.py, sequence.py), the type (the verb classes and
selection.py) and the headline (headlines.py). A side's act another side reports is also the teller's
accusation; a denial told as 'X said its troops did not cross' is X's denial.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import (
    attribution,
    begun,
    dating,
    doerless,
    forces,
    furniture,
    headlines,
    institutions,
    modality,
    names,
    nouns,
    outlets,
    pageclock,
    parties,
    possessives,
    recalled,
    selection,
    sequence,
    standing,
    subjects,
    temporal,
    verbs,
)
from .actors import ActorRef, Mention, NameIndex
from .clauses import Clause
from .events import DISPUTABLE, HOSTILE, JOINT_TYPES, VERBAL, Candidate, Dropped, Registry, dedupe
from .reading import Reading
from .sentences import Sentence

if TYPE_CHECKING:
    from spacy.tokens import Token


def of_clause(
    clause: Clause,
    children: list[Clause],
    sentence: Sentence,
    found: list[Mention],
    attached: dict[int, list[temporal.TimeRef]],
    according: Token | None,
    places: list[str],
    registry: Registry,
    reading: Reading,
) -> list[Candidate]:
    """The candidate events one clause tells (none, one, or an act and its teller's accusation)."""
    if clause.type is None:
        return []

    def drop(reason: str) -> list[Candidate]:
        reading.dropped.append(Dropped(sentence.index, reason, clause.pred.text, clause.type or ""))
        return []

    if clause.irrealis is not None:
        return drop(f"not an act that happened ({clause.irrealis})")
    if attribution.charged(clause) or attribution.denied_by(clause) is not None:
        return drop("what an accusation charges, a demand asks for or a denial denies")
    if attribution.unsaid(clause):
        return drop("what a speaker did not say ('did not say that …') is told by no one")
    if clause.quoted and not (attribution.first_person(clause.subject) and (
            dating.own_ref(clause, attached) or _just_done(clause) or modality.performative(clause))):
        return drop("quoted words are what was said (only the speaker's own dated act is news)")
    if dating.background(clause, attached):
        return drop("background (dated by a year only)")
    if selection.describes(clause, attached):
        return drop("describes a noun (a relative clause or participle with no day of its own)")
    if (why := standing.why_not_news(clause, children, attached)) is not None:
        return drop(why)
    ref = dating.own_ref(clause, attached)
    if ref is None and dating.inherited_ref(clause, attached) is None and reading.long_before:
        return drop("background (the sentence is dated only by a year or a month long before the report)")
    nation = clause.nationality if clause.type in HOSTILE else None
    if clause.kind == "noun" and (clause.subject is None and nation is None or ref is None
                                  and not sequence.causes_toll(clause)):  # ("killed in X's shelling")
        return drop("an act told as a noun needs its doer and its day")
    actors = registry.actors
    context = reading.context
    said = attribution.telling(clause)
    if said is not None and ref is not None and clause.passive and clause.subject is None and verbs.is_speech(
            clause.pred):  # its day is when someone unnamed reported it, not when the speaker spoke
        return drop("a saying with no doer and a day of its own told in another's words ('X said that on "
                    "Monday fighting had been reported')")
    teller_token = said.speaker if said is not None else according
    speaker = subjects.actor_of(teller_token, found, actors, context) if teller_token is not None else None
    if outlets.is_outlet(speaker, reading.outlet):
        speaker = None  # "A meeting was held on Monday, APA reports": the report's own outlet tells it
    if speaker is None and attribution.first_person(teller_token) and not clause.quoted:
        speaker = reading.remarks  # "I said that …" in one's own remarks or a transcript's turn
    if clause.negated:
        doer = subjects.actor_of(clause.subject, found, actors, context, False)
        own = doer is None or not selection.sides_differ(speaker, doer, actors)
        if clause.type in DISPUTABLE and speaker is not None and said is not None and own:
            return [_denial(clause, sentence, (speaker, actors), ref, attached, said, places, reading)]
        return drop("negated (a side denies only its own side's acts)" if not own else "negated")
    # "the two leaders", "both sides"; "the leaders" after a meeting: its parties
    pair = subjects.pair(clause.subject, context, actors) or (
        parties.the_parties(clause.subject, context.joint))
    if pair and ref is None and clause.type in _SAID_IN_A_CALL and set(pair) <= set(context.joint):
        return drop("what the parties of a call or a meeting just told said in it: part of that event")
    if attribution.first_person(clause.subject) and speaker is not None:
        principal: ActorRef | None = speaker  # "'Yesterday I called the president', he said"
    elif attribution.first_person(clause.subject) and not clause.quoted and reading.remarks is not None:
        principal = reading.remarks  # "Today I hosted X and Y", in the remarks of the one who did
    elif pair:
        principal = pair[0]
    elif nation is not None and (clause.subject is None or nouns.weapon_nation(clause.subject) is not None):
        # "heavy Azerbaijani fire on Goris", "Togolese missiles hit two towns": the nation's forces
        principal = institutions.armed_forces(nation.text, actors.institutions, context.bodies.proposed)
    else:
        principal = subjects.actor_of(clause.subject, found, actors, context)
        if principal is not None and clause.type == "attack":  # "Azerbaijan was shelling …": its forces
            principal = forces.gunners(principal, clause.pred, actors, context)
    alongside = subjects.conjoined(clause.subject, found, actors, context)
    partners = [*pair[1:], *alongside]
    partners += [
        a for a in (subjects.actor_of(p, found, actors, context, names.is_named_person(p))
                    for p in clause.partners) if a  # "talks with Angolan President Joao Lourenco": him
    ]
    low: list[str] = []
    if principal is None:
        principal, low = doerless.doer(clause, speaker, partners, found, registry, reading)
    if principal is None:
        return drop("no actor named as its doer")
    if outlets.is_outlet(principal, reading.outlet):
        return drop("the report's own outlet telling it ('…, APA reports') is no actor in it")
    if attribution.instead_of_a_denial(clause) and (speaker is None or not selection.sides_differ(
            speaker, principal, actors)):
        return drop("what a side says it did instead of the act it denies: part of the denial")
    partners = [p for p in dedupe(partners) if p != principal]
    targets = [a for a in (subjects.actor_of(t, found, actors, context, False) for t in clause.targets) if a]
    if clause.patient is not None and not clause.passive:
        named = clause.type in JOINT_TYPES and names.is_named_person(clause.patient)  # "met King Salman"
        patient = subjects.actor_of(clause.patient, found, actors, context, named)
        targets += [patient] if patient is not None and clause.type not in JOINT_TYPES else []
        partners += [patient] if patient is not None and clause.type in JOINT_TYPES else []
    targets = [t for t in dedupe(targets) if t != principal]
    reported_on = dating.own_ref(said.verb, attached) if said is not None else None
    measured = sequence.dated_from_head(clause, attached, reading.passage) if ref is None else None
    ref = ref or dating.inherited_ref(clause, attached) or sequence.caused_by(clause, children, attached)
    present = dating.is_present(clause.pred)
    words = verbs.is_speech(clause.pred)  # "Y said …"
    scene = reading.passage.dates(principal, said.verb if said is not None else None, words,
                                  dating.delegate(clause.subject))  # "The representative of X condemned …"
    reported = dating.report_day(said.verb, reported_on, present) if said is not None else None
    when = measured or dating.when(clause, ref, reading.passage, present, reported, scene)
    when = begun.since_day(when, clause, attached)  # "has suspended flights since Friday"
    when = recalled.news_again(when, clause, reading.passage)  # "Akar said …" after a recalled paragraph
    when = recalled.interrupted(when, clause, reading.passage)  # another day named since the passage's
    when = recalled.after_a_saying(when, clause, reading.passage)  # "On Tuesday, X said …" after Monday's act
    when = recalled.before_passage(when, clause.pred, said is not None or clause.quoted)
    when = dating.before_its_saying(clause, when, attached) if said is not None else when
    if when.date.precision == "year":  # "a year after Y captured …": background, not news
        return drop("background (dated by a year only)")
    saying = verbs.is_speech(clause.pred)
    verbal = said is None and not saying and clause.type in VERBAL  # "X also called for dialogue"
    teller = speaker if said is not None else principal if saying or verbal else None
    # "X said on Tuesday that Y's troops had shelled …": the other side's act, done before the saying
    before = said is not None and not saying and recalled.is_past_perfect(clause.pred) and \
        selection.sides_differ(teller, principal, actors)
    last = None if before else reading.sayings.last(teller, verbal, reading.passage)
    if not when.own and when.basis != "reported" and teller is not None and last is not None:
        # "…, he added.": the day of the speaker's last dated saying
        when = dating.said_before(headlines.short_name(teller, actors), last)
    elif saying and when.own and when.date.precision == "day" and said is None:  # not one it reports
        reading.sayings.read(principal, when.date, reading.passage)
    when = recalled.answering(when, clause.pred, clause.patient, reading.sayings)  # "rejected the demand"
    when = dating.local_day(when, furniture.strip_dateline(sentence.text)[1], reading.passage)
    when = pageclock.abroad(when, sentence.text, reading.passage)  # "Tuesday night" in Iraq, from Washington
    asserted = said is not None and speaker is not None and speaker != principal
    mentions = [m.id for m in found if m.id not in (principal, *partners, *targets)]
    held = clause.passive and clause.subject is None and clause.type in JOINT_TYPES  # "talks were held"
    owners = _owners(clause, found, actors, context)  # "stormed its embassy": Mexico's, named in the title
    headline = headlines.of_clause(clause, principal, actors, speaker if asserted else None,
                                   tuple(pair[1:] or (partners if held else [])), owners)
    kind = selection.speech_type(clause, children)
    if kind == "statement" and verbs.is_speech(clause.pred) and any(
        selection.announced(c, principal, found, actors, context) for c in children
    ):
        kind = "announcement"  # "Lecornu said France will send a delegation": his side's plan
    elif kind == "statement" and verbs.is_speech(clause.pred) and any(
        selection.accuses(c, principal, found, actors, context) for c in children
    ):
        kind = "accusation"  # "X said Y's forces had exposed villages to shelling"
    cand = Candidate(
        sentence,
        when.date,
        when.note,
        kind,
        principal,
        dedupe(partners + mentions),
        targets,
        places,
        speaker if speaker != principal else None,
        low + when.low,
        weak=selection.weak(clause, children),
        deed=selection.deed(clause),
        asserted=asserted,
        inherited=not when.own,
        headline=headline,
        published_news=when.basis == "published",
        partners=partners,
        relayed=asserted and kind in VERBAL and selection.speaks_for(speaker, principal, actors),
    )
    if verbs.lemma(clause.pred) in attribution.DENYING:
        cand.denies = selection.denied_type(clause)
    if speaker is not None and speaker != principal:
        reading.source = speaker
    if kind == "agreement":
        reading.agreed = [principal, *partners]
    both = [*pair[1:], *alongside]  # "the two leaders condemned": each of them
    out = [cand, *selection.each_says(cand, both, clause.negated, clause.mutual())]
    charge = dating.charge_day(reported_on, when, reading.passage)
    if asserted and clause.type in HOSTILE and selection.sides_differ(speaker, principal, actors) and charge:
        accusation = Candidate(
            sentence,
            charge.date,
            charge.note,
            "accusation",
            speaker,
            [],
            [principal],
            places,
            None,
            [line for line in cand.low if line not in when.low],  # the act's date is not the charge's
            inherited=cand.inherited,
            headline=headline,
        )
        out.append(accusation)
    return out


#: What two parties of a call or a meeting say together in it ("The two leaders welcomed …"), which a
#: chronology keeps in the call's entry (a demand or an accusation in it is news of its own).
_SAID_IN_A_CALL = {"support", "statement"}


def _owners(clause: Clause, found: list[Mention], actors: NameIndex, context: subjects.Context
            ) -> dict[int, ActorRef]:
    """The actor an 'its' of the clause's own words stands for when it cannot be the clause's subject
    ('Ecuadorian police stormed its embassy': not the police's), for the title to name it ('Ecuadorian
    police storm Mexico's embassy'); an 'its' that may be the subject's stays as written."""
    subject = clause.subject
    if subject is None or subject.pos_ == "PRON":
        return {}
    owners = {}
    for token in clause.pred.subtree:
        if token.lower_ != "its" or token.dep_ != "poss" or possessives.agrees(token, subject):
            continue
        head = token.head
        while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
            head = head.head
        named = possessives.possessor(token) if head.i == clause.pred.i else None  # named in the sentence
        owner = subjects.actor_of(named, found, actors, context, False) if named is not None else None
        if owner is not None:
            owners[token.i] = owner
    return owners


def _just_done(clause: Clause) -> bool:
    """'"We have closed our airspace," he said': a speaker's own act in the present perfect is news of
    the day of the saying (not 'we have always respected', a habit; not 'have been', a state)."""
    pred = clause.pred
    auxes = [c.lower_ for c in pred.children if c.dep_ == "aux"]
    habit = any(c.lower_ in ("always", "never", "repeatedly", "long", "often") for c in pred.children)
    return pred.tag_ == "VBN" and any(a in ("have", "'ve", "has") for a in auxes) and not habit


def _denial(
    clause: Clause,
    sentence: Sentence,
    teller: tuple[ActorRef, NameIndex],
    ref: temporal.TimeRef | None,
    attached: dict[int, list[temporal.TimeRef]],
    said: attribution.Telling,
    places: list[str],
    reading: Reading,
) -> Candidate:
    """'X said its troops did not cross': X's denial of a crossing, titled by its words ('X denies that
    its troops crossed')."""
    speaker, actors = teller
    day = ref or dating.own_ref(said.verb, attached)
    when = dating.when(said.verb, day, reading.passage, dating.is_present(said.verb.pred))
    return Candidate(
        sentence,
        when.date,
        when.note,
        "denial",
        speaker,
        [],
        [],
        places,
        None,
        when.low,
        inherited=not when.own,
        headline=headlines.of_clause(said.verb, speaker, actors),
        denies=clause.type,
    )
