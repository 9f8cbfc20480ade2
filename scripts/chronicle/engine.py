"""The only module that runs a site engine (MkDocs or Zensical), always as a subprocess.

The generator writes plain Markdown and never imports the engine, so either engine can
turn content/ into site/. The site is built into a temporary folder and swapped in only
when the engine succeeded: a failed build leaves the previous site intact. The engine's
process never outlives the build: it is stopped when the build is interrupted or
terminated, and on Linux the kernel stops it when the build's process dies (even killed).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from .errors import ChronicleError
from .project import Project
from .swap import staging_folder, swap_in

_PR_SET_PDEATHSIG = 1

ENGINES = ("mkdocs", "zensical")


def _env() -> dict[str, str]:
    # Material prints a boxed end-of-life notice on every build; it is not a warning.
    return {**os.environ, "NO_MKDOCS_2_WARNING": "1"}


def build_site(
    project: Project, engine: str = "mkdocs", site_dir: Path | None = None, config_file: Path | None = None,
    check: Callable[[Path], None] | None = None,
) -> str:
    """Build the site with `engine` into site_dir (default site/); return the engine's output.

    MkDocs runs with --strict: any warning (a broken link or anchor) fails the build.
    (Not with --quiet: MkDocs then stops counting warnings and strict mode passes them.)
    config_file (in the project's root; default mkdocs.yml) is what the engine reads;
    `check` may refuse the built site before it replaces the previous one.
    """
    if engine not in ENGINES:
        raise ChronicleError(f"unknown site engine '{engine}': expected one of {', '.join(ENGINES)}")
    target = site_dir or project.site_dir
    staging = staging_folder(target, "site")
    old: Path | None = None
    settings = config_file or project.mkdocs_yml
    config = project.root / ".chronicle-zensical.yml"
    try:
        if engine == "mkdocs":
            command = [
                sys.executable,
                "-m",
                "mkdocs",
                "build",
                "--strict",
                "--config-file",
                str(settings),
                "--site-dir",
                str(staging),
            ]
        else:
            # Zensical has no --site-dir: a config inheriting mkdocs.yml points it at staging.
            config.write_text(
                f"INHERIT: {settings.name}\nsite_dir: {staging.as_posix()!r}\n", encoding="utf-8"
            )
            command = [
                sys.executable,
                "-m",
                "zensical",
                "build",
                "--strict",
                "--config-file",
                str(config),
            ]
        returncode, output = run_engine(command, project.root)
        if returncode != 0 or (engine == "zensical" and "Build finished" not in output):
            raise ChronicleError(f"the {engine} build failed:\n{output}")
        if check is not None:
            check(staging)
        old = swap_in(staging, target)
        return output
    finally:
        config.unlink(missing_ok=True)
        shutil.rmtree(old or staging, ignore_errors=True)


def _die_with_parent() -> None:
    """In the engine's process (Linux): be sent SIGTERM when the build's process dies."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0)
    except (OSError, AttributeError):
        pass


def run_engine(command: list[str], cwd: Path) -> tuple[int, str]:
    """Run the engine and return its exit status and output; stop it if we are stopped first."""
    process = subprocess.Popen(
        command, cwd=cwd, env=_env(), stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        preexec_fn=_die_with_parent if sys.platform.startswith("linux") else None,
    )
    try:
        output, _ = process.communicate()
    except BaseException:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        raise
    return process.returncode, output.strip()


def serve_command(
    project: Project, addr: str, engine: str = "mkdocs", config: Path | None = None
) -> list[str]:
    """Return the command that serves the site with live reload (config: default mkdocs.yml)."""
    config = config or project.mkdocs_yml
    if engine == "zensical":
        return [
            sys.executable,
            "-m",
            "zensical",
            "serve",
            "--config-file",
            str(config),
            "--dev-addr",
            addr,
        ]
    return [
        sys.executable,
        "-m",
        "mkdocs",
        "serve",
        "--config-file",
        str(config),
        "--dev-addr",
        addr,
        "--livereload",
    ]


def start_server(project: Project, addr: str, config: Path | None = None) -> subprocess.Popen[bytes]:
    """Start `mkdocs serve` in the background; it rebuilds when its docs folder changes."""
    return subprocess.Popen(serve_command(project, addr, config=config), cwd=project.root, env=_env())
