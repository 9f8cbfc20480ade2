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
    r"(?:A few|Several|Two|Three|Some) (?:hours|days|minutes) (?:earlier|later),\s+|"
    r"[Ii]n (?:a|its|his|her|their) (?:statement|post|readout),\s+|"
    r"At the same time,\s+|In turn,\s+|For (?:its|his|her|their) part,\s+|According to [^,]{3,80},\s+|"
    r"(?:Faced with|Following|After|During|Amid|Despite|In response to|Echoing)\b[^,]{0,160},\s+)"
)
_TIME = re.compile(
    r"\s+(?:(?:late|early|later|earlier)\s+)?(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday)(?:\s+(?:night|morning|afternoon|evening))?\b|\s+(?:shortly (?:before|after) midnight|"
    r"(?:earlier |later )?today|yesterday|last night|overnight|this week|later in the day)\b",
)
_ATTRIBUTION = re.compile(
    r",\s+(?:[^,]{2,80}?(?:,[^,]{2,90},)?\s+)?(?:has\s+|had\s+)?"
    r"(?:said|says|told [^,]{1,40}|reported|added|stated|wrote|tweeted)"
    r"(?:\s+[^,]{0,60})?\.?$|,\s+according to [^,]{2,80}\.?$",
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


def headline(sentence: str, reported: bool = False, present: bool = True) -> str:
    """Make a headline-style one-line title from the event's sentence; of a `reported` act, from the
    content of the saying (the one who said it is in the event's claims). `present=False` keeps
    the report's own tense (for a summary)."""
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
    text = _present(text) if present else text
    text = " ".join(text.split()).strip(" ,;:")
    if len(text) > _MAX and present:
        text = text[:_MAX].rsplit(" ", 1)[0].rstrip(",;: ") + " …"
    return text[:1].upper() + text[1:]


def verb_index(text: str) -> int | None:
    """Where the subject's verb is in a title (a word index), None when it cannot be told."""
    words = text.split(" ")
    for number, word in enumerate(words[:14]):
        lower = word.lower()
        if word[:1].isupper() or lower in _SUBJECT_WORDS or number == 0:
            continue
        if lower in ("has", "have", "had") and number + 1 < len(words) and _participle(words[number + 1]):
            return number
        if lower in _IRREGULAR or lower.endswith("ed") or lower in _PRESENT_FORMS:
            return number
        if number > 8 or lower in ("is", "are", "was", "were", "has", "have", "had", "will"):
            return None
    return None


def _participle(word: str) -> bool:
    return word.lower().endswith("ed") or word.lower() in _IRREGULAR


#: Verbs already in the headline present ("withdraw", "urges"): where the subject ends.
_PRESENT_FORMS = {value for value in _IRREGULAR.values()} | {v[:-1] for v in _IRREGULAR.values()} | {
    "reports", "says", "urges", "warns", "announces", "calls", "demands", "accuses", "condemns", "denies",
}
#: Plural heads that do not end in -s.
_PLURAL_HEADS = {"servicemen", "men", "people", "police", "personnel", "militia", "children", "women"}


def _plural(subject: str) -> bool:
    """A coordinated subject or a plural common noun as its head ('Azerbaijani servicemen',
    'military officials'); a proper name ending in -s ('the United States') is singular."""
    subject = subject.split(",")[-1].strip()  # "…, Baku denounced": the subject follows the comma
    if re.search(r"\b(?:and|as well as)\b|^They$", subject):
        return True
    head = re.sub(r"\s+of\s+.*$", "", subject).split(" ")[-1] if " of " in subject else subject.split(" ")[-1]
    if head[:1].isupper():
        return False
    lower = head.lower()
    return lower in _PLURAL_HEADS or bool(re.search(r"[^su]s$", lower))


def _present(text: str) -> str:
    """Put the subject's verb in the headline present ('demanded' → 'demands', 'met' → 'meet',
    'have agreed' → 'agree', 'has accused' → 'accuses')."""
    words = text.split(" ")
    number = verb_index(text)
    if number is None:
        return text
    plural = _plural(" ".join(words[:number]))
    if words[number].lower() in ("has", "have", "had"):
        del words[number]  # the headline present stands for the present perfect
    lower = words[number].lower()
    if lower in _IRREGULAR:
        words[number] = _IRREGULAR[lower][:-1] if plural else _IRREGULAR[lower]
    elif lower.endswith("ed") and len(lower) > 4:
        base = _base(lower)
        words[number] = base if plural else _third_person(base)
    elif plural and lower in _PRESENT_FORMS and lower.endswith("s") and lower[:-1] in _PRESENT_FORMS:
        words[number] = lower[:-1]  # "servicemen withdraws" → "withdraw"
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
