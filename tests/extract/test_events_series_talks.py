"""Events without a head noun after their ordinal ("the 18th EAS"), talks between
named sides, and two visits to one country in different years."""
from __future__ import annotations

from concord.extract import events
from handmade import events_of as run, named  # tests/extract/handmade.py


# ----- "<ordinal> <ACRONYM>" ----------------------------------------------------
def test_an_acronym_the_text_defines_keeps_its_ordinal_and_long_form():
    text = ("The Nordic Arctic Ministerial Meeting (NAMM) brings eight states together. "
            "Officials said the 9th NAMM, held in Tromsø on 3 May 2023, agreed on ice data.")
    evs = run(text, "2023-05-05", PLACE=["Tromsø"])
    ninth = named(evs, "9th")
    assert ninth.name == "9th Nordic Arctic Ministerial Meeting (NAMM)"
    assert ninth.type == "MEETING" and ninth.date == "2023-05-03" and ninth.location["name"] == "Tromsø"


def test_an_acronym_the_kb_knows_is_expanded(kb):
    text = "Leaders from 18 states attended the 17th EAS in Phnom Penh on 13 November 2022."
    summit = named(run(text, "2022-11-14", kb=kb, PLACE=["Phnom Penh"]), "17th")
    assert summit.type == "SUMMIT" and "East Asia Summit" in summit.name and "(EAS)" in summit.name
    assert summit.date == "2022-11-13"


def test_a_plus_series_keeps_its_suffix(kb):
    text = "Defence chiefs met at the 8th ADMM-Plus on Wednesday."
    meeting = named(run(text, "2021-06-17", kb=kb), "8th")
    assert meeting.type == "MEETING" and "ADMM-Plus" in meeting.name and meeting.date == "2021-06-16"


def test_an_ordinal_before_a_body_that_names_no_gathering_is_not_an_event(kb):
    text = "It was the 3rd APEC pledge on tariffs and the 2nd CLMV report this year, said the 5th WHO envoy."
    assert run(text, "2021-06-17", kb=kb) == []


def test_the_acronym_edition_and_its_full_name_are_one_event(kb):
    text = ("The 56th AMM opened in Jakarta on 11 July 2023. "
            "At the 56th ASEAN Foreign Ministers' Meeting, ministers discussed Myanmar.")
    evs = run(text, "2023-07-12", kb=kb, PLACE=["Jakarta"])
    assert len([e for e in evs if "56th" in e.name]) == 1


# ----- talks ------------------------------------------------------------------
def test_talks_between_two_named_people_are_a_dated_meeting():
    text = ("Chilean President Gabriel Boric and Argentine President Javier Milei held talks in Santiago on Monday, "
            "their first face-to-face talks since the election.")
    evs = run(text, "2024-08-07", PERSON=["Gabriel Boric", "Javier Milei"], PLACE=["Santiago"])
    talks = named(evs, "talks")
    assert talks.type == "MEETING" and talks.date == "2024-08-05" and talks.location["name"] == "Santiago"
    assert "Gabriel Boric" in talks.name and "Javier Milei" in talks.name and "face-to-face" in talks.name
    assert len([e for e in evs if "talks" in e.name]) == 1


def test_bilateral_talks_with_a_named_side():
    text = "Foreign Minister Penny Wong held bilateral talks with Nepal on 2 March 2024 in Kathmandu."
    evs = run(text, "2024-03-04", PERSON=["Penny Wong"], COUNTRY=["Nepal"], PLACE=["Kathmandu"])
    talks = named(evs, "bilateral talks")
    assert talks.date == "2024-03-02" and "Nepal" in talks.name


def test_talks_without_a_date_or_without_two_sides_are_not_reported():
    undated = "Gabriel Boric and Javier Milei held talks on trade."
    assert run(undated, "2024-08-07", PERSON=["Gabriel Boric", "Javier Milei"]) == []
    one_side = "Gabriel Boric held talks on Monday about copper prices."
    assert run(one_side, "2024-08-07", PERSON=["Gabriel Boric"]) == []


def test_talks_about_a_state_do_not_count_it_as_a_side():
    text = "Gabriel Boric held talks on Monday about Venezuela."
    assert run(text, "2024-08-07", PERSON=["Gabriel Boric"], COUNTRY=["Venezuela"]) == []
    both = "Gabriel Boric and Javier Milei held talks on Monday about Venezuela."
    talks = named(run(both, "2024-08-07", PERSON=["Gabriel Boric", "Javier Milei"], COUNTRY=["Venezuela"]),
                  "talks")
    assert "Venezuela" not in talks.name


# ----- visits -------------------------------------------------------------------
def test_two_visits_to_one_country_in_different_years_stay_two():
    text = ("President Lula da Silva began a state visit to Angola on Thursday. "
            "Lula da Silva's 2007 state visit to Angola opened the oil talks.")
    evs = [e for e in run(text, "2023-08-26", PERSON=["Lula da Silva"], COUNTRY=["Angola"]) if e.type == "VISIT"]
    assert sorted(e.date for e in evs) == ["2007", "2023-08-24"]
    assert len({e.id for e in evs}) == 2


def test_mentions_of_one_visit_without_another_year_stay_one():
    text = ("Lula da Silva paid a state visit to Angola on 24 August 2023. "
            "During his visit to Angola, he opened a clinic. He visited Angola again in October 2023.")
    evs = [e for e in run(text, "2023-10-30", PERSON=["Lula da Silva"], COUNTRY=["Angola"]) if e.type == "VISIT"]
    assert len(evs) == 1 and evs[0].date == "2023-08-24"


def test_a_city_visited_on_a_state_visit_is_one_visit_naming_both(kb):
    from concord.document import Document, Entity, Mention
    text = ("Gustavo Petro visited Santiago in May last year, his first visit to Chile as president. "
            "He visited Lima in 2019.")
    ents = []
    for eid, name, typ in (("p:petro", "Gustavo Petro", "PERSON"), ("Q2887", "Santiago", "PLACE"),
                           ("Q298", "Chile", "COUNTRY"), ("Q2868", "Lima", "PLACE")):
        i = text.index(name)
        ents.append(Entity(id=eid, name=name, type=typ, mentions=[Mention(i, i + len(name), name)]))
    doc = Document(source="test", text=text, published="2024-02-01", entities=ents)
    events.annotate(doc, kb)
    visits = [e for e in doc.events if e.type == "VISIT"]
    chile = named(visits, "Chile")
    assert "Santiago" in chile.name and chile.location["name"] == "Santiago" and chile.date == "2023-05"
    assert len(visits) == 1                       # "He visited Lima": no named visitor, no visit


def test_the_two_leaders_held_talks_takes_the_people_just_named():
    text = ("Kenyan President William Ruto welcomed Tanzanian President Samia Suluhu Hassan in Nairobi. "
            "The two leaders held talks on 4 May 2023 on the border.")
    evs = run(text, "2023-05-06", PERSON=["William Ruto", "Samia Suluhu Hassan"], PLACE=["Nairobi"])
    talks = named(evs, "talks")
    assert talks.name == "talks between William Ruto and Samia Suluhu Hassan" and talks.date == "2023-05-04"


def test_the_graph_merges_an_acronym_edition_with_its_full_name():
    from concord.graph.events import series_and_ordinal
    assert series_and_ordinal("17th East Asia Summit (EAS)") == series_and_ordinal("the 17th East Asia Summit")
    assert series_and_ordinal("Lula da Silva visit to Chile (Santiago)")[0] == "lula da silva visit to chile"
