"""Entries, entry lines and reports are rendered in Python (blocks.py) exactly as the Jinja
templates rendered them before (tests/fixtures/jinja-entries/, kept as the reference):
entries of every shape (contested claims, casualties, context, related entries, several
sources, optional fields missing, addresses that are not http(s), text full of markup and
control characters) print the same bytes both ways, every value escaped as before.

When an entry's HTML changes on purpose, change the reference templates with it (and accept
the golden output: `make golden`).
"""

from __future__ import annotations

import posixpath
from pathlib import Path
from urllib.parse import urlsplit

import jinja2
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from chronicle.blocks import Blocks
from chronicle.dates import PartialDate
from chronicle.group import Report
from chronicle.labels import RELATIONS, STANCES
from chronicle.model import Actor, Casualty, Chronology, Claim, Event, Note, Place, Related, Source, Tag
from chronicle.pages import Lookups
from chronicle.render import attr, http_url, md, relative_path, template_environment
from chronicle.siteconfig import SiteConfig

REFERENCE = template_environment(
    jinja2.FileSystemLoader(Path(__file__).resolve().parent / "fixtures" / "jinja-entries")
)
#: Text that could turn into markup, a line start Markdown reads, control characters, spaces
#: and newlines to collapse, and plain words.
PIECES = [*"\\`*_{}[]()#|<>&\"'~^$=-+:1.) \n\t\x00\x02\x1a\x1f\x7féЖ“",
          "ab", " x ", "&amp;", "{{ 7*7 }}", "<script>", "1. "]
TEXT = st.one_of(st.just(""), st.lists(st.sampled_from(PIECES), max_size=12).map("".join),
                 st.text(max_size=40))
WORDS = st.text(st.sampled_from("abc xyz-"), min_size=1, max_size=10)
URL = st.sampled_from([
    "", "https://example.org/a?b=1&c=\"2\"", "http://example.org/<x>", "javascript:alert(1)",
    "https://", "ftp://example.org/f", " https://example.org/spaced ", "http://[::1", "HTTPS://EXAMPLE.ORG/up",
])
DATES = st.builds(
    lambda year, month, day: PartialDate(year, month, day if month else None),
    st.integers(1990, 2030), st.one_of(st.none(), st.integers(1, 12)),
    st.one_of(st.none(), st.integers(1, 28)),
)
ACTORS = {
    f"a{n}": Actor(id=f"a{n}", name=name, kind="state", aliases=aliases)
    for n, (name, aliases) in enumerate([
        ("Armenia", ("Republic of Armenia", "Hayastan")), ("<b>Bold</b> & *co*", ("1. Alias", "[x](y)")),
        ("France", ()), ("# Head", ("France",)),
    ])
}
PLACES = {
    "p0": Place(id="p0", name="Jermuk", kind="town", aliases=("Dzhermuk",)),
    "p1": Place(id="p1", name="Sev | Lich", kind="lake", aliases=("`Black` Lake", "Jermuk")),
}
TAGS = {"t0": Tag(id="t0", label="Border crisis"), "t1": Tag(id="t1", label="<i>Talks</i> & _more_")}
TYPES = st.sampled_from(["statement", "attack", "phone-call", "no-such-type"])
STANCE = st.sampled_from([*STANCES, "wonders"])
SOME_ACTORS = st.lists(st.sampled_from(sorted(ACTORS)), min_size=1, max_size=3, unique=True).map(tuple)
FEW_ACTORS = st.lists(st.sampled_from(sorted(ACTORS)), max_size=2, unique=True).map(tuple)


@st.composite
def sources(draw: st.DrawFn) -> tuple[Source, ...]:
    count = draw(st.integers(1, 3))
    return tuple(
        Source(
            url=draw(URL), outlet=draw(TEXT), title=draw(TEXT), published=draw(DATES),
            key=draw(st.sampled_from(["", f"s{n}"])),
            kind=draw(st.sampled_from(["news", "statement", "<kind>"])),
            quote=draw(TEXT), quote_translated=draw(TEXT), author=draw(TEXT), archive_url=draw(URL),
            url_unknown=draw(st.booleans()),
        )
        for n in range(count)
    )


def _refs(found: tuple[Source, ...]) -> st.SearchStrategy[str]:
    """What a claim, a casualty or a note cites: a source's key or address, or nothing found."""
    return st.sampled_from(sorted({s.key for s in found if s.key} | {s.url for s in found if s.url}
                                  | {"missing-source", "<missing>"}))


