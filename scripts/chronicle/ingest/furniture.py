"""Page furniture inside the running text: headlines, photo captions and wire datelines.

A page flattened to text (a digest of several stories, a copied web page) carries each
story's headline, the byline and the photo caption in the same paragraph as the report.
They are not reports of events: a headline is a summary in Title Case ("U.S. Tells
Azerbaijan To Pull Back Troops") and a caption describes a picture in the present tense
with the day the picture was taken ("… meet at the Kremlin in Moscow, April 7, 2021").
Read as sentences they give false events with wrong dates, and their dates would be
carried over to the sentences after them. Wire datelines ("Tbilisi, Sep 27 (EFE).-") date
the report, not the event the sentence reports.
"""

from __future__ import annotations

import re

from . import world

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
)
_BYLINE_BREAK = re.compile(r"\s+•\s+")
#: A caption's date running into the next sentence with no full stop ("…, April 7, 2021 Prime Minister").
_DATE_RUN_ON = re.compile(
    rf"(?:,\s*|\s-\s)(?:{_MONTH}\s+\d{{1,2}},\s+\d{{4}}|\d{{1,2}}\s+{_MONTH}\s+\d{{4}})(?=\s+[A-Z][a-z])"
)
#: Where a caption starts: a place or agency in capitals or Title Case, then " - " ("Armenia - …").
_DASH_LEAD = re.compile(r"(?<![\w.])(?:[A-Z][A-Za-z.]*\s+){0,2}[A-Z][A-Za-z.]*\s+-{1,2}\s+[A-Z]")
_CAPTION_LEAD = re.compile(r"^(?:[A-Z][A-Za-z.]*\s+){0,2}[A-Z][A-Za-z.]*\s+-{1,2}\s+\S")
_CAPTION_VERB = re.compile(
    r"\b(?:is|are) (?:seen|pictured|shown)\b|\b(?:speaks|attends|meets|meet|poses|pose|arrives|arrive|"
    r"gestures|looks on|walks|talks|shake hands|shakes hands|listens|delivers|holds|hold)\b"
)
_CAPTION_DATE = re.compile(
    rf"(?:\b\d{{1,2}}\s+{_MONTH}\s+\d{{4}}|\b{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\(\w+\)|,\s*)\s*\.?$"
)
_SMALL = {"a", "an", "the", "of", "in", "on", "to", "for", "and", "or", "at", "by", "with", "from", "as"}
_DATELINE = re.compile(
    r"^(?:[A-Z][\w’'./-]*(?:[ ,]+[A-Z][\w’'./-]*){0,3},?\s+)?"  # city, country; "DOHA/DUBAI"
    rf"(?:{_MONTH}\s+\d{{1,2}}\s*\.?\s*|\d{{1,2}}/\d{{1,2}}/\d{{4}}\s*)?"  # month day, or "10/12/2020"
    r"(?:\((?:[A-Z][\w.&/ -]{1,24})\)\s*\.?\s*[-—–]{1,2}"  # (AP) — / (EFE).- / (Interfax) -
    r"|/[A-Z][\w .-]{1,20}/\.?)\s*"  # /TASS/.
    # or a place in capitals and a dash, with no agency: "WASHINGTON —", "KYIV, June 7 –"
    rf"|^[A-Z]{{3,}}(?:[ ,]+[A-Z]{{2,}}){{0,3}}(?:,\s+{_MONTH}\s+\d{{1,2}})?\s+[—–]\s*"
)


def pieces(paragraph: str) -> list[str]:
    """Cut a paragraph where a headline, byline or caption runs into the text."""
    out: list[str] = []
    for chunk in _BYLINE_BREAK.split(paragraph):
        start = 0
        for match in _DATE_RUN_ON.finditer(chunk):
            out.extend(_dash_pieces(chunk[start : match.end()]))
            start = match.end()
        out.extend(_dash_pieces(chunk[start:]))
    return [p.strip() for p in out if p.strip()]


def _dash_pieces(text: str) -> list[str]:
    """Split before a caption's 'Place - ' lead when what precedes it is a headline (or nothing)."""
    for match in _DASH_LEAD.finditer(text):
        sentence_start = max(text.rfind(". ", 0, match.start()), text.rfind("? ", 0, match.start()))
        before = text[sentence_start + 1 if sentence_start >= 0 else 0 : match.start()]
        if before.strip() and not is_headline(before):
            continue
        head = text[: match.start()]
        return [head, *_dash_pieces(text[match.start() :])] if head.strip() else [text]
    return [text]


