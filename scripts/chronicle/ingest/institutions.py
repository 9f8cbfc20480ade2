"""'<Demonym> <institution>' → the registry actor it names, or a consistent new name to propose.

News copy names a state's bodies by nationality and institution far more often than by
their registry names: "Kyrgyz troops", "the Tajik Defence Ministry", "Uzbek border guards".
The registry knows each actor's country and kind (and its aliases, which say whether a
ministry is the defence or the foreign one), so a nationality word plus an institution noun
is resolved by looking up the state's body of that kind: the armed force whose parent is
the state, the defence ministry, the government. When the registry has no such body (or
more than one that fits equally), the name is proposed as "<Demonym> <institution>" in one
spelling per kind, so that "Kyrgyz troops" and "Kyrgyz forces" make one proposal, not two.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Actor

#: ISO 3166 code → the demonyms news copy uses (facts, not tuning: the usual English forms).
_DEMONYMS_BY_CODE = {
    "AF": "Afghan", "AL": "Albanian", "AM": "Armenian", "AT": "Austrian", "AU": "Australian",
    "AZ": "Azerbaijani Azeri", "BA": "Bosnian", "BE": "Belgian", "BG": "Bulgarian", "BR": "Brazilian",
    "BY": "Belarusian", "CA": "Canadian", "CH": "Swiss", "CN": "Chinese", "CY": "Cypriot", "CZ": "Czech",
    "DE": "German", "DK": "Danish", "EE": "Estonian", "EG": "Egyptian", "ES": "Spanish", "ET": "Ethiopian",
    "FI": "Finnish", "FR": "French", "GB": "British", "GE": "Georgian", "GR": "Greek", "HR": "Croatian",
    "HU": "Hungarian", "ID": "Indonesian", "IE": "Irish", "IL": "Israeli", "IN": "Indian", "IQ": "Iraqi",
    "IR": "Iranian", "IT": "Italian", "JO": "Jordanian", "JP": "Japanese", "KE": "Kenyan", "KG": "Kyrgyz",
    "KP": "North Korean", "KR": "South Korean", "KZ": "Kazakh", "LB": "Lebanese", "LT": "Lithuanian",
    "LV": "Latvian", "LY": "Libyan", "MD": "Moldovan", "ME": "Montenegrin", "MK": "Macedonian",
    "MX": "Mexican", "NL": "Dutch", "NO": "Norwegian", "PK": "Pakistani", "PL": "Polish",
    "PS": "Palestinian", "PT": "Portuguese", "QA": "Qatari", "RO": "Romanian", "RS": "Serbian",
    "RU": "Russian", "SA": "Saudi", "SD": "Sudanese", "SE": "Swedish", "SI": "Slovenian", "SK": "Slovak",
    "SY": "Syrian", "TJ": "Tajik", "TM": "Turkmen", "TR": "Turkish", "UA": "Ukrainian", "US": "American",
    "UZ": "Uzbek", "XK": "Kosovar", "YE": "Yemeni",
}
DEMONYMS = {d: code for code, words in _DEMONYMS_BY_CODE.items() for d in words.split()}

#: Institution nouns → (kind of body, the one spelling proposals use).
_NOUNS: list[tuple[str, str, str]] = [
    (r"Defen[cs]e Ministry|Ministry of Defen[cs]e|defen[cs]e ministry", "defence-ministry",
     "Defence Ministry"),
    (r"Foreign Ministry|Ministry of Foreign Affairs|foreign ministry", "foreign-ministry",
     "Foreign Ministry"),
    (r"Interior Ministry|interior ministry", "interior-ministry", "Interior Ministry"),
    (r"border (?:service|agency)", "border-service", "border service"),
    (r"border (?:guards?|troops|forces)", "border-guard", "border guards"),
    (r"(?:armed )?forces|troops|military|army|soldiers|servicemen|units", "armed-force", "forces"),
    (r"government|authorities", "government", "government"),
]
_FALLBACK = {"border-service": "border-guard", "border-guard": "armed-force"}
PATTERN = re.compile(
    r"\b(?P<demonym>" + "|".join(sorted(DEMONYMS, key=len, reverse=True)) + r")\s+"
    r"(?P<noun>" + "|".join(f"(?:{n})" for n, _, _ in _NOUNS) + r")\b"
)


@dataclass(frozen=True)
class Institution:
    """'Kyrgyz troops' at a place in a sentence: the registry id, or '?<Demonym> <institution>'."""

    start: int
    end: int
    surface: str
    id: str


def body_kind(actor: Actor) -> str | None:
    """Which institution an actor is, from its kind and the words of its names."""
    words = " ".join((actor.name, *actor.aliases)).lower()
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
    r"\b(?P<owner>[A-Z][\w-]+)['’]s\s+(?P<noun>" + "|".join(f"(?:{n})" for n, _, _ in _NOUNS) + r")\b"
)


def _resolve(code: str, noun: str, table: dict[tuple[str, str], str]) -> tuple[str | None, str]:
    """The registry body of that kind for the country (falling back to the wider kind), and the
    spelling a proposal would use."""
    kind, spelling = next((k, s) for n, k, s in _NOUNS if re.fullmatch(n, noun))
    found = None
    probe: str | None = kind
    while probe is not None and found is None:
        found = table.get((code, probe))
        probe = _FALLBACK.get(probe)
    return found, spelling


def owned(text: str, table: dict[tuple[str, str], str], state_code: dict[str, str]) -> list[Institution]:
    """Every '<State>'s <institution>' whose owner is a state of the registry, resolved (never
    proposed: without a demonym there is no consistent name to propose)."""
    out = []
    for match in POSSESSIVE.finditer(text):
        code = state_code.get(match.group("owner"))
        found = _resolve(code, match.group("noun"), table)[0] if code else None
        if found:
            out.append(Institution(match.start(), match.end(), match.group(0), found))
    return out


def find(text: str, table: dict[tuple[str, str], str]) -> list[Institution]:
    """Every '<Demonym> <institution>' in a text, resolved through the table or proposed."""
    out = []
    for match in PATTERN.finditer(text):
        code = DEMONYMS[match.group("demonym")]
        found, spelling = _resolve(code, match.group("noun"), table)
        actor = found or f"?{match.group('demonym')} {spelling}"
        out.append(Institution(match.start(), match.end(), match.group(0), actor))
    return out


#: "Armenian officials warned …", "Armenian and Karabakh officials said …": a nationality word
#: before the people who speak for a state, with no institution named. The words say only which
#: state spoke, not which of its bodies, so the state itself is the actor (never a proposal).
_SPEAKERS = r"officials|leaders|diplomats|negotiators|representatives"
BARE = re.compile(
    r"\b(?P<demonym>" + "|".join(sorted(DEMONYMS, key=len, reverse=True)) + r")"
    r"(?=(?:\s+and\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)?\s+(?:" + _SPEAKERS + r")\b)"
)


def bare(text: str, states: dict[str, str]) -> list[Institution]:
    """Every nationality word standing for its state's officials, resolved to the registry state
    of that country (none when the registry has no such state)."""
    out = []
    for match in BARE.finditer(text):
        state = states.get(DEMONYMS[match.group("demonym")])
        if state:
            out.append(Institution(match.start(), match.end(), match.group(0), state))
    return out
