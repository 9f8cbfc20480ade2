"""An MkDocs hook that keeps Python-Markdown away from Chronicle's finished HTML blocks.

`chronicle build` runs MkDocs with this file as a hook (engine.py adds it to the config it
hands MkDocs); content/ never names it, so the same pages build without it, and with
Zensical. Each entry on a date page, each list of one-line links, each filter form and
chart is written by the generator as one finished HTML block. Python-Markdown would pass
such a block through unchanged, but only after reading it tag by tag with html.parser
twice (the `md_in_html` block parser and MkDocs' anchor collector): most of the engine's
time on a large chronology. This hook swaps each such block for a one-word paragraph
before Python-Markdown runs, and puts the block back in that paragraph's place in the
rendered HTML, so the page is byte for byte what Python-Markdown makes of it (the tests
compare whole sites), and gives MkDocs the blocks' anchors for its link checks.

A block is taken only when Python-Markdown is sure to pass it through as it is: it starts
a line after a blank line with a block-level tag whose class starts with `chronicle-` and
has no `markdown` attribute, ends with the same tag's matching end tag at the end of a
line followed by a blank line, and holds nothing Python-Markdown would rewrite or read
differently (tabs, carriage returns, blank or blank-looking lines, comments, scripts, a
`markdown` attribute). Anything else is left to Python-Markdown.

Material's search plugin then reads every indexed page with html.parser again, which would
be most of what is left of the engine's time: it is given a view of the page instead (see
`search_view`), in which each entry is a stand-in whose title and text the hook read itself,
the same as the plugin would, and the elements the plugin skips anyway are left out; the
theme gets the whole page.
"""

from __future__ import annotations

import contextlib
import html
import itertools
import os
import re
import secrets
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from jinja2 import Environment, FileSystemBytecodeCache
from jinja2.bccache import Bucket
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils.templates import TemplateContext

#: Tags Python-Markdown reads as the start of a raw HTML block (a subset: the ones worth it).
BLOCK_TAGS = frozenset({"section", "div", "ul", "ol", "dl", "form", "figure", "nav", "p", "table",
                        "details", "aside", "article", "header", "footer", "blockquote"})
_START = re.compile(r'^<([a-z][a-z0-9]*)\b[^>\n]*\bclass="chronicle-[^"\n]*"[^>\n]*>', re.M)
_MARKDOWN_WORD = re.compile(r"\smarkdown\b")
#: What Python-Markdown changes or reads specially before or inside an HTML block.
_UNSAFE_TEXT = ("\t", "\r", "\x02", "\x03", "<!", "<?", "<script", "<style", "<textarea")
_UNSAFE_TAG = re.compile(r"<(?:[!?]|script|style|textarea)")  # those starting with "<", found faster
_BLANK_LINE = re.compile(r"\n[ \f\v]*\n")  # blank lines, and blank-looking ones
#: What may follow a block's end tag: a blank line, or the end of the page.
_BLOCK_AFTER = ("\n\n", "\n", "")
_LINE_TAG = re.compile(r"<([a-z][a-z0-9]*)\b")
_ANCHOR = re.compile(r"""<(\w+)\b[^>]*?\s(id|name)=(?:"([^"]*)"|'([^']*)')""")
#: One word per build that no page holds (checked per page): the placeholder's prefix.
_NONCE = "chronicleblock" + secrets.token_hex(6)
_PLACEHOLDER = re.compile(rf"<p>{_NONCE}n(\d+)z</p>")

#: The blocks taken out of each page being rendered, by its source path.
_taken: dict[str, list[str]] = {}


@cache
def _tag_pattern(tag: str) -> re.Pattern[str]:
    """Start and end tags of one element name (`<ul ` or `<ul>`, `</ul>`)."""
    return re.compile(rf"<(/?){tag}[\s>]")


