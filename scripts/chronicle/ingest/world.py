"""Finding the world's states in news text: by name, demonym or capital (the table itself is
chronicle.countries, shared with the site and the validator).

A name or capital counts only where it is not part of a longer name ("South China Sea",
"Michael Jordan"), and a capital only where it is not the object of a preposition ("in
Pristina" is a place); see `names` and `capitals`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..countries import CAPITALS, DEMONYMS, NAMES, STATES

#: The table's lookups, read by the ingest modules as world.NAMES, world.DEMONYMS, …
__all__ = ["CAPITALS", "DEMONYMS", "NAMES", "STATES", "Found", "after_a_name", "alternation", "capitals",
           "names"]


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
    free = _FREE_BEFORE.search(text[max(0, start - 40) : start])
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
    """Every state named by one of its names (not a capital, not a demonym)."""
    return [
        Found(m.start(), m.end(), m.group(0), NAMES[m.group(0).replace("’", "'")])
        for m in _NAME.finditer(text)
        if not _part_of_longer_name(text, m.start(), m.end())
    ]


#: Between a subject and its verb: an adverb, an auxiliary, a day ("Pristina on Monday accused").
SUBJECT_GAP = re.compile(
    r"(?:\s+(?:\w+ly|also|again|now|then|still|already|has|have|had|is|was|will|would|"
    r"on\s+[A-Z]\w+day|late\s+on\s+[A-Z]\w+day|yesterday|today))*\s+"
)


#: A preposition before a capital makes it a place ("gunmen in Pristina attacked …").
_PLACE_BEFORE = re.compile(
    r"\b(?:in|at|from|to|near|of|into|outside|around|across|via|towards?|between|through|by|for|on|"
    r"with|over|inside|within|beyond|past)\s+(?:the\s+)?(?:capital\s+|city\s+of\s+)?$",
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
