"""The `chronicle` command: thin wrappers, each calling one function of the package.

Errors the user can fix are printed as `Error: …` with exit status 1; problems found in
the chronology are printed one per line with file, line and column.
"""

from __future__ import annotations

import signal
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click

from . import __version__
from .engine import ENGINES
from .errors import ChronicleError, Problem, printable
from .project import Project, find_project


class _Context:
    def __init__(self, root: Path | None) -> None:
        self.root = root

    def project(self) -> Project:
        return find_project(self.root)


class _ChronicleGroup(click.Group):
    """The command group: what every command shares around the function it calls.

    A ChronicleError (a problem the user can fix) is printed as `Error: …` with exit
    status 1, never a traceback; SIGTERM and SIGHUP stop a command as Ctrl+C does, so its
    cleanup runs (a build stops its engine and removes its staging folders).
    """

    def invoke(self, ctx: click.Context) -> Any:
        with _stopped_by_signals():
            try:
                return super().invoke(ctx)
            except ChronicleError as exc:
                raise click.ClickException(str(exc)) from exc


@contextmanager
def _stopped_by_signals() -> Iterator[None]:
    """Turn SIGTERM and SIGHUP into KeyboardInterrupt while a command runs."""
    try:
        previous = {sig: signal.signal(sig, _interrupt) for sig in (signal.SIGTERM, signal.SIGHUP)}
    except ValueError:  # not the main thread (a test's runner): signals cannot be caught here
        yield
        return
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


@click.group(cls=_ChronicleGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="chronicle")
@click.option(
    "--root",
    type=click.Path(file_okay=False, path_type=Path),
    help="The project folder (default: the nearest folder upwards holding mkdocs.yml and chronology/).",
)
@click.pass_context
def main(ctx: click.Context, root: Path | None) -> None:
    """Chronicle: sourced, reviewable crisis chronologies as a website.

    \b
    Examples:
      chronicle validate                      check the whole chronology
      chronicle validate --format github      as GitHub Actions annotations
      chronicle build                         validate, generate pages, build site/
      chronicle serve                         the same, then serve with live reload
    """
    ctx.obj = _Context(root)


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "github"]),
    default="text",
    show_default=True,
    help="text: path:line:column: problem — fix; github: workflow annotations on the diff.",
)
@click.pass_obj
def validate(obj: _Context, paths: tuple[Path, ...], output_format: str) -> None:
    """Check the chronology (or only the given files) and report every problem.

    Given event files are checked against the registries; a given actor or place file
    checks its whole registry (spellings must be unique across it).

    Given files are also compared with the whole chronology: a copy of another event
    (a possible duplicate) or an id used twice is reported on the given file.

    \b
    Examples:
      chronicle validate
      chronicle validate chronology/events/2021/
      chronicle validate chronology/events/2021/2021-05-13-macron-demands-azerbaijani-withdrawal.yaml
      chronicle validate chronology/actors/pashinyan.yaml
      chronicle validate $(git diff --name-only --diff-filter=d main -- chronology/)
    """
    from .check import check_project

    project = obj.project()
    problems, checked = check_project(project, list(paths) or None)
    _report(problems, output_format)
    errors = sum(p.severity == "error" for p in problems)
    warnings = len(problems) - errors
    summary = f"{checked} file(s) checked: {errors} error(s), {warnings} warning(s)"
    click.echo(summary, err=True)
    if errors:
        sys.exit(1)


def _report(problems: list[Problem], output_format: str) -> None:
    for problem in problems:
        click.echo(problem.as_github() if output_format == "github" else problem.as_text())


@main.command()
@click.option("--drafts", is_flag=True, help="Include draft entries, marked as drafts.")
@click.option("--engine", type=click.Choice(list(ENGINES)), default="mkdocs", show_default=True,
              help="The site engine that turns content/ into site/.")
@click.option("--no-site", is_flag=True, help="Only generate content/ (pages and data), no site.")
@click.option("--site-url", metavar="URL", default="",
              help="The published site's address, for this build instead of mkdocs.yml's site_url.")
@click.option("--repo-url", metavar="URL", default="",
              help="The repository's address, for this build instead of mkdocs.yml's repo_url.")
@click.option("--publish", is_flag=True,
              help="A build to publish: fail, instead of warning, if Chronicle's placeholder "
                   "addresses would reach the site.")
@click.option("--no-cache", is_flag=True,
              help="Build from scratch: neither use nor update .chronicle-cache/, what the last build "
                   "kept of the entries read and pages rendered.")