def _block_end(markdown: str, start: int, tag: str) -> int:
    """Where the block opened at `start` ends (after its matching end tag), or -1."""
    depth = 0
    for match in _tag_pattern(tag).finditer(markdown, start):
        depth += -1 if match.group(1) else 1
        if depth == 0:
            end = markdown.find(">", match.start())
            return -1 if end < 0 else end + 1
    return -1


def _markdown_attributes(text: str) -> list[int]:
    """Where `markdown` attributes are (the whitespace before the word inside a tag)."""
    return [at - 1 for at in _positions(text, "markdown") if at and _MARKDOWN_WORD.match(text, at - 1)
            and text.rfind("<", 0, at - 1) > text.rfind(">", 0, at - 1)]


def _markdown_closed(markdown: str) -> bool:
    """Whether each element with a `markdown` attribute is one line of its own (holding no block)."""
    for position in _markdown_attributes(markdown):
        start = markdown.rfind("\n", 0, position) + 1
        end = markdown.find("\n", position)
        line = markdown[start:end if end >= 0 else len(markdown)].rstrip()
        tag = _LINE_TAG.match(line)
        if not tag or not line.endswith(f"</{tag.group(1)}>") or line.count(f"<{tag.group(1)}") != 1:
            return False
    return True


def _passed_through(block: str, unsafe: list[str]) -> bool:
    """Whether Python-Markdown passes this HTML block through exactly as it is written
    (`unsafe`: those of _UNSAFE_TEXT in the page)."""
    return (not any(text in block for text in unsafe) and _BLANK_LINE.search(block) is None
            and not _markdown_attributes(block))


def take_blocks(markdown: str) -> tuple[str, list[str]]:
    """Return the Markdown with each run of finished blocks replaced by a placeholder, and the runs.

    Blocks one blank line apart make one run (one placeholder, as Python-Markdown joins them:
    each block with its line end, a blank line between).
    """
    if _NONCE in markdown or "```" in markdown or "~~~" in markdown or not _markdown_closed(markdown):
        return markdown, []
    unsafe = [text for text in _UNSAFE_TEXT if not text.startswith("<") and text in markdown]
    if _UNSAFE_TAG.search(markdown):
        unsafe += [text for text in _UNSAFE_TEXT if text.startswith("<")]
    pieces: list[str] = []
    runs: list[list[str]] = []
    done = position = 0
    while (match := _START.search(markdown, position)) is not None:
        start, tag = match.start(), match.group(1)
        position = match.end()
        if tag not in BLOCK_TAGS:
            continue
        end = _block_end(markdown, start, tag)
        if end < 0:  # never closed: how Python-Markdown reads the rest is not for us to guess
            break
        position = end  # nothing inside a block is taken on its own, taken or not
        block = markdown[start:end]
        alone = (start == 0 or markdown[start - 2:start] == "\n\n") and markdown[end:end + 2] in _BLOCK_AFTER
        if not alone or not _passed_through(block, unsafe):
            continue
        if runs and start == done + 2:  # right after the previous block: the same run
            runs[-1].append(block)
        else:
            pieces += [markdown[done:start], f"{_NONCE}n{len(runs)}z"]
            runs.append([block])
        done = end
    if not runs:
        return markdown, []
    pieces.append(markdown[done:])
    # Python-Markdown keeps each block's line end and puts a blank line between blocks.
    return "".join(pieces), ["\n".join(block + "\n" for block in run) for run in runs]


def put_back(rendered: str, runs: list[str]) -> str:
    """Put each run back in its placeholder's paragraph; a run not found stops the build."""
    found: list[int] = []

    def run(match: re.Match[str]) -> str:
        found.append(int(match.group(1)))
        return runs[int(match.group(1))]

    result = _PLACEHOLDER.sub(run, rendered)
    if sorted(found) != list(range(len(runs))):
        raise PluginError("Chronicle's MkDocs hook lost an HTML block of the page (a Markdown extension "
                          "rewrote its placeholder); build without the hook to compare")
    # Python-Markdown strips the page's end: a block there ends without its line end.
    return result.rstrip("\n") if result.endswith("\n") and not rendered.endswith("\n") else result


