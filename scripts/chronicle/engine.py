"""The only module that runs a site engine (MkDocs or Zensical), always as a subprocess.

The generator writes plain Markdown and never imports the engine, so either engine can
turn content/ into site/. Each engine is one small class behind one interface (`Engine`):
build into a folder, serve with live reload, and where its search index lies in the site.

The site is built into a temporary folder and swapped in only when the engine succeeded:
a failed build leaves the previous site intact. The engine's process never outlives the
build: it is stopped when the build is interrupted or terminated, and on Linux the kernel
stops it when the build's process dies (even killed).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import json
import os
import shutil
import signal
import subprocess
import sys
from abc import ABC, abstractmethod
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import ClassVar

from .errors import ChronicleError
from .project import Project
from .siteconfig import read_setting
from .swap import staging_folder, swap_in

_PR_SET_PDEATHSIG = 1


class Engine(ABC):
    """A site engine: what `chronicle build` and `chronicle serve` need from it."""

    #: The name `--engine` takes.
    name: ClassVar[str]
    #: The search index's path inside a built site (tests and the benchmark read it).
    search_index: ClassVar[str]

    @abstractmethod
    def build(self, project: Project, config: Path, site: Path) -> str:
        """Build the site described by `config` into the empty folder `site`; return the output.

        A failed build raises ChronicleError with the engine's output.
        """

    @abstractmethod
    def serve_command(self, config: Path, addr: str) -> list[str]:
        """The command serving the site of `config` on HOST:PORT, rebuilding on every change."""

    def serve(self, project: Project, config: Path, addr: str) -> subprocess.Popen[bytes]:
        """Start the live-reloading server in the background (the caller stops it)."""
        return subprocess.Popen(self.serve_command(config, addr), cwd=project.root, env=_env())

    def tell(self, server: subprocess.Popen[bytes], first: Sequence[str], rest: Sequence[str]) -> None:
        """Tell the server which files of its docs folder were written or removed, the ones to
        show first apart (paths relative to the folder). An engine watching the folder needs
        no telling (the default)."""
        return None


class MkDocs(Engine):
    """MkDocs 1.6 with Material: the default engine.

    A build runs MkDocs with Chronicle's hook (mkdocs_hook.py: the finished HTML blocks kept
    from Python-Markdown and the search plugin's parser, the same site in about half the
    time) through a config inheriting the given one; content/ and mkdocs.yml never name it.
    CHRONICLE_MKDOCS_HOOK=0 builds without it, to compare.
    """

    name = "mkdocs"
    search_index = "search/search_index.json"
    #: The config a build runs: the given one, with the hook added to its hooks.
    BUILD_CONFIG = ".chronicle-mkdocs.yml"
    HOOK = Path(__file__).with_name("mkdocs_hook.py")

    def build(self, project: Project, config: Path, site: Path) -> str:
        hooked = self.with_hook(config) if os.environ.get("CHRONICLE_MKDOCS_HOOK", "1") != "0" else None
        try:
            # --strict: any warning (a broken link or anchor) fails the build. Not --quiet: MkDocs
            # then stops counting warnings and strict mode passes them.
            returncode, output = run_engine(
                _module("mkdocs", "build", "--strict", "--config-file", str(hooked or config),
                        "--site-dir", str(site)),
                project.root,
            )
        finally:
            if hooked is not None:
                hooked.unlink(missing_ok=True)
        if returncode != 0:
            raise ChronicleError(f"the mkdocs build failed:\n{output}")
        return output

    def with_hook(self, config: Path) -> Path:
        """Write the config inheriting `config` with Chronicle's hook after the hooks it has."""
        hooks = [*configured_hooks(config), str(self.HOOK)]
        path = config.parent / self.BUILD_CONFIG
        path.write_text("# Written by `chronicle build` for one build; never edit, never commit.\n"
                        f"INHERIT: {json.dumps(config.name)}\nhooks: {json.dumps(hooks)}\n", encoding="utf-8")
        return path

    def serve_command(self, config: Path, addr: str) -> list[str]:
        # Chronicle's own MkDocs server: it rebuilds the files the preview says it wrote.
        return _module("chronicle.mkdocs_preview", str(config), addr)

    def serve(self, project: Project, config: Path, addr: str) -> subprocess.Popen[bytes]:
        return subprocess.Popen(self.serve_command(config, addr), cwd=project.root, env=_env(),
                                stdin=subprocess.PIPE)

    def tell(self, server: subprocess.Popen[bytes], first: Sequence[str], rest: Sequence[str]) -> None:
        """One JSON line on the server's stdin (mkdocs_preview.py reads it)."""
        if server.stdin is None or not (first or rest):
            return
        try:
            server.stdin.write(json.dumps({"first": list(first), "rest": list(rest)}).encode() + b"\n")
            server.stdin.flush()
        except (BrokenPipeError, ValueError):
            pass  # the server stopped: the preview's loop notices it


