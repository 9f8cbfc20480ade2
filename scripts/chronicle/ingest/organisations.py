"""International organisations by the name they go by: the name a proposal uses for one the registry lacks.

News copy names the big international organisations by abbreviations it writes several ways
("UN", "U.N.", "United Nations", "NATO", "North Atlantic Treaty Organization"); a proposed actor
takes the one name the organisation goes by in news and chronologies, so that every spelling in a
batch of reports makes one proposal: the acronym where it is the organisation's common name (NATO,
ECOWAS, ASEAN, CSTO: three letters or more, said as a word or spelled out), the full name for the
two-letter ones (UN, EU, AU) and where the letters also spell a word ("WHO"). A body named with
an abbreviation before its own noun keeps the short form, without its dots ("U.N. Security Council"
is the "UN Security Council"). Facts, not tuning: each line is an organisation's full English name
and the abbreviations it goes by, its common name first. What a body is for, written with capitals
after its noun, is part of its name ("United Nations Office for the Coordination of Humanitarian
Affairs", not "United Nations Office").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import world

if TYPE_CHECKING:
    from spacy.tokens import Token

# full name | abbreviations
_TABLE = """
United Nations | UN; U.N.
European Union | EU; E.U.
North Atlantic Treaty Organization | NATO; North Atlantic Treaty Organisation
African Union | AU
Association of Southeast Asian Nations | ASEAN
Organization for Security and Co-operation in Europe | OSCE
Collective Security Treaty Organization | CSTO; Collective Security Treaty Organisation
Economic Community of West African States | ECOWAS
Southern African Development Community | SADC
East African Community | EAC
Intergovernmental Authority on Development | IGAD
Organization of American States | OAS
Gulf Cooperation Council | GCC
Shanghai Cooperation Organisation | SCO
International Atomic Energy Agency | IAEA
International Committee of the Red Cross | ICRC
World Health Organization | WHO
International Criminal Court | ICC
International Court of Justice | ICJ
Office of the United Nations High Commissioner for Refugees | UNHCR
International Monetary Fund | IMF
Commonwealth of Independent States | CIS
"""


def _parse(table: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for line in table.strip().splitlines():
        name, shorts = (part.strip() for part in line.split("|"))
        abbreviations = [short.strip() for short in shorts.split(";")]
        usual = abbreviations[0] if len(abbreviations[0]) >= 3 and abbreviations[0] not in _WORDS else name
        out.update({short: usual for short in abbreviations})
        out[name] = usual
    return out


#: Abbreviations that are also English words: the full name is clearer.
_WORDS = {"WHO"}


#: An organisation's name or abbreviation → its full name.
FULL_NAMES = _parse(_TABLE)


def full_name(name: str) -> str:
    """The name to propose: an organisation's common name for any of its spellings ('U.N.' → 'United
    Nations', 'North Atlantic Treaty Organization' → 'NATO'); a body named after an abbreviation keeps
    it, without dots ('U.N. Security Council' → 'UN Security Council'); any other name as written."""
    plain = name.removeprefix("the ").removeprefix("The ")
    if plain in FULL_NAMES:
        return FULL_NAMES[plain]
    first, _, rest = plain.partition(" ")
    if first in FULL_NAMES and rest[:1].isupper() and first.replace(".", "").isupper():
        return f"{first.replace('.', '')} {rest}"
    return name


#: People who act for an organisation named before them ("ECOWAS leaders", "NATO envoys", "NATO allies").
_SENT_BY = {"ambassador", "envoy", "leader", "minister", "diplomat", "delegate", "representative", "official",
            "negotiator", "delegation", "staff", "monitor", "observer", "ally", "member", "partner"}
#: Nouns of a group of people, singular: "UNHCR staff", "the EU delegation".
_COLLECTIVE = {"staff", "delegation"}


def sender(token: Token) -> Token | None:
    """'ECOWAS leaders imposed sanctions', 'NATO ambassadors met', 'UNHCR staff said': the people an
    international organisation sends act for it, so the doer is the organisation (the word that names
    it). Only a plural or a collective: 'the UN envoy' is one person, whom the report may have named."""
    lemma = token.lemma_.lower()
    if lemma not in _SENT_BY or token.tag_ != "NNS" and lemma not in _COLLECTIVE:
        return None
    before = token.doc[token.i - 1] if token.i > 0 else None
    if before is not None and before.text in FULL_NAMES and before.head.i == token.head.i:
        return before  # "ECOWAS leaders", read by the parser as two subjects of one verb
    return next((c for c in token.children if c.dep_ in ("compound", "nmod", "amod") and c.i < token.i
                 and c.text in FULL_NAMES), None)  # the parser tags an acronym as anything ('ECOWAS' a verb)


#: Small words inside the capitalised name of what a body is for ('for the Coordination of …').
_NAME_LINKS = {"the", "of", "and", "for", "in", "on"}


#: Nouns of an organisation's body named by what it does ("the UN refugee agency", "the UN rights office").
_AGENCIES = {"agency", "office", "watchdog", "mission", "body", "commission", "programme", "program", "fund"}


def described_body(token: Token) -> str:
    """'The UN human rights office', 'the UN nuclear watchdog', 'the EU border agency': an international
    organisation's body named by its organisation and what it does, in those words ('' for any other
    phrase: 'the office', 'Kenya's foreign office')."""
    if token.lower_ not in _AGENCIES or token.pos_ != "NOUN":
        return ""
    before = [c for c in token.children if c.i < token.i and c.dep_ in ("compound", "nmod", "amod")]
    owner = next((c for c in before if c.text.replace(".", "") in FULL_NAMES), None)
    if owner is None:
        return ""
    words = [t for t in token.doc[owner.i : token.i + 1] if not t.is_punct or t.text == "'s"]
    if any(t.text[:1].isupper() for t in words[1:-1]):
        return ""  # "UN Security Council": a name of its own, found elsewhere
    return " ".join([owner.text.replace(".", ""), *(t.text for t in words[1:])])


