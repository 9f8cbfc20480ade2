"""'The Defense Ministry said', 'the ministry added': a state body named without its state.

Wire copy names a body in full once ("Armenia's Defense Ministry") and then as "the
ministry", or names it bare from the start when the article's side is obvious to its
reader. The words alone do not say whose ministry it is; the article does. In order:

1. "the Defence Ministry in Baku": a registry name right after "in" gives the state;
2. the last body of that kind the article named ("the ministry" after "Azerbaijan's
   Foreign Ministry" is that ministry);
3. the body of that kind of the article's own side: the country of the first state or
   state body it names (a report that opens with "The Armenian Armed Forces continue…, the
   Defense Ministry said" speaks of Armenia's ministry).

Only the registry's bodies and the bodies the article itself named (proposed: "Ghana's foreign
ministry … the ministry") are used, except after "in <state>", which says whose body it is: there a
body the registry lacks is proposed ("?Azerbaijani Defence Ministry"). Otherwise, when no body of
that kind of the state is registered or named, the phrase names nobody. "The army" and "the
military" are read the same way, and name nobody once both sides' forces were named.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import institutions, world
from .actors import ActorRef, Mention, NameIndex, Proposed

#: Institution words after a bare "the" → the kind of body ("ministry": any ministry).
_KINDS: list[tuple[str, str]] = [
    (r"Defen[cs]e Ministry|Ministry of Defen[cs]e", "defence-ministry"),
    (r"Foreign Ministry|Ministry of Foreign Affairs", "foreign-ministry"),
    (r"Interior Ministry|Ministry of (?:the )?Interior", "interior-ministry"),
    (r"[Mm]inistry", "ministry"),
    (r"[Bb]order [Ss]ervice", "border-service"),
    (r"[Aa]rmy|[Mm]ilitary|[Aa]rmed [Ff]orces|[Tt]roops|[Ss]oldiers", "armed-force"),  # "the soldiers took …"
]
_PHRASE = re.compile(
    r"\b[Tt]he\s+(?P<noun>" + "|".join(f"(?:{words})" for words, _ in _KINDS) + r")\b"
    r"(?!\s+of\s+[A-Z])(?P<place>\s+in\s+)?"
)
_STATE_SIDE = {"state", "government", "ministry", "armed-force"}
_ARMED = re.compile(r"\b(?:gunmen|militants|insurgents|paramilitaries|rebels|separatists|militiamen|"
                    r"militias?|fighters|guerrillas)$", re.I)


@dataclass
class Bodies:
    """What the article has said so far about whose bodies it speaks of."""

    named: list[ActorRef] = field(default_factory=list)  # registry bodies in the order named
    home: str | None = None  # country code of the first state or state body named
    proposed: dict[tuple[str, str], str] = field(default_factory=dict)  # (state, kind) → name proposed
    armed: ActorRef | None = None  # the last armed group named ("Serb gunmen"): who "the attackers" are

    def side(self, mentions: list[Mention], actors: NameIndex) -> None:
        """The report's own side, if not known yet: the country of the first state or state body named
        (a state the registry lacks still says whose report it is; "Congolese armed forces": CD)."""
        for mention in mentions:
            if self.home is not None:
                return
            if isinstance(mention.id, Proposed):
                body = institutions.kind_of_name(mention.id.name) is not None
                self.home = world.NAMES.get(mention.id.name) or (
                    institutions.country_of_name(mention.id.name) if body else None)
            elif actors.kinds.get(mention.id) in _STATE_SIDE:
                self.home = actors.countries.get(mention.id)

    def note(self, mentions: list[Mention], actors: NameIndex) -> None:
        """Remember the bodies and the side a sentence names."""
        self.side(mentions, actors)
        for mention in mentions:
            if _ARMED.search(mention.surface):
                self.armed = mention.id
            if isinstance(mention.id, Proposed):
                if institutions.kind_of_name(mention.id.name) is not None:
                    self.named.append(mention.id)  # "Ghana's foreign ministry …. The ministry said"
                continue
            if _kind_of(mention.id, actors) is not None:
                self.named.append(mention.id)


def _kind_of(actor: ActorRef, actors: NameIndex) -> str | None:
    if isinstance(actor, Proposed):
        return institutions.kind_of_name(actor.name)
    kinds = [kind for (_, kind), body in actors.institutions.items() if body == actor]
    if kinds:
        return kinds[0]
    return "ministry" if actors.kinds.get(actor) == "ministry" else None


def _fits(actor: ActorRef, kind: str, actors: NameIndex) -> bool:
    if kind == "ministry":
        return actors.kinds.get(actor) == "ministry" or (_kind_of(actor, actors) or "").endswith("-ministry")
    return _kind_of(actor, actors) == kind


#: "police patrols were searching", "the police said": the police of the country reported on.
_POLICE = re.compile(r"\b(?:[Tt]he\s+)?(?P<noun>[Pp]olice)\b(?!\s+of\s+[A-Z])")


def _police(masked: str, mentions: list[Mention], actors: NameIndex, bodies: Bodies) -> list[Mention]:
    """Bare 'police': the last police body the article named, else its own side's (registered or
    proposed: a report on Kosovo that says "police patrols" means Kosovo's police)."""
    out = []
    for match in _POLICE.finditer(masked):
        start, end = match.start(), match.end("noun")
        if any(m.start <= start < m.end or start <= m.start < end for m in mentions):
            continue
        if re.search(r"[A-Z][\w'’´-]*\s+$", masked[:start]):
            continue  # "Kosovar Albanian police": a name of its own, not the bare word
        earlier = [b for b in bodies.named if _kind_of(b, actors) == "police"]
        actor = earlier[-1] if earlier else (
            _body("police", bodies.home, actors) or institutions.proposal(bodies.home, "police")
            if bodies.home else None)
        if actor is not None:
            out.append(Mention(start, end, masked[start:end], actor))
    return out


