"""Place and date of events from the dateline, the lead paragraph, the sentence
before, a sibling event ("on the same day as the signing") and the headline. Our
own short wire-style texts; the dateline field is set as the cleaner sets it."""
from __future__ import annotations

import pytest

from concord.kb import default_kb
from handmade import events_of as run, named  # tests/extract/handmade.py


def where(ev):
    return ev.location["name"] if ev.location else None


def test_a_summit_named_after_a_lead_held_in_this_city_is_at_the_dateline():
    text = ("DANANG, March 6 (Wire) -- The prime ministers of Japan and four Mekong states held their "
            "annual summit in this central coastal city on Tuesday, pledging funds for flood warning.\n\n"
            "The 9th Mekong-Japan Summit also set up a working group on fisheries.")
    summit = named(run(text, "2024-03-06", dateline="Danang", COUNTRY=["Japan"]), "9th")
    assert where(summit) == "Danang"
    assert (summit.date, summit.date_precision) == ("2024-03-05", "day")


def test_an_ordinal_meeting_opened_in_the_capital_is_one_event_at_the_dateline():
    text = ("VIENTIANE, June 3 (Wire) -- The Mekong Delta Water Council opened its ninth meeting in the "
            "capital on Monday.\n\nThe 9th Mekong Delta Water Council Meeting runs until Thursday.")
    evs = [e for e in run(text, "2024-06-03", dateline="Vientiane") if e.type == "MEETING"]
    assert len(evs) == 1
    assert where(evs[0]) == "Vientiane" and evs[0].date == "2024-06-03"
    assert "Water Council" in evs[0].name


def test_a_date_after_until_is_not_the_date_of_the_event():
    text = "The 4th Andaman Fisheries Forum runs until Friday."
    assert named(run(text, "2024-05-08"), "Fisheries").date is None


def test_the_previous_sentence_of_the_paragraph_sets_date_and_venue():
    text = ("Cleaners swept the steps outside the Bangkok Grand Hall on 14 February 2023. "
            "At the 6th Gulf of Thailand Dialogue, ministers agreed on a joint patrol.")
    dialogue = named(run(text, "2023-02-16"), "Gulf of Thailand")
    assert dialogue.date == "2023-02-14" and where(dialogue) == "Bangkok Grand Hall"


def test_a_previous_sentence_about_another_event_gives_nothing():
    text = ("The 30th Pacific Islands Forum met in Suva on 2 May 2023. "
            "At the 6th Gulf of Thailand Dialogue, ministers agreed on a joint patrol.")
    dialogue = named(run(text, "2023-05-05", PLACE=["Suva"]), "Gulf of Thailand")
    assert dialogue.date is None and dialogue.location is None


def test_a_meeting_on_the_same_day_as_the_signing_takes_its_date():
    text = ("Australia and Indonesia signed a defence cooperation agreement on 29 August 2024.\n\n"
            "The eighth Indonesia-Australia Foreign and Defence Ministers' Meeting was held on the "
            "same day as the signing.")
    meeting = named(run(text, "2024-08-30", COUNTRY=["Australia", "Indonesia"]), "Defence Ministers")
    assert (meeting.date, meeting.date_precision) == ("2024-08-29", "day")


def test_a_headline_naming_the_host_city_places_the_event():
    text = ("Ministers from the two countries agreed to expand coast guard drills.\n\n"
            "The third India-Vietnam Maritime Dialogue, or “3M”, focused on port calls.")
    evs = run(text, "2024-09-12", title="Ports pact on agenda as Hanoi hosts 3M talks", kb=default_kb())
    assert where(named(evs, "Maritime Dialogue")) in ("Hanoi", "Hà Nội")


def test_a_headline_host_does_not_place_an_unrelated_event():
    text = "The third India-Vietnam Maritime Dialogue focused on port calls."
    evs = run(text, "2024-09-12", title="Hanoi hosts rice talks", kb=default_kb())
    assert named(evs, "Maritime Dialogue").location is None


def test_lead_date_reaches_an_event_placed_in_the_same_city():
    text = ("MANILA, Jan. 20 (Wire) -- Southeast Asian ministers meeting in the Philippine capital on "
            "Saturday urged restraint at sea.\n\n"
            "Officials attended the ASEAN Foreign Ministers' Retreat Meeting at a hotel in Manila.")
    meeting = named(run(text, "2024-01-20", dateline="Manila", PLACE=["Manila"]), "Retreat")
    assert where(meeting) == "Manila" and meeting.date == "2024-01-20"


def test_an_event_clearly_elsewhere_keeps_its_own_place_and_date():
    text = ("SINGAPORE, Oct. 2 (Wire) -- Leaders gathered here on Wednesday for talks on trade.\n\n"
            "They first met at the 2nd Pacific Trade Summit in Tokyo in April 2022.")
    summit = named(run(text, "2024-10-02", dateline="Singapore", PLACE=["Tokyo", "Singapore"]), "Pacific")
    assert where(summit) == "Tokyo" and summit.date == "2022-04"


def test_an_event_with_another_date_does_not_take_the_dateline_place():
    text = ("SINGAPORE, Oct. 2 (Wire) -- Leaders gathered here on Wednesday for talks on trade.\n\n"
            "The idea was first raised at the 2nd Pacific Trade Summit in 2019.")
    summit = named(run(text, "2024-10-02", dateline="Singapore", PLACE=["Singapore"]), "Pacific")
    assert summit.location is None and summit.date == "2019"


