"""Where a text names a state's body, a state or an armed group, found by the words around a name.

"Kyrgyz troops", "Azerbaijan's army", "the armed forces of Azerbaijan", "the Foreign Ministry in
Baku", "the Quai d'Orsay", "Armenian officials", "Serb gunmen": each is a mention at a place in a
sentence, resolved to the registry's body or the name to propose for it by institutions.py (which
body a nationality and an institution noun name). Nationality words coordinated before the body
("Armenian, Azerbaijani as well as Russian officers") each name their own state's body.

States themselves come from the world table: a state named in the text ("Canada", "the Kyrgyz
Republic"), or a capital as the subject of a verb ("Pristina accuses …"), is the registry's state
when the registry has one, else proposed by its usual short name ("Kyrgyzstan").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import institutions, world
from .refs import ActorRef, Proposed

DEMONYMS = institutions.DEMONYMS
_NOUNS = institutions.NOUNS


def every(
    text: str,
    table: dict[tuple[str, str], str],
    owners: dict[str, str],
    states_: dict[str, str],
    named: dict[tuple[str, str], str],
) -> list[Institution]:
    """Every body, state and armed group a sentence names by these patterns (`owners`: the states the
    registry found in it, by their words, so that 'Baku's Defence Ministry' is Azerbaijan's; `states_`:
    the registry's state of each country; `named`: the names this report already gave each state's
    bodies, which a proposal keeps)."""
    return [*find(text, table, named), *owned(text, table, owners, named), *seats(text, table, named),
            *bare(text, states_), *states(text, states_, table), *armed_groups(text)]

#: Words between a nationality and its body that name a branch or a model, not another body ("Greek riot
#: police", "Israeli naval commandos", "Turkish F-16 jets"): the body is still that state's.
_BRANCH = (r"(?:(?:riot|naval|special|elite|military|security|ground|paramilitary|federal|regular|reserve|"
           r"fighter|combat|attack|army|navy|[A-Z]{1,3}-?\d{1,3}[A-Z]?)\s+){0,2}")
PATTERN = re.compile(
    rf"\b(?P<demonym>{world.alternation(DEMONYMS)})\s+{_BRANCH}"
    r"(?P<noun>(?i:" + "|".join(f"(?:{n})" for n, _, _ in _NOUNS) + r"))\b"
)


@dataclass(frozen=True)
class Institution:
    """'Kyrgyz troops' at a place in a sentence: the registry id, or '<Demonym> <institution>' proposed."""

    start: int
    end: int
    surface: str
    id: ActorRef


#: "Azerbaijan's army", "Armenia's Ministry of Defence": a state named as the owner of its body.
POSSESSIVE = re.compile(
    rf"\b(?P<owner>{world.alternation(world.NAMES)}|[A-Z][\w-]+)['’]s\s+"
    r"(?P<noun>(?i:" + "|".join(f"(?:{n})" for n, _, _ in _NOUNS) + r"))\b"
)


#: "the armed forces of Azerbaijan", "the Ministry of Foreign Affairs of the Republic of Uzbekistan": a
#: state named after its body.
OF_STATE = re.compile(
    r"\b(?P<noun>(?i:" + "|".join(f"(?:{n})" for n, _, _ in _NOUNS) + r"))\s+of\s+(?:the\s+)?"
    rf"(?:(?:Republic|Kingdom|State|Federation)\s+of\s+)?(?P<owner>{world.alternation(world.NAMES)})(?![\w-])"
)


#: Bodies that sit in their state's capital, named by it ("the Foreign Ministry in Baku", "the
#: government in Kabul"). Not troops or police: those "in" a capital may be anyone's.
_SEATED = {"defence-ministry", "foreign-ministry", "interior-ministry", "health-ministry", "parliament",
           "presidency", "unification-ministry", "finance-ministry", "justice-ministry",
           "emergencies-ministry", "energy-ministry"}
IN_CAPITAL = re.compile(
    r"\b(?P<noun>(?i:" + "|".join(f"(?:{n})" for n, k, _ in _NOUNS if k in _SEATED) + r"|government))\s+in\s+"
    rf"(?P<owner>{world.alternation(world.CAPITALS)})(?![\w-])"
)


def owned(
    text: str,
    table: dict[tuple[str, str], str],
    state_code: dict[str, str],
    named: dict[tuple[str, str], str] | None = None,
) -> list[Institution]:
    """Every '<State>'s <institution>' whose owner is a state or its capital ('Baku's Defence
    Ministry'; of the registry or of the world table), and every '<institution> of <State>' ('the
    armed forces of Azerbaijan'), resolved through the table or proposed in
    the demonym's spelling ('Kyrgyzstan's border service' → 'Kyrgyz border service', the same
    proposal as for 'the Kyrgyz border service')."""
    out = []
    for match in (*POSSESSIVE.finditer(text), *OF_STATE.finditer(text), *IN_CAPITAL.finditer(text)):
        owner = match.group("owner").replace("’", "'")
        code = state_code.get(owner) or world.NAMES.get(owner) or world.CAPITALS.get(owner)
        if code:
            of_form = match.re is OF_STATE and match.group("noun").lower() == "government"
            found, proposal = institutions.resolve(code, match.group("noun"), table, named, of_form)
            out.append(Institution(match.start(), match.end(), match.group(0), found or Proposed(proposal)))
    return out


def find(
    text: str, table: dict[tuple[str, str], str], named: dict[tuple[str, str], str] | None = None
) -> list[Institution]:
    """Every '<Demonym> <institution>' (or '<State> <institution>': 'Kosovo police') in a text,
    resolved through the table or proposed; in 'Armenian and Azerbaijani military officials' each
    nationality word before the last names its own state's body of that kind."""
    out = []
    for match in PATTERN.finditer(text):
        if world.after_a_name(text, match.start()):
            continue  # "Latin American forces", "Greek Cypriot police"
        code = DEMONYMS.get(match.group("demonym").replace("’", "'"))
        if code is None:  # "Congolese" in a report that names neither Congo
            continue
        found, proposal = institutions.resolve(code, match.group("noun"), table, named)
        out.append(Institution(match.start(), match.end(), match.group(0), found or Proposed(proposal)))
        out += _coordinated(text, match, table, named)
    return out


