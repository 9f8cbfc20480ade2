"""`chronicle init PATH`: a new, working chronology project for another crisis.

The new project is laid out like Chronicle's own repository, so every command, editor
setting and workflow works there unchanged: an empty `chronology/` with its folders and a
README, `mkdocs.yml` with the project's title and addresses, the hand-written pages as
templates, `.github/` workflows and templates, `.pre-commit-config.yaml`, `.vscode/` (the
editor's schema wiring), a Makefile and a test of its own.

How the project gets Chronicle: it carries a copy of this Chronicle (`scripts/chronicle/`,
`pyproject.toml`, the pinned `requirements*.txt`), and its Makefile installs it from there.
Chronicle is not published on a package index; a copy pinned by being in the repository
builds the same on every machine and in CI, with no network access to Chronicle's own
repository. The copy is taken from the source checkout this command runs from.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import jinja2

from . import __version__, scaffold
from .errors import ChronicleError
from .load import yaml_files
from .prompt import Ask
from .siteconfig import PLACEHOLDER_REPO_URL, PLACEHOLDER_SITE_URL

Echo = Callable[[str], None]

#: Copied from Chronicle's checkout as they are (requirements.txt: what publishing installs;
#: requirements-ingest.txt: that and chronicle[ingest], for the project's own `make`).
COPIED = ("pyproject.toml", "requirements.txt", "requirements-ingest.txt", "requirements-model.txt",
          "overrides", ".github", ".ci", ".pre-commit-config.yaml", ".vscode", ".gitignore")
#: Test-suite pins the new project's `make test` needs (taken, with their hashes, from
#: requirements-dev.txt; their other dependencies are in requirements-ingest.txt).
TEST_PINS = ("pytest", "iniconfig", "pluggy")
FOLDERS = ("events", "actors", "places", "tags", "articles")


def source_checkout() -> Path:
    """Chronicle's source checkout: the folder holding pyproject.toml above scripts/chronicle/."""
    package = Path(__file__).resolve().parent
    root = package.parent.parent
    pyproject = root / "pyproject.toml"
    if package.parent.name != "scripts" or not pyproject.is_file() or \
            'name = "chronicle"' not in pyproject.read_text(encoding="utf-8"):
        raise ChronicleError(
            "chronicle init copies Chronicle from its source checkout, and this Chronicle is not "
            f"installed from one ({package}); run it from a clone of Chronicle's repository "
            "(`make test` there installs it)"
        )
    return root


def check_url(text: str, what: str) -> str:
    """A full http(s) address (the check `chronicle new` makes of a source's link)."""
    try:
        return scaffold.check_url(text)
    except ChronicleError as exc:
        raise ChronicleError(f"{what}: {exc}") from None


@dataclass
class Answers:
    """What the new project is called and where it will live."""

    title: str
    site_url: str = PLACEHOLDER_SITE_URL
    repo_url: str = PLACEHOLDER_REPO_URL
    registry_from: Path | None = None


def _url_answer(key: str) -> Callable[[str], str]:
    """Check a typed address for `key` (an empty answer keeps the placeholder)."""
    def check(text: str) -> str:
        return check_url(text, key) if text.strip() else ""
    return check


def gather(title: str, site_url: str, repo_url: str, registry_from: Path | None,
           ask: Ask | None) -> Answers:
    """Check the options; in a terminal, ask for what is missing (an empty address keeps the placeholder)."""
    if not title.strip() and ask is not None:
        title = ask("Title of the chronology", None, _title)
    answers = Answers(_title(title or "A sourced chronology"), registry_from=registry_from)
    for key, given, question in (
        ("site_url", site_url, "Address of the published site (e.g. https://OWNER.github.io/REPO/; "
                               "empty: decide later)"),
        ("repo_url", repo_url, "Address of the repository (e.g. https://github.com/OWNER/REPO; "
                               "empty: decide later)"),
    ):
        if given:
            setattr(answers, key, check_url(given, f"--{key.replace('_', '-')}"))
        elif ask is not None:
            value = ask(question, "", _url_answer(key))
            if value:
                setattr(answers, key, value)
    if answers.site_url != PLACEHOLDER_SITE_URL and not answers.site_url.endswith("/"):
        answers.site_url += "/"
    return answers


def _title(text: str) -> str:
    title = " ".join(text.split())
    if not title:
        raise ChronicleError("the title is empty")
    return title


