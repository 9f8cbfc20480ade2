"""`chronicle check-links` against a local server on 127.0.0.1 (no other address is contacted)."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from chronicle.links import USER_AGENT, check_all
from chronicle.safety import unsafe_url
from conftest import MINI_EVENT, edit

OTHER_EVENT = "chronology/events/2021/2021-05-pashinyan-warns.yaml"


class _Handler(BaseHTTPRequestHandler):
    """/ok: 200; /gone: 404; /no-head: 405 to HEAD, 200 to GET; /forbidden: 403; /busy: 429;
    /to-localhost: a redirect to localhost; /slow…: 200 after a while. Records what was asked."""

    seen: list[tuple[str, str, str]] = []
    running = 0
    most = 0
    lock = threading.Lock()

    def _answer(self, send_body: bool) -> None:
        self.seen.append((self.command, self.path, self.headers.get("User-Agent", "")))
        if self.path.startswith("/slow"):
            with self.lock:
                _Handler.running += 1
                _Handler.most = max(_Handler.most, _Handler.running)
            time.sleep(0.2)
            with self.lock:
                _Handler.running -= 1
        if self.path == "/to-localhost":
            self.send_response(302)
            self.send_header("Location", f"http://localhost:{self.server.server_address[1]}/ok")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        no_head = 405 if self.command == "HEAD" else 200
        status = {"/ok": 200, "/gone": 404, "/no-head": no_head, "/forbidden": 403, "/busy": 429}.get(
            self.path, 200 if self.path.startswith("/slow") else 404
        )
        body = b"report" if status == 200 else b"not here"
        self.send_response(status)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if send_body:
            self.wfile.write(body)

    def do_HEAD(self) -> None:  # noqa: N802 (the name http.server calls)
        self._answer(send_body=False)

    def do_GET(self) -> None:  # noqa: N802
        self._answer(send_body=True)

    def log_message(self, *args: object) -> None:
        """Keep the test output quiet."""


@pytest.fixture
def local_server(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """Serve on a free port of 127.0.0.1, which check-links refuses to ask (see `server`)."""
    for name in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)
    _Handler.seen, _Handler.most = [], 0
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def server(local_server: str, monkeypatch: pytest.MonkeyPatch) -> str:
    """The local server, which these tests let check-links ask as if it were a public site
    (127.0.0.1 only: other local addresses stay refused)."""
    allowed = f"{local_server}/"
    monkeypatch.setattr("chronicle.links.refusal",
                        lambda url: "" if url.startswith(allowed) else unsafe_url(url))
    monkeypatch.setattr("chronicle.links.public_address", lambda address: address == "127.0.0.1")
    return local_server


def test_dead_links_are_reported_with_the_entries_citing_them(mini: Path, run, server: str) -> None:
    edit(mini / MINI_EVENT, "https://azatutyun.am/a/31253940.html", f"{server}/gone")
    edit(mini / MINI_EVENT, "    kind: news", f"    kind: news\n    archive_url: {server}/no-head")
    edit(mini / OTHER_EVENT, "https://azatutyun.am/a/31255782.html", f"{server}/ok")
    result = run("--root", mini, "check-links")
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        f"dead: {server}/gone — HTTP 404 Not Found",
        f"  cited by {MINI_EVENT}:13",
        f"  look for an archived copy: https://web.archive.org/web/*/{server}/gone",
        "  then add it to the source as `archive_url:`",
    ]
    assert result.stderr == "3 link(s) checked: 1 dead\n"
    asked = sorted((method, path) for method, path, _ in _Handler.seen)
    assert asked == [("GET", "/gone"), ("GET", "/no-head"), ("HEAD", "/gone"), ("HEAD", "/no-head"),
                     ("HEAD", "/ok")]
    assert {agent for _, _, agent in _Handler.seen} == {USER_AGENT}


def test_all_links_alive(mini: Path, run, server: str) -> None:
    edit(mini / MINI_EVENT, "https://azatutyun.am/a/31253940.html", f"{server}/ok")
    edit(mini / OTHER_EVENT, "https://azatutyun.am/a/31255782.html", f"{server}/ok")
    result = run("--root", mini, "check-links")
    assert result.exit_code == 0
    assert result.stdout == ""
    assert result.stderr == "1 link(s) checked: 0 dead\n"
    assert len(_Handler.seen) == 1  # the same link cited twice is asked for once


def test_a_host_that_does_not_resolve_is_unreachable(
    mini: Path, run, server: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """While other servers answer, a name that does not resolve is a dead link, not 'offline'."""
    resolve = socket.getaddrinfo

    def only_local(host: str, *args: object, **kwargs: object) -> object:
        if host != "127.0.0.1":
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return resolve(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", only_local)
    edit(mini / MINI_EVENT, "https://azatutyun.am/a/31253940.html", "http://nonexistent.invalid/a")
    edit(mini / OTHER_EVENT, "https://azatutyun.am/a/31255782.html", f"{server}/ok")
    result = run("--root", mini, "check-links")
    assert result.exit_code == 1
    assert result.stdout.splitlines()[:2] == [
        "unreachable: http://nonexistent.invalid/a — could not resolve the host name",
        f"  cited by {MINI_EVENT}:13",
    ]


def test_offline_says_so_and_succeeds(mini: Path, run, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_dns(*args: object, **kwargs: object) -> None:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_dns)
    result = run("--root", mini, "check-links")
    assert result.exit_code == 0
    assert result.stdout == "offline: could not reach the network; no links were checked\n"


def test_links_to_this_machine_or_its_network_are_never_requested(mini: Path, run,
                                                                  local_server: str) -> None:
    port = local_server.rsplit(":", 1)[1]
    edit(mini / MINI_EVENT, "https://azatutyun.am/a/31253940.html", f"{local_server}/ok")
    edit(mini / MINI_EVENT, "    kind: news", f"    kind: news\n    archive_url: http://user:pw@localhost:{port}/ok")
    edit(mini / OTHER_EVENT, "https://azatutyun.am/a/31255782.html", f"http://[::1]:{port}/ok")
    result = run("--root", mini, "check-links")
    assert result.exit_code == 1
    assert _Handler.seen == []
    assert f"refused: {local_server}/ok — not requested: its host 127.0.0.1 is a local" in result.stdout
    assert result.stderr == "3 link(s) checked: 0 dead, 3 refused\n"


def test_a_public_name_resolving_to_this_machine_is_not_requested(
    mini: Path, run, local_server: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    port = local_server.rsplit(":", 1)[1]
    resolve = socket.getaddrinfo
    monkeypatch.setattr(socket, "getaddrinfo", lambda host, *a, **k: resolve("127.0.0.1", *a, **k))
    edit(mini / MINI_EVENT, "https://azatutyun.am/a/31253940.html", f"http://rebind.example.org:{port}/ok")
    result = run("--root", mini, "check-links")
    assert _Handler.seen == []
    assert result.exit_code == 1
    assert "not requested: rebind.example.org resolves to a local, private or reserved" in result.stdout


def test_a_redirect_to_this_machine_is_not_followed(mini: Path, run, server: str) -> None:
    edit(mini / MINI_EVENT, "https://azatutyun.am/a/31253940.html", f"{server}/to-localhost")
    edit(mini / OTHER_EVENT, "https://azatutyun.am/a/31255782.html", f"{server}/ok")
    result = run("--root", mini, "check-links")
    assert result.exit_code == 1
    assert sorted(path for _, path, _ in _Handler.seen) == ["/ok", "/to-localhost"]
    assert "redirected to http://localhost:" in result.stdout


def test_forbidden_and_too_many_requests_are_blocked_not_dead(mini: Path, run, server: str) -> None:
    edit(mini / MINI_EVENT, "https://azatutyun.am/a/31253940.html", f"{server}/forbidden")
    edit(mini / OTHER_EVENT, "https://azatutyun.am/a/31255782.html", f"{server}/busy")
    result = run("--root", mini, "check-links")
    assert result.exit_code == 0
    assert f"blocked: {server}/forbidden — HTTP 403 Forbidden (the site refuses scripts" in result.stdout
    assert f"blocked: {server}/busy — HTTP 429 Too Many Requests" in result.stdout
    assert result.stderr == "2 link(s) checked: 0 dead, 2 blocked\n"


def test_at_most_two_requests_at_a_time_to_one_host(server: str) -> None:
    outcomes = check_all([f"{server}/slow{n}" for n in range(8)], timeout=10, workers=8)
    assert [o.status for o in outcomes] == [200] * 8
    assert _Handler.most == 2
