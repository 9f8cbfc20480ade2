"""Which draft of an article matches which of its gold events: the benchmark's matching rule.

Within one article, a predicted draft matches a gold event when the dates are equal (same string:
same day, or same month for month-precision gold) and the principal actors are the same — the
predicted registry id equals an id the gold name resolves to through the registry (name, alias,
metonym, descriptor), or, for a proposed actor, the proposed name equals the gold name once
normalized (case, accents, punctuation, a leading article or title, British or American spelling:
"Defence" and "Defense" are one word; a state's "military", "forces" and "armed forces" are one body, and
a body named after its state by name or demonym is one: "China Coast Guard", "Chinese coast guard"), or
is a person's surname alone against the full name (or the reverse). Each gold event is matched at most once.

A second, looser rule takes a state, its government and its armed forces as one actor ("Baku
demanded" for a gold "Azerbaijan demands"): which of them a report's words name is a judgement the
gold makes one way and a reader another, so goldscore.py shows it beside the strict figures.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from . import institutions
from .actors import ActorRef, NameIndex, Proposed
from .events import Draft

#: Kinds of actor that speak or act for a state as a whole: the same side at another granularity.
_STATE_LEVEL = {"state", "government", "armed-force"}


def same_state(principal: ActorRef, ids: set[str], index: NameIndex) -> bool:
    """'Baku' (the government) for gold 'Azerbaijan', 'Azerbaijan' for gold 'Azerbaijani armed forces'."""
    country = index.countries.get(principal)
    return bool(country) and index.kinds.get(principal) in _STATE_LEVEL and any(
        index.countries.get(i) == country and index.kinds.get(i) in _STATE_LEVEL for i in ids
    )


def pair_up(
    drafts: list[Draft],
    gold: list[dict[str, Any]],
    index: NameIndex,
    loose: bool = False,
    strict: dict[int, int] | None = None,
) -> dict[int, int]:
    """Gold event → the draft it is matched to (same date and principal). Drafts of the same
    type are paired first, so that an actor's denial and statement of one day pair with the
    gold denial and statement, whatever order the gold lists them in."""
    pairs: dict[int, int] = dict(strict or {})  # the strict pairs, when known: the looser rule adds to them
    passes = [] if strict is not None else [(True, False), (False, False)]
    passes += [(True, True), (False, True)] if loose else []
    for typed, state_level in passes:  # strict pairs first: the looser rule only adds to them
        for number, event in enumerate(gold):
            if number in pairs:
                continue
            ids = gold_ids(event["actors"][0], index)
            pairs_taken = set(pairs.values())
            match = next(
                (
                    n
                    for n, d in enumerate(drafts)
                    if n not in pairs_taken
                    and d.date.iso() == event["date"]
                    and (same_actor(d.principal, ids, event["actors"][0])
                         or (state_level and same_state(d.principal, ids, index)))
                    and (d.type == event["type"] or not typed)
                ),
                None,
            )
            if match is not None:
                pairs[number] = match
    return pairs


def gold_ids(name: str, index: NameIndex) -> set[str]:
    """The registry ids a gold actor's name resolves to (by name, alias, metonym or descriptor)."""
    return index.ids_for(name)


def same_actor(principal: ActorRef, ids: set[str], name: str) -> bool:
    """Whether a draft's principal is the gold actor: one of its ids, or a proposed name that is its."""
    if isinstance(principal, Proposed):
        return same_name(principal.name, name)
    return principal in ids


_HONORIFIC = re.compile(r"^(?:the|mr|mrs|ms|dr|president|prime minister|minister|gen(?:eral)?)\.?\s+", re.I)
#: British spellings → American ones, word by word: "Defence Ministry" is "Defense Ministry".
_SPELLING = {
    "defence": "defense", "offence": "offense", "centre": "center", "armoured": "armored",
    "organisation": "organization", "programme": "program", "labour": "labor", "honour": "honor",
    "harbour": "harbor", "neighbouring": "neighboring",
}


def normalized(name: str) -> str:
    """A name without case, accents, punctuation, a leading article or title, in one spelling
    (British and American spellings of a word fold to one: defence/defense, centre/center)."""
    plain = unicodedata.normalize("NFKD", name.replace("’", "'"))
    plain = "".join(c for c in plain if not unicodedata.combining(c)).casefold()
    plain = re.sub(r"'s\b", "", plain)
    plain = " ".join(re.sub(r"[^\w\s]", " ", plain).split())
    while _HONORIFIC.match(plain):
        plain = _HONORIFIC.sub("", plain, count=1)
    return " ".join(_SPELLING.get(word, word) for word in plain.split())


def same_name(proposed: str, gold: str) -> bool:
    """A proposed (not yet registered) actor matches a gold name written the same way once
    normalized, or, for a person, by surname ('Bunjaku' for 'Afrim Bunjaku', or the other
    way round): the reviewer confirms the new entry, the benchmark only checks it is the one."""
    a, b = normalized(proposed), normalized(gold)
    if not a or not b:
        return False
    if a == b or _military(proposed) is not None and _military(proposed) == _military(gold):
        return True
    if _of_state(proposed) and _of_state(proposed) == _of_state(gold):  # "Chinese"/"China Coast Guard"
        return True
    short, long_ = sorted((a.split(), b.split()), key=len)
    return len(short) == 1 and len(long_) in (2, 3) and short[0] == long_[-1] and short[0][:1].isalpha()


#: What a state's armed forces are called after its name or demonym ('Pakistani military', 'Cambodian
#: forces', 'Thai armed forces'): one body under three names (institutions.py proposes all three).
_MILITARY = re.compile(r"(?P<state>\S+?)(?:['’]s)? (?:armed forces|forces|military)", re.I)


def _military(name: str) -> str | None:
    """The state whose armed forces a name is, by one of their three common names, else None (a named
    force, 'Syrian Democratic Forces', or a branch, 'Royal Thai Army', is no state's military as a whole)."""
    found = _MILITARY.fullmatch(name.strip().removeprefix("the ").removeprefix("The "))
    return institutions.DEMONYMS.get(found.group("state")) if found is not None else None


def _of_state(name: str) -> str:
    """A body named after its state, the state's code and the rest of the name ('China Coast Guard' and
    'Chinese coast guard', 'UAE foreign ministry' and 'Emirati foreign ministry'), '' for any other name:
    a state's name and its demonym before a body's noun name one state."""
    words = name.replace("’", "'").split()
    words = words[1:] if words[:1] in (["the"], ["The"]) else words
    for size in (2, 1):
        code = institutions.DEMONYMS.get(" ".join(words[:size]).removesuffix("'s"))
        if code is not None and len(words) > size:
            return f"{code} {normalized(' '.join(words[size:]))}"
    return ""

