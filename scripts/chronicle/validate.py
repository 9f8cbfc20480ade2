"""Every rule a chronology must follow, each a small function; all of them always run.

Rules yield `Problem`s instead of raising so that one run reports every problem in every
file. File-level rules (schema, ids, dates, sources) look at one document; cross-file
rules (unique ids, registry references, duplicates) look at all of them.
"""

from __future__ import annotations

import difflib
import json
import os
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import cache
from pathlib import PurePosixPath
from typing import Any
from urllib.parse import urlsplit

import jsonschema
import jsonschema_rs
from rapidfuzz.distance import Indel

from .articles import ArticleIndex, check_claim_words, check_source_articles
from .countries import country_problem
from .dates import DateError, PartialDate
from .errors import Problem
from .load import RawChronology, yaml_files
from .parallel import map_in_order
from .safety import check_document as check_safety
from .safety import name_key
from .schema import schema
from .suggest import best_match
from .yamlio import DataPath, Document, field_name

#: Titles at least this similar (difflib ratio) on the same day and principal actor are
#: reported as possible duplicates.
DUPLICATE_TITLE_RATIO = 0.8


@cache
def _validator(name: str) -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(schema(name))


@cache
def _quick_validator(name: str) -> jsonschema_rs.Draft202012Validator:
    """The same schema compiled by jsonschema-rs (Rust): it only says whether a file is valid,
    ten times faster; jsonschema then explains the files that are not."""
    return jsonschema_rs.Draft202012Validator(schema(name))


def _valid(data: Any, kind: str) -> bool:
    try:
        return bool(_quick_validator(kind).is_valid(data))
    except (ValueError, TypeError):  # a value JSON cannot hold: let jsonschema say what it is
        return False


def today() -> date:
    """The day the check runs: the latest calendar day anywhere on Earth (UTC+14).

    An event of today in Yerevan or Auckland is not "after today" for a check running in
    UTC. CHRONICLE_TODAY=YYYY-MM-DD sets the day (tests, or re-checking as of a past day).
    """
    given = os.environ.get("CHRONICLE_TODAY", "")
    if given:
        return date.fromisoformat(given)
    return (datetime.now(UTC) + timedelta(hours=14)).date()


def validate(raw: RawChronology, on: date | None = None) -> list[Problem]:
    """Run every rule on a chronology read from disk; return problems sorted by place.

    `on` is the day the check runs (default: `today()`): nothing may be dated after it.
    The rules come in three parts, so that `chronicle serve` can re-run only what an edit
    touches: the registries (`Registries.check`), each event file on its own against them
    (`event_problems`), and the rules across event files (`across_events`).
    """
    registries = Registries.check(raw, on or today())
    problems = [*registries.problems]
    events = []
    checked = map_in_order(lambda doc: event_problems(doc, registries), raw.events)  # each file alone
    for doc, (found, sound) in zip(raw.events, checked, strict=True):
        problems.extend(found)
        if sound:
            events.append(doc)
    problems.extend(across_events(events, raw))
    return sorted(set(problems), key=lambda p: (p.path, p.line, p.column, p.message))


@dataclass(frozen=True)
class Registries:
    """What every event file is checked against: the registries' ids and spellings, the
    stored articles and the day of the check; and the problems of the registries themselves."""

    actor_ids: set[str]
    place_ids: set[str]
    tag_ids: set[str]
    names: dict[str, dict[str, list[str]]]
    articles: ArticleIndex
    on: date
    problems: tuple[Problem, ...]

    @classmethod
    def check(cls, raw: RawChronology, on: date) -> Registries:
        """Check the registries, the stored articles and the files not read."""
        problems: list[Problem] = [*raw.articles.problems(), *raw.unread]
        kinds = (("actor", raw.actors), ("place", raw.places), ("tag", raw.tags))
        for kind, docs in kinds:
            for doc in docs:
                problems.extend(doc.problems)
                problems.extend(check_safety(doc, kind))
        actors = _checked(raw.actors, "actor", problems)
        places = _checked(raw.places, "place", problems)
        tags = _checked(raw.tags, "tag", problems)
        actor_ids, place_ids = _declared_ids(raw.actors), _declared_ids(raw.places)
        problems.extend(check_registry(actors, "actor"))
        problems.extend(check_registry(places, "place"))
        problems.extend(check_countries([*actors, *places]))
        problems.extend(check_actor_links(actors, actor_ids))
        problems.extend(check_place_links(places, place_ids))
        problems.extend(check_tag_registry(tags))
        names = {"actor": _spellings(raw.actors), "place": _spellings(raw.places),
                 "tag": _spellings(raw.tags)}
        return cls(actor_ids, place_ids, _declared_ids(raw.tags), names, raw.articles, on, tuple(problems))