@click.pass_obj
def build(obj: _Context, drafts: bool, engine: str, no_site: bool, site_url: str, repo_url: str,
          publish: bool, no_cache: bool) -> None:
    """Validate, write the generated pages into content/, then build the site into site/.

    The site's and the repository's addresses (canonical links, sitemap, feed, calendar,
    data files, "Edit this entry") are mkdocs.yml's site_url and repo_url, or --site-url
    and --repo-url for this build (mkdocs.yml is not changed). A local build warns while
    either is Chronicle's placeholder (chronicle.example.org,
    github.com/chronicle-project/chronicle); with --publish, the build fails instead and
    never leaves such a site in site/. The publish workflow builds with --publish and
    GitHub's addresses (README: Publish your chronology).

    A build keeps what it read and rendered in .chronicle-cache/ (git-ignored), so the next
    one reads, checks and renders again only the entries changed since, with the same
    result as a build from scratch (--no-cache).

    \b
    Examples:
      chronicle build
      chronicle build --drafts --no-site       generated pages only, drafts included
      chronicle build --publish --site-url https://OWNER.github.io/REPO/ \\
        --repo-url https://github.com/OWNER/REPO
    """
    from .build import build_project
    from .publish import Addresses

    project = obj.project()
    build_project(project, include_drafts=drafts, engine=None if no_site else engine, echo=click.echo,
                  addresses=Addresses.given(site_url, repo_url), publish=publish, cache=not no_cache)


@main.command()
@click.option("--addr", default="127.0.0.1:8000", show_default=True, help="Address to serve on.")
@click.option("--no-drafts", is_flag=True, help="Hide drafts (shown, marked, by default).")
@click.option("--engine", type=click.Choice(list(ENGINES)), default="mkdocs", show_default=True,
              help="The site engine that serves the preview.")
@click.pass_obj
def serve(obj: _Context, addr: str, no_drafts: bool, engine: str) -> None:
    """Preview the site with drafts, following every saved edit of chronology/ and content/.

    The preview builds into .chronicle-preview/ (never content/ or site/), so `chronicle
    build` while it runs changes nothing it shows. An edit with errors shows them in a
    banner on every page until fixed.

    \b
    Examples:
      chronicle serve
      chronicle serve --addr 127.0.0.1:8001     when port 8000 is taken
      chronicle serve --engine zensical         served by Zensical instead of MkDocs
    """
    from .preview import serve_preview

    project = obj.project()
    serve_preview(project, addr=addr, include_drafts=not no_drafts, echo=click.echo, engine=engine)