def anchors(runs: list[str]) -> set[str]:
    """The ids (and `<a name>`s) in the blocks, which MkDocs would have collected from them:
    each tag's first `id` or `name` attribute with a quoted value."""
    found = set()
    for run in runs:
        for match in _anchor_matches(run):
            if match.group(2) == "name" and match.group(1) != "a":
                continue
            value = match.group(3) if match.group(3) is not None else match.group(4)
            found.add(html.unescape(value) if "&" in value else value)
    return found


def _anchor_matches(run: str) -> Iterable[re.Match[str]]:
    """What `_ANCHOR.finditer(run)` finds, found from the attributes' names (a block has few)
    rather than by trying the pattern at every tag, where each follows a space in a tag
    holding one `<`: otherwise by the pattern."""
    at = []
    for word in ("id=", "name="):
        for position in _positions(run, word):
            if run[position - 1:position] != " ":
                return _ANCHOR.finditer(run)
            at.append(position - 1)
    matches: list[re.Match[str]] = []
    done = 0
    for position in sorted(at):
        opened = run.rfind(">", 0, position) + 1
        if run.count("<", opened, position) != 1:
            if run.find("<", opened, position) < 0:
                continue  # in text, outside any tag
            return _ANCHOR.finditer(run)
        start = run.find("<", opened, position)
        if start < done:
            continue
        match = _ANCHOR.match(run, start)
        if match is not None:
            matches.append(match)
            done = match.end()
    return matches


def _positions(text: str, word: str) -> Iterator[int]:
    """Where `word` is in `text`."""
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + 1)


@event_priority(-100)  # last: other plugins see the Markdown as written
def on_page_markdown(markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    """Take the page's finished HTML blocks out of the Markdown Python-Markdown reads."""
    text, runs = take_blocks(markdown)
    if runs:
        _taken[page.file.src_uri] = runs
    return text


@event_priority(100)  # first: other plugins (search) see the whole page
def on_page_content(html_text: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    """Put the blocks back into the rendered page and tell MkDocs the anchors they hold."""
    runs = _taken.pop(page.file.src_uri, None)
    if not runs:
        return html_text
    if page.present_anchor_ids is not None:
        page.present_anchor_ids |= anchors(runs)
    return put_back(html_text, runs)


# --- The search plugin's view of a page -------------------------------------------------
#
# Material's search plugin reads every page's HTML with html.parser and keeps the text of
# each heading's section, skipping elements marked `data-search-exclude` (an entry's
# sources, claims, notes: most of its HTML). The search view is the page as the plugin
# needs to read it; it reads the view, the theme the page. The index is the same (the
# tests compare it with a build without the hook). Two things are left out of the view:
#
# - An element opening with a heading that has an id (an entry: `<section>`, its `<h3>`):
#   the hook reads it as the plugin would, here (`_read_section`, cheaper than html.parser
#   and the plugin's handlers), and the plugin reads a stand-in: the element's and the
#   heading's start tags around a marker word, closed at once. The plugin makes the same
#   section of the stand-in (same place in the page, id, address, tags) and, as it creates
#   the index entry, the hook gives it the title and text it read (`_fill_section`). The
#   element is read so only when it is well nested and holds no other heading, no `pre`,
#   no text the two could split into tags differently (a `<`), and no search attribute with
#   a value, and when the plugin reads it from a clean state: nothing skipped, no heading,
#   link or `pre` open around it. Otherwise the plugin reads it itself.
# - Any other element the plugin would skip without a trace is replaced by an empty
#   comment, which the plugin ignores. Such an element holds no heading and no element of
#   its own tag (the plugin tells skipped elements apart by their tag, so a nested same-tag
#   element ends skipping early), it is not inside another skipped element, a section
#   heading has already been seen, and it lies at least as deep as the current section's
#   heading (whose end the plugin watches for).
#
# Neither holds a search attribute with a value (the plugin removes those from what it
# reads, which must give back the page). A page with comments, scripts or badly nested tags
# is read whole.

_HTML_TAG = re.compile(r"""<(/?)([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>""")
_ATTRIBUTE = re.compile(r"""([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?""")
#: What the search view does not handle: comments, raw-text elements.
_READ_WHOLE = re.compile(r"<!|<\?|<(?:script|style|object|textarea|title)\b", re.I)
#: A search attribute with a value, which the search plugin removes from the page it leaves the theme.
_SEARCH_VALUE = re.compile(r"data-search-\w+\s*=")
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
#: The tags the search plugin treats as void (never on its stack of open elements).
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
                   "source", "track", "wbr"})
