"""'<Demonym> <institution>' → the registry actor it names, or a consistent new name to propose.

News copy names a state's bodies by nationality and institution far more often than by
their registry names: "Kyrgyz troops", "the Tajik Defence Ministry", "Uzbek border guards".
The registry knows each actor's country and kind (and its aliases, which say whether a
ministry is the defence or the foreign one), so a nationality word plus an institution noun
is resolved by looking up the state's body of that kind: the armed force whose parent is
the state, the defence ministry, the government. When the registry has no such body (or
more than one that fits equally), the name is proposed as "<Demonym> <institution>" with the
state's first demonym in world.py: a one-word noun in one spelling per kind ("Kyrgyz troops",
"Kyrgyz soldiers" and "Kyrgyzstan's army" are "Kyrgyz armed forces", a state's military by its
full common name, as chronologies and the registry name it), "forces" and a longer or capitalised
noun in the report's words ("Tajik forces", "Tajik border officials", "Indian Army"). Within an
article the first name given to a state's body of a kind is the one proposed for it every time.
A state's name works as well as its demonym ("Kosovo police").

States themselves come from the same world table: a state named in the text ("Canada", "the
Kyrgyz Republic"), or a capital as the subject of a verb ("Pristina accuses …"), is the
registry's state when the registry has one, else proposed by its usual short name ("Kyrgyzstan").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Actor
from . import world
from .refs import ActorRef, Proposed

#: Nationality words and state names → ISO code (the world table: every state's demonyms and names).
DEMONYMS = world.table(world.NAMES, world.DEMONYMS)

#: Institution nouns → (kind of body, the one spelling proposals use).
_NOUNS: list[tuple[str, str, str]] = [
    (r"Defen[cs]e Ministry|Ministry of Defen[cs]e|defen[cs]e ministry", "defence-ministry",
     "Defence Ministry"),
    (r"Foreign Ministry|Ministry of Foreign Affairs|foreign ministry|Ministry of External Affairs|"
     r"External Affairs Ministry|Foreign Office", "foreign-ministry",
     "Foreign Ministry"),
    (r"Interior Ministry|interior ministry", "interior-ministry", "Interior Ministry"),
    (r"[Hh]ealth (?:[Mm]inistry|authorities|officials)|Ministry of Health", "health-ministry",
     "Health Ministry"),
    (r"border (?:service|agency|officials|authorities)", "border-service", "border service"),
    (r"border (?:guards?|troops|forces)", "border-guard", "border guards"),
    (r"[Cc]oast [Gg]uard(?: ships| vessels| boats| cutters)?", "coast-guard", "coast guard"),
    (r"police(?: force)?", "police", "police"),
    (r"[Pp]arliament|legislature|lawmakers", "parliament", "parliament"),
    (r"[Pp]residency", "presidency", "presidency"),
    (r"[Cc]abinet", "government", "cabinet"),
    (r"(?:armed )?forces|troops|military|army|soldiers|servicemen|units|officers|commanders|commandos|"
     r"marines|paratroopers|"
     r"(?:war)?planes|jets|aircraft|drones|helicopters|artillery|tanks|warships|navy|air force",
     "armed-force",
     "armed forces"),
    (r"government|authorities", "government", "government"),
]
_FALLBACK = {"border-service": "border-guard", "border-guard": "armed-force"}


def kind_of_name(name: str) -> str | None:
    """Which institution a proposed name is, by its last words ('Ghanaian Foreign Ministry' →
    foreign-ministry, 'Thai armed forces' → armed-force, 'Government of Guyana' → government); None for
    any other name."""
    if _GOVERNMENT_OF.fullmatch(name):
        return "government"
    return next((k for n, k, _ in _NOUNS if re.search(rf"\b(?:{n})$", name, re.I)), None)


def kind_of_bare(name: str) -> str | None:
    """Which institution a name is that is nothing but its institution words ('Ministry of Defence',
    'armed forces'), with no state and no name of its own ('Rapid Support Forces' is none)."""
    return next((k for n, k, _ in _NOUNS if re.fullmatch(rf"(?:the\s+)?(?:{n})", name, re.I)), None)


#: A government named by its state: "Government of Guyana".
_GOVERNMENT_OF = re.compile(r"Government of (?P<state>.+)")


def country_of_name(name: str) -> str | None:
    """The state a proposed body's name says it belongs to: its first word ('Kyrgyz border service',
    'Kosovo police') or the state it is of ('Government of Guyana')."""
    of = _GOVERNMENT_OF.fullmatch(name)
    if of is not None:
        return world.NAMES.get(of.group("state"))
    first = re.sub(r"['’]s$", "", name.split()[0]) if name.split() else ""
    return DEMONYMS.get(first)


def proposal(code: str, kind: str) -> Proposed | None:
    """The name proposed for a state's body of a kind the registry lacks ('?Azerbaijani Defence
    Ministry'), in the one spelling every proposal of that body uses."""
    spelling = next((s for _, k, s in _NOUNS if k == kind), None)
    state = world.STATES.get(code)
    return Proposed(f"{world.adjective(code)} {spelling}") if spelling and state else None
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


