"""The finished HTML blocks pages repeat, written in Python: an entry in full, an entry as one
line, an outlet's report, and the links inside them (to actors, places, types, tags, entries
and reports), which page templates call too.

Rendered through Jinja (event.html.j2 and its macros) these blocks were most of the build's
own time at 10,000 entries: each entry printed some forty values through Jinja's context,
macro and `finalize` machinery. Here each value goes through the same escaping as a
template's `{{ … }}` (`out`: render.py's `finalize`), so the bytes are the same
(tests/test_blocks.py renders varied entries both ways). As in the templates, escaping is
the default: every value printed goes through `out` or `attr`, or is a link from `address`.

An entry is finished HTML with no blank line: the engine passes it through as a raw block.
Links are markers of the built site's addresses (render.py), made relative by each page.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

from .dates import PartialDate
from .labels import STANCES, casualty_figures, type_label
from .model import Actor, Claim, Event, Place, Source
from .render import Safe, address, attr, entry_address, finalize, http_url

if TYPE_CHECKING:
    from .group import Report
    from .pages import Lookups

out = finalize


@lru_cache(maxsize=4096)
def _date(date: PartialDate) -> str:
    """A date as readers see it, escaped: entries print a few thousand distinct dates."""
    return out(date.display())


# --- links: the Jinja globals page templates call as well ----------------------------------


def _name_links(family: str, records: Iterable[Actor | Place]) -> str:
    return ", ".join(f'<a href="{address(f"{family}/{r.id}.md")}">{out(r.name)}</a>' for r in records)


def actor_links(actors: Iterable[Actor]) -> Safe:
    """Actors' names, each linked to its page, separated by commas."""
    return Safe(_name_links("actors", actors))


def place_links(places: Iterable[Place]) -> Safe:
    """Places' names, each linked to its page, separated by commas."""
    return Safe(_name_links("places", places))


def type_link(type_id: str) -> Safe:
    """An event type's name linked to its page."""
    return Safe(f'<a href="{address(f"types/{type_id}.md")}">{out(type_label(type_id))}</a>')


def tag_link(tag_id: str, label: str) -> Safe:
    """A tag's name linked to its page."""
    return Safe(f'<a href="{address(f"tags/{tag_id}.md")}">{out(label)}</a>')


def entry_link(event: Event) -> Safe:
    """An entry's title linked to its place on the timeline."""
    return Safe(f'<a href="{entry_address(event.id)}">{out(event.title)}</a>')


def source_title(source: Source) -> Safe:
    """A report's title, linked when its address is known."""
    url = http_url(source.url)
    if url:
        return Safe(f'<a href="{url}" rel="noopener noreferrer">{out(source.title)}</a>')
    unknown = " (address of the report not known)" if source.url_unknown else ""
    return Safe(out(source.title) + unknown)


def source_details(source: Source) -> Safe:
    """What follows a report's date: its author, its kind and an archived copy."""
    author = f", by {out(source.author)}" if source.author else ""
    archive = http_url(source.archive_url)
    archived = f' · <a href="{archive}" rel="noopener noreferrer">archived copy</a>' if archive else ""
    return Safe(f"{author} ({out(source.kind)}){archived}")


def outlet_link(source: Source | None, ref: str) -> Safe:
    """The outlet of a cited source, linked to the report when its address is known (`ref`
    when the source is not found)."""
    if source is None:
        return Safe(out(ref))
    url = http_url(source.url)
    if url:
        return Safe(f'<a href="{url}" rel="noopener">{out(source.outlet)}</a>')
    return Safe(out(source.outlet))


#: The links page templates call as globals (render.py registers them).
LINKS = {
    "actor_links": actor_links,
    "place_links": place_links,
    "type_link": type_link,
    "tag_link": tag_link,
    "entry_link": entry_link,
    "source_title": source_title,
    "source_details": source_details,
    "outlet_link": outlet_link,
}


# --- the blocks ------------------------------------------------------------------------------

_DRAFT = '<span class="chronicle-badge chronicle-badge--draft">Draft, not yet reviewed</span> '
_CONTESTED = '<span class="chronicle-badge chronicle-badge--contested">Contested</span>'
_CASUALTIES = ('<div class="chronicle-casualties" data-search-exclude>\n'
               "<p><strong>Casualties, as each side reported them</strong> (figures are not added up):</p>\n"
               "<ul>\n")


