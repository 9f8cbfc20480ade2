"""What must hold for any chronology: every public event in full once on its date page, as
a one-line link once on each of its actors' pages, once in each export; drafts nowhere
public; no two generated files share a path; no page over the page budget. Checked on the
site fixture and on a generated 5,000-event one (generated once per test session)."""

from __future__ import annotations

import csv
import io
import json
import re
from collections import Counter
from dataclasses import replace

import pytest

from chronicle import group
from chronicle.bench import write_synthetic
from chronicle.build import Generated, generate
from chronicle.check import Policy, load_project
from chronicle.errors import ChronicleError
from chronicle.model import Chronology
from chronicle.plan import PAGE_BUDGET, PageSet
from chronicle.project import Project
from projects import FIXTURES, copy_project

_ANCHOR = re.compile(r'<h3 id="([0-9a-z-]+)">')
#: An entry listed as a line: the anchor of its link to the timeline.
_LINE = re.compile(r'<li class="chronicle-event[^"]*"[^>]*>[^\n]*?<a href="[^"#]*#([0-9a-z-]+)"')


def _anchors(text: str) -> list[str]:
    return _ANCHOR.findall(text)


def _check(project: Project, chronology: Chronology, generated: Generated) -> None:
    public = chronology.published()
    files = {path: data.decode("utf-8") for path, data in generated.files.items()}
    shown = {e.id for e in public.events}
    drafts = [e for e in chronology.events if e.status == "draft"]
    timeline = Counter(a for path, text in files.items() if path.startswith("timeline/")
                       for a in _anchors(text))
    actor_pages = {path: Counter(_LINE.findall(text)) for path, text in files.items()
                   if path.startswith("actors/")}
    in_full = Counter(a for path, text in files.items() for a in _anchors(text))
    for event in public.events:
        assert timeline[event.id] == 1 and in_full[event.id] == 1, event.id
        for actor in group.participants(event):
            pages = [c for path, c in actor_pages.items()
                     if path == f"actors/{actor}.md" or path.startswith(f"actors/{actor}--")]
            assert sum(c[event.id] for c in pages) == 1, (event.id, actor)
    # A page is split before it outgrows the budget (an entry longer than the budget alone
    # gets a page of its own); the page's own text around its entries is small.
    pages = {path: len(text) for path, text in files.items() if path.endswith(".md")}
    assert max(pages.values()) < PAGE_BUDGET + 20_000, max(pages.items(), key=lambda i: i[1])
    exported = json.loads(files["data/events.json"])["events"]
    assert sorted(e["id"] for e in exported) == sorted(shown)
    rows = list(csv.DictReader(io.StringIO(files["data/events.csv"])))
    assert sorted(r["id"] for r in rows) == sorted(shown)
    uids = re.findall(r"^UID:(.+?)@", files["data/events.ics"].replace("\r\n ", ""), re.M)
    assert sorted(uids) == sorted(shown)
    timeline_js = json.loads(files["data/timeline.json"])["events"]
    assert sorted(e["unique_id"] for e in timeline_js) == sorted(shown)
    if drafts:
        words = "|".join(re.escape(d.id) for d in drafts) + "|" + "|".join(re.escape(d.title) for d in drafts)
        private = re.compile(rf"(?<![0-9a-z-])(?:{words})(?![0-9a-z-])")
        leaks = [(path, found.group()) for path, text in files.items() if (found := private.search(text))]
        assert leaks == []


def _generated(project: Project) -> tuple[Chronology, Generated]:
    chronology = load_project(project, Policy.STRICT).chronology
    return chronology, generate(project, chronology)


@pytest.fixture(scope="module")
def bundled(tmp_path_factory: pytest.TempPathFactory) -> tuple[Project, Chronology, Generated]:
    """The site fixture (partial dates, a contested event, a draft): tests of code never read the
    live chronology/, whose entries are the contributors' to change (tests/test_bundled.py)."""
    project = Project(copy_project(tmp_path_factory.mktemp("b") / "site", FIXTURES / "site" / "chronology"))
    return project, *_generated(project)


def test_invariants_hold_on_the_site_fixture(bundled: tuple[Project, Chronology, Generated]) -> None:
    _check(*bundled)


@pytest.fixture(scope="session")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> tuple[Project, Chronology, Generated]:
    """A generated chronology of 5,000 events (one in 97 a draft, linked from a published one)."""
    root = tmp_path_factory.mktemp("synthetic") / "project"
    root.mkdir()
    write_synthetic(root, 5000)
    files = sorted((root / "chronology" / "events").rglob("*.yaml"))
    for number, path in enumerate(files):
        if number % 97 == 5:
            text = path.read_text("utf-8").replace("status: reviewed", "status: draft", 1)
            path.write_text(text, encoding="utf-8")
            linking = files[number - 1]
            text, item = linking.read_text("utf-8"), f"- id: {path.stem}\n  relation: see_also\n"
            # Added to the entry's own `related` list when the generator gave it one.
            text = (text.replace("\nrelated:\n", f"\nrelated:\n{item}", 1) if "\nrelated:\n" in text
                    else f"{text}related:\n{item}")
            linking.write_text(text, encoding="utf-8")
    project = Project(root)
    return project, *_generated(project)


def test_invariants_hold_on_a_generated_chronology_of_5000_events(
    synthetic: tuple[Project, Chronology, Generated],
) -> None:
    assert sum(e.status == "draft" for e in synthetic[1].events) > 40
    _check(*synthetic)


def test_no_two_generated_pages_share_a_path(
    synthetic: tuple[Project, Chronology, Generated], bundled: tuple[Project, Chronology, Generated]
) -> None:
    """Every kind of page is built (months, paginated actor, type, place and tag pages,
    outlets, indexes) without two on one path; a second page on a path raises
    instead of replacing the first."""
    files = [*synthetic[2].files, *bundled[2].files]
    kinds = {path.split("/")[0] for path in files}
    assert {"timeline", "actors", "types", "places", "tags", "sources", "data", "index.md"} <= kinds
    assert any("--2.md" in path for path in files)
    project, chronology, _ = bundled
    with pytest.raises(ChronicleError, match="two generated pages would be written to actors/index.md"):
        generate(project, _with_actor_named_index(chronology))


def _with_actor_named_index(chronology: Chronology) -> Chronology:
    """The chronology with one actor renamed `index` (validation refuses it; the build must too)."""
    old = chronology.events[0].actors[0]
    actors = {("index" if key == old else key): replace(a, id="index") if key == old else a
              for key, a in chronology.actors.items()}
    rename = lambda ids: tuple("index" if i == old else i for i in ids)  # noqa: E731
    by = lambda items: tuple(replace(i, by="index" if i.by == old else i.by) for i in items)  # noqa: E731
    events = tuple(replace(e, actors=rename(e.actors), targets=rename(e.targets), mentions=rename(e.mentions),
                           claims=by(e.claims), casualties=by(e.casualties)) for e in chronology.events)
    return replace(chronology, events=events, actors=actors)


def test_a_path_given_twice_is_refused() -> None:
    pages = PageSet()
    pages["tags/index.md"] = "the index"
    with pytest.raises(ChronicleError):
        pages.update({"tags/index.md": "a tag called index"})
    assert pages["tags/index.md"] == "the index"
