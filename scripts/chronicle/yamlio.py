"""Strict YAML reading with line numbers, and the canonical YAML writer.

PyYAML's defaults silently change data: a repeated key overwrites the first, `no` becomes
False, `12:30` becomes 750 and an unquoted `2021-05-13` becomes a date object. In a
chronology edited by strangers each of those is a wrong entry nobody notices, so here
each is a `Problem`. Parsing uses libyaml (`CSafeLoader`) because it is about ten times
faster than the pure-Python parser and chronologies grow to tens of thousands of files.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .errors import Problem

Position = tuple[int, int]
DataPath = tuple[str | int, ...]

_QUOTE_HINT = 'put it in quotes, e.g. "{value}"'


class StrictLoader(yaml.CSafeLoader):
    """libyaml's safe loader whose constructor reports, instead of accepting, ambiguous YAML."""

    def __init__(self, stream: str, display: str, problems: list[Problem]) -> None:
        super().__init__(stream)
        self.display = display
        self.problems = problems

    def _report(self, node: yaml.Node, message: str, hint: str) -> None:
        mark = node.start_mark
        self.problems.append(Problem(self.display, mark.line + 1, mark.column + 1, message, hint))

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        """Build a mapping, reporting every key that appears twice."""
        seen: dict[Any, int] = {}
        for key_node, _ in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                continue
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

    def construct_strict_bool(self, node: yaml.ScalarNode) -> bool | str:
        """Accept true/false; report yes/no/on/off, which YAML 1.1 turns into booleans."""
        value = node.value
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
        return node.value

    def construct_strict_int(self, node: yaml.ScalarNode) -> int | str:
        """Report base-60 (12:30 → 750) and octal (012 → 10) integers."""
        value = node.value.replace("_", "")
        if ":" in value:
            self._report(
                node,
                f"unquoted {node.value} is read as a base-60 number, not as a time",
                _QUOTE_HINT.format(value=node.value),
            )
            return node.value
        if re.fullmatch(r"[-+]?0[0-7]+", value) or value.lstrip("+-").startswith("0o"):
            self._report(
                node,
                f"unquoted {node.value} is read as an octal number",
                _QUOTE_HINT.format(value=node.value) + " or drop the leading zero",
            )
            return node.value
        return super().construct_yaml_int(node)

    def construct_strict_float(self, node: yaml.ScalarNode) -> float | str:
        """Report base-60 floats (1:30.5), which nobody means."""
        if ":" in node.value:
            self._report(
                node,
                f"unquoted {node.value} is read as a base-60 number",
                _QUOTE_HINT.format(value=node.value),
            )
            return node.value
        return super().construct_yaml_float(node)


StrictLoader.add_constructor("tag:yaml.org,2002:bool", StrictLoader.construct_strict_bool)
StrictLoader.add_constructor("tag:yaml.org,2002:timestamp", StrictLoader.construct_strict_timestamp)
StrictLoader.add_constructor("tag:yaml.org,2002:int", StrictLoader.construct_strict_int)
StrictLoader.add_constructor("tag:yaml.org,2002:float", StrictLoader.construct_strict_float)


@dataclass
class Document:
    """A YAML file read strictly: its data, where each value stands, and what was wrong."""

    display: str
    data: Any = None
    positions: dict[DataPath, Position] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    def position(self, path: DataPath) -> Position:
        """Return the line and column of a value, or of its nearest existing parent."""
        path = tuple(path)
        while path and path not in self.positions:
            path = path[:-1]
        return self.positions.get(path, (1, 1))

    def problem(self, path: DataPath, message: str, hint: str = "", severity: str = "error") -> Problem:
        """Make a problem placed at a value of this document."""
        line, column = self.position(path)
        return Problem(self.display, line, column, message, hint, severity)  # type: ignore[arg-type]


def read_text(path: Path) -> str:
    """Read a file as UTF-8 (with or without a byte-order mark)."""
    return path.read_bytes().decode("utf-8-sig")


def load_document(path: Path, display: str | None = None) -> Document:
    """Read one YAML file strictly; never raises for bad content, reports it instead."""
    display = display or path.as_posix()
    try:
        text = read_text(path)
    except UnicodeDecodeError as exc:
        doc = Document(display)
        doc.problems.append(
            Problem(display, 1, 1, f"the file is not UTF-8 text ({exc.reason})", "save it as UTF-8")
        )
        return doc
    return load_string(text, display)


def load_string(text: str, display: str) -> Document:
    """Parse YAML text strictly, collecting every problem found."""
    doc = Document(display)
    if "\t" in text:
        doc.problems.extend(_tab_problems(text, display))
        text = text.replace("\t", " ")
    loader = StrictLoader(text, display, doc.problems)
    try:
        node = loader.get_single_node()
        if node is not None:
            _index(node, (), doc.positions)
            doc.data = loader.construct_document(node)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        what = exc.problem or exc.context or "invalid YAML"
        if what == "but found another document":
            message = "the file holds more than one YAML document (a '---' line)"
            hint = "keep one entry per file: move what follows '---' into its own file"
        else:
            message, hint = f"invalid YAML: {what}", "check indentation, colons and quotes here"
        doc.problems.append(Problem(display, line, column, message, hint))
        doc.data = None
    finally:
        loader.dispose()
    return doc


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
    resolved = dumper.resolve(yaml.ScalarNode, value, (True, False))
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
