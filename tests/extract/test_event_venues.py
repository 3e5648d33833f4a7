"""The grain of an event's place and the date of its own clause: a visit in the city
of its talks, a venue's city, an arrival at an airport, a relative clause that puts
events online, "the last day of", "on the sidelines of the summit", a date said at
the event, the next edition, a proposal, a retreat, an Expo, a webinar."""
from __future__ import annotations

from handmade import events_of as run, named

from concord.document import Document
from concord.extract import extract_document


def full(text, published=None, dateline=None):
    """Entities, then events, with the packaged KB (cities and their states)."""
    return extract_document(Document(source="t.txt", text=text, published=published, dateline=dateline)).events


def test_a_visit_to_a_state_is_in_the_city_where_its_talks_were_held():
    text = ("Thai Prime Minister Srettha Thavisin paid an official visit to Malaysia this week.\n\n"
            "Srettha and Anwar Ibrahim held talks in Kuala Lumpur on Monday on border trade.")
    visit = named(full(text, "2024-01-10"), "visit")
    assert visit.location["name"] == "Kuala Lumpur"


def test_a_visit_keeps_its_state_when_the_talks_were_in_another_country():
    text = ("Thai Prime Minister Srettha Thavisin paid an official visit to Malaysia this week.\n\n"
            "Srettha and Joko Widodo held talks in Jakarta on Monday on border trade.")
    visit = named(full(text, "2024-01-10"), "visit")
    assert visit.location["name"] == "Malaysia"


def test_an_arrival_at_an_airport_is_a_visit_to_its_city_of_the_kind_said():
    text = ("Indonesian President Joko Widodo arrived at Manila International Airport on Tuesday "
            "for a three-day state visit at the invitation of the Philippine president.")
    visit = named(full(text, "2024-01-10"), "visit")
    assert "state visit" in visit.name
    assert visit.location["name"] == "Manila" and visit.date == "2024-01-09"


def test_a_venue_named_with_its_city_gives_the_city():
    text = ("Ministers met for the 12th Pacific Ocean Forum at the Harbour Convention Centre in Suva "
            "on 4 March 2024.")
    ev = named(run(text, "2024-03-05", PLACE=["Harbour Convention Centre", "Suva"]), "Forum")
    assert ev.location["name"] == "Suva"


def test_a_venue_named_alone_stays_the_place():
    text = "Ministers met for the 12th Pacific Ocean Forum at the Harbour Convention Centre on 4 March 2024."
    ev = named(run(text, "2024-03-05", PLACE=["Harbour Convention Centre"]), "Forum")
    assert ev.location["name"] == "Harbour Convention Centre"


def test_a_relative_clause_puts_the_events_before_it_online():
    text = ("The deal was announced at the end of the 9th Andean Trade Summit and related meetings, "
            "which were also held virtually because of the floods.")
    ev = named(run(text, "2023-02-01"), "Andean")
    assert ev.location == {"id": "virtual", "name": "virtual"}


def test_held_in_person_is_not_online():
    text = ("The deal was announced at the end of the 9th Andean Trade Summit and related meetings, "
            "which were also held in person for the first time.")
    ev = named(run(text, "2023-02-01"), "Andean")
    assert ev.location is None


def test_a_signing_dated_in_its_own_clause_dates_the_summit_whose_last_day_it_was():
    text = ("Twelve Pacific states on Friday signed the Ocean Fisheries (OFA) agreement, the region's "
            "first such pact.\n\nThe signing came on the last day of the 9th Andean Trade Summit.")
    evs = run(text, "2023-03-11", COUNTRY=[])
    signing = named(evs, "signing")
    assert signing.date == "2023-03-10"
    assert named(evs, "Andean").date == "2023-03"


def test_an_event_on_the_sidelines_of_the_summit_takes_its_date():
    text = ("The 30th Baltic Sea Summit opened in Riga on 5 June 2023.\n\n"
            "The Amber Youth Forum held on the sidelines of the summit drew 300 students.")
    forum = named(run(text, "2023-06-07", PLACE=["Riga"]), "Youth")
    assert forum.date == "2023-06-05"


def test_a_date_said_at_the_event_dates_it_and_the_next_edition_does_not():
    text = ("Norway will keep an open trade policy, its minister said yesterday at a policy forum in Oslo.\n\n"
            "Closing the forum, the organisers announced that the next edition would be held in Bergen in October.")
    forum = named(run(text, "2024-05-03", PLACE=["Oslo", "Bergen"]), "forum")
    assert forum.date == "2024-05-02" and forum.location["name"] == "Oslo"


def test_the_next_edition_does_not_place_a_forum_named_without_a_place():
    text = ("Closing the Nordic Policy Forum on 2 May 2024, the organisers said the next edition "
            "would be held in Bergen.")
    forum = named(run(text, "2024-05-03", PLACE=["Bergen"]), "Forum")
    assert forum.date == "2024-05-02" and forum.location is None


def test_a_dialogue_called_for_is_not_an_event():
    text = "The researcher called for a regular dialogue between Chilean universities and their peers in Peru."
    assert run(text, "2024-05-03", COUNTRY=["Peru"]) == []


