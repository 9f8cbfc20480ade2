"""Markdown pages from Jinja templates, with every piece of chronology text escaped.

Text in the chronology comes from strangers' pull requests. Whatever a template prints
with `{{ … }}` goes through `finalize`, which escapes it for Markdown *and* HTML (every
character that could start markup becomes a numeric character reference), unless it is
a `Safe` string this package wrote itself. Escaping is therefore the default, and
trusting is the exception one can grep for. Links take only http(s) addresses.

Links between pages are written as markers (`href`, `entry_href`) and made relative to the
page when it is finished (`resolve_links`), as Pelican resolves `{filename}` links at write
time: so one rendering of an entry serves every page that shows it, and an entry can link to
another entry's page before the plan has decided where that page is. The macros of
`fragments.md.j2` are the repeated pieces of pages (links to actors, a period, a source).
"""

from __future__ import annotations

import html
import posixpath
import re
from collections.abc import Callable, Mapping
from functools import cache, lru_cache
from typing import Any
from urllib.parse import urlsplit

import jinja2

from .errors import ChronicleError
from .group import span_text, year_path
from .labels import STANCES, casualty_figures, type_info, type_label
from .siteconfig import SiteConfig

#: Characters that can start Markdown, HTML, attribute-list or Jinja syntax anywhere.
_MARKUP = "\\`*_{}[]()#|<>&\"'~^$="
_TABLE = {ord(c): f"&#{ord(c)};" for c in _MARKUP}
#: Control characters (Python-Markdown uses \x02/\x03 internally as placeholders).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
#: What turns a line into a list item, heading, quote or rule when it starts the line.
_LINE_START = re.compile(r"^(?:[-+=:>]|\d+[.)](?:\s|$))")


class Safe(str):
    """Markdown or HTML this package wrote itself: printed as is by the templates."""

    __slots__ = ()


def md(text: object) -> str:
    """Escape text so Markdown and HTML show it literally, on one line.

    Whitespace (newlines included) collapses to single spaces, so no value can end a
    paragraph, a table row or a raw-HTML block; markup characters become character
    references, which both Markdown and HTML print as the character itself.
    """
    flat = " ".join(_CONTROL.sub("", str(text)).split())
    escaped = flat.translate(_TABLE)
    if _LINE_START.match(escaped):
        escaped = f"&#{ord(escaped[0])};{escaped[1:]}"
    return escaped


def attr(text: object) -> Safe:
    """Escape text for a double-quoted HTML attribute value."""
    return Safe(html.escape(" ".join(_CONTROL.sub("", str(text)).split()), quote=True))


def http_url(text: object) -> Safe:
    """Return an http(s) address escaped for an attribute, or "" for any other scheme."""
    return _http_url(str(text or ""))


@lru_cache(maxsize=4096)
def _http_url(text: str) -> Safe:
    """`http_url` of a text, parsed once: templates test an address, then print it."""
    value = text.strip()
    try:
        parts = urlsplit(value)
    except ValueError:
        return Safe("")
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return Safe("")
    return attr(value)


def _finalize(value: Any) -> str:
    if isinstance(value, Safe):
        return value
    if value is None:
        return ""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return md(value)


@lru_cache(maxsize=65536)
def _relative(target: str, folder: str) -> str:
    """Return the path of `target` from `folder` (both in content/); pages link to few targets."""
    return posixpath.relpath(target, folder)


#: A link marker: \x1a target \x1f anchor \x1a. Control characters never reach the output
#: from the chronology (`md` and `attr` drop them), so text cannot forge a marker.
_MARK, _SEP = "\x1a", "\x1f"
_MARKER = re.compile(f"{_MARK}([^{_MARK}{_SEP}]*){_SEP}([^{_MARK}]*){_MARK}")
#: The target of a marker that stands for an entry's canonical page, not yet known.
_ENTRY = "@"
#: Before the target: the link is an address of the built site (in finished HTML, which the
#: engine does not rewrite), not a path of content/ (in Markdown, which the engine rewrites).
_URL = "\x1e"


def href(target: str, anchor: str = "") -> Safe:
    """Link to the page `target` (a path in content/), made relative by `resolve_links`."""
    return Safe(f"{_MARK}{target}{_SEP}{anchor}{_MARK}")


def entry_href(event_id: str) -> Safe:
    """Link to an entry on its canonical page (its page on the timeline), wherever that is."""
    return href(_ENTRY + event_id, event_id)


def address(target: str, anchor: str = "") -> Safe:
    """Link, from finished HTML, to the address of the page `target` (a path in content/)."""
    return href(_URL + target, anchor)


def entry_address(event_id: str) -> Safe:
    """Link, from finished HTML, to an entry on its canonical page, wherever that is."""
    return address(_ENTRY + event_id, event_id)


#: A page's address with MkDocs' default directory URLs (`timeline/2021/05/`).
directory_url = SiteConfig().page_url


