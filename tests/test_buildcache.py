"""`chronicle build` with what the last build kept (.chronicle-cache/, buildcache.py): after
every kind of edit it writes exactly the files a build from scratch (`--no-cache`) writes;
an edit with an error still stops it; a cache made by other code, or unreadable, is not used.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from chronicle import buildcache
from chronicle.buildcache import CACHE_DIR, CACHE_FILE
from chronicle.writer import is_generated

Run = Callable[..., Result]


def _generated(project: Path) -> dict[str, bytes]:
    content = project / "content"
    return {p.relative_to(content).as_posix(): p.read_bytes() for p in sorted(content.rglob("*"))
            if p.is_file() and is_generated(p.relative_to(content).as_posix())}


def _events(project: Path) -> list[Path]:
    return sorted((project / "chronology" / "events").rglob("*.yaml"))


def _retitle(project: Path, index: int = 5) -> None:
    path = _events(project)[index]
    text = path.read_text("utf-8")
    path.write_text(re.sub(r"(?m)^title: .*$", "title: Edited between two builds", text, count=1), "utf-8")


def _add(project: Path) -> None:
    source = _events(project)[7]
    text = source.read_text("utf-8")
    old = re.search(r"(?m)^id: (.*)$", text)
    assert old is not None
    new_id = old.group(1) + "-again"
    text = text.replace(f"id: {old.group(1)}", f"id: {new_id}")
    text = re.sub(r"(?m)^title: .*$", "title: A second entry added between two builds", text, count=1)
    source.with_name(f"{new_id}.yaml").write_text(text, "utf-8")


def _delete(project: Path) -> None:
    path = _events(project)[2]
    event_id = path.stem
    path.unlink()
    for other in _events(project):  # what related to it relates to nothing now
        text = other.read_text("utf-8")
        if event_id in text:
            text = re.sub(rf"(?m)^- id: {re.escape(event_id)}\n  relation: .*\n", "", text)
            text = re.sub(rf"(?m)^  - id: {re.escape(event_id)}\n    relation: .*\n", "", text)
            other.write_text(text, "utf-8")


def _rename_actor(project: Path) -> None:
    path = sorted((project / "chronology" / "actors").glob("*.yaml"))[0]
    text = path.read_text("utf-8")
    path.write_text(re.sub(r"(?m)^name: (.*)$", r"name: \1 Renamed", text, count=1), "utf-8")


def _site_name(project: Path) -> None:
    path = project / "mkdocs.yml"
    text = path.read_text("utf-8")
    path.write_text(re.sub(r"(?m)^site_name: .*$", "site_name: Another name", text, count=1), "utf-8")


def _nothing(project: Path) -> None:
    return None


@pytest.mark.parametrize("drafts", [False, True])
def test_after_each_edit_a_cached_build_writes_what_a_build_from_scratch_writes(
    reference_project: Path, run: Run, tmp_path: Path, drafts: bool
) -> None:
    options = ["--drafts"] if drafts else []
    first = run("--root", reference_project, "build", "--no-site", *options)
    assert first.exit_code == 0, first.output
    assert (reference_project / CACHE_DIR / CACHE_FILE).is_file()
    for change in (_nothing, _retitle, _add, _delete, _rename_actor, _site_name, _nothing):
        change(reference_project)
        result = run("--root", reference_project, "build", "--no-site", *options)
        assert result.exit_code == 0, (change.__name__, result.output)
        assert "Build cache:" in result.output, result.output
        cold = _cold_with(reference_project, run, tmp_path / "cold", options)
        assert _generated(reference_project) == cold, change.__name__


def _cold_with(project: Path, run: Run, where: Path, options: list[str]) -> dict[str, bytes]:
    """The files a build from scratch writes for a copy of the project as it is now."""
    shutil.rmtree(where, ignore_errors=True)

    def generated(folder: str, names: list[str]) -> list[str]:
        if Path(folder) == project:
            return [CACHE_DIR]
        return [n for n in names if is_generated(n)] if Path(folder) == project / "content" else []

    shutil.copytree(project, where, ignore=generated)
    result = run("--root", where, "build", "--no-site", "--no-cache", *options)
    assert result.exit_code == 0, result.output
    assert not (where / CACHE_DIR).exists()
    return _generated(where)


def test_an_edit_with_an_error_is_reported_by_a_cached_build(reference_project: Path, run: Run) -> None:
    assert run("--root", reference_project, "build", "--no-site").exit_code == 0
    before = _generated(reference_project)
    path = _events(reference_project)[4]
    text = path.read_text("utf-8")
    path.write_text(re.sub(r"(?m)^type: .*$", "type: not-a-type", text, count=1), "utf-8")
    result = run("--root", reference_project, "build", "--no-site")
    assert result.exit_code != 0
    name = path.relative_to(reference_project).as_posix()
    assert re.search(rf"{re.escape(name)}:\d+:\d+: .*not-a-type", result.output), result.output
    assert "nothing was built" in result.output
    assert _generated(reference_project) == before
    again = run("--root", reference_project, "build", "--no-site")  # the error read from the cache
    assert again.exit_code != 0 and "not-a-type" in again.output
    path.write_text(text, "utf-8")
    assert run("--root", reference_project, "build", "--no-site").exit_code == 0
    assert _generated(reference_project) == before


def test_a_cache_made_by_other_code_or_unreadable_is_not_used(
    reference_project: Path, run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert run("--root", reference_project, "build", "--no-site").exit_code == 0
    cache = reference_project / CACHE_DIR / CACHE_FILE
    _retitle(reference_project)
    monkeypatch.setattr(buildcache, "code_stamp", lambda: "another version")
    result = run("--root", reference_project, "build", "--no-site")
    assert result.exit_code == 0, result.output
    assert "made by another version of Chronicle" in result.output
    assert _generated(reference_project) == _cold_with(reference_project, run, tmp_path / "cold", [])
    cache.write_bytes(cache.read_bytes()[:1000])
    _rename_actor(reference_project)
    result = run("--root", reference_project, "build", "--no-site")
    assert result.exit_code == 0, result.output
    assert "could not be read" in result.output
    assert _generated(reference_project) == _cold_with(reference_project, run, tmp_path / "cold", [])


def test_a_generated_file_changed_by_hand_is_written_again(reference_project: Path, run: Run) -> None:
    assert run("--root", reference_project, "build", "--no-site").exit_code == 0
    before = _generated(reference_project)
    page = sorted((reference_project / "content" / "timeline").rglob("*.md"))[3]
    page.write_text("changed by hand\n", "utf-8")
    (reference_project / "content" / "data" / "events.csv").unlink()
    assert run("--root", reference_project, "build", "--no-site").exit_code == 0
    assert _generated(reference_project) == before


def test_a_build_with_nothing_changed_writes_nothing_and_says_so(
    reference_project: Path, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(buildcache, "RACY_NS", 0)  # the files were written a moment ago
    first = run("--root", reference_project, "build", "--no-site")
    assert first.exit_code == 0, first.output
    before = _times(reference_project)
    again = run("--root", reference_project, "build", "--no-site")
    assert again.exit_code == 0, again.output
    assert "Build cache: nothing changed since the last build" in again.output
    assert "0 written" in again.output
    assert _times(reference_project) == before
    path = _events(reference_project)[0]
    path.write_bytes(path.read_bytes())  # saved again with the same bytes (a checkout): not parsed again
    third = run("--root", reference_project, "build", "--no-site")
    assert "nothing changed" not in third.output
    assert re.search(r"Build cache: 0 of \d+ entry files read again, 0 of \d+ pages rendered", third.output)


def _times(project: Path) -> dict[Path, int]:
    return {p: p.stat().st_mtime_ns for p in (project / "content").rglob("*") if p.is_file()}


def test_a_site_build_keeps_its_cache_for_the_next(site_project: Path, run: Run) -> None:
    first = run("--root", site_project, "build")
    assert first.exit_code == 0, first.output
    _retitle(site_project, 1)
    second = run("--root", site_project, "build")
    assert second.exit_code == 0, second.output
    assert re.search(r"Build cache: 1 of \d+ entry files read again", second.output), second.output
    pages = (site_project / "site" / "timeline").rglob("*.html")
    assert any("Edited between two builds" in page.read_text("utf-8") for page in pages)


def test_problems_a_change_elsewhere_finds_in_a_kept_file_are_placed_as_validate_places_them(
    reference_project: Path, run: Run
) -> None:
    assert run("--root", reference_project, "build", "--no-site").exit_code == 0
    relating = next(p for p in _events(reference_project) if "\nrelated:" in p.read_text("utf-8"))
    target = re.search(r"(?m)^- id: (.*)$|^  id: (.*)$", relating.read_text("utf-8").split("\nrelated:")[1])
    assert target is not None
    target_id = target.group(1) or target.group(2)
    next(p for p in _events(reference_project) if p.stem == target_id).unlink()
    result = run("--root", reference_project, "build", "--no-site")
    assert result.exit_code != 0
    expected = run("--root", reference_project, "validate").output
    name = relating.relative_to(reference_project).as_posix()
    [line] = [line for line in expected.splitlines() if line.startswith(name)]
    assert f"event '{target_id}' does not exist" in line
    assert line in result.output.splitlines()


def test_a_later_day_of_the_check_is_seen_by_a_cached_build(
    reference_project: Path, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CHRONICLE_TODAY", "2030-01-01")
    assert run("--root", reference_project, "build", "--no-site").exit_code == 0
    monkeypatch.setenv("CHRONICLE_TODAY", "2022-06-30")  # events after it are now "in the future"
    result = run("--root", reference_project, "build", "--no-site")
    assert result.exit_code != 0
    checked = run("--root", reference_project, "validate").output
    expected = [line for line in checked.splitlines() if line.startswith("chronology/")]
    assert expected and "after today (2022-06-30)" in "\n".join(expected)
    assert [line for line in result.output.splitlines() if line in expected] == expected
    monkeypatch.setenv("CHRONICLE_TODAY", "2030-01-01")
    assert run("--root", reference_project, "build", "--no-site").exit_code == 0


def test_a_chronology_too_large_for_its_state_keeps_only_whether_anything_changed(
    reference_project: Path, run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Beyond buildcache.MOST_ENTRIES the state's memory would take a build past its aim."""
    monkeypatch.setattr(buildcache, "RACY_NS", 0)  # the files were written a moment ago
    assert run("--root", reference_project, "build", "--no-site").exit_code == 0
    state = reference_project / CACHE_DIR / CACHE_FILE
    assert state.is_file()
    monkeypatch.setattr(buildcache, "MOST_ENTRIES", 10)  # this project's entries are "too many"
    _retitle(reference_project)
    first = run("--root", reference_project, "build", "--no-site")
    assert first.exit_code == 0, first.output
    assert "only whether anything changed is kept; building from scratch" in first.output
    assert not state.exists()  # the outgrown state is not left on disk
    assert _generated(reference_project) == _cold_with(reference_project, run, tmp_path / "cold", [])
    before = _times(reference_project)
    again = run("--root", reference_project, "build", "--no-site")
    assert again.exit_code == 0, again.output
    assert "Build cache: nothing changed since the last build" in again.output
    assert _problems(again.output) == _problems(first.output)
    assert _times(reference_project) == before
    _add(reference_project)
    third = run("--root", reference_project, "build", "--no-site")
    assert third.exit_code == 0, third.output
    assert "nothing changed" not in third.output
    assert not state.exists()
    assert _generated(reference_project) == _cold_with(reference_project, run, tmp_path / "cold", [])


def _problems(output: str) -> list[str]:
    return [line for line in output.splitlines() if line.startswith("chronology/")]
