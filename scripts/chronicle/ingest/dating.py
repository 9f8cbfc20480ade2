"""When each clause happened: its own time expressions, else the passage's day.

temporal.py finds and resolves the time expressions of a sentence; the parse says which clause
each one modifies: the first clause met climbing from the expression's words to the root. So
"Petrov, who landed on Saturday, met his counterpart" dates the landing, not the meeting, and
"positions held before 11 May" dates only the holding (a span's bound dates nothing at all).
A clause without an expression of its own takes its coordinated or governing clause's, then
the day of the passage it continues, then (a report's own news told in the present or present
perfect) the day of publication, and only then the month of publication: never a day after it.
A saying with no day of its own takes the day of its speaker's last dated saying ('he added').

The passage's day moves with the sentences: scene.py (a sentence's main clause, the lead, a wire
dateline), entries.py (a live blog's entry stamp), recalled.py (a flashback's paragraph).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from ..dates import PartialDate
from . import attribution, clocks, temporal, verbs
from .clauses import Clause
from .refs import ActorRef

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .anchored import Told


@dataclass
class Passage:
    """The day the article is telling about, as it goes."""

    published: date
    context: date | None = None  # None until a sentence gives a day of its own
    today: date | None = None  # a live blog's entry day: what "today" refers to
    listed: bool = False  # under a dated list header ("Key events from yesterday:")
    opened: bool = False  # past the article's lead (its first sentence that told an act)
    mentioned: date | None = None  # the last day the text named, whatever it dated
    year: int | None = None  # the last year the text named ('in 2019'): 'on 28 November that year'
    teller: ActorRef | None = None  # whose saying alone gave the passage its day ('his office said Friday')
    saying: Clause | None = None  # that saying
    american: bool | None = None  # whether the wire dateline's place is in the Americas (None: no such place)
    news: date | None = None  # the last day of the passage that was not recalled from long before
    paragraph: int = 0  # the paragraph being read
    told: list[Told] = field(default_factory=list)  # acts dated to the day so far (anchored.Told)
    lede: date | None = None  # the day the report's lead told about: its news day
    back: date | None = None  # the lead's day, in a new paragraph after one that told an earlier day
    since: int = 0  # the paragraph that gave the passage its day
    named_in: int = 0  # the paragraph that named `mentioned`
    ahead_of: date | None = None  # the act's day, when a saying's fronted later day took the passage on
    official: bool = False  # published by the body itself (a readout, a release): its lead is that day's
    stamp: datetime | None = None  # the page's own time of publication, on its clock ('Updated 23:10 GMT')

    def move(self, day: date, saying: Clause | None = None) -> None:
        """The passage continues another day, given by an act or a scene-setting phrase, or only by
        when someone spoke (`saying`; the caller names its speaker, `teller`)."""
        self.context, self.saying, self.teller, self.back = day, saying, None, None
        self.since, self.ahead_of = self.paragraph, None
        if not self.recalls(day):
            self.news = day

    def recalls(self, day: date) -> bool:
        """Whether a day is recalled from long before the report's own (more than a month): a
        flashback ('Members of the guard detained Bazoum on July 26, 2023'), not the news."""
        return (self.today or self.published) - day > RECALLED

    def dates(self, doer: ActorRef | None, said: Clause | None, words: bool = False, delegate: bool = False
              ) -> bool:
        """Whether the passage's day may date a clause with none of its own. A day given only by when
        someone spoke ('…, his office said Friday') is not the day of what they said (the readout's
        day, not the call's) nor of another's act told next ('Macron called on Baku to withdraw'):
        the report of an act is often days after it. It dates that speaker's later words and acts,
        and, when that day is the report's own and the saying was told to an audience ('X told the
        assembly today'), the sayings of others told next (`words`: 'Y said …'): the report of a
        session tells its speakers in turn. A saying with no audience ('X said in a statement
        today') is no session: another's undated words may be days older. Another's act stays
        undated too ('Z called on …' may be an older post), unless its doer is named as a delegate to
        the session (`delegate`: 'The representative of Z condemned …'): a delegate acts in it."""
        if self.saying is None:
            return True
        session = self.context == (self.today or self.published) and _addressed(self.saying)
        if (words or delegate) and said is None and session:
            return True
        return self.teller is not None and doer == self.teller and said is not self.saying


def delegate(subject: Token | None) -> bool:
    """Whether a doer is named as a delegate to a session ('The representative of Sylvania', 'Freedonia's
    delegate', 'the representatives of X and Y'): what they did, they did in it."""
    return subject is not None and subject.lemma_.lower() in _DELEGATES


#: Nouns that name someone by the seat they hold in a session.
_DELEGATES = {"representative", "delegate", "delegation"}


def _addressed(saying: Clause) -> bool:
    """Whether a saying was told to an audience ('told the Council', 'told parliament'): a session's."""
    return saying.pred.lemma_ == "tell" and any(c.dep_ in ("dobj", "dative") for c in saying.pred.children)


#: How far before the report's day a passage's day is a flashback: further than the news of a month.
RECALLED = timedelta(days=31)


@dataclass
class When:
    """A clause's date, how it was found, and what a reviewer should check about it."""

    date: PartialDate
    note: str
    own: bool  # from words of the clause itself
    low: list[str] = field(default_factory=list)
    basis: str = ""  # how it was found when not its own: "reported", "passage", "published", "month"


def background(clause: Clause, attached: dict[int, list[temporal.TimeRef]]) -> bool:
    """Whether a clause is dated only by a year ('In 2021, clashes … killed') or, with no day of its
    own, by a war ('deployed soldiers during and after the war'): background, not news."""
    refs = attached.get(clause.pred.i, [])
    if not refs:
        wars = [t.i for t in clause.pred.subtree
                if t.lemma_.lower() == "war" and t.head.lower_ in _PERIOD_PREPS]
        if not wars:
            return False  # most clauses: no need to gather what their dependents say
        told = {t.i for c in clause.pred.children if c.dep_ in ("ccomp", "relcl", "parataxis")
                for t in c.subtree}  # what is said or described has times of its own
        return any(i not in told for i in wars)
    return all(r.is_background for r in refs)


#: Prepositions that place an act in a period ('during the war', 'after the war').
_PERIOD_PREPS = {"during", "after", "since", "before", "throughout", "in"}


def told_long_before(attached: dict[int, list[temporal.TimeRef]], published: date) -> bool:
    """Whether every date of a sentence is a year or a month before the report's month ('In 2021,
    clashes … killed 55 people'; '… before a cease-fire halted fighting in November' in a May
    report): the sentence is background, and so is a clause of it with no date of its own."""
    refs = [r for found in attached.values() for r in found if r.anchors_event]  # not 'since 2020'
    month = published.replace(day=1)
    return bool(refs) and all(r.date.precision != "day" and r.date.last_day < month for r in refs)


#: Expressions counted from the moment of speaking ('yesterday', 'overnight', 'today', 'on Monday').
_SPEAKERS_NOW = {"today", "yesterday", "midnight", "day-before-yesterday", "weekday"}


def speakers_now(
    text: str, found: list[Clause], attached: dict[int, list[temporal.TimeRef]], passage: Passage
) -> dict[int, list[temporal.TimeRef]]:
    """What someone said on a day of their own before the report's ('"Yesterday I called him," X said on
    Thursday'; 'X said on Wednesday that Y's troops attacked overnight'): its 'yesterday', 'overnight',
    'today' and weekdays count from the day they spoke, not from the report's."""
    published = passage.today or passage.published
    out = dict(attached)
    for clause in found:
        said = attribution.telling(clause)
        spoken = own_ref(said.verb, attached) if said is not None else None
        if spoken is None or spoken.date.precision != "day" or spoken.date.first_day >= published:
            continue
        refs = attached.get(clause.pred.i, [])
        if not any(r.kind in _SPEAKERS_NOW and r is not spoken for r in refs):
            continue
        day = spoken.date.first_day
        again = {r.start: replace(r, said_on=day)
                 for r in temporal.find(text, day, passage.context, passage.mentioned)}
        out[clause.pred.i] = [again.get(r.start, r) if r.kind in _SPEAKERS_NOW and r is not spoken else r
                              for r in refs]
    return out


def own_ref(clause: Clause, attached: dict[int, list[temporal.TimeRef]]) -> temporal.TimeRef | None:
    """The clause's own time expression: the first that anchors an event (not 'by', 'until', 'since')."""
    refs = [r for r in attached.get(clause.pred.i, []) if r.anchors_event and not r.is_background]
    days = [r for r in refs if r.date.precision == "day"]
    return (days or refs or [None])[0]


def inherited_ref(clause: Clause, attached: dict[int, list[temporal.TimeRef]]) -> temporal.TimeRef | None:
    """A coordinated or participial clause's date: the one of the clause it hangs on ('shelled … on
    Monday and seized …'); a reported clause never takes the day of its saying."""
    parent = clause.parent
    while parent is not None and clause.kind in ("conj", "xcomp", "advcl", "acl") and clause.kind != "ccomp":
        ref = own_ref(parent, attached)
        if ref is not None:
            return ref
        clause, parent = parent, parent.parent
    return None


def when(
    clause: Clause,
    ref: temporal.TimeRef | None,
    passage: Passage,
    present: bool,
    reported_on: temporal.TimeRef | None = None,
    scene: bool = True,
) -> When:
    """The clause's date: its own expression, else the day it was reported on, else the passage's
    day (unless `scene` says that day is not this clause's), else publication."""
    published = passage.today or passage.published
    if ref is not None:
        return When(ref.date, temporal.note(ref, published), True)
    if reported_on is not None and reported_on.date.precision == "day":
        return When(
            reported_on.date,
            f'No date of its own; "{reported_on.expression}" is when it was reported (published '
            f"{published.isoformat()}), taken as its day.",
            False,
            ["date taken from the day it was reported"],
            "reported",
        )
    if reported_on is not None and reported_on.date.precision == "month" and not reported_on.is_background:
        return When(  # "Earlier this month, the army said it had repelled an attack": that month
            reported_on.date,
            f'No date of its own; "{reported_on.expression}" is when it was reported (published '
            f"{published.isoformat()}); the day is not given, so only the month is recorded.",
            False,
            ["no day given: month it was reported"],
            "reported",
        )
    recent = present and passage.context is not None and passage.context < published and not passage.listed
    if passage.context is not None and scene and not recent:  # (a dated list's items: their list's day)
        return When(
            PartialDate.from_date(passage.context),
            f"No date of its own in the report; the date of the passage it continues "
            f"({passage.context.isoformat()}).",
            False,
            ["date taken from the passage, not from the sentence"],
            "passage",
        )
    if passage.official and passage.context is None and not passage.opened and passage.lede is None:
        return When(  # a body's own readout or release: "X spoke with Y about …", its news, no day
            PartialDate.from_date(published),
            f"No date in the report; its lead, told with no day before any other, is taken as news of "
            f"the day it was published ({published.isoformat()}), as a readout or release tells it.",
            False,
            ["date taken from the publication day: the report gives no day for its lead"],
            "published",
        )
    if present:
        return When(
            PartialDate.from_date(published),
            f"No date of its own; told in the present or present perfect as news of the day the report "
            f"was published ({published.isoformat()}).",
            False,
            ["date taken from the publication day"],
            "published",
        )
    return When(
        PartialDate(published.year, published.month),
        f"No date in the report (published {published.isoformat()}); the day is not given, so only "
        "the month is recorded.",
        False,
        ["no day given: month of publication"],
        "month",
    )


def before_its_saying(clause: Clause, when: When, attached: dict[int, list[temporal.TimeRef]]) -> When:
    """A reported act dated only by the passage, told in a sentence whose saying has an earlier day of
    its own ('Sylvania said on Wednesday that …, while the Red Cross said three civilians had died', in
    a passage of Thursday): it happened before that saying was told, never on the passage's later day, so
    only the month is kept."""
    if when.basis != "passage" or when.date.precision != "day":
        return when
    parent = clause.parent
    while parent is not None:
        ref = own_ref(parent, attached) if verbs.is_speech(parent.pred) else None
        if ref is not None and ref.date.precision == "day" and ref.date.first_day < when.date.first_day:
            day = when.date.first_day
            note = (f'No date of its own; reported in a sentence whose saying was told "{ref.expression}" '
                    f"({ref.date.iso()}), before the day of the passage it continues ({day.isoformat()}); "
                    "the day is not given, so only the month is recorded.")
            flag = "reported before the passage's day: only the month"
            return When(PartialDate(day.year, day.month), note, False, [*when.low, flag], "month")
        parent = parent.parent
    return when


def is_present(pred: Token) -> bool:
    """Whether a verb is told in the present or the present perfect ('has agreed', 'are shelling'); a
    participle has the tense of the verb it depends on ('has answered by expelling'), a coordinated
    verb that of its first ('has denied … and said')."""
    while pred.tag_ == "VBG" and pred.dep_ in ("pcomp", "advcl", "xcomp") and pred.head.i != pred.i:
        pred = pred.head.head if pred.head.pos_ == "ADP" else pred.head
    while pred.dep_ == "conj" and pred.head.pos_ in ("VERB", "AUX") and not any(
        c.dep_ in ("aux", "auxpass", "nsubj") for c in pred.children
    ):
        pred = pred.head  # "has denied … and said": one auxiliary for both
    auxes = [c for c in pred.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in ("has", "have", "is", "are", "'s", "'re", "'ve") for a in auxes):
        return True
    return pred.tag_ in ("VBZ", "VBP") and not auxes


def local_day(when: When, text: str, passage: Passage) -> When:
    """An act with no day of its own, given the report's own day, that the sentence tells in an evening
    in the Americas while the report is on another clock (clocks.py): the day before, where it
    happened."""
    report_day = passage.today or passage.published
    if when.date.first_day > passage.published:
        return _ahead(when, passage.published)
    if when.own or when.date.precision != "day" or when.date.first_day != report_day:
        return when
    day = clocks.local_day(text, report_day, passage.american)
    if day is None:
        return when
    return When(
        PartialDate.from_date(day),
        f"No date of its own; told in an evening in the Americas, where it was still {day.isoformat()} "
        f"when the report's day ({report_day.isoformat()}) began on the report's clock.",
        False,
        [*when.low, "date moved to the day before: the local day of the place of the act"],
        when.basis,
    )


def _ahead(when: When, published: date) -> When:
    """A day after the page's date of publication, told on the clock of a dateline a day ahead of it
    ('SEOUL, Dec 4 (Reuters) -' on a page of 3 December; 'early on Wednesday'): never after
    publication, so only its month (or no draft when that month too is later)."""
    day = when.date.first_day
    later = day.replace(day=1) > published
    month = PartialDate(published.year) if later else PartialDate(day.year, day.month)
    return When(month, f"{when.note[:-1]}; the report's dateline is a day ahead of its page's date of "
                f"publication ({published.isoformat()}), so only the month is recorded.", when.own,
                [*when.low, "dated on the dateline's clock, after publication: only the month"], when.basis)


def said_before(teller: str, day: PartialDate) -> When:
    """A saying with no day of its own by someone whose last saying had one ('X said on Friday …
    He added …'), or what it reports: the day of that saying."""
    return When(
        day,
        f"No date of its own; {teller} said it in the same remarks as on "
        f"{day.iso()}, the day of their last dated saying in the report.",
        False,
        ["date taken from the speaker's last dated saying"],
        "said",
    )


def report_day(said: Clause, day: temporal.TimeRef | None, present: bool) -> temporal.TimeRef | None:
    """The day a saying dates what it reports: its own day when it opens the sentence and sets the
    scene ('On Friday, the ministry reported heavy fire on the village'), or when what it reports is
    told in the present or present perfect ('X has withdrawn, the ministry said Friday'); a day told
    after the speaker ('…, his office said Friday') is the report's, not the act's."""
    if day is None or present:
        return day
    subject = said.subject
    return day if subject is not None and day.start < subject.idx else None


def charge_day(
    reported_on: temporal.TimeRef | None, act: When, passage: Passage
) -> When | None:
    """When a side's report of the other side's hostile act is also an accusation of its own: when the
    report has a day of its own apart from the act's ('Sylvania said on Saturday that Freedonian
    troops fired on Friday'). Told the same day, the act with the teller's `asserts` claim is the one
    event a reviewer wants."""
    if reported_on is None or reported_on.date.precision != "day" or reported_on.date == act.date:
        return None
    return When(reported_on.date, temporal.note(reported_on, passage.today or passage.published), True)
