"""The build benchmark (`make bench`) runs end to end and reports every figure.

Only that it runs and what it reports are tested here; its numbers are never asserted
(timings belong to the benchmark, not to the test suite).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import REPO

BUILD_FIGURES = ("build_s", "build_cpu_s", "load_s", "validate_s", "generate_s", "write_s", "engine_s",
                 "own_s", "own_share", "peak_tree_mb", "peak_process_mb")
HUGO_FIGURES = ("hugo_s", "hugo_cpu_s", "ratio", "cpu_ratio")
SITE_FIGURES = ("pages", "largest_page_kb", "largest_page", "html_mb", "site_mb", "markdown_mb",
                "search_index_mb", "search_index_gzip_mb", "search_entries", "nav_entries")


def test_the_benchmark_builds_a_small_chronology_and_writes_every_figure(tmp_path: Path) -> None:
    out = tmp_path / "figures.json"
    result = subprocess.run(
        [sys.executable, "-m", "chronicle.bench", "--events", "50", "--json", str(out), "--keep",
         str(tmp_path / "work"), "--site-from", str(REPO), "--timeout", "300"],
        cwd=tmp_path, capture_output=True, text=True, timeout=900, check=False,
    )
    assert result.returncode == 0, result.stderr
    assert f"Figures with the machine's load: {out}" in result.stdout
    assert "| events | validate cmd | build |" in result.stdout and "| 50 |" in result.stdout
    figures = json.loads(out.read_text("utf-8"))
    assert figures["machine"]["cpus"] and len(figures["machine"]["load"]) == 3
    assert "load average" in figures["machine"]["uptime"]
    [size] = figures["results"]
    assert size["events"] == 50 and size["validate_ok"] is True
    assert isinstance(size["validate_command_s"], float)
    [run] = size["runs"]
    assert run["ok"]
    # Every function named in chronicle.bench.stages.STAGES exists: after renaming one, update STAGES.
    assert run["missing_stages"] == []
    for name in BUILD_FIGURES:
        assert isinstance(size[name], int | float), name
    assert size["engine_s"] < size["build_s"]
    for kind in ("warm", "edit_one"):  # rebuilds with the build cache the first build left
        rebuild = size["rebuilds"][kind]
        assert rebuild["ok"] and rebuild["missing_stages"] == [], kind
        assert isinstance(rebuild["own_s"], float) and rebuild["engine_s"] < rebuild["build_s"], kind
    assert "| 50 | one event edited |" in result.stdout
    for name in SITE_FIGURES:
        assert size[name], name
    assert size["search_index"] and size["search_entries"] > 50  # MkDocs: search/search_index.json
    for weight in (size["home_weight"], size["event_page_weight"]):
        assert weight["bytes"] > 0 and weight["requests"] >= 1
    assert size["event_page_weight"]["page"].startswith("/timeline/2022/12")
    serve = size["serve"]
    assert serve["startup_s"] > 0 and serve["edit_s"] is not None and serve["error_s"] is not None
    if shutil.which("hugo"):
        for name in HUGO_FIGURES:
            assert size[name] > 0, name
        assert size["hugo"]["pages"] > 0 and size["hugo"]["unrendered_links"] == 0
    else:
        assert "Hugo is not installed" in result.stderr
        assert all(size[name] is None for name in HUGO_FIGURES)
    # The synthetic event the benchmark edited is back as it was.
    edited = next((tmp_path / "work" / "bench-50" / "project" / "chronology" / "events").rglob(serve["file"]))
    assert "status: reviewed" in edited.read_text("utf-8")