@main.command("init")
@click.argument("path", type=click.Path(file_okay=False, path_type=Path))
@click.option("--title", default="", help="The chronology's title (the site's name).")
@click.option("--site-url", default="", help="Address of the published site, e.g. https://OWNER.github.io/REPO/.")
@click.option("--repo-url", default="", help="Address of the repository, e.g. https://github.com/OWNER/REPO.")
@click.option("--registry-from", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Copy the actor and place registries of another project (its folder).")
def init_command(path: Path, title: str, site_url: str, repo_url: str, registry_from: Path | None) -> None:
    """Start a new chronology project in PATH: a working site with an empty chronology.

    Writes mkdocs.yml, chronology/ (events, actors, places, tags, articles, a README),
    the hand-written pages as templates, .github/ workflows and templates,
    .pre-commit-config.yaml, .vscode/ (editor schema wiring), a Makefile and a test; the
    project carries its own copy of Chronicle. In a terminal it asks for what is missing.

    \b
    Examples:
      chronicle init ../sudan-chronology --title "Sudan war: a sourced chronology" \\
        --site-url https://OWNER.github.io/sudan-chronology/ \\
        --repo-url https://github.com/OWNER/sudan-chronology
      chronicle init ../karabakh-2 --registry-from .
    """
    from .init_project import gather, init_project
    from .prompt import terminal_ask
    from .siteconfig import PLACEHOLDER_REPO_URL, PLACEHOLDER_SITE_URL

    answers = gather(title, site_url, repo_url, registry_from, terminal_ask())
    files = init_project(path, answers, click.echo)
    registries = sum(f.startswith(("chronology/actors/", "chronology/places/")) and f.endswith(".yaml")
                     for f in files)
    click.echo(f"Wrote a new chronology project in {path}: {len(files)} files"
               + (f", {registries} actor and place files from {registry_from}" if registry_from else ""))
    for key, value, placeholder in (("--site-url", answers.site_url, PLACEHOLDER_SITE_URL),
                                    ("--repo-url", answers.repo_url, PLACEHOLDER_REPO_URL)):
        if value == placeholder:
            click.echo(f"warning: no {key} given: mkdocs.yml keeps the placeholder {placeholder}; set it "
                       "before publishing (README.md: Publish your chronology)", err=True)
    click.echo("Next:")
    click.echo(f"  cd {path}")
    click.echo("  make site      # installs everything into .venv, builds site/")
    click.echo("  make test      # the project's checks")
    click.echo("  then add actors, places and events: see README.md and chronology/README.md")


# --- the contributor's tools: new, new-actor, show, list, check-links ------------------


def _write_new(project: Project, options: dict[str, object], kind: str) -> None:
    """Write a new event or actor; print it, the next steps and any problem validation found."""
    from .prompt import terminal_ask
    from .scaffold import new_actor, new_event, new_place, next_steps

    write = {"event": new_event, "actor": new_actor, "place": new_place}[kind]
    given = {key.removesuffix("_"): value for key, value in options.items()}
    written = write(project, given, terminal_ask())
    for line in next_steps(project, written, kind):
        click.echo(line)
    _report(written.problems, "text")
    if any(p.severity == "error" for p in written.problems):
        sys.exit(1)


@main.command("new")
@click.option("--date", help='Date of the event: "YYYY-MM-DD", or "YYYY-MM" / "YYYY" if that is all known.')
@click.option("--title", help="One line, neutral; attributed when contested (\"…, Armenia says\").")
@click.option("--actor", multiple=True, help="Actor id or any spelling; repeat, the one who acts first.")
@click.option("--type", "type_", help="Event type from the vocabulary (statement, demand, phone-call, …).")
@click.option("--source-url", help="Link to the report.")
@click.option("--summary", help="A few plain sentences (default: the title).")
@click.option("--outlet", help="Who published the report (default: the link's host name).")
@click.option("--source-title", help="The report's title (default: the event's title).")
@click.option("--published", help="Date of the report (default: the event date).")
@click.option("--place", multiple=True, help="Place id or any spelling of its name; repeat.")
@click.option("--quote", help="The words of the report that support the entry (needed for reviewed).")
@click.option("--status", type=click.Choice(["draft", "reviewed"]), default="draft", show_default=True)
@click.pass_obj
def new_command(obj: _Context, /, **options: object) -> None:
    """Write a new event file with the right id, folder and quoting, and validate it.

    Asks for what is missing when run in a terminal.

    \b
    Example:
      chronicle new --date 2021-05-13 --title "Macron calls Pashinyan" \\
        --actor macron --actor pashinyan --type phone-call \\
        --source-url https://azatutyun.am/a/31253940.html
    """
    _write_new(obj.project(), options, "event")


def _registry_options(example: str, kinds: str) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """The options `new-actor` and `new-place` share: id, name, kind, country, aliases."""
    options = [
        click.option("--id", "id_", help="Permanent id: lowercase words joined by hyphens (default: from "
                     "the name)."),
        click.option("--name", help=f"Display name, e.g. {example}."),
        click.option("--kind", help=kinds),
        click.option("--country", help="ISO 3166-1 two-letter code, e.g. AM."),
        click.option("--alias", multiple=True, help="Another spelling seen in sources; repeat."),
    ]

    def wrap(command: Callable[..., None]) -> Callable[..., None]:
        for option in reversed(options):
            command = option(command)
        return command

    return wrap


@main.command("new-actor")
@_registry_options("Nikol Pashinyan", "person, state, government, ministry, armed-force, organisation, …")
@click.option("--parent", help="Id of the body it belongs to (a ministry's government).")
@click.pass_obj
def new_actor_command(obj: _Context, /, **options: object) -> None:
    """Write a new actor file in chronology/actors/, refusing names other actors use.

    \b
    Example:
      chronicle new-actor --name "Nikol Pashinyan" --kind person --country AM \\
        --alias Pashinian --alias Pachinian
    """
    _write_new(obj.project(), options, "actor")


@main.command("new-place")
@_registry_options("Jermuk", "country, region, city, town, village, lake, mountain, border-area, …")
@click.option("--within", help="The place it lies in: id or any spelling (a town's region).")
@click.option("--lat", help="Latitude in decimal degrees (-90 to 90); give --lon too.")
@click.option("--lon", help="Longitude in decimal degrees (-180 to 180); give --lat too.")
@click.pass_obj
def new_place_command(obj: _Context, /, **options: object) -> None:
    """Write a new place file in chronology/places/, refusing names other places use.

    \b
    Example:
      chronicle new-place --name "Sev Lich" --kind lake --country AM --within syunik \\
        --alias "Black Lake" --alias Sevlich --lat 39.5 --lon 46.1
    """
    _write_new(obj.project(), options, "place")


def _warn_left_out(left_out: tuple[str, ...]) -> None:
    if left_out:
        click.echo(
            f"warning: {len(left_out)} file(s) with errors left out "
            f"(`chronicle validate` shows why): {printable(', '.join(left_out))}",
            err=True,
        )


@main.command("show")
@click.argument("event_id")
@click.pass_obj
def show_command(obj: _Context, event_id: str) -> None:
    """Print one event readably: date and precision, actors, summary, sources, claims."""
    from .browse import find_event, show_event
    from .check import Policy, load_project

    loaded = load_project(obj.project(), Policy.USABLE)
    _warn_left_out(loaded.left_out)
    chronology = loaded.chronology
    event = find_event(chronology, event_id)
    click.echo("\n".join(printable(line) for line in show_event(chronology, event)))


@main.command("list")
@click.option("--actor", default="", help="Actor id or any spelling (e.g. Pashinian): as actor or target.")
@click.option("--from", "start", default="", help="First date: YYYY, YYYY-MM or YYYY-MM-DD.")
@click.option("--to", "end", default="", help="Last date: YYYY, YYYY-MM or YYYY-MM-DD.")
@click.option("--type", "type_", default="", help="Only events of this type.")
@click.option("--status", type=click.Choice(["draft", "reviewed"]), help="Only drafts or only reviewed.")
@click.pass_obj
def list_command(obj: _Context, actor: str, start: str, end: str, type_: str, status: str | None) -> None:
    """Print one line per event: date, id, type, title.

    An event whose date is known only to the month or year is listed when it may fall in
    the range.

    \b
    Examples:
      chronicle list --actor Pashinian --from 2021-05 --to 2021-06
      chronicle list --type demand --status draft
    """
    from .browse import list_lines, make_filters
    from .check import Policy, load_project

    loaded = load_project(obj.project(), Policy.USABLE)
    _warn_left_out(loaded.left_out)
    chronology = loaded.chronology
    filters = make_filters(chronology, actor, start, end, type_, status or "")
    lines = list_lines(chronology, filters)
    for line in lines:
        click.echo(printable(line))
    click.echo(f"{len(lines)} event(s)", err=True)


@main.command("check-links")
@click.option("--timeout", default=15.0, show_default=True, help="Seconds to wait for each server.")
@click.option("--workers", default=8, show_default=True, help="Links checked at the same time.")
@click.pass_obj
def check_links_command(obj: _Context, timeout: float, workers: int) -> None:
    """Check every source link; report dead ones with the entries citing them.

    Exits 1 when a link is dead; offline it says so and exits 0.
    """
    from .links import OFFLINE, check_all, collect_links, is_offline, report_lines

    cited = collect_links(obj.project())
    outcomes = check_all(cited, timeout, workers)
    if is_offline(outcomes):
        click.echo(OFFLINE)
        return
    for line in report_lines(outcomes, cited):
        click.echo(printable(line))
    dead = sum(o.dead for o in outcomes)
    others = [f"{n} {what}" for what, n in (("blocked", sum(o.blocked for o in outcomes)),
                                             ("refused", sum(o.refused for o in outcomes))) if n]
    click.echo(f"{len(outcomes)} link(s) checked: {dead} dead" + "".join(f", {o}" for o in others), err=True)
    if dead or any(o.refused for o in outcomes):
        sys.exit(1)


# --- ingest: articles → draft entries -------------------------------------------------


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--url", default="", help="The report's link (overrides the file's own).")
@click.option("--outlet", default="", help="Who published the report.")
@click.option("--title", default="", help="The report's title as published.")
@click.option("--published", default="", metavar="YYYY-MM-DD",
              help="Day of publication: relative dates ('on Thursday') are resolved against it.")
