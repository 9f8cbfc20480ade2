"""Quotations in a sentence: blanked out before reading what was done, keeping offsets."""

from __future__ import annotations

import re

from . import furniture

#: Straight single quotes only around words ("'I delivered my terms yesterday', he said"), never
#: an apostrophe inside a word ("Baku's"), and long enough not to be a scare-quoted term.
QUOTE = re.compile(r"“[^”]*”?|\"[^\"]*\"|‘[^’]{12,}’|(?<![\w'])'(?=[A-Z])[^'\n]{12,}?'(?![\w'])")


def mask_quotes(text: str) -> str:
    """Blank out quotations, keeping offsets: what is quoted was said, not done.

    A quotation woven into the sentence's own syntax (the Quai d'Orsay had "condemned with
    the utmost firmness…") is kept: it starts in lower case right after a word, and its first
    words are the reporter's verb. Time-zone conversions and agency tags in parentheses are
    blanked too: the city of a clock or of a wire service never names an actor.
    """
    masked = QUOTE.sub(lambda m: m.group(0) if _woven(text, m) else " " * len(m.group(0)), text)
    return furniture.mask_asides(masked)


def _woven(text: str, match: re.Match[str]) -> bool:
    inner = match.group(0)[1:2]
    after_word = re.search(r"[A-Za-z]\s$", text[max(0, match.start() - 2) : match.start()])
    return inner.islower() and bool(after_word)
