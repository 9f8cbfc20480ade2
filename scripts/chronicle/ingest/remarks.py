"""Whose words 'I' and 'we' are in a text that is one person's own words: a speech, press remarks
or a transcript ('Press remarks by President X following …'; 'SECRETARY Y: Good afternoon. I just
met …'). A report tells what others said inside quotation marks; remarks and transcripts print the
speaker's words bare, so there 'I hosted …' outside quotation marks is the speaker's act. A
transcript's label names who speaks until the next label ('QUESTION:' is a journalist: no one's act).
"""

from __future__ import annotations

import re

from .actors import TITLE_WORDS, ActorRef, NameIndex, Proposed

#: A title that says the text is one person's own words, and whose they are: 'Remarks by President X
#: at …', 'Statement by Prime Minister Y on …', 'Speech by Z', 'Opening remarks by …'.
_TITLE = re.compile(
    r"^(?i:(?:press|opening|closing|joint|keynote|introductory|welcoming)\s+)?"
    r"(?i:remarks|statement|speech|address|intervention|op-ed)\s+(?i:by)\s+"
    r"(?P<who>(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w'’-]+)\b")
#: A transcript's label at the start of a turn: 'SECRETARY BLINKEN:', 'MR. PRICE:' (capitals only).
_LABEL = re.compile(r"^(?P<who>(?:[A-Z][A-Z.'’-]*\s+){0,3}[A-Z][A-Z'’-]+):\s")
#: Labels of a turn that is no named person's ('QUESTION:', 'MODERATOR:').
_NOBODY = {"question", "q", "moderator", "operator", "participant", "audience", "reporter", "journalist",
           "interpreter", "staff", "answer", "a"}
#: Words of courtesy before a surname ('Mr. Price').
_COURTESY = {"mr", "mrs", "ms", "dr", "sir", "madam", "prime", "foreign", "deputy", "vice", "state", "of",
             "high"}


def from_title(title: str, actors: NameIndex) -> ActorRef | None:
    """The person whose own words a text is, by its title ('Press remarks by President Michel following
    the trilateral meeting' → Michel), or None (a body's statement: 'Statement by the Ministry …')."""
    match = _TITLE.match(title.strip())
    return _person(match.group("who"), actors) if match else None


def label(text: str) -> str | None:
    """The words of a transcript's speaker label that opens a sentence ('SECRETARY BLINKEN: Good
    afternoon' → 'Secretary Blinken'), or None."""
    match = _LABEL.match(text)
    return match.group("who").title() if match else None


def speaker(words: str, actors: NameIndex) -> ActorRef | None:
    """The person a label names with a title ('SECRETARY BLINKEN', 'MR. PRICE'), or None for a turn
    that is no named person's ('QUESTION') and for a dateline ('KYIV:', 'NEW DELHI:')."""
    titled = any(w.casefold().strip(".") in TITLE_WORDS | _COURTESY for w in words.split())
    if words.casefold().strip(" .") in _NOBODY or not titled:
        return None
    return _person(words, actors)


def _person(words: str, actors: NameIndex) -> ActorRef | None:
    """A person named with a title ('President Michel', 'Secretary Blinken'): the registry's, else
    proposed by name with that title as role; None when no name is left once the title is taken."""
    parts = words.split()
    title = [w for w in parts if w.casefold().strip(".") in TITLE_WORDS | _COURTESY]
    name = [w for w in parts if w not in title]
    if not name or any(w[:1].islower() for w in name) or name[0].casefold() == "the":
        return None
    full = " ".join(name)
    found = [m.id for m in actors.find(full) if actors.kinds.get(str(m.id)) == "person"]
    if found:
        return found[0]
    return Proposed(full, role=" ".join(title), person=True)
