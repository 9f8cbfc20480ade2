"""The chronology as open data: JSON, CSV, Atom, iCalendar and TimelineJS files.

Every function is pure: chronology in, bytes out. Output is deterministic (fixed field
order, sorted records, no clock) so an unchanged chronology gives identical files.
Partial dates stay partial: a month is never exported as its first day without saying so.

Each entry's share of a file is made through `pieces`, which `chronicle build` keeps
between runs (buildcache.py): after an edit, only the edited entries' shares are made again.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable, Mapping
from dataclasses import fields
from datetime import UTC, date, datetime, timedelta
from functools import partial
from html import escape
from typing import Any
from xml.etree import ElementTree as ET

from . import jsontext
from .dates import PartialDate
from .labels import casualty_figures, type_label
from .model import Actor, Casualty, Chronology, Claim, Event, Place, Source
from .siteconfig import SiteConfig

#: How many of the newest entries the Atom feed carries.
FEED_SIZE = 50

#: Makes an entry's share of a data file: called with the file's name, the entry, its
#: address and what makes the share; may return the share made last time for the same three.
Pieces = Callable[[str, Event, str, Callable[[], str]], str]


def each(name: str, event: Event, url: str, make: Callable[[], str]) -> str:
    """Make every share (no memory between builds)."""
    return make()

EVENT_COLUMNS = (
    "id",
    "status",
    "date",
    "date_precision",
    "date_start",
    "date_end",
    "end_date",
    "time",
    "timezone",
    "date_approximate",
    "date_note",
    "title",
    "summary",
    "type",
    "type_label",
    "mode",
    "episode",
    "principal_actor",
    "actors",
    "actor_names",
    "targets",
    "target_names",
    "mentions",
    "places",
    "place_names",
    "tags",
    "tag_names",
    "contested",
    "claims",
    "casualties",
    "context",
    "related",
    "source_count",
    "source_urls",
    "source_outlets",
    "source_titles",
    "source_published",
    "source_quotes",
    "url",
)
CLAIM_COLUMNS = (
    "event_id",
    "event_date",
    "claimant",
    "claimant_name",
    "stance",
    "text",
    "quote",
    "paraphrase",
    "claim_date",
    "via",
    "source_url",
    "source_outlet",
    "source_published",
    "event_url",
)


#: The fields of the records written whole, asked for once (`fields` was a tenth of the data files).
_FIELDS: dict[type, tuple[str, ...]] = {
    kind: tuple(f.name for f in fields(kind)) for kind in (Source, Claim, Casualty)
}


def _source_json(source: Source) -> dict[str, Any]:
    """Return a source with every field; its date as written (partial dates stay partial)."""
    data = {name: getattr(source, name) for name in _FIELDS[Source]}
    data["published"] = source.published.iso()
    return data


def _actor_json(actor: Actor) -> dict[str, Any]:
    return {"id": actor.id, "name": actor.name, "kind": actor.kind, "country": actor.country}


def _place_json(place: Place) -> dict[str, Any]:
    keys = ("id", "name", "kind", "country", "lat", "lon")
    return {key: getattr(place, key) for key in keys}


def _attributed(item: Claim | Casualty, actors: dict[str, Actor]) -> dict[str, Any]:
    """Return a claim or casualty report with every field, its author resolved."""
    data = {name: getattr(item, name) for name in _FIELDS[type(item)]}
    data["by"] = _actor_json(actors[item.by])
    data["date"] = item.date.iso() if item.date else None
    return data


def event_record(event: Event, chronology: Chronology, url: str) -> dict[str, Any]:
    """Return one event as a JSON-ready mapping: every field, references resolved."""
    actors, places = chronology.actors, chronology.places
    return {
        "id": event.id,
        "status": event.status,
        "date": event.date.iso(),
        "date_precision": event.date.precision,
        "date_start": event.date.first_day.isoformat(),
        "date_end": (event.end_date or event.date).last_day.isoformat(),
        "end_date": event.end_date.iso() if event.end_date else None,
        "time": event.time or None,
        "timezone": event.timezone or None,
        "date_approximate": event.date_approximate,
        "date_note": event.date_note,
        "title": event.title,
        "summary": event.summary,
        "type": event.type,
        "type_label": type_label(event.type),
        "mode": event.mode,
        "episode": event.episode,
        "actors": [_actor_json(actors[a]) for a in event.actors],
        "targets": [_actor_json(actors[a]) for a in event.targets],
        "mentions": [_actor_json(actors[a]) for a in event.mentions],
        "places": [_place_json(places[p]) for p in event.places],
        "tags": list(event.tags),
        "tag_names": [chronology.tag_label(t) for t in event.tags],
        "contested": event.contested,
        "sources": [_source_json(s) for s in event.sources],
        "claims": [_attributed(c, actors) for c in event.claims],
        "casualties": [_attributed(c, actors) for c in event.casualties],
        "context": [{"text": n.text, "source": n.source} for n in event.context],
        "related": [{"id": r.id, "relation": r.relation} for r in event.related],
        "distinct_from": list(event.distinct_from),
        "url": url,
    }


def event_records(chronology: Chronology, urls: dict[str, str]) -> list[dict[str, Any]]:
    """Return every event's record (`event_record`), for events.json and events.csv."""
    return [event_record(e, chronology, urls.get(e.id, "")) for e in chronology.events]