def event_problems(doc: Document, registries: Registries) -> tuple[list[Problem], bool]:
    """Run every rule that needs only this event file and the registries.

    Returns its problems and whether its structure is sound enough for the rules across
    files (ids, duplicates, links between events).
    """
    problems = [*doc.problems, *check_safety(doc, "event")]
    if not _checked([doc], "event", problems):
        return problems, False
    problems.extend(check_event(doc))
    problems.extend(check_not_in_future(doc, registries.on))
    problems.extend(check_date_note(doc))
    problems.extend(check_source_articles(doc, registries.articles))
    problems.extend(check_registry_references(doc, registries))
    problems.extend(check_tags([doc], registries.tag_ids, registries.names["tag"]))
    problems.extend(check_source_links(doc))
    problems.extend(check_disputed_type(doc))
    problems.extend(check_claim_words(doc, registries.articles))
    return problems, True


def across_events(events: list[Document], raw: RawChronology) -> list[Problem]:
    """The rules across sound event files: links between events, ids used twice, duplicates.

    Other files (validate PATH…) come first, so a clash is reported on the given file.
    """
    others = [doc for doc in raw.others if _comparable(doc)]
    clashes = [*check_unique_ids([*others, *events]), *check_duplicates([*others, *events])]
    given = {doc.display for doc in raw.events}
    return [*check_event_links(events, raw), *(p for p in clashes if p.path in given)]


def _comparable(doc: Document) -> bool:
    """An event file sound enough to compare ids, dates, principal actors and titles with."""
    data = doc.data
    return (
        isinstance(data, dict)
        and all(isinstance(data.get(key), str) for key in ("id", "date", "title"))
        and isinstance(data.get("actors"), list) and bool(data["actors"])
        and isinstance(data["actors"][0], str)
        and isinstance(data.get("distinct_from") or [], list)
    )


def _ids(docs: Iterable[Document]) -> set[str]:
    return {doc.data["id"] for doc in docs if isinstance(doc.data.get("id"), str)}


def _declared_ids(docs: Iterable[Document]) -> set[str]:
    """Ids of registry entries, also of entries with problems of their own.

    An actor file with a typo elsewhere still declares its id: references to it are
    not reported again, so the contributor sees the one real problem.
    """
    return _ids(doc for doc in docs if isinstance(doc.data, dict))


def _checked(docs: list[Document], kind: str, problems: list[Problem]) -> list[Document]:
    """Check documents against their schema; return those whose structure is sound.

    A document with schema errors is left out of the later rules, which rely on its
    structure; its schema problems are reported all the same.
    """
    sound = []
    for doc in docs:
        if doc.data is None and not doc.problems:
            problems.append(doc.problem((), "the file is empty", f"write a {kind} entry or delete it"))
            continue
        if doc.data is None:
            continue
        flagged = {(p.line, p.column) for p in doc.problems}
        found = [p for p in schema_problems(doc, kind) if (p.line, p.column) not in flagged]
        problems.extend(found)
        if not found and not any(p.severity == "error" for p in doc.problems):
            sound.append(doc)
    return sound


# --- schema -------------------------------------------------------------------------


def schema_problems(doc: Document, kind: str) -> Iterator[Problem]:
    """Check one document against the JSON Schema, with messages a contributor can act on."""
    if not isinstance(doc.data, dict):
        yield doc.problem((), f"a {kind} file must be a mapping of fields", "write `field: value` lines")
        return
    if _valid(doc.data, kind):
        return
    for error in _validator(kind).iter_errors(doc.data):
        yield _schema_problem(doc, error)


