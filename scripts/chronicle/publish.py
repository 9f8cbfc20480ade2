"""The addresses a build puts on the site, and the rule that a published site has real ones.

mkdocs.yml's `site_url` and `repo_url` reach the canonical links, the sitemap, the feed,
the calendar, the data files and every "Edit this entry" link. Where the site is published
from, the real addresses are known (GitHub Pages reports the site's, the workflow knows the
repository), so `chronicle build --site-url … --repo-url …` overrides mkdocs.yml for that
build: the generator gets them directly, and the engine reads `.chronicle-build.yml`, a
config inheriting mkdocs.yml (as the preview's own config does).

`chronicle build --publish` refuses Chronicle's placeholder addresses: it stops before
building when an address is still one, and refuses a built site that carries one anyway (a
hand-written page, a theme override) before it replaces the previous site.
"""

from __future__ import annotations

import contextlib
import dataclasses
import gzip
import json
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from .errors import ChronicleError
from .project import Project
from .scaffold import check_url
from .siteconfig import SiteConfig, read_site_config

Echo = Callable[[str], None]

#: The engine's config when addresses are overridden (git-ignored like every `.chronicle-*`).
BUILD_CONFIG = ".chronicle-build.yml"
#: Chronicle's placeholder addresses as they may be written in a built file (JSON may escape
#: "/" as "\/", a link parameter may encode it as %2F).
_SLASH = r"(?:/|\\/|%2F)"
PLACEHOLDER_TEXT = re.compile(
    rf"chronicle\.example\.org|github\.com{_SLASH}chronicle-project{_SLASH}chronicle", re.IGNORECASE
)
_WORDS = (b"chronicle.example.org", b"chronicle-project")
_SHOWN = 5  # files named in the error; the rest are counted
_FIX = "README: Publish your chronology"


@dataclass(frozen=True)
class Addresses:
    """Addresses given for one build ("" keeps mkdocs.yml's)."""

    site_url: str = ""
    repo_url: str = ""

    @classmethod
    def given(cls, site_url: str | None, repo_url: str | None) -> Addresses:
        """Check the options' addresses (full http(s) links); empty ones keep mkdocs.yml's."""
        site = _checked(site_url, "--site-url")
        if site and not site.endswith("/"):
            site += "/"
        return cls(site, _checked(repo_url, "--repo-url").rstrip("/"))


def _checked(text: str | None, option: str) -> str:
    if not (text or "").strip():
        return ""
    try:
        return check_url(text or "")
    except ChronicleError as exc:
        raise ChronicleError(f"{option}: {exc}") from None


def site_config(project: Project, addresses: Addresses) -> SiteConfig:
    """mkdocs.yml's settings with the given addresses in place of its own."""
    config = read_site_config(project.mkdocs_yml)
    changes = {key: value for key, value in dataclasses.asdict(addresses).items() if value}
    return dataclasses.replace(config, **changes)


def engine_settings(project: Project, config: SiteConfig) -> dict[str, str]:
    """The settings the engine must be given for `config`'s addresses (none when mkdocs.yml has them).

    A new repository also renames the header's repository link (its last path part, as
    `chronicle init` names it); an absolute edit_uri under the old repository moves with it.
    """
    written = read_site_config(project.mkdocs_yml)
    settings = {}
    if config.site_url != written.site_url:
        settings["site_url"] = config.site_url
    if config.repo_url != written.repo_url:
        settings["repo_url"] = config.repo_url
        settings["repo_name"] = urlsplit(config.repo_url).path.strip("/").split("/")[-1] or "repository"
        old = written.repo_url.rstrip("/")
        if old and config.edit_uri.startswith(old + "/"):
            settings["edit_uri"] = config.repo_url + config.edit_uri[len(old):]
    return settings


def write_engine_config(project: Project, settings: dict[str, str]) -> Path:
    """Write `.chronicle-build.yml`: mkdocs.yml with these settings replaced (JSON strings are YAML)."""
    lines = ["# Written by `chronicle build` for one build with given addresses; never edit, never commit.",
             "INHERIT: mkdocs.yml"]
    lines += [f"{key}: {json.dumps(value)}" for key, value in settings.items()]
    path = project.root / BUILD_CONFIG
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def describe(config: SiteConfig, addresses: Addresses) -> str:
    """One line saying which addresses this build uses and where each came from."""
    site = "--site-url" if addresses.site_url else "mkdocs.yml"
    repo = "--repo-url" if addresses.repo_url else "mkdocs.yml"
    return (f"Addresses: site {config.site_url or '(none)'} (from {site}), "
            f"repository {config.repo_url or '(none)'} (from {repo})")


def refuse_placeholders(config: SiteConfig, echo: Echo) -> None:
    """Stop a publishing build whose site_url or repo_url is still Chronicle's placeholder.

    Under GitHub Actions each one is also an error annotation on mkdocs.yml.
    """
    found = [(key, value, option) for key, value, option in (
        ("site_url", config.site_url, "--site-url"), ("repo_url", config.repo_url, "--repo-url"))
        if PLACEHOLDER_TEXT.search(value)]
    if not found:
        return
    lines = []
    for key, value, option in found:
        line = (f"{key} is Chronicle's placeholder {value}: give the real address with {option} URL "
                f"or set {key} in mkdocs.yml")
        lines.append(line)
        if os.environ.get("GITHUB_ACTIONS") == "true":
            echo(f"::error file=mkdocs.yml,title=placeholder {key}::{line}")
    raise ChronicleError(
        "a publishing build (--publish) never puts Chronicle's placeholder addresses on the site "
        "(canonical links, sitemap, feed, \"Edit this entry\"), and nothing was built:\n  "
        + "\n  ".join(lines) + f"\n(.github/workflows/publish.yml passes GitHub's addresses; {_FIX})"
    )


def placeholder_files(site: Path) -> list[str]:
    """The built files (relative paths) holding a placeholder address; .gz files are read unpacked."""
    found = []
    for path in sorted(site.rglob("*")):
        if not path.is_file():
            continue
        data = path.read_bytes()
        if path.suffix == ".gz":
            with contextlib.suppress(OSError, EOFError):  # not gzip after all: read as it is
                data = gzip.decompress(data)
        low = data.lower()  # a cheap test first: the pattern runs only on the rare candidates
        if any(word in low for word in _WORDS) and PLACEHOLDER_TEXT.search(data.decode("utf-8", "replace")):
            found.append(path.relative_to(site).as_posix())
    return found


def refuse_placeholder_site(site: Path) -> None:
    """Refuse a built site (still in its staging folder) in which a placeholder address remains."""
    found = placeholder_files(site)
    if not found:
        return
    shown = ", ".join(found[:_SHOWN]) + (f" and {len(found) - _SHOWN} more" if len(found) > _SHOWN else "")
    raise ChronicleError(
        f"a publishing build (--publish) found Chronicle's placeholder addresses (chronicle.example.org, "
        f"github.com/chronicle-project/chronicle) in {len(found)} built file(s): {shown}. They come "
        "from a hand-written page in content/, overrides/ or a setting in mkdocs.yml: replace them "
        f"with the real addresses. The previous site/ was kept ({_FIX})"
    )