@pytest.mark.parametrize("sentence", [
    "Leaders will attend the 5th Pacific Trade Summit.",
    "Officials attended a planning session for the next Pacific Trade Summit.",
])
def test_future_and_next_editions_take_nothing_from_the_lead(sentence):
    text = f"SINGAPORE, Oct. 2 (Wire) -- Leaders gathered here on Wednesday for talks on trade.\n\n{sentence}"
    summit = named(run(text, "2024-10-02", dateline="Singapore", PLACE=["Singapore"]), "Pacific")
    assert summit.location is None and summit.date is None


def test_without_a_dateline_in_the_capital_places_nothing():
    text = "The 7th Coral Triangle Forum opened in the capital on Monday."
    forum = named(run(text, "2024-04-03"), "Coral")
    assert forum.location is None and forum.date == "2024-04-01"


def test_a_year_after_since_dates_the_event_named_with_when():
    text = "The two sides have met yearly since 2011, when the first Mekong-Korea Forum took place in Seoul."
    assert named(run(text, "2024-04-03", PLACE=["Seoul"]), "first").date == "2011"


def test_a_date_on_the_sidelines_of_another_event_dates_both():
    text = ("The next Lao-Thai Summit will be held in Vientiane on the sidelines of the ASEAN summit "
            "in early October.")
    lao = named(run(text, "2024-08-01", PLACE=["Vientiane"]), "Lao-Thai")
    assert lao.date == "2024-10"


def test_an_inherited_place_is_not_taken_across_a_different_date():
    text = ("The bloc has met since 2005, when the first Borneo Summit took place in Kuching.\n\n"
            "On Friday, delegates also attended the Borneo Business Forum.")
    forum = named(run(text, "2024-06-10", PLACE=["Kuching"]), "Business Forum")
    assert forum.location is None and forum.date == "2024-06-07"


def test_event_ids_carry_the_year_of_a_date_found_from_the_lead():
    text = ("DANANG, March 6 (Wire) -- Ministers met here on Tuesday.\n\n"
            "The 9th Mekong-Japan Summit also set up a working group on fisheries.")
    summit = named(run(text, "2024-03-06", dateline="Danang"), "9th")
    assert summit.id.endswith("-2024")


def test_an_unread_hyphen_dateline_naming_a_known_city_is_the_dateline():
    text = ("JAKARTA - Foreign ministers of the bloc met on Thursday to discuss the haze.\n\n"
            "The 11th Haze Ministerial Meeting adopted a five-year plan.")
    meeting = named(run(text, "2024-02-09", kb=default_kb()), "Haze")
    assert where(meeting) == "Jakarta" and meeting.date == "2024-02-08"


def test_a_capitalised_lead_word_that_is_no_place_is_no_dateline():
    text = ("ANALYSIS - Foreign ministers of the bloc met on Thursday to discuss the haze.\n\n"
            "The 11th Haze Ministerial Meeting adopted a five-year plan.")
    assert named(run(text, "2024-02-09", kb=default_kb()), "Haze").location is None


def test_the_capital_followed_by_its_name_is_not_the_dateline():
    text = ("BANGKOK, Feb. 1 (Wire) -- Envoys said the 3rd Peace Talks Meeting opened in the capital "
            "Naypyitaw on Monday.")
    meeting = named(run(text, "2024-02-01", dateline="Bangkok", PLACE=["Bangkok", "Naypyitaw"]),
                    "Peace Talks")
    assert where(meeting) == "Naypyitaw"


def test_arriving_here_for_a_visit_is_a_visit_to_the_dateline_place():
    text = ("SEOUL, June 4 (Wire) -- Malaysian Prime Minister Anwar Ibrahim arrived here on Monday for a "
            "three-day official visit.")
    evs = run(text, "2024-06-04", dateline="Seoul", PERSON=["Anwar Ibrahim"], PLACE=["Seoul"])
    visit = next(e for e in evs if e.type == "VISIT")
    assert where(visit) == "Seoul" and visit.date == "2024-06-03"


def test_arriving_here_without_a_dateline_or_a_visit_is_nothing():
    text = "Malaysian Prime Minister Anwar Ibrahim arrived here on Monday for a three-day official visit."
    assert not [e for e in run(text, "2024-06-04", PERSON=["Anwar Ibrahim"]) if e.type == "VISIT"]
    text = "SEOUL, June 4 (Wire) -- Anwar Ibrahim arrived here on Monday after talks in Tokyo."
    assert not [e for e in run(text, "2024-06-04", dateline="Seoul", PERSON=["Anwar Ibrahim"]) if e.type == "VISIT"]


def test_in_the_capital_is_the_dateline_only_when_the_dateline_is_a_capital():
    text = ("BUSAN, Nov. 2 (Wire) -- The 5th Korea-Mekong Port Forum opened in the capital on Monday.")
    forum = named(run(text, "2024-11-04", dateline="Busan", kb=default_kb()), "Port Forum")
    assert forum.location is None
    text = ("HANOI, Nov. 2 (Wire) -- The 5th Korea-Mekong Port Forum opened in the capital on Monday.")
    forum = named(run(text, "2024-11-04", dateline="Hanoi", kb=default_kb()), "Port Forum")
    assert where(forum) in ("Hanoi", "Hà Nội")
