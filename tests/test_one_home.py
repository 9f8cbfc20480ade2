"""Rules that must be written in more than one file agree with their one home in the code.

The generated folders (project.GENERATED_DIRS) are also named by mkdocs.yml's `not_in_nav`
(the engine does not list every generated page in the sidebar) and by the benchmark's
synthetic mkdocs.yml (.gitignore: test_build.py); the version
(chronicle.__version__) is also the package's. A folder added to one and not the others
fails here, naming what to add where.
"""

from __future__ import annotations

import tomllib

import yaml
from click.testing import CliRunner

import chronicle
from chronicle.bench.synthetic import MKDOCS_YML as BENCH_MKDOCS_YML
from chronicle.cli import main
from chronicle.project import GENERATED_DIRS
from conftest import REPO

#: Generated folders whose pages are all reached from a listed index page (data/ has only its
#: index page, assets/ no page at all: neither needs hiding from the sidebar).
LISTED_WHOLE = {"data", "assets/chronicle"}


def _not_in_nav(mkdocs_yml: str) -> set[str]:
    config = yaml.load(mkdocs_yml, Loader=yaml.BaseLoader)  # mkdocs.yml's !!python tags are not read
    return {line.strip().strip("/") for line in config["not_in_nav"].splitlines() if line.strip()}


def test_mkdocs_yml_hides_the_generated_page_folders_from_the_sidebar() -> None:
    expected = set(GENERATED_DIRS) - LISTED_WHOLE
    assert _not_in_nav((REPO / "mkdocs.yml").read_text(encoding="utf-8")) == expected
    assert _not_in_nav(BENCH_MKDOCS_YML) == expected


def test_the_version_is_written_once() -> None:
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" not in project["project"] and "version" in project["project"]["dynamic"]
    assert project["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "chronicle.__version__"}
    assert CliRunner().invoke(main, ["--version"]).output == f"chronicle, version {chronicle.__version__}\n"
