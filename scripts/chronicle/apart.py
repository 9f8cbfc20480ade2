"""Run one step of a command in a forked child, so the memory it used is the system's again.

`chronicle build` reads the chronology and writes content/ (its own steps), then runs the
site engine in another process. Python keeps what it freed for its own reuse, so the
build's process would still hold most of its peak while the engine runs beside it: at
50,000 entries the two added up over the 2 GB the build may take. Run apart, the own
steps' memory goes back to the system when the child ends, before the engine starts.

The child's messages are passed to the parent's `echo` as they come; its ChronicleError is
raised again in the parent, with the same message; Ctrl+C, SIGTERM or SIGHUP stop both, and
the parent waits for the child to clean up. Without fork (not Linux or macOS), the step
runs in this process.
"""

from __future__ import annotations

import multiprocessing
import traceback
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any, TypeVar

from .errors import ChronicleError

Echo = Callable[[str], None]
T = TypeVar("T")

#: How long a stopped child may take to remove what it staged before it is killed.
STOP_GRACE_S = 30.0


def run_apart(step: Callable[[Echo], T], echo: Echo) -> T:
    """Return `step(echo)`, run in a forked child (its result must pickle)."""
    if "fork" not in multiprocessing.get_all_start_methods():
        return step(echo)
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(target=_child, args=(step, sender), daemon=True)
    child.start()
    sender.close()
    try:
        result: T = _follow(receiver, echo)
        return result
    except BaseException:
        if child.is_alive():  # stopped (SIGTERM reaches only this process): stop the child too
            child.terminate()
        raise
    finally:
        receiver.close()
        child.join(STOP_GRACE_S)
        if child.is_alive():
            child.kill()
            child.join()


def _follow(receiver: Connection, echo: Echo) -> Any:
    """Echo the child's messages until it sends its result, its error or dies."""
    while True:
        try:
            kind, value = receiver.recv()
        except EOFError:
            raise ChronicleError("the build's own steps ended without a word (their process died)") from None
        if kind == "echo":
            echo(value)
        elif kind == "result":
            return value
        elif kind == "error":
            raise ChronicleError(value)
        elif kind == "stopped":
            raise KeyboardInterrupt
        else:
            raise RuntimeError(f"the build's own steps failed:\n{value}")


def _child(step: Callable[[Echo], Any], sender: Connection) -> None:
    """In the child: run the step, sending every message and then how it ended."""
    try:
        result = step(lambda line: sender.send(("echo", line)))
    except ChronicleError as exc:
        sender.send(("error", str(exc)))
    except KeyboardInterrupt:
        sender.send(("stopped", None))
    except Exception:
        sender.send(("crash", traceback.format_exc()))
    else:
        sender.send(("result", result))
    finally:
        sender.close()
