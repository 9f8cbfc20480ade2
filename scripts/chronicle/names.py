"""What a contributor types (an id, a name, any spelling) resolved to a registry entry.

`chronicle new`, `chronicle list --actor` and `chronicle new-actor` all take names from
people who remember "Pashinian" rather than the id `pashinyan`; this module is the one
place that knows how a spelling maps to an entry, and which entry is the closest guess.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from .errors import ChronicleError
from .model import Actor, Place
from .suggest import best_match


@dataclass(frozen=True)
class Registries:
    """The actors and places whose files are sound, by id (check.load_project, REGISTRIES)."""

    actors: dict[str, Actor]
    places: dict[str, Place]


def spellings(entry: Actor | Place) -> tuple[str, ...]:
    """Return every way the entry is written: id, name, aliases (and an actor's metonyms)."""
    metonyms = entry.metonyms if isinstance(entry, Actor) else ()
    return (entry.id, entry.name, *entry.aliases, *metonyms)


def resolve(spelling: str, entries: Mapping[str, Actor | Place]) -> str | None:
    """Return the id of the entry written this way (case-insensitive), or None."""
    if spelling in entries:
        return spelling
    wanted = spelling.strip().casefold()
    for entry in entries.values():
        if any(s.casefold() == wanted for s in spellings(entry)):
            return entry.id
    return None


def owner_of(
    spelling: str, entries: Mapping[str, Actor | Place], except_id: str = ""
) -> Actor | Place | None:
    """Return the entry (other than `except_id`) that already uses this name or alias."""
    wanted = spelling.strip().casefold()
    for entry in entries.values():
        if entry.id != except_id and any(s.casefold() == wanted for s in spellings(entry)[1:]):
            return entry
    return None


def closest(spelling: str, candidates: Iterable[str]) -> str | None:
    """Return the most similar candidate, if one is similar enough to be a likely typo."""
    found = difflib.get_close_matches(spelling.casefold(), sorted(candidates), n=1, cutoff=0.6)
    return found[0] if found else None


def one_of(value: str, options: Sequence[str], what: str) -> str:
    """Return the value if it is one of the options; else fail with the closest and the list."""
    value = value.strip()
    if value in options:
        return value
    guess = closest(value, options)
    hint = f"did you mean '{guess}'? " if guess else ""
    raise ChronicleError(f"'{value}' is not {what} — {hint}use one of: {', '.join(options)}")


def closest_entry(spelling: str, entries: Mapping[str, Actor | Place]) -> str | None:
    """Return the id of the entry closest to a spelling, ranked by all its names (suggest.py)."""
    return best_match(spelling, {e.id: spellings(e)[1:] for e in entries.values()})


def unknown_actor_hint(spelling: str, actors: Mapping[str, Actor]) -> str:
    """Say what to do about a name that is not in the actor registry."""
    guess = closest_entry(spelling, actors)
    if guess:
        return f"did you mean '{guess}'?"
    return "add it first with `chronicle new-actor`, or check the spelling in chronology/actors/"
