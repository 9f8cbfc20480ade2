"""New files only: a contributor's file is never written over, and a batch is all or nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from chronicle.newfiles import write_new_files


def test_a_batch_with_an_existing_file_writes_nothing_and_keeps_that_file(tmp_path: Path) -> None:
    kept = tmp_path / "b.yaml"
    kept.write_text("mine\n", encoding="utf-8")
    with pytest.raises(FileExistsError):
        write_new_files([(tmp_path / "sub/a.yaml", "a\n"), (kept, "b\n"), (tmp_path / "c.yaml", "c\n")])
    assert kept.read_text(encoding="utf-8") == "mine\n"
    assert sorted(p.name for p in tmp_path.rglob("*.yaml")) == ["b.yaml"]


def test_existing_files_may_be_skipped(tmp_path: Path) -> None:
    (tmp_path / "b.patch").write_text("mine\n", encoding="utf-8")
    files = [(tmp_path / "a.patch", "a\n"), (tmp_path / "b.patch", "b\n")]
    written = write_new_files(files, skip_existing=True)
    assert written == [tmp_path / "a.patch"]
    assert (tmp_path / "b.patch").read_text(encoding="utf-8") == "mine\n"
