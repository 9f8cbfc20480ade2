"""Where a Chronicle project's parts live, found from the current folder or --root."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from .errors import ChronicleError
from .siteconfig import read_site_config

#: Folders that `chronicle build` generates inside content/ (git ignores them).
GENERATED_DIRS = ("timeline", "actors", "types", "places", "tags", "sources", "data", "assets/chronicle")


@dataclass(frozen=True)
class Project:
    """The folders of one chronology project."""

    root: Path

    @property
    def chronology(self) -> Path:
        return self.root / "chronology"

    @property
    def events_dir(self) -> Path:
        return self.chronology / "events"

    @property
    def actors_dir(self) -> Path:
        return self.chronology / "actors"

    @property
    def places_dir(self) -> Path:
        return self.chronology / "places"

    @property
    def articles_dir(self) -> Path:
        """Stored texts of cited reports (never published; see articles.py)."""
        return self.chronology / "articles"

    @property
    def tags_dir(self) -> Path:
        return self.chronology / "tags"

    @cached_property
    def content_dir(self) -> Path:
        """The engine's docs folder: mkdocs.yml's `docs_dir` (read once), where pages are written.

        The build replaces this folder whole, so it must be a folder of its own inside the
        project, holding neither the project nor its chronology.
        """
        docs_dir = read_site_config(self.mkdocs_yml).docs_dir
        folder, root = (self.root / docs_dir).resolve(), self.root.resolve()
        if folder == root or not folder.is_relative_to(root) or (root / "chronology").is_relative_to(folder):
            raise ChronicleError(
                f"mkdocs.yml: docs_dir '{docs_dir}' must be a folder inside the project that holds only "
                "the site's pages (not the project itself or chronology/) — e.g. docs_dir: content"
            )
        return self.root / docs_dir

    @property
    def site_dir(self) -> Path:
        return self.root / "site"

    @property
    def mkdocs_yml(self) -> Path:
        return self.root / "mkdocs.yml"

    def rel(self, path: Path) -> str:
        """Show a path relative to the project root (as messages and links use it)."""
        try:
            return path.resolve().relative_to(self.root.resolve()).as_posix()
        except ValueError:
            return path.as_posix()


def is_project(folder: Path) -> bool:
    """Return True when a folder holds mkdocs.yml and chronology/."""
    return (folder / "mkdocs.yml").is_file() and (folder / "chronology").is_dir()


def find_project(root: Path | None = None, start: Path | None = None) -> Project:
    """Use --root if given, else the nearest folder upwards holding mkdocs.yml and chronology/."""
    if root is not None:
        if not is_project(root):
            raise ChronicleError(
                f"{root} is not a Chronicle project: it needs mkdocs.yml and a chronology/ folder"
            )
        return Project(root.resolve())
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if is_project(folder):
            return Project(folder)
    raise ChronicleError(
        f"no Chronicle project in {here} or any folder above it "
        "(looked for mkdocs.yml next to a chronology/ folder); use --root PATH"
    )
