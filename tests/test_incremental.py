"""What `chronicle serve` keeps between saves (entrycache.py, pagecache.py) gives, after every
kind of edit, exactly what a full run gives: the problems `chronicle validate` finds, the
chronology of the files without errors (check.load_project's USABLE policy) and the pages a
full render writes; and it reads, checks and renders again only what the edit changed.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from chronicle.check import Policy, load_project
from chronicle.entrycache import EntryCache
from chronicle.load import read_chronology
from chronicle.pagecache import PageCache, PageUpdate
from chronicle.pages import SiteInfo, site_pages
from chronicle.project import Project, find_project
from chronicle.siteconfig import read_site_config
from chronicle.validate import validate
from conftest import edit

EVENTS = "chronology/events/2021"
MACRON = f"{EVENTS}/2021-05-13-macron-calls-pashinian.yaml"
COPY = f"{EVENTS}/2021-05-13-macron-calls-pashinian-again.yaml"
RENAMED = f"{EVENTS}/2021-05-12-azerbaijani-troops-at-sev-lich-border.yaml"
SEV_LICH = f"{EVENTS}/2021-05-12-azerbaijani-troops-at-sev-lich.yaml"
ACTOR = "chronology/actors/macron.yaml"

#: An edit: it changes files under the project and returns the files it changed.
Edit = Callable[[Path], list[str]]


def _retitle(root: Path) -> list[str]:
    edit(root / MACRON, "title: Macron and Pashinian speak", "title: Macron and Pashinian talk")
    return [MACRON]


def _add_duplicate(root: Path) -> list[str]:
    text = (root / MACRON).read_text("utf-8").replace("id: 2021-05-13-macron-calls-pashinian\n",
                                                     "id: 2021-05-13-macron-calls-pashinian-again\n")
    (root / COPY).write_text(text, "utf-8")
    return [COPY]


def _break_type(root: Path) -> list[str]:
    edit(root / MACRON, "type: phone-call", "type: phonecall")
    return [MACRON]


def _mend_type(root: Path) -> list[str]:
    edit(root / MACRON, "type: phonecall", "type: phone-call")
    return [MACRON]


def _rename_actor(root: Path) -> list[str]:
    edit(root / ACTOR, "name: Emmanuel Macron", "name: President Emmanuel Macron")
    return [ACTOR]


def _remove_actor(root: Path) -> list[str]:
    (root / ACTOR).rename(root / "actor.yaml.away")
    return [ACTOR]


def _restore_actor(root: Path) -> list[str]:
    (root / "actor.yaml.away").rename(root / ACTOR)
    return [ACTOR]


def _delete_duplicate(root: Path) -> list[str]:
    (root / COPY).unlink()
    return [COPY]


def _rename_id(root: Path) -> list[str]:
    """An event's id changed with its file name; the entry relating to it still names the old id."""
    old_id, new_id = Path(SEV_LICH).stem, Path(RENAMED).stem
    (root / RENAMED).write_text((root / SEV_LICH).read_text("utf-8").replace(old_id, new_id), "utf-8")
    (root / SEV_LICH).unlink()
    return [SEV_LICH, RENAMED]


def _relink(root: Path) -> list[str]:
    old = Path(SEV_LICH).stem
    edit(root / MACRON, f"{old},", f"{old}-border,")
    return [MACRON]


EDITS: list[tuple[str, Edit]] = [
    ("a title edited", _retitle),
    ("a duplicate added", _add_duplicate),
    ("an error saved", _break_type),
    ("the error mended", _mend_type),
    ("an actor renamed in the registry", _rename_actor),
    ("an actor deleted from the registry", _remove_actor),
    ("the actor restored", _restore_actor),
    ("the duplicate deleted", _delete_duplicate),
    ("an id renamed", _rename_id),
    ("the link to it mended", _relink),
]


def _project(site_project: Path) -> Project:
    return find_project(site_project)


def test_after_each_edit_the_cache_finds_what_a_full_validate_finds(site_project: Path) -> None:
    project = _project(site_project)
    cache = EntryCache(project)
    first = cache.refresh()
    assert (first.read, first.checked) == (6, 6)
    seen = set()
    for name, change in EDITS:
        changed = [site_project / path for path in change(site_project)]
        result = cache.refresh(changed)
        assert result.problems == validate(read_chronology(project)), name
        assert result.chronology == load_project(project, Policy.USABLE).chronology, name
        seen |= {p.message.split(" (")[0] for p in result.problems}
    # The sequence did make each kind of problem the cache must find again.
    assert "possible duplicate of 2021-05-13-macron-calls-pashinian-again" in seen
    assert "type 'phonecall' is not allowed" in seen
    assert "actor 'macron' is not in the actor registry" in seen
    assert "event '2021-05-12-azerbaijani-troops-at-sev-lich' does not exist" in seen


def test_an_edit_reads_and_checks_one_file_and_a_registry_edit_checks_every_event(site_project: Path) -> None:
    cache = EntryCache(_project(site_project))
    cache.refresh()
    nothing = cache.refresh([])
    assert (nothing.read, nothing.checked) == (0, 0)
    edited = cache.refresh([site_project / path for path in _retitle(site_project)])
    assert (edited.read, edited.checked) == (1, 1)
    registry = cache.refresh([site_project / path for path in _rename_actor(site_project)])
    # Every event is checked against the registry again, from the documents kept: none is read.
    assert (registry.read, registry.checked) == (0, 6)


@pytest.mark.parametrize("drafts", [True, False])
def test_after_each_edit_the_pages_are_those_a_full_render_writes(site_project: Path, drafts: bool) -> None:
    project = _project(site_project)
    entries, cache = EntryCache(project), PageCache()
    info = SiteInfo(read_site_config(project.mkdocs_yml), None, drafts=drafts)
    pages: dict[str, str] = {}
    for name, change in [("start", lambda root: []), *EDITS]:
        changed = [site_project / path for path in change(site_project)]
        chronology = entries.refresh(changed).chronology.published(drafts)
        try:
            full, _ = site_pages(chronology, info)
        except KeyError:  # an actor removed from the registry: no site (the preview keeps its pages)
            cache = PageCache()
            continue
        update = cache.update(chronology, info)
        pages = {page.path: update.rendered.get(page.path, pages.get(page.path, ""))
                 for page in update.plan.pages}
        assert pages == full, name


def test_only_the_pages_an_edit_changed_are_rendered_again(site_project: Path) -> None:
    project = _project(site_project)
    entries, cache = EntryCache(project), PageCache()
    info = SiteInfo(read_site_config(project.mkdocs_yml), None, drafts=True)
    everything = cache.update(entries.refresh().chronology, info)
    assert len(everything.rendered) == len(everything.plan.pages)
    assert cache.update(entries.refresh([]).chronology, info).rendered == {}

    def after(change: Edit) -> PageUpdate:
        changed = [site_project / p for p in change(site_project)]
        return cache.update(entries.refresh(changed).chronology, info)

    retitled = after(_retitle)
    # The pages showing the entry (or its title), and no page of September 2022's entries.
    assert "timeline/2021/05.md" in retitled.rendered and "actors/macron.md" in retitled.rendered
    assert "timeline/2022/09.md" not in retitled.rendered
    assert all("Macron and Pashinian" in text or "index" in path for path, text in retitled.rendered.items())
    registry = after(_rename_actor)
    assert len(registry.rendered) == len(registry.plan.pages)  # every page may name the actor

