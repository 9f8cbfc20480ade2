"""The world's states as news copy names them: ISO code → short names, demonyms, capitals.

Facts, not tuning: every UN member state plus Kosovo, Taiwan and Palestine, each with the
short name English news uses ("Kyrgyzstan", not "the Kyrgyz Republic"; "Ivory Coast"), other
names it goes by, its demonyms and its capital(s). The first name is the one a proposal uses;
the first demonym is the attributive form a proposed body uses ("Kyrgyz border service"), which
for a few states is the name itself ("Kosovo police", "New Zealand").

An ambiguous word is left out where it names two states ("Congo", "Korea", "Congolese",
"Dominican" for Dominica) or is more often something else ("Serb" is an ethnicity, not Serbia's
citizens). A capital stands for its government only as the subject of a verb ("Pristina accuses
Belgrade…"), never as a place ("in Pristina"); a few capitals are never read that way because
their bare name more often means something else: a person, another city, another body
("Victoria", "Kingston", "Brussels" for the EU, "The Hague" for its courts).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# code | short name; other names | demonyms | capitals
_TABLE = """
AD | Andorra | Andorran | Andorra la Vella
AE | United Arab Emirates; UAE | Emirati | Abu Dhabi
AF | Afghanistan | Afghan | Kabul
AG | Antigua and Barbuda | Antiguan | St. John's; Saint John's
AL | Albania | Albanian | Tirana
AM | Armenia | Armenian | Yerevan
AO | Angola | Angolan | Luanda
AR | Argentina | Argentine; Argentinian | Buenos Aires
AT | Austria | Austrian | Vienna
AU | Australia | Australian | Canberra
AZ | Azerbaijan | Azerbaijani; Azeri | Baku
BA | Bosnia and Herzegovina; Bosnia-Herzegovina; Bosnia | Bosnian | Sarajevo
BB | Barbados | Barbadian | Bridgetown
BD | Bangladesh | Bangladeshi | Dhaka
BE | Belgium | Belgian |
BF | Burkina Faso | Burkinabe; Burkinabè | Ouagadougou
BG | Bulgaria | Bulgarian | Sofia
BH | Bahrain | Bahraini | Manama
BI | Burundi | Burundian | Gitega; Bujumbura
BJ | Benin | Beninese | Porto-Novo
BN | Brunei | Bruneian | Bandar Seri Begawan
BO | Bolivia | Bolivian | La Paz; Sucre
BR | Brazil | Brazilian | Brasília; Brasilia
BS | Bahamas | Bahamian | Nassau
BT | Bhutan | Bhutanese | Thimphu
BW | Botswana | Botswanan | Gaborone
BY | Belarus | Belarusian | Minsk
BZ | Belize | Belizean | Belmopan
CA | Canada | Canadian | Ottawa
CD | DR Congo; Democratic Republic of the Congo; Democratic Republic of Congo; DRC | | Kinshasa
CF | Central African Republic | Central African | Bangui
CG | Republic of the Congo; Republic of Congo; Congo-Brazzaville | | Brazzaville
CH | Switzerland | Swiss | Bern; Berne
CI | Ivory Coast; Côte d'Ivoire; Cote d'Ivoire | Ivorian | Yamoussoukro; Abidjan
CL | Chile | Chilean | Santiago
CM | Cameroon | Cameroonian | Yaoundé; Yaounde
CN | China; People's Republic of China | Chinese | Beijing
CO | Colombia | Colombian | Bogotá; Bogota
CR | Costa Rica | Costa Rican | San José; San Jose
CU | Cuba | Cuban | Havana
CV | Cape Verde; Cabo Verde | Cape Verdean | Praia
CY | Cyprus | Cypriot | Nicosia
CZ | Czech Republic; Czechia | Czech | Prague
DE | Germany | German | Berlin
DJ | Djibouti | Djiboutian | Djibouti
DK | Denmark | Danish | Copenhagen
DM | Dominica | | Roseau
DO | Dominican Republic | Dominican | Santo Domingo
DZ | Algeria | Algerian | Algiers
EC | Ecuador | Ecuadorian | Quito
EE | Estonia | Estonian | Tallinn
EG | Egypt | Egyptian | Cairo
ER | Eritrea | Eritrean | Asmara
ES | Spain | Spanish | Madrid
ET | Ethiopia | Ethiopian | Addis Ababa
FI | Finland | Finnish | Helsinki
FJ | Fiji | Fijian | Suva
FM | Micronesia; Federated States of Micronesia | Micronesian | Palikir
FR | France | French | Paris
GA | Gabon | Gabonese | Libreville
GB | United Kingdom; Britain; Great Britain; UK; U.K. | British | London
GD | Grenada | Grenadian | St. George's; Saint George's
GE | Georgia | Georgian | Tbilisi
GH | Ghana | Ghanaian | Accra
GM | Gambia; The Gambia | Gambian | Banjul
GN | Guinea | Guinean | Conakry
GQ | Equatorial Guinea | Equatorial Guinean; Equatoguinean | Malabo
GR | Greece | Greek | Athens
GT | Guatemala | Guatemalan | Guatemala City
GW | Guinea-Bissau | Bissau-Guinean | Bissau
GY | Guyana | Guyanese |
HN | Honduras | Honduran | Tegucigalpa
HR | Croatia | Croatian | Zagreb
HT | Haiti | Haitian | Port-au-Prince
HU | Hungary | Hungarian | Budapest
ID | Indonesia | Indonesian | Jakarta
IE | Ireland | Irish | Dublin
IL | Israel | Israeli | Jerusalem
IN | India | Indian | New Delhi
IQ | Iraq | Iraqi | Baghdad
IR | Iran | Iranian | Tehran
IS | Iceland | Icelandic | Reykjavik; Reykjavík
IT | Italy | Italian | Rome
JM | Jamaica | Jamaican |
JO | Jordan | Jordanian | Amman
JP | Japan | Japanese | Tokyo
KE | Kenya | Kenyan | Nairobi
KG | Kyrgyzstan; Kyrgyz Republic | Kyrgyz | Bishkek
KH | Cambodia | Cambodian | Phnom Penh
KI | Kiribati | I-Kiribati | Tarawa; South Tarawa
KM | Comoros | Comorian | Moroni
KN | Saint Kitts and Nevis; St Kitts and Nevis; St. Kitts and Nevis | Kittitian | Basseterre
KP | North Korea; DPRK | North Korean | Pyongyang
KR | South Korea; Republic of Korea | South Korean | Seoul
KW | Kuwait | Kuwaiti | Kuwait City
KZ | Kazakhstan | Kazakh; Kazakhstani | Astana
LA | Laos | Laotian; Lao | Vientiane
LB | Lebanon | Lebanese | Beirut
LC | Saint Lucia; St Lucia; St. Lucia | Saint Lucian | Castries
LI | Liechtenstein | Liechtensteiner | Vaduz
LK | Sri Lanka | Sri Lankan | Colombo; Sri Jayawardenepura Kotte
LR | Liberia | Liberian | Monrovia
LS | Lesotho | Basotho | Maseru
LT | Lithuania | Lithuanian | Vilnius
LU | Luxembourg | Luxembourgish; Luxembourger | Luxembourg
LV | Latvia | Latvian | Riga
LY | Libya | Libyan | Tripoli
MA | Morocco | Moroccan | Rabat
MC | Monaco | Monegasque | Monaco
MD | Moldova | Moldovan | Chisinau; Chișinău
ME | Montenegro | Montenegrin | Podgorica
MG | Madagascar | Malagasy | Antananarivo
MH | Marshall Islands | Marshallese | Majuro
MK | North Macedonia; Macedonia | Macedonian | Skopje
ML | Mali | Malian | Bamako
MM | Myanmar; Burma | Burmese | Naypyidaw; Naypyitaw; Nay Pyi Taw
MN | Mongolia | Mongolian | Ulaanbaatar; Ulan Bator
MR | Mauritania | Mauritanian | Nouakchott
MT | Malta | Maltese | Valletta
MU | Mauritius | Mauritian | Port Louis
MV | Maldives | Maldivian |
MW | Malawi | Malawian | Lilongwe
MX | Mexico | Mexican | Mexico City
MY | Malaysia | Malaysian | Kuala Lumpur
MZ | Mozambique | Mozambican | Maputo
NA | Namibia | Namibian | Windhoek
NE | Niger | Nigerien | Niamey
NG | Nigeria | Nigerian | Abuja
NI | Nicaragua | Nicaraguan | Managua
NL | Netherlands; Holland | Dutch | Amsterdam
NO | Norway | Norwegian | Oslo
NP | Nepal | Nepali; Nepalese | Kathmandu
NR | Nauru | Nauruan | Yaren
NZ | New Zealand | New Zealand | Wellington
OM | Oman | Omani | Muscat
PA | Panama | Panamanian | Panama City
PE | Peru | Peruvian | Lima
PG | Papua New Guinea | Papua New Guinean | Port Moresby
PH | Philippines | Filipino; Philippine | Manila
PK | Pakistan | Pakistani | Islamabad
PL | Poland | Polish | Warsaw
PS | Palestine; State of Palestine | Palestinian | Ramallah
PT | Portugal | Portuguese | Lisbon
PW | Palau | Palauan | Ngerulmud
PY | Paraguay | Paraguayan | Asunción; Asuncion
QA | Qatar | Qatari | Doha
RO | Romania | Romanian | Bucharest
RS | Serbia | Serbian | Belgrade
RU | Russia; Russian Federation | Russian | Moscow
RW | Rwanda | Rwandan | Kigali
SA | Saudi Arabia | Saudi | Riyadh
SB | Solomon Islands | Solomon Islander | Honiara
SC | Seychelles | Seychellois |
SD | Sudan | Sudanese | Khartoum
SE | Sweden | Swedish | Stockholm
SG | Singapore | Singaporean | Singapore
SI | Slovenia | Slovenian; Slovene | Ljubljana
SK | Slovakia | Slovak | Bratislava
SL | Sierra Leone | Sierra Leonean | Freetown
SM | San Marino | Sammarinese | San Marino
SN | Senegal | Senegalese | Dakar
SO | Somalia | Somali | Mogadishu
SR | Suriname | Surinamese | Paramaribo
SS | South Sudan | South Sudanese | Juba
ST | São Tomé and Príncipe; Sao Tome and Principe | Santomean | São Tomé; Sao Tome
SV | El Salvador | Salvadoran | San Salvador
SY | Syria | Syrian | Damascus
SZ | Eswatini; Swaziland | Swazi | Mbabane
TD | Chad | Chadian | N'Djamena; Ndjamena
TG | Togo | Togolese | Lomé; Lome
TH | Thailand | Thai | Bangkok
TJ | Tajikistan | Tajik | Dushanbe
TL | East Timor; Timor-Leste | Timorese | Dili
TM | Turkmenistan | Turkmen | Ashgabat
TN | Tunisia | Tunisian | Tunis
TO | Tonga | Tongan | Nuku'alofa
TR | Turkey; Türkiye; Turkiye | Turkish | Ankara
TT | Trinidad and Tobago | Trinidadian | Port of Spain
TV | Tuvalu | Tuvaluan | Funafuti
TW | Taiwan | Taiwanese | Taipei
TZ | Tanzania | Tanzanian | Dodoma
UA | Ukraine | Ukrainian | Kyiv; Kiev
UG | Uganda | Ugandan | Kampala
US | United States; United States of America; US; U.S.; USA | American | Washington
UY | Uruguay | Uruguayan | Montevideo
UZ | Uzbekistan | Uzbek | Tashkent
VC | Saint Vincent and the Grenadines; St Vincent and the Grenadines | Vincentian | Kingstown
VE | Venezuela | Venezuelan | Caracas
VN | Vietnam; Viet Nam | Vietnamese | Hanoi
VU | Vanuatu | Ni-Vanuatu | Port Vila
WS | Samoa | Samoan | Apia
XK | Kosovo | Kosovo; Kosovar; Kosovan | Pristina; Prishtina
YE | Yemen | Yemeni | Sanaa; Sana'a
ZA | South Africa | South African | Pretoria
ZM | Zambia | Zambian | Lusaka
ZW | Zimbabwe | Zimbabwean | Harare
"""
# Left out of the capitals above, as the bare name is more often something else: Brussels (the EU),
# The Hague (its courts), Victoria (Seychelles; an Australian state, a first name), Kingston
# (Jamaica; many towns), Georgetown (Guyana; a university), Male (Maldives; a common word). And
# "America" is not a name of the United States here: "Voice of America", "Bank of America".


@dataclass(frozen=True)
class State:
    """One state of the table."""

    code: str
    names: tuple[str, ...]
    demonyms: tuple[str, ...]
    capitals: tuple[str, ...]

    @property
    def name(self) -> str:
        """The usual English short name: the spelling a proposal uses."""
        return self.names[0]

    @property
    def adjective(self) -> str:
        """The attributive form a proposed body uses ('Kyrgyz', 'Kosovo')."""
        return self.demonyms[0] if self.demonyms else self.name


def _parse(table: str) -> dict[str, State]:
    out = {}
    for line in table.strip().splitlines():
        code, names, demonyms, capitals = (
            tuple(w.strip() for w in field.split(";") if w.strip()) for field in line.split("|")
        )
        out[code[0]] = State(code[0], names, demonyms, capitals)
    return out


STATES = _parse(_TABLE)
#: Every name, demonym and capital → ISO code.
NAMES = {name: s.code for s in STATES.values() for name in s.names}
DEMONYMS = {d: s.code for s in STATES.values() for d in s.demonyms}
CAPITALS = {c: s.code for s in STATES.values() for c in s.capitals if c not in NAMES}


def alternation(words: list[str] | dict[str, str]) -> str:
    """A regular expression matching any of the words, longest first at each place (so that
    'South Sudan' beats 'Sudan'), an apostrophe matching either form. Built as a trie of
    characters: hundreds of names cost one branch per letter, not one try per name."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for char in word.replace("’", "'"):
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_pattern(trie)