def resolve(masked: str, mentions: list[Mention], actors: NameIndex, bodies: Bodies) -> list[Mention]:
    """Mentions for the bare bodies of a sentence that no registry name already covers. Bare police are
    the side's the sentence itself names ("Kenya's Interior Ministry said police had …"); a bare army or
    ministry only one named before ("Kenyan troops clashed …, the army said" is told by the army, but
    a saying of the report's own act is no event of its own)."""
    home = bodies.home
    bodies.side(mentions, actors)
    out = _police(masked, mentions, actors, bodies)
    bodies.home = home
    seat = _seat(masked)
    for match in _PHRASE.finditer(masked):
        start, end = match.start(), match.end("noun")
        if any(m.start <= start < m.end or start <= m.start < end for m in mentions):
            continue
        kind = next(k for words, k in _KINDS if re.fullmatch(words, match.group("noun")))
        # "In Riyadh, the Ministry of Foreign Affairs said …": Saudi Arabia's
        placed = None if not seat or kind == "ministry" else (
            _body(kind, seat, actors) or institutions.proposal(seat, kind))
        actor = placed or _resolved(kind, match, mentions, actors, bodies)
        if actor is not None:
            out.append(Mention(start, end, masked[start:end], actor))
    return out


_FRONTED = re.compile(r"\s*In\s+(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*),")


def _seat(masked: str) -> str | None:
    """The state a sentence opens in ('In Riyadh, the Ministry of Foreign Affairs said …', 'In Jordan,
    …'): wire copy moves to another side's capital this way, and a bare body there is that state's."""
    match = _FRONTED.match(masked)
    place = match.group("place") if match else ""
    return world.CAPITALS.get(place) or world.NAMES.get(place)


def _resolved(kind: str, match: re.Match[str], mentions: list[Mention], actors: NameIndex,
              bodies: Bodies) -> ActorRef | None:
    if match.group("place"):
        after = [m for m in mentions if m.start == match.end()]
        country = actors.countries.get(after[0].id) if after else None
        if country is None or kind == "ministry":
            return None
        return _body(kind, country, actors) or institutions.proposal(country, kind)
    return named_before(kind, bodies, actors)


def named_before(kind: str, bodies: Bodies, actors: NameIndex, own_side: bool = True) -> ActorRef | None:
    """The body of that kind a bare word names ('the ministry', 'the army', 'army warplanes'): the last
    one named, else (with `own_side`) the report's own side's; an army after both sides' forces were
    named is nobody."""
    earlier = [b for b in bodies.named if _fits(b, kind, actors)]
    if kind == "armed-force" and len(set(earlier)) > 1:
        return None  # "the army" after both sides' forces were named: whose is not said
    if earlier:
        return earlier[-1]
    if bodies.home is None or not own_side:
        return None
    # the report's own side's, registered or proposed ("the army said" in a report from Kinshasa)
    return _body(kind, bodies.home, actors) or institutions.proposal(bodies.home, kind)


def _body(kind: str, country: str | None, actors: NameIndex) -> str | None:
    """The state's registry body of that kind ('ministry' alone names none: which one?)."""
    return actors.institutions.get((country, kind)) if country and kind != "ministry" else None