#: Foreign ministries named by their seat, as news writes them ("the Quai d'Orsay condemned …").
_SEATS = {"Quai d'Orsay": "FR", "Farnesina": "IT", "Itamaraty": "BR"}
_SEAT = re.compile(r"\b(?P<seat>" + "|".join(re.escape(k) for k in _SEATS).replace("'", "['’]") + r")\b")


def seats(text: str, table: dict[tuple[str, str], str], named: dict[tuple[str, str], str] | None = None
          ) -> list[Institution]:
    """A foreign ministry named by the building it sits in: the Quai d'Orsay is France's, the
    Farnesina Italy's, Itamaraty Brazil's (the registry's body, else proposed as '<Demonym> Foreign
    Ministry')."""
    out = []
    for match in _SEAT.finditer(text):
        code = _SEATS[match.group("seat").replace("’", "'")]
        found, proposal = institutions.resolve(code, "Foreign Ministry", table, named)
        out.append(Institution(match.start(), match.end(), match.group(0), found or Proposed(proposal)))
    return out


_DEMONYM = re.compile(rf"(?P<demonym>{world.alternation(DEMONYMS)})(?:,?\s+(?:and|or|as well as)\s+|,\s*)$")


def _coordinated(
    text: str,
    match: re.Match[str],
    table: dict[tuple[str, str], str],
    named: dict[tuple[str, str], str] | None,
) -> list[Institution]:
    """The nationality words coordinated before a '<Demonym> <institution>' ('Armenian, Azerbaijani
    as well as Russian officers'): each is its own state's body of the same kind."""
    out = []
    end = match.start()
    while (before := _DEMONYM.search(text[max(0, end - 60) : end])) is not None:
        start = end - len(before.group(0))
        word = before.group("demonym")
        code = DEMONYMS.get(word.replace("’", "'"))
        if code is None:
            break
        found, proposal = institutions.resolve(code, match.group("noun"), table, named)
        out.append(Institution(start, start + len(word), word, found or Proposed(proposal)))
        end = start
    return out