@click.option("--dry-run", is_flag=True, help="Write nothing; print what would be written.")
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="json: a JSON array of the drafts on standard output.")
@click.option("--verbose", is_flag=True,
              help="Also say, for every sentence that made no draft of its own, the draft it is part of "
                   "or why no act was read in it (on standard error with --format json).")
@click.pass_obj
def ingest(obj: _Context, inputs: tuple[str, ...], url: str, outlet: str, title: str, published: str,
           dry_run: bool, output_format: str, verbose: bool) -> None:
    """Read news articles and write draft event entries (status: draft) with the article as source.

    INPUTS are .txt/.md files (optional YAML front matter: url, title, outlet,
    published, author), saved .html pages, folders of them, or http(s) addresses.
    Nothing is written unless every input was read; existing files are never
    overwritten; an event already in the chronology gets a proposed change
    (chronology/proposed/<id>.add-source.patch, apply with `git apply`).
    Actors are matched against the registry; one it does not have (a person, a
    state, a state's body) is proposed as a new file in chronology/actors/ for
    you to confirm (never over an existing one), a state by its usual English
    short name ("Kyrgyzstan", also for "Bishkek said" or "the Kyrgyz Republic").

    Ingest reads English only (other languages are refused, nothing written)
    and parses each sentence with spaCy's en_core_web_sm: it reads well
    plain news clauses, with their subordinate, relative, coordinated and
    reported clauses, passives with 'by', acts told as nouns ('the 13
    September attack by X on Y'), titles before names, and plans or futures
    (no event), and passives whose doers are named in a 'between' phrase ('a
    call was held between the foreign ministers of X and Y'). It reads less
    well acts whose doers go unnamed ('talks were held on Friday'),
    commentary, and crises the registry does not know: there expect to correct about half of the
    principal actors and to add missed events (--verbose says why a sentence
    made no draft). A reviewer must check every draft: the principal actor
    (pronouns and 'the ministry' are resolved to the last fitting name),
    the date and its date_note (an act with no time words of its own takes
    the passage's day: the commonest cause of a wrong day), the type, the claims of a contested act, and any
    proposed actor file; `needs_review` says what was guessed.

    \b
    Examples:
      chronicle ingest article.txt --published 2021-05-14 --url https://azatutyun.am/a/31253940.html
      chronicle ingest saved-page.html
      chronicle ingest articles/ --dry-run
      chronicle ingest article.md --dry-run --format json
      chronicle ingest article.txt --dry-run --verbose
    """
    from .ingest import require_extra

    require_extra()
    from .ingest.cli_support import run_ingest

    project = obj.project()
    run_ingest(project, list(inputs), dict(url=url, outlet=outlet, title=title, published=published),
               dry_run=dry_run, output_format=output_format, verbose=verbose)