def is_headline(text: str) -> bool:
    """Title Case words without a sentence ending: a headline or a section title."""
    words = re.findall(r"[A-Za-z][\w’'-]*", text)
    if len(words) < 3 or re.search(r"[.!?][\"”’']?$", text.strip()):
        return False
    content = [w for w in words if w.lower() not in _SMALL]
    capitals = sum(1 for w in content if w[0].isupper())
    return bool(content) and capitals / len(content) >= 0.75


#: A label that opens a caption or a media embed ('File photo: …', 'Pictured: …', 'Watch: …').
_CAPTION_LABEL = re.compile(
    r"^[\[(]?(?:(?:(?:[Ff]ile|[Aa]rchive|[Rr]epresentative) (?:photo|picture|image)|Photos?|Pictures?|"
    r"Images?|Illustration|Graphic|Videos?|Pictured|Photograph|Caption|Watch|Listen)\s*:"
    r"|(?:Image|Media|Photo|Picture) (?:caption|source)\s*[:,])\s"
)


def is_caption(text: str) -> bool:
    """A photo caption: 'Armenia - …' or '… (left)', a present-tense picture verb, the picture's date, or
    a caption's label ('File photo: X met Y in Geneva in March.', with its full stop)."""
    if _CAPTION_LEAD.match(text) or _CAPTION_LABEL.match(text):
        return True
    if re.search(r"\((?:C|L|R|left|right|center|centre)\)", text):
        return True
    return bool(_CAPTION_VERB.search(text) and _CAPTION_DATE.search(text) and not re.search(
        r"\b(?:said|says|told|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b", text
    ))


#: A feed's or a syndicator's note on where the report was published ('The post X appeared first on Y',
#: 'This article was originally published by Z'): it names the report, never an act.
_PUBLISHED_NOTE = re.compile(
    r"^(?:The post .+ appeared first on\b|(?:This|The) (?:article|story|post|report|piece) (?:was |is )?"
    r"(?:originally |first )?(?:published|appeared|posted) (?:on|in|by|at)\b"
    r"|Originally published (?:on|in|by|at)\b)"
)


def is_published_note(text: str) -> bool:
    """'The post Freedonian troops shell a village appeared first on Sylvania Today.': page furniture."""
    return _PUBLISHED_NOTE.match(text) is not None


#: A live blog's entry stamp on a line of its own: "19 September, 13:05", "Sep 20, 2023 09:30", "13:05",
#: "9.40am BST", "10 May 2025 - 23:58 (PKT)" (a dash between day and time, the zone in brackets).
ENTRY_STAMP = re.compile(
    r"^(?:(?P<day>\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?(?:\s+\d{4})?|[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,?\s+\d{4})?)"
    r"(?:\s+[-–—]\s+|,?\s*))?"
    r"\d{1,2}[:.]\d\d(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s*(?:[A-Z]{2,5}|\([A-Z]{2,5}\)|local time))?$"
)
#: A live blog's entry stamp opening the entry's own line: "14:05 GMT - Russia says …".
_STAMP_LEAD = re.compile(
    r"^\d{1,2}[:.]\d\d(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s*(?:[A-Z]{2,5}|local time))?\s*[-–—:]\s+\S")


#: A live blog's entry stamp opening the entry's sentence, with a dash or with only a space after its
#: zone: "14:05 GMT - Russia says …", "09:50 GMT Turkish jets shot down …".
_STAMP_OPENING = re.compile(r"^\d{1,2}[:.]\d\d(?:\s*[AaPp]\.?[Mm]\.?)?(?:(?:\s*(?:[A-Z]{2,5}|local time))?"
                            r"\s*[-–—:]\s+|\s*[A-Z]{2,5}\s+(?=[A-Z\"“‘']))")


def after_stamps(lines: list[str]) -> list[bool]:
    """For each line, whether the line before it is a live blog's entry stamp on a line of its own."""
    return [n > 0 and bool(ENTRY_STAMP.match(lines[n - 1].strip())) for n in range(len(lines))]


def is_entry(text: str, after_stamp: bool) -> bool:
    """Whether a line with no full stop is a live blog's entry, not a headline: it opens with the
    entry's stamp ("14:05 GMT - Russia says it shot down 20 drones"), or follows a stamp on a line of
    its own and is not in Title Case. Live blogs write their short entries without a full stop."""
    return bool(_STAMP_LEAD.match(text)) or after_stamp and not is_headline(text)