#: "Armenian officials warned …", "Armenian and Karabakh officials said …", "the Russian delegation
#: agreed …": a nationality word before the people who speak for a state, with no institution named.
#: The words say only which state spoke, not which of its bodies, so the state itself is the actor.
_SPEAKERS = r"officials|leaders|diplomats|negotiators|representatives|delegations?|envoys"
BARE = re.compile(
    rf"\b(?P<demonym>{world.alternation(DEMONYMS)})"
    r"(?=(?:\s+and\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)?\s+(?:" + _SPEAKERS + r")\b)"
)


#: Armed men named by a people or by their group's name ("Serb gunmen", "Kurdish militants", "M23
#: rebels"): a group, not a state's forces, proposed in the report's own words.
ARMED = re.compile(r"\b(?P<who>[A-Z][\w'’-]+)\s+(?:gunmen|militants|insurgents|paramilitaries|rebels|"
                   r"separatists|militiamen|militias?|fighters)\b")
#: A group's own name written as an acronym or code ("M23", "ADF", "TTP"): the group is that name.
_CODE = re.compile(r"[A-Z][A-Z0-9-]*[A-Z0-9]")
_NOT_A_PEOPLE = {"The", "These", "Those", "Armed", "Masked", "Unknown", "Suspected", "Alleged", "Some",
                 "Several", "Many", "Two", "Three", "Four", "Five", "Other", "Islamist", "Foreign"}


def armed_groups(text: str) -> list[Institution]:
    """Every armed group a text names by its people or its name ('Serb gunmen', 'Houthi rebels'),
    proposed as written; one named by an acronym by that alone ('M23 rebels' are 'M23')."""
    return [Institution(m.start(), m.end(), m.group(0),
                        Proposed(m.group("who") if _CODE.fullmatch(m.group("who")) else m.group(0)))
            for m in ARMED.finditer(text) if m.group("who") not in _NOT_A_PEOPLE]


def bare(text: str, states: dict[str, str]) -> list[Institution]:
    """Every nationality word standing for its state's officials: the registry state of that
    country, else the state's short name proposed ('Tajik officials' → '?Tajikistan')."""
    out = []
    for match in BARE.finditer(text):
        if world.after_a_name(text, match.start()):
            continue
        code = DEMONYMS.get(match.group("demonym").replace("’", "'"))
        if code is None:
            continue
        state = states.get(code) or Proposed(world.STATES[code].name)
        out.append(Institution(match.start(), match.end(), match.group(0), state))
    return out


def states(text: str, registry: dict[str, str], table: dict[tuple[str, str], str]) -> list[Institution]:
    """States named in a text: by a name ('Canada', 'the Kyrgyz Republic'), or by a capital that is
    not the object of a preposition (the parse then decides whether it is a doer: 'Pristina accuses
    …'; subjects.py). A state in the registry is its registry id (a capital, its government when the
    registry has one); any other is proposed by its usual short name ('Kyrgyzstan', 'Kosovo')."""
    out = []
    for found in world.names(text):
        actor = registry.get(found.code) or Proposed(world.STATES[found.code].name)
        out.append(Institution(found.start, found.end, found.surface, actor))
    for found in world.capitals(text):
        government = table.get((found.code, "government")) or registry.get(found.code)
        actor = government or Proposed(world.STATES[found.code].name)
        out.append(Institution(found.start, found.end, found.surface, actor))
    return out
