"""Strict YAML reading with line numbers, and the canonical YAML writer.

PyYAML's defaults silently change data: a repeated key overwrites the first, `no` becomes
False, `12:30` becomes 750 and an unquoted `2021-05-13` becomes a date object. In a
chronology edited by strangers each of those is a wrong entry nobody notices, so here
each is a `Problem`. Parsing uses libyaml (`CSafeLoader`) because it is about ten times
faster than the pure-Python parser and chronologies grow to tens of thousands of files.

Files come from strangers' pull requests, and the checks run on every one of them, so
nothing in a file may knock the checks over: a file larger than `MAX_FILE_BYTES` is not
parsed; characters YAML cannot hold are reported before parsing; a first pass over the
parser's events (cheap, never expanded) refuses anchors and aliases (an entry has no use
for them, and nine levels of ten aliases expand to a billion values) and nesting deeper
than `MAX_DEPTH` (libyaml's composer recurses in C and crashes on deep nesting). Only
then is the file composed. Every one of these is a `Problem` naming the file and line.
"""

from __future__ import annotations

import operator
import re
import stat
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .errors import Problem

Position = tuple[int, int]
DataPath = tuple[str | int, ...]


def field_name(path: DataPath) -> str:
    """Name a place in an entry as messages do: `sources[0].url`, or "the file" for the whole."""
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text or "the file"

_QUOTE_HINT = 'put it in quotes, e.g. "{value}"'