def _schema_problem(doc: Document, error: jsonschema.ValidationError) -> Problem:
    path = tuple(error.absolute_path)
    # What failed and what the schema wanted (jsonschema types both as "maybe unset"; a
    # validation error always has them).
    instance: Any = error.instance
    wanted: Any = error.validator_value
    name = field_name(path)
    sub = error.schema if isinstance(error.schema, dict) else {}
    hint = sub.get("x-hint") or sub.get("description", "")
    validator = error.validator
    if validator == "required":
        missing = re.search(r"'([^']+)' is a required property", error.message)
        field = missing.group(1) if missing else "?"
        about = sub.get("properties", {}).get(field, {}).get("description", "")
        where = f" in {name}" if path else ""
        return doc.problem(path, f"missing required field '{field}'{where}", f"add `{field}:` — {about}")
    if validator == "additionalProperties":
        allowed = sorted(sub.get("properties", {}))
        extra = [key for key in instance if key not in allowed]
        field = extra[0] if extra else "?"
        guess = difflib.get_close_matches(field, allowed, n=1)
        fix = f"did you mean '{guess[0]}'?" if guess else f"known fields: {', '.join(allowed)}"
        return doc.problem((*path, field), f"unknown field '{field}'{_in(path)}", fix)
    if validator == "enum":
        options = [str(o) for o in wanted]
        guess = difflib.get_close_matches(str(instance), options, n=1)
        fix = (f"did you mean '{guess[0]}'? " if guess else "") + f"use one of: {', '.join(options)}"
        return doc.problem(path, f"{name} '{instance}' is not allowed", fix)
    if validator == "type":
        return doc.problem(
            path, f"{name} must be {_article(wanted)}, not {_kind(instance)}", hint
        )
    if validator == "pattern":
        return doc.problem(path, f"{name} '{instance}' is not in the right form", hint)
    if validator == "minItems":
        return doc.problem(path, f"{name} needs at least {wanted} item(s)", hint)
    if validator == "maxLength":
        return doc.problem(
            path,
            f"{name} is {len(instance)} characters long; at most {wanted} allowed",
            "shorten it: quote only the words that support the entry" if "quote" in name else "shorten it",
        )
    if validator == "minLength":
        return doc.problem(path, f"{name} is empty", hint or "write a value or remove the field")
    if validator == "uniqueItems":
        return doc.problem(path, f"{name} lists the same item twice", "remove the repeat")
    if validator == "const":
        return doc.problem(path, f"{name} can only be {json.dumps(wanted)}", hint)
    if validator == "dependentRequired":
        fix = "add `timezone:` with an IANA name, e.g. Asia/Yerevan"
        return doc.problem(path, "time needs a timezone", fix)
    return doc.problem(path, f"{name}: {error.message}", hint)


def _in(path: DataPath) -> str:
    return f" in {field_name(path)}" if path else ""


def _article(wanted: Any) -> str:
    names = {"string": "text", "array": "a list", "object": "a mapping", "integer": "a whole number",
             "number": "a number", "boolean": "true or false"}
    if isinstance(wanted, list):
        return " or ".join(names.get(w, str(w)) for w in wanted)
    return names.get(wanted, str(wanted))


def _kind(value: Any) -> str:
    if value is None:
        return "empty"
    return {bool: "true/false", int: "a number", float: "a number", str: "text", list: "a list",
            dict: "a mapping"}.get(type(value), type(value).__name__)


# --- one event ------------------------------------------------------------------------


def check_event(doc: Document) -> Iterator[Problem]:
    """Run the rules that need only this event's own file."""
    data = doc.data
    yield from check_file_name(doc, "events")
    yield from check_dates(doc)
    yield from check_source_keys(doc)
    if data["status"] == "reviewed":
        for number, source in enumerate(data["sources"]):
            if not source.get("quote"):
                yield doc.problem(
                    ("sources", number),
                    "a reviewed entry needs a quote from every source",
                    "add `quote:` with the words of the report that support the entry, "
                    "or set `status: draft`",
                )
    yield from check_contested(doc)


