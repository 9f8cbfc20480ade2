"""Markdown pages from Jinja templates, with every piece of chronology text escaped.

Text in the chronology comes from strangers' pull requests. Whatever a template prints
with `{{ … }}` goes through `finalize`, which escapes it for Markdown *and* HTML (every
character that could start markup becomes a numeric character reference), unless it is
a `Safe` string this package wrote itself. Escaping is therefore the default, and
trusting is the exception one can grep for. Links take only http(s) addresses.
"""

from __future__ import annotations

import html
import posixpath
import re
from functools import cache
from typing import Any
from urllib.parse import urlsplit

import jinja2

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
    value = str(text or "").strip()
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


def relative_link(here: str, target: str, anchor: str = "") -> Safe:
    """Return a link from the page `here` to the page `target` (both paths in content/)."""
    path = posixpath.relpath(target, posixpath.dirname(here) or ".")
    return Safe(path + (f"#{anchor}" if anchor else ""))


@jinja2.pass_context
def _href(context: Any, target: str, anchor: str = "") -> Safe:
    return relative_link(context["here"], target, anchor)


@cache
def environment() -> jinja2.Environment:
    """Return the Jinja environment: package templates, strict variables, escaping finalize."""
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("chronicle", "templates"),
        autoescape=False,  # HTML escaping alone would let Markdown through; see _finalize
        finalize=_finalize,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["attr"] = attr
    env.filters["url"] = http_url
    env.globals["href"] = _href
    return env


def render(template: str, here: str, **context: Any) -> str:
    """Render a template for the page at `here` (a path inside content/)."""
    return environment().get_template(template).render(here=here, **context)