class Zensical(Engine):
    """Zensical, which reads the same mkdocs.yml (`chronicle build --engine zensical`)."""

    name = "zensical"
    search_index = "search.json"
    #: Zensical has no --site-dir: a config inheriting the given one points it at the folder.
    BUILD_CONFIG = ".chronicle-zensical.yml"

    def build(self, project: Project, config: Path, site: Path) -> str:
        inherited = project.root / self.BUILD_CONFIG
        inherited.write_text(f"INHERIT: {config.name}\nsite_dir: {site.as_posix()!r}\n", encoding="utf-8")
        try:
            command = _module("zensical", "build", "--strict", "--config-file", str(inherited))
            returncode, output = run_engine(command, project.root)
        finally:
            inherited.unlink(missing_ok=True)
        # Zensical 0.0.x may exit 0 after a failed build: only its closing line says it succeeded.
        if returncode != 0 or "Build finished" not in output:
            raise ChronicleError(f"the zensical build failed:\n{output}")
        return output

    def serve_command(self, config: Path, addr: str) -> list[str]:
        return _module("zensical", "serve", "--config-file", str(config), "--dev-addr", addr)


#: Every engine by the name `--engine` takes; the first is the default.
ENGINES: dict[str, Engine] = {engine.name: engine for engine in (MkDocs(), Zensical())}


def get_engine(name: str) -> Engine:
    """Return the engine called `name`, or say which names there are."""
    try:
        return ENGINES[name]
    except KeyError:
        raise ChronicleError(f"unknown site engine '{name}': expected one of {', '.join(ENGINES)}") from None


def configured_hooks(config: Path) -> list[str]:
    """The hooks `config` (or a config it inherits) names, as absolute paths."""
    seen: set[Path] = set()
    while config not in seen:
        seen.add(config)
        hooks = read_setting(config, "hooks")
        if isinstance(hooks, list):
            return [str((config.parent / str(hook)).resolve()) for hook in hooks]
        parent = read_setting(config, "INHERIT")
        if not isinstance(parent, str):
            break
        config = (config.parent / parent).resolve()
    return []


def _module(*args: str) -> list[str]:
    """Run a Python module with this interpreter (the engine installed beside Chronicle)."""
    return [sys.executable, "-m", *args]


def _env() -> dict[str, str]:
    # Material prints a boxed end-of-life notice on every build; it is not a warning.
    return {**os.environ, "NO_MKDOCS_2_WARNING": "1"}


def build_site(
    project: Project, engine: str = "mkdocs", site_dir: Path | None = None, config_file: Path | None = None,
    check: Callable[[Path], None] | None = None,
) -> str:
    """Build the site with `engine` into site_dir (default site/); return the engine's output.

    config_file (in the project's root; default mkdocs.yml) is what the engine reads;
    `check` may refuse the built site before it replaces the previous one.
    """
    builder = get_engine(engine)
    target = site_dir or project.site_dir
    staging = staging_folder(target, "site")
    old: Path | None = None
    try:
        output = builder.build(project, config_file or project.mkdocs_yml, staging)
        if check is not None:
            check(staging)
        old = swap_in(staging, target)
        return output
    finally:
        shutil.rmtree(old or staging, ignore_errors=True)


def start_server(
    project: Project, addr: str, config: Path | None = None, engine: str = "mkdocs"
) -> subprocess.Popen[bytes]:
    """Start the engine's live-reloading server in the background (config: default mkdocs.yml)."""
    return get_engine(engine).serve(project, config or project.mkdocs_yml, addr)


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