def check_file_name(doc: Document, kind: str) -> Iterator[Problem]:
    """The id equals the file name; events sit in the folder of their id's year."""
    path = PurePosixPath(doc.display)
    entry_id = doc.data["id"]
    if path.stem != entry_id:
        yield doc.problem(
            ("id",),
            f"id '{entry_id}' differs from the file name '{path.name}'",
            f"rename the file to {entry_id}.yaml (ids of published entries never change)",
        )
    if kind == "events" and path.parent.name != entry_id[:4]:
        yield doc.problem(
            ("id",),
            f"event file is in folder '{path.parent.name}/', not in the folder of its year",
            f"move it to chronology/events/{entry_id[:4]}/",
        )


def check_dates(doc: Document) -> Iterator[Problem]:
    """Dates are real calendar dates, spans run forwards, and no event follows its sources."""
    data = doc.data
    dates: dict[DataPath, PartialDate] = {}
    candidates: list[DataPath] = [("date",), ("end_date",)]
    candidates += [("sources", n, "published") for n in range(len(data["sources"]))]
    candidates += [("claims", n, "date") for n in range(len(data.get("claims") or ()))]
    candidates += [("casualties", n, "date") for n in range(len(data.get("casualties") or ()))]
    for path in candidates:
        value = _get(data, path)
        if value is None:
            continue
        try:
            dates[path] = PartialDate.parse(value)
        except DateError as exc:
            yield doc.problem(path, str(exc), "correct it to a real date")
    event = dates.get(("date",))
    end = dates.get(("end_date",))
    if event and end and event.is_after(end):
        yield doc.problem(("end_date",), f"end_date {end} is before date {event}", "swap or correct them")
    if not event:
        return
    for path, published in dates.items():
        if path[0] == "sources" and event.is_after(published):
            yield doc.problem(
                ("date",),
                f"date {event} is after source {int(path[1]) + 1}'s publication date {published}",
                "a report cannot describe a later event: check the date against the source",
            )


def _dated_fields(data: dict[str, Any]) -> Iterator[DataPath]:
    yield from (("date",), ("end_date",))
    yield from (("sources", n, "published") for n in range(len(data["sources"])))
    for field in ("claims", "casualties"):
        yield from ((field, n, "date") for n in range(len(data.get(field) or ())))


def check_not_in_future(doc: Document, on: date) -> Iterator[Problem]:
    """Nothing is dated after the day of the check: a chronology records what has happened."""
    for path in _dated_fields(doc.data):
        value = _get(doc.data, path)
        try:
            when = PartialDate.parse(value) if isinstance(value, str) else None
        except DateError:
            continue  # reported by check_dates
        if when and when.first_day > on:
            what = "the event's date" if path == ("date",) else field_name(path)
            yield doc.problem(
                path,
                f"{what} {when} is after today ({on.isoformat()})",
                "a chronology records what has already happened: check the year and the month",
            )


def check_date_note(doc: Document) -> Iterator[Problem]:
    """A date worked out from the sources' words says how, in `date_note`.

    The signal: the event's date is not the publication date of any of its sources (a
    report of Friday about "Thursday night", or only the month known). A reviewer must be
    able to check how it was worked out; on a draft this is a warning.
    """
    data = doc.data
    if data.get("date_note") or not isinstance(data.get("date"), str):
        return
    published = {s.get("published") for s in data["sources"]}
    if data["date"] in published:
        return
    reviewed = data["status"] == "reviewed"
    yield doc.problem(
        ("date",),
        f"date {data['date']} is not the publication date of any source, and the entry does not "
        "say how it was worked out",
        "add `date_note:` quoting the words that give the date and the report's date, e.g. "
        "'\"on Thursday night\", in a report published on Friday 14 May 2021'",
        severity="error" if reviewed else "warning",
    )


def _get(data: Any, path: DataPath) -> Any:
    for part in path:
        try:
            data = data[part]
        except (KeyError, IndexError, TypeError):
            return None
    return data