def purpose_end(head: Token) -> int:
    """Where the 'for' part of a body's name ends ('United Nations Office for the Coordination of
    Humanitarian Affairs', 'High Commissioner for Refugees'): every word after 'for' capitalised but
    the small ones; the head's own place when it has no such part."""
    doc = head.doc
    prep = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "for" and c.i == head.i + 1),
                None)
    if prep is None or prep.right_edge.i == prep.i:
        return head.i
    words = doc[prep.i + 1 : prep.right_edge.i + 1]
    capitalised = [w for w in words if w.lower_ not in _NAME_LINKS]
    if capitalised and all(w.pos_ == "PROPN" and w.text[:1].isupper() for w in capitalised) and (
            words[-1].lower_ not in _NAME_LINKS):
        return prep.right_edge.i
    return head.i


#: The organs of the United Nations that a report about it names without the "UN" ("the Security
#: Council adopted …", "the General Assembly voted …"), by the name a chronology gives them.
_UN_ORGANS = {"Security Council": "UN Security Council", "General Assembly": "UN General Assembly",
              "Human Rights Council": "UN Human Rights Council"}
_NAMES_UN = re.compile(r"\b(?:United Nations|UN|U\.N\.)\b|\b[Rr]esolution \d+")


_OWNER_BEFORE = re.compile(r"([A-Z][\w-]*?)(?:['’]s)?\s+(?:National\s+)?$")


def un_organ(name: str, report: str) -> str:
    """'The Security Council today adopted resolution 2728': in a report that names the United Nations
    or one of its numbered resolutions, a UN organ's name given alone is that organ's ('UN Security
    Council'), unless the report names a state's own body of that name ('Armenia's Security Council',
    'the Security Council of Armenia', 'the Russian Security Council'); '' otherwise."""
    plain = name.removeprefix("the ").removeprefix("The ")
    if plain not in _UN_ORGANS or not _NAMES_UN.search(report):
        return ""
    for match in re.finditer(re.escape(plain), report):
        before = _OWNER_BEFORE.search(report[max(0, match.start() - 30) : match.start()])
        after = re.match(r"\s+of\s+(?:the\s+)?([A-Z][\w-]*)", report[match.end():])
        owners = [m.group(1) for m in (before, after) if m is not None]
        if any(o in world.NAMES or o in world.DEMONYMS for o in owners):
            return ""
    return _UN_ORGANS[plain]
