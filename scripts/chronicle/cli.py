"""The `chronicle` command: thin wrappers, each calling one function of the package.

Errors the user can fix are printed as `Error: …` with exit status 1; problems found in
the chronology are printed one per line with file, line and column.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from . import __version__
from .errors import ChronicleError, Problem
from .project import Project, find_project


class _Context:
    def __init__(self, root: Path | None) -> None:
        self.root = root

    def project(self) -> Project:
        try:
            return find_project(self.root)
        except ChronicleError as exc:
            raise click.ClickException(str(exc)) from exc


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
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
    """Check the chronology (or only the given event files) and report every problem.

    \b
    Examples:
      chronicle validate
      chronicle validate chronology/events/2021/2021-05-13-macron-calls-pashinian.yaml
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
@click.option("--engine", type=click.Choice(["mkdocs", "zensical"]), default="mkdocs", show_default=True,
              help="The site engine that turns content/ into site/.")
@click.option("--no-site", is_flag=True, help="Only generate content/ (pages and data), no site.")
@click.pass_obj
def build(obj: _Context, drafts: bool, engine: str, no_site: bool) -> None:
    """Validate, write the generated pages into content/, then build the site into site/."""
    from .build import build_project

    project = obj.project()
    try:
        build_project(project, include_drafts=drafts, engine=None if no_site else engine, echo=click.echo)
    except ChronicleError as exc:
        raise click.ClickException(str(exc)) from exc


@main.command()
@click.option("--addr", default="127.0.0.1:8000", show_default=True, help="Address to serve on.")
@click.option("--no-drafts", is_flag=True, help="Hide drafts (shown, marked, by default).")
@click.pass_obj
def serve(obj: _Context, addr: str, no_drafts: bool) -> None:
    """Build with drafts, serve the site and rebuild pages when chronology/ changes."""
    from .build import serve_project

    project = obj.project()
    try:
        serve_project(project, addr=addr, include_drafts=not no_drafts, echo=click.echo)
    except ChronicleError as exc:
        raise click.ClickException(str(exc)) from exc


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
@click.pass_obj
def ingest(obj: _Context, inputs: tuple[str, ...], url: str, outlet: str, title: str, published: str,
           dry_run: bool, output_format: str) -> None:
    """Read news articles and write draft event entries (status: draft) with the article as source.

    INPUTS are .txt/.md files (optional YAML front matter: url, title, outlet,
    published, author), saved .html pages, folders of them, or http(s) addresses.
    Nothing is written unless every input was read; existing files are never
    overwritten; an event already in the chronology gets a proposed change
    (chronology/proposed/<id>.add-source.patch, apply with `git apply`).

    \b
    Examples:
      chronicle ingest article.txt --published 2021-05-14 --url https://azatutyun.am/a/31253940.html
      chronicle ingest saved-page.html
      chronicle ingest articles/ --dry-run
      chronicle ingest article.md --dry-run --format json
    """
    from .ingest.cli_support import run_ingest

    project = obj.project()
    try:
        run_ingest(project, list(inputs), dict(url=url, outlet=outlet, title=title, published=published),
                   dry_run=dry_run, output_format=output_format)
    except ChronicleError as exc:
        raise click.ClickException(str(exc)) from exc


@main.command("ingest-benchmark")
@click.argument("sets", nargs=-1, type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--registry", "registries", multiple=True,
              type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="An extra folder of actor files (repeatable), e.g. a benchmark-only registry.")
@click.option("--repeat", default=0, show_default=True,
              help="Also time a batch of this many articles (the sets' articles, repeated).")
@click.option("--verbose", is_flag=True, help="List every missed and every spurious event.")
@click.pass_obj
def ingest_benchmark(obj: _Context, sets: tuple[Path, ...], registries: tuple[Path, ...], repeat: int,
                     verbose: bool) -> None:
    """Measure ingest against gold events: precision, recall, date and actor accuracy per set.

    Each SET is a folder holding gold.yaml (articles with file, url, outlet, title,
    published and their events) and the article files. Matching rule: a predicted
    event matches a gold event of the same article when the dates are equal and the
    principal actors are the same (registry id, name or alias); each gold event is
    matched at most once.

    \b
    Examples:
      make bench-ingest
      chronicle --root . ingest-benchmark \
          tests/fixtures/ingest/corpus tests/fixtures/ingest/dev \
          --registry tests/fixtures/ingest/dev-registry/actors --repeat 300
    """
    from .ingest.benchmark import run_benchmark

    project = obj.project()
    try:
        run_benchmark(project, list(sets), list(registries), repeat=repeat, verbose=verbose, echo=click.echo)
    except ChronicleError as exc:
        raise click.ClickException(str(exc)) from exc


if __name__ == "__main__":  # pragma: no cover
    main()
