"""JSON text as `json.dumps(value, ensure_ascii=False, indent=1)` writes it, in half the time.

With `indent`, the standard library leaves its C encoder for a pure-Python one made of
nested generators; at 50,000 entries the data files (events.json, timeline.json) spent
several seconds there. This writes the same characters from one recursive function (each
container joined at once), the strings still escaped by the standard library's C function.
Values it does not expect (keys that are not text, types other than JSON's, NaN and
infinities) are left to `json.dumps` itself, so the output is always the standard library's.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from json.encoder import encode_basestring
from typing import Any

_escape: Callable[[str], str] = encode_basestring


class _Unusual(Exception):
    """A value `dumps` leaves to the standard library."""


def dumps(value: Any, level: int = 0) -> str:
    """Return `json.dumps(value, ensure_ascii=False, indent=1)`; with `level`, as it is written
    inside that many containers (its inner lines indented by `level` more spaces)."""
    newline = "\n" + " " * level
    try:
        return _text(value, newline)
    except (_Unusual, TypeError):  # TypeError: a key that is not text (`_escape` takes text only)
        return json.dumps(value, ensure_ascii=False, indent=1).replace("\n", newline)


#: Stands for a list's items in `spliced` (no JSON text holds it unescaped).
_MARK = "\0chronicle-items\0"


def spliced(document: dict[str, Any], key: str, items: list[str]) -> str:
    """Return `dumps(document)` with the (non-empty) list under `key` written as `items`, each
    already written by `dumps(item, 2)`: a document's entries kept between builds."""
    text = dumps({**document, key: [_MARK]})
    return text.replace(dumps(_MARK), ",\n  ".join(items), 1)


def _text(value: Any, newline: str) -> str:
    """Return `value` as JSON whose inner lines start with `newline` (a newline and spaces) and one more."""
    kind = type(value)
    if kind is str:
        return _escape(value)
    if kind is dict:
        if not value:
            return "{}"
        inner = newline + " "
        items = [_escape(key) + ": " + _text(item, inner) for key, item in value.items()]
        return "{" + inner + ("," + inner).join(items) + newline + "}"
    if kind is list or kind is tuple:
        if not value:
            return "[]"
        inner = newline + " "
        return "[" + inner + ("," + inner).join([_text(item, inner) for item in value]) + newline + "]"
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if kind is int:
        return int.__repr__(value)
    if kind is float and value == value and value not in (_INFINITY, -_INFINITY):
        return float.__repr__(value)
    raise _Unusual


_INFINITY = float("inf")
