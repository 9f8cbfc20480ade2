"""The parts of a news sentence that decide which event it reports, who did it and when.

News English packs more than one clause into a sentence, and the date, the verb and the
name a naive reading would pair are often in different clauses:

- reported speech: in "X did Y, his office said Friday" the day belongs to the saying,
  not to what was done; an act of speech ("urged", "accused") is done by the saying, a
  physical act ("shelled", "met") happened on or before that day;
- fronted adjuncts: in "Faced with Paris' condemnation…, Baku denounced…" and "During a
  call with Pashinian, Macron urged…" the main event follows the comma; the adjunct may
  report an event of its own (the call);
- attributive dates: "the Sept. 13 attack by Azerbaijan" dates the attack, not the
  sentence's main verb;
- coordinated subjects: "Armenian and Azerbaijani military officials met" has two
  actors, the first named being the principal;
- nominal agents: "heavy Azerbaijani fire" is fire by Azerbaijan's forces, whoever
  reports it;
- tense: an undated present-tense or present-perfect item is news of the publication
  day; an undated past-tense one happened on a day the report does not give.

Pure functions over the sentence text (quotations blanked) and its registry mentions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import institutions
from .actors import Mention, NameIndex

SPEECH_VERBS = (
    r"said|says|told(?:\s+(?:reporters|journalists|lawmakers|parliament|\w+))?|tweeted|wrote|writes|"
    r"reported|stated|claimed|announced|added|insisted"
)
#: A time expression attached to a verb of saying: "said Friday", "told reporters on Friday",
#: "said on Twitter Thursday".
_SPEECH_BEFORE = re.compile(
    rf"\b(?:{SPEECH_VERBS})\s+(?:(?:on|in|via)\s+(?:Twitter|X|Facebook|Telegram|a statement)\s+)?"
    r"(?:(?:late|early|later|earlier)\s+)?(?:on\s+)?$",
    re.I,
)
#: A fronted adjunct, whose verbs are not the sentence's main event.
_FRONTED = re.compile(
    r"^(?:Faced with|Following|After|Before|During|Amid|Despite|In response to|Responding to|"
    r"Speaking|Echoing|Commenting|Asked about|In (?:a|an|its|his|her|their) [\w\s’']{0,30}?"
    r"(?:statement|post|interview|speech|readout))\b[^,]{0,160},\s*",
)
#: The owner of a time expression that is not the main verb's: "following his meeting on Monday".
_NOUN_BEFORE = re.compile(
    r"\b(?:following|after|before|since|during)\s+(?:his|her|its|their|the|a|an)\s+"
    r"(?:[\w-]+\s+){1,2}$",
    re.I,
)
_BACKGROUND = re.compile(
    r"\b(?:during|after|since|before|in|of|from)\s+(?:and\s+after\s+)?(?:the|last year[’']s|a)\s+"
    r"(?:[\w-]+\s+){0,2}(?:war|conflict)\b|\bfor decades\b|\bsince (?:19|20)\d\d\b|"
    r"\b(?:Soviet (?:collapse|breakup)|collapse of the Soviet Union)\b",
    re.I,
)
_PRESENT = re.compile(
    r"\b(?:has|have)\s+(?:\w+\s+)?\w+(?:ed|en|wn|ne|t)\b|\b(?:is|are)\s+\w+ing\b|"
    r"\b(?:urges|says|calls|demands|warns|accuses|condemns|denies|backs|supports|rejects)\b",
    re.I,
)
_NATIONALITY = re.compile(
    r"\b(?P<adj>[A-Z][a-z]+(?:i|n|ese|ish|ch|an|ian|ani|ik|z))(?:\s+(?:and|,)\s+(?P<adj2>[A-Z][a-z]+))?"
)
_GROUP = re.compile(
    r"\b(?P<adjs>[A-Z][a-z]+(?:-[A-Z][a-z]+)*"  # "Nagorno-Karabakh officials" too
    r"(?:(?:\s*,\s*|\s+and\s+|\s*,?\s+as well as\s+)[A-Z][a-z]+(?:-[A-Z][a-z]+)*)+)\s+"
    r"(?P<noun>(?:military\s+)?(?:officials|officers|troops|forces|soldiers|servicemen|military|"
    r"delegations|border guards|negotiators))\b"
)
_ADJ_SPLIT = re.compile(r"\s*,\s*|\s+and\s+|\s*,?\s+as well as\s+")
_AGENT_NOUNS = ("forces", "armed forces", "troops", "military")
_NOMINAL_ACTION = re.compile(
    r"\b(?P<adj>[A-Z][a-z]+)\s+(?:\w+\s+)?(?:fire|shelling|attacks?|offensive|assault|bombardment|"
    r"incursions?|drone strikes?|strikes?)\b"
)
_COORDINATED = re.compile(r"^[,\s]*(?:and|as well as)\b[^.;:]{0,70}$")
_JOINT_COORDINATED = re.compile(r"^\s*,?\s*(?:and|as well as)\s+(?:[\w.’'-]+\s+){0,7}$")


@dataclass(frozen=True)
class Adjunct:
    """An event reported inside an adjunct of the sentence: a call or a meeting with someone."""

    type: str
    start: int
    end: int
    partner_from: int  # where the partner's name may start


_ADJUNCT_EVENTS = [
    (
        "phone-call",
        re.compile(
            r"\b(?:during|in|after|following)\s+(?:a|an|the|his|her|their|its)\s+"
            r"(?:(?:tele)?phone\s+)?(?:call|conversation|talk)\s+with\s+",
            re.I,
        ),
    ),
    (
        "phone-call",
        re.compile(r"\bafter\s+speaking\s+with\s+(?=[^,.]{0,80}\bby (?:tele)?phone\b)", re.I),
    ),
    ("meeting", re.compile(r"\b(?:following|after)\s+(?:his|her|their|its)\s+meeting\b", re.I)),
]
_ATTRIBUTIVE_EVENT = re.compile(
    r"(?P<noun>attack|offensive|assault|shelling|incursion|invasion|strike|bombing)\s+"
    r"(?:by|of)\s+",
    re.I,
)


def speech_attached(masked: str, start: int) -> bool:
    """True when the time expression at `start` dates a verb of saying ("said Friday")."""
    return bool(_SPEECH_BEFORE.search(masked[max(0, start - 60) : start].rstrip() + " "))


#: The start of reported content: "said that …", "told reporters that …", "said an agreement …".
REPORTED_CLAUSE = re.compile(
    rf"\b(?:{SPEECH_VERBS}|denied|confirmed|stressed|noted|warned|informed)\b(?:\s+[^,.;]{{0,40}}?)?\s+that\b",
    re.I,
)


def in_reported_clause(masked: str, start: int) -> bool:
    """True when the time expression at `start` sits in the content of a saying ("said that an
    agreement had been reached on September 14"): it dates what was said, not the saying, and
    not the passage the next sentences continue."""
    return bool(REPORTED_CLAUSE.search(masked[:start]))


def owned_by_noun(masked: str, start: int) -> bool:
    """True when the time expression belongs to a noun before it ("following his meeting on Monday")."""
    return bool(_NOUN_BEFORE.search(masked[max(0, start - 50) : start].rstrip() + " "))


#: Where a clause that describes a noun starts: a relative pronoun after a noun ("the soldiers who",
#: "the road which") or a participle with its agent ("the territory occupied by them"), but not the
#: "that" of a saying ("told lawmakers that").
_MODIFIER_START = re.compile(
    r"(?<!\btold )(?<!\binformed )(?<!\bassured )(?<!\bwarned )(?<!\breminded )"
    r"\b(?!(?:said|says|told|added|stated|noted|claimed|reported|insisted|announced|warned|so|now|such)\b)"
    r"[a-z]{3,}\s+(?:(?:which|who|whom)\b|that\s+(?!is\b|was\b)|(?!was\b|were\b|been\b|be\b)"
    r"[a-z]+ed\s+by\s+)|"
    r"\bof\s+(?:[a-z]+\s+)?[a-z]{3,}ing\s+"  # what a charge is about: "accusing X of advancing … this week"
)


def in_modifier_clause(masked: str, start: int) -> bool:
    """True when the time expression at `start` sits in a clause describing a noun ("its forces
    in the territory occupied by them this week", "troops who crossed on Monday"): it dates what
    that clause tells, not the sentence's event nor the passage."""
    window = masked[max(0, start - 90) : start]
    return any("," not in window[m.end() :] for m in _MODIFIER_START.finditer(window))


def attributive(masked: str, start: int, end: int) -> str | None:
    """'the Sept. 13 attack by …': the noun the date modifies, when it is an event noun."""
    if not re.search(r"\bthe\s+$", masked[max(0, start - 6) : start], re.I):
        return None
    match = _ATTRIBUTIVE_EVENT.match(masked, end + 1) if end < len(masked) else None
    return match.group("noun").lower() if match else None


def fronted_end(masked: str) -> int:
    """Where a fronted adjunct ends (0 when the sentence starts with its subject)."""
    match = _FRONTED.match(masked)
    return match.end() if match else 0


def is_background(masked: str) -> bool:
    """A sentence about the war, decades of mediation or the Soviet breakup: background."""
    return bool(_BACKGROUND.search(masked))


def is_present(masked: str) -> bool:
    """Present tense or present perfect: news of the day the report was published."""
    return bool(_PRESENT.search(masked))


def group_mentions(masked: str, index: NameIndex, on: object) -> list[Mention]:
    """'Armenian and Azerbaijani military officials': one mention per nationality in the group."""
    out: list[Mention] = []
    for match in _GROUP.finditer(masked):
        offset = match.start("adjs")
        position = 0
        for adjective in _ADJ_SPLIT.split(match.group("adjs")):
            position = match.group("adjs").index(adjective, position)
            start = offset + position
            actor = agent_of(adjective, match.group("noun"), index, on)
            if actor:
                out.append(Mention(start, start + len(adjective), adjective, actor))
            position += len(adjective)
    return out


def agent_of(adjective: str, noun: str, index: NameIndex, on: object) -> str | None:
    """The registry id for '<nationality> <noun>' (e.g. 'Armenian officers' → Armenia's forces)."""
    civilian = re.fullmatch(r"officials|delegations|negotiators", noun)
    for candidate in (noun,) if civilian else (noun, *_AGENT_NOUNS):  # officials are not troops
        found = index.find(f"{adjective} {candidate}", on)  # type: ignore[arg-type]
        if found and found[0].start == 0 and found[0].end >= len(adjective) + 2:
            return found[0].id
    body = institutions.find(f"{adjective} {noun}", index.institutions)
    return body[0].id if body and not body[0].id.startswith("?") else None


def nominal_agent(masked: str, cue_start: int, cue_end: int, index: NameIndex, on: object) -> Mention | None:
    """'heavy Azerbaijani fire', 'Azerbaijani shelling': the forces of the nationality named."""
    window_start = max(0, cue_start - 30)
    for match in _NOMINAL_ACTION.finditer(masked, window_start, min(len(masked), cue_end + 30)):
        if match.start() <= cue_end and match.end() >= cue_start:
            actor = agent_of(match.group("adj"), "forces", index, on)
            if actor:
                return Mention(match.start("adj"), match.end("adj"), match.group("adj"), actor)
    return None


def first_of_coordination(masked: str, mentions: list[Mention], chosen: Mention, joint: bool) -> Mention:
    """The first name of a coordinated subject ('A and B met', 'A, and his counterpart B, discussed')."""
    ordered = [m for m in mentions if m.end <= chosen.start]
    current = chosen
    for previous in reversed(ordered):
        between = masked[previous.end : current.start]
        pattern = _JOINT_COORDINATED if joint else _COORDINATED
        appositive = joint and re.fullmatch(r"[,\s]*(?:and|as well as)[^.;]{0,60}?,\s*", between)
        if pattern.match(between) or appositive:
            current = previous
            continue
        if between.strip() in ("", ","):
            current = previous
            continue
        break
    return current


def adjunct_events(masked: str) -> list[Adjunct]:
    """Calls and meetings reported in an adjunct: 'after a phone call with Pashinian'."""
    out = []
    for kind, pattern in _ADJUNCT_EVENTS:
        for match in pattern.finditer(masked):
            out.append(Adjunct(kind, match.start(), match.end(), match.end()))
    return out