@lru_cache(maxsize=65536)
def _relative_url(target: str, here: str) -> str:
    """Return the address `target` from the address `here` (both relative to the site root)."""
    folder = here.rpartition("/")[0] or "."
    path = posixpath.relpath(target.rstrip("/") or ".", folder)
    return path + "/" if target.endswith("/") or not target else path


def resolve_links(
    text: str, here: str, locations: Mapping[str, str], page_url: Callable[[str], str] = directory_url
) -> str:
    """Replace the link markers in `text` by links relative to the page `here`.

    `locations` gives each entry's canonical page; an entry without one is a bug (pages
    link only to entries that are shown), reported rather than left as a broken link.
    Links in finished HTML are addresses of the built site (`page_url` turns a page's path
    into its address, as the engine will), since the engine leaves that HTML as it is.
    """
    if _MARK not in text:
        return text
    folder = posixpath.dirname(here) or "."
    here_url = page_url(here) if _URL in text else ""
    done: dict[str, str] = {}  # a page links to the same actors, types and months again and again

    def link(match: re.Match[str]) -> str:
        marker = match.group(0)
        resolved = done.get(marker)
        if resolved is None:
            resolved = done[marker] = _resolve(match.group(1), match.group(2), here, folder, here_url,
                                               locations, page_url)
        return resolved

    return _MARKER.sub(link, text)


def _resolve(
    target: str, anchor: str, here: str, folder: str, here_url: str, locations: Mapping[str, str],
    page_url: Callable[[str], str],
) -> str:
    """Return the link a marker stands for on the page `here` (its folder and address given)."""
    address = target.startswith(_URL)
    target = target.removeprefix(_URL)
    if target.startswith(_ENTRY):
        try:
            target = locations[target[1:]]
        except KeyError:
            raise ChronicleError(f"{here} links to the entry {target[1:]}, which has no page") from None
    path = _relative_url(page_url(target), here_url) if address else _relative(target, folder)
    return f"{path}#{anchor}" if anchor else path


def linked_entries(text: str) -> tuple[str, ...]:
    """Return the ids of the entries whose pages `text` links to (its entry markers)."""
    return tuple(target[1:] for target, _ in _MARKER.findall(text) if target.startswith(_ENTRY))


def _trusted(macro: Callable[..., str]) -> Callable[..., Safe]:
    """Mark a macro's output as written by us: every value it printed was escaped inside it."""

    def call(*args: Any, **kwargs: Any) -> Safe:
        return Safe(macro(*args, **kwargs))

    return call


#: The macros pages call again and again with the same arguments (the links to an actor, a
#: place, a type or a tag: each entry names a few of some hundred): each is run once per
#: distinct argument, a third of rendering an entry before. A macro prints nothing but its
#: arguments and the environment's constant globals, so equal arguments print the same text.
MEMOIZED = ("actor_links", "place_links", "type_link", "tag_link")


def _memoized(macro: Callable[..., Safe]) -> Callable[..., Safe]:
    """Return `macro`, run once per distinct argument (lists are compared as tuples); records
    are compared by value (frozen dataclasses), so an edited name is a new argument."""
    cached = lru_cache(maxsize=65536)(macro)

    def call(*args: Any) -> Safe:
        return cached(*(tuple(a) if isinstance(a, list) else a for a in args))

    return call


@cache
def environment() -> jinja2.Environment:
    """Return the Jinja environment: package templates, strict variables, escaping finalize,
    link markers and the fragments' macros as globals."""
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("chronicle", "templates"),
        autoescape=False,  # HTML escaping alone would let Markdown through; see _finalize
        finalize=_finalize,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=False,  # package templates do not change during a build: no stat per render
    )
    env.filters["attr"] = attr
    env.filters["url"] = http_url
    env.globals.update(
        href=href,
        entry_href=entry_href,
        address=address,
        entry_address=entry_address,
        type_label=type_label,
        type_info=type_info,
        casualty_figures=casualty_figures,
        span_text=span_text,
        year_path=year_path,
        STANCES=STANCES,
    )
    # A fragment never prints another fragment: inside fragments.md.j2 its output is a plain
    # string, which `finalize` would escape a second time.
    fragments = env.get_template("fragments.md.j2").module
    macros = {name: m for name, m in vars(fragments).items() if isinstance(m, jinja2.runtime.Macro)}
    trusted = {name: _trusted(macro) for name, macro in macros.items()}
    env.globals.update({name: _memoized(call) if name in MEMOIZED else call
                        for name, call in trusted.items()})
    return env


def render_text(template: str, **context: Any) -> Safe:
    """Render a template (or a piece of a page) with its links left as markers."""
    return Safe(environment().get_template(template).render(**context))


def render(
    template: str,
    here: str,
    locations: Mapping[str, str] | None = None,
    page_url: Callable[[str], str] = directory_url,
    **context: Any,
) -> str:
    """Render a template as the page at `here` (a path inside content/), links made relative."""
    return resolve_links(render_text(template, here=here, **context), here, locations or {}, page_url)
