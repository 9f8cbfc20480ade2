"""What `chronicle ingest` prints and writes: the summary, the JSON, the progress bar.

Kept out of run.py so that extraction stays free of terminal concerns, and out of cli.py
so that the command itself stays a thin wrapper.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

import click

from ..newfiles import write_new_files
from ..project import Project
from . import drafts
from .read import Article, Metadata, article_files, read_article, read_url
from .run import Report, ingest, load_registry

#: Batches at least this large get a progress bar even when stderr is not a terminal.
MANY_FILES = 50


def run_ingest(
    project: Project,
    inputs: list[str],
    flags: dict[str, str],
    dry_run: bool,
    output_format: str,
    verbose: bool = False,
) -> Report:
    """Read, extract, then (unless a dry run) write every draft and proposed change, and report;
    with `verbose`, say why each other sentence made no draft of its own (on standard error with
    `--format json`, so that standard output stays the JSON)."""
    override = Metadata(**flags)
    urls = [i for i in inputs if i.startswith(("http://", "https://"))]
    files = article_files([Path(i) for i in inputs if i not in urls])
    sources: list[str | Path] = [*urls, *files]
    registry, existing = load_registry(project)
    report = ingest(project, _read_each(sources, override), registry, existing, verbose=verbose)
    if not dry_run:
        actor_files = [p.file for p in report.proposals.values()
                       if p.file is not None and not (project.root / p.file.path).exists()]
        drafts.write_all(project.root, [*report.entries, *actor_files])
        _write_changes(project, report)
    if output_format == "json":
        click.echo(json.dumps(report.as_json(), ensure_ascii=False, indent=2))
    else:
        _summary(report, dry_run, echo=click.echo)
    if output_format == "json" or dry_run:
        _summary_counts(report, dry_run)
    if verbose:
        _why(report, to_stderr=output_format == "json")
    return report


def _why(report: Report, to_stderr: bool) -> None:
    """Every sentence that made no draft of its own, and why: what a reviewer checks for a miss."""
    click.echo("Sentences that made no draft of their own, and why:", err=to_stderr)
    for article, lines in report.why.items():
        click.echo(f"  {article}", err=to_stderr)
        for line in lines:
            click.echo(f"    {line}", err=to_stderr)


def _read_each(sources: list[str | Path], override: Metadata) -> Iterator[Article]:
    show = len(sources) >= MANY_FILES or (len(sources) > 1 and sys.stderr.isatty())
    if not show:
        yield from (_read_one(s, override) for s in sources)
        return
    with click.progressbar(
        sources,
        label="Reading articles",
        file=sys.stderr,
        item_show_func=lambda s: str(s)[-40:] if s else "",
    ) as bar:
        for source in bar:
            yield _read_one(source, override)


def _read_one(source: str | Path, override: Metadata) -> Article:
    return read_url(source, override) if isinstance(source, str) else read_article(source, override)


def _write_changes(project: Project, report: Report) -> None:
    """Write proposed changes beside the chronology, never over an existing file."""
    write_new_files(((project.root / c.patch_path, c.diff) for c in report.changes), skip_existing=True)


def _summary(report: Report, dry_run: bool, echo: Iterable[str] | None = None) -> None:
    out = click.echo
    verb = "would write" if dry_run else "wrote"
    out(
        f"{report.articles} article(s) read: {verb} {len(report.entries)} draft(s), "
        f"{len(report.changes)} proposed change(s) to existing entries."
    )
    for entry in report.entries:
        out(
            f"  {entry.path}  [{entry.data['date']}, {entry.data['type']}, {', '.join(entry.data['actors'])}]"
        )
    for change in report.changes:
        out(
            f"  {change.patch_path}  adds this report as a source to {change.path}"
            f" — review, then: git apply {change.patch_path}"
        )
    for entry_id in report.covered:
        out(f"  already in the chronology: {entry_id}, cites this article")
    if report.review:
        out("Needs a human look:")
        for entry_id, reasons in report.review.items():
            out(f"  {entry_id}: {'; '.join(reasons)}")
    if report.proposals:
        where = "would be written" if dry_run else "written"
        out(f"Proposed new actors, {where} to chronology/actors/ for you to confirm (kind and country "
            "are guesses from the name):")
        for proposal in report.proposals.values():
            kind = proposal.file.data["kind"] if proposal.file else "?"
            out(f"  - {proposal.id}: {proposal.name} ({kind}; used by {', '.join(proposal.drafts)})")


def _summary_counts(report: Report, dry_run: bool) -> None:
    if dry_run:
        click.echo(
            f"Dry run: nothing written ({len(report.entries)} draft(s) from {report.articles} "
            f"article(s) in {report.seconds:.2f} s).",
            err=True,
        )
