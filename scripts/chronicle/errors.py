"""Problems found in the chronology, and the two ways they are printed.

A `Problem` always names the file, line and column, what is wrong and how to fix it,
so that a contributor who does not read Python can act on it. Validators collect
problems instead of raising, so that one run reports all of them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

Severity = Literal["error", "warning"]

#: What a terminal would act on or hide: control characters (ESC starts escape sequences,
#: a newline forges a line), direction overrides, invisible and line-separating characters.
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e"
                          "\u2060-\u2069\ufeff\ufff9-\ufffb\ud800-\udfff]")


def printable(text: str) -> str:
    """Return text safe to print in a terminal: every such character written as an escape (\\x1b)."""
    return _UNPRINTABLE.sub(_escape_char, text)


def _escape_char(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with one place in one file."""

    path: str
    line: int
    column: int
    message: str
    hint: str = ""
    severity: Severity = "error"

    def as_text(self) -> str:
        """Format as `path:line:column: message — hint` (warnings say so)."""
        prefix = "warning: " if self.severity == "warning" else ""
        text = f"{self.path}:{self.line}:{self.column}: {prefix}{self.message}"
        return printable(f"{text} — {self.hint}" if self.hint else text)

    def as_github(self) -> str:
        """Format as a GitHub Actions workflow command, shown on the pull request's diff."""
        body = printable(f"{self.message} — {self.hint}" if self.hint else self.message)
        return (
            f"::{self.severity} file={_escape_property(printable(self.path))},line={self.line},"
            f"col={self.column},title=chronicle validate::{_escape_data(body)}"
        )


def _escape_data(text: str) -> str:
    """Escape a workflow command's message as GitHub's runner expects."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    """Escape a workflow command's property value (file name)."""
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


class ChronicleError(Exception):
    """An error the user can fix; the CLI prints it as `Error: …` and exits 1."""
