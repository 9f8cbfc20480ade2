"""The one rule that turns a title or a name into an id: `chronicle new`, `new-actor`,
`new-place` and `chronicle ingest` all call it, so one title gives one id whichever wrote it.

An id is the text's first significant words, folded to ASCII and joined by hyphens:
"U.S. tells Azerbaijan to pull back its troops" → `us-tells-azerbaijan-pull-back-troops`.
Page names of outlets (`page_slug`) fold text the same way but keep every word, since a
page's address must not change when a word list does.
"""

from __future__ import annotations

import re
import unicodedata

#: Words left out of ids: they make ids long without telling events apart.
SMALL_WORDS = frozenset({
    "a", "an", "the", "and", "or", "of", "to", "in", "on", "at", "by", "for", "with", "from",
    "about", "over", "into", "that", "its", "his", "her", "their", "as", "is", "are", "was", "were",
    "be", "has", "have", "had",
})
#: How many significant words an event's id keeps after its date, and a registry entry's id.
EVENT_WORDS = 6
REGISTRY_WORDS = 6
#: "U.S." is "us", "Azerbaijan's" is "azerbaijans": an abbreviation's dots and an apostrophe
#: join letters, they do not split words.
_JOINERS = re.compile(r"['’]|(?<=\b[a-z])\.(?=[a-z]\b)")


def ascii_fold(text: str) -> str:
    """Lowercase ASCII with accents folded ("Türkiye" → "turkiye", not "t-rkiye")."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()


def words(text: str) -> list[str]:
    """The ASCII words of a text, abbreviations and apostrophes joined ("U.S." → "us")."""
    return re.findall(r"[a-z0-9]+", _JOINERS.sub("", ascii_fold(text)))


def slug(text: str, count: int = EVENT_WORDS) -> str:
    """The readable part of an id: the first `count` significant words joined by hyphens.

    A text of small words only keeps them ("To be or not" → `to-be-or-not`); a text with no
    Latin letter or digit gives "" (the caller says what to do then).
    """
    kept = [w for chunk in text.split() for w in _significant(chunk)] or words(text)
    return "-".join(kept[:count])


def _significant(chunk: str) -> list[str]:
    """One written word's words without the small ones, except in a hyphenated word, whose parts
    all belong to it: dropping "in" would make "Moon Jae-in" `moon-jae` and "sit-in" `sit`."""
    found = words(chunk)
    if len(found) > 1 and "-" in chunk:
        return found
    return [w for w in found if w not in SMALL_WORDS]


def event_id(date: str, title: str) -> str:
    """An event's id: its date as first known, then its title's significant words
    (`event` for a title without a Latin letter or digit, which `chronicle new` refuses)."""
    return f"{date}-{slug(title, EVENT_WORDS) or 'event'}"


def registry_id(name: str) -> str:
    """An actor's or a place's id from its name ("Defence Ministry" → `defence-ministry`)."""
    return slug(name, REGISTRY_WORDS)


#: The longest slug of a page name: file names stay far below the file system's 255 bytes.
MAX_PAGE_SLUG = 80


def page_slug(text: str, empty: str = "outlet") -> str:
    """A page's file name from a name (an outlet's): every ASCII word, hyphenated, at most 80
    characters; `empty` when the name has no Latin letter or digit."""
    slugged = re.sub(r"[^a-z0-9]+", "-", ascii_fold(text)).strip("-")
    return slugged[:MAX_PAGE_SLUG].rstrip("-") or empty
