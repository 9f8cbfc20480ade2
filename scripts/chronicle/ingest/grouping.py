"""Candidates → drafts: one draft per (date, principal actor, action), denials as claims.

Candidates with the same date, principal and type are one event; one actor's support for a side
and its demand on the other, told in sentences that follow one another, are one; a bare statement
by an actor on a day when that actor did something more specific joins that event; a call or a
meeting reported from each side is one event; a denial of a crossing or an attack becomes a
`denies` claim on the event it disputes, beside the claim of the side that asserts it.
"""

from __future__ import annotations

from .actors import ActorRef, Proposed
from .context import proposed_country
from .events import DISPUTABLE, JOINT_TYPES, VERBAL, Candidate, Claim, Draft, dedupe


def group(
    candidates: list[Candidate], countries: dict[str, str], kinds: dict[str, str] | None = None
) -> list[Draft]:
    """One draft per (date, principal, type); statements join the same actor's event that day; denials
    of a crossing or an attack become claims on it."""
    drafts: dict[tuple[str | ActorRef, ...], Draft] = {}
    denials: list[Candidate] = []
    pending: list[Candidate] = []  # quotations waiting for their speaker's event of the day
    told: list[Candidate] = []  # words told of someone: part of their act of that day, if any
    for cand in candidates:
        if cand.type == "denial" and cand.denies in DISPUTABLE:
            denials.append(cand)
            continue
        if cand.relayed or cand.asserted and cand.type in VERBAL:
            told.append(cand)
            continue
        key: tuple[str | ActorRef, ...] = (cand.date.iso(), cand.principal, cand.type)
        if key in drafts and _other_partner(drafts[key], cand):
            key = (*key, cand.others[0])  # a call with B and a call with C that day are two calls
        if cand.type == "statement" or cand.weak:
            same = [d for d in drafts.values() if d.date == cand.date and d.principal == cand.principal]
            if same:
                _support(same[0], cand)
                continue
            if cand.weak:
                pending.append(cand)
                continue
        if key in drafts:
            _support(drafts[key], cand)
            continue
        drafts[key] = _draft(cand, kinds or {})
    for cand in told:  # "It added that he backed …": part of his call that day, or of the teller's
        host = _host(cand, list(drafts.values()))
        if host is not None:
            _support(host, cand)
        elif cand.relayed or cand.type != "statement":
            drafts.setdefault((cand.date.iso(), cand.principal, cand.type), _draft(cand, kinds or {}))
        # else: a bare remark someone else attributes to them ('X told Y that Z has voiced his
        # willingness …') is hearsay of no event of their own
    for cand in pending:  # a quotation whose speaker did nothing else that day is dropped
        same = [d for d in drafts.values() if d.date == cand.date and d.principal == cand.principal]
        if same:
            _support(same[0], cand)
    # a statement joins the same actor's specific event that day, else a call or a meeting they took
    # part in that day ("Putin expressed hope that …": in his call with Pashinian)
    for key, draft in list(drafts.items()):
        if draft.type != "statement":
            continue
        others = [d for d in drafts.values() if d is not draft and d.date == draft.date]
        own = [d for d in others if d.principal == draft.principal]
        joint = [d for d in others if d.type in JOINT_TYPES and draft.principal in d.actors]
        if own or joint:
            (own + joint)[0].sentences.extend(draft.sentences)
            del drafts[key]
    result = _merge_joint(_one_voice(_told_with_act(list(drafts.values()), countries)))
    held: dict[tuple[str, ActorRef], Draft] = {}  # (day, denier) → the draft that holds the denial
    for cand in denials:
        target = _disputed(cand, result, countries)
        if target is None:
            result.append(
                Draft(
                    cand.date,
                    cand.date_note,
                    "denial",
                    cand.principal,
                    [cand.principal],
                    cand.targets,
                    [o for o in cand.others if o not in cand.targets],
                    cand.places,
                    [cand.sentence],
                    [],
                    [],
                    list(cand.low),
                    cand.headline,  # "X denies that its troops crossed", not "X denies"
                )
            )
        else:
            _claim(target, cand)
        held[(cand.date.iso(), cand.principal)] = target or result[-1]
    return _absorb_statements_of_deniers(result, held, countries, kinds or {})


def _draft(cand: Candidate, kinds: dict[str, str]) -> Draft:
    """A new draft from its first candidate."""
    joint = _parties(cand, kinds) if cand.type in JOINT_TYPES else []
    actors = dedupe([cand.principal, *joint])
    targets = [t for t in cand.targets if t not in actors]
    return Draft(
        cand.date,
        cand.date_note,
        cand.type,
        cand.principal,
        actors,
        targets,
        [o for o in cand.others if o not in actors and o not in targets],
        cand.places,
        [cand.sentence],
        [cand.speaker] if cand.speaker else [],
        _assertion(cand),
        list(cand.low),
        cand.headline,
    )


