"""The bundled Armenia–Azerbaijan chronology: valid, rightly dated, and true to its sources.

Quotes are checked word for word against the five corpus articles kept in
tests/fixtures/corpus/, and the trickiest relative dates against
tests/fixtures/expected_dates.yaml (each resolved by hand from the article's words).
"""

from __future__ import annotations

import re
from functools import cache

import pytest
import yaml

from chronicle.check import check_project
from chronicle.load import build_chronology, read_chronology
from chronicle.model import Chronology
from chronicle.project import Project
from conftest import FIXTURES, REPO

CORPUS = FIXTURES / "corpus"


@cache
def chronology() -> Chronology:
    return build_chronology(read_chronology(Project(REPO)))


@cache
def corpus() -> list[dict]:
    meta = yaml.safe_load((CORPUS / "corpus.yaml").read_text(encoding="utf-8"))["articles"]
    for article in meta:
        article["text"] = _normal((CORPUS / article["file"]).read_text(encoding="utf-8"))
    return meta


def _normal(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _articles_for(url: str) -> list[dict]:
    """The corpus articles a source URL stands for (a digest part counts as the digest)."""
    found = []
    for article in corpus():
        urls = {article.get("url")} | {p.get("url") for p in article.get("parts") or ()}
        if url in urls or (article.get("parts") and url == "https://www.azatutyun.am/"):
            found.append(article)
    return found


def test_bundled_chronology_is_valid() -> None:
    problems, checked = check_project(Project(REPO))
    assert [p.as_text() for p in problems] == []
    assert checked > 60


def test_size_and_status() -> None:
    events = chronology().events
    assert 40 <= len(events) <= 60
    assert {e.status for e in events} == {"reviewed"}


def test_every_source_is_a_corpus_article_and_every_quote_is_in_it() -> None:
    for event in chronology().events:
        for source in event.sources:
            articles = _articles_for(source.url)
            assert articles, f"{event.id}: {source.url} is not a corpus article"
            assert any(str(source.published) == a["published"] for a in articles), event.id
            quote = _normal(source.quote)
            assert any(quote in a["text"] for a in articles), f"{event.id}: quote not in the article: {quote}"


def test_quotes_are_short() -> None:
    for event in chronology().events:
        for source in event.sources:
            assert len(source.quote) <= 300, event.id


EXPECTED = yaml.safe_load((FIXTURES / "expected_dates.yaml").read_text(encoding="utf-8"))


def test_expected_dates_fixture_is_substantial() -> None:
    assert len(EXPECTED) >= 12


@pytest.mark.parametrize("expected", EXPECTED, ids=[case["id"] for case in EXPECTED])
def test_relative_dates_resolved(expected: dict) -> None:
    events = {e.id: e for e in chronology().events}
    assert expected["id"] in events, expected
    assert str(events[expected["id"]].date) == expected["date"], expected


def test_no_event_after_its_reports() -> None:
    for event in chronology().events:
        for source in event.sources:
            assert not event.date.is_after(source.published), event.id


def test_relative_dates_are_explained() -> None:
    """Every entry dated from a relative expression says how (date_note)."""
    for event in chronology().events:
        assert event.date_note, f"{event.id} has no date_note"


def test_spellings_in_the_registry() -> None:
    actors = chronology().actors
    spelled = {a.id: {s.casefold() for s in (a.name, *a.aliases, *a.metonyms)} for a in actors.values()}

    def who(name: str) -> list[str]:
        return [actor for actor, names in spelled.items() if name.casefold() in names]

    assert len(who("Pashinian")) == 1
    assert who("Pashinian") == who("Pashinyan") == who("Pachinian")
    assert len(who("Baku")) == 1
    places = chronology().places
    lake = [p.id for p in places.values() if "black lake" in {s.casefold() for s in (p.name, *p.aliases)}]
    assert len(lake) == 1
    assert {"sev lake", "sevlich"} <= {s.casefold() for s in places[lake[0]].aliases}


def test_contested_events_carry_both_sides() -> None:
    contested = [e for e in chronology().events if e.contested]
    assert len(contested) >= 2
    for event in chronology().events:
        if any(c.stance in ("denies", "disputes") for c in event.claims):
            assert len({c.by for c in event.claims}) >= 2, event.id


def test_casualty_figures_stay_with_who_gave_them() -> None:
    events = [e for e in chronology().events if e.casualties]
    assert events
    for event in events:
        assert len({c.by for c in event.casualties}) == len(event.casualties), event.id


def test_every_file_wires_the_schema_for_editors() -> None:
    for path in sorted((REPO / "chronology").rglob("*.yaml")):
        first = path.read_text(encoding="utf-8").splitlines()[0]
        match = re.fullmatch(r"# yaml-language-server: \$schema=(\S+)", first)
        assert match, f"{path} lacks the schema modeline"
        assert (path.parent / match.group(1)).resolve().is_file(), path


def test_corpus_fixtures_match_shared_copy() -> None:
    """The fixtures are copies of the corpus the project started from (when it is beside us)."""
    shared = REPO.parent.parent / "shared" / "corpus"
    if not shared.is_dir():
        shared = REPO.parent / "shared" / "corpus"
    files = sorted(p.name for p in (CORPUS / "articles").iterdir())
    assert len(files) == 5
    if shared.is_dir():
        for name in files:
            assert (CORPUS / "articles" / name).read_bytes() == (shared / "articles" / name).read_bytes()
