"""The few settings of mkdocs.yml the generator needs: names, addresses, the edit link.

mkdocs.yml is the site engine's file, not contributor data: it may hold engine tags such
as `!ENV`, which the strict chronology loader rightly refuses. It is read here with a
safe loader that understands `!ENV` (taking its default) and ignores other tags.
"""

from __future__ import annotations

import os
import posixpath
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pathspec
import yaml

from .errors import ChronicleError


class _ConfigLoader(yaml.CSafeLoader):
    """A safe loader for mkdocs.yml: `!ENV` resolved, other engine tags read as None."""


def _env(loader: _ConfigLoader, node: yaml.Node) -> Any:
    if isinstance(node, yaml.ScalarNode):
        return os.environ.get(loader.construct_scalar(node))
    names = loader.construct_sequence(node)  # type: ignore[arg-type]
    for name in names[:-1]:
        if name in os.environ:
            return yaml.load(os.environ[name], Loader=yaml.CSafeLoader)
    return names[-1] if names else None


def _unknown(loader: _ConfigLoader, suffix: str, node: yaml.Node) -> None:
    return None


_ConfigLoader.add_constructor("!ENV", _env)
_ConfigLoader.add_multi_constructor("!", _unknown)
_ConfigLoader.add_multi_constructor("tag:yaml.org,2002:python/", _unknown)


#: MkDocs' own default when mkdocs.yml names no docs_dir (Chronicle's projects say `content`).
DEFAULT_DOCS_DIR = "docs"


@dataclass(frozen=True)
class SiteConfig:
    """What the generated pages and data files say about the site itself."""

    site_name: str = "Chronology"
    site_description: str = ""
    site_url: str = ""  # ends with "/" when set
    repo_url: str = ""
    edit_uri: str = ""
    docs_dir: str = DEFAULT_DOCS_DIR
    use_directory_urls: bool = True

    def edit_url(self, path: str) -> str:
        """Return the repository host's editor address for a project file, or "" without repo_url.

        MkDocs' `edit_uri` points at the docs folder (e.g. `edit/main/content/`); the
        chronology's YAML files live beside it, so the docs folder is replaced by the path.
        """
        if not self.repo_url.startswith(("https://", "http://")):
            return ""
        uri = self.edit_uri or "edit/main/"
        uri = uri.strip("/")
        docs = self.docs_dir.strip("/")
        if uri == docs or uri.endswith("/" + docs):
            uri = uri[: -len(docs)].rstrip("/")
        base = self.repo_url.rstrip("/") + "/" + uri if uri else self.repo_url.rstrip("/")
        return f"{base}/{path.lstrip('/')}"

    def page_url(self, md_path: str) -> str:
        """Return the address path (relative to the site root) of a page written as `md_path`."""
        stem = md_path[: -len(".md")]
        if not self.use_directory_urls:
            return stem + ".html"
        if stem == "index" or stem.endswith("/index"):
            return stem[: -len("index")]
        return stem + "/"

    def absolute(self, site_path: str) -> str:
        """Return a full address when site_url is set, else the path from the site root."""
        return posixpath.join(self.site_url, site_path) if self.site_url else "/" + site_path


def _read(path: Path) -> dict[str, Any]:
    """Read mkdocs.yml's settings; a file that is not a mapping is an error naming the file."""
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_ConfigLoader)
    except (OSError, yaml.YAMLError) as exc:
        raise ChronicleError(f"cannot read {path.name}: {exc}") from exc
    if not isinstance(data, dict):
        raise ChronicleError(f"{path.name} is not a YAML mapping of settings")
    return data


def read_site_config(path: Path) -> SiteConfig:
    """Read mkdocs.yml; a file that is not a mapping is an error naming the file."""
    data = _read(path)
    site_url = str(data.get("site_url") or "")
    if site_url and not site_url.endswith("/"):
        site_url += "/"
    return SiteConfig(
        site_name=str(data.get("site_name") or "Chronology"),
        site_description=str(data.get("site_description") or ""),
        site_url=site_url,
        repo_url=str(data.get("repo_url") or ""),
        edit_uri=str(data.get("edit_uri") or ""),
        docs_dir=str(data.get("docs_dir") or DEFAULT_DOCS_DIR),
        use_directory_urls=data.get("use_directory_urls", True) is not False,
    )


