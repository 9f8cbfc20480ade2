"""The JSON Schema files of events, actors, places and tags (also used by editors)."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

import yaml


@cache
def schema(name: str) -> dict[str, Any]:
    """Return the JSON Schema named 'event', 'actor', 'place' or 'tag'."""
    loaded: dict[str, Any] = json.loads(
        resources.files(__package__).joinpath(f"{name}.schema.json").read_text("utf-8"))
    return loaded


def field_rules(name: str, field: str, of: str | None = None) -> dict[str, Any]:
    """Return the rules of one field of a schema (its type, limits, pattern), so that code which
    checks an answer early reads them from the schema rather than repeating them.

    `of` names a definition the field belongs to: field_rules("event", "quote", of="source").
    """
    owner = schema(name)["$defs"][of] if of else schema(name)
    rules: dict[str, Any] = owner["properties"][field]
    return rules


def modeline(name: str) -> str:
    """The first line of an entry file, which tells editors (the YAML language server) its schema;
    the path is relative to the file: events sit one folder deeper (events/<year>/)."""
    up = "../../../" if name == "event" else "../../"
    return f"# yaml-language-server: $schema={up}scripts/chronicle/schema/{name}.schema.json"


@cache
def event_types() -> dict[str, dict[str, str]]:
    """Return the controlled vocabulary of event types, with labels, definitions and codes."""
    text = resources.files("chronicle").joinpath("vocab/event_types.yaml").read_text("utf-8")
    types: dict[str, dict[str, str]] = yaml.load(text, Loader=yaml.CSafeLoader)
    return types
