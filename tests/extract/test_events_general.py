"""Events on shapes the seed texts do not show: dates another verb governs, when a
date or place may be inherited, the place of a visit, names with "of" inside, and
unnamed gatherings with a clear type."""
from __future__ import annotations

from handmade import events_of as run, named as by_name  # tests/extract/handmade.py


def test_a_date_governed_by_another_verb_does_not_date_the_event():
    text = "On 26 May 2025, leaders gathered for the 46th ASEAN Summit, the first since Myanmar joined in 1997."
    ev = by_name(run(text, "2025-05-28", COUNTRY=["Myanmar"]), "46th")
    assert (ev.date, ev.date_precision) == ("2025-05-26", "day")


def test_founded_in_is_not_the_date_of_the_forum():
    text = "Delegates attended the 3rd Mekong Youth Forum, an event the institute founded in 2019."
    assert by_name(run(text, "2024-02-02"), "Youth Forum").date is None


def test_an_unrelated_event_does_not_inherit_date_or_place():
    text = ("The 12th Mekong-Lancang Foreign Ministers' Meeting was held in Chiang Mai on 3 March 2024.\n\n"
            "Separately, the 8th Mekong-Korea Business Forum drew firms from four countries.")
    forum = by_name(run(text, "2024-03-05", PLACE=["Chiang Mai"]), "Business Forum")
    assert forum.date is None and forum.location is None


def test_an_event_on_the_sidelines_inherits_date_and_place():
    text = ("The 43rd ASEAN Summit opened in Jakarta on 5 September 2023. "
            "The 4th ASEAN-Australia Dialogue was held on the sidelines.")
    dialogue = by_name(run(text, "2023-09-06", PLACE=["Jakarta"]), "Australia Dialogue")
    assert dialogue.date == "2023-09-05" and dialogue.location["name"] == "Jakarta"


def test_the_place_of_a_visit_is_its_destination():
    text = "Anthony Albanese's visit to Vietnam, announced in Canberra on Monday, starts in June."
    visit = next(e for e in run(text, "2024-03-06", PERSON=["Anthony Albanese"],
                                COUNTRY=["Vietnam"], PLACE=["Canberra"]) if e.type == "VISIT")
    assert visit.location["name"] == "Vietnam"


def test_visited_city_is_the_location():
    text = "Prime Minister Fumio Kishida visited Manila on Friday for talks on maritime security."
    visit = next(e for e in run(text, "2023-11-06", PERSON=["Fumio Kishida"], PLACE=["Manila"]) if e.type == "VISIT")
    assert visit.location["name"] == "Manila" and visit.date == "2023-11-03"


def test_a_city_named_before_beats_the_host_state():
    text = "Leaders met in Busan on Tuesday for the inaugural Mekong-Republic of Korea Summit, hosted by South Korea."
    ev = by_name(run(text, "2024-06-06", PLACE=["Busan"], COUNTRY=["South Korea"]), "Summit")
    assert ev.name == "inaugural Mekong-Republic of Korea Summit"
    assert ev.location["name"] == "Busan" and ev.date == "2024-06-04"


def test_ceremony_of_a_summit_leaves_the_summit_its_own_event():
    text = "Laos handed over the chair at the closing ceremony of the 44th ASEAN Summit in Vientiane on 11 October 2024."
    names = [e.name for e in run(text, "2024-10-12", PLACE=["Vientiane"])]
    assert "44th ASEAN Summit" in names


def test_unnamed_gatherings_with_a_clear_type():
    text = ("The river commission held an online webinar on flood data on Wednesday. "
            "A ground-breaking ceremony for the dry port took place in Savannakhet on Thursday. "
            "Tokyo and Canberra will hold a two-plus-two dialogue in Canberra next month.")
    evs = run(text, "2024-04-19", PLACE=["Savannakhet", "Canberra"])
    webinar = by_name(evs, "webinar")
    assert webinar.location["name"] == "virtual" and webinar.date == "2024-04-17"
    ceremony = by_name(evs, "ground-breaking ceremony")
    assert ceremony.location["name"] == "Savannakhet" and ceremony.date == "2024-04-18"
    assert by_name(evs, "two-plus-two dialogue").date == "2024-05"


def test_a_launch_event_is_an_event():
    text = "The launch event of the Mekong Flood Atlas was held in Phnom Penh on 2 February 2023."
    ev = by_name(run(text, "2023-02-03", PLACE=["Phnom Penh"]), "launch event")
    assert ev.date == "2023-02-02" and ev.location["name"] == "Phnom Penh"


def test_arriving_for_a_visit_is_a_visit_to_that_place():
    text = "President Lula da Silva arrived in Jakarta on Sunday for a three-day state visit."
    visit = next(e for e in run(text, "2024-09-03", PERSON=["Lula da Silva"], PLACE=["Jakarta"]) if e.type == "VISIT")
    assert visit.location["name"] == "Jakarta" and visit.date == "2024-09-01"
    assert "Lula da Silva" in visit.name


def test_arriving_without_a_visit_is_no_event():
    text = "President Lula da Silva arrived in Jakarta on Sunday after talks in Manila."
    assert [e for e in run(text, "2024-09-03", PERSON=["Lula da Silva"], PLACE=["Jakarta", "Manila"])
            if e.type == "VISIT"] == []


def test_a_trip_to_a_place_is_a_visit():
    text = "Kavita Rao's two-day trip to Dhaka ended on Friday with a ports deal."
    visit = next(e for e in run(text, "2024-09-09", PERSON=["Kavita Rao"], PLACE=["Dhaka"]) if e.type == "VISIT")
    assert visit.location["name"] == "Dhaka"


def test_a_typed_gathering_with_the_is_an_event_when_nothing_names_it_later():
    text = ("Ministers met in Chiang Rai on 4 June 2024 for the 9th Mekong Water Summit. "
            "On the sidelines, the two-plus-two dialogue between the two neighbours was also held.")
    dialogue = by_name(run(text, "2024-06-05", PLACE=["Chiang Rai"]), "two-plus-two dialogue")
    assert dialogue.date == "2024-06-04" and dialogue.location["name"] == "Chiang Rai"


def test_the_annual_meeting_named_later_stays_one_event():
    text = ("Their annual meeting opened on Friday in Hue. "
            "The 6th Hue Heritage Meeting drew 300 delegates.")
    evs = [e for e in run(text, "2024-06-09", PLACE=["Hue"]) if e.type == "MEETING"]
    assert [e.name for e in evs] == ["6th Hue Heritage Meeting"]


def test_a_day_after_signed_is_still_the_summits_day():
    text = "Leaders closed the 5th Mekong-Ganga Summit, where they signed a transit accord on Tuesday."
    ev = by_name(run(text, "2024-05-16"), "Mekong-Ganga Summit")
    assert ev.date == "2024-05-14"
