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
    r"(?:Faced with|Following|After|During|Amid|Despite|In response to|Echoing|As|At)\b[^,]{0,160},"
    r"(?:\s+(?!(?:the|a|an|he|she|it|they|we|its|his|her|their)\b)[a-z][^,]{0,80},)*\s+)"
)
#: A list item's or a live blog's bullet before the sentence ("- Russia urged restraint").
_MARKER = re.compile(r"^\s*[-–—•*]\s+")
#: "The remarks came shortly after X did Y": the news is X doing Y, not the remarks.
_FRAME = re.compile(
    r"^[^,]{0,60}?\b(?:comes?|came)\s+(?:(?:just|shortly|soon|hours|days|weeks|minutes|a day|a week)\s+)?"
    r"(?:as|after|before|amid|when)\s+"
)
#: A saying set off by commas inside the sentence: "The statement said, X …", "X, he said, can …".
_ASIDE = re.compile(
    r"^(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s[^,]{1,40}?\s(?:said|says|added|noted),\s+|"
    r"(?<=\w),\s+(?:he|she|they|it|the\s\w+)\s+(?:said|says|added|noted),(?=\s)"
)
#: A day written as a date, with what introduces it ("on May 17", "as of Tuesday, May 18").
_DATE = re.compile(
    r"\s+(?:on|as of)\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?"
    r"(?:\d{1,2}\s+" + furniture.MONTH + r"|" + furniture.MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?)"
    r"(?:,?\s+\d{4})?(?![\w-])"
)
_TIME = re.compile(
    r"(?:\s+(?:and|starting|since|until))?"
    r"\s+(?:(?:late|early|later|earlier)\s+)?(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
    r"Sunday)(?:\s+(?:night|morning|afternoon|evening))?\b|(?:\s+(?:and|starting|since|until))?"
    r"\s+(?:shortly (?:before|after) midnight|(?:earlier |later )?today|yesterday|last night|overnight|"
    r"this (?:week|morning|afternoon|evening)|tonight|(?:later|earlier) in the day|"
    r"(?:early|late) in the (?:morning|day|afternoon|evening|night)|the (?:following|next|previous) day|"
    r"(?:in|over) (?:the )?(?:previous|recent|past) (?:few )?(?:days|weeks))\b",
)
_ATTRIBUTION = re.compile(
    r",\s+(?:[^,]{2,80}?(?:,[^,]{2,90},)?\s+)?(?:has\s+|had\s+)?"
    r"(?:said|says|told [^,]{1,40}|reported|added|stated|wrote|tweeted)"
    r"(?:\s+[^,]{0,60})?(?:,\s+\w+ing\b.*)?\.?$|,\s+according to [^,]{2,80}\.?$",
)
_TAIL = re.compile(r"(?:,\s+|\s+)(?:which|who|whom|whose|where|in what was|with whom)\b.*$|;.*$|\s+\(.*$")
_HEDGE = re.compile(
    r"\s+(?:reportedly|also|again|too|allegedly|formally|already)\b|"
    r",\s+(?:meanwhile|in turn|for (?:his|her|its|their) part),(?=\s)"
)
#: Irregular past forms → the verb's base (its headline present is made from the base).
_IRREGULAR = {
    "met": "meet", "spoke": "speak", "held": "hold", "told": "tell", "said": "say", "wrote": "write",
    "sent": "send", "took": "take", "fled": "flee", "withdrew": "withdraw", "began": "begin",
    "shot": "shoot", "struck": "strike", "led": "lead", "gave": "give", "made": "make",
    "went": "go", "came": "come", "brought": "bring", "fought": "fight", "won": "win", "threw": "throw",
    "left": "leave", "rose": "rise", "fell": "fall", "broke": "break", "chose": "choose", "kept": "keep",
    "lost": "lose", "sought": "seek", "saw": "see", "became": "become", "built": "build", "caught": "catch",
    "found": "find", "paid": "pay", "ran": "run", "sold": "sell", "stood": "stand", "swore": "swear",
    "drew": "draw", "knew": "know", "flew": "fly", "grew": "grow", "laid": "lay", "meant": "mean",
    "put": "put", "hit": "hit", "set": "set", "cut": "cut",
    # regular, but not rebuilt right from their -ed form
    "expelled": "expel", "telephoned": "telephone", "phoned": "phone", "voiced": "voice", "sided": "side",
}
#: Past participles after 'has'/'have' ("has risen" → "rises"); the forms equal to the past are added.
_PARTICIPLES = {
    "taken": "take", "given": "give", "risen": "rise", "begun": "begin", "shown": "show", "written": "write",
    "spoken": "speak", "gone": "go", "seen": "see", "fallen": "fall", "broken": "break", "chosen": "choose",
    "thrown": "throw", "drawn": "draw", "known": "know", "sworn": "swear", "driven": "drive", "grown": "grow",
    "flown": "fly", "withdrawn": "withdraw", "come": "come", "become": "become", "run": "run",
}
_PARTICIPLES.update({past: base for past, base in _IRREGULAR.items() if base not in _PARTICIPLES.values()})
_MAX = 110
_SUBJECT_WORDS = {"the", "of", "and", "acting", "de", "al", "as", "well", "its", "his", "her"}
_TITLE = re.compile(
    r"(?:^|(?<=\sand\s))(?:(?:[A-Z][\w.’'-]*|acting|the)\s+){0,4}"
    r"(?:President|Prime Minister|Premier|Minister|Secretary|[Ss]pokes(?:man|woman|person)|Chief|General|"
    r"Commissioner|Ambassador|Ombudsman|commander)"
    r"(?:\s+of\s+[A-Z][\w.’'-]*)?\s+(?=[A-Z][^\W\d_]+\s+[A-Z])"
)