def _trie_pattern(node: dict[str, dict]) -> str:
    branches = [
        ("['’]" if char == "'" else re.escape(char)) + _trie_pattern(child)
        for char, child in sorted(node.items(), key=lambda item: (item[0] == "", item[0]))
        if char
    ]
    if "" in node:  # a word ends here: the longer words first, then the end
        return f"(?:{'|'.join(branches)})?" if branches else ""
    return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"


#: A name or capital, as written (case matters: "Chad" is a state, "chad" is not; "US" is one, "us"
#: is not), not inside a longer word or hyphenated compound ("anti-India", "India-born").
_NAME = re.compile(rf"(?<![\w-])(?P<name>{alternation(NAMES)})(?![\w-])")
_CAPITAL = re.compile(rf"(?<![\w-])(?P<name>{alternation(CAPITALS)})(?![\w'’-])")
#: Capitalised words that may stand before a name without being part of it ("In Kosovo", "But Iran").
_FREE_BEFORE = re.compile(
    r"(?:^|[^\w’'-])(?:The|A|An|In|On|At|But|And|Meanwhile|However|Now|Then|Also|Later|Earlier|"
    r"Yesterday|Today|Tonight|Separately|So|Still|Yet|Instead|Elsewhere|While|When|As|After|Before|"
    r"Since|Until|If|Though|Although|Once|Where)\s+$"
)
_DAYS = re.compile(
    r"\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|"
    r"June|July|August|September|October|November|December)\b"
)


