"""Verb cues → event types of the controlled vocabulary, and the words that cancel a cue.

Kept apart from extraction so that the vocabulary of cues can be read and extended by
someone who does not want to read the extraction logic. Each cue is a regular expression
over a sentence whose quotations have been blanked out (quoted words are evidence of
what was said, not of what was done). Action types come first: when a sentence holds
both "said" and "shelled", the shelling is the event.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Cue:
    """A cue found in a sentence: the type it signals and where the verb is."""

    type: str
    start: int
    end: int
    words: str

    @property
    def is_speech(self) -> bool:
        """Generic speech ("said", "told") says that something was said, not what."""
        return self.type == "statement"


_W = r"(?:\w+\s+){0,3}"  # up to three words in between ("agreed on Friday to")
_WQ = r"(?:[\w\"“‘'-]+\s+){0,3}[\"“‘']?"  # the same, quoted: launched an "anti-terror operation"
#: "signed a decree", "signed the law": one side's act (an announcement), not an agreement.
_DECREE = r"\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:decree|order|law|bill|resolution)\b"
_CUES: list[tuple[str, str]] = [
    (
        "denial",
        r"\b(?:denied|denies|deny|denying|rejected|rejects|dismissed|insisted|insists)\b|"
        r"\b(?:did not|didn't|never|had not|has not)\s+(?:cross|enter|invade|attack|shell|violate)\w*",
    ),
    (
        "condemnation",
        r"\b(?:condemn(?:ed|s|ing)?|condemnation|denounc(?:ed|es|ing))\b|"
        # calling something a name: "called the vote “a farce”", "called the ruling a provocation"
        r"\bcall(?:ed|s)\s+(?:the|this|that|these|those|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+"
        r"(?:[“\"‘']|an?\s+(?!day\b|week\b|time\b))",
    ),
    (
        "accusation",
        rf"\b(?:accus(?:ed|es|ing)|blam(?:ed|es)|charg(?:ed|es|ing)\s+{_W}with|held\s+(?:[\w’'-]+\s+){{0,6}}?responsible|"
        r"called\s+\w+\s+(?:an?\s+)?(?:attempt|provocation)|ethnic(?:ally)? cleans\w+|politicize|"
        r"\bcall(?:ed|s)\s+(?-i:[A-Z][\w’'-]+)\s+an?\s+|"  # "called Azerbaijan an aggressor"
        r"\b(?:cit(?:ed|es|ing)|described\s+as)\s+(?:\w+\s+){0,3}?allegations)",
    ),
    (
        "phone-call",
        r"\b(?:phone (?:call|conversation|talk)s?|by (?:tele)?phone|telephoned|phoned|spoke by telephone)\b|"
        r"\bspoke\s+(?:\w+\s+){0,2}?with\b(?=[^.;]*\bphone\b)|"  # "spoke with X in … phone conversation"
        r"\bcalled\s+(?-i:(?=(?:[A-Z][\w’'-]+\s?){1,3}"
        r"(?:\s+(?:on|to|following|after|late|early|yesterday|today)\b|[,.])))",  # a name, in any case
    ),
    (
        "meeting",
        r"\b(?:met\s+(?:with|on|in|(?-i:(?=[A-Z]))|(?:his|her|their)\s+\w+\s+counterparts?)|meets with|"
        r"meeting with|visited|held a meeting)\b",
    ),
    ("negotiation", r"\b(?:held (?:fresh )?talks|negotiations? (?:were|was) held|talks were held)\b"),
    (
        "agreement",
        rf"\b(?:agreed|agree on|signed(?!{_DECREE})|settled on|reached\s+{_W}agreement|accepted the proposal|"
        r"capitulat(?:ed|es)|surrender(?:ed|s)|laid down (?:their |its )?(?:arms|weapons)|"
        r"ceasefire agreement takes effect)\b",
    ),
    (
        "sanction",
        r"\b(?:expel(?:led|s|ling)?|threw out|summoned|called in|"
        r"recalled (?:its|the) (?:ambassador|envoy))\b",
    ),
    (
        "aid",
        r"\b(?:announced the (?:rapid )?dispatch|dispatched|airlifted|sent aid)\b",
    ),
    (
        "incursion",
        rf"\b(?:crossed\s+(?:into|the\s+border)|advanced\s+{_W}into|invaded|invading|breached|"
        r"entered the territory|pushed\s+[\w.\s]{0,25}into|infiltration|took up (?:new )?positions|"
        r"carried out further border violations)",
    ),
    # "Armenia has answered in kind": the same kind of act as the one just reported
    ("in-kind", r"\b(?:answered|responded|replied|reacted|retaliated)\s+in\s+kind\b"),
    (
        "attack",
        rf"\b(?:returned fire|retaliated|attack(?:ed|s)?|shell(?:ed|ing)|opened\s+{_W}fire|fire on|fired on|"
        r"pounding|"
        rf"launched\s+{_WQ}(?:offensive|assault|operation)|began\s+{_WQ}(?:measures|shelling|offensive)|"
        r"went on the offensive|flew a drone|ambush(?:ed)?|shot at|bombard\w*|heavy\s+\w+\s+fire|"
        r"(?:shooting|firing)\s+(?:at|on))\b",  # "began with Tajik forces shooting at Kyrgyz guards"
    ),
    (
        "military-movement",
        r"\b(?:went back to their (?:starting )?positions|pulled back|withdrew|"
        r"patrols? (?:were|was) searching|deployed soldiers|mobili[sz]ed)\b",
    ),
    (
        "casualties",
        r"\b(?:killed|dead|died|death toll|wounded|injured|hospitali[sz]ed|taken to hospital|"
        r"bodies|missing)\b",
    ),
    (
        "displacement",
        r"\b(?:fled|fleeing|evacuated|exodus|refugees)\b",
    ),
    (
        "demand",
        rf"\b(?:demand(?:ed|s|ing)?|must withdraw|"
        r"(?:delivered|presented|set out|issued)\s+(?:my|our|his|her|its|their|an?)\s+(?:terms|ultimatum)|"
        rf"expects?\s+{_W}to (?:honou?r|withdraw|fulfil|pull back)|"
        r"told\s+\w+\s+to\s+(?:withdraw|respect)|call(?:ed|s)? on\s+{_W}to (?:withdraw|cease|halt|stop))\b",
    ),
    (
        "appeal",
        r"\b(?:urg(?:ed|es|ing)|call(?:ed|s|ing) on|call(?:ed|s|ing) for|appeal(?:ed|s)|"
        rf"asked\s+{_W}to|asking|"
        r"request(?:ed|s)?|resolved to (?:request|ask)|"
        # a letter that asks: "has written to the UN chief to request help", "wrote to X asking …"
        r"(?:wrote|written|writes)\s+to\s+(?:[\w’'-]+\s+){1,6}?(?:to\s+(?:\w+ly\s+)?(?:request|ask|seek)|"
        r"asking|requesting|seeking))\b",
    ),
    ("threat", r"\bthreaten(?:ed|s)\b"),
    (
        "support",
        r"\b(?:supports|backed|backs|sided with|stands in solidarity|support for|solidarity with)\b",
    ),
    (
        "announcement",
        # "declared a ceasefire" announces; "declared that Karabakh is …" is a statement of a view
        r"\b(?:announced|announces|(?:declared|declares)(?!\s+that\b)|decree|"
        rf"(?:signed|issued){_DECREE}|"  # a decree or a law is one side's act, not an agreement
        r"decided to|put out the statement|"
        # a day of mourning is decreed and observed by the state: a unilateral public act
        r"(?:observed|observes|declared|declares|held|holds|marked|marks)\s+(?:a\s+|an?\s+official\s+)?"
        r"(?:national\s+)?(?:day|days|minute)\s+of\s+(?:mourning|silence))\b",
    ),
    (
        "statement",
        r"\b(?:said|says|told|tells|stated|wrote|writes|tweeted|noted|stressed|warned|reported|"
        r"reports|expressed|reiterated|commented|assured|briefed|discussed|informed|claimed|"
        r"confirmed|declared(?=\s+that\b)|declares(?=\s+that\b)|"
        r"put (?:its|his|her|their) (?:own )?(?:losses|death toll))\b",
    ),
]
CUES = [(kind, re.compile(pattern, re.I)) for kind, pattern in _CUES]
RANK = {kind: number for number, (kind, _) in enumerate(_CUES)}

#: Words just before a cue that make it a plan, a possibility, a negation or a state.
_CANCEL = re.compile(
    r"(?:\b(?:will|would|could|may|might|should|shall|must|to|not|n't|never|no|plans?|planned|planning|"
    r"expected|scheduled|ready|prepared|willing|if|unless|is|are|being|been|continues?|keeps?|remains?)"
    r"\s+(?:\w+\s+)?|\bn't\s+|"
    r"\bas\s+)$",  # "as agreed", "as announced": a reference to something, not its report
    re.I,
)
_CANCEL_EXCEPTIONS = {"denial"}  # "did not cross" is how a denial is worded
#: A verb form that is also a noun ("Armenian demands", "the attack"): after a determiner it names
#: something, it does not report it being done.
_NOUN_FORMS = {"surrenders", "demand", "demands", "call", "calls", "appeal", "appeals", "request", "requests",
               "support", "attack", "attacks", "threat", "threats"}
_DETERMINER = re.compile(
    r"\b(?:the|a|an|its|his|her|their|our|this|that|these|those|[A-Z][a-z]+(?:n|i|ese|ish|ch))\s+$"
)
#: "local authorities reported attacks": after a verb of saying, the form is its object, a noun.
_OBJECT_OF = re.compile(r"\b(?:reported|reports|cited|described|feared|recorded|registered)\s+$", re.I)
#: "the phone call", "the late-night phone call": a call already reported, not a new one.
_ANAPHORIC = re.compile(r"\b(?:the|this|that|their|its)\s+(?:[\w-]+\s+)?$", re.I)
#: A relative clause about a noun ("the war that killed thousands", "the soldiers who entered"):
#: a description of what the noun did, not the news of the sentence.
_RELATIVE = re.compile(
    r"\b(?!(?:said|says|told|added|stated|noted|claimed|reported|insisted|announced|warned|so|now)\b)"
    r"[a-z]+,?\s+(?:that|which|who|whom)\s+(?:[a-z]+ly\s+)?(?:had\s+|has\s+|have\s+)?$"
)
#: Opinions: what someone thinks or suggests happened is not reported as having happened.
_COGNITION = re.compile(
    r"\b(?:thinks?|believes?|believed|considers?|suggest(?:s|ed)?|fears?|feared|hopes?|hoped|"
    r"regards?)\s+(?:that\s+)?", re.I
)


def find(masked: str) -> list[Cue]:
    """Return every cue of the sentence that states something done, in type order."""
    out: list[Cue] = []
    for kind, pattern in CUES:
        for match in pattern.finditer(masked):
            before = masked[max(0, match.start() - 24) : match.start()]
            if kind not in _CANCEL_EXCEPTIONS and _CANCEL.search(before) and not _perfect(before):
                continue
            noun = _DETERMINER.search(before) or _OBJECT_OF.search(before)
            if match.group(0).lower() in _NOUN_FORMS and noun:
                continue
            anaphoric = match.group(0).lower().startswith("phone") and _ANAPHORIC.search(before)
            if kind == "phone-call" and anaphoric:
                continue
            if kind not in ("statement", "denial") and _COGNITION.search(masked[: match.start()]):
                continue
            if kind != "statement" and _RELATIVE.search(before):
                continue
            out.append(Cue(kind, match.start(), match.end(), match.group(0)))
    return out


def _perfect(before: str) -> bool:
    """'has been pounding', 'have agreed': a present perfect is something done."""
    return bool(
        re.search(r"\b(?:has|have|had)\s+(?:been\s+)?(?:\w+\s+)?$", before, re.I)
    ) and not re.search(r"\b(?:not|never)\s+(?:\w+\s+)?$", before, re.I)


def quoted_type(quote: str) -> str | None:
    """What a quotation does, for a sentence whose only cue is 'said': demand, condemnation…"""
    checks = [
        ("condemnation", r"\bcondemn"),
        ("demand", r"\bmust (?:be )?(?:immediately )?(?:withdraw|stop|cease|leave|return)|\bdemand"),
        ("appeal", r"\b(?:urge|call on|calls on|restraint)\b"),
        ("support", r"\b(?:solidarity|support)\b"),
        ("denial", r"\b(?:did not|never) (?:cross|enter|invade)"),
    ]
    for kind, pattern in checks:
        if re.search(pattern, quote, re.I):
            return kind
    return None