@st.composite
def events(draw: st.DrawFn, event_id: str, others: tuple[str, ...] = ()) -> Event:
    found = draw(sources())
    refs = _refs(found)
    claims = draw(st.lists(st.builds(
        Claim, by=st.sampled_from(sorted(ACTORS)), stance=STANCE, text=TEXT, source=refs, quote=TEXT,
        via=st.sampled_from(["", "direct", "reported"]), date=st.one_of(st.none(), DATES), paraphrase=TEXT,
    ), max_size=4))
    figures = st.one_of(st.none(), st.integers(0, 5000))
    casualties = draw(st.lists(st.builds(
        Casualty, by=st.sampled_from(sorted(ACTORS)), source=refs, killed=figures, wounded=figures,
        captured=figures, missing=figures, displaced=figures, note=TEXT, date=st.one_of(st.none(), DATES),
    ), max_size=2))
    notes = draw(st.lists(st.builds(Note, text=TEXT, source=st.one_of(st.just(""), refs)), max_size=2))
    related = draw(st.lists(st.builds(Related, id=st.sampled_from([*others, "not-on-the-site"]),
                                      relation=st.sampled_from([*RELATIONS, "rhymes_with"])), max_size=3))
    long_summary = st.lists(st.sampled_from(["Word", "word.", "Sentence ends!", "<b>", "1.", "\n"]),
                            min_size=15, max_size=40).map(" ".join)
    return Event(
        id=event_id, status=draw(st.sampled_from(["draft", "reviewed"])), date=draw(DATES), title=draw(TEXT),
        summary=draw(st.one_of(TEXT, long_summary)), type=draw(TYPES), actors=draw(SOME_ACTORS),
        sources=found,
        path=draw(st.sampled_from(["", "chronology/events/2021/x.yaml", "chronology/events/<x> & y.yaml"])),
        time=draw(TEXT), timezone=draw(TEXT), end_date=draw(st.one_of(st.none(), DATES)),
        date_note=draw(TEXT),
        date_approximate=draw(st.booleans()), mode=draw(TEXT), targets=draw(FEW_ACTORS),
        mentions=draw(FEW_ACTORS),
        places=draw(st.lists(st.sampled_from(sorted(PLACES)), max_size=2, unique=True).map(tuple)),
        tags=draw(st.lists(st.sampled_from([*TAGS, "no-such-tag"]), max_size=3, unique=True).map(tuple)),
        claims=tuple(claims), casualties=tuple(casualties), context=tuple(notes), related=tuple(related),
    )


CONFIGS = st.sampled_from([
    SiteConfig(site_name="Test"),
    SiteConfig(site_name="Test", repo_url="https://github.com/example/chronicle",
               edit_uri="edit/main/content/"),
    SiteConfig(site_name="Test", repo_url="javascript:alert(1)"),
])


@st.composite
def sites(draw: st.DrawFn) -> tuple[Lookups, tuple[Event, ...]]:
    """A chronology of a few entries (linking to each other) and its lookups."""
    ids = tuple(f"2021-05-0{n}-{draw(WORDS).replace(' ', '-')}" for n in range(1, 3))
    found = tuple(draw(events(event_id, ids[:n] + ids[n + 1:])) for n, event_id in enumerate(ids))
    return Lookups(Chronology(found, ACTORS, PLACES, TAGS), draw(CONFIGS)), found


FEW = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                        HealthCheck.data_too_large])


@FEW
@given(sites())
def test_an_entry_prints_what_the_jinja_template_printed(site: tuple[Lookups, tuple[Event, ...]]) -> None:
    lookups, found = site
    blocks = Blocks(lookups)
    entry, line = REFERENCE.get_template("event.html.j2"), REFERENCE.get_template("entry-line.html.j2")
    for event in found:
        assert blocks.entry(event) == entry.render(site=lookups, e=event)
        assert blocks.line(event) == line.render(site=lookups, e=event)


@FEW
@given(sites())
def test_a_report_prints_what_the_jinja_template_printed(site: tuple[Lookups, tuple[Event, ...]]) -> None:
    lookups, found = site
    blocks = Blocks(lookups)
    for source in found[0].sources:
        report = Report(source, found)
        assert blocks.report(report) == REFERENCE.get_template("report.md.j2").render(site=lookups, r=report)


def test_every_kind_of_text_in_an_entry_is_escaped() -> None:
    hostile = "<script>x</script> [l](javascript:y) {{ 7*7 }} *e* & \"q\""
    source = Source(url="javascript:alert(1)", outlet=hostile, title=hostile,
                    published=PartialDate(2021, 5, 1), quote=hostile, key="s")
    event = Event(
        id="2021-05-01-e", status="reviewed", date=PartialDate(2021, 5, 1), title=hostile, summary=hostile,
        type="statement", actors=("a1",), sources=(source,), date_note=hostile, time=hostile,
        claims=(Claim(by="a0", stance="asserts", text=hostile, source="s", quote=hostile),
                Claim(by="a2", stance="denies", text=hostile, source="s", paraphrase=hostile)),
        casualties=(Casualty(by="a0", source="s", killed=3, note=hostile),),
        context=(Note(text=hostile, source="s"),),
    )
    lookups = Lookups(Chronology((event,), ACTORS, PLACES, TAGS), SiteConfig())
    html = Blocks(lookups).entry(event)
    assert "<script" not in html and 'href="javascript' not in html and "{{" not in html
    assert html.count(md(hostile)) >= 9


# --- the shortcuts links take -----------------------------------------------------------------


def _checked_url(text: str) -> str:
    """What http_url printed before its shortcut: every address parsed by urlsplit."""
    value = text.strip()
    try:
        parts = urlsplit(value)
    except ValueError:
        return ""
    return attr(value) if parts.scheme.lower() in ("http", "https") and parts.netloc else ""


@given(st.sampled_from(["http://", "https://", "HTTPS://", "http:", "https:/", "ftp://", " http://", ""]),
       st.text(st.sampled_from(list("ab.-_~%!$&'()*+,;=:@/?#[]\\ \t\n\x00é\"<>")), max_size=20))
def test_an_address_is_taken_as_urlsplit_reads_it(scheme: str, rest: str) -> None:
    assert http_url(scheme + rest) == _checked_url(scheme + rest)


PATH = st.lists(st.sampled_from(["timeline", "2021", "05.md", "actors", "a", ".", "", "..", "index.md"]),
                max_size=4).map("/".join)


@given(PATH, PATH)
def test_a_relative_path_is_the_one_posixpath_gives(target: str, folder: str) -> None:
    assume(target)
    assert relative_path(target, folder) == posixpath.relpath(target, folder)
