"""Finding the world's states in news text: by name, demonym or capital (the table itself is
chronicle.countries, shared with the site and the validator).

A name or capital counts only where it is not part of a longer name ("South China Sea",
"Michael Jordan"), and a capital only where it is not the object of a preposition ("in
Pristina" is a place); see `names` and `capitals`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from .. import countries
from ..countries import CAPITALS, STATES

#: The table's lookups, read by the ingest modules as world.NAMES, world.DEMONYMS, …
__all__ = ["AMBIGUOUS", "CAPITALS", "DEMONYMS", "NAMES", "STATES", "Found", "adjective", "after_a_name",
           "alternation", "capitals", "names", "reading"]

#: Words the table leaves out because each names two states ("Congolese": DR Congo or the Republic of
#: the Congo). A report that names one of the two by an unambiguous name or capital ("Kinshasa", "DRC"),
#: more often than the other, means that one by them (`reading`); otherwise they name no state.
AMBIGUOUS: dict[str, tuple[str, ...]] = {
    "Congo": ("CD", "CG"), "Congolese": ("CD", "CG"), "Korea": ("KR", "KP"), "Korean": ("KR", "KP")}
_MEANT: ContextVar[dict[str, str]] = ContextVar("meant", default={})  # noqa: B039 (never mutated)


class _Table(dict[str, str]):
    """A lookup of the world table (name or demonym → ISO code) that also holds the ambiguous words,
    each standing for the state the report being read means by it (none outside `reading`). Its keys
    hold every word, so that patterns built from them find the ambiguous ones too."""

    def __init__(self, table: dict[str, str], ambiguous: list[str]) -> None:
        super().__init__({**dict.fromkeys(ambiguous, ""), **table})
        self.ambiguous = frozenset(ambiguous)

    def __getitem__(self, word: str) -> str:
        code = _MEANT.get().get(word, "") if word in self.ambiguous else super().__getitem__(word)
        if not code:
            raise KeyError(word)
        return code

    def get(self, word: str, default: str | None = None) -> str | None:  # type: ignore[override]
        try:
            return self[word]
        except KeyError:
            return default

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self.get(word) is not None


NAMES = _Table(countries.NAMES, [w for w in AMBIGUOUS if w[:1].isupper() and not w.endswith(("ese", "ean"))])
DEMONYMS = _Table(countries.DEMONYMS, [w for w in AMBIGUOUS if w.endswith(("ese", "ean"))])


def table(*tables: _Table) -> _Table:
    """Several lookups as one ('Kosovo' and 'Kyrgyz' both name a state before a body's noun)."""
    merged: dict[str, str] = {}
    for part in tables:
        merged.update({w: c for w, c in dict.items(part) if c})
    return _Table(merged, sorted({w for part in tables for w in part.ambiguous}))


@contextmanager
def reading(text: str) -> Iterator[None]:
    """While a report is read: each ambiguous word stands for the one of its states the report names
    (by names and capitals the table gives it) more often than the other ('Congolese troops' in a
    report from Kinshasa are DR Congo's)."""
    counts: dict[str, int] = {}
    places = [CAPITALS[m.group(0).replace("’", "'")] for m in _CAPITAL.finditer(text)]  # "in Kinshasa" too
    for code in (*(f.code for f in names(text)), *places):
        counts[code] = counts.get(code, 0) + 1
    meant = {}
    for word, codes in AMBIGUOUS.items():
        ranked = sorted(codes, key=lambda c: -counts.get(c, 0))
        if counts.get(ranked[0], 0) > counts.get(ranked[1], 0):
            meant[word] = ranked[0]
    token = _MEANT.set(meant)
    try:
        yield
    finally:
        _MEANT.reset(token)


#: States whose bodies English names with another word than the table's first demonym: "US forces",
#: "the US State Department" (not "American"), "the Philippine Coast Guard" (not "Filipino"), and the
#: states whose name itself is the attributive word in news ("the Myanmar military", not "Burmese";
#: "the Botswana government"; "Lesotho", not "Basotho", the people).
_ATTRIBUTIVE = {"US": "US", "PH": "Philippine", "MM": "Myanmar", "BW": "Botswana", "LS": "Lesotho",
                "KI": "Kiribati", "VU": "Vanuatu", "SB": "Solomon Islands", "GW": "Guinea-Bissau"}


def adjective(code: str) -> str:
    """The attributive form a proposed body of a state uses ('Kyrgyz', 'US'); for a state whose only
    demonym is ambiguous, that word where the report means this state by it ('Congolese')."""
    if code in _ATTRIBUTIVE:
        return _ATTRIBUTIVE[code]
    state = STATES[code]
    if not state.demonyms:
        word = next((w for w, c in _MEANT.get().items() if c == code and w in DEMONYMS.ambiguous), None)
        return word or state.adjective
    return state.adjective


def alternation(words: list[str] | dict[str, str]) -> str:
    """A regular expression matching any of the words, longest first at each place (so that
    'South Sudan' beats 'Sudan'), an apostrophe matching either form. Built as a trie of
    characters: hundreds of names cost one branch per letter, not one try per name."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for char in word.replace("’", "'"):
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_pattern(trie)


def _trie_pattern(node: dict[str, dict]) -> str:
    branches = [
        ("['’]" if char == "'" else re.escape(char)) + _trie_pattern(child)
        for char, child in sorted(node.items(), key=lambda item: (item[0] == "", item[0]))
        if char
    ]
    if "" in node:  # a word ends here: the longer words first, then the end
        return f"(?:{'|'.join(branches)})?" if branches else ""
    return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"


#: A name or capital, as written (case matters: "Chad" is a state, "chad" is not; "US" is one, "us"
#: is not), not inside a longer word or hyphenated compound ("anti-India", "India-born").
_NAME = re.compile(rf"(?<![\w-])(?P<name>{alternation(NAMES)})(?![\w-])")
_CAPITAL = re.compile(rf"(?<![\w-])(?P<name>{alternation(CAPITALS)})(?![\w'’-])")
#: Capitalised words that may stand before a name without being part of it ("In Kosovo", "But Iran").
_FREE_BEFORE = re.compile(
    r"(?:^|[^\w’'-])(?:The|A|An|In|On|At|But|And|Meanwhile|However|Now|Then|Also|Later|Earlier|"
    r"Yesterday|Today|Tonight|Separately|So|Still|Yet|Instead|Elsewhere|While|When|As|After|Before|"
    r"Since|Until|If|Though|Although|Once|Where)\s+$"
)
#: A count at the start of a sentence is no name: "Three Ghanaian soldiers were killed".
_COUNTED = re.compile(
    r"(?:^|[^\w’'-])(?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Dozens|Hundreds|Thousands|Several|Some|"
    r"Many|Both|All|Most|More|Other|Few)\s+$"
)
_DAYS = re.compile(
    r"\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|"
    r"June|July|August|September|October|November|December)\b"
)


def after_a_name(text: str, start: int) -> bool:
    """'Michael Jordan', 'New Guinea', 'Northern Ireland', 'Latin American': a capitalised word
    right before a state's name or demonym makes it part of another name ('In', 'The', a day
    or month do not: 'On Monday Armenian officials …')."""
    before = re.search(r"(?<![\w’'-])[A-Z][\w’'-]*\s+$", text[max(0, start - 30) : start])
    if before is None:
        return False
    words = text[max(0, start - 40) : start]
    free = _FREE_BEFORE.search(words) or _COUNTED.search(words)
    return not (free or _DAYS.fullmatch(" " + before.group(0).strip()))


def _part_of_longer_name(text: str, start: int, end: int) -> bool:
    """A name inside a longer one: after a capitalised word ('Michael Jordan'), or before one
    ('South China Sea', 'Chad Smith', 'Kosovo Serbs'; a day or month after it is not: 'Canada
    Monday said …')."""
    if after_a_name(text, start):
        return True
    after = re.match(r"\s+[A-Z]", text[end:])
    return bool(after) and not _DAYS.match(text[end:])


@dataclass(frozen=True)
class Found:
    """A state named in a text: where, the words, and its ISO code."""

    start: int
    end: int
    surface: str
    code: str


def names(text: str) -> list[Found]:
    """Every state named by one of its names (not a capital, not a demonym; an ambiguous name only
    while a report that means one state by it is read)."""
    return [
        Found(m.start(), m.end(), m.group(0), code)
        for m in _NAME.finditer(text)
        if (code := NAMES.get(m.group(0).replace("’", "'")))
        and not _part_of_longer_name(text, m.start(), m.end())
    ]


#: Between a subject and its verb: an adverb, an auxiliary, a day ("Pristina on Monday accused").
SUBJECT_GAP = re.compile(
    r"(?:\s+(?:\w+ly|also|again|now|then|still|already|has|have|had|is|was|will|would|"
    r"on\s+[A-Z]\w+day|late\s+on\s+[A-Z]\w+day|yesterday|today))*\s+"
)


#: A preposition before a capital makes it a place ("gunmen in Pristina attacked …"); "according to
#: Islamabad" names the one who told it.
_PLACE_BEFORE = re.compile(
    r"\b(?:in|at|from|(?<!according )to|near|of|into|outside|around|across|via|towards?|between|through|"
    r"by|for|on|with|over|inside|within|beyond|past)\s+(?:the\s+)?(?:capital\s+|city\s+of\s+)?$",
    re.I,
)


def capitals(text: str) -> list[Found]:
    """Every capital in a text that is not the object of a preposition ('in Pristina' is a place);
    one still stands for its government only as the subject of a verb (see `SUBJECT_GAP`)."""
    return [
        Found(m.start(), m.end(), m.group(0), CAPITALS[m.group(0).replace("’", "'")])
        for m in _CAPITAL.finditer(text)
        if not _part_of_longer_name(text, m.start(), m.end())
        and not _PLACE_BEFORE.search(text[max(0, m.start() - 30) : m.start()])
    ]
