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
A state's name works as well as its demonym ("Kosovo police"). Where a text names such bodies
is found in namedbodies.py; this module says which body a name is.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..model import Actor
from . import world
from .refs import ActorRef, Proposed

if TYPE_CHECKING:
    from .actors import NameIndex

#: Nationality words and state names → ISO code (the world table: every state's demonyms and names).
DEMONYMS = world.table(world.NAMES, world.DEMONYMS)

#: Institution nouns → (kind of body, the one spelling proposals use).
NOUNS: list[tuple[str, str, str]] = [
    (r"Defen[cs]e Ministry|Ministry of Defen[cs]e|defen[cs]e ministry", "defence-ministry",
     "Defence Ministry"),
    (r"Foreign Ministry|Ministry of Foreign Affairs|foreign ministry|Ministry of External Affairs|"
     r"External Affairs Ministry|Foreign Office", "foreign-ministry",
     "Foreign Ministry"),
    (r"Interior Ministry|interior ministry", "interior-ministry", "Interior Ministry"),
    (r"[Hh]ealth (?:[Mm]inistry|authorities|officials)|Ministry of Health", "health-ministry",
     "Health Ministry"),
    (r"[Uu]nification [Mm]inistry|Ministry of Unification", "unification-ministry", "Unification Ministry"),
    (r"[Ff]inance [Mm]inistry|Ministry of Finance", "finance-ministry", "Finance Ministry"),
    (r"[Jj]ustice [Mm]inistry|Ministry of Justice", "justice-ministry", "Justice Ministry"),
    (r"[Ee]mergenc(?:y|ies) [Mm]inistry|Ministry of Emergency Situations", "emergencies-ministry",
     "Emergencies Ministry"),
    (r"[Ee]nergy [Mm]inistry|Ministry of Energy", "energy-ministry", "Energy Ministry"),
    (r"Joint Chiefs of Staff|General Staff", "general-staff", "General Staff"),
    (r"border (?:service|agency|officials|authorities)", "border-service", "border service"),
    (r"border (?:guards?|troops|forces)", "border-guard", "border guards"),
    (r"[Cc]oast [Gg]uard(?: ships| vessels| boats| cutters)?", "coast-guard", "coast guard"),
    (r"police(?: force)?", "police", "police"),
    (r"(?:[Pp]residential|[Rr]epublican|[Nn]ational) [Gg]uard", "guard", "presidential guard"),
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
    return next((k for n, k, _ in NOUNS if re.search(rf"\b(?:{n})$", name, re.I)), None)


def kind_of_bare(name: str) -> str | None:
    """Which institution a name is that is nothing but its institution words ('Ministry of Defence',
    'armed forces'), with no state and no name of its own ('Rapid Support Forces' is none)."""
    return next((k for n, k, _ in NOUNS if re.fullmatch(rf"(?:the\s+)?(?:{n})", name, re.I)), None)


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
    spelling = next((s for _, k, s in NOUNS if k == kind), None)
    state = world.STATES.get(code)
    return Proposed(f"{world.adjective(code)} {spelling}") if spelling and state else None
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


#: Official bodies that publish their own readouts and releases, beyond a state's offices.
_BODY_OUTLET = re.compile(
    r"\b(?:NATO|OSCE|United Nations|UN|European (?:Union|Commission|Council)|Kremlin|White House|"
    r"Department of|State Department|Embassy|Permanent Mission|Secretariat|Secretary[- ]General|"
    r"(?:President|Prime Minister) of)\b")


def official(outlet: str, actors: NameIndex) -> bool:
    """Whether a report is published by an official body itself ('Ministry of Defence of …', 'NATO',
    a registered body named as the outlet): a readout or a release, whose lead, told with no day, is
    its news of the day of publication (a news outlet's undated lead may retell an older readout)."""
    if _OFFICIAL_OUTLET.search(outlet) or _BODY_OUTLET.search(outlet):
        return True
    whole = outlet.strip()
    return bool(whole) and any(m.start == 0 and m.end == len(whole) for m in actors.find(whole))


def of_issuer(code: str, name: str, table: dict[tuple[str, str], str],
              named: dict[tuple[str, str], str] | None = None) -> ActorRef | None:
    """A body the report names without its state ('the Ministry of Foreign Affairs'), as the body of
    that kind of the state whose office published it; None when the name is no known kind of body."""
    noun = next((m.group(0) for n, _, _ in NOUNS if (m := re.search(rf"\b(?:{n})$", name, re.I))), None)
    if noun is None or country_of_name(name) is not None:
        return None
    found, proposal = resolve(code, noun, table, named)
    return found or Proposed(proposal)


def knows(noun: str) -> bool:
    """Whether `noun` names an institution of a state this module can resolve ('Health Ministry' yes,
    'Agriculture Ministry' no): callers that build a noun from a title ask before resolving it."""
    return any(re.fullmatch(pattern, noun, re.I) for pattern, _, _ in NOUNS)


def resolve(
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
    kind, spelling = next((k, s) for n, k, s in NOUNS if re.fullmatch(n, noun, re.I))
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
    found, proposal = resolve(code, noun, table, named)
    return found or Proposed(proposal)
