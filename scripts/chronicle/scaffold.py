"""Write a new event or actor file from a few answers: `chronicle new` and `chronicle new-actor`.

A contributor who knows YAML but not the rules should not have to copy a file and guess
the id, the folder or the quoting. Every answer is checked as it is given (a real date, a
known actor, a type of the vocabulary); the file is written with the canonical writer, is
never written over an existing one, and is validated straight away.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from .check import Policy, check_project, load_project
from .countries import country_problem
from .dates import DateError, PartialDate
from .errors import ChronicleError, Problem
from .ids import event_id, registry_id, slug
from .names import Registries, closest_entry, one_of, owner_of, resolve, unknown_actor_hint
from .newfiles import write_new_files
from .project import Project
from .prompt import Ask
from .schema import event_types, field_rules, modeline, schema
from .yamlio import dump

# --- checks of single answers: each returns the clean value or raises -----------------


def check_date(text: str) -> str:
    """A real date in the form YYYY-MM-DD, YYYY-MM or YYYY."""
    try:
        return PartialDate.parse(text.strip()).iso()
    except DateError as exc:
        raise ChronicleError(str(exc)) from exc


def check_title(text: str) -> str:
    """One line within the schema's length that gives letters for the id."""
    title = " ".join(text.split())
    if not title:
        raise ChronicleError("the title is empty")
    longest = field_rules("event", "title")["maxLength"]
    if len(title) > longest:
        raise ChronicleError(f"the title is {len(title)} characters long; at most {longest} allowed")
    if not slug(title):
        raise ChronicleError("the title has no Latin letters or digits to make the id from")
    return title


def check_type(text: str) -> str:
    """A type of the controlled vocabulary."""
    return one_of(text, list(event_types()), "an event type")


def check_url(text: str) -> str:
    """A full http(s) link."""
    url = text.strip()
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc or " " in url:
        raise ChronicleError(f"'{url}' is not a full http:// or https:// link")
    return url


def check_text(text: str) -> str:
    """Any non-empty text."""
    value = " ".join(text.split())
    if not value:
        raise ChronicleError("this cannot be empty")
    return value


def actor_ids(registries: Registries) -> Callable[[str], list[str]]:
    """Check a comma-separated list of actors (ids or any spelling) and return their ids."""

    def check(text: str) -> list[str]:
        return [actor_id(registries)(part) for part in text.split(",") if part.strip()] or _none("actor")

    return check


def actor_id(registries: Registries) -> Callable[[str], str]:
    """Check one actor (id or any spelling) and return its id."""

    def check(text: str) -> str:
        found = resolve(text.strip(), registries.actors)
        if found is None:
            hint = unknown_actor_hint(text.strip(), registries.actors)
            raise ChronicleError(f"actor '{text.strip()}' is not in the actor registry — {hint}")
        return found

    return check


def place_ids(registries: Registries) -> Callable[[str], list[str]]:
    """Check a comma-separated list of places (ids or any spelling) and return their ids."""

    def check(text: str) -> list[str]:
        ids = []
        for part in (p.strip() for p in text.split(",")):
            if not part:
                continue
            found = resolve(part, registries.places)
            if found is None:
                guess = closest_entry(part, registries.places)
                hint = f"did you mean '{guess}'?" if guess else "add it to chronology/places/ first"
                raise ChronicleError(f"place '{part}' is not in the place registry — {hint}")
            ids.append(found)
        return ids

    return check


def _none(what: str) -> list[str]:
    raise ChronicleError(f"name at least one {what}")


def _registries(project: Project) -> Registries:
    """The actors and places an answer is checked against; a broken registry file is left out
    (looking names up stays safe, and `chronicle validate` reports the file)."""
    chronology = load_project(project, Policy.REGISTRIES).chronology
    return Registries(dict(chronology.actors), dict(chronology.places))


# --- gathering answers ------------------------------------------------------------------


@dataclass
class Field:
    """One answer a command needs: its option, question, check and (for optional ones) default."""

    option: str
    question: str
    check: Callable[[str], Any]
    required: bool = True
    default: Callable[[dict[str, Any]], str] | None = None


def gather(fields: list[Field], given: dict[str, Any], ask: Ask | None) -> dict[str, Any]:
    """Check the given answers and ask for missing ones (or fail naming them, without a terminal)."""
    missing = [f.option for f in fields if f.required and _blank(given.get(_key(f)))]
    if missing and ask is None:
        what = " and ".join(", ".join(missing).rsplit(", ", 1)) if len(missing) > 1 else missing[0]
        pronoun = "them" if len(missing) > 1 else "it"
        raise ChronicleError(f"missing {what}; run in a terminal to be asked, or pass {pronoun}")
    values: dict[str, Any] = {}
    for spec in fields:
        raw = given.get(_key(spec))
        if not _blank(raw):
            values[_key(spec)] = _checked(spec, raw)
        elif ask is not None and (spec.required or spec.default is not None):
            default = spec.default(values) if spec.default else None
            values[_key(spec)] = ask(spec.question, default, spec.check)
        elif spec.default is not None:
            values[_key(spec)] = spec.check(spec.default(values))
    return values


