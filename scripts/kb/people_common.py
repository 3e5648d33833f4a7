"""Shared helpers for the people tables of the knowledge base.

The people of the KB are written as short Python tables (one `P(...)` a person) in
`people_asean.py`, `people_partners.py` and `people_international.py`, and turned
into the JSON Lines files of `src/concord/kb/data/` by `build_people.py`. Tables in
code (not hand-written JSON) keep each person on a few lines and let one rule fill
the repetitive parts: the local id, the default source, the ASCII alias.

Every dated fact carries a source. When `O(...)` is given none, the standard
Wikipedia page of the office for that state is used (`OFFICE_PAGES`), or failing
that the person's own English Wikipedia page.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

WIKI = "https://en.wikipedia.org/wiki/"

# State and organisation ids (Wikidata QIDs) used as `of` and `country`.
BN, KH, ID, LA, MY, MM, PH, SG, TH, VN, TL = (
    "Q921", "Q424", "Q252", "Q819", "Q833", "Q836", "Q928", "Q334", "Q869", "Q881", "Q574")
CN, JP, KR, IN, US, RU, AU, NZ, CA, UK = (
    "Q148", "Q17", "Q884", "Q668", "Q30", "Q159", "Q408", "Q664", "Q16", "Q145")
EU, ASEAN, UN = "Q458", "Q7768", "Q1065"

_COUNTRY_PAGE = {
    BN: "Brunei", KH: "Cambodia", ID: "Indonesia", LA: "Laos", MY: "Malaysia", MM: "Myanmar",
    PH: "the_Philippines", SG: "Singapore", TH: "Thailand", VN: "Vietnam", TL: "Timor-Leste",
    CN: "China", JP: "Japan", KR: "South_Korea", IN: "India", US: "the_United_States",
    RU: "Russia", AU: "Australia", NZ: "New_Zealand", CA: "Canada", UK: "the_United_Kingdom",
}

# The standard Wikipedia page of an office, where its name follows a fixed pattern.
OFFICE_PAGES: dict[tuple[str, str], str] = {}
for _qid, _page in _COUNTRY_PAGE.items():
    OFFICE_PAGES[("President", _qid)] = f"{WIKI}President_of_{_page}"
    OFFICE_PAGES[("Prime Minister", _qid)] = f"{WIKI}Prime_Minister_of_{_page}"
OFFICE_PAGES.update({
    ("Prime Minister", CN): f"{WIKI}Premier_of_China",
    ("Foreign Minister", US): f"{WIKI}United_States_Secretary_of_State",
    ("Foreign Minister", UK): f"{WIKI}Foreign_Secretary",
    ("Foreign Minister", IN): f"{WIKI}Minister_of_External_Affairs_(India)",
    ("Foreign Minister", PH): f"{WIKI}Secretary_of_Foreign_Affairs_(Philippines)",
    ("Foreign Minister", JP): f"{WIKI}Minister_for_Foreign_Affairs_(Japan)",
    ("Foreign Minister", AU): f"{WIKI}Minister_for_Foreign_Affairs_(Australia)",
    ("Foreign Minister", SG): f"{WIKI}Minister_for_Foreign_Affairs_(Singapore)",
    ("Foreign Minister", CN): f"{WIKI}Minister_of_Foreign_Affairs_(China)",
    ("Foreign Minister", RU): f"{WIKI}Minister_of_Foreign_Affairs_(Russia)",
    ("Foreign Minister", KR): f"{WIKI}Minister_of_Foreign_Affairs_(South_Korea)",
    ("Foreign Minister", CA): f"{WIKI}Minister_of_Foreign_Affairs_(Canada)",
    ("Foreign Minister", NZ): f"{WIKI}Minister_of_Foreign_Affairs_(New_Zealand)",
    ("Foreign Minister", ID): f"{WIKI}Minister_of_Foreign_Affairs_(Indonesia)",
    ("Foreign Minister", MY): f"{WIKI}Minister_of_Foreign_Affairs_(Malaysia)",
    ("Foreign Minister", TH): f"{WIKI}Minister_of_Foreign_Affairs_(Thailand)",
    ("Foreign Minister", VN): f"{WIKI}Ministry_of_Foreign_Affairs_(Vietnam)",
    ("Secretary-General", ASEAN): f"{WIKI}Secretary-General_of_the_Association_of_Southeast_Asian_Nations",
    ("Secretary-General", UN): f"{WIKI}Secretary-General_of_the_United_Nations",
    ("President of the European Commission", EU): f"{WIKI}President_of_the_European_Commission",
    ("President of the European Council", EU): f"{WIKI}President_of_the_European_Council",
    ("High Representative of the Union for Foreign Affairs and Security Policy", EU):
        f"{WIKI}High_Representative_of_the_Union_for_Foreign_Affairs_and_Security_Policy",
    ("Monarch", UK): f"{WIKI}Monarchy_of_the_United_Kingdom",
    ("King", MY): f"{WIKI}Yang_di-Pertuan_Agong",
    ("King", TH): f"{WIKI}Monarchy_of_Thailand",
    ("King", KH): f"{WIKI}Monarchy_of_Cambodia",
    ("Emperor", JP): f"{WIKI}Emperor_of_Japan",
    ("Vice President", US): f"{WIKI}Vice_President_of_the_United_States",
    ("Vice President", ID): f"{WIKI}Vice_President_of_Indonesia",
    ("Vice President", PH): f"{WIKI}Vice_President_of_the_Philippines",
    ("Vice President", CN): f"{WIKI}Vice_President_of_China",
    ("Vice President", VN): f"{WIKI}Vice_President_of_Vietnam",
})


@dataclass
class O:
    """One spell of one office. `of` is an entity id; dates are ISO (end None = today)."""
    title: str
    of: str
    start: str
    end: str | None
    source: str | None = None
    local_title: str | None = None
    note: str | None = None
    acting: bool = False
    shared: bool = False
    checked_until: str | None = None    # an open term known to be current up to this date only


@dataclass
class P:
    """One person: canonical name, gender ("m"/"f"), country id, aliases and offices."""
    name: str
    gender: str
    country: str | None
    aliases: list[str] = field(default_factory=list)
    offices: list[O] = field(default_factory=list)
    qid: str | None = None
    born: int | None = None
    wiki: str | None = None      # the person's English Wikipedia page title, when not the name
    ambiguous: list[str] = field(default_factory=list)


def slug(name: str) -> str:
    """ASCII slug for a local id: "Lê Lương Minh" -> "le-luong-minh"."""
    text = strip_marks(name).lower().replace("đ", "d")
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def strip_marks(text: str) -> str:
    """The text without diacritics ("Phạm Minh Chính" -> "Pham Minh Chinh")."""
    text = text.replace("Đ", "D").replace("đ", "d")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _korean_spaced(name: str) -> str:
    family, _, given = name.partition(" ")
    return f"{family} " + " ".join(part.capitalize() for part in given.split("-"))


def person_page(person: P) -> str:
    return WIKI + (person.wiki or person.name).replace(" ", "_")


# Where a state's own title is itself a KB title that counts as the canonical one
# (titles.json "counts_as"), the office is written under the state's title so that
# both `holders("Foreign Minister", "United States")` and `holders("Secretary of
# State", "United States")` find it.
OWN_TITLES = {("Foreign Minister", US): "Secretary of State",
              ("Foreign Minister", UK): "Foreign Secretary",
              ("Defence Minister", US): "Secretary of Defense"}


def _office_record(person: P, office: O) -> dict:
    source = office.source or OFFICE_PAGES.get((office.title, office.of)) or person_page(person)
    title = OWN_TITLES.get((office.title, office.of), office.title)
    record: dict = {"title": title, "of": office.of, "start": office.start,
                    "end": office.end, "source": source}
    if office.local_title and office.local_title != title:
        record["local_title"] = office.local_title
    if office.acting:
        record["acting"] = True
    if office.shared:
        record["shared"] = True
    if office.note:
        record["note"] = office.note
    if office.checked_until:
        record["checked_until"] = office.checked_until
    return record


def to_record(person: P) -> dict:
    """The data-file line of a person (the KB entity schema of docs/kb.md)."""
    aliases: list[str] = []
    forms = [person.name, *person.aliases]
    if person.country == KR:
        # Korean given names appear hyphenated and spaced ("Lee Jae-myung", "Lee Jae Myung").
        forms += [_korean_spaced(f) for f in forms if "-" in f]
    for alias in forms:
        for form in (alias, strip_marks(alias)):
            if form not in aliases and form != person.name:
                aliases.append(form)
    attrs: dict = {"gender": {"m": "male", "f": "female"}[person.gender]}
    if person.country:
        attrs["country"] = person.country
    if person.born:
        attrs["born"] = person.born
    record = {"id": person.qid or f"p:{slug(person.name)}", "type": "PERSON",
              "name": person.name, "wikidata": person.qid, "aliases": aliases}
    if person.ambiguous:
        record["ambiguous_aliases"] = list(person.ambiguous)
    record["offices"] = [_office_record(person, o) for o in person.offices]
    record["memberships"] = []
    record["attrs"] = attrs
    return record
