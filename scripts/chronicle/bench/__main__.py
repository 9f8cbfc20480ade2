"""`make bench` / `python -m chronicle.bench`: how the build scales, in numbers.

    python -m chronicle.bench [--events 1000 10000] [--repeat N] [--json PATH] [--keep DIR]
        [--no-hugo] [--no-serve] [--serve-up-to N] [--serve-only] [--own-steps-only] [--timeout S]

For each size it writes a synthetic chronology (synthetic.py) into a project with the
repository's site files (mkdocs.yml, overrides/, hand-written pages), then, through the
`chronicle` command as a user runs it:

1. `chronicle validate`: time and peak memory;
2. `chronicle build`, its stages timed (stages.py), and Hugo on the same Markdown
   (hugo.py) right after it; with --repeat N, N interleaved pairs, each ratio comparing
   neighbours on a noisy machine;
3. the built site (sitestats.py): pages, the largest page, size, search index, and what
   the home page and the edited event's page download in a browser;
4. `chronicle serve` (serving.py): start-up, edit → page, error → banner, fix → page
   (alone, without steps 1–3, with --serve-only).

It prints Markdown tables and writes every figure, with the machine's load, as JSON (the
path is printed). Numbers, never assertions: the test suite does not time anything.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from importlib import metadata
from pathlib import Path
from typing import Any

from ..buildcache import CACHE_DIR
from ..project import find_project
from . import hugo
from .running import Measured, run_measured
from .serving import TITLE, measure_serve
from .sitestats import page_of, page_weights, site_stats
from .stages import STAGES
from .synthetic import write_synthetic

TIMED = ("build_s", "build_cpu_s", *(f"{stage}_s" for stage in STAGES), "own_s", "peak_tree_mb",
         "peak_process_mb", "hugo_s", "hugo_cpu_s", "ratio", "cpu_ratio")
EDITED_EVENT = 3  # 2022-12-04: a day of the busiest month, its principal actor a prolific one


def say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def machine(repository: Path | None) -> dict[str, Any]:
    """What the figures were measured on (the repository's commit), and how busy it was."""
    def version(package: str) -> str | None:
        try:
            return metadata.version(package)
        except metadata.PackageNotFoundError:
            return None

    uptime = subprocess.run(["uptime"], capture_output=True, text=True, check=False).stdout.strip()
    commit = subprocess.run(["git", "describe", "--always", "--dirty"], capture_output=True, text=True,
                            cwd=repository, check=False).stdout.strip() if repository else ""
    return {
        "date": datetime.now().isoformat(timespec="seconds"),
        "cpus": os.cpu_count(),
        "memory_mb": round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 1e6),
        "load": [round(x, 2) for x in os.getloadavg()],
        "uptime": uptime,
        "python": platform.python_version(),
        "mkdocs": version("mkdocs"),
        "mkdocs-material": version("mkdocs-material"),
        "hugo": hugo.version(),
        "commit": commit or None,
    }


def site_files(source: Path | None, project: Path) -> str:
    """Give the synthetic project the site files of `source` (mkdocs.yml, overrides/, hand-written
    pages of content/), so the benchmark builds the site users get; return where they came from."""
    if source is None:
        return "the generator's own mkdocs.yml (no project found)"
    shutil.copy(source / "mkdocs.yml", project / "mkdocs.yml")
    if (source / "overrides").is_dir():
        shutil.copytree(source / "overrides", project / "overrides")
    listed = subprocess.run(["git", "ls-files", "content"], cwd=source, capture_output=True, text=True,
                            check=False)
    pages = listed.stdout.split() if listed.returncode == 0 and listed.stdout else [
        p.relative_to(source).as_posix() for p in (source / "content").glob("*.md") if p.name != "index.md"
    ]
    for page in pages:
        (project / page).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(source / page, project / page)
    return str(source)


