"""What the parser extractor carries from one sentence to the next of an article.

A report is read sentence by sentence, and much of what a sentence means depends on the ones
before it: the passage's day (dating.Passage), who 'he', 'the ministry' or 'the two leaders' are
(subjects.Context), the last speaker, each speaker's last dated saying, the parties of the last
agreement. One `Reading` holds all of it for one article; extractor.py starts it, candidates.py and
doerless.py read and update it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from . import dating, recalled, subjects, temporal
from .actors import ActorRef
from .events import Dropped


@dataclass
class Reading:
    """What the extractor carries from one sentence to the next of an article."""

    passage: dating.Passage
    context: subjects.Context = field(default_factory=subjects.Context)
    item: int = -1  # the paragraph of the last item of a dated list ("Key events from Tuesday:" "- …")
    heading: date | None = None  # the day a line of its own just named ("The key events of Friday")
    unlisted: dating.Passage | None = None  # the passage as it was before the list under that line
    source: ActorRef | None = None  # the last speaker: the reporter of a toll told without one
    dropped: list[Dropped] = field(default_factory=list)  # why a clause that tells an act gave no candidate
    sayings: recalled.Sayings = field(default_factory=recalled.Sayings)  # each speaker's last dated saying
    agreed: list[ActorRef] = field(default_factory=list)  # the parties of the last agreement told
    effective: list[temporal.TimeRef] = field(default_factory=list)  # "a truce from 8 p.m. on 14 September"
    remarks: ActorRef | None = None  # whose words 'I' and 'we' are outside quotes (remarks.py)
    long_before: bool = False  # the sentence's acts are dated only by a year or month long before
    outlet: str = ""  # who published the report: its own name in the text tells, never acts (outlets.py)
