"""How the passage's day moves with the sentences, the day a clause with none of its own takes.

The day of a sentence's main clause outside quotation marks; a saying's day only when it opens the
sentence or takes the story back (`continue_passage`); a present-perfect lead makes it the day of
publication (`lead`); a wire dateline's day is the report's until told otherwise (`filed`); a live
blog's entry stamp makes it the stamp's day (entries.py).
A saying in a new paragraph after one that told an earlier day than the lead's is the lead's day's
news (recalled.news_again): the lead's day is kept here (`lead`).
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import TYPE_CHECKING

from . import attribution, clocks, temporal, verbs
from .clauses import Clause
from .dating import Passage, own_ref
from .events import VERBAL, Candidate

if TYPE_CHECKING:
    from spacy.tokens import Doc


def continue_passage(
    passage: Passage, found: list[Clause], attached: dict[int, list[temporal.TimeRef]],
    state: temporal.TimeRef | None = None,
) -> Clause | None:
    """The day the sentence and the following ones continue: the day of its main clause, the first
    outside quotation marks ('“…,” Macron wrote shortly before midnight' dates what he added next),
    else of the act it tells ('X crossed on Friday, the ministry said'); never of a clause that only
    describes a noun. A saying dated after the passage's day ('X said Friday') does not move it:
    the report of an act is often later than the act; a saying whose day opens the sentence sets the
    scene and takes the story to it, back or on ('On Tuesday night, the ministry reported …'; 'On
    Wednesday, the EU said … . The Kremlin called …' is Wednesday's, not the Monday told before). An act a
    saying reports ('X said the shooting stopped on 14 September') moves it only when nothing dated
    it before: more of the report usually follows. A saying whose day is told after its speaker ('…,
    his office said Friday') gives the passage only its speaker's day: the saying is returned, for
    the caller to name its speaker (`Passage.teller`). A sentence that tells a state, not an act,
    on a day of its own (`state`, see `state_day`) takes the story to that day."""
    told = sorted((c for c in found if not c.quoted and not _describes(c)), key=Clause.depth)
    dated = ((c, own_ref(c, attached)) for c in told)
    main, ref = next(((c, r) for c, r in dated if r is not None and r.date.precision == "day"), (None, None))
    if main is None or ref is None:
        if state is not None:
            passage.move(state.date.first_day)
        return None
    day, context = ref.date.first_day, passage.context
    fronted = main.subject is not None and ref.start < main.subject.idx
    saying = attribution.telling(main) is None and _says(main)
    if attribution.telling(main) is not None:
        moves = context is None  # what a report says happened on a day: more of the report follows
    else:
        moves = context is None or not saying or fronted
    if not moves:
        return None
    passage.move(day, main if saying and not fronted else None)
    passage.ahead_of = context if saying and context is not None and day > context else None
    return passage.saying


def _says(clause: Clause) -> bool:
    """Whether a clause is a saying: a verb of saying that tells words, not an act its phrase names
    ('recalled its ambassador on Wednesday' is a sanction, an act that takes the story to its day)."""
    return verbs.is_speech(clause.pred) and (clause.type is None or clause.type in VERBAL)


def state_day(
    doc: Doc, found: list[Clause], attached: dict[int, list[temporal.TimeRef]], refs: list[temporal.TimeRef]
) -> temporal.TimeRef | None:
    """The day of a sentence whose main verb tells a state, not an act ('When the envoys left the summit
    on Sunday, their mood was grim'; 'On Monday, the border was quiet'): the parser hangs the day on
    that verb, which is no clause, so no clause owns it; it still sets the scene of what follows. Only
    a single day of its own, not a bound ('until Monday') nor a year."""
    roots = [t for t in doc if t.dep_ == "ROOT"]
    if len(roots) != 1 or roots[0].i in {c.pred.i for c in found}:
        return None
    owned = {r.start for found_refs in attached.values() for r in found_refs}
    free = [r for r in refs if r.start not in owned and r.anchors_event and not r.is_background]
    return free[0] if len(free) == 1 and free[0].date.precision == "day" else None


def _numeric_day(dateline: str, published: date) -> date | None:
    """The day of a dateline written in figures ('RABAT, 10/12/2020 (MAP) -'): day first or month first,
    whichever falls in the week before publication (or a day ahead of it); the other reading is a month
    or more away, so at most one does. None when neither does: no day is better than a guessed one."""
    match = re.search(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b", dateline)
    if match is None:
        return None
    first, second, year = (int(g) for g in match.groups())
    days = []
    for day, month in ((first, second), (second, first)):
        try:
            days.append(date(year, month, day))
        except ValueError:
            continue
    near = {d for d in days if -1 <= (published - d).days <= 7}
    return near.pop() if len(near) == 1 else None


def _describes(clause: Clause) -> bool:
    """A clause that describes a noun, or depends on one that does ('Kurti, whose government had sent
    police to install the mayors last Friday, blamed …': Friday is no day of the passage)."""
    current: Clause | None = clause
    while current is not None:
        if current.kind in ("noun", "relcl", "acl"):
            return True
        current = current.parent
    return False


def lead(passage: Passage, out: list[Candidate], told: date | None = None) -> None:
    """An article whose lead (its first sentence that tells an act) is news told in the present
    perfect ('Azerbaijani forces have pushed 7.5 km into …') is about its day of publication until a
    sentence says otherwise. The lead's news day is its first act's, or the later day its report was
    told on (`told`: 'X shelled Brod on Monday night, Y said on Tuesday' is Tuesday's news)."""
    if passage.context is None and not passage.opened and any(c.published_news for c in out):
        passage.move(passage.today or passage.published)
    if not passage.opened and out:
        days = [c.date.first_day for c in out if c.date.precision == "day"]
        lede = days[0] if days else passage.context or passage.today or passage.published
        passage.lede = max(lede, told) if told is not None else lede
    passage.opened = passage.opened or bool(out)


def filed(dateline: str, passage: Passage) -> None:
    """A wire dateline ('KYIV, Oct 10 (Reuters) -', 'BAKU, May 15. /TASS/.', 'WASHINGTON (AP) —'): the
    clock the report is told on, and the day it was filed, which its 'today', 'yesterday' and 'on
    Friday' count from, when it is the week before the day the page gives for publication (that day
    is often the next, on another clock)."""
    if not dateline:
        return
    place = clocks.dateline_place(dateline)
    passage.american = place if place is not None else passage.american
    day = next((r.date.first_day for r in temporal.find(dateline, passage.published + timedelta(days=1))
                if r.date.precision == "day"), None) or _numeric_day(dateline, passage.published)
    if day is None:
        return
    passage.move(day)
    if passage.today is None and -1 <= (passage.published - day).days <= 7:
        passage.today = day  # a day ahead: filed in Asia, dated by a page on a clock behind it