#: "He noted that, as agreed, …": the saying before reported content (the act is the news).
_SAYING = re.compile(
    r"^[^,;]{0,80}?\b(?:said|says|noted|added|stated|reported|reports|told [^,]{1,40}?)\s+(?:that\b,?\s*)?"
    r"(?:(?:in line with|as|under|according to)\b[^,]{0,60},\s*)?"
)


def headline(sentence: str, reported: bool = False, present: bool = True, subject: str = "") -> str:
    """Make a headline-style one-line title from the event's sentence; of a `reported` act, from the
    content of the saying (the one who said it is in the event's claims). `present=False` keeps
    the report's own tense (for a summary). A pronoun subject ('They breached …') becomes
    `subject`, the actor's name, when it is given."""
    text = re.sub(r"[“”\"]", "", bare(sentence)).rstrip(". ")
    if reported:
        text = _SAYING.sub("", text)
    for _ in range(2):
        text = _LEAD.sub("", text)
    text = _fronted_fragment(text)
    if reported:  # "On Friday, the press service reported that X…": the saying after the fronted phrase
        text = _SAYING.sub("", text)
    text = _FRAME.sub("", text)
    text = _ASIDE.sub("", text)
    text = _ATTRIBUTION.sub("", text)
    text = _DATE.sub("", text)
    text = _TIME.sub("", text)
    text = _HEDGE.sub("", text)
    text = _TAIL.sub("", text)
    # "Samvel Shahramanyan, the President of X, signs" → "Samvel Shahramanyan signs"
    text = _APPOSITIVE.sub(lambda m: (m.group(1) or m.group(2)) + " ", text)
    text = _INSERT.sub(" ", text)  # ", a mainly Armenian-populated region controlled by Azerbaijan,"
    text = _NAME_AFTER_AND.sub(r" \1", text)
    text = _TITLE.sub("", text)  # "French President Emmanuel Macron" → "Emmanuel Macron"
    pronoun = _PRONOUN.match(text)
    if subject and pronoun and _SAYING.match(text):  # "He noted that X did Y": the news is X doing Y
        text = _SAYING.sub("", text)
        text = text[:1].upper() + text[1:]
    elif subject and pronoun and verb_index(f"X {text[pronoun.end():]}") == 1:
        text = f"{subject} {text[pronoun.end():]}"
    text = _present(text) if present else text
    text = " ".join(text.split()).strip(" ,;:")
    text = text[:1].upper() + text[1:]
    return shorten(text) if present else text


