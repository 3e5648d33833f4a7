"""Events: names with ordinals, back-references, dates against the publication
date, places, virtual meetings, organisers, and what must not become an event."""
from __future__ import annotations

from handmade import events_of as run  # tests/extract/handmade.py


def test_ordinal_name_date_and_place():
    text = "The 43rd ASEAN Summit was held in Jakarta on Tuesday, with leaders of all member states present."
    evs = run(text, "2023-09-07", PLACE=[("Jakarta",)], ORGANIZATION=[("ASEAN",)])
    assert len(evs) == 1
    ev = evs[0]
    assert (ev.type, ev.name, ev.date, ev.date_precision) == ("SUMMIT", "43rd ASEAN Summit", "2023-09-05", "day")
    assert ev.location["name"] == "Jakarta"
    assert text[ev.start:ev.end] == "43rd ASEAN Summit"
    assert ev.id == "e:43rd-asean-summit-2023"
    assert {"id": "organization:asean", "name": "ASEAN"} in ev.participants


def test_back_references_are_one_event_and_fill_missing_facts():
    text = ("The Third Mekong-Lancang Water Forum opened on Monday.\n"
            "The forum was co-organised by the Mekong Institute and the Lancang Centre.\n"
            "Delegates said the forum ended in Chiang Rai on a hopeful note.")
    evs = run(text, "2022-06-15", PLACE=[("Chiang Rai",)],
              ORGANIZATION=[("Mekong Institute",), ("Lancang Centre",)])
    assert len(evs) == 1
    ev = evs[0]
    assert ev.name == "Third Mekong-Lancang Water Forum" and ev.date == "2022-06-13"
    assert [o["name"] for o in ev.organizers] == ["Mekong Institute", "Lancang Centre"]
    assert ev.location["name"] == "Chiang Rai"


def test_month_without_year_takes_the_year_before_when_later_than_publication():
    text = "Speaking at the 2nd Pacific Islands Dialogue in November, the minister urged calm."
    assert run(text, "2021-03-02")[0].date == "2020-11"
    assert run(text, "2021-12-20")[0].date == "2021-11"


def test_future_tense_looks_ahead():
    text = "Foreign ministers will meet at the 57th ASEAN Foreign Ministers’ Meeting on Friday."
    ev = run(text, "2024-07-23")[0]                   # a Tuesday
    assert ev.type == "MEETING" and ev.date == "2024-07-26"
    assert "57th" in ev.name and "Ministers’ Meeting" in ev.name


def test_no_date_is_invented():
    text = "Laos hosted the 11th Greater Mekong Subregion Summit to widen rail links."
    ev = run(text, None)[0]
    assert ev.date is None and ev.date_precision is None and ev.location is None


def test_virtual_and_name_running_on_over_a_title():
    text = "Envoys joined the Roundtable Dialogue on “Water Security in the Lower Mekong” held online this morning."
    ev = run(text, "2021-05-04")[0]
    assert ev.location == {"id": "virtual", "name": "virtual"}
    assert ev.name.startswith("Roundtable Dialogue on Water Security")
    assert ev.date == "2021-05-04"


def test_passing_mentions_of_past_events_with_place_and_year():
    text = ("The plan was first floated at the Bangkok Security Conference in Bangkok in March 2018 "
            "and later endorsed at the Pacific Leaders Summit in Suva in 2019.")
    evs = run(text, "2023-01-10", PLACE=[("Bangkok",), ("Suva",)])
    assert [(e.name, e.date, e.location["name"]) for e in evs] == [
        ("Bangkok Security Conference", "2018-03", "Bangkok"), ("Pacific Leaders Summit", "2019", "Suva")]


def test_generic_words_and_institutions_are_not_events():
    text = ("A series of meetings took place between officials.\n"
            "The ministry wants more dialogue with partners and regular high-level meetings.\n"
            "Both sides praised their dialogue relations and the East Asia Summit framework.\n"
            "Thailand is a member of the East Asia Summit, which it values.")
    assert run(text, "2020-01-01") == []


def test_dash_apposition_is_one_event():
    text = "He spoke at the Fourth Timor-Leste Partners Workshop – 2nd regional dialogue on migration held in Dili on Monday."
    evs = run(text, "2019-05-08", PLACE=[("Dili",)])
    assert len(evs) == 1 and evs[0].location["name"] == "Dili" and evs[0].date == "2019-05-06"


