"""Who holds a title the report writes before a name: 'the district commander, General Alexander
Dvornikov', 'The Director General of the agency (IAEA), Rafael Grossi', 'the secretary of X's Security
Council, Ivan Petrov'.

News English names an office first and its holder after it, in apposition; the parser hangs the name
on the title or on the last noun of the title's phrase. subjects.py asks here for the holder's words
and reads the person from them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import names

if TYPE_CHECKING:
    from spacy.tokens import Token


def holder(title: Token) -> Token | None:
    """The name in apposition to a title ('the district commander, General Alexander Dvornikov'): a
    person's name before any other, never an acronym in brackets ('The Director General of the
    International Atomic Energy Agency (IAEA), Rafael Grossi, …': the acronym is the agency's)."""
    doc = title.doc
    named = [c for c in title.children if c.dep_ == "appos" and not (c.i > 0 and doc[c.i - 1].text == "(")]
    person = next((c for c in named if c.ent_type_ == "PERSON" or len(names.name_tokens(c)) >= 2), None)
    return person or (named[0] if named else None)


#: Prepositions after a title that name what the office is of ("envoy for Sudan", "ambassador to X").
_OFFICE_PREPS = {"of", "for", "to", "in", "at"}


def named_after_of(title: Token) -> Token | None:
    """'The secretary of X's Security Council, Ivan Petrov, …', 'the UN envoy for Sudan, Jane Doe, …':
    the parser hangs the name in apposition on the last noun of the title's phrase; a person's name
    there (an entity so labelled, or a first and last name) is the title holder's."""
    for prep in (c for c in title.children if c.dep_ == "prep" and c.lower_ in _OFFICE_PREPS):
        for obj in (o for o in prep.children if o.dep_ == "pobj"):
            name = next((a for a in obj.children if a.dep_ == "appos" and (
                a.ent_type_ == "PERSON" or a.pos_ == "PROPN" and len(names.name_tokens(a)) >= 2)), None)
            if name is not None:
                return name
    return None
