"""Cleaned text → paragraphs of sentences, with the abbreviations news copy is full of.

A naive split on ". " breaks "U.S. State Department", "Sept. 13" and "Gen. Dvornikov"
into fragments with no verb or no date; each fragment then loses the event or the date
it carries. Splitting is rule-based so that it is fast and predictable.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .furniture import pieces

_ABBREVIATIONS = (
    "u.s",
    "u.k",
    "u.n",
    "e.u",
    "mr",
    "mrs",
    "ms",
    "dr",
    "gen",
    "lt",
    "col",
    "maj",
    "capt",
    "sgt",
    "st",
    "no",
    "vs",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "a.m",
    "p.m",
    "inc",
    "co",
    "corp",
    "ltd",
    "jr",
    "sr",
    "prof",
    "rep",
    "sen",
    "gov",
    "pres",
    "approx",
)
_BOUNDARY = re.compile(r"(?<=[.!?])([\"”’']?)\s+(?=[\"“‘'(]?[A-Z0-9])")
_LAST_WORD = re.compile(r"([\w.]+)\.[\"”’']?$")


@dataclass(frozen=True)
class Sentence:
    """One sentence, where it stands (paragraph and position) and its text."""

    paragraph: int
    index: int
    text: str


def split(text: str) -> list[Sentence]:
    """Split cleaned text into sentences, numbering paragraphs (blank-line separated).

    Headlines, bylines and captions that run into a paragraph are cut off first
    (furniture.pieces), so that each becomes a sentence of its own that extraction skips.
    """
    out: list[Sentence] = []
    paragraphs = [p for p in re.split(r"\n\s*\n|\n(?=\S)", text) if p.strip()]
    for number, paragraph in enumerate(paragraphs):
        for piece in pieces(" ".join(paragraph.split())):
            for sentence in split_sentences(piece):
                out.append(Sentence(number, len(out), sentence))
    return out


def split_sentences(paragraph: str) -> list[str]:
    """Split one paragraph at sentence ends, not after abbreviations or initials."""
    pieces: list[str] = []
    start = 0
    for match in _BOUNDARY.finditer(paragraph):
        end = match.start() + len(match.group(1))
        candidate = paragraph[start:end]
        if _ends_with_abbreviation(candidate) or _inside_quote(candidate):
            continue
        pieces.append(candidate.strip())
        start = match.end()
    rest = paragraph[start:].strip()
    if rest:
        pieces.append(rest)
    return [p for p in pieces if p]


def _inside_quote(candidate: str) -> bool:
    """A full stop inside a quotation ("…territory. They must…,” he wrote) ends no sentence."""
    return candidate.count("“") > candidate.count("”")


def _ends_with_abbreviation(candidate: str) -> bool:
    match = _LAST_WORD.search(candidate.rstrip())
    if not match:
        return False
    word = match.group(1).lower()
    return (
        word in _ABBREVIATIONS
        or (len(word) == 1 and word.isalpha())
        or bool(re.fullmatch(r"(\w\.)+\w", word))
    )
