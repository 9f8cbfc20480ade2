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
from typing import Any, NamedTuple
from urllib.parse import urlsplit

import jinja2

from .errors import ChronicleError
from .group import span_text, year_path
from .labels import STANCES, casualty_figures, type_info, type_label
from .siteconfig import SiteConfig

#: Characters that can start Markdown, HTML, attribute-list or Jinja syntax anywhere.
_MARKUP = "\\`*_{}[]()#|<>&\"'~^$="
_MARKUP_CHAR = re.compile(f"[{re.escape(_MARKUP)}]")
_REFERENCES = {c: f"&#{ord(c)};" for c in _MARKUP}
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
    flat = " ".join(_CONTROL.sub("", text if type(text) is str else str(text)).split())
    escaped = _MARKUP_CHAR.sub(_reference, flat)  # faster than str.translate: text has few
    if _LINE_START.match(escaped):
        escaped = f"&#{ord(escaped[0])};{escaped[1:]}"
    return escaped


def _reference(match: re.Match[str]) -> str:
    return _REFERENCES[match.group()]


def attr(text: object) -> Safe:
    """Escape text for a double-quoted HTML attribute value."""
    return Safe(html.escape(" ".join(_CONTROL.sub("", str(text)).split()), quote=True))


def http_url(text: object) -> Safe:
    """Return an http(s) address escaped for an attribute, or "" for any other scheme."""
    return _http_url(str(text or ""))


#: An address `urlsplit` reads as http(s) with a host, as most are: printable ASCII with no
#: brackets in the host (which urlsplit checks) and no whitespace (which it drops).
_PLAIN_HTTP = re.compile(r"(?i:https?)://[A-Za-z0-9\-._~%!$&'()*+,;=:@]+(?:[/?#][\x21-\x7e]*)?")


@lru_cache(maxsize=16384)
def _http_url(text: str) -> Safe:
    """`http_url` of a text, parsed once: an entry tests an address, then prints it."""
    value = text.strip()
    if _PLAIN_HTTP.fullmatch(value):
        return attr(value)
    try:
        parts = urlsplit(value)
    except ValueError:
        return Safe("")
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return Safe("")
    return attr(value)


def finalize(value: Any) -> str:
    """Print a value as a template's `{{ … }}` does: our own markup as is, text escaped (`md`)."""
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
    return relative_path(target, folder)


def relative_path(target: str, folder: str) -> str:
    """`posixpath.relpath` of two relative paths, without its turns through the current folder
    (`abspath`), which were a tenth of sizing the pages."""
    if ".." in target or ".." in folder or target.startswith("/") or folder.startswith("/"):
        return posixpath.relpath(target, folder)
    to = [part for part in target.split("/") if part and part != "."]
    start = [part for part in folder.split("/") if part and part != "."]
    common = 0
    for a, b in zip(to, start, strict=False):
        if a != b:
            break
        common += 1
    return "/".join([".."] * (len(start) - common) + to[common:]) or "."


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
    path = relative_path(target.rstrip("/") or ".", folder)
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
    return PageLinks(here, locations, page_url).resolve(text)


class Marked(NamedTuple):
    """The link markers of a text and the length of the rest: how long the text prints on any
    page (`PageLinks.length`) without replacing its markers, found once for every page.
    (A tuple: a build's processes send thousands of them to each other, parallel.py.)"""

    fixed: int
    markers: tuple[tuple[str, str], ...]


def marked(text: str, known: dict[tuple[str, str], tuple[str, str]]) -> Marked:
    """Find the markers of `text`; each marker is kept once in `known`, which the texts of a
    site share (they link to the same actors, types, places and tags again and again)."""
    found = _MARKER.findall(text)
    markers = tuple(known.setdefault(m, m) for m in found)
    return Marked(len(text) - sum(len(t) + len(a) + 3 for t, a in found), markers)


class PageLinks:
    """The links of one page `here`, each marker resolved once however many texts print it.

    `locations` (each entry's canonical page) is read as it is when a marker is first
    resolved: a plan never changes it while pages are sized or rendered.
    """

    def __init__(
        self, here: str, locations: Mapping[str, str], page_url: Callable[[str], str] = directory_url
    ) -> None:
        self.here, self.locations, self.page_url = here, locations, page_url
        self.folder = posixpath.dirname(here) or "."
        self._here_url: str | None = None
        self._done: dict[tuple[str, str], str] = {}
        self._paths: dict[tuple[bool, str], str] = {}

    def link(self, target: str, anchor: str) -> str:
        """Return the link a marker stands for on this page."""
        key = (target, anchor)
        resolved = self._done.get(key)
        if resolved is None:
            path = self._path(target)
            resolved = self._done[key] = f"{path}#{anchor}" if anchor else path
        return resolved

    def _path(self, target: str) -> str:
        """Return the path or address of a marker's page from this page (entries' pages found in
        `locations`); many entries are on one page."""
        address = target.startswith(_URL)
        page = target[1:] if address else target
        if page.startswith(_ENTRY):
            try:
                page = self.locations[page[1:]]
            except KeyError:
                missing = page[1:]
                raise ChronicleError(f"{self.here} links to the entry {missing}, which has no page") from None
        key = (address, page)
        path = self._paths.get(key)
        if path is None:
            if address and self._here_url is None:
                self._here_url = self.page_url(self.here)
            path = self._paths[key] = (_relative_url(self.page_url(page), self._here_url) if address
                                       else _relative(page, self.folder))
        return path

    def _replace(self, match: re.Match[str]) -> str:
        return self.link(match.group(1), match.group(2))

    def resolve(self, text: str) -> str:
        """Return `text` with its markers replaced by links relative to this page."""
        return _MARKER.sub(self._replace, text) if _MARK in text else text

    def length(self, text: Marked) -> int:
        """Return the length `text` prints on this page (`resolve`'s, without resolving it)."""
        link = self.link
        return text.fixed + sum([len(link(target, anchor)) for target, anchor in text.markers])


def linked_entries(text: str) -> tuple[str, ...]:
    """Return the ids of the entries whose pages `text` links to (its entry markers)."""
    return tuple(target[1:] for target, _ in _MARKER.findall(text) if target.startswith(_ENTRY))


def _trusted(macro: Callable[..., str]) -> Callable[..., Safe]:
    """Mark a macro's output as written by us: every value it printed was escaped inside it."""

    def call(*args: Any, **kwargs: Any) -> Safe:
        return Safe(macro(*args, **kwargs))

    return call


@cache
def environment() -> jinja2.Environment:
    """Return the Jinja environment of the package's templates (`template_environment`)."""
    return template_environment(jinja2.PackageLoader("chronicle", "templates"))


def template_environment(loader: jinja2.BaseLoader) -> jinja2.Environment:
    """Return a Jinja environment of the templates `loader` finds: strict variables, escaping
    finalize, link markers, the links of blocks.py and the macros of fragments.md.j2 as globals."""
    from .blocks import LINKS  # blocks.py prints with this module's escaping

    env = jinja2.Environment(
        loader=loader,
        autoescape=False,  # HTML escaping alone would let Markdown through; see finalize
        finalize=finalize,
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
        **LINKS,
    )
    # A fragment never prints another fragment: inside fragments.md.j2 its output is a plain
    # string, which `finalize` would escape a second time.
    fragments = env.get_template("fragments.md.j2").module
    macros = {name: m for name, m in vars(fragments).items() if isinstance(m, jinja2.runtime.Macro)}
    env.globals.update({name: _trusted(macro) for name, macro in macros.items()})
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
