"""What time expressions look like: the patterns temporal.py resolves, in the order they claim words.

Each pattern is named by its kind; temporal.py says what date each kind means. Order matters: the
first pattern that matches a span of the sentence claims it ('the night of 12 to 13 June' before
'13 June'; 'Friday last week' before 'Friday'). A kind may have more than one pattern.
"""

from __future__ import annotations

import re

_MONTH = (
    r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
)
_WEEKDAY = r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_PART = r"(?:\s+(?P<part>night|morning|afternoon|evening))?"

_ORDINAL = r"(?:st|nd|rd|th)"
#: A day number before a month: "4 June", "4th June", "the 4th of June" ("of" only after an ordinal).
_DAY_OF = rf"(?:the\s+)?(?P<day>\d{{1,2}})(?:{_ORDINAL}\s+of\s+|{_ORDINAL}?\s+)"
#: Where a month's part is told: "mid-June", "late June", "the end of June".
_MONTH_PART = r"(?:(?:[Tt]he\s+)?(?:beginning|start|end|middle)\s+of\s+|(?:[Ee]arly|[Mm]id|[Ll]ate)[-\s])"
#: What may follow a bare "the day before" or "N days earlier" (not "the day before the vote").
_ENDS = r"(?=\s*(?:[,.;:)]|$))"