#: The tags the search plugin keeps (as bare start and end tags) in a section's text.
_KEPT = frozenset({"p", "code", "pre", "li", "ol", "ul", "sub", "sup"})
#: Around an element read by the hook, what makes the plugin read it differently.
_NOT_AROUND = _HEADINGS | {"pre", "a"}
_EMPTY_COMMENT = "<!---->"


def _attributes(text: str) -> dict[str, str]:
    """A start tag's attributes by name, as the search plugin reads them (the last one of a name wins)."""
    found = {}
    for match in _ATTRIBUTE.finditer(text):
        value = next((v for v in match.group(2, 3, 4) if v is not None), "")
        found[match.group(1).lower()] = html.unescape(value)
    return found


@lru_cache(maxsize=1024)  # the same few attributes, on every entry
def _skipped(attributes: str) -> bool:
    """Whether the search plugin skips an element with these attributes (and all it holds)."""
    if "data-search-exclude" not in attributes and "linenodiv" not in attributes:
        return False
    found = _attributes(attributes)
    return "data-search-exclude" in found or found.get("class") == "linenodiv"


def _has_id(attributes: str) -> bool:
    return "id" in attributes and "id" in _attributes(attributes)


def _is_permalink(attributes: str) -> bool:
    """Whether a link is a heading's permalink, whose text the search plugin leaves out of the title."""
    return _attributes(attributes).get("class") == "headerlink"


def _skipped_element_end(content: str, start: int, tag: str) -> int:
    """Where the skipped element opened before `start` ends, or -1 when it may not be dropped."""
    stack: list[str] = []
    for match in _HTML_TAG.finditer(content, start):
        name = match.group(2).lower()
        if match.group(1):
            if stack:
                if stack.pop() != name:
                    return -1
            elif name == tag:
                return match.end()
            else:
                return -1
        elif name == tag or name in _HEADINGS:
            return -1
        elif name not in _VOID and not match.group(3).endswith("/"):
            stack.append(name)
    return -1


class _SearchReading:
    """What the search plugin's parser knows at each tag: open elements and section depths."""

    def __init__(self) -> None:
        self.stack: list[str] = []
        self.skipping: list[bool] = []  # per open element: one the plugin skips
        self.sections: list[float] = []  # each section's heading depth, as the plugin keeps them
        self.current = -1  # the index of the current section in `sections` (-1: none yet)
        self.skipped = 0  # open elements the plugin skips

    def start(self, name: str, attributes: str, skipping: bool) -> None:
        """Open an element (`skipping`: one the plugin skips)."""
        if name in _VOID:
            return
        self.stack.append(name)
        if name in _HEADINGS and _has_id(attributes):
            if name != "h1" and not self.sections:
                self.sections.append(len(self.stack))
            self.sections.append(len(self.stack))
            self.current = len(self.sections) - 1
        if self.current < 0:
            self.sections.append(0)
            self.current = 0
        self.skipping.append(skipping)
        self.skipped += skipping

    def end(self, name: str) -> bool:
        """Close an element; False when the plugin would ignore this end tag (read the page whole)."""
        if not self.stack or self.stack[-1] != name:
            return False
        if self.sections[self.current] > len(self.stack):
            for index in range(len(self.sections) - 1, -1, -1):
                if self.sections[index] <= len(self.stack):
                    self.sections[self.current] = float("inf")
                    self.current = index
                    break
        self.stack.pop()
        self.skipped -= self.skipping.pop()
        return True

    def may_drop(self, name: str, attributes: str) -> bool:
        """Whether a skipped element starting here leaves no trace in what the plugin reads."""
        return (not self.skipped and self.current >= 0 and name not in _HEADINGS and name not in _VOID
                and not attributes.endswith("/") and len(self.stack) + 1 >= self.sections[self.current])

    def may_read_section(self) -> bool:
        """Whether an element starting here would be read by the plugin from a clean state."""
        return not self.skipped and _NOT_AROUND.isdisjoint(self.stack)


