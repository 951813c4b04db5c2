# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Word lists for finding speakers: reporting verbs, roles, organisations.

Kept as data in one place so that a desk can see (and a developer extend)
what the attribution rules know. Lower-case unless stated.
"""

from __future__ import annotations

import re
from functools import cache

# Verbs that introduce what someone said. Irregular forms are listed in full.
REPORTING_VERBS = """say tell state add announce claim confirm warn argue insist deny explain note
write
    tweet post reply respond comment remark acknowledge admit assert declare suggest
    predict promise vow pledge observe recall reveal disclose complain concede contend
    emphasise emphasize stress maintain allege estimate urge ask answer quip joke
    mention indicate agree testify caution accuse boast conclude counter criticise
    criticize exclaim hint lament muse proclaim protest reiterate shout signal specify
    underline underscore reaffirm recount inform assure advise affirm describe call
    report continue cite threaten demand propose announce predict forecast elaborate
    clarify retort whisper yell scream plead object opine characterise characterize read
refer rule share""".split()

# Verbs that take a reported clause without "that" ("she said it was over").
BARE_CLAUSE_VERBS = frozenset(
    """say tell add claim warn insist note write tweet admit state confirm reveal explain
    indicate suggest estimate predict argue acknowledge report announce rule""".split()
)

# Verbs that do not report speech unless a clause follows (never with a quote alone).
WEAK_VERBS = frozenset(["describe", "call", "continue", "cite", "report", "agree"])

_IRREGULAR = {
    "say": ("says", "said", "saying"),
    "tell": ("tells", "told", "telling"),
    "write": ("writes", "wrote", "writing", "written"),
    "testify": ("testifies", "testified", "testifying"),
    "deny": ("denies", "denied", "denying"),
    "reply": ("replies", "replied", "replying"),
    "specify": ("specifies", "specified", "specifying"),
    "clarify": ("clarifies", "clarified", "clarifying"),
    "admit": ("admits", "admitted", "admitting"),
    "plead": ("pleads", "pleaded", "pleading", "pled"),
    "signal": ("signals", "signalled", "signaled", "signalling", "signaling"),
    "forecast": ("forecasts", "forecast", "forecasting"),
    "yell": ("yells", "yelled", "yelling"),
    "retort": ("retorts", "retorted", "retorting"),
    "object": ("objects", "objected", "objecting"),
    "read": ("reads", "reading"),
    "refer": ("refers", "referred", "referring"),
}


def _forms(verb: str) -> tuple[str, ...]:
    if verb in _IRREGULAR:
        return (verb, *_IRREGULAR[verb])
    if verb.endswith("e"):
        return (verb, verb + "s", verb + "d", verb[:-1] + "ing")
    if verb.endswith(("sh", "ch", "ss", "x")):
        return (verb, verb + "es", verb + "ed", verb + "ing")
    return (verb, verb + "s", verb + "ed", verb + "ing")


@cache
def verb_forms() -> dict[str, str]:
    """Every inflected reporting verb mapped to its base form."""
    return {form: verb for verb in REPORTING_VERBS for form in _forms(verb)}


@cache
def verb_pattern() -> re.Pattern[str]:
    """A regex matching any reporting verb form as a whole word (case-sensitive, lower)."""
    forms = sorted(verb_forms(), key=len, reverse=True)
    return re.compile(r"(?<![\w’'-])(?:" + "|".join(forms) + r")(?![\w’'-])")


# Words that make up a title before a name, or the head of an unnamed source.
ROLE_WORDS = frozenset(
    """president vice minister secretary senator sen. rep. representative congressman
    congresswoman governor gov. mayor chancellor premier chief officer director
    spokesman spokeswoman spokesperson spokespeople commissioner judge justice general
    gen. colonel col. captain capt. lieutenant lt. sergeant sgt. inspector
    superintendent detective constable dr dr. professor prof. mr mr. mrs mrs. ms ms.
    miss sir dame lord lady king queen prince princess pope father rev. reverend bishop
    archbishop cardinal ambassador envoy chairman chairwoman chair chairperson ceo cfo
    coo cto leader speaker coach manager attorney prosecutor sheriff deputy prime
    foreign interior defence defense health finance home education trade environment
    press official officials head founder co-founder executive analyst expert researcher
    scientist lawyer doctor nurse economist historian author writer journalist reporter
    editor activist campaigner candidate member chief-executive administrator agent
    adviser advisor aide counsel consul diplomat emir sheikh sultan president-elect
    pastor imam rabbi priest witness eyewitness resident residents student teacher
    worker owner chef player striker goalkeeper driver pilot firefighter paramedic
    engineer designer organiser organizer curator producer star singer actor actress
    spokesmen source sources insider insiders observer observers director-general
    secretary-general commander marshal admiral major inspector-general auditor
    treasurer regulator police state opposition party public safety transport
    transportation infrastructure justice agriculture labour labor energy culture sports
    tourism affairs economy economic military army navy senior junior former acting
    interim assistant associate lead local regional national federal provincial county
    city district municipal government university hospital company club team fire
    service emergency rescue medical union court member members assemblyman assemblywoman
    co-author coauthor co-developer councillor councilor delegate selectman astronomer
    biologist herpetologist physicist chemist costumer cosplayer actor voice
    democrat democrats republican republicans conservative liberal independent""".split()
)

# Heads of unnamed sources that are people (anonymous when no name follows).
PERSON_NOUNS = frozenset(
    """spokesman spokeswoman spokesperson official officials officer officers source
    sources witness witnesses eyewitness eyewitnesses resident residents analyst
    analysts expert experts diplomat diplomats insider insiders aide aides doctor
    doctors lawyer lawyers scientist scientists researcher researchers investigator
    investigators prosecutor prosecutors minister ministers member members leader
    leaders person people man woman men women activist activists worker workers employee
    employees student students teacher teachers observer observers critic critics
    supporter supporters protester protesters protestors organiser organisers organizer
    organizers survivor survivors victim victims relative relatives friend friends
    neighbour neighbours neighbor neighbors passenger passengers representative
    representatives executive executives director manager engineer engineers firefighter
    firefighters paramedic paramedics medic medics nurse nurses staff commander
    commanders soldier soldiers journalist journalists reporter reporters author authors
    economist economists adviser advisers advisor advisors fan fans coach player players
    someone anyone chief head lawmaker lawmakers legislator legislators senator senators
    scholar scholars historian historians mother father parent parents villager
    villagers farmer farmers owner owners user users customer customers official's
    wife husband son daughter mother brother sister widow partner colleague
    publicist publicists agent agents spokespersons""".split()
)

# Heads of unnamed sources that are bodies rather than people.
ORGANISATION_NOUNS = frozenset(
    """police government ministry department agency authorities authority company firm
    council committee commission court office administration army military navy embassy
    hospital university organisation organization group party union club team board
    campaign airline operator newspaper broadcaster network website channel agency's
    spokesmen bureau service services prosecutors' cabinet kremlin regime junta
    parliament congress senate state states country countries nation federation
    association institute foundation charity consortium coalition alliance watchdog
    regulator""".split()
)

# Heads of unnamed sources that are texts: the speaker is whoever issued them.
DOCUMENT_NOUNS = frozenset(
    """statement report study survey letter document filing lawsuit complaint memo email
    tweet website notice announcement release ruling judgment judgement verdict
    indictment affidavit transcript paper article editorial post blog analysis
    assessment review investigation inquiry order decree bill law guidance advisory
    warning
    account
    studies reports statements documents records tweets posts""".split()
)

# Capitalised words that mark a proper name as an organisation.
ORGANISATION_WORDS = frozenset(
    """Institute Institution University College School Ministry Department Office Agency
    Bureau Police Service Services Council Committee Commission Association Organisation
    Organization Society Foundation Federation Union Party Government Administration
    Authority Board Bank Court Parliament Congress Senate Assembly Company Corporation
    Corp Corp. Inc Inc. Ltd Ltd. LLC plc Group Airlines Airways News Times Post Journal
    Herald Guardian Telegraph Press Agence Network Channel Radio Television TV Army Navy
    Force Forces Guard Patrol Brigade Centre Center Hospital Church Club League Team
    Museum Cabinet Kremlin Pentagon Reuters Xinhua Interfax TASS BBC CNN AFP NASA NATO
    UN EU WHO FIFA UEFA IOC Coalition Alliance Fund Trust Network Agency's Project
    Initiative Movement Front Coast Ministries Embassy Consulate Secretariat Tribunal
    Prosecutor's Office's Department's Survey Observatory Laboratory Laboratories
    Studios Records Games Motors Energy Oil Railways Railway Rail Transit Authority's
    Commission's Council's Police's Weather Bureau's Institute's University's
    Administration's Mission Red Cross Crescent Amnesty Greenpeace Facebook Twitter
    Google Apple Microsoft Amazon Boeing Airbus Tesla Uber Wikimedia Wikipedia Wikinews
    YouTube Instagram Netflix Spotify Samsung Huawei Toyota Volkswagen Nintendo Sony
    Intel IBM Xbox PlayStation Kyodo Yonhap Sputnik Bloomberg Fox NBC CBS ABC NPR PBS AP
    Politico Vox Axios
    Centers Centres Institutes Agencies Councils Committees Departments Offices""".split()
)
_MULTIWORD_ORGANISATIONS = (
    "Al Jazeera",
    "White House",
    "Downing Street",
    "Associated Press",
    "Human Rights Watch",
    "Amnesty International",
    "Red Cross",
    "State Department",
    "Supreme Court",
    "New York Times",
    "Washington Post",
    "Wall Street Journal",
    "Financial Times",
    "Sky News",
    "Deutsche Welle",
    "Doctors Without Borders",
    "Médecins Sans Frontières",
    "World Bank",
    "European Union",
    "United Nations",
    "World Health Organization",
    "Islamic State",
    "Scotland Yard",
)

COUNTRIES = frozenset(
    """Afghanistan Albania Algeria Andorra Angola Argentina Armenia Australia Austria
    Azerbaijan Bahamas Bahrain Bangladesh Barbados Belarus Belgium Belize Benin Bhutan
    Bolivia Bosnia Botswana Brazil Brunei Bulgaria Burundi Cambodia Cameroon Canada Chad
    Chile China Colombia Comoros Congo Croatia Cuba Cyprus Czechia Denmark Djibouti
    Dominica Ecuador Egypt Eritrea Estonia Eswatini Ethiopia Fiji Finland France Gabon
    Gambia Georgia Germany Ghana Greece Grenada Guatemala Guinea Guyana Haiti Honduras
    Hungary Iceland India Indonesia Iran Iraq Ireland Israel Italy Jamaica Japan Jordan
    Kazakhstan Kenya Kiribati Kosovo Kuwait Kyrgyzstan Laos Latvia Lebanon Lesotho
    Liberia Libya Liechtenstein Lithuania Luxembourg Madagascar Malawi Malaysia Maldives
    Mali Malta Mauritania Mauritius Mexico Micronesia Moldova Monaco Mongolia Montenegro
    Morocco Mozambique Myanmar Namibia Nauru Nepal Netherlands Nicaragua Niger Nigeria
    Norway Oman Pakistan Palau Palestine Panama Paraguay Peru Philippines Poland
    Portugal Qatar Romania Russia Rwanda Samoa Senegal Serbia Seychelles Singapore
    Slovakia Slovenia Somalia Spain Sudan Suriname Sweden Switzerland Syria Taiwan
    Tajikistan Tanzania Thailand Togo Tonga Tunisia Turkey Turkmenistan Tuvalu Uganda
    Ukraine Uruguay Uzbekistan Vanuatu Venezuela Vietnam Yemen Zambia Zimbabwe Moscow
    Beijing Washington Kyiv Kiev Tehran London Paris Berlin Tokyo Brussels Pyongyang
    Seoul Ankara Damascus Jerusalem Delhi Islamabad Canberra Ottawa Caracas Havana Hong
    Kong Britain Scotland Wales England""".split()
) | frozenset(
    {
        "United States",
        "United Kingdom",
        "North Korea",
        "South Korea",
        "South Africa",
        "Saudi Arabia",
        "New Zealand",
        "Sri Lanka",
        "El Salvador",
        "Costa Rica",
        "Hong Kong",
        "U.S.",
        "US",
        "UK",
        "U.K.",
        "USA",
        "Ivory Coast",
        "Czech Republic",
        "Dominican Republic",
    }
)


def is_known_organisation(name: str) -> bool:
    """True when ``name`` reads as an organisation, a country or a capital standing for one."""
    if name in COUNTRIES or any(org in name for org in _MULTIWORD_ORGANISATIONS):
        return True
    tokens = name.replace("’", "'").split()
    if any(token in ORGANISATION_WORDS for token in tokens):
        return True
    # An acronym standing alone (NASA, UNICEF) names a body, not a person.
    bare = name.replace(".", "")
    return len(tokens) == 1 and bare.isupper() and 2 <= len(bare) <= 8


# Words the phrase reader (phrases.py) skips, splits at or strips.
DETERMINERS = frozenset(
    """a an the another one this that these those its their his her our many some several
    most few other others both all two three four five six dozens hundreds thousands
    numerous various""".split()
)
ABBREVIATED = frozenset("jr sr inc ltd co corp dr mr mrs ms st gen sen rep gov prof rev no".split())
ADJECTIVE_ENDINGS = ("ed", "al", "ic", "ous", "ive", "ent", "ant", "ian", "ist", "ary", "ese")
PRONOUNS = {"he": "he", "she": "she", "they": "they", "it": "it", "we": "we", "i": "i"}
TRAILING = frozenset(
    """has have had was were is are will would could should may might must also later then
    previously reportedly again today yesterday earlier recently further subsequently
    separately publicly initially first once both all only even still already just
    repeatedly quickly openly privately formally officially directly simply allegedly
    apparently quoted as been being not never had’ve has’ve last this week month year
    night morning afternoon evening tonight on monday tuesday wednesday thursday friday
    saturday sunday widely often always previously clearly flatly angrily calmly
    cheerfully happily frankly bluntly told did does do went go
    to going""".split()
)
LEADING = frozenset(
    """and but yet so while whereas meanwhile however also additionally moreover
    furthermore separately later earlier then still instead likewise similarly finally
    now thus therefore indeed though""".split()
)
INTRODUCERS = frozenset(
    """in on at after before during following despite speaking asked when as since although
    though because if responding with without under for from to amid by over about upon
    unlike like referring writing commenting addressing citing last earlier later
    yesterday today according given once""".split()
)
SPLIT_ALWAYS = frozenset(
    "from at with in on during after representing who which whose that".split()
)
CLAUSE_BREAKS = frozenset("but while whereas because although though when after as since".split())
POSSESSIVES = {"their": "they", "its": "it", "his": "he", "her": "she"}
LATER = re.compile(
    r"(?:a few|a couple|several|two|three|some|many|few) (?:days|weeks|months|years|hours)"
    r"(?: (?:later|earlier|ago|after))?|(?:days|weeks|months|years|hours) (?:later|earlier|ago)"
)
PARTS = frozenset("part parts much portions one two three some several many most each".split())
GROUPS = frozenset("number group handful couple series lot majority minority few".split())
TIME_WORDS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday week month year night
    weekend morning afternoon evening""".split()
)
AFTER_STOPS = frozenset(
    """that who which whose when while as because adding saying noting although but and""".split()
)