def _fronted_fragment(text: str) -> str:
    """'home to most of Kosovo's Serbs …, police patrols were searching …': a fronted phrase with no
    verb (what is left of 'In the north, home to …,') is not the headline; the clause after it is."""
    if not text[:1].islower():
        return text
    parts = text.split(", ")
    for number in range(1, len(parts)):
        if _FINITE.search(", ".join(parts[:number])):
            break  # the opening has a verb of its own: it is the clause
        if _FINITE.search(parts[number]):
            return ", ".join(parts[number:])
    return text


_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|did|does)\b|\b[a-z]{3,}ed\b")


def without_time(text: str) -> str:
    """A phrase without its time words ('Azerbaijan's takeover last week' → 'Azerbaijan's takeover'):
    the date is its own field."""
    text = _DATE.sub("", text)
    text = _TIME.sub("", text)
    return re.sub(r"\s+(?:last|this|next)\s+(?:week|month|year)\b", "", text).strip(" ,")


def bare(sentence: str) -> str:
    """The sentence without a wire dateline ('MOSCOW (AP) — ') or a list bullet ('- '): the report's
    own words about the event, as a title, summary or quote uses them."""
    return _MARKER.sub("", furniture.strip_dateline(sentence.strip())[1])


#: A pronoun as the clause's subject, before its verb.
_PRONOUN = re.compile(r"^(?:he|she|they|it)\s+", re.I)
#: A name's appositive ("X, the acting Minister of Defence of Armenia, spoke"; "The district
#: commander, General Alexander Dvornikov, visited"): the name alone is the headline's subject.
_INSERT = re.compile(
    r"(?<=\sand)\s+(?:his|her|its|their)\s+[^,]{2,40},(?=\s+[A-Z][^,]{2,40},)|"
    r",\s+(?:a|an|the|two|three|four|five|several|both)\s+[^,]{2,90},\s+(?=[a-z])|"
    r",\s+[^,]{2,60}(?:,\s+[^,]{2,60})*?\s+(?:among them|included),\s+(?=[a-z])"
)
#: What is left of "X and his counterpart, Armen Grigorian, discussed": the name without its comma.
_NAME_AFTER_AND = re.compile(r"(?<=\sand)\s+((?:[A-Z][\w.’'-]*\s+){1,3}[A-Z][\w.’'-]*),(?=\s+[a-z])")
_APPOSITIVE = re.compile(
    r"^((?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*),\s+(?:the|a|an|his|her|its|their)\s[^,]{2,90},\s+(?=[a-z])|"
    r"^(?:The|A|An)\s+[a-z][^,]{2,40},\s+((?:[A-Z][\w.’'-]*\s+){1,3}[A-Z][\w.’'-]*),\s+(?=[a-z])"
)
#: Where a long title may end: before a trailing participle clause, a subordinate clause, an
#: appositive, or (last) a prepositional phrase, so that it never stops mid-phrase.
_CLAUSE_ENDS = (
    re.compile(r",\s+(?:\w+ing|in compliance|in line|including|among them)\b"),
    re.compile(r"(?:,\s+|\s+)(?:while|when|whereas|because|though|although|but|so that|as well as)\b|"
               r"\s+and\s+(?=\w+ed\b|that\b)"),
    re.compile(r",\s+(?:the|a|an|two|three|four|five|several|both)\s"),
    re.compile(r",\s+(?!\w+(?:\s+\w+)?\s+(?:and|or)\s)"),  # not inside a list ('mortars, tanks and …')
    re.compile(r"\s+(?:in|on|at|during|with|near|along|over|against|because of|since|into|between|after|amid|"
               r"following|from|for|under|across|without|within)\s"),
    re.compile(r"\s+(?:of|that|to|by)\s"),
)
#: A cut that leaves these at the end leaves a phrase open ('after speaking', 'to', 'and cautioned').
_OPEN_END = re.compile(
    r"(?:\b(?:after|before|while|by|when|without|of|for|and|or)\s+\w+(?:ing|ed)|"
    r"\b(?:and|or|of|the|a|an|to|that|its|his|her|their|close|next|due|according))$",
    re.I,
)


