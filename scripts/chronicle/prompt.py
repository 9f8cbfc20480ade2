"""Asking the person at the terminal for what a command still needs.

Commands such as `chronicle new` ask only when someone can answer; in CI or a script they
fail naming the missing option instead of waiting forever for input.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

import click

from .errors import ChronicleError

#: Asks for one value: (question, default or None, check returning the clean value) → value.
Ask = Callable[[str, str | None, Callable[[str], Any]], Any]


def stdin_is_terminal() -> bool:
    """Return True when a person can be asked (stdin is a terminal)."""
    return sys.stdin.isatty()


def terminal_ask() -> Ask | None:
    """Return a function asking at the terminal (again after a bad answer), or None without one."""
    if not stdin_is_terminal():
        return None
    return ask


def ask(question: str, default: str | None, check: Callable[[str], Any]) -> Any:
    """Ask one question; a ChronicleError from `check` is shown and the question repeated."""

    def convert(text: str) -> Any:
        try:
            return check(text)
        except ChronicleError as exc:
            raise click.UsageError(str(exc)) from exc

    return click.prompt(question, default=default, value_proc=convert, show_default=bool(default))
