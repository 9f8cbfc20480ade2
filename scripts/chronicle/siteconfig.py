"""The few settings of mkdocs.yml the generator needs: names, addresses, the edit link.

mkdocs.yml is the site engine's file, not contributor data: it may hold engine tags such
as `!ENV`, which the strict chronology loader rightly refuses. It is read here with a
safe loader that understands `!ENV` (taking its default) and ignores other tags.
"""

from __future__ import annotations

import os
import posixpath
from dataclasses import dataclass
from pathlib import Path
from typing import Any

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


@dataclass(frozen=True)
class SiteConfig:
    """What the generated pages and data files say about the site itself."""

    site_name: str = "Chronology"
    site_description: str = ""
    site_url: str = ""  # ends with "/" when set
    repo_url: str = ""
    edit_uri: str = ""
    docs_dir: str = "content"
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


def read_site_config(path: Path) -> SiteConfig:
    """Read mkdocs.yml; a file that is not a mapping is an error naming the file."""
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_ConfigLoader)
    except (OSError, yaml.YAMLError) as exc:
        raise ChronicleError(f"cannot read {path.name}: {exc}") from exc
    if not isinstance(data, dict):
        raise ChronicleError(f"{path.name} is not a YAML mapping of settings")
    site_url = str(data.get("site_url") or "")
    if site_url and not site_url.endswith("/"):
        site_url += "/"
    return SiteConfig(
        site_name=str(data.get("site_name") or "Chronology"),
        site_description=str(data.get("site_description") or ""),
        site_url=site_url,
        repo_url=str(data.get("repo_url") or ""),
        edit_uri=str(data.get("edit_uri") or ""),
        docs_dir=str(data.get("docs_dir") or "docs"),
        use_directory_urls=data.get("use_directory_urls", True) is not False,
    )


def read_setting(path: Path, key: str) -> Any:
    """Return one top-level setting of mkdocs.yml as written (None when absent or unreadable)."""
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_ConfigLoader)
    except (OSError, yaml.YAMLError):
        return None
    return data.get(key) if isinstance(data, dict) else None


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