class _Records:
    """Each event's record (`event_record`), made once for events.json and events.csv."""

    def __init__(self, chronology: Chronology, urls: dict[str, str],
                 records: list[dict[str, Any]] | None = None) -> None:
        self.chronology, self.urls = chronology, urls
        self.made = {e.id: r for e, r in zip(chronology.events, records, strict=True)} if records else {}

    def __call__(self, event: Event) -> dict[str, Any]:
        record = self.made.get(event.id)
        if record is None:
            record = self.made[event.id] = event_record(event, self.chronology, self.urls.get(event.id, ""))
        return record


def events_json(
    chronology: Chronology, urls: dict[str, str], meta: dict[str, Any],
    records: list[dict[str, Any]] | _Records | None = None, pieces: Pieces = each,
) -> bytes:
    """Return events.json: metadata and every event with every field (`records`: made already)."""
    record = records if isinstance(records, _Records) else _Records(chronology, urls, records)
    items = [pieces("events.json", e, urls.get(e.id, ""), partial(_json_item, record, e))
             for e in chronology.events]
    return (_document({**meta}, "events", items) + "\n").encode("utf-8")


def _json_item(record: Callable[[Event], dict[str, Any]], event: Event) -> str:
    return jsontext.dumps(record(event), 2)


def _document(document: dict[str, Any], key: str, items: list[str]) -> str:
    """A JSON document whose list under `key` holds the items written already."""
    return jsontext.spliced(document, key, items) if items else jsontext.dumps({**document, key: []})


#: A cell starting with one of these is read as a formula by spreadsheets (OWASP, "CSV injection").
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _csv(columns: tuple[str, ...], rows: Iterable[dict[str, Any]]) -> bytes:
    """Write CSV as OWASP recommends against formula injection: every cell quoted, formula-like
    cells prefixed with a single quote (a spreadsheet then shows the text, not a result)."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\r\n", quoting=csv.QUOTE_ALL)
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _cell(v) for k, v in row.items()})
    return buffer.getvalue().encode("utf-8")


def _csv_file(columns: tuple[str, ...], pieces: Iterable[str]) -> bytes:
    """A CSV file of the header and rows written already (`_csv_rows`)."""
    return (_csv(columns, ()).decode("utf-8") + "".join(pieces)).encode("utf-8")


def _csv_rows(columns: tuple[str, ...], rows: Iterable[dict[str, Any]]) -> str:
    """Rows as `_csv` writes them, without the header: one entry's share of a CSV file."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\r\n", quoting=csv.QUOTE_ALL)
    for row in rows:
        writer.writerow({k: _cell(v) for k, v in row.items()})
    return buffer.getvalue()


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    text = str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def _join(values: Iterable[str]) -> str:
    return "; ".join(values)


def events_csv(
    chronology: Chronology, urls: dict[str, str], records: list[dict[str, Any]] | _Records | None = None,
    pieces: Pieces = each,
) -> bytes:
    """Return events.csv: one row per event, one column per field; lists joined with "; "
    (`records`: the events' records, made already)."""
    record = records if isinstance(records, _Records) else _Records(chronology, urls, records)
    return _csv_file(EVENT_COLUMNS, [
        pieces("events.csv", e, urls.get(e.id, ""), partial(_event_row, chronology, e, record))
        for e in chronology.events
    ])


