"""The package type-checks: mypy, strict, with the settings in pyproject.toml ([tool.mypy]).

It runs here so that `make test` and CI run it; a type error fails the suite with mypy's
own report (file:line: error). ingest/ is left out until its rework settles (pyproject.toml).
"""

from __future__ import annotations

import subprocess
import sys

from projects import REPO


def test_the_package_type_checks_strictly() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--config-file", str(REPO / "pyproject.toml"),
         "--cache-dir", str(REPO / ".mypy_cache")],
        cwd=REPO, capture_output=True, text=True, check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("Success: no issues found in ")