def check_source_keys(doc: Document) -> Iterator[Problem]:
    """Source keys are unique, and claims, casualties and notes cite a source of the event."""
    sources = doc.data["sources"]
    keys: dict[str, int] = {}
    for number, source in enumerate(sources):
        key = source.get("key")
        if key and key in keys:
            yield doc.problem(("sources", number, "key"), f"source key '{key}' is used twice",
                              "give each source its own key")
        elif key:
            keys[key] = number
    known = set(keys) | {s["url"] for s in sources if "url" in s}
    for field in ("claims", "casualties", "context"):
        for number, item in enumerate(doc.data.get(field) or ()):
            ref = item.get("source")
            if ref and ref not in known:
                yield doc.problem(
                    (field, number, "source"),
                    f"{field}[{number}].source '{ref}' is not a source of this event",
                    f"use one of the source keys: {', '.join(keys) or '(give the sources a key)'}",
                )


def check_contested(doc: Document) -> Iterator[Problem]:
    """A denial needs the claim it denies: a contested event has claims from two sides."""
    claims = doc.data.get("claims") or ()
    disputed = any(c["stance"] in ("denies", "disputes") for c in claims)
    if disputed and len({c["by"] for c in claims}) < 2:
        yield doc.problem(
            ("claims",),
            "the event is disputed but all claims come from one actor",
            "add the claim of the other side (who asserts what is denied)",
            severity="warning",
        )


# --- across files ---------------------------------------------------------------------


def check_registry(docs: list[Document], kind: str) -> Iterator[Problem]:
    """Registry ids equal file names and are unique; every spelling names one entry only."""
    seen_ids: dict[str, str] = {}
    names: dict[str, tuple[str, str]] = {}
    for doc in docs:
        data = doc.data
        yield from check_file_name(doc, kind + "s")
        if data["id"] in seen_ids:
            yield doc.problem(("id",), f"{kind} id '{data['id']}' is also used by {seen_ids[data['id']]}",
                              "give each entry its own id")
        seen_ids.setdefault(data["id"], doc.display)
        spellings: list[tuple[DataPath, Any]] = [(("name",), data["name"])]
        spellings += [(("aliases", n), a) for n, a in enumerate(data.get("aliases") or ())]
        spellings += [(("metonyms", n), a) for n, a in enumerate(data.get("metonyms") or ())]
        own: set[str] = set()
        for path, spelling in spellings:
            folded = name_key(spelling)
            other = names.get(folded)
            if other and other[0] != data["id"]:
                yield doc.problem(
                    path,
                    f"'{spelling}' already names {kind} '{other[0]}' ({other[1]})",
                    "a spelling may name one entry only: remove it from one of them",
                )
            elif spelling.casefold() in own and path[0] != "name":
                yield doc.problem(path, f"'{spelling}' is listed twice for this {kind}", "remove the repeat")
            own.add(spelling.casefold())
            names.setdefault(folded, (data["id"], doc.display))


def check_countries(docs: list[Document]) -> Iterator[Problem]:
    """A registry entry's `country` is a real ISO 3166-1 code (AM, not AR or UK)."""
    for doc in docs:
        code = doc.data.get("country")
        problem = country_problem(code) if isinstance(code, str) else None
        if problem:
            yield doc.problem(("country",), *problem)


def check_actor_links(docs: list[Document], ids: set[str]) -> Iterator[Problem]:
    """An actor's parent and the bodies of its roles are actors too."""
    names = _spellings(docs)
    for doc in docs:
        parent = doc.data.get("parent")
        if parent and parent not in ids:
            yield doc.problem(("parent",), f"parent '{parent}' is not in the actor registry",
                              _suggest(parent, ids, "actor", names))
        for number, role in enumerate(doc.data.get("roles") or ()):
            if role.get("of") and role["of"] not in ids:
                yield doc.problem(("roles", number, "of"), f"'{role['of']}' is not in the actor registry",
                                  _suggest(role["of"], ids, "actor", names))
            yield from _period_order(doc, ("roles", number), role)
        for number, period in enumerate(doc.data.get("descriptors") or ()):
            yield from _period_order(doc, ("descriptors", number), period)


