"""A proposed actor as a registry file the contributor confirms: its kind and country guessed
from the words of its name.

Drafts must pass `chronicle validate`, and an actor id that is not in the registry is an error,
so a name the registry lacks is written as a new actor file beside the drafts that use it
(never over an existing file). Its kind and country come from what the name says: a state's
short name ("Kyrgyzstan"), a demonym and an institution ("Kyrgyz border service": an office of
Kyrgyzstan), or a person's name ("Justin Trudeau"). A comment at its top says where it came
from and what to check; the pull request shows it as a new file, next to the drafts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..schema import modeline
from ..yamlio import dump
from . import institutions, world

ACTOR_MODELINE = modeline("actor")

#: The last words of a state body's name → the registry kind of actor it is.
_BODY_KINDS = [
    (r"(?:High )?Commissioner|Ambassador|[Ee]nvoy|President|(?:Prime |Foreign |Defen[cs]e )?Minister|"
     r"[Ss]pokes(?:man|woman|person)", "person"),
    (r"(?:Defen[cs]e|Foreign|Interior|Health) Ministry|[Mm]inistry", "ministry"),
    (r"forces|troops|army|military|border guards|soldiers|servicemen|(?:Defen[cs]e |Armed )?Forces?|Army",
     "armed-force"),
    (r"government|authorities", "government"),
    (r"border service|police|parliament|officials|presidency|[A-Z][\w-]* (?:Council|Office|Service|Committee|"
     r"Ombudsman)", "office"),
    (r"gunmen|militants|rebels|militia|fighters", "armed-group"),
]
_PERSON = re.compile(r"(?:[A-Z][a-z’'-]+\s+){1,3}[A-Z][a-z’'-]+")


@dataclass(frozen=True)
class ActorFile:
    """A proposed actor's file, relative to the project."""

    id: str
    path: str
    data: dict[str, object]
    origin: str  # the report it was proposed from

    def text(self) -> str:
        """The schema modeline, what to check, then canonical YAML."""
        origin = " ".join(self.origin.split())  # one comment line, whatever the link's text holds
        note = (f"# Proposed by `chronicle ingest` from {origin}: check the name, kind and country,\n"
                "# add the other spellings as aliases, or delete this file and correct the drafts.\n")
        return dump(self.data, ACTOR_MODELINE).replace("\n", "\n" + note, 1)


def describe(name: str) -> tuple[str, str | None]:
    """The kind of actor a name the registry lacks names, and its state's ISO code if it says."""
    if name in world.NAMES:
        return "state", world.NAMES[name]
    if institutions.kind_of_name(name) == "government" and name.startswith("Government of "):
        return "government", institutions.country_of_name(name)  # "Government of Guyana"
    first, _, rest = name.partition(" ")
    first = re.sub(r"['’]s$", "", first)  # "Canada's High Commissioner"
    code = world.DEMONYMS.get(first) or world.NAMES.get(first)
    if rest:
        for pattern, kind in _BODY_KINDS:
            if re.fullmatch(rf"(?:.*\s)?(?:{pattern})", rest if code else name):
                return kind, code
    if code is None and _PERSON.fullmatch(name) and not any(w in world.NAMES for w in name.split()):
        return "person", None
    return "organisation", code


def actor_file(actor_id: str, name: str, origin: str, role: str = "", aliases: list[str] | None = None
               ) -> ActorFile:
    """The registry file proposed for a name; a person named with a title ("EU foreign policy chief
    Jane Doe") is a person with that role, and the title's state (a demonym or a state's name in
    it) is their country. `aliases`: the other names the run gave the same body ("Bolivian forces"
    beside "Bolivian armed forces")."""
    kind, code = describe(name)
    if role:
        kind = "person"
        words = [re.sub(r"['’]s$", "", w) for w in role.split()]
        code = code or next((world.DEMONYMS.get(w) or world.NAMES.get(w) for w in words
                             if w in world.DEMONYMS or w in world.NAMES), None)
    data: dict[str, object] = {"id": actor_id, "name": name, "kind": kind}
    if aliases:
        data["aliases"] = list(aliases)
    if code:
        data["country"] = code
    if role:
        data["roles"] = [{"title": role}]
    return ActorFile(actor_id, f"chronology/actors/{actor_id}.yaml", data, origin)
