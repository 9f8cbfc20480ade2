"""The world's states and territories: one table for the site's labels, the validator's
`country` codes and ingest.

A `country` code in the registries is ISO 3166-1 alpha-2 (plus XK, the code in general use
for Kosovo): every code of the two tables below is accepted, and the site shows its first
name ("RS" is shown as "Serbia").

The states' table holds the world's states as news copy names them: ISO code → short names,
demonyms, capitals. Facts, not tuning: every UN member state plus Kosovo, Taiwan and
Palestine, each with the short name English news uses ("Kyrgyzstan", not "the Kyrgyz
Republic"; "Ivory Coast"), other names it goes by, its demonyms and its capital(s). The first
name is the one the site shows and an ingest proposal uses; the first demonym is the
attributive form a proposed body uses ("Kyrgyz border service"), which for a few states is the
name itself ("Kosovo police", "New Zealand").

An ambiguous word is left out where it names two states ("Congo", "Korea", "Congolese",
"Dominican" for Dominica) or is more often something else ("Serb" is an ethnicity, not Serbia's
citizens). A capital stands for its government only as the subject of a verb ("Pristina accuses
Belgrade…"), never as a place ("in Pristina"); a few capitals are never read that way because
their bare name more often means something else: a person, another city, another body
("Victoria", "Kingston", "Brussels" for the EU, "The Hague" for its courts).

The other codes (territories, and the Holy See, which news names by its city) have a name
only: ingest does not read them as states. Their names are the Unicode CLDR's English names
(through Babel 2.18), with "and" for "&" and the names news uses for Hong Kong and Macau; a
table in code rather than Babel, so that `chronicle validate PATH` in a pre-commit hook does
not load a locale library.
"""

from __future__ import annotations

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
EC | Ecuador | Ecuadorian; Ecuadorean | Quito
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

# Codes that are not states of the table above: code | name; other names.
_OTHER_CODES = """
AI | Anguilla
AQ | Antarctica
AS | American Samoa
AW | Aruba
AX | Åland Islands
BL | St. Barthélemy
BM | Bermuda
BQ | Caribbean Netherlands
BV | Bouvet Island
CC | Cocos (Keeling) Islands
CK | Cook Islands
CW | Curaçao
CX | Christmas Island
EH | Western Sahara
FK | Falkland Islands
FO | Faroe Islands
GF | French Guiana
GG | Guernsey
GI | Gibraltar
GL | Greenland
GP | Guadeloupe
GS | South Georgia and South Sandwich Islands
GU | Guam
HK | Hong Kong
HM | Heard and McDonald Islands
IM | Isle of Man
IO | British Indian Ocean Territory
JE | Jersey
KY | Cayman Islands
MF | St. Martin
MO | Macau
MP | Northern Mariana Islands
MQ | Martinique
MS | Montserrat
NC | New Caledonia
NF | Norfolk Island
NU | Niue
PF | French Polynesia
PM | St. Pierre and Miquelon
PN | Pitcairn Islands
PR | Puerto Rico
RE | Réunion
SH | St. Helena
SJ | Svalbard and Jan Mayen
SX | Sint Maarten
TC | Turks and Caicos Islands
TF | French Southern Territories
TK | Tokelau
UM | U.S. Outlying Islands
VA | Holy See; Vatican City
VG | British Virgin Islands
VI | U.S. Virgin Islands
WF | Wallis and Futuna
YT | Mayotte
"""


def _parse_others(table: str) -> dict[str, tuple[str, ...]]:
    rows = (line.split("|") for line in table.strip().splitlines())
    return {code.strip(): tuple(n.strip() for n in names.split(";")) for code, names in rows}


#: Every other code the registries may hold → its names (the first is shown).
OTHER_CODES = _parse_others(_OTHER_CODES)
#: Codes people write for a country whose ISO code is another.
_USUAL_MISTAKES = {"UK": "GB", "EL": "GR"}


def country_name(code: str) -> str:
    """Return the name readers see for a country code (the code itself when it is not one)."""
    state = STATES.get(code)
    if state is not None:
        return state.name
    return OTHER_CODES[code][0] if code in OTHER_CODES else code


def is_country(code: str) -> bool:
    """Return True for a code the registries' `country` field accepts."""
    return code in STATES or code in OTHER_CODES


def country_problem(code: str) -> tuple[str, str] | None:
    """Return (what is wrong, how to fix it) for a code that is not a country's, else None."""
    if is_country(code):
        return None
    meant = _USUAL_MISTAKES.get(code)
    if meant:
        return (f"'{code}' is not an ISO 3166-1 country code", f"write {meant} ({country_name(meant)})")
    return (f"'{code}' is not an ISO 3166-1 country code",
            "write the two-letter code of the country, e.g. AM (Armenia), AZ (Azerbaijan), FR (France)")
