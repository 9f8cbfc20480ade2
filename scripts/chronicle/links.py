"""`chronicle check-links`: is every source still online, and which entries cite the dead ones?

Reports move and vanish; a chronology whose links rot cannot be checked any more. Each
source URL and archive_url is requested once (HEAD, then GET for servers that refuse
HEAD), a few at a time and at most `PER_HOST` at once to one host, with a timeout and an
honest User-Agent. A dead link is reported with every entry (file:line) citing it and
where to look for an archived copy; 403 and 429 are "blocked" (news sites answer scripts
so), not dead. Without a network nothing can be said about any link, so the command says
so and succeeds.

The addresses come from pull requests, so a link to this machine or its network (127.0.0.1,
localhost, 10.0.0.0/8, 169.254.169.254, user:pass@…) is never requested: such a URL is
refused before any request, and every connection (redirects too) goes only to an address
that was resolved and found public, never through a proxy (whose resolution we could not
check).
"""

from __future__ import annotations

import http.client
import ipaddress
import socket
import ssl
import threading
import urllib.error
import urllib.request
from collections import defaultdict
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from http.client import HTTPException
from typing import Any
from urllib.parse import urlsplit

from . import __version__
from .load import read_chronology
from .project import Project
from .safety import unsafe_url

USER_AGENT = f"chronicle-check-links/{__version__} (link check of a sourced chronology)"
OFFLINE = "offline: could not reach the network; no links were checked"
ARCHIVE_SEARCH = "https://web.archive.org/web/*/"
#: At most this many requests at a time to one host.
PER_HOST = 2
#: Answers a site gives scripts it does not want (forbidden, too many requests): not dead.
BLOCKED = (403, 429)


@dataclass(frozen=True)
class Outcome:
    """What requesting one link gave: an HTTP status, or why no server answered."""

    url: str
    status: int | None = None
    reason: str = ""
    refused: bool = False  # never requested: it leads to this machine or its network

    @property
    def answered(self) -> bool:
        """Return True when a server answered (whatever the status)."""
        return self.status is not None

    @property
    def blocked(self) -> bool:
        """Return True when the server refused to answer a script (the link may well work)."""
        return self.status in BLOCKED

    @property
    def dead(self) -> bool:
        """Return True when the link does not lead to the report."""
        return not self.refused and not self.blocked and (self.status is None or self.status >= 400)


class RefusedAddress(OSError):
    """A host name that resolves to this machine, its network or a reserved address."""


def public_address(address: str) -> bool:
    """Return True for an address on the public internet (IPv4-mapped IPv6 judged as IPv4)."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    return ip.is_global


def refusal(url: str) -> str:
    """Say why a URL is never requested, or "" (see safety.unsafe_url)."""
    return unsafe_url(url)


def _connect_public(address: tuple[str, int], timeout: Any = socket._GLOBAL_DEFAULT_TIMEOUT,  # type: ignore[attr-defined]
                    source_address: Any = None) -> socket.socket:
    """Resolve a host and connect only if every address it has is public (no DNS rebinding:
    the connection goes to the very address checked)."""
    host, port = address
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    addresses = [str(info[4][0]) for info in infos]
    if not addresses or not all(public_address(a) for a in addresses):
        raise RefusedAddress(f"{host} resolves to a local, private or reserved address")
    return socket.create_connection((addresses[0], port), timeout, source_address)


class _PublicHTTPConnection(http.client.HTTPConnection):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._create_connection = _connect_public


class _PublicHTTPSConnection(http.client.HTTPSConnection):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._create_connection = _connect_public


class _PublicHTTPHandler(urllib.request.HTTPHandler):
    def http_open(self, req: urllib.request.Request) -> Any:
        return self.do_open(_PublicHTTPConnection, req)


class _PublicHTTPSHandler(urllib.request.HTTPSHandler):
    def https_open(self, req: urllib.request.Request) -> Any:
        return self.do_open(_PublicHTTPSConnection, req)


class _CheckedRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req: Any, fp: Any, code: int, msg: str, headers: Any, newurl: str) -> Any:
        why = refusal(newurl)
        if why:
            raise urllib.error.URLError(RefusedAddress(f"redirected to {newurl}: {why}"))
        return super().redirect_request(req, fp, code, msg, headers, newurl)


_OPENER = urllib.request.build_opener(
    urllib.request.ProxyHandler({}), _PublicHTTPHandler, _PublicHTTPSHandler, _CheckedRedirects
)


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
    """Ask for a link with HEAD; if the server refuses or fails it, ask again with GET.

    A link to this machine or its network is never asked for.
    """
    why = refusal(url)
    if why:
        return Outcome(url, None, f"not requested: {why}", refused=True)
    first = _ask(url, "HEAD", timeout)
    if first.answered and first.status is not None and first.status < 400:
        return first
    return _ask(url, "GET", timeout) if first.answered else first


def _ask(url: str, method: str, timeout: float) -> Outcome:
    req = urllib.request.Request(url, method=method, headers={"User-Agent": USER_AGENT, "Accept": "*/*"})
    try:
        with _OPENER.open(req, timeout=timeout) as response:
            return Outcome(url, response.status, response.reason)
    except urllib.error.HTTPError as exc:
        return Outcome(url, exc.code, str(exc.reason))
    except urllib.error.URLError as exc:
        return Outcome(url, None, _why(exc.reason), refused=isinstance(exc.reason, RefusedAddress))
    except TimeoutError:
        return Outcome(url, None, "timed out")
    except (OSError, HTTPException, ValueError) as exc:
        return Outcome(url, None, _why(exc))


def _why(reason: object) -> str:
    """Say in words why no server answered."""
    if isinstance(reason, RefusedAddress):
        return f"not requested: {reason}"
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
    """Request every link, at most `workers` at a time and `PER_HOST` to one host; results in order."""
    urls = list(urls)
    if not urls:
        return []
    hosts: dict[str, threading.BoundedSemaphore] = defaultdict(lambda: threading.BoundedSemaphore(PER_HOST))
    for url in urls:
        hosts[_host(url)]  # noqa: B018 (made here, in one thread)

    def one(url: str) -> Outcome:
        with hosts[_host(url)]:
            return ask(url, timeout)

    with ThreadPoolExecutor(max_workers=max(1, min(workers, len(urls)))) as pool:
        return list(pool.map(one, urls))


def _host(url: str) -> str:
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""


def is_offline(outcomes: list[Outcome]) -> bool:
    """No server answered at all: the machine has no network, not every site died at once."""
    asked = [o for o in outcomes if not o.refused]
    return bool(asked) and not any(o.answered for o in asked)


def report_lines(outcomes: list[Outcome], cited: dict[str, list[str]]) -> list[str]:
    """Describe each dead link, who cites it, and where an archived copy may be."""
    lines: list[str] = []
    for outcome in outcomes:
        if outcome.refused or outcome.blocked:
            what = "refused" if outcome.refused else "blocked"
            why = outcome.reason if outcome.refused else (
                f"HTTP {outcome.status} {outcome.reason}".rstrip() + " (the site refuses scripts; open it "
                "in a browser)"
            )
            lines.append(f"{what}: {outcome.url} — {why}")
            lines += [f"  cited by {place}" for place in cited.get(outcome.url, ())]
            continue
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
