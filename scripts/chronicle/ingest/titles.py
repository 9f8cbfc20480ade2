"""A draft's one-line title: the event's clause in headline style, not the whole sentence.

A reviewer wants "Macron demands that Azerbaijan immediately withdraw its troops from
Armenia's border areas", not "French President Emmanuel Macron demanded on Thursday night
that … which he said were occupied by them." So the title is the sentence with what a
headline leaves out removed: the lead phrase and the fronted adjunct, the time expressions
(the date is its own field), the attribution ("…, the ministry said"), hedges
("reportedly"), relative clauses after the event; the verb goes into the headline present.
"""

from __future__ import annotations

import re

from . import furniture

_LEAD = re.compile(
    r"^(?:(?:On|In|Late on|Early on|Earlier on|Later on|Earlier|Later)\s+[\w ,.]+?,\s+|Meanwhile,?\s+|"
    r"(?:Now|Currently|At present),?\s+|"
    r"At the same time,\s+|In turn,\s+|For (?:its|his|her|their) part,\s+|According to [^,]{3,80},\s+|"
    r"(?:Faced with|Following|After|During|Amid|Despite|In response to|Echoing)\b[^,]{0,160},\s+)"
)
_TIME = re.compile(
    r"\s+(?:(?:late|early|later|earlier)\s+)?(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday)(?:\s+(?:night|morning|afternoon|evening))?\b|\s+(?:shortly (?:before|after) midnight|"
    r"(?:earlier |later )?today|yesterday|last night|overnight|this week|later in the day)\b",
)
_ATTRIBUTION = re.compile(
    r",\s+(?:[^,]{2,80}?\s+)?(?:said|says|told [^,]{1,40}|reported|added|stated|wrote|tweeted)"
    r"(?:\s+[^,]{0,40})?\.?$|,\s+according to [^,]{2,80}\.?$",
)
_TAIL = re.compile(r"(?:,\s+|\s+)(?:which|who|whom|whose|where|in what was|with whom)\b.*$|;.*$|\s+\(.*$")
_HEDGE = re.compile(r"\s+(?:reportedly|also|again|too|allegedly|formally)\b")
_IRREGULAR = {
    "met": "meets", "spoke": "speaks", "held": "holds", "told": "tells", "said": "says", "wrote": "writes",
    "sent": "sends", "took": "takes", "fled": "flees", "withdrew": "withdraws", "began": "begins",
    "shot": "shoots", "struck": "strikes", "led": "leads", "gave": "gives", "made": "makes",
    "expelled": "expels", "telephoned": "telephones", "phoned": "phones", "voiced": "voices",
    "sided": "sides", "went": "goes", "came": "comes", "brought": "brings", "fought": "fights", "won": "wins",
}
_MAX = 110
_SUBJECT_WORDS = {"the", "of", "and", "acting", "de", "al", "as", "well", "its", "his", "her"}
_TITLE = re.compile(
    r"^(?:(?:[A-Z][\w.’'-]*|acting|the)\s+){0,4}(?:President|Prime Minister|Premier|Minister|Secretary|"
    r"[Ss]pokes(?:man|woman|person)|Chief|General|Commissioner|Ambassador|Ombudsman|commander)\s+"
    r"(?=[A-Z][a-z]+\s+[A-Z])"
)


#: "He noted that, as agreed, …": the saying before reported content (the act is the news).
_SAYING = re.compile(
    r"^[^,;]{0,80}?\b(?:said|says|noted|added|stated|reported|told [^,]{1,40}?)\s+(?:that\b,?\s*)?"
    r"(?:(?:in line with|as|under|according to)\b[^,]{0,60},\s*)?"
)


def headline(sentence: str, reported: bool = False) -> str:
    """Make a headline-style one-line title from the event's sentence; of a `reported` act, from the
    content of the saying (the one who said it is in the event's claims)."""
    text = re.sub(r"[“”\"]", "", furniture.strip_dateline(sentence.strip())[1]).rstrip(". ")
    if reported:
        text = _SAYING.sub("", text)
    for _ in range(2):
        text = _LEAD.sub("", text)
    text = _ATTRIBUTION.sub("", text)
    text = _TIME.sub("", text)
    text = _HEDGE.sub("", text)
    text = _TAIL.sub("", text)
    text = _TITLE.sub("", text)  # "French President Emmanuel Macron" → "Emmanuel Macron"
    text = _present(text)
    text = " ".join(text.split()).strip(" ,;:")
    if len(text) > _MAX:
        text = text[:_MAX].rsplit(" ", 1)[0].rstrip(",;: ") + " …"
    return text[:1].upper() + text[1:]


def _present(text: str) -> str:
    """Put the subject's verb in the headline present ('demanded' → 'demands', 'met' → 'meet')."""
    words = text.split(" ")
    for number, word in enumerate(words[:14]):
        lower = word.lower()
        if word[:1].isupper() or lower in _SUBJECT_WORDS or number == 0:
            continue
        if lower not in _IRREGULAR and not lower.endswith("ed"):
            if number > 8 or lower in ("is", "are", "was", "were", "has", "have", "had", "will"):
                break
            continue  # a lower-case word of the subject ("military officials")
        subject = " ".join(words[:number])
        plural = bool(re.search(r"\b(?:and|as well as)\b|^They$", subject)) or bool(
            re.search(r"(?:officials|forces|troops|officers|senators|ministers|soldiers)$", subject)
        )
        if lower in _IRREGULAR:
            words[number] = _IRREGULAR[lower][:-1] if plural else _IRREGULAR[lower]
        elif lower.endswith("ed") and len(lower) > 4:
            base = _base(lower)
            words[number] = base if plural else _third_person(base)
        break
    return " ".join(words)


def _base(word: str) -> str:
    stem = word[:-2]
    if word.endswith("ied"):
        return word[:-3] + "y"
    if word.endswith("eed"):
        return word[:-1]
    if re.search(r"([bdgkmnprt])\1$", stem) and not stem.endswith(("ll", "ss")):
        return stem[:-1]
    if re.fullmatch(r"[^aeiou][aeiou][^aeiouwxy]", stem):  # one syllable: "cited" → "cite", "noted"
        return stem + "e"
    if re.search(r"(?:[cgvzu]|[^aeiou][aeiou]s|[^aeiou][aeiou][^aeiouwxy])$", stem) and not re.search(
        r"(?:en|on|er|it|et|ow|ss|sh|ch)$", stem
    ):
        return stem + "e"
    return stem


def _third_person(base: str) -> str:
    if re.search(r"(?:s|sh|ch|x|z)$", base):
        return base + "es"
    if re.search(r"[^aeiou]y$", base):
        return base[:-1] + "ies"
    return base + "s"
