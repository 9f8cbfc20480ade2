"""Entries printed in the terminal: `chronicle show ID` and `chronicle list`.

A contributor checks their work without building the site: one event laid out readably,
or one line per event filtered by actor (any spelling), date range, type and status.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass

from .dates import DateError, PartialDate
from .errors import ChronicleError
from .labels import casualty_figures, type_label
from .model import Chronology, Event, Source
from .names import closest, one_of, resolve, unknown_actor_hint
from .schema import event_types

_WIDTH = 88
_INDENT = " " * 11


# --- show -------------------------------------------------------------------------------


def find_event(chronology: Chronology, event_id: str) -> Event:
    """Return the event with this id, or fail suggesting the closest id."""
    for event in chronology.events:
        if event.id == event_id:
            return event
    guess = closest(event_id, (e.id for e in chronology.events))
    hint = f"did you mean '{guess}'?" if guess else "`chronicle list` shows every id"
    raise ChronicleError(f"no event '{event_id}' — {hint}")


def show_event(chronology: Chronology, event: Event) -> list[str]:
    """Lay one event out as lines of text: what a reviewer checks against the source."""
    lines = [f"{event.id}  ({event.status})", ""]
    lines += _row("Date", describe_date(event))
    if event.date_note:
        lines += _row("", f"note: {event.date_note}")
    lines += _row("Title", event.title)
    label = type_label(event.type)
    lines += _row("Type", f"{event.type} ({label})" if label != event.type else event.type)
    lines += _row("Actors", _actor_list(chronology, event.actors, principal=True))
    for name, ids in (("Targets", event.targets), ("Mentions", event.mentions)):
        if ids:
            lines += _row(name, _actor_list(chronology, ids))
    if event.places:
        names = [f"{chronology.places[p].name} ({p})" if p in chronology.places else p for p in event.places]
        lines += _row("Places", ", ".join(names))
    if event.tags:
        lines += _row("Tags", ", ".join(f"{chronology.tag_label(t)} ({t})" if t in chronology.tags else t
                                        for t in event.tags))
    lines += ["", "Summary:", *_wrap(event.summary, "  "), "", "Sources:"]
    for number, source in enumerate(event.sources, start=1):
        lines += _source_lines(number, source)
    if event.claims:
        lines += ["", "Claims:"]
        for claim in event.claims:
            who = _actor_name(chronology, claim.by)
            lines += _wrap(f"{who} {claim.stance} (source {claim.source}): {claim.text}", "  ", "    ")
            if claim.paraphrase:
                lines += _wrap(f'the report\'s words: "{claim.paraphrase}"', "    ")
            if claim.quote:
                lines += _wrap(f'their own words: "{claim.quote}"', "    ")
    if event.casualties:
        lines += ["", "Casualties (as reported, never summed):"]
        for item in event.casualties:
            figures = casualty_figures(item) or item.note
            text = f"{_actor_name(chronology, item.by)}: {figures} (source {item.source})"
            lines += _wrap(text, "  ", "    ")
    lines += ["", f"File: {event.path}"]
    return lines


def describe_date(event: Event) -> str:
    """Say the date and how precisely it is known, e.g. "May 2021 (known to the month)"."""
    precision = {"day": "to the day", "month": "to the month", "year": "to the year"}[event.date.precision]
    text = ("c. " if event.date_approximate else "") + event.date.display()
    if event.time:
        text += f", {event.time} {event.timezone}"
    if event.end_date:
        text += f" to {event.end_date.display()}"
    return f"{text} (known {precision})"


def _row(label: str, value: str) -> list[str]:
    head = f"{label}:".ljust(len(_INDENT)) if label else _INDENT
    return _wrap(value, head, _INDENT)


def _wrap(text: str, first: str, rest: str | None = None) -> list[str]:
    return textwrap.wrap(
        text, _WIDTH, initial_indent=first, subsequent_indent=first if rest is None else rest
    ) or [first.rstrip()]


def _actor_name(chronology: Chronology, actor_id: str) -> str:
    actor = chronology.actors.get(actor_id)
    return f"{actor.name} ({actor_id})" if actor else actor_id


def _actor_list(chronology: Chronology, ids: tuple[str, ...], principal: bool = False) -> str:
    names = [_actor_name(chronology, a) for a in ids]
    if principal and names:
        names[0] += " — principal"
    return ", ".join(names)


def _source_lines(number: int, source: Source) -> list[str]:
    key = f"[{source.key}] " if source.key else ""
    head = f'{number}. {key}{source.outlet}: "{source.title}", published {source.published.display()}'
    lines = _wrap(head, "  ", "     ")
    lines.append(f"     {source.url or '(address of the report not known)'}")
    if source.archive_url:
        lines.append(f"     archive: {source.archive_url}")
    if source.quote:
        lines += _wrap(f'quote: "{source.quote}"', "     ")
    else:
        lines.append("     quote: (none yet)")
    return lines


# --- list -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Filters:
    """What `chronicle list` keeps; empty fields keep everything."""

    actor: str = ""
    start: PartialDate | None = None
    end: PartialDate | None = None
    type: str = ""
    status: str = ""


def make_filters(
    chronology: Chronology, actor: str = "", start: str = "", end: str = "", type_: str = "", status: str = ""
) -> Filters:
    """Check the filter values a user typed; the actor may be any spelling of its name."""
    actor_id = ""
    if actor:
        found = resolve(actor, chronology.actors)
        if found is None:
            hint = unknown_actor_hint(actor, chronology.actors)
            raise ChronicleError(f"--actor: '{actor}' is not in the actor registry — {hint}")
        actor_id = found
    if type_:
        try:
            one_of(type_, list(event_types()), "an event type")
        except ChronicleError as exc:
            raise ChronicleError(f"--type: {exc}") from exc
    first, last = _partial("--from", start), _partial("--to", end)
    if first and last and first.is_after(last):
        raise ChronicleError(
            f"--from {first} is after --to {last}: the range is empty because it is reversed — "
            f"swap them: --from {last} --to {first}"
        )
    return Filters(actor_id, first, last, type_, status)


def _partial(option: str, text: str) -> PartialDate | None:
    if not text:
        return None
    try:
        return PartialDate.parse(text)
    except DateError as exc:
        raise ChronicleError(f"{option}: {exc}") from exc


def matches(event: Event, filters: Filters) -> bool:
    """Keep an event whose date may fall in the range, and that the actor takes part in."""
    last = (event.end_date or event.date).last_day
    if filters.start and last < filters.start.first_day:
        return False
    if filters.end and event.date.first_day > filters.end.last_day:
        return False
    if filters.actor and filters.actor not in event.all_actors:
        return False
    if filters.type and event.type != filters.type:
        return False
    return not filters.status or event.status == filters.status


def list_lines(chronology: Chronology, filters: Filters) -> list[str]:
    """One line per matching event: date, id, type, title (drafts marked), in aligned columns."""
    events = [e for e in chronology.events if matches(e, filters)]
    id_width = max((len(e.id) for e in events), default=0)
    type_width = max((len(e.type) for e in events), default=0)
    return [
        f"{e.date.iso():<10}  {e.id:<{id_width}}  {e.type:<{type_width}}  {e.title}"
        + ("  [draft]" if e.status == "draft" else "")
        for e in events
    ]