def _key(spec: Field) -> str:
    return spec.option.removeprefix("--").replace("-", "_")


def _blank(value: Any) -> bool:
    return value is None or value == "" or value == () or value == []


def _checked(spec: Field, raw: Any) -> Any:
    """Check a value given as an option, naming the option in the message."""
    text = ",".join(raw) if isinstance(raw, tuple | list) else str(raw)
    try:
        return spec.check(text)
    except ChronicleError as exc:
        raise ChronicleError(f"{spec.option}: {exc}") from exc


# --- new event --------------------------------------------------------------------------


@dataclass
class Written:
    """What a `new` command wrote, what it assumed and what validation said about it."""

    path: Path
    entry_id: str
    assumed: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def event_fields(registries: Registries) -> list[Field]:
    """The answers `chronicle new` needs, in the order it asks for them."""
    return [
        Field("--date", "Date of the event (YYYY-MM-DD, or YYYY-MM if the day is unknown)", check_date),
        Field("--title", "Title (one line, neutral, attributed if contested)", check_title),
        Field("--actor", "Actors (ids or names, the one who acts first, separated by commas)",
              actor_ids(registries)),
        Field("--type", f"Type ({', '.join(event_types())})", check_type),
        Field("--source-url", "Link to the report", check_url),
        Field("--summary", "Summary (a few plain sentences)", check_text, False, lambda v: v["title"]),
        Field("--outlet", "Outlet that published the report", check_text, False,
              lambda v: _host(v["source_url"])),
        Field("--source-title", "The report's title as published", check_text, False, lambda v: v["title"]),
        Field("--published", "Date the report was published", check_date, False, lambda v: v["date"]),
        Field("--place", "Places (ids or names, separated by commas; empty for none)", place_ids(registries),
              False, _empty),
    ]


def _host(url: str) -> str:
    return (urlsplit(url).hostname or url).removeprefix("www.")


def new_event(project: Project, given: dict[str, Any], ask: Ask | None) -> Written:
    """Check the answers, write chronology/events/<YYYY>/<id>.yaml and validate it."""
    registries = _registries(project)
    values = gather(event_fields(registries), given, ask)
    status = given.get("status") or "draft"
    quote = " ".join(str(given.get("quote") or "").split())
    longest = field_rules("event", "quote", of="source")["maxLength"]
    if len(quote) > longest:
        raise ChronicleError(
            f"--quote is {len(quote)} characters long; at most {longest} allowed — quote only the words "
            "that support the entry"
        )
    if status == "reviewed" and not quote:
        raise ChronicleError(
            "--status reviewed needs --quote (the words of the report that support the entry); "
            "or leave the entry a draft"
        )
    if PartialDate.parse(values["date"]).is_after(PartialDate.parse(values["published"])):
        raise ChronicleError(
            f"the event date {values['date']} is after the report's publication date "
            f"{values['published']}: check the date against the source"
        )
    entry_id = event_id(values["date"], values["title"])
    data = _event_data(entry_id, status, values, quote)
    path = project.events_dir / entry_id[:4] / f"{entry_id}.yaml"
    write_new(project, path, dump(data, modeline=modeline("event")))
    assumed = [
        f"{name}: {values[key]}  (from {origin}; correct it if the report says otherwise)"
        for key, name, origin in _ASSUMABLE
        if _blank(given.get(key)) and ask is None
    ]
    return Written(path, entry_id, assumed, _own_problems(project, path))


#: Optional answers that, without a terminal, are filled in from the others.
_ASSUMABLE = (
    ("summary", "summary", "the title"),
    ("outlet", "outlet", "the link"),
    ("source_title", "the source's title", "the event's title"),
    ("published", "published", "the event date"),
)


def _event_data(entry_id: str, status: str, values: dict[str, Any], quote: str) -> dict[str, Any]:
    source: dict[str, Any] = {
        "url": values["source_url"],
        "outlet": values["outlet"],
        "title": values["source_title"],
        "published": values["published"],
    }
    if quote:
        source["quote"] = quote
    data: dict[str, Any] = {
        "id": entry_id,
        "status": status,
        "date": values["date"],
        "title": values["title"],
        "summary": values["summary"],
        "type": values["type"],
        "actors": values["actor"],
    }
    if values.get("place"):
        data["places"] = values["place"]
    data["sources"] = [source]
    return data


