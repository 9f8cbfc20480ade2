"""The contributor's set-up files: CI workflows, issue form, editor schema wiring, pre-commit hook.

The workflows cannot run here, so they are linted with actionlint (pinned in
requirements-dev.txt) and their publishing rules are checked as data. These files are not
chronology data, so they are read with PyYAML directly (GitHub's `on:` key is YAML 1.1's
boolean True, which the strict loader would rightly refuse in an entry).
"""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path, PurePosixPath
from typing import Any

import pytest
import yaml

from conftest import FIXTURES, MINI_EVENT, REPO, edit

WORKFLOWS = REPO / ".github" / "workflows"
ACTIONLINT = Path(sys.executable).parent / "actionlint"


def _yaml(path: Path) -> Any:
    return yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)


def _actionlint(*args: str, cwd: Path = REPO) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(ACTIONLINT), "-no-color", *args], cwd=cwd, capture_output=True,
                          text=True, check=False)


def _workflow_files(folder: Path = WORKFLOWS) -> list[str]:
    return [str(p) for p in sorted(folder.glob("*.yml"))]


# --- workflows ------------------------------------------------------------------------


def test_workflows_pass_actionlint() -> None:
    result = _actionlint("-shellcheck=", *_workflow_files())
    assert result.returncode == 0, result.stdout + result.stderr


def test_actionlint_catches_a_broken_workflow(tmp_path: Path) -> None:
    """The lint above can fail: a typo in a key and in an action input are both found."""
    broken = tmp_path / "broken.yml"
    text = (WORKFLOWS / "pull-request.yml").read_text(encoding="utf-8")
    broken.write_text(text.replace("timeout-minutes: 20", "timeout-minute: 20")
                      .replace("fetch-depth: 0", "fetch-dept: 0"), encoding="utf-8")
    result = _actionlint("-shellcheck=", str(broken), cwd=tmp_path)
    assert result.returncode == 1
    assert 'unexpected key "timeout-minute" for "job" section' in result.stdout
    assert 'input "fetch-dept" is not defined in action "actions/checkout@v5"' in result.stdout


def test_workflow_scripts_pass_shellcheck() -> None:
    shellcheck = shutil.which("shellcheck")
    if shellcheck is None:
        if os.environ.get("CHRONICLE_REQUIRE_SHELLCHECK") == "1":
            pytest.fail("shellcheck is required here (.ci/run installs it with apt-get)")
        pytest.skip("shellcheck not installed (apt-get install shellcheck); .ci/run installs it")
    result = _actionlint(f"-shellcheck={shellcheck}", *_workflow_files())
    assert result.returncode == 0, result.stdout + result.stderr


def _steps(workflow: dict[str, Any]) -> list[dict[str, Any]]:
    return [step for job in workflow["jobs"].values() for step in job.get("steps", ())]


def _uses(workflow: dict[str, Any]) -> list[str]:
    return [step["uses"].split("@")[0] for step in _steps(workflow) if "uses" in step]


def _runs(workflow: dict[str, Any]) -> str:
    return "\n".join(step.get("run", "") for step in _steps(workflow))


def test_pull_request_workflow_checks_builds_and_uploads() -> None:
    flow = _yaml(WORKFLOWS / "pull-request.yml")
    assert list(flow[True]) == ["pull_request"]  # `on:` (YAML 1.1 reads the key as True)
    assert flow["permissions"] == {"contents": "read"}
    runs = _runs(flow)
    assert "python -m pip install --disable-pip-version-check -r requirements.txt" in runs
    assert "chronicle validate --format github" in runs
    assert "chronicle build" in runs
    assert ".ci/run" in runs  # the test suite, browser tests required
    upload = next(s for s in _steps(flow) if s.get("uses", "").startswith("actions/upload-artifact@"))
    assert upload["with"]["path"] == "site/"


def test_publish_workflow_deploys_with_least_permissions_one_at_a_time() -> None:
    flow = _yaml(WORKFLOWS / "publish.yml")
    assert flow[True]["push"] == {"branches": ["main"]}
    assert flow["permissions"] == {"contents": "read"}
    assert flow["concurrency"] == {"group": "pages", "cancel-in-progress": False}
    build, deploy = flow["jobs"]["build"], flow["jobs"]["deploy"]
    assert "permissions" not in build
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert deploy["needs"] == "build"
    assert _uses(flow) == [
        "actions/checkout", "actions/setup-python", "actions/configure-pages",
        "actions/upload-pages-artifact", "actions/deploy-pages",
    ]
    assert "chronicle build" in _runs(flow)


def test_python_versions_are_quoted_and_pip_is_cached() -> None:
    """An unquoted 3.10 is the number 3.1; every setup-python caches pip downloads."""
    setups = [s for f in sorted(WORKFLOWS.glob("*.yml")) for s in _steps(_yaml(f))
              if s.get("uses", "").startswith("actions/setup-python@")]
    assert len(setups) == 2
    for step in setups:
        assert isinstance(step["with"]["python-version"], str)
        assert step["with"]["cache"] == "pip"


# --- templates ------------------------------------------------------------------------


def test_issue_form_for_a_wrong_entry() -> None:
    form = _yaml(REPO / ".github" / "ISSUE_TEMPLATE" / "wrong-entry.yml")
    assert {"name", "description", "body"} <= set(form)
    fields = [item for item in form["body"] if item["type"] != "markdown"]
    assert {item["type"] for item in form["body"]} <= {"markdown", "input", "textarea", "dropdown",
                                                       "checkboxes"}
    ids = [item["id"] for item in fields]
    assert len(ids) == len(set(ids))
    assert all(item["attributes"]["label"] for item in fields)
    required = [item["id"] for item in fields if item.get("validations", {}).get("required")]
    assert required == ["entry", "kind", "details", "evidence"]


