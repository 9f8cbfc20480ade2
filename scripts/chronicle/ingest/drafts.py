"""Drafts → event entries: unique ids, file paths, canonical YAML, and writing them safely.

Writing happens only after every article of a run was read and extracted, and only to
paths that do not exist yet; if writing one file fails, the files this run already wrote
are removed again, so a run leaves either all its drafts or none.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from ..yamlio import dump
from . import cues as cue_words
from .actors import NameIndex
from .events import Draft
from .read import Article
from .titles import bare, headline, shorten, verb_index, without_time

MODELINE = "# yaml-language-server: $schema=../../../scripts/chronicle/schema/event.schema.json"
_STOPWORDS = {
    "the",
    "a",
    "an",
    "of",
    "to",
    "on",
    "in",
    "and",
    "for",
    "with",
    "that",
    "its",
    "his",
    "her",
    "their",
    "was",
    "were",
    "has",
    "have",
    "had",
    "is",
    "are",
    "be",
    "by",
    "at",
    "as",
    "from",
}


@dataclass(frozen=True)
class Entry:
    """One event entry ready to write: its id, its file (relative to the project) and data."""

    id: str
    path: str
    data: dict[str, Any]

    def text(self) -> str:
        """The file's text: the schema modeline, then canonical YAML."""
        return dump(self.data, MODELINE)


def slug(text: str, words: int = 6) -> str:
    """Make the readable part of an id: the first significant words of the title."""
    # accents folded ("Türkiye" → "turkiye"), not dropped with their letter ("t-rkiye")
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    tokens = re.findall(r"[a-z0-9]+", ascii_text.lower().replace("’", "").replace("'", ""))
    kept = [t for t in tokens if t not in _STOPWORDS][:words]
    return "-".join(kept) or "event"


#: What a title of each joint type must say; when the sentence's own verb is another act (the call is
#: an adjunct: "Macron tweeted after a phone call with Pashinyan"), the title names the parties.
_JOINT_TITLES = {
    "phone-call": (
        r"phone|telephon|spoke|speak|\bcall(?:s|ed)?\s+(?!on\b|for\b)", "{a} and {b} speak by phone"
    ),
    "meeting": (r"\bmeet|\bmet\b|meeting|visit", "{a} meets {b}"),
    "negotiation": (r"talks|negotiat", "{a} and {b} hold talks"),
}


#: The verb a headline gives each act of speech ("Macron demands: …", id "macron-demands-…").
_SPEECH_VERBS = {
    "statement": "says", "demand": "demands", "condemnation": "condemns", "appeal": "urges",
    "accusation": "accuses", "support": "backs", "announcement": "announces", "denial": "denies",
    "threat": "threatens",
}
_QUOTE_START = re.compile(r"^\s*[“\"‘]")


def title_of(draft: Draft, registry: NameIndex | None = None) -> str:
    """A headline-style one-line title from the event's sentence (see titles.py). A sentence that
    opens with the quotation is titled with who said it, in the quotation's own words: 'Macron: the
    offensive must stop …'; a pronoun subject is the principal's name ('They advanced' → 'Armed
    Forces of Azerbaijan advance')."""
    if draft.phrase:  # "… following the Sept. 13 attack by Azerbaijan on …": that attack, not the news
        phrase = without_time(draft.phrase)
        if draft.clause:  # "what [Trudeau described as credible allegations …]"
            return _surname_first(headline(phrase), draft, registry)
        return shorten(phrase[:1].upper() + phrase[1:])
    first = _act_clause(draft) or draft.sentences[0].text
    reported = any(c["stance"] == "asserts" and c["sentence"] == first for c in draft.claims)
    reported = reported or _named_only_after_saying(first, draft, registry)
    who = short_name(draft.principal, registry.names if registry else {})
    quoted = bool(_QUOTE_START.match(first))
    title = headline(first, reported, present=not quoted, subject=who)
    if draft.type in _SPEECH_VERBS and (
        quoted or not (_names(title, draft, registry) or _says_itself(title, draft.type))
    ):
        # 'Peskov: Pashinyan did not ask Putin for assistance': the title says whose words they are
        return shorten(f"{who}: {_lowered(title)}", quoted=quoted)
    pattern, template = _JOINT_TITLES.get(draft.type, ("", ""))
    if draft.type == "phone-call":  # "X says so in a phone conversation with Y": the call is the act
        title = re.sub(r"\bsays so (?:in|during) an? (?:phone|telephone) (?:conversation|call)\b",
                       "speaks by phone", title)
    if template and len(draft.actors) > 1 and not re.search(pattern, title, re.I):
        names, kinds = (registry.names, registry.kinds) if registry else ({}, {})
        people = [a for a in draft.actors[1:] if kinds.get(a) == "person"]
        partner = people[0] if people and kinds.get(draft.principal) == "person" else draft.actors[1]
        return template.format(a=short_name(draft.principal, names), b=short_name(partner, names))
    return shorten(_surname_first(title, draft, registry), quoted=quoted)


