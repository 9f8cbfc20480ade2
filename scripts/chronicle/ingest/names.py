"""What the words of a person's name say: the name without its title, its surname, the first of
listed nationalities.

subjects.py decides which phrase of a clause is its doer and what a reference stands for; this
module reads the names themselves (a body's own name, in bodynames.py). The small model's entity
labels are noisy, so a name is read from its words (capitals, titles, hyphens) and the registry
decides what it stands for.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from . import familynames, nlp, world
from .actors import TITLE_WORDS, ActorRef, Mention, NameIndex, Proposed

if TYPE_CHECKING:
    from spacy.tokens import Token


def covering(token: Token, found: list[Mention]) -> Mention | None:
    start, end = token.idx, token.idx + len(token.text)
    inside = [m for m in found if m.start < end and start < m.end]
    return max(inside, key=lambda m: m.end - m.start) if inside else None


def name_tokens(head: Token) -> list[Token]:
    """The proper nouns of a name ending at its head ('Jane Doe' of 'EU foreign policy chief Jane Doe'),
    with the hyphens of a hyphenated one ('Karl Hans-Muller', 'Nagorno-Karabakh')."""
    doc = head.doc
    words = [head]
    left = [c for c in head.children if c.i < head.i and c.dep_ in ("compound", "nmod")]
    while left:
        child = left.pop()
        between = doc[child.i + 1 : words[0].i]
        hyphen = len(between) == 1 and between[0].text in ("-", "–") and not child.whitespace_
        inside = _inner_title(child)  # "Hassan Sheikh Mohamud"
        particle = child.text in _PARTICLES and child.i > 0  # "Ursula von der Leyen"
        title = _title_word(child.lower_) and not inside  # "Gen. Abdel Fattah al-Burhan", "Prime Ministers"
        if (between and not hyphen) or not (_name_word(child, head) or particle) or title:
            break
        if particle or child.ent_type_ == "PERSON":  # the parser may hang a name's first words on the
            # particle or on a middle name ("Luis" on "Gilberto" in "Luis Gilberto Murillo")
            left += [c for c in child.children if c.i < child.i and c.dep_ in ("compound", "nmod")]
        if child.ent_type_ in ("DATE", "TIME"):  # "On Friday Ruto accused …": the day is no part of it
            break
        if child.ent_type_ and child.ent_type_ != "PERSON" and head.ent_type_ == "PERSON":
            break
        words[:0] = [child, *between]
    while words[0].i >= 2 and doc[words[0].i - 1].text in ("-", "–") and doc[words[0].i - 2].pos_ == "PROPN" \
            and not doc[words[0].i - 2].whitespace_:
        words[:0] = [doc[words[0].i - 2], doc[words[0].i - 1]]  # "Nagorno-Karabakh Info Centre"
    return without_honorifics(words)


#: Honorifics written before a person's name that are no part of it (Malay 'Datuk', 'Dato' Seri', 'Tan
#: Sri', Cambodian 'Samdech', British 'Sir', 'Dame'); 'Tan' and 'Puan' only before 'Sri' ('Tan Wei
#: Ming' is a name), and 'Seri', 'Sri' only after another ('Sri Mulyani Indrawati' is a name).
_HONORIFICS = {"sir", "dame", "datuk", "dato", "datin", "samdech", "thipadei", "haji", "hajjah", "honourable",
               "honorable"}
_BEFORE_HONORIFIC = {"tan": "sri", "puan": "sri"}
_AFTER_HONORIFIC = {"seri", "sri", "paduka", "techo"}


def without_honorifics(words: list[Token]) -> list[Token]:
    """A name without the honorifics before it ('Dato' Seri Anwar Ibrahim' is Anwar Ibrahim, 'Sir Keir
    Starmer' Keir Starmer), keeping two words at least; the parser may have left the first honorific
    out of the name ('Dato'' as a conjunction), so the word before the name counts too."""
    doc = words[0].doc
    before = doc[words[0].i - 1] if words[0].i > 0 else None
    if before is not None and before.text in ("'", "’") and words[0].i > 1:
        before = doc[words[0].i - 2]
    honoured = before is not None and (before.lower_.rstrip("'’.") in _HONORIFICS
                                       or _BEFORE_HONORIFIC.get(before.lower_) == words[0].lower_)
    while len(words) > 2:
        word = words[0].lower_.rstrip("'’.")
        paired = _BEFORE_HONORIFIC.get(word) == words[1].lower_
        if word in _HONORIFICS and words[1].text not in ("-", "–") or paired or (
                honoured and word in _AFTER_HONORIFIC):
            words, honoured = words[1:], True
        else:
            break
    return words


def _title_word(word: str) -> bool:
    """A title's word, also in the plural that opens a list of names ('Prime Ministers Jane Doe and …')."""
    word = word.rstrip(".")
    return word in TITLE_WORDS or len(word) > 4 and word.endswith("s") and word[:-1] in TITLE_WORDS


def _inner_title(word: Token) -> bool:
    """Whether a title word is part of a person's name: inside the parser's entity and after a word
    of the name that is no title ('Hassan Sheikh Mohamud'), not the title that opens the entity
    ('Crown Prince Mohammed bin Salman', 'State Councillor Dai Bingguo')."""
    if word.ent_type_ != "PERSON" or word.ent_iob_ != "I":
        return False
    start = word.i
    while start > 0 and word.doc[start].ent_iob_ == "I":
        start -= 1
    return any(t.lower_.rstrip(".") not in TITLE_WORDS for t in word.doc[start : word.i])


def _name_word(word: Token, head: Token) -> bool:
    """Whether a word before a name's head is part of the name: a proper noun, or a capitalised word
    of the same person's name as the parser's entity marks it (the small model tags rare first names
    such as 'Sadyr' or 'Emomali' as common nouns, but its entity still spans them)."""
    if word.pos_ == "PROPN":
        return True
    between = word.doc[word.i : head.i + 1]
    return word.text[:1].isupper() and head.ent_type_ == "PERSON" and all(
        t.ent_type_ == "PERSON" for t in between) and all(t.ent_iob_ == "I" for t in between[1:])


#: Lower-case words inside a person's name ("von der Leyen", "bin Zayed", "da Silva").
_PARTICLES = {"von", "van", "der", "den", "de", "da", "das", "dos", "del", "della", "di", "du", "le", "la",
              "bin", "ibn", "ben", "al", "el"}


def surname(name: str) -> str:
    """How a headline names a person: the last word with the particles before it ('Alberto van
    Klaveren' → 'van Klaveren', as 'Ursula von der Leyen' is 'von der Leyen'), else the last word;
    a Korean or Chinese name's first word, its family name ('Kim Yo Jong' is Kim, 'Mao Ning' Mao)."""
    words = name.split()
    if familynames.family_first(name):
        return words[0]
    if len(words) >= 2 and _REGNAL.fullmatch(words[-1]):
        return " ".join(words[-2:])  # "Mohammed VI", a monarch's name and number, not "VI"
    start = len(words) - 1
    while start > 1 and words[start - 1] in _PARTICLES:
        start -= 1
    return " ".join(words[start:])


#: A monarch's number after the name ("Mohammed VI", "Abdullah II", "Charles III").
_REGNAL = re.compile(r"[IVX]{1,5}")


def name_text(words: list[Token]) -> str:
    """A name as the report writes it ('Nagorno-Karabakh Info Centre', not 'Nagorno - Karabakh …')."""
    first, last = words[0], words[-1]
    # the span's own text, not the whole sentence's: spaCy rebuilds `Doc.text` from every token each time
    return first.doc[first.i : last.i + 1].text


def title_of(head: Token, names: list[Token] | None = None) -> str:
    """The title before a name ('EU foreign policy chief'), '' when there is none; `names`, the name's
    words when the caller has them already (reading them again costs a walk of the parse)."""
    names = names if names is not None else name_tokens(head)
    before = [t for t in head.subtree
              if t.i < names[0].i and t.dep_ not in ("det", "punct") and t.ent_type_ not in ("DATE", "TIME")]
    return " ".join(t.text for t in before)


def person(head: Token, found: list[Mention], actors: NameIndex, subject: bool) -> ActorRef | None:
    """A person named with a title or first and last name: the registry's, else proposed."""
    words = name_tokens(head)
    title = title_of(head, words)
    # a title before the name, or in apposition after it ("Mudavadi, Kenya's foreign minister, …")
    titled = any(w.lower() in TITLE_WORDS for w in re.split(r"[\s-]+", title)) or bool(appositive_title(head))
    if not titled:  # "Malawi's Chakwera", "Russia's Lavrov": a state's own person, named by surname
        title = ""
        titled = _of_a_state(head)
    role = head.head if head.dep_ == "appos" and (
        head.head.pos_ == "NOUN" or head.head.lower_ in TITLE_WORDS) else None
    if not titled and role is not None and role.lower_ in ROLE_NOUNS and len(words) >= 2:
        # "his Serbian counterpart Marko Djuric", "The President of the Republic of Finland, Sauli
        # Niinisto, …": a person named after the role they hold
        title = _role_words(role, words[0]) if role.pos_ == "PROPN" else " ".join(
            t.text for t in role.children if t.dep_ in ("amod", "compound") and t.i < role.i)
        title, titled = f"{title} {role.text}".strip() if role.pos_ != "PROPN" else title, True
    capital = head.text[:1].isupper() or _hyphenated(words)  # "Lee Myung-bak"
    proper = head.pos_ == "PROPN" or nlp.GIVEN_NAME.fullmatch(head.text) is not None  # "Lee Myung-bak"
    if not proper or not capital or not (titled or head.ent_type_ == "PERSON"):
        return None  # a name is written with a capital ('the foreign ministry of X' names no one)
    if head.lower_ in BODY_HEADS or _a_company(words):
        return None  # "the State Department", "the Foreign Office": a body, whatever title word it has
    start, end = words[0].idx, head.idx + len(head.text)
    covering = [m for m in found if m.start <= start and end <= m.end or start <= m.start and m.end <= end]
    people = [m for m in covering if actors.kinds.get(str(m.id)) == "person"]
    if people:
        return people[0].id
    if any(m.start <= head.idx < m.end for m in covering):
        return None  # a registered body or state ('Prime Minister's Office'): not a person
    name = name_text(words)
    if not subject or name in world.NAMES or name in world.DEMONYMS or name in world.CAPITALS:
        return None
    if len(words) < 2 and not titled and not _surname_as_doer(head):
        return None
    return Proposed(name, role=title or appositive_title(head), person=True)


def _role_words(role: Token, name: Token) -> str:
    """The words of a title written as a name, up to the name in apposition after it ('President of
    the Republic of Finland' of 'The President of the Republic of Finland, Sauli Niinisto')."""
    doc = role.doc
    words = [t for t in doc[role.left_edge.i : name.i] if t.dep_ not in ("det", "punct") or t.i > role.i]
    while words and words[-1].is_punct:
        words.pop()
    return " ".join(t.text for t in words)


def _hyphenated(words: list[Token]) -> bool:
    """'Lee Myung-bak', 'Kim Jong-un': a Korean given name's second syllable is written in lower case
    after the hyphen, so the name's capital is on the word before it."""
    return len(words) >= 3 and words[-2].text in ("-", "–") and words[-3].text[:1].isupper()


def _a_company(words: list[Token]) -> bool:
    """'Lithuanian Airports', 'Kenya Airways': a nationality or a state before a plural noun names a
    company or a body, never a person (the small model marks some such names as persons)."""
    first, last = words[0].text, words[-1]
    if len(words) < 2:
        return False
    plural = last.tag_ == "NNPS" or first in world.DEMONYMS and re.search(r"[^s]s$", last.text) is not None
    return plural and (first in world.DEMONYMS or first in world.NAMES)


def _of_a_state(head: Token) -> bool:
    """'Malawi's Chakwera': a name written as a state's own, the way news names a state's leaders and
    ministers (not an acronym: "Russia's FSB" is a body)."""
    return not head.text.isupper() and any(
        c.dep_ == "poss" and c.text in world.NAMES for c in head.children)


def _surname_as_doer(head: Token) -> bool:
    """'Ruto told reporters …' with no full name before: a word the parser reads as a person's name,
    the subject of its verb and written as a name, is proposed by that name alone (a reviewer adds
    the first name; the benchmark takes a surname for the full name)."""
    alone = not any(c.dep_ in ("compound", "nmod", "flat", "amod") and c.i < head.i for c in head.children)
    return head.ent_type_ == "PERSON" and head.dep_ in ("nsubj", "nsubjpass") and head.text.isalpha() \
        and head.text[:1].isupper() and not head.text.isupper() and alone  # not "de Waal"


#: Nouns a person is named after in apposition ("his counterpart Jane Doe", "the envoy, John Roe").
ROLE_NOUNS = {*TITLE_WORDS, "counterpart"}


def is_named_person(head: Token) -> bool:
    """Whether a phrase is a person given by first and last name ('Angolan President Joao Lourenco'):
    one the report names well enough to propose as the other party of a call or talks, as is a monarch
    by title and one name ('King Salman')."""
    if head.lower_ in ROLE_NOUNS and head.pos_ == "NOUN":  # "his Serbian counterpart Marko Djuric"
        return any(c.dep_ == "appos" and c.pos_ == "PROPN" and len(name_tokens(c)) >= 2
                   for c in head.children)
    if head.pos_ != "PROPN" or head.ent_type_ != "PERSON":
        return False
    last_title_word = title_of(head).split()[-1:]
    return len(name_tokens(head)) >= 2 or any(w.lower() in _TITLED_ALONE for w in last_title_word)


#: Titles a person is named by with one name only ('King Salman', 'Pope Francis', 'Emir Tamim').
_TITLED_ALONE = {"king", "queen", "emir", "pope", "sultan", "prince", "princess", "sheikh", "ayatollah"}


def person_subject(doc) -> Token | None:  # noqa: ANN001 (a spaCy Doc)
    """The person a sentence is about when its main verb tells no act of theirs ('President X was
    defiant', 'X was unmoved'): its grammatical subject, named by first and last name."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None) if root else None
    return subject if subject is not None and is_named_person(subject) else None


def appositive_title(head: Token) -> str:
    """The title in apposition after a name ('Vagharshak Harutyunyan, the acting Minister of Defence'),
    '' when there is none."""
    for appos in (c for c in head.children if c.dep_ == "appos" and c.lower_ in TITLE_WORDS):
        words = [t for t in appos.subtree if t.dep_ not in ("det", "punct", "relcl")]
        return " ".join(t.text for t in words)
    return ""


#: Words between the nationalities of a list before a noun ("Armenian, Azerbaijani as well as Russian").
_LISTING = {",", "and", "or", "as", "well"}


def first_listed(token: Token) -> Token | None:
    """The first of two or more nationalities listed before a noun, read from the words themselves
    (the parser often breaks such a list: 'said Armenian, Azerbaijani as well as Russian officers')."""
    doc, listed = token.doc, []
    i = token.i - 1
    while i >= 0 and doc[i].head.i == token.i and doc[i].dep_ in ("amod", "compound") and (
            not _nationality(doc[i])):
        i -= 1  # "Armenian and Azerbaijani military officials"
    while i >= 0 and (_nationality(doc[i]) or doc[i].lower_ in _LISTING):
        if _nationality(doc[i]):
            listed.append(doc[i])
        i -= 1
    return listed[-1] if len(listed) >= 2 else None


def _nationality(token: Token) -> bool:
    return token.text in world.DEMONYMS or token.ent_type_ == "NORP" and token.text[:1].isupper()


def first_listed_actor(token: Token, found: list[Mention]) -> ActorRef | None:
    first = first_listed(token)
    mention = covering(first, found) if first is not None else None
    return mention.id if mention is not None else None


def is_person(actor: ActorRef, kinds: dict[str, str]) -> bool:
    """A registered person, or a name proposed as one."""
    return isinstance(actor, Proposed) and actor.person or kinds.get(str(actor)) == "person"


#: Head nouns of a body's own name ("Foreign Office", "Security Council", "State Department").
BODY_HEADS = {"department", "office", "ministry", "council", "service", "agency", "committee", "command",
              "commission", "bureau", "directorate", "authority", "court", "assembly", "parliament", "army",
              "navy", "guard", "police", "centre", "center", "corps", "cabinet", "presidency", "secretariat",
              "force", "forces"}