def _period_order(doc: Document, path: DataPath, period: dict[str, Any]) -> Iterator[Problem]:
    try:
        start = PartialDate.parse(period["from"]) if period.get("from") else None
        end = PartialDate.parse(period["to"]) if period.get("to") else None
    except DateError as exc:
        yield doc.problem(path, str(exc), "correct it to a real date")
        return
    if start and end and start.is_after(end):
        yield doc.problem(path, f"'from' {start} is after 'to' {end}", "swap or correct them")


def check_place_links(docs: list[Document], ids: set[str]) -> Iterator[Problem]:
    """A place lies within a registered place."""
    for doc in docs:
        within = doc.data.get("within")
        if within and within not in ids:
            yield doc.problem(("within",), f"'{within}' is not in the place registry",
                              _suggest(within, ids, "place"))


def check_unique_ids(events: list[Document]) -> Iterator[Problem]:
    """No two event files share an id."""
    first: dict[str, str] = {}
    for doc in events:
        entry_id = doc.data["id"]
        if entry_id in first:
            yield doc.problem(("id",), f"id '{entry_id}' is already used by {first[entry_id]}",
                              "give this event a new id; ids are never reused")
        else:
            first[entry_id] = doc.display


def check_registry_references(doc: Document, registries: Registries) -> Iterator[Problem]:
    """The actors and places an event names are in the registries."""
    data = doc.data
    actors, places = registries.actor_ids, registries.place_ids
    refs: list[tuple[DataPath, str, set[str], str]] = []
    for field in ("actors", "targets", "mentions"):
        refs += [((field, n), v, actors, "actor") for n, v in enumerate(data.get(field) or ())]
    refs += [(("places", n), v, places, "place") for n, v in enumerate(data.get("places") or ())]
    for field in ("claims", "casualties"):
        refs += [((field, n, "by"), item["by"], actors, "actor")
                 for n, item in enumerate(data.get(field) or ())]
    for path, value, known, kind in refs:
        if value not in known:
            yield doc.problem(path, f"{kind} '{value}' is not in the {kind} registry",
                              _suggest(value, known, kind, registries.names[kind]))


def check_event_links(events: list[Document], raw: RawChronology) -> Iterator[Problem]:
    """The events an event is related to, or distinct from, exist."""
    event_ids = _ids(events)
    listed = False  # the events folder is listed only when a link needs it (validate PATH stays fast)
    for doc in events:
        data = doc.data
        links: list[tuple[DataPath, Any]] = [
            (("related", n, "id"), r["id"]) for n, r in enumerate(data.get("related") or ())]
        links += [(("distinct_from", n), v) for n, v in enumerate(data.get("distinct_from") or ())]
        for path, value in links:
            if value not in event_ids and not listed:
                event_ids, listed = event_ids | _all_event_ids(raw), True
            if value not in event_ids:
                fix = _suggest(value, event_ids, "event")
                yield doc.problem(path, f"event '{value}' does not exist", fix)


def _all_event_ids(raw: RawChronology) -> set[str]:
    """Ids of every event file, also those not being validated (validate PATH…)."""
    return {p.stem for p in yaml_files(raw.project.events_dir)}


def _spellings(docs: Iterable[Document]) -> dict[str, list[str]]:
    """Every registry entry's names and aliases by id, to rank suggestions by them too."""
    found: dict[str, list[str]] = {}
    for doc in docs:
        data = doc.data if isinstance(doc.data, dict) else {}
        if isinstance(data.get("id"), str):
            names = [data.get("name"), data.get("label"), *(data.get("aliases") or ()),
                     *(data.get("metonyms") or ())]
            found[data["id"]] = [n for n in names if isinstance(n, str)]
    return found


def _suggest(value: str, known: set[str], kind: str, names: dict[str, list[str]] | None = None) -> str:
    """Suggest the closest id, ranked by the entries' names and aliases as well as their ids."""
    if names is not None:
        guess = best_match(value, {k: names.get(k, []) for k in known})
    else:
        found = difflib.get_close_matches(value, sorted(known), n=1, cutoff=0.6)
        guess = found[0] if found else None
    if guess:
        return f"did you mean '{guess}'?"
    where = {"actor": "chronology/actors/", "place": "chronology/places/", "event": "chronology/events/",
             "tag": "chronology/tags/"}
    return f"add it to {where[kind]} or correct the id"