class Blocks:
    """Renders entries and reports of one chronology (`site`), each link fragment once.

    An entry names a few of some hundred actors, places, types and tags, so the fragments
    are kept by id: the registries do not change while one `Lookups` is in use.
    """

    def __init__(self, site: Lookups) -> None:
        self.site = site
        self._actors: dict[tuple[str, ...], str] = {}
        self._places: dict[tuple[str, ...], str] = {}
        self._types: dict[str, str] = {}
        self._tags: dict[str, str] = {}

    def actors(self, ids: tuple[str, ...]) -> str:
        found = self._actors.get(ids)
        if found is None:
            found = self._actors[ids] = actor_links(self.site.actors(ids))
        return found

    def places(self, ids: tuple[str, ...]) -> str:
        found = self._places.get(ids)
        if found is None:
            found = self._places[ids] = place_links(self.site.places(ids))
        return found

    def type(self, type_id: str) -> str:
        found = self._types.get(type_id)
        if found is None:
            found = self._types[type_id] = type_link(type_id)
        return found

    def tag(self, tag_id: str) -> str:
        found = self._tags.get(tag_id)
        if found is None:
            found = self._tags[tag_id] = tag_link(tag_id, self.site.tag_label(tag_id))
        return found

    def _opening(self, e: Event, element: str) -> str:
        draft = " chronicle-draft" if e.status == "draft" else ""
        actors = attr(" ".join(self.site.participants(e)))
        return f'<{element} class="chronicle-event{draft}" data-actors="{actors}" data-type="{attr(e.type)}">'

    def line(self, e: Event) -> Safe:
        """An entry as one line of an actor, type, place or tag page: its date, its title linked
        to its place on the timeline (the only page showing it in full) and its type."""
        about = "About " if e.date_approximate else ""
        draft = " · Draft" if e.status == "draft" else ""
        contested = " · Contested" if e.contested else ""
        return Safe(f'{self._opening(e, "li")}<span class="chronicle-line-date">{about}{_date(e.date)}</span>'
                    f" · {entry_link(e)} · {out(type_label(e.type))}{draft}{contested}</li>\n")

    def entry(self, e: Event) -> Safe:
        """An entry in full, as on its page of the timeline: heading, badges, date and type,
        who and where, summary, notes, claims, casualties, context, sources, related entries.

        What the search index does without is marked data-search-exclude: an entry is found by
        its title, date, type, tags, names under every spelling, and its summary (a long one
        by its lede, in a hidden paragraph with the other spellings).
        """
        site = self.site
        anchor = attr(e.id)
        parts = [
            self._opening(e, "section"), "\n",
            f'<h3 id="{anchor}">{out(e.title)}<a class="headerlink" href="#{anchor}" title="Permanent link">'
            "&para;</a></h3>\n",
        ]
        draft, contested = e.status == "draft", e.contested
        if draft or contested:
            badges = (_DRAFT if draft else "") + (_CONTESTED if contested else "")
            parts.append(f'<p class="chronicle-badges">{badges}</p>\n')
        parts += [self._meta(e), self._who(e)]
        lede = site.lede(e)
        parts.append(f"<p{' data-search-exclude' if lede else ''}>{out(e.summary)}</p>\n")
        if e.date_note:
            parts.append('<p class="chronicle-date-note" data-search-exclude><em>How the date was worked out:'
                         f"</em> {out(e.date_note)}</p>\n")
        if e.mentions:
            parts.append(f'<p class="chronicle-mentions">Also mentioned: {self.actors(e.mentions)}</p>\n')
        terms = ([lede] if lede else []) + site.search_terms(e)
        if terms:
            parts.append(f'<p class="chronicle-search-terms" hidden>{out(" · ".join(terms))}</p>\n')
        if e.claims:
            parts.append(self._claims(e))
        if e.casualties:
            parts.append(self._casualties(e))
        if e.context:
            parts.append(self._context(e))
        parts.append(_sources(e.sources))
        related = site.related(e)
        if related:
            links = " · ".join(f"{out(label)}: {entry_link(r)}" for label, r in related)
            parts.append(f'<p class="chronicle-related" data-search-exclude>{links}</p>\n')
        edit = http_url(site.edit_url(e))
        if edit:
            edit = Safe(f'<a class="chronicle-edit" href="{edit}" rel="noopener noreferrer">'
                        "Edit this entry</a> · ")
        parts.append(f'<p class="chronicle-links" data-search-exclude>{edit}<code>{out(e.id)}</code></p>\n'
                     "</section>\n")
        return Safe("".join(parts))

    def _meta(self, e: Event) -> str:
        """When (date, time, time zone), of what type (and mode), and under which tags."""
        about = "About " if e.date_approximate else ""
        until = f" – {_date(e.end_date)}" if e.end_date else ""
        time = ""
        if e.time:
            zone = f" ({out(e.timezone)})" if e.timezone else ""
            time = f", {out(e.time)}{zone}"
        mode = f" ({out(e.mode)})" if e.mode else ""
        tags = " · " + ", ".join(self.tag(t) for t in e.tags) if e.tags else ""
        return (f'<p class="chronicle-meta"><strong>{about}{_date(e.date)}{until}</strong>{time} · '
                f"{self.type(e.type)}{mode}{tags}</p>\n")

    def _who(self, e: Event) -> str:
        """Who acts, at whom, and where."""
        targets = f" · Directed at: {self.actors(e.targets)}" if e.targets else ""
        places = f" · Where: {self.places(e.places)}" if e.places else ""
        return f'<p class="chronicle-actors">Who: {self.actors(e.actors)}{targets}{places}</p>\n'

    def _claims(self, e: Event) -> str:
        """Each side's claims in a column of its own."""
        parts = ['<div class="chronicle-claims" data-search-exclude>\n']
        for claimant, claims in self.site.claim_columns(e):
            parts.append('<div class="chronicle-claim">\n'
                         f'<p class="chronicle-claimant">{actor_links([claimant])}</p>\n')
            parts += [_claim(c, outlet_link(e.source_for(c.source), c.source)) for c in claims]
            parts.append("</div>\n")
        parts.append("</div>\n")
        return "".join(parts)

    def _casualties(self, e: Event) -> str:
        """The figures each side gave, never added up."""
        parts = [_CASUALTIES]
        for c in e.casualties:
            s = e.source_for(c.source)
            when = f" ({_date(c.date)})" if c.date else ""
            note = f" ({out(c.note)})" if c.note else ""
            by = out(s.outlet) if s else out(c.source)
            figures = out(casualty_figures(c))
            parts.append(f"<li>According to {self.actors((c.by,))}{when}: {figures}{note} — {by}</li>\n")
        parts.append("</ul>\n</div>\n")
        return "".join(parts)

    def _context(self, e: Event) -> str:
        """Notes of context, each with the outlet it comes from."""
        parts = ['<div class="chronicle-context" data-search-exclude>\n']
        for n in e.context:
            s = e.source_for(n.source) if n.source else None
            outlet = f" — {out(s.outlet)}" if s else ""
            parts.append(f"<p><em>Context:</em> {out(n.text)}{outlet}</p>\n")
        parts.append("</div>\n")
        return "".join(parts)

    def report(self, report: Report) -> Safe:
        """One report as an item of its outlet's page: its title, date and details, and the
        entries it supports (the outlet page wraps the items in one list)."""
        s = report.source
        supports = " · ".join(f"{entry_link(e)} ({_date(e.date)})" for e in report.events)
        return Safe(f"<li>\n<p>{source_title(s)} — {_date(s.published)}{source_details(s)}</p>\n"
                    f"<p>Supports: {supports}</p>\n</li>\n")