def test_different_ordinals_of_one_series_are_different_events():
    text = "After the 8th CLMV Summit, the 9th CLMV Summit was held in Vientiane."
    evs = run(text, None, PLACE=[("Vientiane",)])
    assert [e.name for e in evs] == ["8th CLMV Summit", "9th CLMV Summit"]
    assert evs[0].location is None and evs[1].location["name"] == "Vientiane"


def test_visits_and_signings():
    text = ("Prime Minister Luxon began an official visit to Vietnam on Monday.\n"
            "The two governments signed a memorandum of understanding on education in Hanoi.")
    evs = run(text, "2024-02-28", PERSON=[("Christopher Luxon", "Luxon")],
              COUNTRY=[("Vietnam",)], PLACE=[("Hanoi",)])
    kinds = {e.type: e for e in evs}
    assert kinds["VISIT"].name == "Christopher Luxon official visit to Vietnam"
    assert kinds["VISIT"].date == "2024-02-26"
    assert kinds["SIGNING"].name == "signing of memorandum of understanding"
    assert kinds["SIGNING"].location["name"] == "Hanoi"


def test_ids_are_stable():
    text = "The 5th Indian Ocean Conference was held in Perth in 2021."
    a = run(text, None, PLACE=[("Perth",)])
    b = run(text, None, PLACE=[("Perth",)])
    assert a[0].id == b[0].id == "e:5th-indian-ocean-conference-2021"


def test_year_in_the_name_dates_the_event():
    text = "She attended the 2018 Mekong Business Forum with 300 investors."
    ev = run(text, "2020-01-01")[0]
    assert (ev.date, ev.date_precision) == ("2018", "year")


def test_sentence_opening_date_dates_the_event():
    text = "On 2 March 2021, ministers joined the Seventh Mekong-Ganga Cooperation Meeting."
    ev = run(text, None)[0]
    assert ev.date == "2021-03-02" and ev.name == "Seventh Mekong-Ganga Cooperation Meeting"


def test_a_name_within_another_is_not_merged_across_series():
    text = ("Leaders met at the ASEAN Summit in Vientiane on Tuesday.\n"
            "A day later they attended the ASEAN-Japan Summit in Vientiane.\n"
            "The World Economic Forum on East Asia was held in Jakarta; at the World Economic Forum on East Asia Growth "
            "session, he spoke.")
    evs = run(text, "2024-10-10", PLACE=[("Vientiane",), ("Jakarta",)], ORGANIZATION=[("ASEAN",)])
    assert [e.name for e in evs] == ["ASEAN Summit", "ASEAN-Japan Summit", "World Economic Forum on East Asia"]


def test_two_ordinals_before_a_plural_head_are_two_events():
    text = "Leaders gathered in Kuala Lumpur for the 46th and 47th ASEAN Summits, held from 26 to 28 October 2025."
    evs = run(text, "2025-10-30", PLACE=[("Kuala Lumpur",)])
    assert [(e.name, e.date) for e in evs] == [("46th ASEAN Summit", "2025-10-26"), ("47th ASEAN Summit", "2025-10-26")]
    assert all(e.location["name"] == "Kuala Lumpur" for e in evs)


def test_date_and_place_before_the_mention_in_its_sentence():
    text = "The minister will travel to Dili from 3 to 5 May 2023 to attend the 2nd Timor Sea Dialogue."
    ev = run(text, "2023-04-30", PLACE=[("Dili",)])[0]
    assert (ev.date, ev.location["name"]) == ("2023-05-03", "Dili")


def test_a_related_meeting_in_the_next_paragraph_takes_date_and_place():
    text = ("Ministers arrive in Vientiane on 24 July 2024 for the 57th ASEAN Foreign Ministers' Meeting.\n"
            "The programme also includes the 31st ASEAN Regional Forum.")
    evs = run(text, "2024-07-20", PLACE=[("Vientiane",)])
    assert [(e.name, e.date, e.location["name"]) for e in evs][1] == ("31st ASEAN Regional Forum", "2024-07-24", "Vientiane")


def test_next_or_previous_edition_is_its_own_event():
    text = ("The 5th Mekong Water Summit closed in Hanoi on Friday.\n"
            "The previous Mekong Water Summit was held in Siem Reap in 2019.\n"
            "The next Mekong Water Summit will be hosted by Thailand in 2027.")
    evs = run(text, "2024-03-10", PLACE=[("Hanoi",), ("Siem Reap",)], COUNTRY=[("Thailand",)])
    assert [(e.date, e.location["name"]) for e in evs] == [("2024-03-08", "Hanoi"), ("2019", "Siem Reap"),
                                                          ("2027", "Thailand")]


