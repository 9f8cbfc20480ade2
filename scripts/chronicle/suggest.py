"""The closest registry entry to an unknown name, ranked by every spelling and by words.

`azerbaijan-army` is not an id; comparing it with ids alone suggests `azerbaijan-mfa`
(the strings share more letters). Compared word by word with every spelling of every
entry ("Azerbaijani armed forces"), it is closest to `azerbaijan-armed-forces`, which
is what the contributor meant. Used by the validator and by the commands that take names.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable, Mapping

#: Below this score nothing is suggested: a guess that far off misleads more than it helps.
CUTOFF = 0.6


def words(text: str) -> list[str]:
    """Lowercase ASCII words of a name or an id ("Azerbaijan's Army" → azerbaijan, s, army)."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    return re.findall(r"[a-z0-9]+", plain)


def _ratio(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def score(query: str, spelling: str) -> float:
    """How well a spelling matches what was typed: each typed word's best match, averaged.

    Ties are decided by the whole strings' similarity ("macron" is closer to the id
    `macron` than to "Macron's office").
    """
    typed, known = words(query), words(spelling)
    if not typed or not known:
        return 0.0
    by_word = sum(max(_ratio(t, k) for k in known) for t in typed) / len(typed)
    return by_word + _ratio("-".join(typed), "-".join(known)) / 100


def best_match(query: str, candidates: Mapping[str, Iterable[str]]) -> str | None:
    """Return the id whose spellings (the id, its name, aliases…) best match the query."""
    best, best_score = None, CUTOFF
    for entry_id, spellings in sorted(candidates.items()):
        for spelling in (entry_id, *spellings):
            found = score(query, spelling)
            if found > best_score:
                best, best_score = entry_id, found
    return best