# A developer's tool (make bench-ingest): runnable, but not listed in `chronicle --help`.
@main.command("ingest-benchmark", hidden=True)
@click.argument("sets", nargs=-1, type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--registry", "registries", multiple=True,
              type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="An extra folder of actor files (repeatable), e.g. a benchmark-only registry.")
@click.option("--empty-registry", "empty", is_flag=True,
              help="Read with no registered actor at all (every actor proposed), as for a crisis the "
                   "registry does not know; --registry folders are ignored.")
@click.option("--repeat", default=0, show_default=True,
              help="Also time a batch of this many articles (the sets' articles, repeated).")
@click.option("--verbose", is_flag=True, help="List every missed and every spurious event.")
@click.pass_obj
def ingest_benchmark(obj: _Context, sets: tuple[Path, ...], registries: tuple[Path, ...], empty: bool,
                     repeat: int, verbose: bool) -> None:
    """Measure ingest against gold events: precision, recall, date and actor accuracy per set.

    Each SET is a folder holding gold.yaml (articles with file, url, outlet, title,
    published and their events) and the article files. Matching rule: a predicted
    event matches a gold event of the same article when the dates are equal and the
    principal actors are the same (registry id, name or alias; a proposed actor by its
    name once normalized: case, accents, punctuation, a leading article or title, and
    British or American spelling, so "Defence Ministry" matches "Defense Ministry");
    each gold event is matched at most once.

    \b
    Examples:
      make bench-ingest
      chronicle ingest-benchmark tests/fixtures/ingest/corpus
      chronicle ingest-benchmark tests/fixtures/ingest/corpus tests/fixtures/ingest/dev \\
          --registry tests/fixtures/ingest/dev-registry/actors --repeat 300
      chronicle ingest-benchmark tests/fixtures/ingest/corpus --empty-registry
    """
    from .ingest import require_extra

    require_extra()
    from .ingest.benchmark import run_benchmark

    project = obj.project()
    run_benchmark(project, list(sets), list(registries), repeat=repeat, verbose=verbose, echo=click.echo,
                  empty=empty)


if __name__ == "__main__":  # pragma: no cover
    main()