#: The largest file read: a generous entry is a few kilobytes (dozens of sources fit).
MAX_FILE_BYTES = 128 * 1024
#: The deepest nesting of lists and mappings read (an event needs four levels).
MAX_DEPTH = 20
#: Characters YAML cannot hold raw in a file (YAML 1.1 §5.1): C0 controls other than tab,
#: line feed and carriage return, DEL, C1 controls other than NEL, surrogates, U+FFFE/U+FFFF.
_UNPRINTABLE = re.compile("[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_STR = "tag:yaml.org,2002:str"


#: The first characters of plain scalars that an implicit type (bool, int, float, null,
#: timestamp, merge, value) may match; none matches any other. Every character when a type
#: matches any start or a path resolver is set (PyYAML's safe loader has neither).
_TYPED_STARTS: frozenset[str] | None = (
    frozenset(k for k in yaml.CSafeLoader.yaml_implicit_resolvers if k)
    if None not in yaml.CSafeLoader.yaml_implicit_resolvers and not yaml.CSafeLoader.yaml_path_resolvers
    else None
)
#: The tags of short plain scalars already seen (field names, words like `true`, dates).
_PLAIN_TAGS: dict[str, str] = {}


class StrictLoader(yaml.CSafeLoader):
    """libyaml's safe loader whose constructor reports, instead of accepting, ambiguous YAML."""

    def __init__(self, stream: str, display: str, problems: list[Problem]) -> None:
        super().__init__(stream)
        self.display = display
        self.problems = problems

    def resolve(self, kind: type[yaml.Node], value: Any, implicit: tuple[bool, bool]) -> str:
        """Tag a node as PyYAML does, answering text and the usual words at once: libyaml asks
        for every node's tag, and PyYAML's answer (in Python) was a sixth of reading an entry.
        A scalar is text when quoted or a block; a plain one's tag depends on its text alone,
        and the field names and short values that recur in every file are answered once."""
        if _TYPED_STARTS is not None:
            if kind is yaml.ScalarNode:
                if not implicit[0] or (value and value[0] not in _TYPED_STARTS):
                    return _STR
                tag = _PLAIN_TAGS.get(value)
                if tag is None:
                    tag = super().resolve(kind, value, implicit)  # type: ignore[no-untyped-call]
                    if len(value) <= 32 and len(_PLAIN_TAGS) < 4096:
                        _PLAIN_TAGS[value] = tag
                return tag
            return _MAP if kind is yaml.MappingNode else _SEQ  # as PyYAML answers without path resolvers
        return super().resolve(kind, value, implicit)  # type: ignore[no-untyped-call, no-any-return]

    if _TYPED_STARTS is not None:
        # libyaml's composer calls these two around every node, for path resolvers, which the
        # safe loader has none of (PyYAML's methods then return at once): C built-ins that do
        # nothing of note spare two Python calls a node (a tenth of composing an entry).
        descend_resolver = operator.is_  # type: ignore[assignment]  # (parent, index) -> an unread bool
        ascend_resolver = tuple  # type: ignore[assignment]  # () -> the empty tuple, read by nobody

    def _report(self, node: yaml.Node, message: str, hint: str) -> None:
        mark = node.start_mark
        self.problems.append(Problem(self.display, mark.line + 1, mark.column + 1, message, hint))

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        """Build a mapping of text keys, reporting every key that appears twice or is not text."""
        node.value = [(k, v) for k, v in node.value if self._text_key(k)]
        seen: dict[Any, int] = {}
        for key_node, _ in node.value:
            key = key_node.value
            if key in seen:
                self._report(
                    key_node,
                    f"duplicate key '{key}' (first on line {seen[key]})",
                    "remove one of them: YAML would silently keep only the last",
                )
            else:
                seen[key] = key_node.start_mark.line + 1
        return super().construct_mapping(node, deep=deep)

    def _text_key(self, key_node: yaml.Node) -> bool:
        """Keep a key that is a word; read a number, null or boolean key as its text, reported."""
        if not isinstance(key_node, yaml.ScalarNode):
            what = "a list" if isinstance(key_node, yaml.SequenceNode) else "a mapping"
            self._report(
                key_node,
                f"a field name must be a word, not {what}",
                "write `field: value`; remove the '?' or brackets before the colon",
            )
            return False
        if key_node.tag != _STR:
            self._report(
                key_node,
                f"field name {key_node.value or '(empty)'} is read as {_tag_name(key_node.tag)}, "
                "not as a word",
                "field names are words such as `title:`; check this line's indentation",
            )
            key_node.tag = _STR
        return True

    def construct_strict_bool(self, node: yaml.ScalarNode) -> bool | str:
        """Accept true/false; report yes/no/on/off, which YAML 1.1 turns into booleans."""
        value: str = node.value
        if value.lower() in ("true", "false"):
            return value.lower() == "true"
        self._report(
            node,
            f"unquoted '{value}' is read as a boolean, not as the word",
            _QUOTE_HINT.format(value=value) + " (or write true/false for a yes/no field)",
        )
        return value

    def construct_strict_timestamp(self, node: yaml.ScalarNode) -> str:
        """Report unquoted dates, which YAML turns into date objects."""
        self._report(
            node,
            f"unquoted date {node.value} is read as a date object, not as text",
            _QUOTE_HINT.format(value=node.value),
        )
        return str(node.value)

    def construct_strict_int(self, node: yaml.ScalarNode) -> int | str:
        """Report base-60 (12:30 → 750) and octal (012 → 10) integers."""
        value = node.value.replace("_", "")
        if ":" in value:
            self._report(
                node,
                f"unquoted {node.value} is read as a base-60 number, not as a time",
                _QUOTE_HINT.format(value=node.value),
            )
            return str(node.value)
        if re.fullmatch(r"[-+]?0[0-7]+", value) or value.lstrip("+-").startswith("0o"):
            self._report(
                node,
                f"unquoted {node.value} is read as an octal number",
                _QUOTE_HINT.format(value=node.value) + " or drop the leading zero",
            )
            return str(node.value)
        number: int = super().construct_yaml_int(node)
        return number

    def construct_strict_float(self, node: yaml.ScalarNode) -> float | str:
        """Report base-60 floats (1:30.5), which nobody means."""
        if ":" in node.value:
            self._report(
                node,
                f"unquoted {node.value} is read as a base-60 number",
                _QUOTE_HINT.format(value=node.value),
            )
            return str(node.value)
        number: float = super().construct_yaml_float(node)
        return number


def _tag_name(tag: str) -> str:
    kind = tag.rsplit(":", 1)[-1]
    return {"int": "a number", "float": "a number", "null": "empty (null)", "bool": "true/false",
            "timestamp": "a date", "merge": "a merge key (<<)"}.get(kind, kind)


StrictLoader.add_constructor("tag:yaml.org,2002:bool", StrictLoader.construct_strict_bool)
StrictLoader.add_constructor("tag:yaml.org,2002:timestamp", StrictLoader.construct_strict_timestamp)
StrictLoader.add_constructor("tag:yaml.org,2002:int", StrictLoader.construct_strict_int)
StrictLoader.add_constructor("tag:yaml.org,2002:float", StrictLoader.construct_strict_float)


@dataclass
class Document:
    """A YAML file read strictly: its data, where each value stands, and what was wrong.

    Where values stand is needed only to place a problem, and most files have none: reading
    keeps the text it parsed (`source`), and the first `position` asked for parses it again
    to index every value (a fifth of reading a file saved, and the memory of the index).
    """

    display: str
    data: Any = None
    problems: list[Problem] = field(default_factory=list)
    #: The text the data was parsed from (tabs as spaces), or None when it was not parsed.
    source: str | None = field(default=None, repr=False, compare=False)
    _positions: dict[DataPath, Position] | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def positions(self) -> dict[DataPath, Position]:
        """Where every value starts, by its path from the document's root (indexed once, on demand)."""
        if self._positions is None:
            self._positions = _positions_of(self.source) if self.source is not None else {}
        return self._positions

    def __reduce__(self) -> tuple[type[Document], tuple[Any, ...]]:
        """Pickle as the four fields (twice as fast to load as the object's dict): documents read
        by another process come back pickled (parallel.py); the index is made again if needed."""
        return Document, (self.display, self.data, self.problems, self.source)

    def position(self, path: DataPath) -> Position:
        """Return the line and column of a value, or of its nearest existing parent."""
        positions = self.positions
        path = tuple(path)
        while path and path not in positions:
            path = path[:-1]
        return positions.get(path, (1, 1))

    def problem(self, path: DataPath, message: str, hint: str = "", severity: str = "error") -> Problem:
        """Make a problem placed at a value of this document."""
        line, column = self.position(path)
        return Problem(self.display, line, column, message, hint, severity)  # type: ignore[arg-type]


def read_text(path: Path) -> str:
    """Read a file as UTF-8 (with or without a byte-order mark)."""
    return path.read_bytes().decode("utf-8-sig")


def _read_bounded(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """Read a regular file, at most one byte more than the limit (so a huge file costs nothing)."""
    with path.open("rb") as handle:
        return handle.read(limit + 1)


def read_limited_text(path: Path, limit: int) -> str:
    """Read a regular UTF-8 file of at most `limit` bytes; raise OSError or ValueError saying why not."""
    if not stat.S_ISREG(path.stat().st_mode):
        raise OSError("not a regular file")
    data = _read_bounded(path, limit)
    if len(data) > limit:
        raise ValueError(f"the file is more than {limit:,} bytes")
    return data.decode("utf-8-sig")


def load_document(path: Path, display: str | None = None) -> Document:
    """Read one YAML file strictly; never raises for bad content, reports it instead.

    Only regular files are opened (a FIFO would block, /dev/zero never ends), and only
    their first `MAX_FILE_BYTES` + 1 bytes are read.
    """
    display = display or path.as_posix()
    doc = Document(display)
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            what = "a folder" if stat.S_ISDIR(info.st_mode) else "not a regular file (a device, pipe, socket)"
            doc.problems.append(Problem(display, 1, 1, f"this is {what}, not a YAML file",
                                        "replace it with a regular .yaml file or remove it"))
            return doc
        data = _read_bounded(path)
    except OSError as exc:
        reason = (exc.strerror or str(exc)).lower()
        doc.problems.append(Problem(display, 1, 1, f"cannot read the file ({reason})",
                                    "make it a readable regular file (a link must lead to one)"))
        return doc
    if len(data) > MAX_FILE_BYTES:
        doc.problems.append(_too_large(display, f"more than {MAX_FILE_BYTES:,} bytes"))
        return doc
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        doc.problems.append(
            Problem(display, line, 1, f"the file is not UTF-8 text ({exc.reason})", "save it as UTF-8")
        )
        return doc
    return load_string(text, display)


def _too_large(display: str, size: str) -> Problem:
    return Problem(
        display, 1, 1, f"the file is {size}; at most {MAX_FILE_BYTES:,} bytes are read",
        "an entry is a few kilobytes: shorten the text (quote only the words that support it)",
    )


def load_string(text: str, display: str) -> Document:
    """Parse YAML text strictly, collecting every problem found."""
    doc = Document(display)
    if len(text) > MAX_FILE_BYTES:
        doc.problems.append(_too_large(display, f"{len(text):,} characters long"))
        return doc
    doc.problems.extend(_unprintable_problems(text, display))
    if doc.problems:
        return doc
    if "\t" in text:
        doc.problems.extend(_tab_problems(text, display))
        text = text.replace("\t", " ")
    shape = None if _plainly_shallow(text) else _shape_problem(text, display)
    if shape:
        doc.problems.append(shape)
        return doc
    loader = StrictLoader(text, display, doc.problems)
    doc.source = text
    try:
        node = loader.get_single_node()
        if node is not None:
            doc.data = _construct(loader, node, doc)
    except yaml.MarkedYAMLError as exc:
        doc.problems.append(_syntax_problem(exc, display))
        doc.data = None
    except yaml.YAMLError as exc:  # not marked: name the file ourselves, never "<unicode string>"
        doc.problems.append(Problem(display, 1, 1, f"invalid YAML: {exc}", "check the file's syntax"))
        doc.data = None
    finally:
        loader.dispose()
    return doc


class _NotPlain(Exception):
    """A node the quick path leaves to the loader's constructors (and their checks)."""


_NULL, _SEQ, _MAP = "tag:yaml.org,2002:null", "tag:yaml.org,2002:seq", "tag:yaml.org,2002:map"
_SCALAR, _MAPPING, _SEQUENCE = yaml.ScalarNode, yaml.MappingNode, yaml.SequenceNode
_intern = sys.intern


def _construct(loader: StrictLoader, node: yaml.Node, doc: Document) -> Any:
    """Build the document's data.

    Entries are text, lists and mappings of words: those are built here directly, about five
    times faster than PyYAML's generic constructors; any other scalar goes through the strict
    loader's own constructor (which reports ambiguous values). A key that is not a word, a key
    given twice or an unusual tag sends the whole document down the loader's path instead.
    """
    reported = len(doc.problems)
    try:
        return _plain(loader, node)
    except _NotPlain:
        del doc.problems[reported:]
        loader.constructed_objects = {}
        return loader.construct_document(node)


def _plain(loader: StrictLoader, node: yaml.Node) -> Any:
    kind, tag = type(node), node.tag
    if kind is _SCALAR:
        if tag == _STR:
            return node.value
        return None if tag == _NULL else loader.construct_object(node)
    if kind is _MAPPING and tag == _MAP:
        data: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if type(key_node) is not _SCALAR or key_node.tag != _STR or key_node.value in data:
                raise _NotPlain
            # Field names are shared by every file (one string each, not one a file: 100 MB at
            # 50,000 entries, and pickled once per batch); a text value is taken without a call.
            data[_intern(key_node.value)] = (value_node.value if type(value_node) is _SCALAR
                                             and value_node.tag == _STR else _plain(loader, value_node))
        return data
    if kind is _SEQUENCE and tag == _SEQ:
        return [item.value if type(item) is _SCALAR and item.tag == _STR else _plain(loader, item)
                for item in node.value]
    raise _NotPlain


def _positions_of(text: str) -> dict[DataPath, Position]:
    """Index where every value of a text the strict loader read starts (empty if it cannot be parsed)."""
    positions: dict[DataPath, Position] = {}
    loader = yaml.CSafeLoader(text)
    try:
        node = loader.get_single_node()
        if node is not None:
            _index(node, (), positions)
    except yaml.YAMLError:
        return {}
    finally:
        loader.dispose()
    return positions


def _syntax_problem(exc: yaml.MarkedYAMLError, display: str) -> Problem:
    mark = exc.problem_mark or exc.context_mark
    line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    what = exc.problem or exc.context or "invalid YAML"
    if what == "but found another document":
        message = "the file holds more than one YAML document (a '---' line)"
        hint = "keep one entry per file: move what follows '---' into its own file"
    else:
        message, hint = f"invalid YAML: {what}", "check indentation, colons and quotes here"
    return Problem(display, line, column, message, hint)


def _unprintable_problems(text: str, display: str) -> list[Problem]:
    """Report characters YAML cannot hold (at most five, one per line), before parsing."""
    problems: list[Problem] = []
    for match in _UNPRINTABLE.finditer(text):
        line = text.count("\n", 0, match.start()) + 1
        if problems and problems[-1].line == line:
            continue
        column = match.start() - text.rfind("\n", 0, match.start())
        problems.append(Problem(
            display, line, column,
            f"the file holds the invisible character U+{ord(match.group()):04X}, which YAML cannot hold",
            "remove it (an editor may show it as a box or nothing at all)",
        ))
        if len(problems) == 5:
            break
    return problems


#: Each line's indentation; and its leading block indicators ("- ", "? "), where there are any.
_INDENT = re.compile(r"^ *", re.M)
_LEADS = re.compile(r"^ *(?:[-?] +)+", re.M)
_INDICATOR = re.compile(r"[-?] +")
#: Texts none of whose lines starts with this many spaces and block indicators have all those
#: columns below it, so at most this many of them: one search (in C) then bounds the depth.
_FEW_COLUMNS = 7
_FAR_LEAD = re.compile(f"^[ ?-]{{{_FEW_COLUMNS}}}", re.M)


def _plainly_shallow(text: str) -> bool:
    """True when the text can hold no anchor, no alias and no nesting deeper than MAX_DEPTH.

    Then the parser's events need not be read one by one (a quarter of reading a file).
    Anchors and aliases need '&' and '*'. Along any path of nested block collections, each
    starts at a column where a line's content or a block indicator's content starts, and at
    most two share a column (a list may sit at its key's column); flow collections need a
    bracket each. So the depth is at most twice the number of such columns plus the number
    of brackets, a bound regular expressions give in two passes over the text (in one, when
    no line's leading spaces and indicators reach `_FEW_COLUMNS`, as in most entries).
    """
    if "&" in text or "*" in text:
        return False
    brackets = text.count("[") + text.count("{")
    if 2 * _FEW_COLUMNS + brackets <= MAX_DEPTH and not _FAR_LEAD.search(text):
        return True  # every column a collection may start at is below _FEW_COLUMNS
    columns = set(map(len, _INDENT.findall(text)))
    for lead in _LEADS.findall(text):
        columns.update(indicator.end() for indicator in _INDICATOR.finditer(lead))
    return 2 * len(columns) + brackets <= MAX_DEPTH


def _shape_problem(text: str, display: str) -> Problem | None:
    """Refuse anchors, aliases and deep nesting from the parser's events, before composing.

    Events are never expanded, so this pass costs the same on an alias bomb as on an
    entry; it stops at the first problem. Syntax errors are left to the real parse,
    whose messages are better.
    """
    loader = yaml.CSafeLoader(text)
    depth = 0
    try:
        while loader.check_event():
            event = loader.get_event()
            if event is None:
                break
            if isinstance(event, yaml.AliasEvent):
                return _event_problem(display, event, f"alias *{event.anchor}: aliases are not allowed in "
                                      "entries", "write the value out in full where it is needed")
            anchor = getattr(event, "anchor", None)
            if anchor:
                return _event_problem(display, event, f"anchor &{anchor}: anchors are not allowed in "
                                      "entries", f"remove '&{anchor}' and write values out in full")
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > MAX_DEPTH:
                    return _event_problem(display, event, f"lists and mappings nested more than {MAX_DEPTH} "
                                          "levels deep", "an entry needs at most four levels: flatten it")
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
    except yaml.YAMLError:
        return None
    finally:
        loader.dispose()
    return None


def _event_problem(display: str, event: yaml.Event, message: str, hint: str) -> Problem:
    mark = event.start_mark
    line, column = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
    return Problem(display, line, column, message, hint)


def _tab_problems(text: str, display: str) -> Iterator[Problem]:
    for number, line in enumerate(text.splitlines(), start=1):
        column = line.find("\t")
        if column >= 0:
            yield Problem(display, number, column + 1, "tab character", "use spaces instead of tabs")


def _index(node: yaml.Node, path: DataPath, out: dict[DataPath, Position]) -> None:
    """Record where every value starts, keyed by its path from the document root."""
    out[path] = (node.start_mark.line + 1, node.start_mark.column + 1)
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            if isinstance(key_node, yaml.ScalarNode):
                _index(value_node, (*path, key_node.value), out)
    elif isinstance(node, yaml.SequenceNode):
        for number, item in enumerate(node.value):
            _index(item, (*path, number), out)


# --- the canonical writer -------------------------------------------------------------


class _CanonicalDumper(yaml.SafeDumper):
    """Writes strings so that the strict loader reads them back unchanged."""


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    if "\n" in value or len(value) > 88:
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=">")
    resolved = dumper.resolve(yaml.ScalarNode, value, (True, False))  # type: ignore[no-untyped-call]
    if resolved != "tag:yaml.org,2002:str" or re.fullmatch(r"[0-9:\-. ]+", value):
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style='"')
    return dumper.represent_scalar("tag:yaml.org,2002:str", value)


_CanonicalDumper.add_representer(str, _represent_str)


def dump(data: Any, modeline: str | None = None) -> str:
    """Write data as canonical YAML: keys in the given order, dates quoted, long text folded."""
    body = yaml.dump(
        data,
        Dumper=_CanonicalDumper,
        sort_keys=False,
        allow_unicode=True,
        width=92,
        default_flow_style=False,
        indent=2,
    )
    return f"{modeline}\n{body}" if modeline else body