def _host(cand: Candidate, drafts: list[Draft]) -> Draft | None:
    """The event words told of someone belong to: their own that day (of the same type, unless they are
    a bare statement: an appeal is no part of a toll), else a call or a meeting they took part in that
    day (what they said in it), else, when the teller passes on its own side's words, the teller's
    event that day."""
    day = [d for d in drafts if d.date == cand.date]
    own = [d for d in day if d.principal == cand.principal and cand.type in ("statement", d.type)]
    joint = [d for d in day if d.type in JOINT_TYPES and cand.principal in d.actors]
    teller = [d for d in day if cand.relayed and d.principal == cand.speaker]  # "Türkiye backs …," he says
    return next(iter(own + joint + teller), None)


def _parties(cand: Candidate, kinds: dict[str, str]) -> list[ActorRef]:
    """The other parties of a call, a meeting, talks or an agreement: people with a person, states and
    bodies with a state or a body ('Pashinyan told Putin about the infiltration of Azerbaijani troops in
    a phone call': Putin, not the troops or Pashinyan's country); else the first one named."""
    person = kinds.get(cand.principal) == "person"
    named = cand.partners or cand.others  # its parties when the clause names them ('with', 'and')
    same = [o for o in named if (kinds.get(o) == "person") == person]
    return same or named[:1]


def _assertion(cand: Candidate) -> list[Claim]:
    """The claim of the one who reported an act as the content of a saying."""
    if not cand.asserted or cand.speaker is None:
        return []
    return [{"by": cand.speaker, "stance": "asserts", "sentence": cand.sentence.text}]


def _merge_joint(drafts: list[Draft]) -> list[Draft]:
    """A call or a meeting reported from each side is one event: same day, type and a shared party;
    talks told of the parties of a call or a meeting that day are that call or meeting."""
    kept: list[Draft] = []
    for draft in drafts:
        same = next(
            (
                k
                for k in kept
                if _one_talk(k.type, draft.type)
                and k.date == draft.date
                and (_same_parties(k, draft) or k.type != draft.type and k.principal == draft.principal)
            ),
            None,
        )
        if same is None:
            kept.append(draft)
            continue
        same.sentences.extend(draft.sentences)
        same.actors.extend(a for a in draft.actors if a not in same.actors)
        if same.type == "negotiation" and draft.type != "negotiation":
            same.type, same.headline = draft.type, draft.headline
    return kept


#: What one side asks of or charges the other with: told next to its support for a side, one position
#: (not a condemnation: summoning an envoy is an act of its own; and a demand next to an accusation
#: stay two, each news of its own).
_ASKS = {"demand", "accusation", "appeal", "threat"}


def _one_voice(drafts: list[Draft]) -> list[Draft]:
    """One actor's support for a side and what it asks of or charges the other with that day, told in
    sentences that follow one another, are one position, of the stronger kind ('Macron voiced strong
    support for Armenia on Thursday night. "Azerbaijani forces must withdraw," he wrote.'): one stance
    in the dispute, not two acts."""
    kept: list[Draft] = []
    for draft in drafts:
        host = next((k for k in kept if _said_together(k, draft)), None)
        if host is None:
            kept.append(draft)
            continue
        if VERBAL.index(draft.type) < VERBAL.index(host.type):  # the strongest words lead the draft
            host.type, host.headline = draft.type, draft.headline
            host.sentences = draft.sentences + host.sentences
        else:
            host.sentences.extend(draft.sentences)
    return kept


def _told_with_act(drafts: list[Draft], countries: dict[str, str]) -> list[Draft]:
    """A bare statement by a body or a person of a state, told in the sentence right after that state's
    act of the day, tells the act again ('Russia rejected the accusations on Sunday. The foreign
    ministry in Moscow said the expulsion was a hostile step …'): it is the act's telling, part of its
    draft, not an event of its own. It stays apart when its speaker's state is not known or is
    another, when it is told in the act's own sentence ('Canada threw out a diplomat while looking
    into what Trudeau described as credible allegations': his words are news of their own) or
    farther away, and when someone told the act (the speaker's words then answer what was told)."""
    kept: list[Draft] = []
    for draft in drafts:
        host = None
        if draft.type == "statement" and not draft.claims:
            host = next((d for d in drafts if d.type != "statement" and d.date == draft.date and _plain(d)
                         and _right_after(d, draft) and _one_side(d.principal, draft.principal, countries)),
                        None)
        if host is None:
            kept.append(draft)
            continue
        host.sentences.extend(draft.sentences)
        host.speakers.extend(s for s in (draft.principal, *draft.speakers) if s not in host.speakers)
    return kept


def _plain(act: Draft) -> bool:
    """An act the report tells in its own voice: not told by a speaker ('Nicaragua says its troops
    are fighting traffickers'), nor claimed by one side and denied by the other."""
    return not act.speakers and not act.claims


def _right_after(act: Draft, words: Draft) -> bool:
    """The words follow the act's own sentence (not a sentence that only supports it)."""
    return act.sentences[0].index + 1 == words.sentences[0].index