def after_a_name(text: str, start: int) -> bool:
    """'Michael Jordan', 'New Guinea', 'Northern Ireland', 'Latin American': a capitalised word
    right before a state's name or demonym makes it part of another name ('In', 'The', a day
    or month do not: 'On Monday Armenian officials …')."""
    before = re.search(r"(?<![\w’'-])[A-Z][\w’'-]*\s+$", text[max(0, start - 30) : start])
    if before is None:
        return False
    free = _FREE_BEFORE.search(text[max(0, start - 40) : start])
    return not (free or _DAYS.fullmatch(" " + before.group(0).strip()))


def _part_of_longer_name(text: str, start: int, end: int) -> bool:
    """A name inside a longer one: after a capitalised word ('Michael Jordan'), or before one
    ('South China Sea', 'Chad Smith', 'Kosovo Serbs'; a day or month after it is not: 'Canada
    Monday said …')."""
    if after_a_name(text, start):
        return True
    after = re.match(r"\s+[A-Z]", text[end:])
    return bool(after) and not _DAYS.match(text[end:])


@dataclass(frozen=True)
class Found:
    """A state named in a text: where, the words, and its ISO code."""

    start: int
    end: int
    surface: str
    code: str


def names(text: str) -> list[Found]:
    """Every state named by one of its names (not a capital, not a demonym)."""
    return [
        Found(m.start(), m.end(), m.group(0), NAMES[m.group(0).replace("’", "'")])
        for m in _NAME.finditer(text)
        if not _part_of_longer_name(text, m.start(), m.end())
    ]


