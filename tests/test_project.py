"""`chronicle` finds its project from the current folder upwards, or takes --root."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from chronicle.cli import main


def test_found_from_a_subfolder(mini: Path, monkeypatch) -> None:
    monkeypatch.chdir(mini / "chronology" / "events" / "2021")
    result = CliRunner().invoke(main, ["validate"])
    assert result.exit_code == 0
    assert "6 file(s) checked" in result.stderr


def test_root_option_from_anywhere(mini: Path, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["--root", str(mini), "validate"])
    assert result.exit_code == 0


def test_outside_a_project_says_what_to_do(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["validate"])
    assert result.exit_code == 1
    assert result.stderr == (
        f"Error: no Chronicle project in {tmp_path.resolve()} or any folder above it "
        "(looked for mkdocs.yml next to a chronology/ folder); use --root PATH\n"
    )


def test_root_that_is_not_a_project(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["--root", str(tmp_path), "validate"])
    assert result.exit_code == 1
    assert "is not a Chronicle project: it needs mkdocs.yml and a chronology/ folder" in result.stderr


def test_installed_command_runs(mini: Path) -> None:
    """The console script installed by `make` works (not only the in-process entry point)."""
    command = Path(sys.executable).parent / "chronicle"
    result = subprocess.run(
        [str(command), "--root", str(mini), "validate"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert "0 error(s)" in result.stderr