def _close_kept(data: list[str], tag: str) -> None:
    """End a kept element as the search plugin does: it and what follows it go when all that
    follows its (first) start tag in the section is whitespace; ValueError without one."""
    index = data.index(f"<{tag}>")
    for piece in data[index + 1:]:
        if not piece.isspace():
            data.append(f"</{tag}>")
            return
    del data[index:]


class _Unread(Exception):
    """The element is left to the search plugin's own parser."""


#: Inside an element the hook reads: each tag with the text before it. A tag is matched as
#: html.parser reads it (a lower-case name ending where html.parser's does, attributes with
#: `>` only inside double quotes, no single quotes outside them); the element is left to the
#: plugin when a `<` is not matched as one (`_tokens` counts them).
_TOKEN = re.compile(r"""([^<]*)<(/?)([a-z][a-z0-9-]*)((?:[ \t\n\r\f/][^>"']*(?:"[^"]*"[^>"']*)*)?)>""")


def _tokens(content: str, outer: str, start: int) -> tuple[list[tuple[str, str, str, str]], int]:
    """The tags of the element whose start tag `outer` ends at `start`, each with the text
    before it (text, "/" for an end tag, name, attributes), up to the element's end tag, and
    where the element ends; raises _Unread when the element holds one of its own tag or
    something read otherwise by html.parser."""
    close = f"</{outer}>"
    end = content.find(close, start)
    if end < 0 or content.find(f"<{outer}", start, end) >= 0:
        raise _Unread
    end += len(close)
    region = content[start:end]
    tokens = _TOKEN.findall(region)
    if region.count("<") != len(tokens):
        raise _Unread
    return tokens, end


def _read_section(content: str, outer: str, start: int) -> tuple[int, int, list[str], list[str]]:
    """Read the element whose start tag `outer` ends at `start` and which opens with a heading,
    as the search plugin's parser reads it when it starts from a clean state (see above).

    Returns where the heading's start tag ends, where the element ends, and the section's
    title and text as the plugin collects them (escaped text, bare kept tags); raises _Unread.
    """
    tokens, end = _tokens(content, outer, start)
    between, closing, heading, attributes = tokens[0]
    if (closing or heading not in _HEADINGS or (between and not between.isspace())
            or attributes.endswith("/") or not _has_id(attributes) or _skipped(attributes)):
        raise _Unread
    stack = [outer, heading]
    skip: set[str] = set()  # the plugin's skipped tags (it tells skipped elements apart by tag)
    links: list[int] = []  # depths of the heading's open permalinks, whose text the plugin ignores
    title: list[str] = []
    text: list[str] = []
    data = title
    tags = iter(tokens)
    next(tags)
    for between, closing, name, attributes in tags:
        if between and not skip:
            _add_text(data is title, between, data, bool(links))
        if closing:
            _end(name, attributes, stack, skip, links, data)
            if len(stack) == 1:
                data = text
            continue
        if name in _VOID:
            continue
        if name in _HEADINGS or name == "pre" or attributes.endswith("/"):
            raise _Unread
        stack.append(name)
        if name == "a" and "headerlink" in attributes and _is_permalink(attributes):
            links.append(len(stack))
        if ("data-search-exclude" in attributes or "linenodiv" in attributes) and _skipped(attributes):
            skip.add(name)
            if not links:
                _pass_skipped(tags, stack, skip)
        elif not skip and name in _KEPT:
            data.append(f"<{name}>")
    if stack or skip:
        raise _Unread
    return start + len(tokens[0][0]) + len(tokens[0][3]) + len(heading) + 2, end, title, text


