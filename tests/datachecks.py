"""The suite's checks of a project's data: what every chronology must pass, the bundled one included.

Rules about the data live in the validator, so the one data check is the command a
contributor and the pull-request check run: `chronicle validate` passes. Tests of the code
run on fixtures in tests/fixtures/, never on the live chronology/.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def data_checks(root: Path) -> str:
    """Run `chronicle validate` on a project as CI does; fail with its output unless it passes."""
    result = subprocess.run(
        [sys.executable, "-m", "chronicle.cli", "--root", str(root), "validate"],
        capture_output=True, text=True, check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert " 0 error(s)" in result.stderr, result.stderr
    return result.stdout + result.stderr