def init_project(target: Path, answers: Answers, echo: Echo = print) -> list[str]:
    """Write the new project into target (which must be new or empty); return its files."""
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise ChronicleError(f"{target} already exists and is not empty; choose a new folder")
    source = source_checkout()
    registry = _registry_files(answers.registry_from)
    target.mkdir(parents=True, exist_ok=True)
    _copy_chronicle(source, target)
    model = (source / "requirements-model.txt").is_file()
    values = {"title": answers.title, "version": __version__, "model": model,
              "requirement_files": " ".join(["requirements-ingest.txt", "requirements-dev.txt"]
                                            + (["requirements-model.txt"] if model else []))}
    _write(target / "Makefile", _render("Makefile.j2", values))
    _write(target / "README.md", _render("README.md.j2", values))
    _write(target / "requirements-dev.txt", _dev_requirements(source))
    _write(target / "mkdocs.yml", _mkdocs_yml(source, answers))
    _write(target / "tests" / "test_chronology.py", _render("test_chronology.py.j2", values))
    content = target / "content"
    _write(content / "about.md", _render("about.md.j2", values))
    shutil.copy(source / "content" / "methodology.md", content / "methodology.md")
    chronology = target / "chronology"
    _write(chronology / "README.md", _render("chronology-README.md.j2", values))
    for folder in FOLDERS:
        (chronology / folder).mkdir(parents=True, exist_ok=True)
        (chronology / folder / ".gitkeep").touch()
    shutil.copy(source / "chronology" / "articles" / "README.md", chronology / "articles" / "README.md")
    for kind, files in registry.items():
        for path in files:
            shutil.copy(path, chronology / kind / path.name)
    return sorted(p.relative_to(target).as_posix() for p in target.rglob("*") if p.is_file())


def _registry_files(project: Path | None) -> dict[str, list[Path]]:
    """The actor and place files of another project (--registry-from)."""
    if project is None:
        return {}
    chronology = project / "chronology" if (project / "chronology").is_dir() else project
    found = {kind: yaml_files(chronology / kind, "*") for kind in ("actors", "places")}
    if not any(found.values()):
        raise ChronicleError(
            f"--registry-from: {project} has no actor or place files (looked in "
            f"{chronology / 'actors'} and {chronology / 'places'})"
        )
    return found


def _copy_chronicle(source: Path, target: Path) -> None:
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info")
    shutil.copytree(source / "scripts" / "chronicle", target / "scripts" / "chronicle", ignore=ignore)
    for name in COPIED:
        path = source / name
        if path.is_dir():
            shutil.copytree(path, target / name, ignore=ignore)
        elif path.is_file():
            shutil.copy(path, target / name)


def _dev_requirements(source: Path) -> str:
    """The new project's requirements-dev.txt: Chronicle with ingest, and the test pins with their hashes."""
    text = (source / "requirements-dev.txt").read_text(encoding="utf-8")
    pins = re.findall(rf"(?m)^(?:{'|'.join(TEST_PINS)})==\S+(?: \\\n +--hash=\S+)+\n", text)
    head = ("# What `make` installs: the site's and ingest's dependencies, and the test suite's\n"
            "# (pinned with their hashes, from Chronicle's requirements-dev.txt).\n"
            "-r requirements-ingest.txt\n")
    return head + "".join(pins)


def _mkdocs_yml(source: Path, answers: Answers) -> str:
    """Chronicle's mkdocs.yml with this project's title, description and addresses."""
    text = (source / "mkdocs.yml").read_text(encoding="utf-8")
    header = ("# The site's settings. `chronicle build` writes generated pages into content/\n"
              "# (timeline/, actors/, …) and then runs the site engine on this file.\n")
    text = re.sub(r"\A(#[^\n]*\n)+", header, text)
    repo_name = urlsplit(answers.repo_url).path.strip("/").split("/")[-1] or "repository"
    settings = {
        "site_name": answers.title,
        "site_description": f"Dated, sourced and reviewable entries: {answers.title}.",
        "site_url": answers.site_url,
        "repo_url": answers.repo_url,
        "repo_name": repo_name,
    }
    for key, value in settings.items():
        line = f"{key}: {_yaml_string(value)}"
        text, count = re.subn(rf"(?m)^{key}:.*$", line.replace("\\", "\\\\"), text, count=1)
        if not count:
            text += line + "\n"
    return text


def _yaml_string(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"'


def _render(name: str, values: dict[str, object]) -> str:
    env = jinja2.Environment(loader=jinja2.PackageLoader("chronicle", "starter"), keep_trailing_newline=True,
                             autoescape=False, undefined=jinja2.StrictUndefined)
    return env.get_template(name).render(**values)


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