def test_host_country_as_place_and_acronym_inside_the_name():
    text = "Officials prepared the third Pacific Islands Forum (PIF) Summit, which Tonga will host in November."
    ev = run(text, "2024-06-01", COUNTRY=[("Tonga",)])[0]
    assert "(PIF)" in ev.name and ev.location["name"] == "Tonga" and ev.date == "2024-11"


def test_reporting_date_is_not_the_event_date():
    text = "Delegates will attend the 10th Gulf of Thailand Forum, the ministry said on Monday."
    ev = run(text, "2025-08-13")[0]
    assert ev.date is None


def test_dateline_dates_relative_words_when_publication_date_is_missing():
    text = "BANGKOK, 3 August 2019 - Ministers met on Friday for the 12th Mekong-Korea Foreign Ministers' Meeting."
    ev = run(text, None)[0]
    assert ev.date == "2019-08-02"


def test_indefinite_events_need_an_anchor_in_time_or_place():
    text = ("The partners launched the plan at a virtual ministerial meeting in September.\n"
            "They also want a meeting with farmers some day.\n"
            "The institute will hold a follow-up workshop with journalists in Yangon.")
    evs = run(text, "2020-12-17", PLACE=[("Yangon",)])
    assert [(e.name, e.date) for e in evs] == [("virtual ministerial meeting", "2020-09"), ("follow-up workshop", None)]
    assert evs[1].location["name"] == "Yangon"


def test_lower_case_modifiers_join_a_capitalised_series_name():
    text = "Ministers attended the Mekong-U.S. Partnership ministerial meeting in Bangkok."
    ev = run(text, None, PLACE=[("Bangkok",)])[0]
    assert ev.name == "Mekong-U.S. Partnership ministerial meeting" and ev.location["name"] == "Bangkok"


def test_lead_back_reference_before_the_full_name():
    text = ("Mekong ministers went ahead with their annual meeting in Luang Prabang on Friday.\n"
            "Laos chaired the 6th Mekong-ROK Foreign Ministers' Meeting with Seoul's envoy.")
    ev = run(text, "2021-09-11", PLACE=[("Luang Prabang",)])[0]
    assert (ev.name, ev.date, ev.location["name"]) == ("6th Mekong-ROK Foreign Ministers' Meeting", "2021-09-10",
                                                       "Luang Prabang")


def test_named_venue_is_a_place():
    text = "The gavel passed at the 50th ASEAN Summit at the Penang International Convention Centre."
    ev = run(text, None)[0]
    assert ev.location == {"id": "place:penang-international-convention-centre",
                           "name": "Penang International Convention Centre"}


def test_a_named_leader_visiting_a_country_is_a_visit():
    text = "Prime Minister Hun Manet visited Japan from 14 to 17 December 2023. Tourists visited Japan too."
    evs = run(text, None, PERSON=[("Hun Manet",)], COUNTRY=[("Japan",)])
    assert [(e.type, e.name, e.date) for e in evs] == [("VISIT", "Hun Manet visit to Japan", "2023-12-14")]


def test_one_visit_named_twice_is_one_event():
    text = ("Hun Manet visited Japan last week.\n"
            "During his official visit to Japan, Hun Manet met business leaders in Osaka on 15 December 2023.")
    evs = run(text, "2023-12-20", PERSON=[("Hun Manet",)], COUNTRY=[("Japan",)], PLACE=[("Osaka",)])
    assert len(evs) == 1 and evs[0].type == "VISIT"


def test_a_summit_named_by_its_city_is_the_summit_held_there():
    text = ("The 47th ASEAN Summit opened in Kuala Lumpur on Sunday.\n"
            "Delegates said the Kuala Lumpur summit had a full agenda.")
    evs = run(text, "2025-10-27", PLACE=[("Kuala Lumpur",)])
    assert [e.name for e in evs] == ["47th ASEAN Summit"]


def test_the_city_wins_over_the_venue_in_it():
    text = "Leaders met at the 4th Mekong Delta Summit held at the National Convention Centre in Vientiane."
    ev = run(text, None, PLACE=[("National Convention Centre",), ("Vientiane",)])[0]
    assert ev.location["name"] == "Vientiane"


def test_a_forum_in_the_sense_of_a_platform_is_not_an_event():
    text = "The bloc has served as a forum for frank talks since 1994."
    assert run(text, "2024-01-01") == []
