"""Chronicle's placeholder addresses never reach a published site.

`chronicle build --site-url … --repo-url …` builds with the given addresses instead of
mkdocs.yml's; `--publish` fails instead of warning while a placeholder would reach the
site. The publish workflow's build step is run here as GitHub runs it (its expressions
replaced by what GitHub would put there), in this repository's files and in a project
`chronicle init` made without any address.
"""

from __future__ import annotations

import gzip
import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import yaml
from click.testing import CliRunner

from chronicle.cli import main
from conftest import REPO, edit
from projects import build_leftovers
from test_contributing import WORKFLOWS, _actionlint

SITE = "https://someone.github.io/sudan-chronology/"
REPOSITORY = "https://github.com/someone/sudan-chronology"
PLACEHOLDERS = ("chronicle.example.org", "chronicle-project")
EVENT_PAGE = "site/timeline/2021/05/index.html"
ATOM = "{http://www.w3.org/2005/Atom}"


def _built_text(site: Path) -> dict[str, str]:
    """Every built file's text (compressed files unpacked), by path."""
    texts = {}
    for path in sorted(site.rglob("*")):
        if path.is_file():
            data = path.read_bytes()
            if path.suffix == ".gz":
                data = gzip.decompress(data)
            texts[path.relative_to(site).as_posix()] = data.decode("utf-8", errors="replace")
    return texts


def _assert_no_placeholder(site: Path) -> None:
    texts = _built_text(site)
    assert len(texts) > 50
    found = {name for name, text in texts.items() for p in PLACEHOLDERS if p in text.lower()}
    assert not found


def _assert_addresses(root: Path, site_url: str, repo_url: str) -> None:
    """The given addresses are in every place an address of the site or the repository shows."""
    _assert_no_placeholder(root / "site")
    page = (root / EVENT_PAGE).read_text(encoding="utf-8")
    assert f'<link rel="canonical" href="{site_url}timeline/2021/05/">' in page
    edits = re.findall(r'class="chronicle-edit" href="([^"]+)"', page)
    assert edits and all(h.startswith(f"{repo_url}/edit/main/chronology/events/2021/") for h in edits)
    assert f'<a href="{repo_url}" title="Go to repository" class="md-source"' in page
    name = repo_url.rsplit("/", 1)[-1]
    assert re.search(rf'md-source__repository">\s*{re.escape(name)}\s*<', page)
    for sitemap in ("sitemap.xml", "sitemap.xml.gz"):
        locs = re.findall(r"<loc>([^<]+)</loc>", _built_text(root / "site")[sitemap])
        assert locs and all(loc.startswith(site_url) for loc in locs), sitemap
    feed = ET.parse(root / "site" / "feed.xml").getroot()
    assert feed.findtext(f"{ATOM}id") == site_url
    links = [link.get("href") for link in feed.iter(f"{ATOM}link")]
    assert f"{site_url}feed.xml" in links
    assert all(link.startswith(site_url) for link in links)
    events = json.loads((root / "site" / "data" / "events.json").read_text(encoding="utf-8"))
    urls = [e["url"] for e in events["events"]]
    assert urls and all(url.startswith(site_url) for url in urls)
    calendar = (root / "site" / "data" / "events.ics").read_text(encoding="utf-8")
    assert f"URL:{site_url}timeline/" in calendar
    # MkDocs' own use of site_url: the 404 page loads the theme from the site's path.
    assert 'href="/sudan-chronology/assets/' in (root / "site" / "404.html").read_text(encoding="utf-8")


def test_a_build_with_given_addresses_puts_them_everywhere_and_leaves_mkdocs_yml_alone(
    site_project: Path, run
) -> None:
    before = (site_project / "mkdocs.yml").read_bytes()
    # The addresses as a user types them: no slash after the site's, one after the repository's.
    result = run("--root", site_project, "build", "--site-url", SITE.rstrip("/"),
                 "--repo-url", REPOSITORY + "/")
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0] == (
        f"Addresses: site {SITE} (from --site-url), repository {REPOSITORY} (from --repo-url)"
    )
    assert "warning" not in result.output
    _assert_addresses(site_project, SITE, REPOSITORY)
    assert (site_project / "mkdocs.yml").read_bytes() == before
    assert build_leftovers(site_project) == []  # no config with the addresses left beside mkdocs.yml


