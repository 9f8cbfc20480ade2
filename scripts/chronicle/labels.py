"""The words readers see for the vocabulary's ids: event types, actor kinds, relations, stances
and casualty figures (country names: countries.py, shared with the validator and ingest).

One home for each, so the site, the data files and the terminal say the same thing.
"""

from __future__ import annotations

from .model import Casualty
from .schema import event_types

#: Headings of the actors' index, by kind of actor.
KINDS = {
    "state": "States",
    "government": "Governments",
    "ministry": "Ministries",
    "armed-force": "Armed forces",
    "office": "Offices",
    "person": "People",
    "organisation": "Organisations",
    "international-organisation": "International organisations",
    "media": "Media",
    "armed-group": "Armed groups",
}
RELATIONS = {
    "follows": "Follows",
    "responds_to": "Responds to",
    "part_of": "Part of",
    "see_also": "See also",
}
STANCES = {
    "asserts": "asserts",
    "denies": "denies",
    "disputes": "disputes",
    "confirms": "confirms",
    "retracts": "retracts",
}
#: The figures a side may give about casualties, in the order they are said.
CASUALTY_FIGURES = ("killed", "wounded", "captured", "missing", "displaced")


def type_info(type_id: str) -> dict[str, str]:
    """Return an event type's entry in the vocabulary (label, definition, codes); {} when unknown."""
    return event_types().get(type_id, {})


def type_label(type_id: str) -> str:
    """Return the name readers see for an event type (its id when the vocabulary lacks it)."""
    return type_info(type_id).get("label", type_id)


def casualty_figures(casualty: Casualty) -> str:
    """Say the figures one side gave, as given ("3 killed, 5 wounded"); figures are never added up."""
    return ", ".join(
        f"{number} {label}"
        for label in CASUALTY_FIGURES
        if (number := getattr(casualty, label)) is not None
    )
