"""The registry alias index: every way a report names an actor or a place → its id.

Names, aliases and metonyms ("Baku", "the Elysee") always count; descriptors ("the French
president") count only on dates inside their period, so that a title held by different
people over time resolves to the holder on the event's day. A person's surname alone is
indexed too when no other entry uses it. Matching is longest-first and case-insensitive,
so "Foreign Ministry in Baku" beats "Baku", except for acronyms, which match only as
written ("US" and "U.S." are the United States, "us" is a pronoun). Names that look like actors but are not in
the registry are collected as proposals for the contributor to confirm.
"""

from __future__ import annotations

import calendar
import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from ..dates import PartialDate
from ..model import Actor, Place
from . import world
from .institutions import institution_table
from .refs import ActorRef, Proposed

__all__ = ["TITLE_WORDS", "ActorRef", "Mention", "NameIndex", "Proposed", "actor_index", "place_index"]

#: Words of a title or role before a name ("President", "foreign policy chief", "Speaker").
TITLE_WORDS = {
    "president",
    "minister",
    "premier",
    "chancellor",
    "secretary",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "chief",
    "general",
    "ambassador",
    "envoy",
    "commissioner",
    "chairman",
    "chairwoman",
    "chairperson",
    "chair",
    "ombudsman",
    "speaker",
    "mayor",
    "governor",
    "leader",
    "king",
    "queen",
    "emir",
    "prince",
    "sheikh",
    "commander",
    "head",
    "director",
    "representative",
    "prime",
    "foreign",
    "defence",
    "defense",
    "interior",
    "deputy",
    "acting",
    "vice",
    "state",
    "policy",
    "house",
    "senator",
    "lawmaker",
    "colonel",
    "lieutenant",
    "major",
    "captain",
    "admiral",
    "commodore",
    "brigadier",
    "sergeant",
    "marshal",
    "officer",
    "official",
    "mr",
    "mrs",
    "ms",
    "dr",
    "gen",
    "col",
    "lt",
    "sgt",
    "adviser",
    "advisor",
    "aide",
    "counsellor",
    "councillor",
    "councilor",
    "crown",
    "judge",
    "majesty",
    "highness",
    "excellency",
}


@dataclass(frozen=True)
class Mention:
    """A name found in a sentence: where, which words, and the actor it stands for."""

    start: int
    end: int
    surface: str
    id: ActorRef


@dataclass(frozen=True)
class _Entry:
    id: str
    start: PartialDate | None = None
    end: PartialDate | None = None
    given: frozenset[str] = frozenset()  # of a surname alone: the first names the person goes by
    title: bool = False  # a descriptor ("President of the Republic"): an office, whose holder it names

    def valid_on(self, day: date | None) -> bool:
        if day is None:
            return self.start is None and self.end is None
        return (self.start is None or self.start.first_day <= day) and (
            self.end is None or day <= self.end.last_day
        )


class NameIndex:
    """Spellings → ids, searched in one compiled pattern (longest spelling first)."""

    def __init__(
        self,
        entries: dict[str, list[_Entry]],
        names: dict[str, str],
        acronyms: dict[str, str] | None = None,
        institutions: dict[tuple[str, str], str] | None = None,
        kinds: dict[str, str] | None = None,
        countries: dict[str, str] | None = None,
        titles: dict[str, frozenset[str]] | None = None,
    ) -> None:
        self._entries = entries
        self.names = names  # id → display name
        self._acronyms = acronyms or {}  # folded → as written: "US" is a name, "us" is not
        self.institutions = institutions or {}  # (country, institution kind) → id
        self.kinds = kinds or {}  # id → kind (state, ministry, person…)
        self.countries = countries or {}  # id → ISO country code: whose side a person speaks for
        self.titles = titles or {}  # person id → the words of their roles: who "the prime minister" is
        self.states = {code: id for id, code in self.countries.items() if self.kinds.get(id) == "state"}
        spellings = sorted(entries, key=len, reverse=True)
        body = "|".join(re.escape(s).replace("'", "['’]") for s in spellings) or r"(?!x)x"
        self._pattern = re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.I)

    def find(self, text: str, on: date | None = None) -> list[Mention]:
        """Return the registry names in a text, longest match first at each place."""
        out: list[Mention] = []
        for match in self._pattern.finditer(text):
            key = _fold(match.group(0))
            if key in self._acronyms and match.group(0) != self._acronyms[key]:
                continue
            for entry in self._entries.get(key, ()):
                if entry.given and _another_first_name(text, match.start(), entry.given):
                    continue  # "Ruben Pashinyan" is not the registry's Nikol Pashinyan
                if entry.title and _office_elsewhere(text, match.end(), self.countries.get(entry.id)):
                    continue  # "the President of the Republic of Finland" is not France's
                if entry.valid_on(on) or (on is None and entry.start is not None):
                    out.append(Mention(match.start(), match.end(), match.group(0), entry.id))
                    break
        return out

    def __len__(self) -> int:
        return len(self.names)

    def ids_for(self, spelling: str) -> set[str]:
        """Every id a spelling can stand for (any period): used to match gold names."""
        return {e.id for e in self._entries.get(_fold(spelling), ())}


def _fold(text: str) -> str:
    return " ".join(text.replace("’", "'").split()).casefold()