#: A live blog's day header on a line of its own: "Wednesday, 15 May 2024", "Tuesday 14 May", "May 14".
DAY_HEADER = re.compile(
    r"^(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?)(?:,?\s+\d{{4}})?$"
)


#: A digest's or a timeline's day opening its entry: "Saturday 29 February: Erdogan says …",
#: "3 March – The Commission offers …". The day dates the entry and those after it, as a header does.
_DAY_LEAD = re.compile(DAY_HEADER.pattern.rstrip("$") + r"\s*(?::|\s[-–—])\s+(?=[A-Z\"“‘'])")


def day_lead(text: str) -> tuple[str, str]:
    """Split the day opening a digest's entry off it: (day, rest); the day is '' when there is none."""
    match = _DAY_LEAD.match(text)
    if not match:
        return "", text
    return match.group(0).rstrip(" :-–—"), text[match.end():]


#: A rubric opening a paragraph ('Analysis: Security experts say …'): it names the kind of passage,
#: not a doer, and left in place the parser makes it the sentence's head.
_RUBRIC = re.compile(r"^(?:Analysis|Opinion|Comment|Commentary|Explainer|Background|Context|Fact check|"
                     r"Editorial|Perspective|Viewpoint|Insight)\s*:\s+(?=[A-Z\"“‘'])")


def strip_rubric(text: str) -> str:
    """A sentence without the rubric that opens it ('Analysis: X says …' → 'X says …'), and a name's
    generational suffix without its commas ('President Joseph R. Biden, Jr. met …' → 'Biden Jr. met':
    set off by commas, the parser takes 'Jr.' for a second subject, and the meeting had no doer)."""
    return _SUFFIX.sub(r" \1.", _RUBRIC.sub("", text, count=1))


#: A generational suffix set off by commas after a name: ', Jr.', ', Sr.,'.
_SUFFIX = re.compile(r",\s+(Jr|Sr)\.,?(?=\s)")


#: An aside that names no actor: a clock time converted to another zone ("(07:00 am Moscow time)",
#: "(0400 GMT)") or a wire agency's tag ("(Reuters)", "(… - TASS)"). A city in it is a clock's
#: zone or the agency's home, never who acted or who said so.
_ASIDE = re.compile(
    r"\((?=[^()]{0,80}\)"
    r")(?:[^()]*\b(?:\d{1,2}[:.]?\d\d\s*(?:[AaPp]\.?[Mm]\.?)?|noon|midnight)\b[^()]*"
    r"\b(?:time|GMT|UTC)\b[^()]*|[^()]*\s[-–—]\s*[A-Z][\w-]*|"
    r"(?:Reuters|AFP|AP|EFE|TASS|Interfax|RIA Novosti|Xinhua|dpa|ANSA|Anadolu|UPI|PTI|ANI)\b[^()]{0,20})\)"
)


def mask_asides(text: str) -> str:
    """Blank time-zone conversions and agency tags in parentheses, keeping offsets."""
    return _ASIDE.sub(lambda m: " " * len(m.group(0)), text)


def strip_dateline(text: str) -> tuple[str, str]:
    """Split a wire dateline, or a live blog's entry stamp ('09:50 GMT'), off a sentence: (dateline,
    rest); the dateline is '' when there is none. The stamp is no part of the entry's first name."""
    stamp = _STAMP_OPENING.match(text)
    if stamp:
        return stamp.group(0).rstrip(" -–—:"), text[stamp.end() :]
    match = _DATELINE.match(text)
    if not match or len(match.group(0)) > 70:
        return "", text
    if not re.search(r"[(/]", match.group(0)) and not _known_place(match.group(0)):
        return "", text  # "NATO — the alliance …": capitals and a dash, but no place
    return match.group(0), text[match.end() :]


def _known_place(dateline: str) -> bool:
    """Whether a dateline with no agency names a state or a capital ('WASHINGTON —', 'KYIV, June 7 –')."""
    place = re.split(r"\s*[,—–]", dateline, maxsplit=1)[0].strip().title()
    return place in world.NAMES or place in world.CAPITALS


def why_unread(line: str) -> str:
    """Why a line without a sentence of its own is read for no act (what `--verbose` says)."""
    if ENTRY_STAMP.match(line) or DAY_HEADER.match(line):
        return "a live blog's entry stamp or day header: dates the entries after it"
    if strip_dateline(line)[0]:
        return "a wire dateline: dates the report"
    if is_published_note(line):
        return "a note on where the report was published ('The post … appeared first on …'): page furniture"
    return "a headline, a deck, a caption or a byline: not read for acts"