def _event_row(chronology: Chronology, e: Event, records: Callable[[Event], dict[str, Any]]) -> str:
    actors, places = chronology.actors, chronology.places
    record = records(e)
    return _csv_rows(EVENT_COLUMNS, [
        {
            **{k: record[k] for k in EVENT_COLUMNS if k in record and not isinstance(record[k], list)},
            "principal_actor": e.principal,
            "actors": _join(e.actors),
            "actor_names": _join(actors[a].name for a in e.actors),
            "targets": _join(e.targets),
            "target_names": _join(actors[a].name for a in e.targets),
            "mentions": _join(e.mentions),
            "places": _join(e.places),
            "place_names": _join(places[p].name for p in e.places),
            "tags": _join(e.tags),
            "tag_names": _join(chronology.tag_label(t) for t in e.tags),
            "claims": _join(f"{actors[c.by].name} {c.stance}: {c.text}" for c in e.claims),
            "casualties": _join(_casualty_text(actors[c.by].name, c) for c in e.casualties),
            "context": _join(n.text for n in e.context),
            "related": _join(f"{r.relation} {r.id}" for r in e.related),
            "source_count": len(e.sources),
            "source_urls": _join(s.url for s in e.sources),
            "source_outlets": _join(s.outlet for s in e.sources),
            "source_titles": _join(s.title for s in e.sources),
            "source_published": _join(s.published.iso() for s in e.sources),
            "source_quotes": _join(s.quote for s in e.sources),
        }
    ])


def _casualty_text(name: str, c: Casualty) -> str:
    return f"according to {name}: {casualty_figures(c)}"


def claims_csv(chronology: Chronology, urls: dict[str, str], pieces: Pieces = each) -> bytes:
    """Return claims.csv: one row per claim, with its claimant and its source."""
    return _csv_file(CLAIM_COLUMNS, [
        pieces("claims.csv", e, urls.get(e.id, ""), partial(_claim_rows, chronology, e, urls.get(e.id, "")))
        for e in chronology.events
    ])


def _claim_rows(chronology: Chronology, e: Event, url: str) -> str:
    rows = []
    for c in e.claims:
        source = e.source_for(c.source)
        rows.append(
            {
                "event_id": e.id,
                "event_date": e.date.iso(),
                "claimant": c.by,
                "claimant_name": chronology.actors[c.by].name,
                "stance": c.stance,
                "text": c.text,
                "quote": c.quote,
                "paraphrase": c.paraphrase,
                "claim_date": c.date.iso() if c.date else "",
                "via": c.via,
                "source_url": source.url if source else c.source,
                "source_outlet": source.outlet if source else "",
                "source_published": source.published.iso() if source else "",
                "event_url": url,
            }
        )
    return _csv_rows(CLAIM_COLUMNS, rows)


# --- Atom ---------------------------------------------------------------------------------

ATOM = "http://www.w3.org/2005/Atom"


def _stamp(date: PartialDate) -> str:
    return f"{date.first_day.isoformat()}T00:00:00Z"


