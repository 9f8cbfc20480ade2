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

Material's search plugin then reads every indexed page with html.parser again; it is given
a view of the page without the elements it would skip anyway (see `search_view`), and the
theme the whole page.
"""

from __future__ import annotations

import html
import re
import secrets
from functools import cache

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
_UNSAFE_TEXT = ("\t", "\r", "\x02", "\x03", "\n\n", "<!", "<?", "<script", "<style", "<textarea")
_BLANK_LINE = re.compile(r"\n[ \f\v]*\n")
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
    """Where `markdown` attributes are (the word inside a tag), fast on text holding none."""
    if " markdown" not in text and "\nmarkdown" not in text and "\tmarkdown" not in text:
        return []
    return [match.start() for match in _MARKDOWN_WORD.finditer(text)
            if text.rfind("<", 0, match.start()) > text.rfind(">", 0, match.start())]


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


def _passed_through(block: str) -> bool:
    """Whether Python-Markdown passes this HTML block through exactly as it is written."""
    return (not any(text in block for text in _UNSAFE_TEXT) and _BLANK_LINE.search(block) is None
            and not _markdown_attributes(block))


def take_blocks(markdown: str) -> tuple[str, list[str]]:
    """Return the Markdown with each run of finished blocks replaced by a placeholder, and the runs.

    Blocks one blank line apart make one run (one placeholder, as Python-Markdown joins them:
    each block with its line end, a blank line between).
    """
    if _NONCE in markdown or "```" in markdown or "~~~" in markdown or not _markdown_closed(markdown):
        return markdown, []
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
        if not alone or not _passed_through(block):
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
    """The ids (and `<a name>`s) in the blocks, which MkDocs would have collected from them."""
    found = set()
    for run in runs:
        for match in _ANCHOR.finditer(run):
            if match.group(2) == "name" and match.group(1) != "a":
                continue
            value = match.group(3) if match.group(3) is not None else match.group(4)
            found.add(html.unescape(value) if "&" in value else value)
    return found


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
# sources, claims, notes: most of its HTML). The search view is the page with each such
# element that the plugin would skip without a trace replaced by an empty comment, which
# the plugin ignores; it reads the view, the theme the page. The index is the same (the
# tests compare it with a build without the hook). An element is replaced only when
# nothing in it can change the plugin's state: it holds no heading and no element of its
# own tag (the plugin tells skipped elements apart by their tag), it is not inside another
# skipped element, a section heading has already been seen, and it lies at least as deep
# as the current section's heading (whose end the plugin watches for). A page with
# comments, scripts, badly nested tags or search attributes with values is read whole.

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
_EMPTY_COMMENT = "<!---->"


def _attributes(text: str) -> dict[str, str]:
    """A start tag's attributes by name, as the search plugin reads them (the last one of a name wins)."""
    found = {}
    for match in _ATTRIBUTE.finditer(text):
        value = next((v for v in match.group(2, 3, 4) if v is not None), "")
        found[match.group(1).lower()] = html.unescape(value)
    return found


def _skipped(attributes: str) -> bool:
    """Whether the search plugin skips an element with these attributes (and all it holds)."""
    if "data-search-exclude" not in attributes and "linenodiv" not in attributes:
        return False
    found = _attributes(attributes)
    return "data-search-exclude" in found or found.get("class") == "linenodiv"


def _has_id(attributes: str) -> bool:
    return "id" in attributes and "id" in _attributes(attributes)


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


def search_view(content: str) -> tuple[str, list[str]] | None:
    """The page as the search plugin needs to read it and the elements left out of it, or None
    to let the plugin read the page itself."""
    if "data-search-exclude" not in content or _READ_WHOLE.search(content):
        return None
    reading = _SearchReading()
    pieces: list[str] = []
    dropped: list[str] = []
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
                dropped.append(content[match.start():end])
                done = position = end
                continue
        reading.start(name, attributes, skipping)
        if attributes.endswith("/") and name not in _VOID and not reading.end(name):
            return None
    if not pieces:
        return None
    pieces.append(content[done:])
    return "".join(pieces), dropped


def whole_page(read: str, dropped: list[str]) -> str:
    """The page again from its search view as the search plugin left it, the dropped elements back.

    The plugin removes search attributes with values from the page; no dropped element has one.
    """
    kept = read.split(_EMPTY_COMMENT)
    if len(kept) != len(dropped) + 1:
        raise PluginError("Chronicle's MkDocs hook cannot find the elements it left out of the page "
                          "the search plugin read; build without the hook")
    pieces = [kept[0]]
    for element, after in zip(dropped, kept[1:], strict=True):
        pieces += [element, after]
    return "".join(pieces)


#: The elements left out of the search view of each page the search plugin is reading.
_reading: dict[str, list[str]] = {}


@event_priority(1)  # right before the search plugin (0)
def on_page_context(context: TemplateContext, /, *, page: Page, config: MkDocsConfig,
                    nav: Navigation) -> TemplateContext:
    """Give the search plugin the page's search view to read."""
    search = page.meta.get("search") or {}
    if page.content and not (isinstance(search, dict) and search.get("exclude")):
        view = search_view(page.content)
        if view is not None:
            page.content, _reading[page.file.src_uri] = view
    return context


class _NoOptions(Config):  # type: ignore[no-untyped-call]
    """The step after search has no settings."""


class _AfterSearch(BasePlugin[_NoOptions]):  # type: ignore[no-untyped-call]
    """Gives the theme the whole page again once the search plugin has read its view."""

    @event_priority(-1)  # right after the search plugin (0)
    def on_page_context(self, context: TemplateContext, /, *, page: Page, config: MkDocsConfig,
                        nav: Navigation) -> TemplateContext:
        dropped = _reading.pop(page.file.src_uri, None)
        if dropped is not None and page.content is not None:
            page.content = whole_page(page.content, dropped)
        return context


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Register the step that follows the search plugin (a hook has one handler per event)."""
    config.plugins["chronicle/after-search"] = _AfterSearch()
    return config
