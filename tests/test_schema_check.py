"""The schema check's quick path (jsonschema-rs) never passes a file jsonschema would refuse.

`chronicle validate` asks jsonschema-rs whether a file fits its schema and asks jsonschema,
which explains each problem, only about the files that do not: the findings are the same
only while the two agree, on every kind of file and every kind of wrong value.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

import pytest

from chronicle.validate import _valid, _validator
from chronicle.yamlio import load_document
from projects import FIXTURES

KINDS = {"events": "event", "actors": "actor", "places": "place", "tags": "tag"}
#: Values of every JSON type, and text too long, empty, badly formed or with a trailing newline.
WRONG = [None, True, 0, -3, 2.5, "", "x" * 5000, "not a date\n", "2021-13-45", "2021-05-13\n",
         "https://example.org/\n", [], ["a", "a"], [1], {}, {"x": 1}]


def _files() -> Iterator[tuple[str, dict[str, Any]]]:
    for path in sorted(FIXTURES.rglob("chronology/*/**/*.yaml")):
        folder = path.relative_to(FIXTURES).parts
        kind = next((KINDS[p] for p in folder if p in KINDS), None)
        data = load_document(path).data
        if kind and isinstance(data, dict):
            yield kind, data


def _variants(data: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """The file itself; each field, and each field of its first list item, wrong or missing."""
    yield data
    for key, value in data.items():
        for wrong in WRONG:
            yield {**data, key: wrong}
        yield {k: v for k, v in data.items() if k != key}
        if isinstance(value, list) and value and isinstance(value[0], dict):
            for field in value[0]:
                for wrong in WRONG:
                    changed = copy.deepcopy(data)
                    changed[key][0][field] = wrong
                    yield changed
    yield {**data, "unknown_field": "x"}


@pytest.mark.parametrize("kind", sorted(KINDS.values()))
def test_the_quick_check_passes_no_file_jsonschema_refuses(kind: str) -> None:
    """(The other way round is safe: jsonschema-rs is stricter about a pattern's `$` before a
    final newline, and a file it refuses is checked by jsonschema, which may find nothing.)"""
    passed = refused = 0
    for file_kind, data in _files():
        if file_kind != kind:
            continue
        for variant in _variants(data):
            if _valid(variant, kind):
                assert not any(_validator(kind).iter_errors(variant)), variant
                passed += 1
            else:
                refused += 1
    assert passed > 5 and refused > 100