def _one_side(actor: ActorRef, speaker: ActorRef, countries: dict[str, str]) -> bool:
    side = _side(speaker, countries)
    return side is not None and side == _side(actor, countries)


def _side(actor: ActorRef, countries: dict[str, str]) -> str | None:
    return proposed_country(actor) if isinstance(actor, Proposed) else countries.get(actor)


def _said_together(one: Draft, other: Draft) -> bool:
    kinds = {one.type, other.type}
    spoken = "support" in kinds and bool(kinds & _ASKS)
    return spoken and one.date == other.date and one.principal == other.principal and any(
        abs(a.index - b.index) <= 1 for a in one.sentences for b in other.sentences)


def _one_talk(one: str, other: str) -> bool:
    """The same kind of joint act, or talks told of the parties of a call or a meeting that day
    ('X met Y on Friday. They discussed …'): what they discussed is what the meeting was about."""
    if one not in JOINT_TYPES or other not in JOINT_TYPES:
        return False
    return one == other or "negotiation" in (one, other) and "agreement" not in (one, other)


def _other_partner(draft: Draft, cand: Candidate) -> bool:
    """A call, meeting or talks of the same actor that day with someone the draft does not name."""
    return cand.type in JOINT_TYPES and bool(cand.others) and len(draft.actors) > 1 and not (
        set(cand.others) & set(draft.actors)
    )


def _same_parties(one: Draft, other: Draft) -> bool:
    """The two reports name each other ('A spoke with B', 'B spoke with A'), or one names no
    partner: a call of A with B and a call of B with C that day are two calls."""
    if len(one.actors) == 1 or len(other.actors) == 1:
        return one.principal in other.actors or other.principal in one.actors
    if one.principal == other.principal:
        return bool(set(one.actors[1:]) & set(other.actors[1:]))
    return one.principal in other.actors and other.principal in one.actors


def _absorb_statements_of_deniers(
    drafts: list[Draft],
    held: dict[tuple[str, ActorRef], Draft],
    countries: dict[str, str],
    kinds: dict[str, str],
) -> list[Draft]:
    """ "Baku also said…" after Baku's denial belongs to the denial, not to an event of its own; so does
    what a body of the denier's state said that day ('Azerbaijan denied …; its troops are engaged in a
    technical process, the Foreign Ministry said'): one state's position in the dispute."""
    kept = []
    for draft in drafts:
        host = _denial_of(draft, held, countries, kinds) if draft.type == "statement" else None
        if host is None or host is draft:
            kept.append(draft)
        else:
            host.sentences.extend(draft.sentences)
    return kept


def _denial_of(
    draft: Draft, held: dict[tuple[str, ActorRef], Draft], countries: dict[str, str], kinds: dict[str, str]
) -> Draft | None:
    day = draft.date.iso()
    if (day, draft.principal) in held:
        return held[(day, draft.principal)]
    side = countries.get(draft.principal) if isinstance(draft.principal, str) else None
    if side is None or kinds.get(draft.principal) == "person":
        return None
    return next((d for (when, denier), d in held.items()
                 if when == day and isinstance(denier, str) and countries.get(denier) == side), None)


def _support(draft: Draft, cand: Candidate) -> None:
    draft.sentences.append(cand.sentence)
    for ids, extra in ((draft.mentions, cand.others), (draft.places, cand.places)):
        for item in extra:
            if item not in ids and item not in draft.actors and item not in draft.targets:
                ids.append(item)
    if cand.speaker and cand.speaker not in draft.speakers:
        draft.speakers.append(cand.speaker)
    if not cand.low and draft.low:
        draft.low = [r for r in draft.low if not r.startswith("date taken")]


def _disputed(cand: Candidate, drafts: list[Draft], countries: dict[str, str]) -> Draft | None:
    """The crossing or attack a denial disputes: by the denier's side, most recent first."""
    side = countries.get(cand.principal, "") if isinstance(cand.principal, str) else ""
    actions = [d for d in drafts if d.type in DISPUTABLE and d.sentences[0].index < cand.sentence.index]
    actions = actions or [d for d in drafts if d.type in DISPUTABLE]
    if side:
        same = [d for d in actions if isinstance(d.principal, str) and countries.get(d.principal) == side]
        actions = same or actions
    return actions[-1] if actions else None


def _claim(draft: Draft, cand: Candidate) -> None:
    if not any(c["stance"] == "asserts" for c in draft.claims):
        asserter = next((s for s in draft.speakers if s != draft.principal), None)
        if asserter is None:
            asserter = next((t for t in (*draft.targets, *draft.mentions) if t != cand.principal), None)
        if asserter is not None:
            draft.claims.append({"by": asserter, "stance": "asserts", "sentence": draft.sentences[0].text})
    draft.claims.append({"by": cand.principal, "stance": "denies", "sentence": cand.sentence.text})
    draft.sentences.append(cand.sentence)
