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
    return json.loads(resources.files(__package__).joinpath(f"{name}.schema.json").read_text("utf-8"))


@cache
def event_types() -> dict[str, dict[str, str]]:
    """Return the controlled vocabulary of event types, with labels, definitions and codes."""
    text = resources.files("chronicle").joinpath("vocab/event_types.yaml").read_text("utf-8")
    return yaml.load(text, Loader=yaml.CSafeLoader)
