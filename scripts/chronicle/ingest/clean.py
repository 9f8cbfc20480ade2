"""Drop web clutter from article text: what a scraped page adds around the report.

Pages saved or copied from a browser carry tracking pixels, share bars, comment forms,
follower counts, photo captions and lists of related links. Each would otherwise yield
false events (a related headline with its own date is the classic one), so lines that
are clutter are removed before sentences are split. Everything here is line-based and
works on plain text, whatever the input format was.
"""

from __future__ import annotations

import re

from .furniture import DAY_HEADER, ENTRY_STAMP

_TAG = re.compile(r"<[a-zA-Z/!][^>]*>")
_CLUTTER_LINE = re.compile(
    r"""^(?:
        share(?:\ this)?:?.* | like\ this:?.* | loading\.{0,3} | leave\ a\ reply.* | comment | comments
      | please\ enter\ your\ (?:comment|name|email).* | your\ (?:name|email(?:\ address)?)
      | print\ the\ page.* | back\ to\ the\ list.* | all\ news | read\ more.* | more\ stories
      | must\ read | related(?:\ news|\ articles|\ stories)?:? | recommended | featured\ stories
      | stay\ connected | follow\ us.* | subscribe.* | become\ (?:an?\ )?.*member.* | support\ independent.*
      | this\ article\ will\ be\ updated\.? | updated\ \d+\ \w+\ ago | \d+\ min(?:ute)?\ read
      | story\ code\ ?:.* | editor\ in\ chief.* | we\ use\ cookies.* | this\ site\ uses\ cookies.*
      | photo:.* | getty\ images | home\ ?[»|/].* | .*\ logo | author:.* | source:.* | copyright.*
      | reprinted\ on\ .* | —\ ?[\w\ .]+ | \d+\ \w+
    )$""",
    re.I | re.X,
)
_COUNTS = re.compile(r"^[\d.,]+\s*[KkMm]?\s*(?:Fans|Followers|Subscribers|Likes)\b", re.I)
_COUNT_ANYWHERE = re.compile(r"\b[\d.,]+[KkMm]?\s*(?:Fans|Followers|Subscribers)\b", re.I)
_EMBED = re.compile(r"pic\.twitter\.com/\S+|^—\s.*\(@\w+\)", re.I)
_CAPTION = re.compile(
    r"(?:\bEFE/|\bEPA\b|\bAFP\b.*\bphoto\b|/ Photo:|\bPhoto: |\(left\)|\(right\)|\(C\)|"
    r"\bHANDOUT\b|\bEDITORIAL USE ONLY\b|…$|\.\.\.$)"
)
_DATED_HEADLINE = re.compile(
    r"^(?:\d{1,2}\s+\w+(?:\s+\d{4})?|\w+\s+\d{1,2},\s+\d{4}|\d{1,2}\s+\w{3}\s+\d{4}(?:\s+\d{1,2}:\d{2})?)$"
)
_RELATED_HEADER = re.compile(
    r"^(?:related(?: news)?|more stories|featured stories|also in .*|recommended|"
    r"read also|see also|most read|must read)$",
    re.I,
)


def clean(text: str) -> str:
    """Return the article text without tags and clutter lines, paragraphs kept apart."""
    lines = [_TAG.sub("", line).strip() for line in text.replace("\r\n", "\n").split("\n")]
    kept: list[str] = []
    skipping = False
    for line in lines:
        if not line:
            kept.append("")
            continue
        if _RELATED_HEADER.match(line):
            skipping = True
            continue
        if skipping and _is_link_list_line(line):
            continue
        skipping = False
        if is_clutter(line):
            continue
        kept.append(line)
    return re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip()


def _is_link_list_line(line: str) -> bool:
    """Inside a related-links block: short headlines and their dates, no full sentences."""
    return len(line) < 140 and not re.search(r"[.!?][\"”’']?$", line) or bool(_DATED_HEADLINE.match(line))


def is_clutter(line: str) -> bool:
    """Return True for a line that belongs to the page, not to the report."""
    if ENTRY_STAMP.match(line) or DAY_HEADER.match(line):
        return False  # a live blog's entry stamp or day header dates the entries below it
    if _CLUTTER_LINE.match(line) or _COUNTS.match(line) or _EMBED.search(line):
        return True
    if len(_COUNT_ANYWHERE.findall(line)) >= 1 and len(line) < 120:
        return True
    if len(line) < 400 and _CAPTION.search(line):
        return True
    if re.match(r"^[A-Z][A-Z ,.\-–]+ – [A-Z]+ \d{1,2}:", line):  # "BELGRADE, SERBIA – SEPTEMBER 24: …"
        return True
    return bool(_DATED_HEADLINE.match(line)) or _is_short_fragment(line)


def _is_short_fragment(line: str) -> bool:
    """Menus and bylines: a few words, no verb-like ending, no sentence punctuation."""
    words = line.split()
    return len(words) <= 3 and not re.search(r"[.!?:\"”]$", line)