def write_new(project: Project, path: Path, text: str) -> None:
    """Write a new file; refuse, naming it, if one is there already (never overwrite)."""
    try:
        write_new_files([(path, text)])
    except FileExistsError:
        raise ChronicleError(
            f"{project.rel(path)} already exists; edit that file, or choose another "
            f"{'title' if path.parent.parent == project.events_dir else 'id'}"
        ) from None


def _own_problems(project: Project, path: Path) -> list[Problem]:
    problems, _ = check_project(project, [path])
    return [p for p in problems if p.path == project.rel(path)]


def next_steps(project: Project, written: Written, kind: str) -> list[str]:
    """What the contributor does next, as lines to print."""
    rel = project.rel(written.path)
    lines = [f"Wrote {rel}"]
    if written.assumed:
        lines.append("Filled in for you (check them against the report):")
        lines += [f"  {line}" for line in written.assumed]
    lines.append("Next:")
    if kind == "event":
        lines += [
            f"  1. open {rel}: add `quote:` to the source (the words that support the entry),",
            "     and `targets:`, `places:` or `claims:` where they apply (see CONTRIBUTING.md)",
            f"  2. check it:  chronicle validate {rel}",
            f"  3. see it:    chronicle show {written.entry_id}   or   chronicle serve",
        ]
    else:
        lines += [
            f"  1. open {rel}: add every spelling the sources use to `aliases:`",
            f"  2. check it:  chronicle validate {rel}",
            f"  3. use it:    chronicle new --{kind} {written.entry_id} …",
        ]
    return lines


# --- new actor --------------------------------------------------------------------------


def actor_fields(project: Project, registries: Registries) -> list[Field]:
    """The answers `chronicle new-actor` needs, in the order it asks for them."""
    kinds = schema("actor")["properties"]["kind"]["enum"]
    return [
        Field("--name", "Display name", _new_name(registries)),
        Field("--kind", f"Kind ({', '.join(kinds)})", _kind),
        Field("--id", "Id (lowercase words joined by hyphens)", _new_id(project, registries), True,
              lambda v: registry_id(v["name"])),
        Field("--country", "Country code (ISO 3166-1, e.g. AM; empty for none)", _country, False, _empty),
        Field("--alias", "Other spellings seen in sources (separated by commas; empty for none)",
              _aliases(registries), False, _empty),
        Field("--parent", "Id of the body it belongs to (empty for none)", _parent(registries),
              False, _empty),
    ]


def _empty(_: dict[str, Any]) -> str:
    return ""


def _kind(text: str) -> str:
    return one_of(text, schema("actor")["properties"]["kind"]["enum"], "an actor kind")


def _new_name(registries: Registries, kind: str = "actor") -> Callable[[str], str]:
    def check(text: str) -> str:
        name = check_text(text)
        _refuse_taken(name, "name", registries, kind)
        return name

    return check


def _refuse_taken(spelling: str, what: str, registries: Registries, kind: str = "actor") -> None:
    entries = registries.actors if kind == "actor" else registries.places
    owner = owner_of(spelling, entries)
    if owner is not None:
        raise ChronicleError(
            f"{what} '{spelling}' already names {kind} '{owner.id}' ({owner.path}); a spelling may "
            f"name one {kind} only — use `{owner.id}`, or add the spelling to that {kind}"
        )


def _new_id(project: Project, registries: Registries, kind: str = "actor") -> Callable[[str], str]:
    entries, folder = ((registries.actors, project.actors_dir) if kind == "actor"
                       else (registries.places, project.places_dir))

    pattern = re.compile(field_rules(kind, "id")["pattern"])

    def check(text: str) -> str:
        value = text.strip()
        if not pattern.match(value):
            raise ChronicleError(f"'{value}' is not an id: use lowercase letters, digits and hyphens")
        existing = entries.get(value)
        path = folder / f"{value}.yaml"
        if existing or path.exists():
            where = existing.path if existing else project.rel(path)
            raise ChronicleError(f"{kind} '{value}' already exists: {where}")
        return value

    return check


def _country(text: str) -> str:
    value = text.strip().upper()
    if value and not re.match(field_rules("actor", "country")["pattern"], value):
        raise ChronicleError(f"'{text.strip()}' is not a two-letter country code such as AM, AZ or FR")
    problem = country_problem(value) if value else None
    if problem:
        raise ChronicleError(f"{problem[0]} — {problem[1]}")
    return value