def test_pull_request_template_has_the_reviewers_checklist() -> None:
    text = (REPO / ".github" / "pull_request_template.md").read_text(encoding="utf-8")
    checks = re.findall(r"^- \[ \] \*\*([^*]+)\*\*", text, flags=re.MULTILINE)
    assert checks[:5] == ["Date checked against the source", "Quote present", "Source complete",
                          "Actors in the registry", "Claims attributed"]


# --- editors --------------------------------------------------------------------------


def _glob_regex(glob: str) -> re.Pattern[str]:
    """VS Code's glob: `**/` any folders (or none), `*` within one folder."""
    parts = re.split(r"(\*\*/|\*)", glob)
    table = {"**/": "(?:[^/]+/)*", "*": "[^/]*"}
    return re.compile("".join(table.get(part, re.escape(part)) for part in parts) + r"\Z")


def _chronology_files() -> list[tuple[str, str]]:
    """(path from the project root, schema it must get) for the fixture chronologies."""
    roots = [FIXTURES / "mini", FIXTURES / "site"]
    kinds = {"events": "event", "actors": "actor", "places": "place", "tags": "tag"}
    return [
        (path.relative_to(root).as_posix(), kinds[path.relative_to(root / "chronology").parts[0]])
        for root in roots for path in sorted((root / "chronology").rglob("*.yaml"))
    ]


def test_editor_settings_give_each_chronology_file_its_schema() -> None:
    settings = json.loads((REPO / ".vscode" / "settings.json").read_text(encoding="utf-8"))
    schemas = settings["yaml.schemas"]
    for schema_path in schemas:
        assert (REPO / schema_path).is_file(), schema_path
    files = _chronology_files()
    assert len(files) >= 6
    for path, kind in files:
        matched = [s for s, globs in schemas.items() if any(_glob_regex(g).match(path) for g in globs)]
        assert matched == [f"scripts/chronicle/schema/{kind}.schema.json"], path
    assert json.loads((REPO / ".vscode" / "extensions.json").read_text())["recommendations"] == [
        "redhat.vscode-yaml"
    ]


def test_the_event_modeline_points_at_the_schema() -> None:
    from chronicle.schema import modeline

    for folder, name in (("chronology/events/2021", "event"), ("chronology/actors", "actor"),
                         ("chronology/places", "place")):
        target = modeline(name).split("$schema=")[1]
        resolved = os.path.normpath(PurePosixPath(folder, target).as_posix())
        assert resolved == f"scripts/chronicle/schema/{name}.schema.json"
        assert (REPO / resolved).is_file()


# --- pre-commit -----------------------------------------------------------------------


def test_pre_commit_hook_validates_changed_chronology_files(mini: Path) -> None:
    config = _yaml(REPO / ".pre-commit-config.yaml")
    (hook,) = config["repos"][0]["hooks"]
    assert config["repos"][0]["repo"] == "local"
    files = re.compile(hook["files"])
    assert files.search(MINI_EVENT) and files.search("chronology/actors/macron.yaml")
    assert not files.search("mkdocs.yml") and not files.search("scripts/chronicle/vocab/event_types.yaml")
    command = shlex.split(hook["entry"])
    assert command[0] == ".venv/bin/chronicle"  # what `make` installs
    command[0] = str(Path(sys.executable).parent / "chronicle")
    good = subprocess.run([*command, MINI_EVENT], cwd=mini, capture_output=True, text=True, check=False)
    assert good.returncode == 0, good.stdout + good.stderr
    edit(mini / MINI_EVENT, 'date: "2021-05-13"', "date: 2021-05-13")
    bad = subprocess.run([*command, MINI_EVENT], cwd=mini, capture_output=True, text=True, check=False)
    assert bad.returncode == 1
    assert bad.stdout.startswith(f"{MINI_EVENT}:3:7: unquoted date 2021-05-13 is read as a date object")


# --- CONTRIBUTING.md ------------------------------------------------------------------


def _documented_command(start: str) -> list[str]:
    """The shell command in CONTRIBUTING.md that starts with `start`, as arguments."""
    text = (REPO / "CONTRIBUTING.md").read_text(encoding="utf-8")
    for block in re.findall(r"```sh\n(.*?)```", text, flags=re.DOTALL):
        if block.startswith(start):
            return shlex.split(block.split("\n\n")[0].replace("\\\n", " "))[1:]
    raise AssertionError(f"no command starting {start!r} in CONTRIBUTING.md")


def test_the_documented_commands_work_as_documented(mini: Path, run) -> None:
    text = (REPO / "CONTRIBUTING.md").read_text(encoding="utf-8")
    result = run("--root", mini, *_documented_command("chronicle new --date"))
    assert result.exit_code == 0, result.output
    written = result.stdout.splitlines()[0].removeprefix("Wrote ")
    assert f"`{written}`" in text
    assert run("--root", mini, "validate", mini / written).exit_code == 0
    result = run("--root", mini, *_documented_command("chronicle new-actor"))
    assert result.exit_code == 0, result.output
    assert "`chronology/actors/armenian-defence-ministry.yaml`" in text
    assert result.stdout.splitlines()[0] == "Wrote chronology/actors/armenian-defence-ministry.yaml"