def _surname_first(title: str, draft: Draft, registry: NameIndex | None) -> str:
    """'Emmanuel Macron demands …' → 'Macron demands …': a headline names a person by surname, spelled
    as the report spells it ('Nikol Pashinian' → 'Pashinian')."""
    if registry is None or registry.kinds.get(draft.principal) != "person":
        return title
    opening = next((m for m in registry.find(title) if m.start == 0 and m.id == draft.principal), None)
    words = opening.surface.split() if opening else []
    if len(words) < 2 or not words[-1][:1].isupper():
        return title
    return words[-1] + title[opening.end :]  # the report's own spelling: "Pashinian accuses …"


#: The verbs with which a title of each act of speech says who spoke ('Pristina accuses Belgrade …').
_SPEECH_FAMILIES = {
    "statement": "say|warn|declar|stat|insist|claim|stress", "demand": "demand|urg|call",
    "condemnation": "condemn|denounc", "appeal": "urg|appeal|call|ask", "accusation": "accus|blam",
    "support": "back|support", "announcement": "announc|declar|say", "denial": "deny|deni|reject|dismiss",
    "threat": "threaten|warn",
}


def _says_itself(title: str, kind: str) -> bool:
    """Whether the title's own verb is the act of speech (its subject is then who spoke)."""
    number = verb_index(title)
    verb = title.split(" ")[number].lower() if number is not None else ""
    return bool(re.fullmatch(rf"(?:{_SPEECH_FAMILIES.get(kind, 'say')})(?:e|es|s|ed|d)?|said", verb))


def _names(text: str, draft: Draft, registry: NameIndex | None) -> bool:
    """Whether a text names the draft's principal actor (by any spelling the registry knows)."""
    if draft.principal.startswith("?"):  # "Tajik border officials" for a proposed "Tajik border service"
        name = draft.principal[1:].split()
        words = [w for w in name if w[:1].isupper()] or name[-1:]
        return any(re.search(rf"\b{re.escape(w)}\b", text) for w in words)
    if registry is None:
        return True
    return any(m.id == draft.principal for m in registry.find(text))


_FUNCTION_WORD = re.compile(
    r"^(?:The|A|An|It|Its|This|That|These|Those|There|They|He|She|Some|Several|Both|All|Many|Most|Each|"
    r"Every|No|His|Her|Their|Our|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Dozens|Hundreds|"
    r"Thousands)\b"
)


def _lowered(text: str) -> str:
    """A clause after 'Who: ' or 'Who said ': its first word in lower case unless it is a name."""
    return text[:1].lower() + text[1:] if _FUNCTION_WORD.match(text) else text


def short_name(actor: str, names: dict[str, str]) -> str:
    """How a headline names an actor: a person by surname, a body by its registry name."""
    if actor.startswith("?"):
        return actor[1:]
    name = names.get(actor, actor.replace("-", " ").title())
    if actor in names and "-" not in actor and " " in name and actor == slug(name.split()[-1]):
        return name.split()[-1]  # a person's id is their surname
    return name


def id_words(title: str, draft: Draft, registry: NameIndex | None = None) -> str:
    """The readable part of an id: who (a person's surname, else the title's subject), the verb
    and its object ('macron-demands-azerbaijan-withdraw-troops'), not the title's first words."""
    names, kinds = (registry.names, registry.kinds) if registry else ({}, {})
    person = kinds.get(draft.principal) == "person" or draft.principal.startswith("?")
    if ":" in title[:40]:  # "Macron: the offensive must stop …"
        who, content = title.split(":", 1)
        verb = _SPEECH_VERBS.get(draft.type, "says")
        return f"{slug(who, 2)}-{verb}-{slug(content, 3)}"
    words = title.split(" ")
    number = verb_index(title)
    if number is None:
        return slug(title)
    subject = " ".join(words[:number])
    joint = " and " in subject  # "Macron and Pashinyan speak by phone": both names
    name = short_name(draft.principal, names)
    # the principal's name when the subject names them ('Kyrgyz border service says … Tajik forces'
    # is not by the Tajik forces)
    named = name.split()[-1].lower() in subject.lower()
    who = slug(name, 2) if person and not joint and named else slug(subject, 3)
    rest = [w for w in words[number:] if not re.fullmatch(r"\w+ly|that|also|has|have", w.lower())]
    return f"{who}-{slug(' '.join(rest), 4)}"


