"""The pinned dependencies install on the oldest Python Chronicle supports.

The pull-request workflow's test job runs in a debian:bookworm container, whose Python is
3.11.2, and so does a contributor's Debian 12 machine; a pin whose release requires a newer
3.11 (pymdown-extensions 13 asks for 3.11.5) makes `pip install` fail there before any test runs.
"""

from __future__ import annotations

import re
from importlib import metadata
from pathlib import Path

from packaging.specifiers import SpecifierSet

REPO = Path(__file__).resolve().parent.parent
OLDEST_PYTHON = "3.11.2"  # Debian 12 (bookworm), the pull-request workflow's container
LOCKS = ("requirements.txt", "requirements-ingest.txt", "requirements-dev.txt")
PIN = re.compile(r"^([A-Za-z0-9_.\-]+)==([^\s\\;]+)", re.MULTILINE)


def test_the_workflows_container_python_is_the_oldest_the_locks_are_made_for() -> None:
    workflow = (REPO / ".github/workflows/pull-request.yml").read_text(encoding="utf-8")
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    assert "container: debian:bookworm" in workflow
    assert f"--python-version {OLDEST_PYTHON}" in makefile


def test_every_pinned_release_installs_on_the_oldest_supported_python() -> None:
    refused = []
    for lock in LOCKS:
        for name, version in PIN.findall((REPO / lock).read_text(encoding="utf-8")):
            try:
                dist = metadata.distribution(name)
            except metadata.PackageNotFoundError:
                continue  # not installed here (another platform's marker); pip checks it there
            if dist.version != version:
                continue
            requires = dist.metadata.get("Requires-Python")
            if requires and OLDEST_PYTHON not in SpecifierSet(requires):
                refused.append(f"{lock}: {name}=={version} requires Python {requires}")
    assert not refused, "\n".join(refused)