def body_kind(actor: Actor) -> str | None:
    """Which institution an actor is, from its kind and the words of its names."""
    words = " ".join((actor.name, *actor.aliases)).lower()
    if actor.kind == "person":
        return None
    if "police" in words:
        return "police"
    if any(w in words for w in ("parliament", "national assembly", "legislature")):
        return "parliament"
    if "health" in words and actor.kind in ("ministry", "office", "organisation"):
        return "health-ministry"
    if "presidency" in words and actor.kind in ("office", "organisation"):
        return "presidency"
    if "coast guard" in words and actor.kind in ("armed-force", "office", "organisation", "agency"):
        return "coast-guard"
    if actor.kind == "armed-force":
        return "border-guard" if "border" in words else "armed-force"
    if actor.kind == "ministry":
        for marker, kind in (("defen", "defence-ministry"), ("foreign", "foreign-ministry"),
                             ("interior", "interior-ministry")):
            if marker in words:
                return kind
        return None
    if actor.kind == "government":
        return "government"
    if actor.kind == "office" and "border" in words:
        return "border-service"
    return None


def institution_table(actors: list[Actor]) -> dict[tuple[str, str], str]:
    """(country code, institution) → actor id, where exactly one body fits best: a body attached
    directly to the state beats one with no parent given, which beats a sub-unit of another body."""
    states = {a.country: a.id for a in actors if a.kind == "state" and a.country}
    fits: dict[tuple[str, str], list[tuple[int, str]]] = {}
    for actor in actors:
        kind = body_kind(actor)
        if kind is None or not actor.country:
            continue
        rank = 0 if actor.parent == states.get(actor.country) or actor.kind == "ministry" else (
            1 if not actor.parent else 2)
        fits.setdefault((actor.country, kind), []).append((rank, actor.id))
    table = {}
    for key, found in fits.items():
        found.sort()
        if len(found) == 1 or found[0][0] < found[1][0]:
            table[key] = found[0][1]
    return table


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
           "presidency"}
IN_CAPITAL = re.compile(
    r"\b(?P<noun>(?i:" + "|".join(f"(?:{n})" for n, k, _ in _NOUNS if k in _SEATED) + r"|government))\s+in\s+"
    rf"(?P<owner>{world.alternation(world.CAPITALS)})(?![\w-])"
)


#: Words of an outlet that is a state's own office ("Estonian MFA", "Ministry of Defence of Armenia").
_OFFICIAL_OUTLET = re.compile(r"\b(?:MFA|MOD|[Mm]inistry|[Gg]overnment|[Pp]residency|[Oo]ffice of)\b")