def test_a_publishing_build_with_a_placeholder_fails_and_builds_nothing(
    site_project: Path, run, monkeypatch
) -> None:
    result = run("--root", site_project, "build", "--publish")
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        "Error: a publishing build (--publish) never puts Chronicle's placeholder addresses on the site "
        "(canonical links, sitemap, feed, \"Edit this entry\"), and nothing was built:",
        "  site_url is Chronicle's placeholder https://chronicle.example.org/: give the real address with "
        "--site-url URL or set site_url in mkdocs.yml",
        "  repo_url is Chronicle's placeholder https://github.com/chronicle-project/chronicle: give the real "
        "address with --repo-url URL or set repo_url in mkdocs.yml",
        "(.github/workflows/publish.yml passes GitHub's addresses; README: Publish your chronology)",
    ]
    assert not (site_project / "site").exists()
    assert not (site_project / "content" / "timeline").exists()
    # One address given, the other still the placeholder; under GitHub Actions, an annotation.
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    result = run("--root", site_project, "build", "--publish", "--site-url", SITE)
    assert result.exit_code == 1
    assert "site_url is" not in result.output
    assert ("::error file=mkdocs.yml,title=placeholder repo_url::repo_url is Chronicle's placeholder "
            "https://github.com/chronicle-project/chronicle") in result.output
    assert not (site_project / "site").exists()


def test_a_publishing_build_refuses_a_placeholder_a_page_carries_and_keeps_the_previous_site(
    site_project: Path, run
) -> None:
    publish = ("--root", site_project, "build", "--publish", "--site-url", SITE, "--repo-url", REPOSITORY)
    assert run(*publish).exit_code == 0
    about = site_project / "site" / "about" / "index.html"
    published = about.read_bytes()
    with (site_project / "content" / "about.md").open("a", encoding="utf-8") as page:
        page.write("\nThe code: <https://github.com/chronicle-project/chronicle>.\n")
    result = run(*publish)
    assert result.exit_code == 1
    assert ("found Chronicle's placeholder addresses (chronicle.example.org, github.com/chronicle-project/"
            "chronicle) in 2 built file(s): about/index.html, search/search_index.json.") in result.output
    assert "The previous site/ was kept" in result.output
    assert about.read_bytes() == published
    assert build_leftovers(site_project) == []  # the refused site/ and its config are gone
    # A local build of the same files builds and warns only (the page is the author's to fix).
    local = run("--root", site_project, "build")
    assert local.exit_code == 0
    assert "chronicle-project/chronicle" in about.read_text(encoding="utf-8")


def test_given_addresses_are_checked(site_project: Path, run) -> None:
    result = run("--root", site_project, "build", "--site-url", "ftp://example.org/")
    assert result.exit_code == 1
    assert "Error: --site-url: 'ftp://example.org/' is not a full http:// or https:// link" in result.output
    assert not (site_project / "site").exists()


def test_the_zensical_engine_gets_the_given_addresses_too(site_project: Path, run) -> None:
    result = run("--root", site_project, "build", "--engine", "zensical", "--publish", "--site-url", SITE,
                 "--repo-url", REPOSITORY)
    assert result.exit_code == 0, result.output
    _assert_no_placeholder(site_project / "site")
    page = (site_project / EVENT_PAGE).read_text(encoding="utf-8")
    assert f'<link rel="canonical" href="{SITE}timeline/2021/05/">' in page
    assert f'href="{REPOSITORY}"' in page
    assert not list(site_project.glob(".chronicle-*.yml"))


# --- the publish workflow ---------------------------------------------------------------