def check_duplicates(events: list[Document]) -> Iterator[Problem]:
    """Refuse two entries that look like one event: same day, principal actor and title.

    Entries are blocked by day and principal actor; within a block, titles are compared
    pair by pair while the block is small (as real ones are), and only the likely pairs
    beyond that (see `candidate_pairs`), so a hostile block of thousands stays fast.
    """
    for docs in duplicate_blocks(events).values():
        titles = [doc.data["title"].casefold() for doc in docs]
        matcher, current = difflib.SequenceMatcher(None, autojunk=False), -1
        for index, earlier in candidate_pairs(titles):
            doc, other = docs[index], docs[earlier]
            if _allowed_pair(doc, other) or not _close(titles[index], titles[earlier]):
                continue
            if index != current:
                # difflib caches its analysis of the second sequence: set it once per entry.
                matcher.set_seq2(titles[index])
                current = index
            matcher.set_seq1(titles[earlier])
            if matcher.ratio() >= DUPLICATE_TITLE_RATIO:
                yield doc.problem(
                    ("title",),
                    f"possible duplicate of {other.data['id']} (same date, principal actor "
                    "and a near-identical title)",
                    "merge the sources into one entry, or add the other id to `distinct_from`",
                )


def duplicate_blocks(events: list[Document]) -> dict[tuple[str, str], list[Document]]:
    """Group event files by what a duplicate shares: the day and the principal actor.

    Only entries of one block can be duplicates of each other, so an edit needs the
    blocks of the edited file checked again, and no other (`chronicle serve`).
    """
    blocks: dict[tuple[str, str], list[Document]] = defaultdict(list)
    for doc in events:
        blocks[(doc.data["date"], doc.data["actors"][0])].append(doc)
    return blocks


#: Blocks up to this size compare every pair of titles.
EXHAUSTIVE_BLOCK = 64
#: In a larger block, each title meets this many neighbours in two sort orders and at
#: most this many titles sharing its rarer words.
NEIGHBOURS = 8


def candidate_pairs(titles: list[str]) -> list[tuple[int, int]]:
    """Return the pairs (later, earlier) of titles to compare, ordered by the later one.

    A near-identical pair shares its beginning (neighbours when sorted), its end
    (neighbours when sorted by the reversed title) or its rarer words; comparing only
    those keeps the check linear in the block's size, at most 4 × NEIGHBOURS pairs a title.
    """
    count = len(titles)
    if count <= EXHAUSTIVE_BLOCK:
        return [(i, j) for i in range(count) for j in range(i)]
    pairs: set[tuple[int, int]] = set()
    for key in (lambda i: titles[i], lambda i: titles[i][::-1]):
        order = sorted(range(count), key=key)
        for position, i in enumerate(order):
            for j in order[position + 1 : position + 1 + NEIGHBOURS]:
                pairs.add((max(i, j), min(i, j)))
    postings: dict[str, list[int]] = defaultdict(list)
    words = [set(re.findall(r"\w+", title)) for title in titles]
    for i, found in enumerate(words):
        for word in found:
            postings[word].append(i)
    for i, found in enumerate(words):
        shared: dict[int, int] = defaultdict(int)
        for word in found:
            if len(postings[word]) <= 4 * NEIGHBOURS:
                for j in postings[word]:
                    if j != i:
                        shared[j] += 1
        for j in sorted(shared, key=lambda j: (-shared[j], j))[:NEIGHBOURS]:
            pairs.add((max(i, j), min(i, j)))
    return sorted(pairs)


def _close(a: str, b: str) -> bool:
    """Whether two titles may reach difflib's ratio, by two cheap upper bounds of it.

    The lengths bound it (difflib's real_quick_ratio), and so does the Indel similarity
    (rapidfuzz, in C++: 2·LCS/(|a|+|b|); difflib's matching blocks never hold more than the
    longest common subsequence). Only titles passing both are given to difflib, whose
    analysis of a title costs more than either.
    """
    return (
        2.0 * min(len(a), len(b)) / max(len(a) + len(b), 1) >= DUPLICATE_TITLE_RATIO
        and Indel.normalized_similarity(a, b, score_cutoff=DUPLICATE_TITLE_RATIO) >= DUPLICATE_TITLE_RATIO
    )


