"""Drafts → event entries: unique ids, file paths, canonical YAML, and writing them safely.

Writing happens only after every article of a run was read and extracted, and only to
paths that do not exist yet; if writing one file fails, the files this run already wrote
are removed again, so a run leaves either all its drafts or none.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from ..ids import registry_id
from ..newfiles import write_new_files
from ..schema import modeline
from ..yamlio import dump
from . import furniture
from .actors import ActorRef, NameIndex, Proposed
from .events import Claim, Draft
from .read import Article

MODELINE = modeline("event")


@dataclass(frozen=True)
class Entry:
    """One event entry ready to write: its id, its file (relative to the project) and data."""

    id: str
    path: str
    data: dict[str, Any]

    def text(self) -> str:
        """The file's text: the schema modeline, then canonical YAML."""
        return dump(self.data, MODELINE)


#: The verb a title gives each type of act when its clause gave no headline.
_VERBS = {
    "statement": "says", "demand": "demands", "condemnation": "condemns", "appeal": "urges",
    "accusation": "accuses", "support": "backs", "announcement": "announces", "denial": "denies",
    "threat": "threatens", "phone-call": "holds a phone call", "meeting": "holds a meeting",
    "negotiation": "holds talks", "agreement": "agrees", "aid": "sends aid", "sanction": "imposes a sanction",
    "military-movement": "moves troops", "incursion": "advances", "attack": "attacks",
    "casualties": "reports casualties", "displacement": "people flee",
}
#: Words after which a long title may end: a phrase closes before them.
_PHRASE_START = re.compile(r"\s+(?=(?:in|on|at|with|for|to|by|from|after|during|over|near|along|against|"
                           r"into|amid|following|as|and|while|when|who|which|that)\b)|,\s+")
MAX_TITLE = 110


def title_of(draft: Draft, registry: NameIndex | None = None) -> str:
    """The draft's title from its clause's parts (see headlines.py), within a title's length,
    ending where a phrase ends."""
    names = registry.names if registry else {}
    if draft.headline is None:
        return f"{short_name(draft.principal, names)} {_VERBS.get(draft.type, 'acts')}"
    return fit(draft.headline.title())


def fit(title: str, limit: int = MAX_TITLE) -> str:
    """A title within `limit` characters, cut only where a phrase ends."""
    title = " ".join(title.split())
    if len(title) <= limit:
        return title
    ends = [m.start() for m in _PHRASE_START.finditer(title) if 30 <= m.start() <= limit]
    return title[: ends[-1]].rstrip(" ,;:") if ends else title[:limit].rsplit(" ", 1)[0].rstrip(" ,;:")


def short_name(actor: ActorRef, names: dict[str, str]) -> str:
    """How a headline names an actor: a person by surname, a body by its registry name."""
    if isinstance(actor, Proposed):
        return actor.name
    name = names.get(actor, actor.replace("-", " ").title())
    if actor in names and "-" not in actor and " " in name and actor == registry_id(name.split()[-1]):
        return name.split()[-1]  # a person's id is their surname
    return name


def summary_of(draft: Draft, outlet: str, registry: NameIndex | None = None) -> str:
    """One or two plain sentences attributing the report, the date placed with the act:
    'According to X, Y did Z on <date>.' ('Y said Z did W on <date>' for one side's account)."""
    names = registry.names if registry else {}
    day = draft.date
    when = (
        f"on {day.first_day.day} {calendar.month_name[day.first_day.month]} {day.first_day.year}"
        if day.precision == "day"
        else f"in {calendar.month_name[day.first_day.month]} {day.first_day.year}"
        if day.precision == "month"
        else f"in {day.year}"
    )
    headline = draft.headline
    if headline is None:
        act = f"{short_name(draft.principal, names)} {_VERBS.get(draft.type, 'acted')}"
    elif not headline.subject:  # an act told as a noun: "the attack by X on Y"
        act = f"{headline.rest} {'was reached' if draft.type == 'agreement' else 'took place'}"
    else:
        act = headline.clause()
        if headline.teller and headline.teller != headline.subject:
            act = f"{headline.teller} said {act}"
    text = f"According to {outlet or 'the report'}, {act} {when}."
    deniers = [short_name(c["by"], names) for c in draft.claims if c["stance"] == "denies"]
    if deniers:
        text += f" {' and '.join(dict.fromkeys(deniers))} denied it."
    return text