def read_setting(path: Path, key: str) -> Any:
    """Return one top-level setting of mkdocs.yml as written (None when absent or unreadable)."""
    try:
        return _read(path).get(key)
    except ChronicleError:
        return None


#: The Markdown extensions the page templates need, and what each one does for them.
REQUIRED_EXTENSIONS = {
    "attr_list": "the entries' and days' anchors ({: #id })",
    "md_in_html": "links inside the pages' HTML blocks (<p markdown>)",
    "admonition": "the preview's drafts notice (!!! warning)",
}


def engine_config_problems(path: Path, generated_pages: Iterable[str]) -> list[str]:
    """What mkdocs.yml lacks for the generated pages, one line each with the fix.

    Without these the engine fails anyway, but with dozens of warnings about anchors or
    pages that do not say which setting is missing. `generated_pages` are the Markdown
    pages the build writes (paths in the docs folder): each must be listed in `nav` or
    matched by `not_in_nav` (read as MkDocs reads it, with gitignore patterns), or the
    engine lists it in the sidebar (a 1,000-event site was 418 MB so) or warns.
    """
    data = _read(path)
    problems = []
    names = {_extension_name(item) for item in data.get("markdown_extensions") or [] if item}
    for name, used_for in REQUIRED_EXTENSIONS.items():
        if name not in names:
            problems.append(f"{path.name}: markdown_extensions lacks {name}, which the pages need for "
                            f"{used_for} — add `- {name}` under markdown_extensions")
    in_nav = set(_nav_pages(data.get("nav")))
    listed = data.get("not_in_nav") or ""
    spec = pathspec.GitIgnoreSpec.from_lines(listed.splitlines() if isinstance(listed, str) else listed)
    missing = sorted({"/" + page.split("/")[0] + "/" if "/" in page else "/" + page
                      for page in generated_pages
                      if page.endswith(".md") and page not in in_nav and not spec.match_file(page)})
    if missing:
        problems.append(f"{path.name}: not_in_nav does not cover the generated pages of "
                        f"{', '.join(m.strip('/') for m in missing)} — add these lines to not_in_nav: "
                        + " ".join(missing))
    return problems


def _extension_name(item: object) -> str:
    """An extension's short name, as markdown_extensions lists it (a name or {name: options})."""
    name = next(iter(item)) if isinstance(item, dict) else str(item)
    return str(name).removeprefix("markdown.extensions.")


def _nav_pages(nav: object) -> Iterator[str]:
    """Every page path `nav` lists, at any depth ("Title: page.md", "- page.md")."""
    if isinstance(nav, str):
        yield nav
    elif isinstance(nav, list):
        for item in nav:
            yield from _nav_pages(item)
    elif isinstance(nav, dict):
        for value in nav.values():
            yield from _nav_pages(value)


#: Chronicle's own placeholders in mkdocs.yml: a published site must not carry them.
PLACEHOLDER_SITE_URL = "https://chronicle.example.org/"
PLACEHOLDER_REPO_URL = "https://github.com/chronicle-project/chronicle"
_PLACEHOLDERS = {"site_url": "chronicle.example.org", "repo_url": "github.com/chronicle-project/chronicle"}


def placeholder_warnings(config: SiteConfig) -> list[str]:
    """Warn for each of mkdocs.yml's addresses still set to Chronicle's placeholder.

    Under GitHub Actions the warning is a workflow annotation, shown on the run's summary.
    """
    found = []
    for key, value in (("site_url", config.site_url), ("repo_url", config.repo_url)):
        if _PLACEHOLDERS[key] in value:
            text = (f"mkdocs.yml's {key} is Chronicle's placeholder ({value}) — set it to your own "
                    "address before publishing (README: Publish your chronology)")
            annotate = os.environ.get("GITHUB_ACTIONS") == "true"
            found.append(f"::warning file=mkdocs.yml,title=placeholder {key}::{text}" if annotate
                         else f"warning: {text}")
    return found
