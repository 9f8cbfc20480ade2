"""`chronicle init`: a new chronology project that works at once, for another crisis.

The main test is run as a user would: `chronicle init`, then the new project's own
`make site` and `make test` (a real install into its own .venv, from its own copy of
Chronicle) on zero events and again on one.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from chronicle import prompt
from chronicle.cli import main
from conftest import copy_project, edit
from projects import FIXTURES

TITLE = "Sudan war: a sourced chronology"
SITE = "https://someone.github.io/sudan-chronology/"
REPOSITORY = "https://github.com/someone/sudan-chronology"
PLACEHOLDERS = ("chronicle.example.org", "github.com/chronicle-project/chronicle")


def _make(root: Path, target: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["make", "--no-print-directory", target], cwd=root, capture_output=True, text=True,
                          timeout=1500, check=False)


def _chronicle(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(root / ".venv" / "bin" / "chronicle"), *args], cwd=root, capture_output=True,
                          text=True, timeout=300, check=False)


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("init") / "sudan-chronology"
    result = CliRunner().invoke(main, ["init", str(root), "--title", TITLE, "--site-url", SITE,
                                       "--repo-url", REPOSITORY], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0].startswith(f"Wrote a new chronology project in {root}: ")
    return root


def test_init_writes_every_part_of_a_project(project: Path) -> None:
    for path in ("mkdocs.yml", "Makefile", "README.md", "pyproject.toml", "requirements.txt",
                 "requirements-dev.txt", ".gitignore", ".pre-commit-config.yaml", ".vscode/settings.json",
                 ".vscode/extensions.json", ".github/workflows/publish.yml",
                 ".github/workflows/pull-request.yml", ".github/pull_request_template.md",
                 ".github/ISSUE_TEMPLATE/wrong-entry.yml", ".ci/run", "content/about.md",
                 "content/methodology.md", "chronology/README.md", "chronology/articles/README.md",
                 "overrides/main.html", "scripts/chronicle/cli.py",
                 "scripts/chronicle/schema/event.schema.json", "tests/test_chronology.py"):
        assert (project / path).is_file(), path
    for folder in ("events", "actors", "places", "tags", "articles"):
        assert (project / "chronology" / folder).is_dir(), folder
    assert not list((project / "chronology").rglob("*.yaml"))  # empty: no entry of ours
    config = yaml.safe_load((project / "mkdocs.yml").read_text(encoding="utf-8").replace("!ENV", ""))
    assert (config["site_name"], config["site_url"], config["repo_url"]) == (TITLE, SITE, REPOSITORY)
    assert config["docs_dir"] == "content" and config["nav"][-1] == {"About": ["about.md", "methodology.md"]}
    # The editor schema wiring points at the project's own schemas.
    settings = json.loads((project / ".vscode/settings.json").read_text(encoding="utf-8"))
    assert all((project / schema).is_file() for schema in settings["yaml.schemas"])
    readme = (project / "README.md").read_text(encoding="utf-8")
    assert f"# {TITLE}" in readme and "## Publish your chronology" in readme
    for words in ('"GitHub Actions"', "`site_url`", "`repo_url`", "The first deploy", "custom domain"):
        assert words.lower() in readme.lower(), words
    assert "chronicle validate" in (project / "chronology/README.md").read_text(encoding="utf-8")


def test_the_new_projects_make_site_and_make_test_work_on_zero_events_and_on_one(project: Path) -> None:
    site = _make(project, "site")
    assert site.returncode == 0, site.stdout + site.stderr
    assert "for 0 entries" in site.stdout
    assert "placeholder" not in site.stdout + site.stderr
    assert (project / "site" / "index.html").is_file()
    test = _make(project, "test")
    assert test.returncode == 0, test.stdout + test.stderr
    assert "2 passed" in test.stdout

    # One event, with its actor and place, as a contributor writes them.
    assert _chronicle(project, "new-actor", "--name", "Sudanese Armed Forces", "--kind", "armed-force",
                      "--country", "SD", "--alias", "SAF").returncode == 0
    assert _chronicle(project, "new-place", "--name", "El Fasher", "--kind", "city", "--country", "SD",
                      "--lat", "13.63", "--lon", "25.35").returncode == 0
    new = _chronicle(project, "new", "--date", "2024-05-10", "--title", "SAF says it repelled an attack",
                     "--actor", "SAF", "--type", "statement", "--place", "El Fasher",
                     "--source-url", "https://news.example.net/2024/05/10/el-fasher",
                     "--outlet", "Example News", "--source-title", "Fighting in El Fasher",
                     "--quote", "The army said it repelled an attack", "--status", "reviewed")
    assert new.returncode == 0, new.stdout + new.stderr
    site = _make(project, "site")
    assert site.returncode == 0, site.stdout + site.stderr
    assert "for 1 entries" in site.stdout
    page = (project / "site" / "timeline" / "2024" / "05" / "index.html").read_text(encoding="utf-8")
    assert "2024-05-10-saf-says-it-repelled-attack" in page and "Example News" in page
    home = (project / "site" / "index.html").read_text(encoding="utf-8")
    assert TITLE in home
    built = " ".join(p.read_text("utf-8", "replace") for p in (project / "site").rglob("*")
                     if p.suffix in (".html", ".xml", ".json", ".ics", ".csv"))
    assert not any(placeholder in built for placeholder in PLACEHOLDERS)
    assert SITE in built
    test = _make(project, "test")
    assert test.returncode == 0, test.stdout + test.stderr


def test_init_refuses_a_folder_that_is_not_empty(tmp_path: Path, run) -> None:
    (tmp_path / "notes.txt").write_text("mine\n", encoding="utf-8")
    result = run("init", tmp_path, "--title", "X", "--site-url", SITE, "--repo-url", REPOSITORY)
    assert result.exit_code == 1
    assert result.stderr == f"Error: {tmp_path} already exists and is not empty; choose a new folder\n"
    assert [p.name for p in tmp_path.iterdir()] == ["notes.txt"]


def test_registry_from_copies_another_projects_actors_and_places(tmp_path: Path, run) -> None:
    source = copy_project(tmp_path / "source", FIXTURES / "site" / "chronology")
    result = run("init", tmp_path / "new", "--title", "Second", "--site-url", SITE, "--repo-url", REPOSITORY,
                 "--registry-from", source)
    assert result.exit_code == 0, result.output
    actors = sorted(p.name for p in (source / "chronology/actors").glob("*.yaml"))
    places = sorted(p.name for p in (source / "chronology/places").glob("*.yaml"))
    assert f"{len(actors) + len(places)} actor and place files from {source}" in result.stdout
    assert sorted(p.name for p in (tmp_path / "new/chronology/actors").glob("*.yaml")) == actors
    assert sorted(p.name for p in (tmp_path / "new/chronology/places").glob("*.yaml")) == places
    assert not list((tmp_path / "new/chronology/events").glob("*/*.yaml"))
    checked = run("--root", tmp_path / "new", "validate")
    assert checked.exit_code == 0, checked.output
    empty = run("init", tmp_path / "third", "--registry-from", tmp_path / "new" / "content")
    assert empty.exit_code == 1 and "has no actor or place files" in empty.stderr


def test_without_addresses_init_keeps_the_placeholders_and_says_so(tmp_path: Path, run) -> None:
    result = run("init", tmp_path / "p", "--title", "Placeholder test")
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines() == [
        "warning: no --site-url given: mkdocs.yml keeps the placeholder https://chronicle.example.org/; "
        "set it before publishing (README.md: Publish your chronology)",
        "warning: no --repo-url given: mkdocs.yml keeps the placeholder https://github.com/chronicle-project/"
        "chronicle; set it before publishing (README.md: Publish your chronology)",
    ]


def test_build_warns_while_the_placeholders_are_set(site_project: Path, run, monkeypatch) -> None:
    result = run("--root", site_project, "build")
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[-2:] == [
        "warning: mkdocs.yml's site_url is Chronicle's placeholder (https://chronicle.example.org/) — set it "
        "to your own address before publishing (README: Publish your chronology)",
        "warning: mkdocs.yml's repo_url is Chronicle's placeholder (https://github.com/chronicle-project/"
        "chronicle) — set it to your own address before publishing (README: Publish your chronology)",
    ]
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    edit(site_project / "mkdocs.yml", "site_url: https://chronicle.example.org/",
         "site_url: https://someone.github.io/x/")
    lines = run("--root", site_project, "build").output.splitlines()
    assert lines[-1].startswith("::warning file=mkdocs.yml,title=placeholder repo_url::mkdocs.yml's repo_url")
    assert not any("site_url" in line for line in lines)


def test_init_in_a_terminal_asks_for_the_title_and_the_real_addresses(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(prompt, "stdin_is_terminal", lambda: True)
    answers = ["Gaza: a sourced chronology", "not a url", "https://gaza.example.net", "https://github.com/a/b"]
    result = CliRunner().invoke(main, ["init", str(tmp_path / "g")], input="\n".join(answers) + "\n")
    assert result.exit_code == 0, result.output
    assert "is not a full http:// or https:// link" in result.output
    config = (tmp_path / "g" / "mkdocs.yml").read_text(encoding="utf-8")
    assert 'site_name: "Gaza: a sourced chronology"' in config
    assert 'site_url: "https://gaza.example.net/"' in config
    assert 'repo_url: "https://github.com/a/b"' in config
    assert 'repo_name: "b"' in config


def test_the_readme_tells_how_to_publish(project: Path) -> None:
    """The publishing steps of the init'd README name the settings as GitHub and mkdocs.yml do."""
    readme = " ".join((project / "README.md").read_text(encoding="utf-8").split())
    assert "*Settings → Pages → Build and deployment → Source: GitHub Actions*" in readme
    assert "`.github/workflows/publish.yml`" in readme
    publish = yaml.safe_load((project / ".github/workflows/publish.yml").read_text(encoding="utf-8"))
    assert publish[True]["push"]["branches"] == ["main"]  # YAML 1.1 reads `on:` as True


def test_this_repositorys_readme_has_the_publishing_steps_the_build_warning_points_to() -> None:
    from conftest import REPO

    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Publish your chronology\n", 1)[1].split("\n## ", 1)[0]
    for words in ("**GitHub Actions**", "`site_url`", "`repo_url`", "first deploy", "custom domain"):
        assert words.lower() in section.lower(), words
    assert "chronicle init PATH" in readme
