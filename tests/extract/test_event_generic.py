"""Events named only by a common noun: "The ceremony on 3 April ...", "its next
seminar, on river sediment, on 20 June", "the meetings hosted by Indonesia in
Jakarta", "in a ceremony on Friday"; and the bare mentions that stay nothing."""
from __future__ import annotations

from handmade import build, events_of as run

from concord.extract import events


def test_a_ceremony_dated_at_once_is_an_event_placed_by_the_paragraph_before():
    text = ("Workers broke ground on a new container terminal at Sihanoukville port last week.\n\n"
            "The ceremony on 3 April drew officials from two ministries.")
    evs = run(text, "2024-04-08", PLACE=["Sihanoukville"])
    assert [(e.type, e.date) for e in evs] == [("CEREMONY", "2024-04-03")]
    assert evs[0].location["name"] == "Sihanoukville"


def test_a_bare_definite_mention_without_a_date_stays_nothing():
    assert run("The ceremony drew officials from two ministries.", "2024-04-08") == []


def test_the_next_edition_is_its_own_event_with_its_topic():
    text = ("The institute held its 3rd Sediment Seminar in Can Tho on 2 May 2024.\n\n"
            "It will hold its next seminar, on river sediment and fisheries, on 20 June.")
    evs = run(text, "2024-05-10", PLACE=["Can Tho"])
    assert len(evs) == 2
    nxt = next(e for e in evs if "fisheries" in e.name)
    assert nxt.date == "2024-06-20" and nxt.location is None


def test_the_next_edition_never_lends_its_date_to_the_last_one():
    text = ("The 3rd Sediment Seminar was held in Can Tho. "
            "Organisers said the next seminar would be held on 20 June.")
    evs = run(text, "2024-05-10", PLACE=["Can Tho"])
    third = next(e for e in evs if e.name == "3rd Sediment Seminar")
    assert third.date is None and third.location["name"] == "Can Tho"


def test_plural_gatherings_anchored_by_a_host_a_date_and_a_place_are_one_event():
    text = ("Ministers first discussed the corridor in 2021. In March 2023, at the meetings hosted "
            "by Indonesia in Jakarta, they agreed to fund a feasibility study.")
    evs = run(text, "2024-01-05", PLACE=["Jakarta"], COUNTRY=["Indonesia"])
    assert [(e.name, e.date, e.location["name"]) for e in evs] == [("meetings", "2023-03", "Jakarta")]


def test_plural_meetings_without_an_anchor_are_nothing():
    text = "ASEAN holds hundreds of meetings a year, and the meetings cost members a great deal."
    assert run(text, "2024-01-05") == []


def test_in_a_ceremony_takes_the_date_of_its_sentence():
    text = "Thailand opened the new bridge over the Moei River on Friday in a ceremony attended by the king."
    evs = run(text, "2024-07-13", COUNTRY=["Thailand"])
    assert [(e.type, e.date) for e in evs] == [("CEREMONY", "2024-07-12")]


def test_a_country_s_congress_is_its_legislature_not_a_gathering():
    text = ("In 2023 the president addressed a joint session of the Kenyan Congress "
            "and then opened the 5th Africa Water Congress in Nairobi.")
    doc = build(text, "2024-01-05", PLACE=["Nairobi"])
    events.annotate(doc, _Demonyms({"Kenyan"}))
    assert [e.name for e in doc.events] == ["5th Africa Water Congress"]


class _Demonyms:
    """The one KB call the legislature rule makes."""

    def __init__(self, words):
        self.words = words

    def lookup_demonym(self, word):
        return ["x"] if word in self.words else []

    def lookup(self, name):
        return []

    def get(self, id):
        return None

    def __iter__(self):
        return iter(())


def test_a_named_event_opening_a_paragraph_keeps_out_of_the_paragraph_before():
    text = "Officials met in Tokyo last year.\n\nThe 5th Mekong Water Summit will focus on dams."
    evs = run(text, "2024-01-05", PLACE=["Tokyo"])
    assert [(e.name, e.location) for e in evs] == [("5th Mekong Water Summit", None)]


def test_a_forum_of_known_length_that_closes_on_a_day_began_days_before():
    text = "Youth groups praised the three-day forum, which closes on 7 June 2024 in Dili."
    evs = run(text, "2024-06-06", PLACE=["Dili"])
    assert [(e.type, e.date, e.location["name"]) for e in evs] == [("FORUM", "2024-06-05", "Dili")]