def _claim(c: Claim, outlet: str) -> str:
    """One claim: its stance and date, its text, and where it was said or reported."""
    when = f", {_date(c.date)}" if c.date else ""
    stance = out(STANCES.get(c.stance, c.stance))
    parts = [f'<p class="chronicle-stance chronicle-stance--{attr(c.stance)}">{stance}{when}</p>\n'
             f"<p>{out(c.text)}</p>\n"]
    direct = c.via == "direct"
    if c.paraphrase:
        parts.append(f'<p class="chronicle-paraphrase">As reported by {outlet} (the report’s words, not the '
                     f"claimant’s): “{out(c.paraphrase)}”</p>\n")
    if c.quote:
        said = "from their statement in " if direct else "as quoted by "
        parts.append(f'<figure class="chronicle-claim-quote">\n<blockquote><p>“{out(c.quote)}”</p>'
                     f"</blockquote>\n<figcaption>In their own words, {said}{outlet}</figcaption>\n"
                     "</figure>\n")
    if not c.quote and not c.paraphrase:
        said = f"From their own statement: {outlet}" if direct else f"As reported by {outlet}"
        parts.append(f'<p class="chronicle-claim-source">{said}</p>\n')
    return "".join(parts)


def _sources(sources: Iterable[Source]) -> str:
    """The numbered list of reports, each with its quote (and its translation)."""
    parts = ['<div class="chronicle-sources" data-search-exclude>\n<p><strong>Sources</strong></p>\n<ol>\n']
    for s in sources:
        parts.append(f"<li>\n<p>{source_title(s)} — {out(s.outlet)}, {_date(s.published)}"
                     f"{source_details(s)}</p>\n")
        if s.quote:
            translated = f"<p>Translation: “{out(s.quote_translated)}”</p>\n" if s.quote_translated else ""
            parts.append(f"<blockquote>\n<p>“{out(s.quote)}”</p>\n{translated}</blockquote>\n")
        parts.append("</li>\n")
    parts.append("</ol>\n</div>\n")
    return "".join(parts)
