"""Rules against hostile input: characters, names, reserved words and addresses.

A public chronology of a war is a target, and reviewers miss what they cannot see: a
control character that breaks the Atom feed, a right-to-left override that reverses a
title, "Pashinyan" spelled with a Cyrillic у or ending in a zero-width space, an actor
named `index` that replaces the actors' index page, a source "link" to the machine
running the checks. Each rule here is a small function yielding `Problem`s; `validate`
runs them on every file.
"""

from __future__ import annotations

import ipaddress
import json
import re
import unicodedata
from collections.abc import Iterator
from functools import cache
from typing import Any
from urllib.parse import urlsplit

from .errors import Problem
from .group import RESERVED_SLUGS
from .ids import page_slug
from .yamlio import DataPath, Document, field_name

#: Fields whose text may run over several lines (and hold tabs); every other text is one line.
MULTILINE_FIELDS = frozenset({"summary", "date_note", "text", "quote", "quote_translated", "note",
                              "description"})
#: Ids no actor, place or tag may take: they would be the path of a folder's index page.
RESERVED_IDS = RESERVED_SLUGS
#: Bidirectional embeddings, overrides and isolates: they reorder the text around them.
_BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
#: Characters that show as nothing: a name holding one looks like another name.
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u180e\u00ad\u2061\u2062\u2063\u2064"
_NOT_TEXT = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f" + _BIDI + "\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff]"
)
_LINE_BREAKS = re.compile("[\t\n\u2028\u2029]")
_INVISIBLE_RE = re.compile(f"[{_INVISIBLE}]")
#: Host names that lead back to the machine or its local network, whatever DNS says.
_LOCAL_NAMES = re.compile(r"(^|\.)(localhost|local|internal|localdomain|home\.arpa|lan)$")
URL_FIELDS = ("url", "archive_url")
#: A letter that no form of an IP address holds (IPv4 forms use digits, x and a-f; IPv6 hex
#: digits, colons and a %zone): a host holding one and no colon or % is a name.
_NAMED_HOST = re.compile(r"^[^:%]*[g-wyz]")


# --- characters ---------------------------------------------------------------------------


def strings(data: Any, path: DataPath = ()) -> Iterator[tuple[DataPath, str]]:
    """Yield every text value of a document, and every key, with its path."""
    if isinstance(data, str):
        yield path, data
    elif isinstance(data, dict):
        for key, value in data.items():
            if isinstance(key, str):
                yield (*path, key), key
            yield from strings(value, (*path, key))
    elif isinstance(data, list):
        for number, item in enumerate(data):
            yield from strings(item, (*path, number))


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _field(path: DataPath) -> str:
    return next((p for p in reversed(path) if isinstance(p, str)), "")


def describe(char: str) -> str:
    """Name a character for a message: U+202E (RIGHT-TO-LEFT OVERRIDE)."""
    name = unicodedata.name(char, "")
    return f"U+{ord(char):04X}" + (f" ({name})" if name else " (a control character)")


def check_characters(doc: Document) -> Iterator[Problem]:
    """Refuse control characters, direction overrides and non-characters in every text.

    They break the data files (a control character makes feed.xml invalid XML), reach
    terminals and spreadsheets raw, and let text show something else than it says. Tab
    and line breaks are allowed only in the fields that hold paragraphs.
    """
    if _plainly_clean(doc.data):
        return
    for path, text in strings(doc.data):
        bad = _NOT_TEXT.search(text)
        if not bad and _field(path) not in MULTILINE_FIELDS:
            bad = _LINE_BREAKS.search(text)
        if bad:
            yield doc.problem(
                path,
                f"{field_name(path)} holds the invisible character {describe(bad.group())}",
                "remove it: a chronology's text holds letters, punctuation and spaces"
                + ("" if _field(path) in MULTILINE_FIELDS else " on one line"),
            )


#: How JSON writes the characters below U+0020 (the C0 controls, tab and line breaks).
_ESCAPED_CONTROL = re.compile(r"\\(?:[nrtbf]|u00[01])")


def _plainly_clean(data: Any) -> bool:
    """True when no text of the document holds a character `check_characters` refuses.

    One search over the document written as JSON (in C) instead of one per value: JSON
    escapes every control character below U+0020, and the others stay as they are.
    """
    try:
        blob = json.dumps(data, ensure_ascii=False)
    except (TypeError, ValueError):
        return False
    return not (_ESCAPED_CONTROL.search(blob) or _NOT_TEXT.search(blob) or _LINE_BREAKS.search(blob))


# --- names ----------------------------------------------------------------------------------


def check_invisible_in_names(doc: Document) -> Iterator[Problem]:
    """Refuse zero-width characters in names: "Pashinyan\\u200b" would look like Pashinyan."""
    spellings: list[tuple[DataPath, Any]] = [(("name",), doc.data.get("name")),
                                             (("label",), doc.data.get("label"))]
    for field in ("aliases", "metonyms"):
        spellings += [((field, n), v) for n, v in enumerate(_list(doc.data.get(field)))]
    for path, value in spellings:
        if isinstance(value, str) and (found := _INVISIBLE_RE.search(value)):
            what = f"{field_name(path)} holds the zero-width character {describe(found.group())}"
            fix = "remove it: a name holding an invisible character looks like another name"
            yield doc.problem(path, what, fix)


