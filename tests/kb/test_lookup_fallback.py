"""Second-chance lookups: names with honorifics, titles, demonyms or an owner in front."""
from __future__ import annotations

import pytest

from concord.errors import KnowledgeBaseError
from concord.kb import load_kb
from concord.kb.fallback import PrefixStripper

SRC = "https://example.org/source"

PEOPLE = [
    {"id": "Q990010", "type": "COUNTRY", "name": "Zembla", "attrs": {"demonym": ["Zemblan"], "adjective": ["Zemblan"]}},
    {"id": "p:kinbote", "type": "PERSON", "name": "Charles Kinbote",
     "offices": [{"title": "Prime Minister", "of": "Q990010", "start": "2020-01-01", "source": SRC}]},
    {"id": "p:shade", "type": "PERSON", "name": "Thi Shade"},
    {"id": "p:gradus", "type": "PERSON", "name": "Gradus"},
    {"id": "p:assembly", "type": "PERSON", "name": "Assembly"},
    {"id": "org:hall", "type": "ORGANIZATION", "name": "Zemblan Hall"},
    {"id": "org:council", "type": "ORGANIZATION", "name": "Council"},
]


@pytest.fixture
def kb(tmp_path, write):
    write(tmp_path / "z" / "z.jsonl", PEOPLE)
    return load_kb([tmp_path / "z"], include_default=False)


def ids(kb, name, **kwargs):
    return [e.id for e in kb.lookup(name, **kwargs)]


@pytest.mark.parametrize("name", [
    "H.E. Charles Kinbote", "HE Charles Kinbote", "Khun Charles Kinbote", "Datuk Seri Charles Kinbote",
    "Samdech Moha Bovor Thipadei Charles Kinbote", "Dr. Charles Kinbote", "Prime Minister Charles Kinbote",
    "Zemblan Prime Minister Charles Kinbote", "H.E. Prime Minister Dr. Charles Kinbote",
    "Zembla's Charles Kinbote", "Zembla’s Prime Minister Charles Kinbote", "the Zemblans' Charles Kinbote",
    "PM Charles Kinbote's",
])
def test_person_found_behind_words_news_puts_in_front(kb, name):
    assert ids(kb, name) == ["p:kinbote"]


def test_fallback_can_be_turned_off(kb):
    assert ids(kb, "Prime Minister Charles Kinbote", fallback=False) == []
    assert ids(kb, "Charles Kinbote", fallback=False) == ["p:kinbote"]


def test_short_leftovers_and_non_people_are_not_found(kb):
    # "U Thi" would leave "Thi": one word of three letters is too loose to link.
    assert ids(kb, "U Thi") == []
    assert ids(kb, "U Thi Shade") == ["p:shade"]
    # Honorific and title stripping only ever yields people.
    assert ids(kb, "General Council") == []
    assert ids(kb, "Zemblan Council") == []
    # A whole name that is only a title is not stripped to nothing.
    assert ids(kb, "Prime Minister") == []


def test_direct_alias_wins_over_fallback(kb):
    # "Zemblan Hall" is a name as written: no stripping to a person happens.
    assert ids(kb, "Zemblan Hall") == ["org:hall"]
    # A long enough one-word leftover is looked up, people only.
    assert ids(kb, "President Assembly") == ["p:assembly"]


def test_possessive_alone(kb):
    assert ids(kb, "Zembla's") == ["Q990010"]
    assert ids(kb, "Zembla’s") == ["Q990010"]


def test_resolve_and_queries_use_the_fallback(kb):
    assert kb.resolve("Mr. Gradus").id == "p:gradus"
    with pytest.raises(KnowledgeBaseError, match="not in the knowledge base"):
        kb.resolve("Mr. Nobody")


def test_stripper_forms_order_and_bounds():
    stripper = PrefixStripper({"he", "prime minister", "dr"})
    assert list(stripper.forms("H.E. Prime Minister Dr. Ann Lee")) == [
        "prime minister dr ann lee", "dr ann lee", "ann lee"]
    # The last word always stays, and an unknown first word stops stripping.
    assert list(stripper.forms("Dr. Prime Minister")) == ["prime minister"]
    assert list(stripper.forms("Prime Minister")) == []
    assert list(stripper.forms("Ann Dr. Lee")) == []
    assert list(PrefixStripper(()).forms("Dr. Ann Lee")) == []


def test_packaged_honorific_forms():
    kb = load_kb()
    for name in ("H.E. Hun Manet", "Khun Paetongtarn Shinawatra", "Prime Minister Hun Manet",
                 "Datuk Seri Anwar Ibrahim", "Dr. Kao Kim Hourn", "Cambodian Prime Minister Hun Manet"):
        found = kb.lookup(name)
        assert found and found[0].type == "PERSON", name
    assert kb.lookup("H.E. Hun Manet")[0].id == kb.lookup("Hun Manet")[0].id


def test_holders_of_a_state_named_by_its_demonym(kb):
    assert [p.id for p, _ in kb.holders("Premier", "Zemblan", on="2021-01-01")] == ["p:kinbote"]
    assert [p.id for p, _ in kb.holders("Premier", "Zembla's", on="2021-01-01")] == ["p:kinbote"]
