"""Golden output: the generated content/ of the site fixture, kept in tests/golden/content/.

Any change to a generated page or data file shows up here as a failing test with a diff, and
in review as a readable diff of the committed files. When the change is intended, accept it:

    make golden                      # or: .venv/bin/python -m pytest tests/test_golden.py --update-golden

then commit tests/golden/ with the change that caused it. Assets copied verbatim from the
package (assets/chronicle/*) and the hand-written pages are not generated, so they are not kept.
"""

from __future__ import annotations

import difflib
import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from chronicle.build import ASSETS_DIR
from chronicle.cli import main
from chronicle.writer import is_generated
from projects import FIXTURES, REPO, copy_project

GOLDEN = Path(__file__).resolve().parent / "golden" / "content"
#: A fixed build time: the feed's `updated` of entries outside git is the build's time.
EPOCH = "1700000000"
#: How many lines of diff the failure shows per file (the rest is in `git diff` after updating).
DIFF_LINES = 60


def generated_files(root: Path) -> dict[str, bytes]:
    """Build the project's content/ (no site) and return the generated files by path."""
    result = CliRunner(env={"SOURCE_DATE_EPOCH": EPOCH}).invoke(
        main, ["--root", str(root), "build", "--no-site"], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    content = root / "content"
    return {
        rel: path.read_bytes()
        for path in sorted(content.rglob("*"))
        if path.is_file()
        and is_generated(rel := path.relative_to(content).as_posix())
        and not rel.startswith(f"{ASSETS_DIR}/")
    }


def _diff(path: str, expected: bytes, actual: bytes) -> str:
    lines = list(
        difflib.unified_diff(
            expected.decode("utf-8", "replace").splitlines(),
            actual.decode("utf-8", "replace").splitlines(),
            f"golden/content/{path}",
            f"built/content/{path}",
            lineterm="",
        )
    )
    more = f"\n… {len(lines) - DIFF_LINES} more lines" if len(lines) > DIFF_LINES else ""
    return "\n".join(lines[:DIFF_LINES]) + more


def write_golden(files: dict[str, bytes]) -> None:
    """Replace tests/golden/content/ with the files (stale files removed)."""
    if GOLDEN.exists():
        shutil.rmtree(GOLDEN)
    for path, data in files.items():
        target = GOLDEN / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)


def test_site_fixture_content_matches_golden_output(tmp_path: Path, update_golden: bool) -> None:
    root = copy_project(tmp_path / "site", FIXTURES / "site" / "chronology")
    built = generated_files(root)
    assert "index.md" in built and "timeline/2021/05.md" in built and "data/events.json" in built
    if update_golden:
        write_golden(built)
        return
    assert GOLDEN.is_dir(), "no golden output yet: run `make golden` and commit tests/golden/"
    golden = {p.relative_to(GOLDEN).as_posix(): p.read_bytes() for p in GOLDEN.rglob("*") if p.is_file()}
    missing = sorted(set(golden) - set(built))
    extra = sorted(set(built) - set(golden))
    changed = sorted(p for p in set(golden) & set(built) if golden[p] != built[p])
    if missing or extra or changed:
        report = [
            "the generated content/ of tests/fixtures/site differs from tests/golden/content/.",
            "If the change is intended, run `make golden` (pytest tests/test_golden.py --update-golden)",
            "and commit tests/golden/ with it.",
        ]
        report += [f"not generated any more: {p}" for p in missing]
        report += [f"newly generated: {p}" for p in extra]
        report += [_diff(p, golden[p], built[p]) for p in changed]
        pytest.fail("\n".join(report), pytrace=False)


def test_golden_flag_is_documented() -> None:
    """The way to accept a change is written where a contributor looks for it."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    assert "make golden" in readme and "--update-golden" in readme
    assert "golden:" in makefile and "--update-golden" in makefile
    assert os.path.isfile(REPO / "tests" / "golden" / ".gitattributes")