def _time(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _reported(event: Event) -> PartialDate:
    """The newest report of an event: when the entry could first have been written."""
    return max(s.published for s in event.sources)


def _reported_time(event: Event) -> datetime:
    day = _reported(event).first_day
    return datetime(day.year, day.month, day.day, tzinfo=UTC)


def atom_feed(
    chronology: Chronology,
    config: SiteConfig,
    urls: dict[str, str],
    updated: PartialDate | None,
    changed: Mapping[str, datetime] | None = None,
) -> bytes:
    """Return an Atom feed of the entries changed last, newest change first.

    An entry's `updated` is when its file last changed (`changed`, from git or the build's
    time), not the event's date: an old event added today is news to a subscriber. Without
    `changed`, the newest report an entry cites stands in.
    """
    ET.register_namespace("", ATOM)
    when = {e.id: (changed or {}).get(e.id) or _reported_time(e) for e in chronology.events}
    newest = sorted(chronology.events, key=lambda e: (when[e.id], e.sort_key()), reverse=True)[:FEED_SIZE]
    feed = ET.Element(f"{{{ATOM}}}feed")
    ET.SubElement(feed, f"{{{ATOM}}}title").text = config.site_name
    if config.site_description:
        ET.SubElement(feed, f"{{{ATOM}}}subtitle").text = config.site_description
    home = config.absolute("")
    ET.SubElement(feed, f"{{{ATOM}}}id").text = home if config.site_url else "urn:chronicle:feed"
    ET.SubElement(feed, f"{{{ATOM}}}link", href=home)
    ET.SubElement(feed, f"{{{ATOM}}}link", rel="self", href=config.absolute("feed.xml"))
    if newest:
        feed_updated = _time(max(when[e.id] for e in newest))
    else:
        feed_updated = _stamp(updated) if updated else "1970-01-01T00:00:00Z"
    ET.SubElement(feed, f"{{{ATOM}}}updated").text = feed_updated
    author = ET.SubElement(feed, f"{{{ATOM}}}author")
    ET.SubElement(author, f"{{{ATOM}}}name").text = f"{config.site_name} contributors"
    for e in newest:
        entry = ET.SubElement(feed, f"{{{ATOM}}}entry")
        ET.SubElement(entry, f"{{{ATOM}}}title").text = f"{e.date.display()}: {e.title}"
        url = urls.get(e.id, "")
        ET.SubElement(entry, f"{{{ATOM}}}id").text = (
            url if config.site_url else f"urn:chronicle:event:{e.id}"
        )
        ET.SubElement(entry, f"{{{ATOM}}}link", href=url)
        ET.SubElement(entry, f"{{{ATOM}}}updated").text = _time(when[e.id])
        ET.SubElement(entry, f"{{{ATOM}}}category", term=e.type, label=type_label(e.type))
        for tag in e.tags:
            ET.SubElement(entry, f"{{{ATOM}}}category", term=tag, label=chronology.tag_label(tag))
        ET.SubElement(entry, f"{{{ATOM}}}summary").text = e.summary
    ET.indent(feed)
    body: bytes = ET.tostring(feed, encoding="utf-8", xml_declaration=False)
    return b'<?xml version="1.0" encoding="utf-8"?>\n' + body + b"\n"


# --- iCalendar ----------------------------------------------------------------------------


def _ics_text(text: str) -> str:
    """Escape a TEXT value (RFC 5545 §3.3.11)."""
    return (
        text.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


def _fold(line: str) -> str:
    """Fold a content line at 75 octets, never inside a UTF-8 character (RFC 5545 §3.1)."""
    if line.isascii():  # one octet a character: cut by length (most lines; 10,000 events' worth)
        return "\r\n ".join([line[:75], *(line[i : i + 74] for i in range(75, len(line), 74))])
    out, current = [], ""
    for char in line:
        limit = 75 if not out else 74
        if len((current + char).encode("utf-8")) > limit:
            out.append(current)
            current = char
        else:
            current += char
    out.append(current)
    return "\r\n ".join(out)


def _ics_end(first: date, last: date) -> str:
    """DTEND is the day after the last (exclusive); on 31 December 9999 there is none: a DURATION."""
    if last < date.max:
        return f"DTEND;VALUE=DATE:{last + timedelta(days=1):%Y%m%d}"
    return f"DURATION:P{(last - first).days + 1}D"


def icalendar(
    chronology: Chronology, config: SiteConfig, urls: dict[str, str], updated: PartialDate | None,
    pieces: Pieces = each,
) -> bytes:
    """Return an iCalendar file: one all-day VEVENT per entry.

    A date known to the month or year spans that month or year, and its summary says the
    day is not known, so a calendar never shows an invented day as fact.
    """
    stamp = updated.first_day if updated else None
    dtstamp = f"{stamp:%Y%m%d}T000000Z" if stamp else "19700101T000000Z"
    host = (
        config.site_url.split("//", 1)[-1].split("/", 1)[0] if config.site_url else "chronicle.invalid"
    )
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Chronicle//chronicle 0.1//EN",
        "CALSCALE:GREGORIAN",
        f"X-WR-CALNAME:{_ics_text(config.site_name)}",
    ]
    events = [pieces("events.ics", e, url, partial(_vevent, e, url, host, dtstamp))
              for e, url in ((e, urls.get(e.id, "")) for e in chronology.events)]
    return (_ics_lines(lines) + "".join(events) + _ics_lines(["END:VCALENDAR"])).encode("utf-8")


def _ics_lines(lines: list[str]) -> str:
    return "".join(_fold(line) + "\r\n" for line in lines)


def _vevent(e: Event, url: str, host: str, dtstamp: str) -> str:
    """One entry's VEVENT, its lines folded and ended."""
    last = (e.end_date or e.date).last_day
    summary = e.title
    if e.date.precision != "day":
        summary += f" ({e.date.display()}; day not known)"
    description = e.summary
    if e.date_note:
        description += f"\n\nDate: {e.date_note}"
    lines = [
        "BEGIN:VEVENT",
        f"UID:{e.id}@{host}",
        f"DTSTAMP:{dtstamp}",
        f"DTSTART;VALUE=DATE:{e.date.first_day:%Y%m%d}",
        _ics_end(e.date.first_day, last),
        f"SUMMARY:{_ics_text(summary)}",
        f"DESCRIPTION:{_ics_text(description)}",
        f"CATEGORIES:{_ics_text(e.type)}",
    ]
    if url.startswith(("http://", "https://")):
        lines.append(f"URL:{url}")
    lines.append("END:VEVENT")
    return _ics_lines(lines)


# --- TimelineJS ---------------------------------------------------------------------------


def _timelinejs_date(date: PartialDate) -> dict[str, str]:
    parts = {"year": str(date.year)}
    if date.month:
        parts["month"] = str(date.month)
    if date.day:
        parts["day"] = str(date.day)
    parts["display_date"] = date.display()
    return parts


def timelinejs(
    chronology: Chronology, config: SiteConfig, urls: dict[str, str], pieces: Pieces = each
) -> bytes:
    """Return a TimelineJS3 JSON document; text fields are HTML, so they are escaped."""
    events = [pieces("timeline.json", e, url, partial(_timelinejs_item, e, url))
              for e, url in ((e, urls.get(e.id, "")) for e in chronology.events)]
    document = {
        "title": {
            "text": {"headline": escape(config.site_name), "text": escape(config.site_description)}
        },
    }
    return (_document(document, "events", events) + "\n").encode("utf-8")


def _timelinejs_item(e: Event, url: str) -> str:
    links = " ".join(
        f'<a href="{escape(s.url)}">{escape(s.outlet)}</a>'
        for s in e.sources
        if s.url.startswith(("http://", "https://"))
    )
    item: dict[str, Any] = {
        "unique_id": e.id,
        "start_date": _timelinejs_date(e.date),
        "display_date": e.date.display() + (f" – {e.end_date.display()}" if e.end_date else ""),
        "text": {
            "headline": escape(e.title),
            "text": f"<p>{escape(e.summary)}</p><p>Sources: {links}</p>"
            + (f'<p><a href="{escape(url)}">On the site</a></p>' if url else ""),
        },
        "group": type_label(e.type),
    }
    if e.end_date:
        item["end_date"] = _timelinejs_date(e.end_date)
    return jsontext.dumps(item, 2)


def export_all(
    chronology: Chronology,
    config: SiteConfig,
    urls: dict[str, str],
    updated: PartialDate | None,
    changed: Mapping[str, datetime] | None = None,
    pieces: Pieces = each,
) -> dict[str, bytes]:
    """Return every data file, by path inside content/ (`pieces`: each entry's share of them)."""
    meta = {
        "title": config.site_name,
        "description": config.site_description,
        "updated": updated.iso() if updated else None,
        "count": len(chronology.events),
    }
    records = _Records(chronology, urls)
    return {
        "data/events.json": events_json(chronology, urls, meta, records, pieces),
        "data/events.csv": events_csv(chronology, urls, records, pieces),
        "data/claims.csv": claims_csv(chronology, urls, pieces),
        "feed.xml": atom_feed(chronology, config, urls, updated, changed),
        "data/events.ics": icalendar(chronology, config, urls, updated, pieces),
        "data/timeline.json": timelinejs(chronology, config, urls, pieces),
    }