def test_ministers_due_to_meet_for_their_retreat_is_an_event_of_its_own():
    text = ("The leaders met at a meeting in Lima in March last year.\n\n"
            "Andean foreign ministers are due to meet in Ecuador next month for their annual retreat.")
    evs = run(text, "2024-05-03", PLACE=["Lima"], COUNTRY=["Ecuador"])
    retreat = named(evs, "retreat")
    assert retreat.date == "2024-06" and retreat.location["name"] == "Ecuador"
    assert named(evs, "meeting").date == "2023-03"


def test_an_expo_with_an_ordinal_is_an_event():
    text = "The 15th Andean Trade Expo will open in Quito on 9 September 2024."
    expo = named(run(text, "2024-09-01", PLACE=["Quito"]), "Expo")
    assert expo.type == "EXPO" and expo.location["name"] == "Quito" and expo.date == "2024-09-09"


def test_a_webinar_later_this_month_is_an_online_event_even_without_a_publication_date():
    text = "The institute will present the results at a public webinar later this month, she said."
    webinar = named(run(text, None), "webinar")
    assert webinar.location == {"id": "virtual", "name": "virtual"} and webinar.date is None


def test_a_named_summit_in_an_unresolvable_month_is_still_an_event():
    text = "Chile proposed that ministers send a recommendation to the Pacific Alliance Summit in November."
    assert named(run(text, None), "Summit").date is None


def test_a_commune_named_in_a_list_of_units_refines_the_province_said_first():
    text = ("Officials gather for the opening ceremony in Ratanakiri province.\n\n"
            "The governor presided over the opening ceremony of the Sesan Bridge on 3 July 2024 at "
            "Veun Sai commune, Veun Sai district, Ratanakiri province, before 2,000 villagers.")
    ev = named(run(text, "2024-07-04", PLACE=["Ratanakiri"]), "ceremony")
    assert ev.location["name"] == "Veun Sai" and ev.date == "2024-07-03"


def test_a_province_stays_when_the_later_place_is_not_inside_it():
    text = ("Officials gather for the opening ceremony in Ratanakiri province.\n\n"
            "The governor presided over the opening ceremony of the Sesan Bridge on 3 July 2024 at "
            "Veun Sai commune, before 2,000 villagers.")
    ev = named(run(text, "2024-07-04", PLACE=["Ratanakiri"]), "ceremony")
    assert ev.location["name"] == "Ratanakiri"


def test_the_host_who_invited_is_not_the_visitor():
    text = ("At the invitation of President Gabriel Boric, Peruvian President Dina Boluarte will pay "
            "an official visit to Chile from 4 to 6 June 2024.")
    visit = named(run(text, "2024-06-01", PERSON=["Gabriel Boric", "Dina Boluarte"], COUNTRY=["Chile"]), "visit")
    assert visit.name.startswith("Dina Boluarte") and visit.location["name"] == "Chile"


def test_also_attending_paragraphs_later_takes_the_month_of_the_trip():
    text = ("President Ruto left Nairobi for Kigali to attend the 37th Great Lakes Summit, to be held "
            "from 8 to 10 May 2024.\n\nHe was seen off by ministers.\n\nAides said he would meet investors.\n\n"
            "He will also attend the 5th Lake Victoria Forum during the trip.")
    evs = run(text, "2024-05-06", PLACE=["Nairobi", "Kigali"])
    forum = named(evs, "Lake Victoria")
    assert forum.date == "2024-05" and forum.date_precision == "month"


def test_a_later_event_without_also_takes_no_date_from_far_away():
    text = ("President Ruto left Nairobi for Kigali to attend the 37th Great Lakes Summit, to be held "
            "from 8 to 10 May 2024.\n\nHe was seen off by ministers.\n\nAides said he would meet investors.\n\n"
            "He wants to attend the 5th Lake Victoria Forum one day.")
    forum = named(run(text, "2024-05-06", PLACE=["Nairobi", "Kigali"]), "Lake Victoria")
    assert forum.date is None


def test_the_two_leaders_named_as_a_pair_earlier_held_the_talks_on_that_day():
    text = ("Kenyan President William Ruto and President Paul Kagame agreed on Tuesday to open the border.\n\n"
            "Ruto landed in the morning.\n\n"
            "At the Urugwiro Village, the two leaders held talks on trade.")
    evs = run(text, "2024-05-08", PERSON=["William Ruto", "Paul Kagame"], PLACE=["Urugwiro Village"])
    talks = named(evs, "talks")
    assert "William Ruto" in talks.name and "Paul Kagame" in talks.name
    assert talks.date == "2024-05-07" and talks.location["name"] == "Urugwiro Village"


def test_the_two_leaders_without_a_dated_pair_before_are_not_an_event():
    text = ("Kenyan President William Ruto met business people on Tuesday.\n\n"
            "The two leaders held talks on trade.")
    assert [e for e in run(text, "2024-05-08", PERSON=["William Ruto"]) if "talks" in e.name] == []