def _aliases(registries: Registries, kind: str = "actor") -> Callable[[str], list[str]]:
    def check(text: str) -> list[str]:
        aliases = list(dict.fromkeys(" ".join(a.split()) for a in text.split(",") if a.strip()))
        shortest = field_rules(kind, "aliases")["items"]["minLength"]
        for alias in aliases:
            if len(alias) < shortest:
                raise ChronicleError(f"alias '{alias}' is too short: write at least {shortest} characters")
            _refuse_taken(alias, "alias", registries, kind)
        return aliases

    return check


def _parent(registries: Registries) -> Callable[[str], str]:
    def check(text: str) -> str:
        return actor_id(registries)(text) if text.strip() else ""

    return check


def _default_id(given: dict[str, Any], ask: Ask | None) -> dict[str, Any]:
    """Without a terminal, a registry entry's id defaults to its name's words."""
    if _blank(given.get("id")) and not _blank(given.get("name")) and ask is None:
        return {**given, "id": registry_id(str(given["name"]))}
    return given


def _registry_entry(values: dict[str, Any], optional: tuple[str, ...]) -> dict[str, Any]:
    """The fields of an actor or place file, in the order the registry's files have them."""
    data: dict[str, Any] = {"id": values["id"], "name": values["name"], "kind": values["kind"]}
    data |= {key: values[key] for key in optional if values[key]}
    aliases = [a for a in values["alias"] if a.casefold() != values["name"].casefold()]
    if aliases:
        data["aliases"] = aliases
    return data


def new_actor(project: Project, given: dict[str, Any], ask: Ask | None) -> Written:
    """Check the answers, write chronology/actors/<id>.yaml and validate the registry."""
    registries = _registries(project)
    values = gather(actor_fields(project, registries), _default_id(given, ask), ask)
    data = _registry_entry(values, ("country", "parent"))
    path = project.actors_dir / f"{values['id']}.yaml"
    write_new(project, path, dump(data, modeline=modeline("actor")))
    return Written(path, values["id"], [], _own_problems(project, path))


# --- new place ----------------------------------------------------------------------------


def place_fields(project: Project, registries: Registries) -> list[Field]:
    """The answers `chronicle new-place` needs, in the order it asks for them."""
    kinds = schema("place")["properties"]["kind"]["enum"]
    return [
        Field("--name", "Name", _new_name(registries, "place")),
        Field("--kind", f"Kind ({', '.join(kinds)})",
              lambda text: one_of(text, kinds, "a place kind")),
        Field("--id", "Id (lowercase words joined by hyphens)", _new_id(project, registries, "place"), True,
              lambda v: registry_id(v["name"])),
        Field("--country", "Country code (ISO 3166-1, e.g. AM; empty for none)", _country, False, _empty),
        Field("--alias", "Other spellings seen in sources (separated by commas; empty for none)",
              _aliases(registries, "place"), False, _empty),
        Field("--within", "The place it lies in (id or name; empty for none)", _within(registries),
              False, _empty),
        Field("--lat", "Latitude in decimal degrees, -90 to 90 (empty if unknown)",
              _coordinate("latitude", 90), False, _empty),
        Field("--lon", "Longitude in decimal degrees, -180 to 180 (empty if unknown)",
              _coordinate("longitude", 180), False, _empty),
    ]


def _within(registries: Registries) -> Callable[[str], str]:
    def check(text: str) -> str:
        return place_ids(registries)(text)[0] if text.strip() else ""

    return check


def _coordinate(what: str, limit: int) -> Callable[[str], float | str]:
    def check(text: str) -> float | str:
        value = text.strip().replace(",", ".")
        if not value:
            return ""
        try:
            number = float(value)
        except ValueError:
            raise ChronicleError(f"{what} '{text.strip()}' is not a number of degrees, e.g. 39.52") from None
        if not -limit <= number <= limit:
            raise ChronicleError(f"{what} {number} is outside -{limit} to {limit}")
        return round(number, 6)

    return check


def new_place(project: Project, given: dict[str, Any], ask: Ask | None) -> Written:
    """Check the answers, write chronology/places/<id>.yaml and validate the registry."""
    registries = _registries(project)
    values = gather(place_fields(project, registries), _default_id(given, ask), ask)
    if (values["lat"] == "") != (values["lon"] == ""):
        raise ChronicleError("give both --lat and --lon (decimal degrees), or neither")
    data = _registry_entry(values, ("country", "within"))
    if values["lat"] != "":
        data["coordinates"] = {"lat": values["lat"], "lon": values["lon"]}
    path = project.places_dir / f"{values['id']}.yaml"
    write_new(project, path, dump(data, modeline=modeline("place")))
    return Written(path, values["id"], [], _own_problems(project, path))