def _named_only_after_saying(sentence: str, draft: Draft, registry: NameIndex | None) -> bool:
    """'The press service of X reported that Pashinyan had sent letters…': the actor is named only in
    what was reported, so the title is that content, not the report of it."""
    saying = _REPORTED_THAT.search(sentence)
    if saying is None or registry is None or draft.principal.startswith("?"):
        return False
    found = [m.start for m in registry.find(sentence) if m.id == draft.principal]
    return bool(found) and min(found) > saying.start()


_REPORTED_THAT = re.compile(r"\b(?:said|says|reported|reports|stated|told \w+)\s+that\b")
_SAID = re.compile(r"\b(?:said|says|reported|reports|told|stated)\b")


def _act_clause(draft: Draft) -> str | None:
    """'"Talks go on," Avinian told reporters in Syunik, where Azerbaijani troops advanced …': an act
    (not a saying) told in a 'where' or 'when' clause of a sentence that opens with a quotation is
    titled from that clause, not from the quotation."""
    first = draft.sentences[0].text
    if draft.type in _SPEECH_VERBS:
        return None
    clause = re.search(r"\b(?:where|when)\s+(?P<clause>[A-Za-z][^;]*)$", first)
    if clause is None or not (_QUOTE_START.match(first) or _SAID.search(first[: clause.start()])):
        return None
    words = clause.group("clause")
    if not any(c.type == draft.type for c in cue_words.find(words)):
        return None  # the clause tells something else: the sentence's own words stay the title
    return words[:1].upper() + words[1:]


def summary_of(draft: Draft, outlet: str, registry: NameIndex | None = None) -> str:
    """One or two plain sentences attributing the report: 'According to X, Y did Z on <date>.'"""
    first = _act_clause(draft) or draft.sentences[0].text
    reported = any(c["stance"] == "asserts" and c["sentence"] == first for c in draft.claims)
    names = registry.names if registry else {}
    clause = headline(first, reported, present=False, subject=short_name(draft.principal, names))
    day = draft.date
    when = (
        f" on {day.first_day.day} {calendar.month_name[day.first_day.month]} {day.first_day.year}"
        if day.precision == "day"
        else f" in {calendar.month_name[day.first_day.month]} {day.first_day.year}"
        if day.precision == "month"
        else ""
    )
    if draft.phrase and draft.clause:
        clause = headline(draft.phrase, present=False)
    elif draft.phrase:
        phrase = without_time(draft.phrase)
        happened = "was reached" if draft.type == "agreement" else "took place"
        owned = re.match(r"[A-Z][\w-]*['’]s\s", phrase)  # "Azerbaijan's takeover", else "the attack by …"
        clause = f"{phrase} {happened}" if owned else f"the {phrase} {happened}"
    elif _QUOTE_START.match(first):
        clause, when = f"{short_name(draft.principal, names)} said{when}: “{clause}”", ""
    elif draft.type in _SPEECH_VERBS and not (
        _names(clause, draft, registry) or _says_itself(clause, draft.type)
    ):
        clause = f"{short_name(draft.principal, names)} said {_lowered(clause)}"
    else:
        clause = _lowered(clause)
    text = f"According to {outlet or 'the report'}, {clause}{when}."
    deniers = [short_name(c["by"], names) for c in draft.claims if c["stance"] == "denies"]
    if deniers:
        text += f" {' and '.join(dict.fromkeys(deniers))} denied it."
    return text


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


def _claim(claim: dict[str, str], key: str) -> dict[str, str]:
    return {
        "by": claim["by"],
        "stance": claim["stance"],
        "text": claim["sentence"],
        "quote": quote_of(claim["sentence"]),
        "source": key,
    }


def _id(actor: str) -> str:
    """A registry id, or the id proposed for a name not yet in the registry."""
    return slug(actor[1:], 4) if actor.startswith("?") else actor


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
    written: list[Path] = []
    try:
        for entry in entries:
            path = root / entry.path
            path.parent.mkdir(parents=True, exist_ok=True)
            with path.open("x", encoding="utf-8") as handle:  # "x": never overwrite
                written.append(path)
                handle.write(entry.text())
    except BaseException:
        for path in written:
            path.unlink(missing_ok=True)
        raise