# Order matters: the first pattern that matches a span claims it.
PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("night-of", re.compile(
        rf"\b(?:night\s+(?:of|from)|overnight\s+from)\s+(?:the\s+)?(?P<day>\d{{1,2}}){_ORDINAL}?\s*"
        rf"(?:to|into|-|–|and)\s*(?:the\s+)?\d{{1,2}}{_ORDINAL}?\s+(?:of\s+)?{_MONTH}(?:,?\s+(?P<year>\d{{4}}))?",
        re.I)),
    ("day-range", re.compile(rf"\b(?P<day>\d{{1,2}}){_ORDINAL}?\s*(?:-|–|to|and)\s*\d{{1,2}}{_ORDINAL}?\s+"
                             rf"(?:of\s+)?{_MONTH}(?:,?\s+(?P<year>\d{{4}}))?", re.I)),
    ("day-range", re.compile(rf"\b{_MONTH}\s+(?P<day>\d{{1,2}}){_ORDINAL}?\s*(?:-|–|to|and)\s*\d{{1,2}}\b"
                             rf"(?:{_ORDINAL})?(?:,?\s+(?P<year>\d{{4}}))?", re.I)),
    ("numeric", re.compile(r"\b(?P<year>20\d{2})-(?P<mon>\d{2})-(?P<day>\d{2})\b")),
    ("numeric", re.compile(r"\b(?P<day>\d{1,2})\.(?P<mon>\d{1,2})\.(?P<year>20\d{2})\b")),
    ("day-month-year", re.compile(rf"\b{_DAY_OF}{_MONTH},?\s+(?P<year>\d{{4}})\b")),
    ("month-day-year", re.compile(rf"\b{_MONTH}\s+(?P<day>\d{{1,2}}){_ORDINAL}?,?\s+(?P<year>\d{{4}})\b")),
    ("day-month", re.compile(rf"\b{_DAY_OF}{_MONTH}(?!\w)")),
    ("month-day", re.compile(
        rf"\b{_MONTH}\s+(?P<day>\d{{1,2}}){_ORDINAL}?(?!\d|:|\s*(?:km|kilomet|mile|per|%))\b")),
    ("day-of-month", re.compile(
        rf"\b[Oo]n\s+the\s+(?P<day>\d{{1,2}}){_ORDINAL}\b(?!\s+(?:of\s+)?{_MONTH})(?=\s*(?:[,.;:)]|$))")),
    ("month-part", re.compile(rf"\b{_MONTH_PART}{_MONTH}(?:,?\s+(?P<year>\d{{4}}))?(?!\s*\d)")),
    ("month-year", re.compile(rf"\b{_MONTH}\s+(?P<year>\d{{4}})\b")),
    ("last-month", re.compile(rf"\b(?:last|in|since)\s+{_MONTH}(?!\s+\d)\b")),
    ("this-month", re.compile(r"\b(?:(?:earlier|later)\s+)?this\s+month\b", re.I)),
    ("previous-month", re.compile(
        r"\b(?:(?:earlier|later|early|late)\s+|mid-|(?:the\s+)?(?:beginning|start|end|middle)\s+of\s+)?"
        r"last\s+month\b", re.I)),
    ("overnight", re.compile(rf"\bovernight\s+(?P<mod>on|into)\s+{_WEEKDAY}\b", re.I)),
    ("ago", re.compile(r"\b(?P<n>\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
                       r"(?P<unit>days?|weeks?|months?|years?)\s+ago\b", re.I)),
    ("few-ago", re.compile(r"\b(?:(?:a\s+few|several|some|a\s+couple\s+of|many)\s+)?"
                           r"(?P<unit>days|weeks|months|years)\s+ago\b", re.I)),
    ("recent", re.compile(r"\b(?:in|over|during)\s+(?:recent|the\s+(?:past|last)(?:\s+(?:few|several))?)\s+"
                          r"(?P<unit>days|weeks|months|years)\b", re.I)),
    ("this-year", re.compile(r"\b(?:(?:earlier|later)\s+(?:this|in\s+the)\s+year|this\s+year|"
                             r"(?:earlier|later|early|late)\s+last\s+year)\b", re.I)),
    ("past-hours", re.compile(
        r"\b(?:in|over|during|within)\s+the\s+(?:past|last|previous)\s+(?P<n>24|48|72)\s+hours\b", re.I)),
    ("in-week", re.compile(r"\b(?:(?P<way>earlier|later)\s+in\s+the\s+week|(?:at\s+)?the\s+"
                           r"(?P<part>start|beginning|end)\s+of\s+the\s+week|mid-?week)\b", re.I)),
    ("weekend", re.compile(r"\b(?:(?:over|during|at)\s+the|last|the\s+(?:past|previous))\s+weekend\b", re.I)),
    ("hours-apart", re.compile(rf"\b(?P<n>\d{{2}})\s+hours\s+(?P<way>later|earlier|before{_ENDS})", re.I)),
    ("same-day", re.compile(r"\b(?:(?:earlier|later)\s+in\s+the\s+day|(?:earlier|later)\s+that\s+day|"
                            r"the\s+same\s+day|within\s+hours(?!\s+of\b)|(?:(?:a\s+few|several|some|\d|two|three|four|five)\s+)?"
                            rf"hours\s+(?:earlier|later|before{_ENDS}))\b", re.I)),
    ("that-night", re.compile(
        r"\b(?:(?:late|early|later|earlier)\s+)?(?:that|the\s+same)\s+(?:night|evening|morning|afternoon)\b",
        re.I)),
    ("day-before", re.compile(
        rf"\b(?:the\s+(?:day|night|evening)\s+before(?:\s+that)?{_ENDS}|"
        r"the\s+(?:previous|preceding)\s+(?:day|night|evening)\b|"
        rf"a\s+day\s+(?:earlier|before){_ENDS})", re.I)),
    ("days-earlier", re.compile(
        rf"\b(?P<n>\d|two|three|four|five|six|seven|eight|nine|ten)\s+days\s+(?:earlier|before){_ENDS}",
        re.I)),
    ("day-before-yesterday", re.compile(r"\bthe\s+day\s+before\s+yesterday\b", re.I)),
    ("weekday-next", re.compile(rf"\bnext\s+{_WEEKDAY}\b", re.I)),
    ("weekday-next", re.compile(rf"\b{_WEEKDAY}\s+(?:of\s+)?next\s+week\b", re.I)),
    ("weekday-last-week", re.compile(rf"\b{_WEEKDAY}{_PART}\s+(?:of\s+)?last\s+week\b", re.I)),
    ("weekday-last-week", re.compile(rf"\blast\s+week\s+on\s+{_WEEKDAY}\b", re.I)),
    ("weekday-after", re.compile(
        rf"\b(?:the\s+(?P<way>following|next|previous|preceding)|(?P<that>that))\s+{_WEEKDAY}\b", re.I)),
    (
        "weekday",
        re.compile(
            rf"\b(?P<mod>late on|early on|later on|earlier on|late|early|on|this|last|since|by)?\s*"
            rf"(?:the\s+(?:morning|night|afternoon|evening)\s+of\s+)?{_WEEKDAY}{_PART}\b",
            re.I,
        ),
    ),
    (
        "today",
        re.compile(
            r"\b(?:earlier |later )?(?:today|this (?:morning|afternoon|evening)|tonight)\b|"
            r"^\s*(?:now|at present|at the moment)(?=,|\s)|\bcurrently\b",
            re.I,
        ),
    ),
    ("yesterday", re.compile(r"\b(?:yesterday|last night|overnight)\b", re.I)),
    ("midnight", re.compile(r"\bshortly (?:before|after) midnight\b", re.I)),
    ("next-day", re.compile(rf"\b(?:the\s+(?:next|following)\s+(?:day|morning|afternoon|evening|night)\b|"
                            rf"a\s+day\s+later\b|the\s+day\s+after{_ENDS})", re.I)),
    ("days-later", re.compile(r"\b(?P<n>\d|two|three|four|five|six|seven|eight|nine|ten)\s+days\s+later\b",
                              re.I)),
    ("weeks-apart", re.compile(
        rf"\b(?P<n>a|one|two|three)\s+weeks?\s+(?P<way>later|earlier|before{_ENDS})", re.I)),
    ("week-apart", re.compile(
        rf"\b(?:the\s+(?P<way>previous|preceding|following|next)\s+week\b|the\s+week\s+(?P<way2>before|after){_ENDS})",
        re.I)),
    ("months-apart", re.compile(
        rf"\b(?:(?P<n>a|one|two|three|four|five|six)\s+months?\s+(?P<way>later|earlier|before{_ENDS})|"
        rf"the\s+(?P<way2>previous|preceding|following|next)\s+month\b|the\s+month\s+(?P<way3>before|after){_ENDS})",
        re.I)),
    ("years-apart", re.compile(
        rf"\b(?:(?P<n>a|one|two|three|four|five|six|seven|eight|nine|ten)\s+years?\s+"
        rf"(?P<way>later|earlier|before{_ENDS})|the\s+(?P<way2>previous|preceding|following|next)\s+year\b|"
        rf"the\s+year\s+(?P<way3>before|after){_ENDS})",
        re.I)),
    ("few-days-apart", re.compile(
        rf"\b(?:(?:a\s+few|several|some)\s+)?days\s+(?P<way>later|earlier|before{_ENDS})", re.I)),
    ("week", re.compile(r"\b(?:(?:earlier|later) )?(?:this|last|past) week\b", re.I)),
    ("year", re.compile(r"\b(?:[Ii]n|[Ss]ince|[Oo]f) (?P<year>(?:19|20)\d{2})\b")),
    ("last-year", re.compile(r"\blast year\b", re.I)),
    ("last-season", re.compile(r"\b(?:last|this past)\s+(?P<season>spring|summer|autumn|fall|winter)\b",
                               re.I)),
]