def _add_text(in_title: bool, between: str, data: list[str], in_permalink: bool) -> None:
    """Text read outside skipped elements, as the search plugin adds it to a title or a text."""
    if "&" in between:
        between = html.unescape(between)
    if between.isspace():
        if not in_title:
            if not data or not data[-1].isspace():
                data.append(" ")
        elif not in_permalink:
            data.append(" ")
    elif not in_title or not in_permalink:
        data.append(html.escape(between.replace("\n", " "), quote=False))


def _pass_skipped(tags: Iterator[tuple[str, str, str, str]], stack: list[str], skip: set[str]) -> None:
    """Read on through skipped elements (nothing to collect) until the plugin skips none."""
    for _, closing, name, attributes in tags:
        if closing:
            if attributes or stack[-1] != name:
                raise _Unread
            stack.pop()
            if name in skip:
                skip.discard(name)
                if not skip:
                    return
        elif name not in _VOID:
            if name in _HEADINGS or name == "pre" or attributes.endswith("/"):
                raise _Unread
            stack.append(name)
            if ("data-search-exclude" in attributes or "linenodiv" in attributes) and _skipped(attributes):
                skip.add(name)
    raise _Unread


def _end(name: str, attributes: str, stack: list[str], skip: set[str], links: list[int],
         data: list[str]) -> None:
    """An end tag, as the search plugin's parser reads it in an element the hook reads."""
    if attributes or not stack or stack[-1] != name:  # an end tag the plugin would ignore
        raise _Unread
    if links and links[-1] == len(stack):
        links.pop()
    stack.pop()
    if name in skip:
        skip.discard(name)
    elif not skip and name in _KEPT:
        try:
            _close_kept(data, name)
        except ValueError:  # the plugin would fail on it: let it
            raise _Unread from None


@dataclass
class SearchView:
    """What the search plugin reads of a page, and what it takes to give the page back."""

    #: The page as the plugin reads it.
    read: str
    #: Each stand-in in `read` with what it stands for, in page order.
    replaced: list[tuple[str, str]]
    #: The title and text of each element the hook read, by the marker word of its stand-in.
    sections: dict[str, tuple[list[str], list[str]]]


#: Stand-ins made so far in this build (each marker word is new).
_markers = itertools.count()


def _stand_in(content: str, start: re.Match[str], view: SearchView, reading: _SearchReading) -> int:
    """Read the element `start` opens if it opens with a heading and the hook may read it:
    note its stand-in and section in `view`, the stand-in's tags in `reading`, and return
    where the element ends; -1 to read on."""
    try:
        heading_end, end, title, text = _read_section(content, start.group(2).lower(), start.end())
    except _Unread:
        return -1
    if _SEARCH_VALUE.search(content, start.start(), end):
        return -1
    heading = _HTML_TAG.match(content, content.rfind("<", 0, heading_end))
    assert heading is not None
    marker = f"{_NONCE}s{next(_markers)}z"
    stand_in = f"{content[start.start():heading_end]}{marker}</{heading.group(2)}></{start.group(2)}>"
    view.replaced.append((stand_in, content[start.start():end]))
    view.sections[marker] = (title, text)
    for tag in (start, heading):
        reading.start(tag.group(2).lower(), tag.group(3), False)
    reading.end(heading.group(2).lower())
    reading.end(start.group(2).lower())
    return end


