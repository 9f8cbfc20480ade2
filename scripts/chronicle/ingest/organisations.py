"""International organisations by their full names: the name a proposal uses for one the registry lacks.

News copy names the big international organisations by abbreviations it writes several ways
("UN", "U.N.", "United Nations"); a proposed actor takes the full name, as registries name them
("United Nations Security Council", "Collective Security Treaty Organization"), so that every
spelling in a batch of reports makes one proposal, and a body named with an abbreviation before
its own noun ("U.N. Security Council") is named in full too. Facts, not tuning: each line is an
organisation's full English name and the abbreviations it goes by.
"""

from __future__ import annotations

# full name | abbreviations
_TABLE = """
United Nations | UN; U.N.
European Union | EU; E.U.
North Atlantic Treaty Organization | NATO
African Union | AU
Association of Southeast Asian Nations | ASEAN
Organization for Security and Co-operation in Europe | OSCE
Collective Security Treaty Organization | CSTO
Economic Community of West African States | ECOWAS
Southern African Development Community | SADC
East African Community | EAC
Intergovernmental Authority on Development | IGAD
Organization of American States | OAS
Gulf Cooperation Council | GCC
Shanghai Cooperation Organisation | SCO
International Atomic Energy Agency | IAEA
International Committee of the Red Cross | ICRC
World Health Organization | WHO
International Criminal Court | ICC
International Court of Justice | ICJ
Office of the United Nations High Commissioner for Refugees | UNHCR
International Monetary Fund | IMF
Commonwealth of Independent States | CIS
"""


def _parse(table: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for line in table.strip().splitlines():
        name, shorts = (part.strip() for part in line.split("|"))
        out.update({short.strip(): name for short in shorts.split(";")})
        out[name] = name
    return out


#: An organisation's name or abbreviation → its full name.
FULL_NAMES = _parse(_TABLE)


def full_name(name: str) -> str:
    """The name to propose: an organisation's full name for any of its spellings ('U.N.' → 'United
    Nations'), also before a body's own noun ('UN Security Council' → 'United Nations Security
    Council'); any other name as written."""
    plain = name.removeprefix("the ").removeprefix("The ")
    if plain in FULL_NAMES:
        return FULL_NAMES[plain]
    first, _, rest = plain.partition(" ")
    if first in FULL_NAMES and rest[:1].isupper() and first.replace(".", "").isupper():
        return f"{FULL_NAMES[first]} {rest}"
    return name