def actor_index(actors: list[Actor]) -> NameIndex:
    """Index names, aliases, metonyms, dated descriptors and unambiguous surnames of actors."""
    entries: dict[str, list[_Entry]] = defaultdict(list)
    names: dict[str, str] = {}
    acronyms: dict[str, str] = {}
    for actor in actors:
        names[actor.id] = actor.name
        for spelling in (actor.name, *actor.aliases, *actor.metonyms):
            _add(entries, spelling, _Entry(actor.id))
            if re.fullmatch(r"(?:[A-Z]\.){2,4}", spelling):  # "U.S." is also written "US"
                spelling = spelling.replace(".", "")
                _add(entries, spelling, _Entry(actor.id))
            if re.fullmatch(r"[A-Z]{2,5}", spelling):
                acronyms[_fold(spelling)] = spelling
            owner = re.fullmatch(r"([A-Z][\w-]*[^s'’])\s+([a-z][\w\s-]*)", spelling)
            if owner:  # "Kosovo police" is also "Kosovo's police"
                _add(entries, f"{owner.group(1)}'s {owner.group(2)}", _Entry(actor.id))
            for variant in _state_forms(spelling):
                _add(entries, variant, _Entry(actor.id))
        for period in actor.descriptors:
            _add(entries, period.text, _Entry(actor.id, period.start, period.end, title=True))
            if not period.text.lower().startswith("the "):
                _add(entries, "the " + period.text, _Entry(actor.id, period.start, period.end, title=True))
    surnames: dict[str, set[str]] = defaultdict(set)
    given: dict[str, set[str]] = defaultdict(set)
    for actor in actors:
        if actor.kind == "person":
            for spelling in (actor.name, *actor.aliases):
                words = spelling.split()
                if len(words) >= 2 and words[-1][:1].isupper():
                    surnames[_fold(words[-1])].add(actor.id)
                    given[actor.id].update(_fold(w) for w in words[:-1])
    for surname, ids in surnames.items():
        if len(ids) == 1 and surname not in entries:
            only = next(iter(ids))
            entries[surname].append(_Entry(only, given=frozenset(given[only])))
    kinds = {a.id: a.kind for a in actors}
    countries = {a.id: a.country for a in actors if a.country}
    titles = {
        a.id: frozenset(w for t in (*(r.title for r in a.roles), *(d.text for d in a.descriptors))
                        for w in re.findall(r"[\w-]+", t.casefold()))
        for a in actors if a.kind == "person"
    }
    return NameIndex(dict(entries), names, acronyms, institution_table(actors), kinds, countries, titles)


#: Capitalised words before a surname that are no first name.
_NOT_GIVEN = {*(m.lower() for m in calendar.month_name if m), *(d.lower() for d in calendar.day_name)}
_WORD_BEFORE = re.compile(r"(?:^|[\s(“\"])([A-Z][a-z][\w'’-]*)\s+$")


def _another_first_name(text: str, start: int, given: frozenset[str]) -> bool:
    """Whether a surname is written after a first name that is not one of its person's ('Ruben
    Pashinyan' for the registry's Nikol Pashinyan): then it names someone else with that surname. A
    title, a month or day, a nationality or a state before it is no first name."""
    match = _WORD_BEFORE.search(text[max(0, start - 40) : start])
    if match is None:
        return False
    word = match.group(1)
    folded = _fold(word)
    if folded in given or folded in TITLE_WORDS or folded in _NOT_GIVEN:
        return False
    return word not in world.DEMONYMS and word not in world.NAMES and word not in _STOP


_OF_PLACE = re.compile(r"\s+of\s+(?:the\s+)?(?:(?:Republic|Kingdom|State|Federation)\s+of\s+(?:the\s+)?)?"
                       r"([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)")


def _office_elsewhere(text: str, end: int, country: str | None) -> bool:
    """Whether an office named by a descriptor is qualified by another state right after it ('the
    President of the Republic of Finland', 'the Prime Minister of Estonia'): the same words name the
    office of every state, and only the registry person's own state's is theirs."""
    match = _OF_PLACE.match(text, end)
    if match is None:
        return False
    place = match.group(1)
    code = world.NAMES.get(place) or world.DEMONYMS.get(place)
    return code is None or code != country


def _state_forms(spelling: str) -> list[str]:
    """'Armenian Security Council' is also 'Armenia's Security Council', and the other way round:
    a body's name with its state's demonym or with the state's name as owner."""
    first, _, rest = spelling.partition(" ")
    if not rest or not rest[:1].isupper():
        return []
    if first in world.DEMONYMS:
        return [f"{world.STATES[world.DEMONYMS[first]].name}'s {rest}"]
    state = re.fullmatch(r"(.+)['’]s", first)
    if state and state.group(1) in world.NAMES:
        return [f"{world.STATES[world.NAMES[state.group(1)]].adjective} {rest}"]
    return []


def place_index(places: list[Place]) -> NameIndex:
    """Index place names and aliases."""
    entries: dict[str, list[_Entry]] = defaultdict(list)
    names: dict[str, str] = {}
    for place in places:
        names[place.id] = place.name
        for spelling in (place.name, *place.aliases):
            _add(entries, spelling, _Entry(place.id))
    return NameIndex(dict(entries), names)


def _add(entries: dict[str, list[_Entry]], spelling: str, entry: _Entry) -> None:
    key = _fold(spelling)
    if key and entry not in entries[key]:
        entries[key].append(entry)


#: Capitalised words that open a sentence or clause and are no name.
_STOP = {
    "The",
    "A",
    "An",
    "In",
    "On",
    "At",
    "It",
    "He",
    "She",
    "They",
    "We",
    "This",
    "That",
    "But",
    "And",
    "Meanwhile",
    "According",
    "However",
    "After",
    "Before",
    "Speaking",
    "During",
    "Earlier",
    "Later",
    "Some",
    "Many",
    "Certain",
    "Those",
    "These",
    "Its",
    "His",
    "Her",
    "Their",
    "Both",
    "Three",
    "Two",
    "One",
    "There",
    "Thanks",
    "Under",
    "As",
    "Of",
    "If",
}