def issuer(outlet: str) -> str | None:
    """The state whose own office published a report, by the outlet's name ('Estonian MFA', 'Ministry
    of Defence of the Republic of Armenia'): a press release calls its ministry 'the Ministry of Foreign
    Affairs', with no state, as its readers know whose it is. None for any other outlet."""
    if not _OFFICIAL_OUTLET.search(outlet):
        return None
    words = re.findall(r"[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*", outlet)
    named = (DEMONYMS.get(w) or DEMONYMS.get(w.split()[0]) or DEMONYMS.get(w.split()[-1]) for w in words)
    codes = {c for c in named if c}
    return codes.pop() if len(codes) == 1 else None


def of_issuer(code: str, name: str, table: dict[tuple[str, str], str],
              named: dict[tuple[str, str], str] | None = None) -> ActorRef | None:
    """A body the report names without its state ('the Ministry of Foreign Affairs'), as the body of
    that kind of the state whose office published it; None when the name is no known kind of body."""
    noun = next((m.group(0) for n, _, _ in _NOUNS if (m := re.search(rf"\b(?:{n})$", name, re.I))), None)
    if noun is None or country_of_name(name) is not None:
        return None
    found, proposal = _resolve(code, noun, table, named)
    return found or Proposed(proposal)


def _resolve(
    code: str,
    noun: str,
    table: dict[tuple[str, str], str],
    named: dict[tuple[str, str], str] | None = None,
    of_form: bool = False,
) -> tuple[str | None, str]:
    """The registry body of that kind for the country (falling back to the wider kind), and the
    name a proposal uses: the one the article first gave that body ('Tajik border officials'), so
    that 'Kyrgyz troops' and later 'Kyrgyz forces' make one proposal, in the report's own words. A
    government the report first names by its state ('the Government of Guyana') keeps that form, as
    readers and chronologies write it ('Government of Guyana', not 'Guyanese Government')."""
    kind, spelling = next((k, s) for n, k, s in _NOUNS if re.fullmatch(n, noun, re.I))
    found = None
    probe: str | None = kind
    while probe is not None and found is None:
        found = table.get((code, probe))
        probe = _FALLBACK.get(probe)
    state = world.STATES.get(code)
    # 'border officials', 'Indian Army', 'forces' as written; 'troops', 'army' → 'armed forces'; a
    # ministry in one spelling ('Ministry of Defence', 'defence ministry' → 'Defence Ministry')
    as_written = noun[:1].isupper() or " " in noun or noun == "forces"
    words = noun if as_written and not kind.endswith(("-ministry", "coast-guard")) else spelling
    proposal = f"{world.adjective(code) if state else code} {words}"
    if of_form and state:
        proposal = f"Government of {state.name}"
    if named is not None:
        proposal = named.setdefault((code, kind), proposal)
    return found, proposal


def armed_forces(
    demonym: str, table: dict[tuple[str, str], str], named: dict[tuple[str, str], str] | None = None
) -> ActorRef | None:
    """A nation's armed forces ('Azerbaijani fire' is fire by Azerbaijan's forces): the registry's,
    else proposed as '<Demonym> armed forces'."""
    code = DEMONYMS.get(demonym.replace("’", "'"))
    return of_state(code, "armed forces", table, named) if code is not None else None


def of_state(code: str, noun: str, table: dict[tuple[str, str], str],
             named: dict[tuple[str, str], str] | None = None) -> ActorRef:
    """A state's body named by its institution noun ('Foreign Ministry'): the registry's, else proposed."""
    found, proposal = _resolve(code, noun, table, named)
    return found or Proposed(proposal)


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
            found, proposal = _resolve(code, match.group("noun"), table, named, of_form)
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
        found, proposal = _resolve(code, match.group("noun"), table, named)
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
        found, proposal = _resolve(code, "Foreign Ministry", table, named)
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
        found, proposal = _resolve(code, match.group("noun"), table, named)
        out.append(Institution(start, start + len(word), word, found or Proposed(proposal)))
        end = start
    return out


#: "Armenian officials warned …", "Armenian and Karabakh officials said …": a nationality word
#: before the people who speak for a state, with no institution named. The words say only which
#: state spoke, not which of its bodies, so the state itself is the actor.
_SPEAKERS = r"officials|leaders|diplomats|negotiators|representatives"
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
