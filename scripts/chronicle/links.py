"""`chronicle check-links`: is every source still online, and which entries cite the dead ones?

Reports move and vanish; a chronology whose links rot cannot be checked any more. Each
source URL and archive_url is requested once (HEAD, then GET for servers that refuse
HEAD), a few at a time, with a timeout and an honest User-Agent. A dead link is reported
with every entry (file:line) citing it and where to look for an archived copy. Without a
network nothing can be said about any link, so the command says so and succeeds.
"""

from __future__ import annotations

import socket
import ssl
import urllib.error
import urllib.request
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from http.client import HTTPException

from . import __version__
from .load import read_chronology
from .project import Project

USER_AGENT = f"chronicle-check-links/{__version__} (link check of a sourced chronology)"
OFFLINE = "offline: could not reach the network; no links were checked"
ARCHIVE_SEARCH = "https://web.archive.org/web/*/"


@dataclass(frozen=True)
class Outcome:
    """What requesting one link gave: an HTTP status, or why no server answered."""

    url: str
    status: int | None = None
    reason: str = ""

    @property
    def answered(self) -> bool:
        """Return True when a server answered (whatever the status)."""
        return self.status is not None

    @property
    def dead(self) -> bool:
        """Return True when the link does not lead to the report."""
        return self.status is None or self.status >= 400


def collect_links(project: Project) -> dict[str, list[str]]:
    """Map every source url and archive_url to the places citing it (path:line), in file order."""
    cited: dict[str, list[str]] = {}
    for doc in read_chronology(project).events:
        sources = doc.data.get("sources") if isinstance(doc.data, dict) else None
        for number, source in enumerate(sources if isinstance(sources, list) else ()):
            if not isinstance(source, dict):
                continue
            for key in ("url", "archive_url"):
                url = source.get(key)
                if isinstance(url, str) and url.startswith(("http://", "https://")):
                    line, _ = doc.position(("sources", number, key))
                    cited.setdefault(url, []).append(f"{doc.display}:{line}")
    return cited


def request(url: str, timeout: float) -> Outcome:
    """Ask for a link with HEAD; if the server refuses or fails it, ask again with GET."""
    first = _ask(url, "HEAD", timeout)
    if first.answered and first.status is not None and first.status < 400:
        return first
    return _ask(url, "GET", timeout) if first.answered else first


def _ask(url: str, method: str, timeout: float) -> Outcome:
    req = urllib.request.Request(url, method=method, headers={"User-Agent": USER_AGENT, "Accept": "*/*"})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as response:
            return Outcome(url, response.status, response.reason)
    except urllib.error.HTTPError as exc:
        return Outcome(url, exc.code, str(exc.reason))
    except urllib.error.URLError as exc:
        return Outcome(url, None, _why(exc.reason))
    except TimeoutError:
        return Outcome(url, None, "timed out")
    except (OSError, HTTPException, ValueError) as exc:
        return Outcome(url, None, _why(exc))


def _why(reason: object) -> str:
    """Say in words why no server answered."""
    if isinstance(reason, socket.gaierror):
        return "could not resolve the host name"
    if isinstance(reason, ConnectionRefusedError):
        return "connection refused"
    if isinstance(reason, TimeoutError):
        return "timed out"
    if isinstance(reason, ssl.SSLError):
        return f"TLS error ({reason.reason or reason})"
    if isinstance(reason, OSError) and reason.strerror:
        return reason.strerror.lower()
    return str(reason)


def check_all(
    urls: Iterable[str], timeout: float, workers: int, ask: Callable[[str, float], Outcome] = request
) -> list[Outcome]:
    """Request every link, at most `workers` at a time; results in the order given."""
    urls = list(urls)
    if not urls:
        return []
    with ThreadPoolExecutor(max_workers=max(1, min(workers, len(urls)))) as pool:
        return list(pool.map(lambda url: ask(url, timeout), urls))


def is_offline(outcomes: list[Outcome]) -> bool:
    """No server answered at all: the machine has no network, not every site died at once."""
    return bool(outcomes) and not any(o.answered for o in outcomes)


def report_lines(outcomes: list[Outcome], cited: dict[str, list[str]]) -> list[str]:
    """Describe each dead link, who cites it, and where an archived copy may be."""
    lines: list[str] = []
    for outcome in outcomes:
        if not outcome.dead:
            continue
        if outcome.answered:
            lines.append(f"dead: {outcome.url} — HTTP {outcome.status} {outcome.reason}".rstrip())
        else:
            lines.append(f"unreachable: {outcome.url} — {outcome.reason}")
        lines += [f"  cited by {place}" for place in cited.get(outcome.url, ())]
        if not outcome.url.startswith("https://web.archive.org/"):
            lines.append(f"  look for an archived copy: {ARCHIVE_SEARCH}{outcome.url}")
            lines.append("  then add it to the source as `archive_url:`")
    return lines
