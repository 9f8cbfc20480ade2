"""A phrase's words as a title keeps them: whole, without what describes and without time words.

A title is built from the parts of a clause (headlines.py); each part is a phrase of the parse, taken
whole so that it never stops mid-phrase, but without relative clauses, appositions and asides, without
time words (the date is a field of its own), and with the compounds and coordinated names it holds
("the Armenian-Azerbaijani border", "talks between X and Y"). A word may be put in another's stead
(`put`: 'its' → "Mexico's" where the pronoun stands for another actor than the doer).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import misreads, names

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Dependents left out of a title's phrases: what describes, not what was done.
LEFT_OUT = {"relcl", "appos", "acl", "advcl", "punct", "cc", "conj", "parataxis", "ccomp", "npadvmod"}


def _words(token: Token, skip: set[int]) -> list[Token]:
    """A phrase's words without what describes it and without time words."""
    out = []
    for child in token.children:
        if child.i < token.i and _kept(token, child) and child.i not in skip:
            words = _words(child, skip)
            if len(words) == len(list(child.subtree)) or not any(w.text in ("-", "–") for w in words):
                out.extend(words)  # "Rwandan-backed rebels": the compound whole or not at all
    out.append(token)
    for child in token.children:
        if child.i > token.i and _kept(token, child) and child.i not in skip:
            out.extend(_words(child, skip))
    return out


#: Words of a noun phrase: nouns and names coordinated in it are part of it ("between X and Y").
_NOMINAL = {"NOUN", "PROPN", "PRON", "NUM"}


def _kept(token: Token, child: Token) -> bool:
    """Whether a dependent is part of a title's phrase: not what describes its head, not a time word,
    not a coordinated clause; a coordinated noun or name is ('talks between X and Y')."""
    if is_time(child):
        return False
    joined = child.i > 0 and not child.whitespace_ and not child.doc[child.i - 1].whitespace_
    if child.text in ("-", "–") and joined:
        return True  # the hyphen of a compound: "the Armenian-Azerbaijani border"
    if child.dep_ in ("conj", "cc", "punct") and token.pos_ in (*_NOMINAL, "ADJ"):
        listing = any(c.dep_ == "conj" for c in token.children)  # "X, Y and Z": the commas too
        return child.pos_ in (*_NOMINAL, "ADJ") or child.dep_ == "cc" or listing and child.text == ","
    if child.dep_ == "appos" and child.pos_ == "PROPN" and child.left_edge.i == token.i + 1:
        return token.lower_ in names.ROLE_NOUNS  # "his counterpart Ahmed Attaf": the name, not a comma aside
    # "48 hours to leave", "the decision to close the border": what the noun is for
    infinitive = child.dep_ in ("acl", "relcl") and child.tag_ == "VB" and child.i > token.i and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
    return child.dep_ not in LEFT_OUT or misreads.small_clause(child) or infinitive  # "the embassy sealed"


def is_time(token: Token) -> bool:
    """A time expression, or a preposition whose object is one ('on Thursday'); never a verb's object
    ('had been given 48 hours to leave')."""
    if token.ent_type_ in ("DATE", "TIME"):
        owned = token.head.ent_type_ == token.ent_type_ and token.head.dep_ in ("dobj", "dative")
        return token.dep_ not in ("dobj", "dative") and not owned  # ("48" of "given 48 hours")
    objects = [c for c in token.children if c.dep_ == "pobj"]
    return token.dep_ == "prep" and bool(objects) and all(o.ent_type_ in ("DATE", "TIME") for o in objects)


def phrase(token: Token, skip: set[int] | None = None, put: dict[int, str] | None = None) -> str:
    """The words of a phrase in order, joined as written (a space where a left-out word stood
    between two spaced ones: 'is “closely following” developments' → 'is closely following
    developments'); `put`, words to write instead of some ('its' → "Mexico's")."""
    words = sorted(_words(token, skip or set()), key=lambda t: t.i)
    doc = token.doc
    parts = []
    for word, after in zip(words, [*words[1:], None], strict=True):
        gap = doc[word.i : after.i] if after is not None else doc[word.i : word.i + 1]
        text = put.get(word.i, word.text) if put else word.text
        parts.append(text + (" " if any(t.whitespace_ for t in gap) else ""))
    text = "".join(parts).strip(" ,;:")
    return " ".join(text.split())
