"""The engine boundary: the docs folder is mkdocs.yml's docs_dir, the configuration is checked
before building, and each engine builds and serves through one interface."""

from __future__ import annotations

import shutil
import sys
import time
from pathlib import Path

import pytest

from chronicle.engine import ENGINES
from chronicle.project import Project
from conftest import edit
from test_serve import DRAFT_MARK, DRAFT_PAGE, _wait_for, serving


def _move_docs_dir(root: Path, folder: str) -> None:
    """Make the project's docs folder `folder` (hand-written pages moved, mkdocs.yml saying so)."""
    shutil.move(root / "content", root / folder)
    edit(root / "mkdocs.yml", "docs_dir: content", f"docs_dir: {folder}")
    edit(root / "mkdocs.yml", "edit_uri: edit/main/content/", f"edit_uri: edit/main/{folder}/")


def test_a_project_with_docs_dir_docs_builds_its_pages_there(site_project: Path, run) -> None:
    _move_docs_dir(site_project, "docs")
    result = run("--root", site_project, "build")
    assert result.exit_code == 0, result.output
    assert "in docs/: 47 written" in result.output
    assert not (site_project / "content").exists()
    assert (site_project / "docs" / "timeline" / "2021" / "05.md").is_file()
    assert (site_project / "docs" / "about.md").is_file()
    page = (site_project / "site" / "timeline" / "2021" / "05" / "index.html").read_text("utf-8")
    assert 'id="2021-05-13-macron-calls-pashinian"' in page
    # "Edit this entry" still opens the YAML file, beside the docs folder.
    assert ("https://github.com/chronicle-project/chronicle/edit/main/chronology/events/2021/"
            "2021-05-13-macron-calls-pashinian.yaml") in page


def test_a_project_with_docs_dir_docs_serves(site_project: Path) -> None:
    _move_docs_dir(site_project, "docs")
    with serving(site_project) as served:
        body = _wait_for(served.base + DRAFT_PAGE, DRAFT_MARK, time.monotonic() + 60)
        assert DRAFT_MARK in body, served.output
    assert not (site_project / "content").exists()
    assert sorted(p.name for p in (site_project / "docs").iterdir()) == ["about.md", "methodology.md"]


@pytest.mark.parametrize("docs_dir", [".", "..", "chronology/..", "/tmp"])
def test_a_docs_dir_that_is_not_a_folder_of_its_own_is_refused(site_project: Path, run,
                                                                docs_dir: str) -> None:
    """The build replaces the docs folder whole: never the project, its parent or its chronology."""
    edit(site_project / "mkdocs.yml", "docs_dir: content", f"docs_dir: {docs_dir!r}")
    result = run("--root", site_project, "build", "--no-site")
    assert result.exit_code == 1
    assert result.output.splitlines()[-1] == (
        f"Error: mkdocs.yml: docs_dir '{docs_dir}' must be a folder inside the project that holds only the "
        "site's pages (not the project itself or chronology/) — e.g. docs_dir: content")
    assert sorted(p.name for p in (site_project / "content").iterdir()) == ["about.md", "methodology.md"]


def test_project_reads_docs_dir_from_mkdocs_yml_and_defaults_as_mkdocs_does(site_project: Path) -> None:
    assert Project(site_project).content_dir == site_project / "content"
    edit(site_project / "mkdocs.yml", "docs_dir: content\n", "")
    assert Project(site_project).content_dir == site_project / "docs"  # MkDocs' default


@pytest.mark.parametrize(("extension", "used_for"), [
    ("attr_list", "the entries' and days' anchors ({: #id })"),
    ("md_in_html", "links inside the pages' HTML blocks (<p markdown>)"),
    ("admonition", "the preview's drafts notice (!!! warning)"),
])
def test_a_missing_markdown_extension_is_named_before_building(site_project: Path, run, extension: str,
                                                               used_for: str) -> None:
    """Measured before: without attr_list, MkDocs failed with about 30 unclear anchor warnings."""
    edit(site_project / "mkdocs.yml", f"  - {extension}\n", "")
    result = run("--root", site_project, "build")
    assert result.exit_code == 1
    assert result.output.splitlines() == [  # and nothing else: no engine run, no warnings
        "Error: the site engine's configuration cannot build these pages; nothing was built:",
        f"  mkdocs.yml: markdown_extensions lacks {extension}, which the pages need for {used_for} — "
        f"add `- {extension}` under markdown_extensions",
    ]
    assert sorted(p.name for p in (site_project / "content").iterdir()) == ["about.md", "methodology.md"]
    assert not (site_project / "site").exists()


def test_missing_not_in_nav_entries_are_named_before_building(site_project: Path, run) -> None:
    edit(site_project / "mkdocs.yml", "  /timeline/\n  /actors/\n", "")
    result = run("--root", site_project, "build")
    assert result.exit_code == 1
    assert result.output.splitlines()[-1] == (
        "  mkdocs.yml: not_in_nav does not cover the generated pages of actors, timeline — add these "
        "lines to not_in_nav: /actors/ /timeline/")
    # An extension given with options, by its full name, counts; --no-site checks nothing.
    edit(site_project / "mkdocs.yml", "  - attr_list\n", "  - markdown.extensions.attr_list: {}\n")
    assert run("--root", site_project, "build", "--no-site").exit_code == 0


def test_serve_checks_the_configuration_too(site_project: Path) -> None:
    edit(site_project / "mkdocs.yml", "  - attr_list\n", "")
    with serving(site_project) as served:
        served.process.wait(timeout=60)
    assert served.process.returncode == 1
    assert "mkdocs.yml: markdown_extensions lacks attr_list" in served.output


def test_each_engine_names_its_search_index(built_site_project: Path) -> None:
    assert set(ENGINES) == {"mkdocs", "zensical"}
    assert (built_site_project / "site" / ENGINES["mkdocs"].search_index).is_file()


def test_serve_with_zensical_shows_drafts_and_follows_edits(site_project: Path) -> None:
    with serving(site_project, sys.executable, "-m", "chronicle.cli", "--root", str(site_project), "serve",
                 "--engine", "zensical", "--addr", "127.0.0.1:{port}") as served:
        body = _wait_for(served.base + DRAFT_PAGE, DRAFT_MARK, time.monotonic() + 90)
        assert DRAFT_MARK in body, served.base
        edit(site_project / "chronology/events/2021/2021-05-13-macron-calls-pashinian.yaml",
             "title: Macron and Pashinian speak", "title: Macron and Pashinian talk")
        body = _wait_for(served.base + "/timeline/2021/05/", "Macron and Pashinian talk by phone",
                         time.monotonic() + 90)
        assert "Macron and Pashinian talk by phone" in body
    assert not (site_project / "site").exists()
