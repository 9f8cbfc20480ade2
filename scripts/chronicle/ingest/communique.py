"""A communiqué's list of acts: the body named in the header is the doer of every item.

Councils, summits and ministries publish their decisions as one header naming the body, then a list
of what it does, each item opened by its verb with no subject of its own ("The Peace and Security
Council, at its 1200th meeting held on 4 June 2024: 1. Condemns the attack …; 2. Calls on the
parties …; 3. Decides to suspend …"). Read alone, an item has no doer and makes no draft. Before the
sentences are parsed, each such item is read with the header's body as its subject, as English
readers do ("The Council condemns the attack …"). The header still dates the items (a list header).
"""

from __future__ import annotations

import re

from . import verbs

#: Head nouns of a body that speaks in a communiqué's header.
_BODIES = {"council", "ministry", "government", "assembly", "office", "committee", "commission", "union",
           "presidency", "department", "secretariat", "summit", "conference", "cabinet", "parliament",
           "leaders", "ministers", "heads", "members", "board", "authority", "league", "organization",
           "organisation", "community"}
#: Small words a body's name may hold in lower case ("The Ministry of Foreign Affairs of X").
_SMALL = {"of", "the", "and", "for", "on", "in", "de", "&"}
#: Verbs a communiqué's items open with that the event classes do not hold (what the body does).
_OPERATIVE = {"decide", "note", "welcome", "request", "urge", "stress", "emphasize", "emphasise", "underline",
              "reaffirm", "reiterate", "express", "affirm", "encourage", "invite", "commend", "deplore",
              "regret", "take", "direct", "instruct", "endorse", "approve", "adopt"}
#: An item's numbering or label on its own: "1.", "(a)", "iii)".
_LABEL = re.compile(r"^(?:\(?\d{1,2}[.)]|\(?[a-z]{1,3}\))$")
#: An item's verb: a word in the third person singular ("Condemns", "expresses", "decries"), after
#: an adverb or two ("strongly condemns", "Further urges").
_WORD = re.compile(r"^(?:[A-Za-z]+ly\s+|[Ff]urther\s+|[Aa]lso\s+)*([A-Za-z]+)\b")


def with_doer(prepared: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The sentences to parse, with each item of a communiqué's list of acts given the header's body as
    its subject ('Condemns the attack' → 'The Council condemns the attack')."""
    out: list[tuple[str, str]] = []
    body: str | None = None
    for dateline, text in prepared:
        item = (text or dateline).lstrip("-•* ")  # an item ending in ';' alone on its line: read as furniture
        if body is not None and _LABEL.match(item.strip()):
            out.append((dateline, text))
            continue
        if body is not None and _opens_with_verb(item):
            out.append(("" if not text else dateline, f"{body} {item[0].lower()}{item[1:]}"))
            continue
        line = text or dateline  # (a header alone on its line is read as furniture)
        body = _header_body(line) if line.rstrip().endswith(":") else None
        out.append((dateline, text))
    return out


#: A list item's opening: a dash or bullet, a number or a letter ("- Zambia …", "1. Condemns …", "(a) …").
_ITEM = re.compile(r"^\s*(?:[-•*–]\s|\(?\d{1,2}[.)](?:\s|$)|\(?[a-z]{1,3}\)(?:\s|$))")


def is_item(text: str) -> bool:
    """Whether a sentence opens a list's item (its dash, bullet, number or letter)."""
    return bool(_ITEM.match(text))


def _header_body(text: str) -> str | None:
    """The body a communiqué's header names before its first comma or colon ('The Peace and Security
    Council of the African Union, at its 1200th meeting …:'), when it is a body's name in title case."""
    name = re.split(r"[,:]", text, maxsplit=1)[0].strip()
    words = name.split()
    if not 2 <= len(words) <= 14 or not words[0][:1].isupper():
        return None
    if any(not w[:1].isupper() and w.lower() not in _SMALL for w in words):
        return None  # "Key events from yesterday": not a name
    if not any(w.lower() in _BODIES for w in words):
        return None
    return name


def _opens_with_verb(text: str) -> bool:
    """Whether an item opens with a verb in the third person singular: 'Condemns …', 'expresses …'."""
    match = _WORD.match(text.strip())
    if match is None:
        return False
    word = match.group(1).lower()
    if not word.endswith("s") or word.endswith("ss"):
        return False
    stems = {word[:-1], word[:-2], word[:-3] + "y"} if word.endswith("ies") else {word[:-1], word[:-2]}
    table = verbs.classes()
    known = set(table.verbs) | table.speech | table.light | {verb for verb, _ in table.phrases} | _OPERATIVE
    return bool(stems & known)