def shorten(text: str, limit: int = _MAX, quoted: bool = False) -> str:
    """Keep a title within `limit` characters by ending it where a phrase ends (the kinds of end in
    `_CLAUSE_ENDS`, in order), never after its verb's first words nor leaving a phrase open; only a
    title with no such place in reach is cut at a word with '…'. Quoted words are not cut
    mid-sentence: they may run longer, and end where one of their sentences ends."""
    if quoted:
        limit += 40
        if len(text) <= limit:
            return text
        ends = [m.end() for m in re.finditer(r"[.!?](?=\s)", text[:limit]) if m.end() >= 40]
        return text[: ends[-1]].rstrip(".") if ends else text[:limit].rsplit(" ", 1)[0].rstrip(",;: ") + " …"
    if len(text) <= limit:
        return text
    verb = verb_index(text)
    words = text.split(" ")
    floor = max(min(40, limit // 2), len(" ".join(words[: verb + 2])) if verb is not None else 0)
    for pattern in _CLAUSE_ENDS if verb is not None else _CLAUSE_ENDS[:-1]:
        for end in reversed([m.start() for m in pattern.finditer(text) if floor <= m.start() <= limit]):
            cut = text[:end].rstrip(" ,;:")
            if not _OPEN_END.search(cut):
                return cut
    return text[:limit].rsplit(" ", 1)[0].rstrip(",;: ") + " …"


_AUXILIARIES = {
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "must", "may", "might",
    "should", "did", "does", "do", "didn’t", "didn't", "doesn’t", "doesn't", "won’t", "won't",
}
_MEANS = re.compile(r"(?:tele)?phone|video|letter|e-?mail")  # "spoke by phone": 'by' tells how, not who
_DETERMINERS = {"the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "these", "those"}


def verb_index(text: str) -> int | None:
    """Where the subject's verb is in a title (a word index), None when it cannot be told. A past
    participle after a determiner ('the armed forces') or before 'by' ('people killed by') is not it."""
    words = text.split(" ")
    for number, word in enumerate(words[:14]):
        lower = word.lower()
        if word[:1].isupper() or lower in _SUBJECT_WORDS or number == 0:
            continue
        following = words[number + 1 : number + 3]
        if lower in ("has", "have", "had") and _perfect(following):
            return number
        before = words[number - 1].lower()
        adjective = before in _DETERMINERS or before.endswith(("’s", "'s")) or (
            lower.endswith("ed") and following[:1] == ["by"] and not _MEANS.match(following[-1])
        ) or (  # "Azerbaijani armed forces noted": the verb is the next but one
            lower.endswith("ed") and len(following) == 2 and following[0].islower()
            and following[0] not in _DETERMINERS and _participle(following[1])
        )
        if (lower in _IRREGULAR or lower.endswith("ed") or lower in _PRESENT_FORMS) and not adjective:
            return number
        if number > 8 or lower in _AUXILIARIES:
            return None
    return None


def _perfect(following: list[str]) -> bool:
    """'has' + participle ('has agreed'), or 'has been' + -ing ('have been pounding')."""
    if following and _participle(following[0]):
        return True
    return len(following) == 2 and following[0].lower() == "been" and following[1].lower().endswith("ing")


def _participle(word: str) -> bool:
    return word.lower().endswith("ed") or word.lower() in _PARTICIPLES


#: Plural heads that do not end in -s; and heads in -s that are plural even in a name ('Armed Forces').
_PLURAL_HEADS = {"servicemen", "men", "people", "police", "personnel", "militia", "children", "women",
                 "forces", "troops", "guards", "authorities", "officials", "peacekeepers", "services"}
_FIRST_PERSON = re.compile(r"^(?:I|We|we)\b|[‘'](?:I|We)\b")


def _plural(subject: str) -> bool:
    """A coordinated subject or a plural common noun as its head ('Azerbaijani servicemen',
    'military officials', 'Armed Forces of Azerbaijan'); a proper name ending in -s ('the United
    States') is singular."""
    pieces = [p.strip() for p in subject.split(",") if p.strip()]
    subject = pieces[-1] if pieces else ""  # "…, Baku denounced": the subject follows the comma
    if re.search(r"\b(?:and|as well as)\b|^They$", subject, re.I):
        return True
    if len(pieces) > 1 and re.search(r"\band\b", pieces[-2]) and re.fullmatch(r"(?:[A-Z][\w.’'-]*\s*)+",
                                                                             subject):
        return True  # "X and his counterpart, Armen Grigorian, discuss": the name is an appositive
    head = re.sub(r"\s+of\s+.*$", "", subject).split(" ")[-1] if " of " in subject else subject.split(" ")[-1]
    lower = head.lower()
    if lower in _PLURAL_HEADS:
        return True
    if head[:1].isupper():
        return False
    return bool(re.search(r"[^su]s$", lower))


def _present(text: str) -> str:
    """Put the subject's verb in the headline present ('demanded' → 'demands', 'met' → 'meet',
    'have agreed' → 'agree', 'has accused' → 'accuses', 'have been pounding' → 'pound'), and a
    verb coordinated with it ('sided with X and called on Y' → 'sides … and calls …'). Words in the
    first person are quoted words, and stay as they are."""
    words = text.split(" ")
    number = verb_index(text)
    if number is None or _FIRST_PERSON.search(" ".join(words[:number])):
        return text
    plural = _plural(" ".join(words[:number]))
    if words[number].lower() in ("has", "have", "had"):
        del words[number]  # the headline present stands for the present perfect
        if words[number].lower() == "been":
            del words[number]
            words[number] = _base(words[number][:-3] + "ed")  # "pounding" → "pound"
            words[number] = words[number] if plural else _third_person(words[number])
            return " ".join(words)
        words[number] = _PARTICIPLES.get(words[number].lower(), words[number])
        if words[number].lower() in _PARTICIPLES.values():
            words[number] = words[number] if plural else _third_person(words[number])
            return " ".join(words)
    words[number] = _conjugated(words[number], plural)
    for later in range(number + 1, min(len(words) - 1, number + 12)):
        lower = words[later].lower()
        if lower in _CLAUSE_WORDS or "," in words[later]:
            break
        if lower == "and" and (words[later + 1] in _IRREGULAR or re.fullmatch(r"[a-z]+ed", words[later + 1])):
            words[later + 1] = _conjugated(words[later + 1], plural)
            break
    return " ".join(words)


#: Words that start another clause: a verb after them is not coordinated with the subject's.
_CLAUSE_WORDS = {"was", "were", "is", "are", "had", "has", "have", "that", "who", "which", "when", "after"}


def _conjugated(word: str, plural: bool) -> str:
    """A past form ('demanded', 'met') or a present one in the headline present of its subject."""
    lower = word.lower()
    if lower in _IRREGULAR:
        base = _IRREGULAR[lower]
        return base if plural else _third_person(base)
    if lower.endswith("ed") and len(lower) > 4:
        base = _base(lower)
        return base if plural else _third_person(base)
    if plural and lower in _PRESENT_FORMS and lower.endswith("s") and lower[:-1] in _PRESENT_FORMS:
        return lower[:-1]  # "servicemen withdraws" → "withdraw"
    return word


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


#: Verbs already in the headline present ("withdraw", "urges"): where the subject ends.
_PRESENT_FORMS = {_third_person(base) for base in _IRREGULAR.values()} | set(_IRREGULAR.values()) | {
    "reports", "says", "urges", "warns", "announces", "calls", "demands", "accuses", "condemns", "denies",
    "backs", "supports",
} | {
    verb + ending
    for verb in ("discuss", "agree", "urge", "warn", "condemn", "accuse", "announce", "reject", "express",
                 "vow", "welcome", "reaffirm", "reiterate", "confirm", "criticise", "criticize", "insist",
                 "threaten", "declare", "blame", "denounce", "deny")
    for ending in ("", "s", "es")
} - {"put", "hit", "set", "cut", "puts", "hits", "sets", "cuts"}