def _publish_steps(workflow: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    """The workflow's configure-pages step and the step that builds the site."""
    steps = yaml.safe_load(workflow.read_text(encoding="utf-8"))["jobs"]["build"]["steps"]
    pages = next(s for s in steps if s.get("uses", "").startswith("actions/configure-pages@"))
    build = next(s for s in steps if "chronicle build" in s.get("run", ""))
    return pages, build


def _run_build_step(
    workflow: Path, root: Path, base_url: str, repository: str
) -> subprocess.CompletedProcess[str]:
    """Run the workflow's build step in root as GitHub would, with these values for its expressions.

    An expression the step uses that GitHub's run would not define here fails the test.
    """
    pages, build = _publish_steps(workflow)
    values = {f"steps.{pages['id']}.outputs.base_url": base_url, "github.server_url": "https://github.com",
              "github.repository": repository}

    def evaluate(text: str) -> str:
        return re.sub(r"\$\{\{\s*(.+?)\s*\}\}", lambda m: values[m.group(1)], text)

    env = {**os.environ, **{k: evaluate(str(v)) for k, v in build.get("env", {}).items()},
           "GITHUB_ACTIONS": "true", "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    return subprocess.run(["bash", "-e", "-c", evaluate(build["run"])], cwd=root, env=env,
                          capture_output=True, text=True, timeout=300, check=False)


def test_the_publish_workflow_builds_with_githubs_addresses(site_project: Path) -> None:
    workflow = WORKFLOWS / "publish.yml"
    _, build = _publish_steps(workflow)
    assert "--publish" in build["run"]
    # A build cache committed into the repository is never read (it is a pickle): the site is
    # built from the reviewed files alone.
    planted = site_project / ".chronicle-cache" / "build.pickle"
    planted.parent.mkdir(exist_ok=True)
    planted.write_bytes(b"not what a build wrote")
    # configure-pages reports the site's address without the final slash.
    result = _run_build_step(workflow, site_project, SITE.rstrip("/"), "someone/sudan-chronology")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Build cache" not in result.stdout + result.stderr
    assert planted.read_bytes() == b"not what a build wrote"
    _assert_addresses(site_project, SITE, REPOSITORY)
    # Pages not set up (no address reported): the run fails, naming what is missing.
    (site_project / "content" / "about.md").write_text("# About\n", encoding="utf-8")
    result = _run_build_step(workflow, site_project, "", "someone/sudan-chronology")
    assert result.returncode == 1
    assert "::error file=mkdocs.yml,title=placeholder site_url::" in result.stdout
    assert "site_url is Chronicle's placeholder https://chronicle.example.org/" in result.stderr
    assert "# About" not in (site_project / "site" / "about" / "index.html").read_text(encoding="utf-8")


def test_actionlint_knows_the_addresses_the_workflow_reads(tmp_path: Path) -> None:
    """The workflow lint fails on a misspelt configure-pages output, so the step cannot read nothing."""
    broken = tmp_path / "publish.yml"
    text = (WORKFLOWS / "publish.yml").read_text(encoding="utf-8")
    edit_text = text.replace(".outputs.base_url", ".outputs.base_ur")
    assert edit_text != text
    broken.write_text(edit_text, encoding="utf-8")
    result = _actionlint("-shellcheck=", str(broken), cwd=tmp_path)
    assert result.returncode == 1
    assert 'property "base_ur" is not defined' in result.stdout


def test_a_project_init_made_without_addresses_publishes_with_githubs(tmp_path: Path) -> None:
    root = tmp_path / "karabakh-2"
    made = CliRunner().invoke(main, ["init", str(root), "--title", "Karabakh: a sourced chronology"])
    assert made.exit_code == 0, made.output
    assert "keeps the placeholder" in made.output
    workflow = root / ".github" / "workflows" / "publish.yml"
    assert workflow.read_bytes() == (WORKFLOWS / "publish.yml").read_bytes()
    readme = " ".join((root / "README.md").read_text(encoding="utf-8").split())
    assert "`chronicle build --publish`" in readme
    result = _run_build_step(workflow, root, SITE, "someone/sudan-chronology")
    assert result.returncode == 0, result.stdout + result.stderr
    _assert_no_placeholder(root / "site")
    home = (root / "site" / "index.html").read_text(encoding="utf-8")
    assert f'<link rel="canonical" href="{SITE}">' in home
    assert f'<a href="{REPOSITORY}" title="Go to repository"' in home
    # Without the workflow's addresses, a publishing build of that project fails.
    mkdocs_yml = root / "mkdocs.yml"
    edit(mkdocs_yml, 'site_url: "https://chronicle.example.org/"', 'site_url: "https://x.example.net/"')
    failed = CliRunner().invoke(main, ["--root", str(root), "build", "--publish"])
    assert failed.exit_code == 1
    assert "repo_url is Chronicle's placeholder" in failed.output


def test_the_readme_says_how_the_workflow_publishes_the_real_addresses() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = " ".join(readme.split("## Publish your chronology\n", 1)[1].split("\n## ", 1)[0].split())
    for words in ("--site-url", "--repo-url", "--publish", "base_url"):
        assert words in section, words