#: Between a subject and its verb: an adverb, an auxiliary, a day ("Pristina on Monday accused").
SUBJECT_GAP = re.compile(
    r"(?:\s+(?:\w+ly|also|again|now|then|still|already|has|have|had|is|was|will|would|"
    r"on\s+[A-Z]\w+day|late\s+on\s+[A-Z]\w+day|yesterday|today))*\s+"
)


#: A preposition before a capital makes it a place ("gunmen in Pristina attacked …").
_PLACE_BEFORE = re.compile(
    r"\b(?:in|at|from|to|near|of|into|outside|around|across|via|towards?|between|through|by|for|on|"
    r"with|over|inside|within|beyond|past)\s+(?:the\s+)?(?:capital\s+|city\s+of\s+)?$",
    re.I,
)


def capitals(text: str) -> list[Found]:
    """Every capital in a text that is not the object of a preposition ('in Pristina' is a place);
    one still stands for its government only as the subject of a verb (see `SUBJECT_GAP`)."""
    return [
        Found(m.start(), m.end(), m.group(0), CAPITALS[m.group(0).replace("’", "'")])
        for m in _CAPITAL.finditer(text)
        if not _part_of_longer_name(text, m.start(), m.end())
        and not _PLACE_BEFORE.search(text[max(0, m.start() - 30) : m.start()])
    ]