def search_view(content: str, sections: bool = True) -> SearchView | None:
    """The page as the search plugin needs to read it, or None to let the plugin read the page
    itself. `sections`: read elements opening with a heading here (the hook can give the
    plugin their titles and texts)."""
    if ("data-search-exclude" not in content and not sections) or _NONCE in content \
            or _READ_WHOLE.search(content):
        return None
    reading = _SearchReading()
    view = SearchView("", [], {})
    pieces: list[str] = []
    done = position = 0
    while (match := _HTML_TAG.search(content, position)) is not None:
        position = match.end()
        name, attributes = match.group(2).lower(), match.group(3)
        if match.group(1):
            if not reading.end(name):
                return None
            continue
        skipping = _skipped(attributes)
        if skipping and reading.may_drop(name, attributes):
            end = _skipped_element_end(content, position, name)
            if end > 0 and not _SEARCH_VALUE.search(content, match.start(), end):
                pieces += [content[done:match.start()], _EMPTY_COMMENT]
                view.replaced.append((_EMPTY_COMMENT, content[match.start():end]))
                done = position = end
                continue
        if (sections and not skipping and name not in _VOID and name not in _NOT_AROUND
                and not attributes.endswith("/") and reading.may_read_section()):
            end = _stand_in(content, match, view, reading)
            if end > 0:
                pieces += [content[done:match.start()], view.replaced[-1][0]]
                done = position = end
                continue
        reading.start(name, attributes, skipping)
        if attributes.endswith("/") and name not in _VOID and not reading.end(name):
            return None
    if not pieces:
        return None
    pieces.append(content[done:])
    view.read = "".join(pieces)
    return view


def whole_page(read: str, replaced: list[tuple[str, str]]) -> str:
    """The page again from its search view as the search plugin left it, each stand-in replaced
    by what it stands for (no search attribute with a value was there to remove)."""
    pieces: list[str] = []
    done = 0
    for stand_in, element in replaced:
        at = read.find(stand_in, done)
        if at < 0:
            raise PluginError("Chronicle's MkDocs hook cannot find the elements it left out of the page "
                              "the search plugin read; build without the hook")
        pieces += [read[done:at], element]
        done = at + len(stand_in)
    pieces.append(read[done:])
    return "".join(pieces)


#: The search view of each page the search plugin is reading.
_reading: dict[str, SearchView] = {}
#: The titles and texts of the sections the hook read, of each page by its source path, until
#: the page is read again (`chronicle serve` has the plugin index a page after its build).
_sections: dict[str, dict[str, tuple[list[str], list[str]]]] = {}


def _fill_section(section: Any, page: Page) -> None:
    """Give a stand-in's section the title and text of the element it stands for."""
    if len(section.title) == 1 and _NONCE in section.title[0]:
        found = _sections.get(page.file.src_uri, {}).pop(section.title[0], None)
        if found is None:
            raise PluginError("Chronicle's MkDocs hook lost the search text of an entry; "
                              "build without the hook")
        section.title, section.text = found


#: The search index classes made to fill stand-ins' sections (by this hook).
_filling: set[type] = set()


def _search_plugin(config: MkDocsConfig) -> Any | None:
    return config.plugins.get("material/search") or config.plugins.get("search")


def _fills_sections(plugin: Any) -> bool:
    """Whether the search plugin's index gives stand-ins the sections the hook read (it is made
    to, once); False for another search plugin, or one that changes the text."""
    module = sys.modules.get(type(plugin).__module__)
    index: Any = getattr(module, "SearchIndex", None)
    if (plugin is None or not callable(index) or not plugin.config.get("enabled", True)
            or getattr(module, "jieba", True) is not None
            or not callable(getattr(index, "create_entry_for_section", None))):
        return False
    if index not in _filling:
        create = index.create_entry_for_section

        def create_filled(self: Any, section: Any, toc: Any, url: str, page: Page) -> None:
            _fill_section(section, page)
            create(self, section, toc, url, page)

        index.create_entry_for_section = create_filled
        _filling.add(index)
    return True


