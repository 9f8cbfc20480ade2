"""`chronicle build`: validation stops it, output is deterministic, only changes are written,
deleted events disappear, hand-written pages are never touched, both engines build."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from chronicle.bench import write_synthetic
from chronicle.build import generate
from chronicle.buildcache import CACHE_DIR, CACHE_FILE
from chronicle.check import Policy, load_project
from chronicle.engine import ENGINES
from chronicle.errors import ChronicleError
from chronicle.plan import PAGE_BUDGET
from chronicle.project import GENERATED_DIRS, Project
from chronicle.writer import write_generated
from conftest import edit
from projects import FIXTURES, copy_project

JERMUK = "chronology/events/2022/2022-09-13-clashes-near-jermuk.yaml"
MACRON = "chronology/events/2021/2021-05-13-macron-calls-pashinian.yaml"


def _files(content: Path) -> dict[str, bytes]:
    return {
        p.relative_to(content).as_posix(): p.read_bytes()
        for p in sorted(content.rglob("*"))
        if p.is_file()
    }


def test_errors_stop_the_build_with_every_problem_and_write_nothing(site_project: Path, run) -> None:
    edit(site_project / JERMUK, "type: attack", "type: atack")
    edit(site_project / MACRON, "actors: [macron, pashinyan]", "actors: [macrn, pashinyan]")
    result = run("--root", site_project, "build")
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert lines[0].startswith(
        f"{MACRON}:12:10: actor 'macrn' is not in the actor registry — did you mean 'macron'?"
    )
    assert lines[1].startswith(f"{JERMUK}:8:7: type 'atack' is not allowed — did you mean 'attack'?")
    assert lines[-1] == (
        "Error: the chronology has 2 error(s); nothing was built. "
        "Fix them (file:line:column above), then build again"
    )
    assert sorted(p.name for p in (site_project / "content").iterdir()) == ["about.md", "methodology.md"]
    assert not (site_project / "site").exists()


def test_rebuild_is_byte_identical_in_another_folder(tmp_path: Path, run) -> None:
    first = copy_project(tmp_path / "one", FIXTURES / "site" / "chronology")
    second = copy_project(tmp_path / "two" / "deeper", FIXTURES / "site" / "chronology")
    for root in (first, second):
        assert run("--root", root, "build", "--no-site").exit_code == 0
    assert _files(first / "content") == _files(second / "content")


def test_unchanged_files_are_not_rewritten_and_stale_pages_disappear(site_project: Path, run) -> None:
    assert run("--root", site_project, "build").exit_code == 0
    content = site_project / "content"
    stamps = {p: p.stat().st_mtime_ns for p in content.rglob("*") if p.is_file()}
    again = run("--root", site_project, "build", "--no-site")
    assert "0 written, 47 unchanged, 0 removed" in again.output
    assert {p: p.stat().st_mtime_ns for p in content.rglob("*") if p.is_file()} == stamps

    (site_project / JERMUK).unlink()
    result = run("--root", site_project, "build")
    assert result.exit_code == 0, result.output
    assert "removed" in result.output and ", 0 removed" not in result.output
    for gone in (
        "timeline/2022/09.md",
        "places/jermuk.md",
        "tags/september-2022.md",
        "types/attack.md",
        "timeline/2022/index.md",
    ):
        assert not (content / gone).exists(), gone
    assert not (site_project / "site" / "places" / "jermuk").exists()
    assert not (site_project / "site" / "timeline" / "2022").exists()
    assert (content / "about.md").is_file() and (content / "methodology.md").is_file()


def test_writer_refuses_paths_outside_generated_folders(tmp_path: Path) -> None:
    content = tmp_path / "content"
    content.mkdir()
    (content / "about.md").write_text("# mine\n", encoding="utf-8")
    for bad in ("about.md", "../escape.md", "/etc/x.md", "timeline"):
        with pytest.raises(ChronicleError, match="refusing to write"):
            write_generated(content, {bad: b"x"})
    assert (content / "about.md").read_text(encoding="utf-8") == "# mine\n"
    assert not (tmp_path / "escape.md").exists()


def test_generated_folders_match_gitignore() -> None:
    from projects import REPO

    ignored = (REPO / ".gitignore").read_text(encoding="utf-8").splitlines()
    for folder in GENERATED_DIRS:
        assert f"content/{folder}/" in ignored, folder
    assert "content/index.md" in ignored
    # The build cache (kept in the project, outside site/) is never committed.
    ignore = ["git", "check-ignore", "--no-index", "--quiet", f"{CACHE_DIR}/{CACHE_FILE}"]
    assert subprocess.run(ignore, cwd=REPO, check=False).returncode == 0


def test_zensical_builds_the_same_content(reference_project: Path, run) -> None:
    result = run("--root", reference_project, "build", "--engine", "zensical")
    assert result.exit_code == 0, result.output
    site = reference_project / "site"
    project = Project(reference_project)
    chronology = load_project(project, Policy.STRICT).chronology.published()
    for event in chronology.events:
        month = f"{event.date.month:02d}" if event.date.month else "year"
        pages = sorted((site / "timeline" / str(event.date.year)).glob(f"{month}*/index.html"))
        assert sum(f'id="{event.id}"' in p.read_text("utf-8") for p in pages) == 1, event.id
    assert (site / "actors" / "index.html").is_file() and (site / "404.html").is_file()
    assert (site / "data" / "events.json").is_file()
    search = (site / ENGINES["zensical"].search_index).read_text("utf-8")
    if (reference_project / "chronology" / "places" / "sev-lich.yaml").exists():
        assert "Black Lake" in search


def test_large_chronology_paginates_and_keeps_every_page_small(tmp_path: Path) -> None:
    write_synthetic(tmp_path, 2000)
    project = Project(tmp_path)
    files = generate(project, load_project(project, Policy.STRICT).chronology).files
    pages = {p: b for p, b in files.items() if p.endswith(".md")}
    assert max(len(b) for b in pages.values()) < PAGE_BUDGET + 20_000  # the bench measures HTML
    assert "timeline/2022/09--2.md" in pages  # the busiest month is split
    month = pages["timeline/2022/09.md"].decode()
    assert "[next page →](09--2.md)" in month
    total = sum(
        page.decode().count('<h3 id="2') for path, page in pages.items() if path.startswith("timeline/")
    )
    assert total == 2000


def test_draft_only_project_builds_an_empty_site(tmp_path: Path, run) -> None:
    root = copy_project(tmp_path / "p", FIXTURES / "site" / "chronology")
    shutil.rmtree(root / "chronology" / "events")
    (root / "chronology" / "events").mkdir()
    result = run("--root", root, "build")
    assert result.exit_code == 0, result.output
    assert "for 0 entries" in result.output
