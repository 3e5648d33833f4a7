"""Where and when an event happened when the text says it away from the mention:
a place that is only a topic ("tensions in ...") or an owner ("Jakarta's ..."), a
signing named twice, "in the same city", a visit under a capital's dateline, "the
signing came on the same day as ...", a date before ", when ...", a host city."""
from __future__ import annotations

from handmade import events_of as run, named

from concord.document import Document
from concord.extract import extract_document


def test_a_place_after_a_topic_noun_is_not_the_venue():
    text = ("Indonesia and Vietnam signed a fisheries memorandum on 2 April 2024, a step both "
            "described as overdue amid tensions in the North Natuna Sea.")
    ev = named(run(text, "2024-04-03", PLACE=["North Natuna Sea"]), "signing")
    assert ev.date == "2024-04-02" and ev.location is None


def test_a_place_that_owns_something_is_not_the_venue():
    text = "The 3rd Coral Triangle Summit was held on 8 March 2024, the latest step in Jakarta's sea diplomacy."
    ev = named(run(text, "2024-03-09", PLACE=["Jakarta"]), "Coral Triangle")
    assert ev.location is None


def test_the_agreement_signed_again_later_is_one_signing_with_its_venue():
    text = ("Laos and Thailand signed a Power Purchase Agreement on 4 March 2024.\n\n"
            "The energy ministers signed the agreement at the Government Complex in Savannakhet.")
    evs = run(text, "2024-03-05", PLACE=["Savannakhet"], COUNTRY=["Laos", "Thailand"])
    signings = [e for e in evs if e.type == "SIGNING"]
    assert len(signings) == 1
    assert signings[0].date == "2024-03-04" and signings[0].location["name"] == "Savannakhet"


def test_in_the_same_city_takes_the_place_of_the_event_before():
    text = ("The 5th Mekong Culture Summit opened in Luang Prabang on 2 May 2024.\n\n"
            "Youth groups met at the Mekong Heritage Forum, which closed on 1 May in the same city.")
    forum = named(run(text, "2024-05-03", PLACE=["Luang Prabang"]), "Heritage Forum")
    assert forum.location == {"id": "place:luang-prabang", "name": "Luang Prabang"}


def test_the_same_city_with_no_place_before_stays_unknown():
    text = "Delegates gathered at the Mekong Heritage Forum, which closed on 1 May in the same city."
    assert named(run(text, "2024-05-03"), "Heritage Forum").location is None


def test_a_visit_to_a_country_in_the_lead_is_in_the_dateline_capital():
    text = ("WELLINGTON, May 3 (Reuters) - New Zealand and Vietnam upgraded their ties on Friday, "
            "the highest tier in Hanoi's diplomatic ranking, during the first official visit to "
            "New Zealand by the Vietnamese prime minister.")
    doc = extract_document(Document(source="t", text=text, published="2024-05-03", dateline="Wellington"))
    visit = named(doc.events, "visit")
    assert visit.location["name"] == "Wellington"


def test_the_signing_on_the_same_day_as_a_meeting_dates_the_meeting():
    text = ("Vietnam and Laos signed a transit agreement on 12 March 2024.\n\n"
            "The signing came on the same day as the 4th Vietnam-Laos Joint Committee Meeting.")
    meeting = named(run(text, "2024-03-14", COUNTRY=["Vietnam", "Laos"]), "Joint Committee")
    assert meeting.date == "2024-03-12"


def test_a_date_before_when_dates_the_when_clause():
    text = ("Talks on the pact were launched in March last year, when Prime Minister Luxon "
            "visited Hanoi and addressed business leaders.")
    visit = named(run(text, "2025-05-01", PERSON=["Luxon"], PLACE=["Hanoi"]), "visit")
    assert visit.date == "2024-03"


def test_a_city_that_hosts_the_event_is_its_place():
    text = ("Thailand proposed an informal consultation among Myanmar's neighbours.\n\n"
            "The minister said Chiang Rai would host the consultation in December.")
    evs = run(text, "2024-10-10", PLACE=["Chiang Rai"], COUNTRY=["Thailand", "Myanmar"])
    ev = named(evs, "consultation")
    assert ev.date == "2024-12" and ev.location["name"] == "Chiang Rai"


def test_a_two_day_meeting_that_ends_today_began_yesterday():
    text = ("Laos and Vietnam opened their 9th Border Committee Meeting in Vientiane.\n\n"
            "Both delegations praised the two-day meeting, which ends today.")
    meeting = named(run(text, "2024-09-20", PLACE=["Vientiane"]), "Border Committee")
    assert (meeting.date, meeting.date_precision) == ("2024-09-19", "day")


def test_one_party_joining_by_video_link_from_a_city_is_no_virtual_event():
    text = ("Cambodia opened the new expressway on 1 October 2022 at a ceremony in Kampot, "
            "watched by video link from Beijing.")
    ev = named(run(text, "2022-10-02", PLACE=["Kampot", "Beijing"]), "ceremony")
    assert ev.location["name"] == "Kampot"
    online = "The 4th Mekong Water Dialogue was held by video link on 3 May 2021."
    assert named(run(online, "2021-05-04"), "Dialogue").location == {"id": "virtual", "name": "virtual"}


def test_an_event_far_down_on_the_lead_s_day_is_at_the_dateline_place():
    text = ("SUVA, May 6 (AFP) - Pacific leaders agreed on Monday to pool fisheries patrols.\n\n"
            "The plan covers twelve states.\n\nFunding is still open.\n\nOfficials said more was needed.\n\n"
            "Separately, the 3rd Pacific Ocean Youth Forum opened on Monday with 200 delegates.\n\n"
            "The 4th Pacific Ocean Youth Forum will open on 2 June 2025.")
    doc = extract_document(Document(source="t", text=text, published="2024-05-06", dateline="Suva"))
    third, fourth = named(doc.events, "3rd"), named(doc.events, "4th")
    assert third.date == "2024-05-06" and third.location["name"] == "Suva"
    assert fourth.location is None