def _search_alone(config: MkDocsConfig, plugin: Any) -> bool:
    """Whether the search plugin is the only one between the hook's two steps around it (any
    other would be given the search view instead of the page)."""
    between = [method for method in config.plugins.events["page_context"]
               if -1 < getattr(method, "mkdocs_priority", 0) < 1]
    return plugin is not None and between == [getattr(plugin, "on_page_context", None)]


@event_priority(1)  # right before the search plugin (0)
def on_page_context(context: TemplateContext, /, *, page: Page, config: MkDocsConfig,
                    nav: Navigation) -> TemplateContext:
    """Give the search plugin the page's search view to read: nothing of a page it leaves out
    of the index, where it would only look for search attributes with values to remove."""
    plugin = _search_plugin(config)
    if not page.content or not _search_alone(config, plugin):
        return context
    search = page.meta.get("search") or {}
    if isinstance(search, dict) and search.get("exclude"):
        view = None if _SEARCH_VALUE.search(page.content) else SearchView("", [("", page.content)], {})
    else:
        view = search_view(page.content, sections=_fills_sections(plugin))
    if view is not None:
        page.content, _reading[page.file.src_uri] = view.read, view
        _sections[page.file.src_uri] = view.sections
    return context


class _NoOptions(Config):  # type: ignore[no-untyped-call]
    """The step after search has no settings."""


class _AfterSearch(BasePlugin[_NoOptions]):  # type: ignore[no-untyped-call]
    """Gives the theme the whole page again once the search plugin has read its view."""

    @event_priority(-1)  # right after the search plugin (0)
    def on_page_context(self, context: TemplateContext, /, *, page: Page, config: MkDocsConfig,
                        nav: Navigation) -> TemplateContext:
        view = _reading.pop(page.file.src_uri, None)
        if view is not None and page.content is not None:
            page.content = whole_page(page.content, view.replaced)
        return context

    @event_priority(1)  # before the search plugin writes its index
    def on_post_build(self, *, config: MkDocsConfig) -> None:
        index = getattr(_search_plugin(config), "search_index", None)
        if any(_NONCE in entry.get("title", "") for entry in getattr(index, "entries", ())):
            raise PluginError("Chronicle's MkDocs hook left an entry of the search index without its "
                              "text; build without the hook")


class _ThemeBytecodeCache(FileSystemBytecodeCache):
    """Jinja's bytecode cache for the installed theme's templates only: a project's own
    templates (its `custom_dir`) are compiled on each build, as their folders come and go
    (each would leave a file in the cache)."""

    def __init__(self, folders: tuple[str, ...]) -> None:
        super().__init__()
        self.folders = folders
        self.passed: set[str] = set()  # the keys of templates compiled each time

    def get_bucket(self, environment: Environment, name: str, filename: str | None, source: str) -> Bucket:
        bucket = super().get_bucket(environment, name, filename, source)
        if filename is None or not os.path.abspath(filename).startswith(self.folders):
            self.passed.add(bucket.key)
        return bucket

    def set_bucket(self, bucket: Bucket) -> None:
        if bucket.key not in self.passed:
            super().set_bucket(bucket)


def on_env(env: Environment, /, *, config: MkDocsConfig, files: Files) -> Environment:
    """Keep the theme's compiled templates between builds (Jinja's bytecode cache, in the
    user's own folder of the system's temporary directory; a template is compiled again when
    its source changes): compiling Material's templates took about half a second of every
    build."""
    installed = [folder for folder in config.theme.dirs if folder != config.theme.custom_dir]
    folders = tuple(os.path.join(os.path.abspath(folder), "") for folder in installed)
    if env.bytecode_cache is None and folders:
        with contextlib.suppress(OSError, RuntimeError):  # no safe folder for it: compile as before
            env.bytecode_cache = _ThemeBytecodeCache(folders)
    return env


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Register the step that follows the search plugin (a hook has one handler per event)."""
    config.plugins["chronicle/after-search"] = _AfterSearch()
    return config
