"""The only module that runs a site engine (MkDocs or Zensical), always as a subprocess.

The generator writes plain Markdown and never imports the engine, so either engine can
turn content/ into site/. The site is built into a temporary folder and swapped in only
when the engine succeeded: a failed build leaves the previous site intact.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from .errors import ChronicleError
from .project import Project

ENGINES = ("mkdocs", "zensical")


def _env() -> dict[str, str]:
    # Material prints a boxed end-of-life notice on every build; it is not a warning.
    return {**os.environ, "NO_MKDOCS_2_WARNING": "1"}


def build_site(project: Project, engine: str = "mkdocs", site_dir: Path | None = None) -> str:
    """Build the site with `engine` into site_dir (default site/); return the engine's output.

    MkDocs runs with --strict: any warning (a broken link or anchor) fails the build.
    (Not with --quiet: MkDocs then stops counting warnings and strict mode passes them.)
    """
    if engine not in ENGINES:
        raise ChronicleError(f"unknown site engine '{engine}': expected one of {', '.join(ENGINES)}")
    target = site_dir or project.site_dir
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".site-", dir=target.parent))
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
                str(project.mkdocs_yml),
                "--site-dir",
                str(staging),
            ]
        else:
            # Zensical has no --site-dir: a config inheriting mkdocs.yml points it at staging.
            config.write_text(
                f"INHERIT: mkdocs.yml\nsite_dir: {staging.as_posix()!r}\n", encoding="utf-8"
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
        result = subprocess.run(
            command, cwd=project.root, capture_output=True, text=True, env=_env(), check=False
        )
        output = (result.stdout + result.stderr).strip()
        if result.returncode != 0 or (engine == "zensical" and "Build finished" not in output):
            raise ChronicleError(f"the {engine} build failed:\n{output}")
        _swap(staging, target)
        return output
    finally:
        config.unlink(missing_ok=True)
        shutil.rmtree(staging, ignore_errors=True)


def _swap(new: Path, target: Path) -> None:
    """Replace target with new using renames, so site/ is never half-written."""
    old = target.with_name(target.name + ".old")
    shutil.rmtree(old, ignore_errors=True)
    if target.exists():
        os.replace(target, old)
    os.replace(new, target)
    shutil.rmtree(old, ignore_errors=True)


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