@cache
def _homoglyphs() -> dict[str, str]:
    """Map each non-ASCII character that looks like an ASCII one to that character."""
    from confusable_homoglyphs.confusables import confusables_data

    table = {}
    for char, glyphs in confusables_data.items():
        if len(char) == 1 and not char.isascii():
            ascii_like = [g["c"] for g in glyphs if len(g["c"]) == 1 and g["c"].isascii()]
            if ascii_like:
                table[char] = ascii_like[0]
    return table


def name_key(name: str) -> str:
    """Return the key two spellings share when a reader cannot tell them apart.

    NFKC-normalised (ﬁ is fi, full-width letters are letters), case-folded, invisible
    characters dropped, letters of other scripts that look like Latin ones (Cyrillic у,
    Greek ο) read as those, and white space collapsed.
    """
    text = _INVISIBLE_RE.sub("", unicodedata.normalize("NFKC", name)).casefold()
    table = _homoglyphs()
    return " ".join("".join(table.get(c, c) for c in text).casefold().split())


# --- reserved names -------------------------------------------------------------------------


def check_reserved_id(doc: Document, kind: str) -> Iterator[Problem]:
    """An actor, place or tag may not take an id that is the name of its folder's index page."""
    entry_id = doc.data.get("id")
    if entry_id in RESERVED_IDS:
        yield doc.problem(("id",), f"'{entry_id}' cannot be the id of a {kind}: it names the {kind}s' "
                          "index page", f"choose another id, e.g. '{entry_id}-{kind}'")


def check_reserved_event_names(doc: Document) -> Iterator[Problem]:
    """A tag may not be `index`, nor an outlet a name whose page would be the sources' index."""
    for number, tag in enumerate(_list(doc.data.get("tags"))):
        if tag in RESERVED_IDS:
            yield doc.problem(("tags", number), f"'{tag}' cannot be a tag: it names the tags' index page",
                              "choose another tag")
    for number, source in enumerate(_list(doc.data.get("sources"))):
        outlet = source.get("outlet") if isinstance(source, dict) else None
        if isinstance(outlet, str) and page_slug(outlet) in RESERVED_SLUGS:
            yield doc.problem(("sources", number, "outlet"),
                              f"outlet '{outlet}' would take the address of the sources' index page",
                              "write the outlet's full name (e.g. 'The Index Journal')")


# --- addresses ------------------------------------------------------------------------------


def unsafe_url(url: str) -> str:
    """Say why a link must never be requested (it leads to this machine or its network), or ""."""
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
    except ValueError:
        return "it is not a valid address"
    if parts.scheme.lower() not in ("http", "https"):
        return ""  # not a web link at all: the schema says so
    if parts.username is not None or parts.password is not None or "@" in parts.netloc:
        return "it holds a user name or password (user:pass@)"
    if not host:
        return "it has no host name"
    if _NAMED_HOST.search(host) and not _LOCAL_NAMES.search(host.rstrip(".").lower()):
        return ""  # a host name with letters no address form uses, not a local one
    address = ip_literal(host)
    if address is not None:
        return "" if address.is_global else f"its host {host} is a local, private or reserved address"
    if _LOCAL_NAMES.search(host.rstrip(".").lower()):
        return f"its host {host} names this machine or its local network"
    return ""


def ip_literal(host: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    """Read a host written as an IP address, also in the forms browsers accept (127.1, 0x7f.1, 2130706433)."""
    host = host.strip("[]")
    try:
        return ipaddress.ip_address(host)
    except ValueError:
        pass
    parts = host.rstrip(".").split(".")
    if not 1 <= len(parts) <= 4 or not all(re.fullmatch(r"0x[0-9a-f]*|[0-9]+", p, re.I) for p in parts):
        return None
    try:
        numbers = [int(p, 16) if p.lower().startswith("0x") else int(p, 8) if len(p) > 1 and p[0] == "0"
                   else int(p) for p in parts]
    except ValueError:
        return None
    *head, last = numbers
    if any(n > 255 for n in head) or last >= 256 ** (5 - len(numbers)):
        return ipaddress.IPv4Address(0)  # out of range: unusable, and never global
    value = sum(n << (8 * (3 - i)) for i, n in enumerate(head)) + last
    return ipaddress.IPv4Address(value)


def check_source_urls(doc: Document) -> Iterator[Problem]:
    """Refuse source links to this machine, its network or cloud metadata, or with credentials."""
    for number, source in enumerate(_list(doc.data.get("sources"))):
        if not isinstance(source, dict):
            continue
        for key in URL_FIELDS:
            url = source.get(key)
            why = unsafe_url(url) if isinstance(url, str) else ""
            if why:
                yield doc.problem(("sources", number, key), f"sources[{number}].{key} cannot be used: {why}",
                                  "link to the report's public address on the web")


# --- all of them ------------------------------------------------------------------------------


def check_document(doc: Document, kind: str) -> Iterator[Problem]:
    """Run every rule of this module that applies to one file of this kind."""
    if not isinstance(doc.data, dict):
        return
    yield from check_characters(doc)
    if kind == "event":
        yield from check_reserved_event_names(doc)
        yield from check_source_urls(doc)
    else:
        yield from check_invisible_in_names(doc)
        yield from check_reserved_id(doc, kind)