#: A list item's or a live blog's bullet before the sentence ("- Russia urged restraint").
_MARKER = re.compile(r"^\s*[-–—•*]\s+")


def bare(sentence: str) -> str:
    """The sentence without a wire dateline ('MOSCOW (AP) — ') or a list bullet ('- '): the report's
    own words about the event, as a quote uses them."""
    return _MARKER.sub("", furniture.strip_dateline(sentence.strip())[1])


def quote_of(sentence: str) -> str:
    """The exact words of the sentence without its wire dateline or bullet, at most 300 characters:
    a longer one ends where its last sentence or clause within them ends, never mid-phrase when
    there is such an end in its second half."""
    text = bare(sentence)
    if len(text) <= 300:
        return text
    head = text[:300]
    for end in (r"[.!?][”’\"']?(?=\s)", r"[;,](?=\s)(?!\s+\w+(?:\s+\w+)?\s+(?:and|or)\s)"):  # not in a list
        ends = [m.end() for m in re.finditer(end, head) if m.end() >= 150]
        if ends:
            return head[: ends[-1]].rstrip(",;")
    return head.rsplit(" ", 1)[0]


def entry_data(
    draft: Draft, entry_id: str, article: Article, source_key: str, registry: NameIndex | None = None
) -> dict[str, Any]:
    """The event mapping in the field order of the data format (names as the registry gives them)."""
    meta = article.meta
    source: dict[str, Any] = {
        "key": source_key,
        "url": meta.url,
        "outlet": meta.outlet,
        "title": meta.title,
        "published": meta.published,
        "kind": "news",
    }
    if meta.author:
        source["author"] = meta.author
    source["quote"] = quote_of(draft.sentences[0].text)
    summary = summary_of(draft, meta.outlet, registry)
    data: dict[str, Any] = {
        "id": entry_id,
        "status": "draft",
        "date": draft.date.iso(),
        "date_note": draft.date_note,
        "title": title_of(draft, registry),
        "summary": summary,
        "type": draft.type,
        "actors": [_id(a) for a in draft.actors],
    }
    for name, values in (
        ("targets", draft.targets),
        ("mentions", draft.mentions),
        ("places", draft.places),
    ):
        values = [_id(v) for v in values if _id(v) not in data["actors"]]
        if values:
            data[name] = list(dict.fromkeys(values))
    data["sources"] = [source]
    if draft.claims:
        data["claims"] = [_claim(c, source_key) for c in draft.claims]
    return data


def _claim(claim: Claim, key: str) -> dict[str, str]:
    return {
        "by": _id(claim["by"]),
        "stance": claim["stance"],
        "text": claim["sentence"],
        "quote": quote_of(claim["sentence"]),
        "source": key,
    }


def _id(actor: ActorRef) -> str:
    """A registry id, or the id proposed for a name not yet in the registry."""
    return registry_id(actor.name) if isinstance(actor, Proposed) else actor


def unique_id(base: str, taken: set[str]) -> str:
    """Return `base`, or `base-2`, `base-3`… when an entry or a file already uses it."""
    candidate, number = base, 2
    while candidate in taken:
        candidate = f"{base}-{number}"
        number += 1
    taken.add(candidate)
    return candidate


class _File(Protocol):
    path: str

    def text(self) -> str: ...


def write_all(root: Path, entries: Sequence[_File]) -> None:
    """Write every entry (and proposed actor) to a new file; on any failure remove what this run
    wrote, then re-raise."""
    write_new_files((root / entry.path, entry.text()) for entry in entries)