def _allowed_pair(doc: Document, other: Document) -> bool:
    if doc.data["id"] == other.data["id"]:
        return True  # reported as a repeated id already
    return other.data["id"] in (doc.data.get("distinct_from") or ()) or doc.data["id"] in (
        other.data.get("distinct_from") or ()
    )


# --- tags, source links, disputed acts ---------------------------------------------------

#: Event types that state an act as fact; a `denies` claim on such an event disputes its type.
ACT_TYPES = ("incursion", "attack")


def check_tag_registry(docs: list[Document]) -> Iterator[Problem]:
    """Tag ids equal file names and are unique; no two tags show the same label."""
    ids: dict[str, str] = {}
    labels: dict[str, str] = {}
    for doc in docs:
        yield from check_file_name(doc, "tags")
        tag_id, label = doc.data["id"], doc.data["label"].strip().casefold()
        if tag_id in ids:
            yield doc.problem(("id",), f"tag id '{tag_id}' is also used by {ids[tag_id]}",
                              "give each tag its own id")
        elif label in labels:
            yield doc.problem(("label",), f"label '{doc.data['label']}' is also the label of tag "
                              f"'{labels[label]}'", "readers could not tell them apart: reword one")
        ids.setdefault(tag_id, doc.display)
        labels.setdefault(label, tag_id)


def check_tags(
    events: list[Document], known: set[str], labels: dict[str, list[str]] | None = None
) -> Iterator[Problem]:
    """Every tag an event lists is in the tag registry (chronology/tags/); suggestions rank
    by the tags' labels as well as their ids."""
    for doc in events:
        for number, tag in enumerate(doc.data.get("tags") or ()):
            if tag not in known:
                hint = _suggest(tag, known, "tag", labels)
                if not hint.startswith("did you mean"):
                    hint = (f"add chronology/tags/{tag}.yaml (id, label, description) or use a known tag"
                            + (f": {', '.join(sorted(known))}" if known else ""))
                yield doc.problem(("tags", number), f"tag '{tag}' is not in the tag registry", hint)


def check_source_links(doc: Document) -> Iterator[Problem]:
    """A source links to the report itself, or says plainly that its address is not known.

    A link to an outlet's home page looks like a source but leads nowhere a reader can check.
    """
    for number, source in enumerate(doc.data["sources"]):
        url, unknown = source.get("url"), source.get("url_unknown", False)
        place: DataPath = ("sources", number)
        if url and unknown:
            yield doc.problem((*place, "url_unknown"), "the source gives a url and says its url is unknown",
                              "remove `url_unknown: true`, or remove the url if it is not the report's")
        elif not url and not unknown:
            yield doc.problem(place, "the source has no url",
                              "add `url:` with the report's own address; if it is not known, "
                              "write `url_unknown: true` (never the outlet's home page)")
        elif url and _is_home_page(url):
            yield doc.problem((*place, "url"), f"url '{url}' is a home page, not the report",
                              "give the report's own address; if it is not known, remove `url:` and "
                              "write `url_unknown: true`")


def _is_home_page(url: str) -> bool:
    """Return True for an address with no path or query: a site's front page."""
    parts = urlsplit(url)
    return parts.path in ("", "/") and not parts.query


def check_disputed_type(doc: Document) -> Iterator[Problem]:
    """An act someone denies is not typed as fact: its type would state what the claims dispute."""
    data = doc.data
    if data["type"] not in ACT_TYPES:
        return
    denied = [n for n, c in enumerate(data.get("claims") or ()) if c["stance"] == "denies"]
    if denied:
        by = data["claims"][denied[0]]["by"]
        yield doc.problem(
            ("type",),
            f"type '{data['type']}' states as fact what '{by}' denies (claims[{denied[0]}])",
            "use a type that does not decide the dispute (e.g. military-movement) and let the "
            "`asserts` and `denies` claims say who says what",
            severity="error" if data["status"] == "reviewed" else "warning",
        )