def chronicle_build(
    project: Path, pristine: Path, logs: Path, timeout: float, options: list[str], fresh: bool = True
) -> dict[str, Any]:
    """One full `chronicle build` from a clean content/, no build cache and no site/, its stages
    timed; not `fresh`: a rebuild with the content/ and the build cache the last build left."""
    if fresh:
        shutil.rmtree(project / "content")
        shutil.copytree(pristine, project / "content")
        shutil.rmtree(project / CACHE_DIR, ignore_errors=True)
    shutil.rmtree(project / "site", ignore_errors=True)
    times = logs / "stages.json"
    for old in logs.glob("stages*.json"):  # the build's and its child's (stages.StageClock.save)
        old.unlink()
    run = run_measured([sys.executable, "-m", "chronicle.bench.stages", str(project), str(times), *options],
                       cwd=project, log=logs / "build.log", timeout=timeout)
    found = json.loads(times.read_text("utf-8")) if times.is_file() else {"stages": {}, "missing": []}
    stages = {f"{stage}_s": _round(found["stages"].get(stage)) for stage in STAGES}
    engine = found["stages"].get("engine")
    own = run.wall_s - engine if engine is not None else run.wall_s if "--no-site" in options else None
    return {
        "ok": run.returncode == 0,
        "returncode": run.returncode,
        "build_s": _round(run.wall_s),
        "build_cpu_s": _round(run.cpu_s),
        **stages,
        "own_s": _round(own),
        "peak_tree_mb": round(run.peak_tree_mb),
        "peak_process_mb": round(run.peak_process_mb),
        "missing_stages": found["missing"],
    }


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


def _hugo_run(folder: Path, logs: Path, timeout: float) -> dict[str, Any]:
    run: Measured = hugo.build(folder, logs / "hugo.log", timeout)
    return {"hugo_ok": run.returncode == 0, "hugo_s": _round(run.wall_s), "hugo_cpu_s": _round(run.cpu_s)}


def _tail(log: Path, lines: int = 15) -> str:
    return "\n".join(log.read_text("utf-8", "replace").splitlines()[-lines:]) if log.is_file() else ""


def measure_size(events: int, args: argparse.Namespace, work: Path, has_hugo: bool) -> dict[str, Any]:
    """Every figure for one size of chronology."""
    project, logs = work / "project", work / "logs"
    shutil.rmtree(work, ignore_errors=True)
    project.mkdir(parents=True)
    logs.mkdir()
    result: dict[str, Any] = {"events": events, "load_before": [round(x, 2) for x in os.getloadavg()]}
    started = time.perf_counter()
    paths = write_synthetic(project, events, actors=max(60, events // 40), places=max(30, events // 150))
    result["site_files"] = site_files(args.site_from, project)
    shutil.copytree(project / "content", work / "pristine-content")
    result["yaml_mb"] = round(sum(p.stat().st_size for p in paths) / 1e6, 1)
    if args.serve_only:
        say(f"[{events}] chronicle serve only: start-up, edit → page, error → banner, fix → page…")
        path = paths[min(EDITED_EVENT, len(paths) - 1)]
        result["serve"] = measure_serve(project, None, path, logs / "serve.log", args.timeout)
        result["load_after"] = [round(x, 2) for x in os.getloadavg()]
        return result
    say(f"[{events}] wrote the synthetic chronology in {time.perf_counter() - started:.1f} s; "
        "chronicle validate…")

    check = run_measured([sys.executable, "-m", "chronicle.cli", "--root", str(project), "validate"],
                         cwd=project, log=logs / "validate.log", timeout=args.timeout)
    result.update(validate_command_s=_round(check.wall_s), validate_command_mb=round(check.peak_process_mb),
                  validate_ok=check.returncode == 0)
    if check.returncode != 0:
        say(f"[{events}] chronicle validate failed (exit {check.returncode}):\n"
            f"{_tail(logs / 'validate.log')}")

    options = ["--no-site"] if args.own_steps_only else []
    use_hugo = has_hugo and not args.own_steps_only
    runs = []
    for number in range(1, args.repeat + 1):
        say(f"[{events}] chronicle build {number}/{args.repeat}…")
        run = chronicle_build(project, work / "pristine-content", logs, args.timeout, options)
        if not run["ok"]:
            say(f"[{events}] chronicle build failed or timed out (exit {run['returncode']}):\n"
                f"{_tail(logs / 'build.log')}")
            runs.append(run)
            break
        if use_hugo:
            if number == 1:
                result["hugo_rewritten"] = hugo.prepare(project / "content", work / "hugo")
            say(f"[{events}] hugo {number}/{args.repeat}…")
            run.update(_hugo_run(work / "hugo", logs, args.timeout))
            if run["hugo_ok"]:
                run["ratio"] = round(run["build_s"] / run["hugo_s"], 1)
                run["cpu_ratio"] = round(run["build_cpu_s"] / run["hugo_cpu_s"], 1)
        say(f"[{events}] " + "  ".join(f"{k}={v}" for k, v in run.items() if k in TIMED and v is not None))
        runs.append(run)
    result["runs"] = runs
    result.update(summarize(runs))
    if runs and runs[-1]["ok"] and not args.no_rebuilds:
        result["rebuilds"] = rebuilds(project, paths[min(EDITED_EVENT, len(paths) - 1)], work, logs, args,
                                      options, result.get("hugo_s"), result.get("hugo_cpu_s"))
    if runs and runs[-1]["ok"]:
        markdown = sum(p.stat().st_size for p in (project / "content").rglob("*.md"))
        result["markdown_mb"] = round(markdown / 1e6, 1)
    built = bool(runs) and runs[-1]["ok"] and not args.own_steps_only
    if built and use_hugo:
        result["hugo"] = hugo.output_stats(work / "hugo")
    if built:
        say(f"[{events}] measuring the site…")
        result.update(site_stats(project / "site"))
        event_id = paths[min(EDITED_EVENT, len(paths) - 1)].stem
        page = page_of(project / "site", event_id)
        weights = page_weights(project / "site", ["", page])
        result["home_weight"] = weights[""]
        result["event_page_weight"] = {"page": "/" + page, **weights[page]}
        if args.no_serve or events > args.serve_up_to:
            result["serve"] = {"note": "not measured (--no-serve)" if args.no_serve
                               else f"not measured above {args.serve_up_to} events (--serve-up-to)"}
        else:
            say(f"[{events}] chronicle serve: start-up, edit → page, error → banner…")
            path = paths[min(EDITED_EVENT, len(paths) - 1)]
            result["serve"] = measure_serve(project, page, path, logs / "serve.log", args.timeout)
    result["load_after"] = [round(x, 2) for x in os.getloadavg()]
    return result


def rebuilds(
    project: Path, event: Path, work: Path, logs: Path, args: argparse.Namespace, options: list[str],
    hugo_s: float | None, hugo_cpu_s: float | None,
) -> dict[str, dict[str, Any]]:
    """`chronicle build` again with the build cache the last one left: nothing changed, then one
    event's title edited; each with its ratio to Hugo's median on the same content."""
    found = {}
    time.sleep(2.1)  # files saved just before a build are looked at again (entrycache.RACY_NS)
    for kind in ("warm", "edit_one"):
        if kind == "edit_one":
            text = event.read_text("utf-8")
            event.write_text(TITLE.sub("title: Edited for the benchmark's rebuild", text, count=1), "utf-8")
        say(f"[{work.name}] chronicle build again ({kind.replace('_', ' ')})…")
        run = chronicle_build(project, work / "pristine-content", logs, args.timeout, options, fresh=False)
        if hugo_s and hugo_cpu_s and run["ok"]:
            run["ratio"] = round(run["build_s"] / hugo_s, 1)
            run["cpu_ratio"] = round(run["build_cpu_s"] / hugo_cpu_s, 1)
        if run["own_s"] is not None and run["build_s"]:
            run["own_share"] = round(run["own_s"] / run["build_s"], 2)
        figures = (f"{k}={v}" for k, v in run.items() if k in TIMED and v is not None)
        say(f"[{work.name}] {kind}: " + "  ".join(figures))
        found[kind] = run
    return found


def summarize(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """Medians over the runs that finished, and the range of the ratios."""
    done = [run for run in runs if run["ok"]]
    summary: dict[str, Any] = {}
    for key in TIMED:
        values = [run[key] for run in done if run.get(key) is not None]
        summary[key] = round(statistics.median(values), 2) if values else None
    ratios = [run["ratio"] for run in done if run.get("ratio") is not None]
    summary["ratio_range"] = [min(ratios), max(ratios)] if ratios else None
    if summary["own_s"] is not None and summary["build_s"]:
        summary["own_share"] = round(summary["own_s"] / summary["build_s"], 2)
    return summary


def _cell(value: Any, digits: int = 1) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.{digits}f}"
    return str(value)


def tables(results: list[dict[str, Any]]) -> str:
    """The figures as three Markdown tables: build, site, serve."""
    lines = [
        "Build (seconds; medians of the runs; ratio = chronicle build / Hugo, per interleaved pair)",
        "| events | validate cmd | build | load | validate | generate | write | engine | own steps | "
        "peak MB | Markdown MB | Hugo | ratio (range) | CPU ratio |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in results:
        if "runs" not in r:
            continue
        share = f" ({r['own_share']:.0%})" if r.get("own_share") is not None else ""
        ratio = _cell(r.get("ratio"))
        if r.get("ratio_range") and len(r["runs"]) > 1:
            ratio += f" ({r['ratio_range'][0]}–{r['ratio_range'][1]})"
        lines.append("| " + " | ".join([
            f"{r['events']:,}", _cell(r.get("validate_command_s")), _cell(r.get("build_s")),
            _cell(r.get("load_s")), _cell(r.get("validate_s")), _cell(r.get("generate_s")),
            _cell(r.get("write_s")), _cell(r.get("engine_s")), _cell(r.get("own_s")) + share,
            _cell(r.get("peak_tree_mb"), 0), _cell(r.get("markdown_mb")), _cell(r.get("hugo_s")), ratio,
            _cell(r.get("cpu_ratio")),
        ]) + " |")
    lines += [
        "",
        "Rebuilds with the build cache (.chronicle-cache/; seconds; ratio = build / median Hugo above)",
        "| events | rebuild | build (CPU) | own steps | load | validate | generate | write | cache | "
        "engine | ratio | CPU ratio |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in results:
        for kind, label in (("warm", "nothing changed"), ("edit_one", "one event edited")):
            run = (r.get("rebuilds") or {}).get(kind)
            if not run:
                continue
            share = f" ({run['own_share']:.0%})" if run.get("own_share") is not None else ""
            lines.append("| " + " | ".join([
                f"{r['events']:,}", label, f"{_cell(run.get('build_s'))} ({_cell(run.get('build_cpu_s'))})",
                _cell(run.get("own_s")) + share, _cell(run.get("load_s")), _cell(run.get("validate_s")),
                _cell(run.get("generate_s")), _cell(run.get("write_s")), _cell(run.get("cache_s")),
                _cell(run.get("engine_s")), _cell(run.get("ratio")), _cell(run.get("cpu_ratio")),
            ]) + " |")
    lines += [
        "",
        "Site (sizes in MB unless said; weight = what a browser downloads on opening the page)",
        "| events | pages | largest page KB | HTML | site | search index (gzip) | entries | "
        "home weight | event page weight | nav links |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in results:
        if "pages" not in r:
            continue
        lines.append("| " + " | ".join([
            f"{r['events']:,}", str(r["pages"]), f"{r['largest_page_kb']:.0f} ({r['largest_page']})",
            _cell(r["html_mb"]), _cell(r["site_mb"]),
            f"{r['search_index_mb']:.2f} ({r['search_index_gzip_mb']:.2f})", str(r["search_entries"]),
            f"{r['home_weight']['bytes'] / 1e6:.2f}", f"{r['event_page_weight']['bytes'] / 1e6:.2f}",
            _cell(r["nav_entries"]),
        ]) + " |")
    lines += ["", "chronicle serve (seconds)",
              "| events | start-up | edit → page | error → banner | fix → page |", "|---|---|---|---|---|"]
    for r in results:
        serve = r.get("serve") or {}
        if "startup_s" in serve:
            lines.append(f"| {r['events']:,} | {_cell(serve['startup_s'])} | {_cell(serve['edit_s'])} | "
                         f"{_cell(serve['error_s'])} | {_cell(serve.get('fix_s'))} |")
        elif serve:
            lines.append(f"| {r['events']:,} | {serve['note']} | | | |")
    return "\n".join(lines)


def _project_here() -> Path | None:
    try:
        return find_project().root
    except Exception:
        return None


def parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m chronicle.bench",
                                     description="Build synthetic chronologies and print how long "
                                     "everything took (see the README's Benchmark section).")
    parser.add_argument("--events", type=int, nargs="+", default=[1000, 10000], metavar="N",
                        help="sizes to measure (default: 1000 10000; 50000 is opt-in)")
    parser.add_argument("--repeat", type=int, default=1, help="interleaved build/Hugo pairs per size")
    parser.add_argument("--json", type=Path, help="where to write the figures "
                        "(default: bench-out/bench-DATE-TIME.json)")
    parser.add_argument("--keep", type=Path, help="build the projects in this folder and keep them")
    parser.add_argument("--site-from", type=Path, default=None,
                        help="project whose mkdocs.yml, overrides/ and pages to use (default: this one)")
    parser.add_argument("--no-hugo", action="store_true", help="do not build with Hugo")
    parser.add_argument("--no-serve", action="store_true", help="do not measure chronicle serve")
    parser.add_argument("--no-rebuilds", action="store_true",
                        help="do not measure the rebuilds with the build cache (nothing changed, "
                        "one event edited)")
    parser.add_argument("--serve-up-to", type=int, default=10000, metavar="N",
                        help="measure chronicle serve only up to N events (default 10000)")
    parser.add_argument("--serve-only", action="store_true",
                        help="measure chronicle serve alone (no validate, build, Hugo or site figures)")
    parser.add_argument("--own-steps-only", action="store_true",
                        help="build with --no-site: Chronicle's own steps, no engine, Hugo or serve")
    parser.add_argument("--timeout", type=float, default=3600, metavar="S",
                        help="stop any one command (or wait for serve) after S seconds (default 3600)")
    args = parser.parse_args(argv)
    args.site_from = args.site_from or _project_here()
    return args


def main(argv: list[str] | None = None) -> None:
    """Measure each size, print the tables, write the JSON."""
    args = parse(argv)
    info = machine(args.site_from)
    has_hugo = info["hugo"] is not None and not args.no_hugo
    if info["hugo"] is None:
        say("NOTE: Hugo is not installed: no Hugo build and no ratio (apt-get install hugo)")
    say(f"Machine: {info['cpus']} CPUs, load {info['load']}; {info['hugo'] or 'no Hugo'}")
    out = args.json or Path("bench-out") / f"bench-{datetime.now():%Y%m%d-%H%M%S}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    base = args.keep or Path(tempfile.mkdtemp(prefix="chronicle-bench-"))
    results: list[dict[str, Any]] = []
    try:
        for events in args.events:
            results.append(measure_size(events, args, base / f"bench-{events}", has_hugo))
            info["load_end"] = [round(x, 2) for x in os.getloadavg()]
            out.write_text(json.dumps({"machine": info, "results": results}, indent=1), encoding="utf-8")
    finally:
        if not args.keep:
            shutil.rmtree(base, ignore_errors=True)
    print(tables(results))
    print(f"\nFigures with the machine's load: {out}")


if __name__ == "__main__":
    main()
